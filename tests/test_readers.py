"""Readers and a batch coexist: `ldtd query`, `ldtd check` and `ldtd serve` answer while `ldtd extract`
writes the same database, and the batch ends with the database it makes without readers."""
from __future__ import annotations

import os
import subprocess
import sys
import urllib.request

import pytest

from pipeline.store import StoreError, run_query, snapshot_path
from tests.conftest import ROOT
from tests.test_resume import extract, make_corpus, snapshot
from tests.test_serve import running_server

# Whole pages only: every article a reader sees has all its sentences and the `sources` row of
# its input, written in the same transaction.
HALF_STORED = """
    SELECT (SELECT count(*) FROM articles a
             WHERE a.n_sentences <> (SELECT count(*) FROM sentences s WHERE s.article_id = a.article_id))
         + (SELECT count(*) FROM articles a WHERE a.kind = 'article'
             AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.article_id))
"""
N_PAGES = 60


def test_readers_during_a_batch_see_whole_pages_and_change_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_PAGES)
    reference = tmp_path / "reference.duckdb"
    alone = extract(corpus, reference, workers=1)
    assert alone.wait(timeout=600) == 0, alone.stderr.read()

    db = tmp_path / "shared.duckdb"
    # A first page, so that the server has a database to open; the batch then adds the rest.
    first = extract(corpus / "page_000.txt", db, workers=1)
    assert first.wait(timeout=600) == 0, first.stderr.read()
    seen_counts, errors = [], []
    with running_server(db) as base:
        batch = extract(corpus, db, workers=1, env={**os.environ, "LDTD_SNAPSHOT_SECONDS": "1"})
        while batch.poll() is None:
            try:
                _, rows = run_query(db, "SELECT count(*) FROM articles WHERE kind = 'article'")
                seen_counts.append(rows[0][0])
                assert run_query(db, HALF_STORED)[1] == [(0,)]
                with urllib.request.urlopen(f"{base}/search?q=thi+dua", timeout=30) as response:
                    assert response.status == 200
            except (StoreError, OSError) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
        out, err = batch.communicate()
        assert batch.returncode == 0, err
        # The command-line readers, in their own processes, once the batch is over.
        cli = subprocess.run([sys.executable, "-m", "pipeline", "query", "SELECT count(*) AS n FROM articles",
                              "--db", str(db), "--format", "csv"], cwd=ROOT, capture_output=True, text=True)
        assert cli.returncode == 0, cli.stderr
    assert errors == []
    assert len(seen_counts) >= 5
    assert seen_counts == sorted(seen_counts)  # nothing a reader saw went away
    assert 1 <= seen_counts[0] and seen_counts[-1] <= N_PAGES
    assert not snapshot_path(db).exists()
    assert snapshot(db) == snapshot(reference)


def test_command_line_readers_answer_during_a_batch(tmp_path):
    """`ldtd query` and `ldtd check` in processes of their own, while another process writes."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_PAGES)
    db = tmp_path / "shared.duckdb"
    first = extract(corpus / "page_000.txt", db, workers=1)
    assert first.wait(timeout=600) == 0, first.stderr.read()
    batch = extract(corpus, db, workers=1)
    answers = []
    try:
        for command in (["query", "SELECT count(*) AS n FROM articles", "--format", "json"],
                        ["check", "Hội thi thợ giỏi thành phố Hà Nội năm 2023 có 363 thí sinh tham gia"]):
            if batch.poll() is not None:
                break
            answers.append(subprocess.run([sys.executable, "-m", "pipeline", *command, "--db", str(db)],
                                          cwd=ROOT, capture_output=True, text=True, timeout=300))
        still_running = batch.poll() is None
    finally:
        _, err = batch.communicate(timeout=600)
    assert batch.returncode == 0, err
    if not still_running:
        pytest.skip("the batch ended before the readers were done: nothing was read during it")
    for answer in answers:
        assert answer.returncode == 0, answer.stderr
        assert "in use by another process" not in answer.stderr
    assert '"n":' in answers[0].stdout


WRITER_HOLDING_THE_FILE = """
import sys
from pipeline.store import Store
store = Store(sys.argv[1], "test")
store.publish_snapshot()  # a second snapshot: copying must not cost the writer its lock
print("ready", flush=True)
sys.stdin.readline()
store.close()
"""


def test_a_writer_keeps_its_lock_and_readers_get_the_snapshot(seed_db, tmp_path):
    import shutil

    import duckdb

    from pipeline.store import connect

    db = tmp_path / "held.duckdb"
    shutil.copy(seed_db, db)
    writer = subprocess.Popen([sys.executable, "-c", WRITER_HOLDING_THE_FILE, str(db)], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        with pytest.raises(duckdb.IOException, match="lock"):
            duckdb.connect(str(db), read_only=True).close()
        con = connect(db, read_only=True)
        try:
            path = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0]
            assert path.endswith("held.duckdb.snapshot")
            assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 73
        finally:
            con.close()
    finally:
        writer.communicate("done\n", timeout=60)
    assert writer.returncode == 0
    assert not snapshot_path(db).exists()
