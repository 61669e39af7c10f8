"""Shared fixtures: the seed pages and a database extracted from them once per test session."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))


def seed(prefix: str) -> Path:
    """The seed page whose file name starts with `prefix` ('000' ... '004')."""
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """A database extracted from a copy of corpus/ (the five seed pages)."""
    from pipeline.runner import run_batch

    work = tmp_path_factory.mktemp("seeddb")
    shutil.copytree(CORPUS, work / "corpus")
    db = work / "ldtd.duckdb"
    run_batch([work / "corpus"], db)
    return db


@pytest.fixture
def db_con(seed_db):
    import duckdb

    con = duckdb.connect(str(seed_db), read_only=True)
    yield con
    con.close()


def table_snapshot(db, compared: dict[str, str]) -> dict[str, list]:
    """Rows of each table (its columns as given), sorted: for comparing two databases."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in compared.items()}
    finally:
        con.close()


def write_manifest(manifest: Path, pages: dict[Path, dict]) -> Path:
    """A crawl manifest giving each page file its address and date (rows of SOURCES.tsv by file)."""
    with manifest.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["path", "url", "published_at"])
        for path, row in pages.items():
            writer.writerow([str(path), row["url"], row["published"]])
    return manifest
