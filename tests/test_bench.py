"""`make bench` and `make profile` helpers: the synthetic corpus and the profile (nothing timed)."""
from __future__ import annotations

import hashlib

from pipeline.bench import make_synthetic_corpus, profile_hot_path
from tests.conftest import ROOT


def test_synthetic_pages_are_labelled_and_each_hashes_differently(tmp_path):
    folder = make_synthetic_corpus(tmp_path / "synthetic", 12)
    pages = sorted(folder.glob("synthetic_*.txt"))
    assert len(pages) == 12
    assert "SYNTHETIC" in (folder / "README.txt").read_text(encoding="utf-8")
    assert len({hashlib.sha256(p.read_bytes()).hexdigest() for p in pages}) == 12
    # Made from the seeds: page 0 is seed 0 with its figures, years and names varied.
    first_line = pages[0].read_text(encoding="utf-8").splitlines()[0]
    assert first_line.endswith("(trang 0)")


def test_profile_names_the_stages_of_the_hot_path(tmp_path):
    text = profile_hot_path(ROOT / "corpus", tmp_path / "profile.duckdb", tmp_path / "profile.html")
    for stage in ("run_batch", "process_source", "word_spans", "extract_facts", "write_batch"):
        assert stage in text, stage
    assert "pyinstrument" in (tmp_path / "profile.html").read_text(encoding="utf-8").lower()
    assert not (tmp_path / "profile.duckdb").exists()


def test_worker_counts_are_timed_in_turns(tmp_path, monkeypatch):
    """Item 3 alternates its runs, so a slow stretch of the machine is not charged to one count."""
    import pipeline.bench as bench

    calls: list[int] = []

    def fake_extract(corpus, db, workers=1, fresh=True):
        calls.append(workers)
        return {"seconds": float(len(calls))}

    monkeypatch.setattr(bench, "run_extract", fake_extract)
    seconds = bench.alternating_runs(tmp_path, tmp_path / "db.duckdb", [1, 2], 3)
    assert calls == [1, 2, 1, 2, 1, 2]
    assert seconds == [[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]


def test_start_up_times_are_taken_in_turns(monkeypatch):
    """Item 6 times `ldtd query` and `import duckdb` in turns, and keeps each one's median."""
    import pipeline.bench as bench

    calls: list[str] = []
    clock = iter(range(100))
    monkeypatch.setattr(bench.subprocess, "run", lambda cmd, **kwargs: calls.append(cmd[0]))
    monkeypatch.setattr(bench.time, "perf_counter", lambda: next(clock))
    medians = bench.walls([["ldtd"], ["duckdb"]], repeat=3)
    assert calls == ["ldtd", "duckdb"] * 3
    assert medians == [1, 1]


def test_the_benchmark_draft_is_whole_seed_paragraphs_with_figures():
    from pipeline.bench import SEEDS, draft_text

    text = draft_text(10_000)
    assert 8_000 <= len(text) <= 10_000
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    assert all(paragraph in seeds for paragraph in text.split("\n\n"))
    assert "363 thí sinh" in text
