"""The notebooks as a researcher runs them: each executes top to bottom and writes the charts it promises."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

NOTEBOOKS_DIR = ROOT / "notebooks"

# notebook -> the charts it promises (PNG files under $LDTD_FIGURES), and words its output must show on the seeds.
NOTEBOOKS = {
    "01_corpus_overview.py": {
        "charts": ["01_facts_per_article.png"],
        "prints": ["LĐTĐ", "NBCN", "caption", "run_id  source_path  stage  error", "span_mismatches"],
    },
    "02_campaign_timeline.py": {
        "charts": ["02_campaign_timeline.png"],
        "prints": ["80/KH-LĐLĐ", "Phong trào thi đua năm 2024", "Lao động giỏi, lao động sáng tạo", "02-NQ/TW"],
    },
    "03_figures_and_officials.py": {
        "charts": ["03_money_figures.png", "03_counts_per_subject.png", "03_official_titles.png"],
        "prints": ["564 triệu đồng", "144 tỷ đồng", "more_than", "Lê Đình Hùng", "SUPPORTED: 363",
                   "với sự tham gia của «363» thí sinh",
                   "article: Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp", "DIFFERS: 400"],
    },
}


def run_notebook(name: str, db: Path, figures: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "LDTD_DB": str(db), "LDTD_FIGURES": str(figures)}
    return subprocess.run([sys.executable, str(NOTEBOOKS_DIR / name)], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=600)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def seed_runs(seed_db, tmp_path_factory):
    """Every notebook run once on the seed database, each into its own figures folder."""
    before = sha256(seed_db)
    runs = {}
    for name in NOTEBOOKS:
        figures = tmp_path_factory.mktemp("figures")
        runs[name] = (run_notebook(name, seed_db, figures), figures)
    return runs, before


def test_every_notebook_is_listed():
    on_disk = sorted(p.name for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.py"))
    assert on_disk == sorted(NOTEBOOKS)


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebook_runs_on_the_seeds(seed_runs, name):
    result, _ = seed_runs[0][name]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    # Matplotlib warns "Glyph ... missing from font" when a Vietnamese letter cannot be drawn.
    assert "missing from" not in result.stderr, result.stderr


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebook_shows_the_seed_facts(seed_runs, name):
    result, _ = seed_runs[0][name]
    missing = [text for text in NOTEBOOKS[name]["prints"] if text not in result.stdout]
    assert not missing, f"not in the output: {missing}\n{result.stdout[-3000:]}"


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebook_writes_the_charts_it_promises(seed_runs, name):
    import matplotlib.image

    _, figures = seed_runs[0][name]
    assert sorted(p.name for p in figures.glob("*.png")) == sorted(NOTEBOOKS[name]["charts"])
    for chart in NOTEBOOKS[name]["charts"]:
        path = figures / chart
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        pixels = matplotlib.image.imread(path)
        height, width = pixels.shape[:2]
        assert width >= 600 and height >= 300, (chart, width, height)
        grey = pixels[..., :3].mean(axis=2)
        # Non-trivial: a fair share of the canvas is drawn on (bars, text), not a blank or one-colour image.
        assert (grey < 0.9).mean() > 0.02, chart
        assert grey.std() > 0.05, chart


def test_notebooks_open_the_database_read_only(seed_runs, seed_db):
    _, before = seed_runs
    assert sha256(seed_db) == before


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory) -> Path:
    from pipeline.store import connect

    db = tmp_path_factory.mktemp("emptydb") / "empty.duckdb"
    connect(db).close()
    return db


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebook_runs_on_an_empty_database(empty_db, tmp_path, name):
    result = run_notebook(name, empty_db, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert list(tmp_path.glob("*.png")) == []


def test_notebook_without_a_database_says_how_to_build_one(tmp_path):
    result = run_notebook("01_corpus_overview.py", tmp_path / "none.duckdb", tmp_path)
    assert result.returncode == 1
    assert "no database here" in result.stderr and "ldtd extract" in result.stderr
    assert "Traceback" not in result.stderr


def test_relative_paths_count_from_the_repository_root(seed_db, tmp_path):
    """LDTD_DB relative to the root works from any working directory (Jupyter runs in notebooks/)."""
    relative = os.path.relpath(seed_db, ROOT)
    env = {**os.environ, "LDTD_DB": relative, "LDTD_FIGURES": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", "import _common; print(_common.db_path())"], capture_output=True,
                            text=True, cwd=NOTEBOOKS_DIR, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).resolve() == seed_db.resolve()


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebook_is_a_jupytext_percent_script(name):
    import jupytext

    notebook = jupytext.read(NOTEBOOKS_DIR / name)
    kinds = [cell.cell_type for cell in notebook.cells]
    assert kinds.count("markdown") >= 3 and kinds.count("code") >= 3
    assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source.startswith("# ")
