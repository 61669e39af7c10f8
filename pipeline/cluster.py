"""Run an extraction batch on a Dask cluster: partitions of inputs to workers, Parquet out, DuckDB in.

The client lists the inputs and skips what is done exactly as the local runner does
(`ingest.iter_units`, `runner.triage`: it reads and hashes the bytes, so workers need not see the
client's files), then submits them in partitions of `partition_size` inputs, at most
PARTITIONS_PER_WORKER per worker in flight: 10 million paths are never held at once. Each worker
loads its models once (`ModelsOnWorker`, a Dask worker plugin), runs the local runner's per-input
function `pipeline.process.process_source` over a partition, and with `out` writes the
partition's rows to Parquet there (pipeline/partitions.py) for `ldtd load`. A worker that dies
costs its partition a retry (the scheduler re-runs it elsewhere; a partition is written whole or
not at all). Without `out` (extract and load in one command) the partition's results come back to
the client, whose writer stores them, in listing order, through the runner's `BatchWriter` as
`ldtd extract` does, so the database is the one a local run makes.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from datetime import datetime, timezone
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from pipeline.ingest import DEFAULT_MAX_MB, SourceUnit, iter_units, load_manifest
from pipeline.partitions import (Partition, covered_inputs, filesystem, partition_name, read_manifest_if_complete,
                                 write_partition)
from pipeline.version import pipeline_version

# Inputs per partition: a partition is the unit of retry and of one Parquet file per table. Small
# enough that the last partitions of a batch keep every worker busy (and a retry is cheap): with
# 64, 200 pages on 2 workers are partitions of 64, 64, 64 and 8: one worker runs 128 pages, the
# other 72. Its files and its task cost little beside its pages (some 35 ms of a core each): 16,
# 32 and 64 took the same time over 200 pages. Batches of millions take larger ones (docs/scale.md).
DEFAULT_PARTITION_INPUTS = 32
# Partitions submitted per worker beyond the one it runs: a worker never waits for its next one,
# and the client holds at most this many partitions' bytes.
PARTITIONS_PER_WORKER = 2
PLUGIN_NAME = "ldtd-models"
# A LocalCluster shares this machine's cores with the extraction: Dask's housekeeping, made for
# dashboards (an event-loop health check every 20 ms, system and memory monitors every 0.5 and
# 0.1 s, in every worker, nanny and the scheduler), cost idle workers 3% of a core each and this
# process 8%; with these intervals 0.5% and 1.4%. A cluster started by hand keeps its own settings
# (docs/scale.md says which to set).
#
# Its worker processes are forked from this one, as the local runner's are, not spawned (Dask's
# default): a spawned worker starts a new interpreter and imports Dask, ldtd and DuckDB again
# (about a second of a core each, before it loads its models), and its nanny takes 1.3-1.6 s more
# to close it; starting the cluster and closing it took 2.9 s (spawn) against 0.5 s (fork), in
# turns. Fork is left to Linux, where the local runner's pool forks too.
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.multiprocessing-method": "fork" if sys.platform.startswith("linux") else "spawn",
}
CONNECT_SECONDS = 30


class ClusterError(ValueError):
    """A cluster that cannot be used as asked (the message says what to do)."""


class ModelsOnWorker(WorkerPlugin):
    """Loads underthesea's models and the lexicons once per worker process, not once per task,
    and carries the ids of teasers the database already holds (no need to analyse them again)."""

    name = PLUGIN_NAME

    def __init__(self, known_teasers: frozenset[str] = frozenset()):
        self.known_teasers = known_teasers
        # run id -> teaser id -> the lowest partition number that carried its rows on this worker
        self.carried: dict[str, dict[str, int]] = {}

    def teasers_done_before(self, run_id: str, number: int) -> frozenset[str]:
        """Teasers partition `number` need not analyse: stored already, or carried by an earlier
        partition of this run on this worker (done whole before this one started, and stored
        before it, since partitions are stored in listing order)."""
        carried = self.carried.get(run_id, {})
        return self.known_teasers | {teaser for teaser, by in carried.items() if by < number}

    def note_carried(self, run_id: str, number: int, results: list) -> None:
        carried = self.carried.setdefault(run_id, {})
        for result in results:
            for teaser in getattr(result, "teasers", ()):
                teaser_id = teaser.article.article_id
                carried[teaser_id] = min(carried.get(teaser_id, number), number)

    def setup(self, worker) -> None:
        from pipeline.tokenise import tokenise

        tokenise("Khởi động.")
        # Dask's statistical profiler walks the task thread's stack every 10 ms to feed the
        # dashboard: on a long pure-Python task that is CPU taken from the extraction itself.
        for callback in ("profile", "profile-cycle"):
            periodic = worker.periodic_callbacks.pop(callback, None)
            if periodic is not None:
                periodic.stop()


# The per-process memo of teasers done (pipeline/process.py) holds, for partition n, only the
# teasers that are stored or that an earlier partition (number < n) of this run carried on this
# worker. A page then carries a teaser's rows unless a page listed before it carries them too, as
# in a local run, whatever order the worker got its partitions in, or a retry elsewhere: each
# teaser is analysed about once per worker, not once per partition, and the store keeps the
# first page's rows. Partitions in one process therefore take turns (run workers with one thread
# each: `dask worker --nthreads 1`).
_PARTITION_LOCK = threading.Lock()


def extract_partition(out: str | None, name: str, number: int, items: list, run_id: str) -> dict:
    """The task: every input of a partition through `process_source`. With `out`, the rows are
    written to Parquet there and the partition's manifest returned; without, the results go back
    to the client's writer (`{"pipeline_version", "results"}`), as the local runner's workers
    hand theirs over: writing Parquet only to read it back cost more than the pickling."""
    from distributed import get_worker

    from pipeline.process import process_source, remember_teasers

    if out is not None:
        done = read_manifest_if_complete(out, name)
        if done is not None:  # an attempt finished writing before its worker was lost
            return done
    plugin = get_worker().plugins[PLUGIN_NAME]
    with _PARTITION_LOCK:
        remember_teasers(plugin.teasers_done_before(run_id, number), reset=True)
        results = [process_source(item, run_id) if isinstance(item, SourceUnit) else item for item in items]
        if out is None:
            handed = {"pipeline_version": pipeline_version(), "results": results}
        else:
            handed = write_partition(out, name, results, pipeline_version())
        plugin.note_carried(run_id, number, results)
    return handed


def check_scheduler(scheduler: str) -> int | None:
    """The number of workers of `local:N`, None for an address; a ClusterError for anything else."""
    if scheduler.startswith("local:"):
        count = scheduler.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--scheduler {scheduler}: give local:N with N worker processes, such as local:2")
        return int(count)
    if "://" not in scheduler:
        raise ClusterError(f"--scheduler {scheduler}: give a scheduler's address (tcp://HOST:8786) or local:N")
    return None


def open_client(scheduler: str):
    """(client, cluster) for `local:N` (a LocalCluster of N worker processes made here, closed with
    the client) or a scheduler's address (`tcp://HOST:8786`)."""
    from distributed import Client, LocalCluster

    local_workers = check_scheduler(scheduler)
    if local_workers:
        import dask

        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            return Client(cluster), cluster
    try:
        client = Client(scheduler, timeout=f"{CONNECT_SECONDS}s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"--scheduler {scheduler}: no Dask scheduler answers there ({exc}); start one "
                           "(`dask scheduler`, see docs/scale.md) or check the address") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except TimeoutError:
        client.close()
        raise ClusterError(f"--scheduler {scheduler}: the scheduler has no workers after {CONNECT_SECONDS}s; "
                           "start some (`dask worker {scheduler} --nthreads 1`)") from None
    return client, None


def run_on_cluster(
    paths: list[str | Path],
    scheduler: str,
    db_path: str | Path,
    *,
    out: str | None = None,
    manifest_path: str | Path | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    partition_size: int = DEFAULT_PARTITION_INPUTS,
    args: str = "",
    on_progress: Callable[[str, str], None] | None = None,
):
    """Extract every input under `paths` on the cluster: into `db_path` when `out` is None, else
    into Parquet partitions under `out` (for `ldtd load`). Returns the runner's `BatchReport`."""
    from pipeline.runner import BatchReport, BatchWriter, triage
    from pipeline.store import RunCounts, Store, known_inputs
    from schemas.models import stable_id

    started = time.perf_counter()
    version = pipeline_version()
    manifest = load_manifest(manifest_path) if manifest_path else None
    units = iter_units(paths, manifest, max_mb)
    store = writer = None
    if out is None:
        store = Store(db_path, version)
    else:
        filesystem(out)  # an unusable location is refused before any work
    try:
        if store is not None:
            writer = BatchWriter(store, args, on_progress)
            report = writer.report
            known, known_bytes, teasers = store.known_sources(), store.known_bytes(), store.stored_teasers()
        else:
            report = BatchReport(RunCounts(), stable_id("r", datetime.now().isoformat(), os.getpid()), 0.0)
            known, known_bytes = known_inputs(db_path, version)
            # Inputs a complete partition under `out` holds, not loaded yet, are done too.
            known.update({path: (sha, version, status) for path, sha, status in covered_inputs(out)})
            teasers = frozenset()
        todo = triage(units, known, known_bytes, version, report.counts, on_progress)
        if writer is not None:
            todo = _recorded_here(todo, writer)
        # A re-run that finds everything done needs no cluster at all.
        first = list(islice(todo, partition_size))
        client, cluster = open_client(scheduler) if first else (None, None)
        try:
            if client is not None:
                report.workers = max(1, len(client.scheduler_info().get("workers", {})))
                client.register_plugin(ModelsOnWorker(teasers))
                todo = chain(first, todo)

                def when_done(partition: Partition | list) -> None:
                    if writer is not None:  # the results themselves, stored as a local run stores them
                        for result in partition:
                            writer.add(result)
                    else:
                        report.n_written += partition.manifest["inputs"]
                        for path, _sha, _status in partition.manifest["covered"]:
                            if on_progress is not None:
                                on_progress(path, "written")

                _submit_in_order(client, todo, out, report.run_id, partition_size, report.workers, version,
                                 when_done)
        finally:
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
        if writer is not None:
            writer.finish()
    finally:
        if store is not None:
            store.close()
    report.seconds = time.perf_counter() - started
    return report


def _submit_in_order(client, todo: Iterable, out: str | None, run_id: str, partition_size: int,
                     workers: int, version: str, when_done: Callable[[Partition | list], None]) -> None:
    """Submit partitions as workers free up (PARTITIONS_PER_WORKER each in flight); hand each done
    partition on in listing order: the Partition written under `out`, or without `out` its results."""
    from distributed import as_completed

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + run_id[-6:]
    root = filesystem(out)[1] if out is not None else ""
    batches = enumerate(_partitions(todo, partition_size, workers))
    in_flight_max = PARTITIONS_PER_WORKER * workers
    in_flight: dict = {}
    done: dict[int, Partition | list] = {}
    next_in_order = 0
    completed = as_completed()

    def fill() -> None:
        while len(in_flight) < in_flight_max:
            batch = next(batches, None)
            if batch is None:
                return
            number, items = batch
            name = partition_name(stamp, number)
            future = client.submit(extract_partition, out, name, number, items, run_id, key=f"ldtd-{name}", pure=False)
            in_flight[future] = (number, name)
            completed.add(future)

    fill()
    while in_flight:
        future = next(completed)
        number, name = in_flight.pop(future)
        handed = future.result()  # a task that failed (not a lost worker: that is retried) stops the batch
        future.release()
        if handed["pipeline_version"] != version:
            raise ClusterError(
                f"a worker runs ldtd {handed['pipeline_version']} and this client {version}: install the same "
                "ldtd on every worker (and the client), then run the same command again")
        done[number] = handed["results"] if out is None else Partition(f"{root.rstrip('/')}/{name}", name, handed)
        fill()
        while next_in_order in done:
            when_done(done.pop(next_in_order))
            next_in_order += 1


def _recorded_here(todo: Iterable, writer) -> Iterator[SourceUnit]:
    """The inputs that need a worker; bytes already stored under another path are recorded by the
    client's writer as they come (they only add their own `sources` row)."""
    from pipeline.process import KnownBytes

    for item in todo:
        if isinstance(item, KnownBytes):
            writer.add(item)
        else:
            yield item


def _partitions(items: Iterable, size: int, workers: int) -> Iterator[list]:
    """Partitions of `size` inputs, but the last ones shrink to equal shares, at least one per
    worker: one whole partition left to a single worker would keep it busy for up to `size` pages
    (two seconds at 32) while the others wait at the end of the batch.

    Reads `size * (workers + 1)` inputs ahead (their bytes are held anyway once submitted)."""
    iterator = iter(items)
    ahead = list(islice(iterator, size * (workers + 1)))
    while len(ahead) > size * workers:
        yield ahead[:size]
        ahead = ahead[size:]
        ahead.extend(islice(iterator, size))
    if not ahead:
        return
    # The listing is done: what is left goes out in equal shares, none over `size`.
    shares = 2 * workers * -(-len(ahead) // (size * workers))
    for k in range(shares):
        share = ahead[k * len(ahead) // shares:(k + 1) * len(ahead) // shares]
        if share:
            yield share
