"""A run killed (SIGKILL) or interrupted (Ctrl-C) half-way and started again ends with the same database."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.conftest import ROOT, SEEDS, table_snapshot

# Tables compared, with the columns that do not depend on which run wrote a row.
COMPARED = {
    "articles": "article_id, kind, host_article_id, content_sha256, n_sentences, title, outlet",
    "sentences": "article_id, sentence_idx, char_start, char_end, text",
    "related_links": "article_id, position, block, title, teaser_id",
    "figures": "*", "dates": "*", "officials": "*", "official_roles": "*",
    "documents": "*", "campaigns": "*", "abbreviations": "*",
    "sources": "source_path, source_sha256, status, article_id",
}


def make_corpus(folder, n_pages: int) -> None:
    """Distinct pages made from the seeds (a number and the title varied) so each hashes differently."""
    folder.mkdir()
    for i in range(n_pages):
        text = SEEDS[i % len(SEEDS)].read_text(encoding="utf-8")
        first, rest = text.split("\n", 1)
        (folder / f"page_{i:03d}.txt").write_text(f"{first} (bản {i})\n{rest}", encoding="utf-8")


def snapshot(db) -> dict[str, list]:
    return table_snapshot(db, COMPARED)


def extract(corpus, db, verbose=False, workers: int | None = None, **popen) -> subprocess.Popen:
    args = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--db", str(db)] + (["-v"] if verbose else [])
    args += ["--workers", str(workers)] if workers is not None else []
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def signal_once_reported(run: subprocess.Popen, n_pages: int, send) -> None:
    """Call `send` as soon as a verbose run has reported `n_pages` pages stored."""
    reported = 0
    for line in run.stderr:
        reported += line.startswith("new: ")
        if reported == n_pages:
            send()
            return


def test_killed_run_resumes_to_the_same_database(tmp_path):
    corpus = tmp_path / "corpus"
    # Pages are committed in groups of at most 32 (or a second's worth): with three groups'
    # worth of pages, the kill, sent as soon as the first group is reported, lands while later
    # groups are being made however fast the machine extracts.
    n_pages = 96
    make_corpus(corpus, n_pages)

    reference = tmp_path / "reference.duckdb"
    done = extract(corpus, reference)
    assert done.wait(timeout=600) == 0, done.stderr.read()

    killed_db = tmp_path / "killed.duckdb"
    run = extract(corpus, killed_db, verbose=True)
    signal_once_reported(run, 4, lambda: os.kill(run.pid, signal.SIGKILL))
    run.wait(timeout=60)
    assert run.returncode == -signal.SIGKILL

    partial = snapshot(killed_db)
    assert 4 <= sum(1 for row in partial["articles"] if row[1] == "article") < n_pages

    resumed = extract(corpus, killed_db)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    assert " new," in out and "0 changed" in out
    assert snapshot(killed_db) == snapshot(reference)


def test_interrupted_run_says_so_and_resumes(tmp_path):
    """Ctrl-C in a terminal reaches the whole process group: the writer and its workers."""
    corpus = tmp_path / "corpus"
    n_pages = 96
    make_corpus(corpus, n_pages)
    db = tmp_path / "interrupted.duckdb"
    # A shell that runs a job in the background makes it ignore SIGINT: restore the default.
    run = extract(corpus, db, verbose=True, workers=2, start_new_session=True,
                  preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    signal_once_reported(run, 4, lambda: os.killpg(run.pid, signal.SIGINT))
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert "interrupted" in err and "run the same command again" in err and "Traceback" not in err
    assert "extract:" not in out  # no summary of a batch that did not end

    stored = sum(1 for row in snapshot(db)["articles"] if row[1] == "article")
    assert 4 <= stored < n_pages
    resumed = extract(corpus, db)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    assert f"{stored} unchanged" in out


def children_of(pid: int) -> list[int]:
    """Pids of the live child processes of `pid` (Linux: read from /proc)."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                state, ppid = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[:2]
            except OSError:
                continue
            if int(ppid) == pid and state != "Z":
                children.append(int(entry))
    return children


def is_running(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_workers_end_when_the_writer_is_killed(tmp_path):
    """A writer killed outright cannot shut its pool down: its workers must not wait forever."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 96)
    run = extract(corpus, tmp_path / "db.duckdb", verbose=True, workers=2)
    workers: list[int] = []

    def kill_the_writer() -> None:
        workers.extend(children_of(run.pid))
        os.kill(run.pid, signal.SIGKILL)

    signal_once_reported(run, 4, kill_the_writer)
    run.wait(timeout=60)
    assert len(workers) == 2
    deadline = time.monotonic() + 20
    while any(map(is_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if is_running(pid)]
    for pid in left:  # leave no process behind, whatever the outcome
        os.kill(pid, signal.SIGKILL)
    assert not left
