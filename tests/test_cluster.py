"""Extraction on Dask (LocalCluster, no network): the same database as a local run, Parquet
partitions loaded by `ldtd load`, a worker killed mid-partition, re-runs that skip what is done."""
from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import CORPUS, ROOT

distributed = pytest.importorskip("distributed")

DEV = ROOT / "tests" / "dev"
# Columns that say which run wrote a row (or when), not what was extracted.
RUN_COLUMNS = {"run_id", "quarantined_at"}


def dev_pages(n: int) -> list:
    with (DEV / "SOURCES.tsv").open(encoding="utf-8") as handle:
        ids = [row["id"] for row in csv.DictReader(handle, delimiter="\t") if row["split"] == "dev"]
    return [DEV / "pages" / f"{page_id}.txt" for page_id in ids[:n]]


def make_inputs(folder, n_dev: int = 7):
    """The seeds and a few dev pages, with one seed twice (a duplicate) and an empty file (quarantined)."""
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt")) + dev_pages(n_dev):
        shutil.copy(path, folder / path.name)
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], folder / "zz_same_as_seed.txt")
    (folder / "zz_empty.txt").write_bytes(b"")
    return folder


def snapshot(db) -> dict[str, list]:
    """Every table but `runs` and `schema_versions`, every column but those naming the run, sorted."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_name NOT IN ('runs', 'schema_versions') ORDER BY 1").fetchall()]
        snap = {}
        for table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c not in RUN_COLUMNS]
            snap[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL").fetchall()
        snap["persons"] = con.execute("SELECT * FROM persons ORDER BY ALL").fetchall()
        return snap
    finally:
        con.close()


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on this machine, reached by address as a remote cluster is."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        with Client(local) as client:
            yield local.scheduler_address, client


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return make_inputs(tmp_path_factory.mktemp("cluster") / "inputs")


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory):
    """The database `ldtd extract --workers 2` makes of the inputs."""
    from pipeline.runner import run_batch

    db = tmp_path_factory.mktemp("reference") / "local.duckdb"
    report = run_batch([inputs], db, workers=2)
    assert report.counts.n_new == len(list(inputs.iterdir())) - 2  # less the duplicate and the empty file
    return snapshot(db)


def test_the_database_made_on_dask_is_the_local_one_row_for_row(cluster, inputs, reference, tmp_path):
    from pipeline.cluster import run_on_cluster

    db = tmp_path / "dask.duckdb"
    # Partitions of 3: a teaser shown on pages of several partitions is analysed in each, stored once.
    report = run_on_cluster([inputs], cluster[0], db, partition_size=3)
    assert (report.counts.n_duplicates, report.counts.n_quarantined) == (1, 1)
    assert report.counts.n_teasers > 0
    assert snapshot(db) == reference
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ldtd-partitions")]  # its Parquet removed
    # The models were loaded by the plugin on every worker, once, before any partition.
    from pipeline.cluster import PLUGIN_NAME

    assert set(cluster[1].run(lambda dask_worker: PLUGIN_NAME in dask_worker.plugins).values()) == {True}

    again = run_on_cluster([inputs], cluster[0], db, partition_size=3)
    assert again.counts.n_unchanged + again.counts.n_known_bad == again.counts.n_input
    assert snapshot(db) == reference


def test_parquet_partitions_loaded_by_ldtd_load_make_the_same_database(cluster, inputs, reference, tmp_path):
    from pipeline.cluster import run_on_cluster
    from pipeline.load import load_partitions
    from pipeline.partitions import MANIFEST

    out = tmp_path / "parts"
    report = run_on_cluster([inputs], cluster[0], tmp_path / "unused.duckdb", out=str(out), partition_size=4)
    parts = sorted(p for p in out.iterdir())
    assert report.n_written == report.counts.n_input == len(list(inputs.iterdir()))
    assert all((p / MANIFEST).exists() and (p / "figures.parquet").exists() for p in parts)
    sizes = [json.loads((p / MANIFEST).read_text())["inputs"] for p in parts]
    # Partitions of 4, the last ones shrunk to equal shares so that both workers finish together.
    assert sum(sizes) == report.n_written and max(sizes) == 4 and max(sizes[-2:]) - min(sizes[-2:]) <= 1
    assert not (tmp_path / "unused.duckdb").exists()

    # Submitted again: every input is in a partition already, nothing is extracted twice.
    again = run_on_cluster([inputs], cluster[0], tmp_path / "unused.duckdb", out=str(out), partition_size=4)
    assert again.n_written == 0 and sorted(out.iterdir()) == parts

    db = tmp_path / "loaded.duckdb"
    loaded = load_partitions(str(out), db)
    assert loaded.counts.n_input == report.counts.n_input
    assert snapshot(db) == reference
    reloaded = load_partitions(str(out), db)
    assert reloaded.counts.n_unchanged + reloaded.counts.n_known_bad == reloaded.counts.n_input
    assert snapshot(db) == reference


def test_a_worker_killed_mid_partition_costs_a_retry_only(cluster, inputs, reference, tmp_path):
    from pipeline.cluster import run_on_cluster

    address, client = cluster
    db = tmp_path / "killed.duckdb"
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["report"] = run_on_cluster([inputs], address, db, partition_size=4)
        except BaseException as exc:  # noqa: BLE001 — handed to the test's thread
            outcome["error"] = exc

    runner = threading.Thread(target=run)
    runner.start()
    killed = None
    deadline = time.monotonic() + 300
    while killed is None and runner.is_alive() and time.monotonic() < deadline:
        busy = [worker for worker, keys in client.processing().items() if any("ldtd-part" in str(k) for k in keys)]
        if busy:
            killed = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.05)
    runner.join(timeout=600)
    assert killed is not None, "no partition was seen running"
    assert "error" not in outcome, outcome.get("error")
    assert killed not in client.run(os.getpid).values()  # the worker is gone (its nanny started another)
    assert snapshot(db) == reference  # nothing duplicated, nothing lost


def test_bytes_stored_under_another_path_are_skipped_before_any_work(tmp_path, monkeypatch):
    import duckdb

    import pipeline.runner as runner

    first, second = make_inputs(tmp_path / "first", n_dev=1), tmp_path / "second"
    (first / "zz_empty.txt").unlink()  # never stored: there are no known bytes to skip it by
    shutil.copytree(first, second)
    db = tmp_path / "ldtd.duckdb"
    runner.run_batch([first], db)

    def no_work(unit, run_id):
        raise AssertionError(f"{unit.source_path} was processed again")

    monkeypatch.setattr(runner, "_process_in_worker", no_work)
    report = runner.run_batch([second], db)
    # Every page is a duplicate of itself under the first path, the one stored there.
    assert report.counts.n_duplicates == report.counts.n_input == 7
    con = duckdb.connect(str(db), read_only=True)
    try:
        pairs = con.execute(
            """SELECT a.status, b.status, a.article_id = b.article_id FROM sources a
               JOIN sources b ON a.source_sha256 = b.source_sha256 AND b.source_path LIKE '%/second/%'
               WHERE a.source_path LIKE '%/first/%' AND a.source_path NOT LIKE '%zz_%'""").fetchall()
    finally:
        con.close()
    assert sorted(set(pairs)) == [("stored", "duplicate", True)]

    # On the cluster too: the client records them; no worker, not even a cluster, is needed.
    import pipeline.cluster as cluster

    def no_cluster(scheduler):
        raise AssertionError("a cluster was started for inputs already stored")

    monkeypatch.setattr(cluster, "open_client", no_cluster)
    third = tmp_path / "third"
    shutil.copytree(first, third)
    on_cluster = cluster.run_on_cluster([third], "local:2", db)
    assert on_cluster.counts.n_duplicates == on_cluster.counts.n_input == 7


@pytest.mark.parametrize("damage, message", [
    ("manifest", "half-written"),
    ("truncate", "damaged"),
])
def test_ldtd_load_refuses_a_half_written_partition(tmp_path, damage, message, parts_from_cli):
    from pipeline.partitions import MANIFEST

    out = tmp_path / "parts"
    shutil.copytree(parts_from_cli, out)
    victim = sorted(out.iterdir())[-1]
    if damage == "manifest":
        (victim / MANIFEST).unlink()
    else:
        data = (victim / "sentences.parquet").read_bytes()
        (victim / "sentences.parquet").write_bytes(data[: len(data) // 2])
    db = tmp_path / "ldtd.duckdb"
    done = subprocess.run([sys.executable, "-m", "pipeline", "load", str(out), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert message in done.stderr and victim.name in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not db.exists()  # nothing loaded


@pytest.fixture(scope="module")
def parts_from_cli(tmp_path_factory):
    """`ldtd extract --scheduler local:1 --out DIR` over two seeds, and `ldtd load` of it."""
    work = tmp_path_factory.mktemp("cli")
    seeds = sorted(CORPUS.glob("*.txt"))[:2]
    out = work / "parts"
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, seeds), "--scheduler", "local:1",
                           "--out", str(out), "--partition-size", "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "2 written" in done.stdout and "ldtd load" in done.stdout
    loaded = subprocess.run([sys.executable, "-m", "pipeline", "load", str(out), "--db", str(work / "ldtd.duckdb")],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith("load: 2 inputs: 2 new")
    return out


@pytest.mark.parametrize("scheduler", ["foo", "local:0", "local:x"])
def test_a_scheduler_that_is_no_address_is_a_usage_error(scheduler, tmp_path):
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(CORPUS), "--db", str(tmp_path / "x.duckdb"),
                           "--scheduler", scheduler], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "--scheduler" in done.stderr
    assert not (tmp_path / "x.duckdb").exists()


@pytest.mark.parametrize("n_inputs, size, workers, expected", [
    (0, 32, 2, []),
    (5, 32, 2, [1, 1, 1, 2]),                        # fewer inputs than a partition: shares for both workers
    (64, 32, 2, [16, 16, 16, 16]),
    (96, 32, 2, [32, 16, 16, 16, 16]),               # not 32, 32, 32: one worker would run the last alone
    (1000, 32, 2, [32] * 30 + [10, 10, 10, 10]),
    (10, 4, 1, [4, 4, 1, 1]),
])
def test_the_last_partitions_shrink_to_equal_shares(n_inputs, size, workers, expected):
    from pipeline.cluster import _partitions

    partitions = list(_partitions(iter(range(n_inputs)), size, workers))
    assert [len(p) for p in partitions] == expected
    assert [i for p in partitions for i in p] == list(range(n_inputs))  # every input once, in listing order


def test_a_partition_skips_only_teasers_stored_or_carried_by_an_earlier_partition():
    """A page carries a teaser's rows unless a page listed before it does (as in a local run),
    whatever order a worker gets its partitions in."""
    from types import SimpleNamespace

    from pipeline.cluster import ModelsOnWorker

    def page_with(*teasers):
        return SimpleNamespace(teasers=[SimpleNamespace(article=SimpleNamespace(article_id=t)) for t in teasers])

    plugin = ModelsOnWorker(frozenset({"stored"}))
    plugin.note_carried("run", 5, [page_with("a", "b"), SimpleNamespace()])  # a Failure carries nothing
    assert plugin.teasers_done_before("run", 3) == {"stored"}            # partition 3 is loaded before 5
    assert plugin.teasers_done_before("run", 6) == {"stored", "a", "b"}
    plugin.note_carried("run", 2, [page_with("a")])
    assert plugin.teasers_done_before("run", 3) == {"stored", "a"}
    assert plugin.teasers_done_before("other run", 6) == {"stored"}
