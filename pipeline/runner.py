"""Run an extraction batch: stream inputs, skip what is done, fan out to workers, write in order.

Inputs are streamed (never the whole corpus in memory): at most a few pages per worker are in
flight. Results are written in input order by this process alone, so the database is the same
whatever the number of workers.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from pipeline.ingest import DEFAULT_MAX_MB, SourceUnit, cpu_count, iter_units, load_manifest
from pipeline.store import RunCounts, Store, skip_status
from pipeline.version import pipeline_version

if TYPE_CHECKING:
    from pipeline.process import KnownBytes

# Inputs queued per worker. The writer takes no result while it commits a group (0.1-0.25 s on a
# 2-core machine, about as long as 4 pages take to extract): with only 4 queued, each worker ran dry
# during every commit (0.8 s idle per worker over 500 pages; 0.5 s with 16). Results waiting for
# their turn cost memory in the writer (about 250 KB each), hence a cap for many workers: from
# about ten workers on, the writer (some 300 pages/s here, going by its cost per group and per
# result) sets the pace, and a longer queue would only hold more results.
IN_FLIGHT_PER_WORKER = 16
MAX_IN_FLIGHT = 256
# `ldtd extract` without --workers uses every core, up to this many workers: past about ten the
# single writer sets the pace (above), and each worker holds its own models (about 190 MB).
DEFAULT_MAX_WORKERS = 8
# Results are committed in groups (one transaction, one insert per table): at most this many
# inputs, or this many seconds after the group's first; with worker processes the writer also
# commits a group that falls due while it waits for a slow input.
GROUP_PAGES = 32
GROUP_SECONDS = 1.0


def default_workers() -> int:
    """Worker processes when none are asked for: one per core, at most DEFAULT_MAX_WORKERS."""
    return min(cpu_count(), DEFAULT_MAX_WORKERS)


@dataclass
class BatchReport:
    counts: RunCounts
    run_id: str
    seconds: float
    n_chars: int = 0
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # (path, stage, error)
    workers: int = 1
    n_written: int = 0  # inputs written to Parquet partitions, not to the database (a cluster run with --out)

    def summary_line(self, db_path: Path) -> str:
        c = self.counts
        rate = c.n_input / self.seconds if self.seconds else 0.0
        return (
            f"extract: {c.n_input} inputs: {c.n_new} new, {c.n_changed} changed, {c.n_unchanged} unchanged, "
            f"{c.n_duplicates} duplicate, {c.n_quarantined} quarantined"
            + (f" (+{c.n_known_bad} known bad)" if c.n_known_bad else "")
            + f"; {c.n_teasers} teasers added; {self.seconds:.1f}s with {self.workers} "
            + ("worker" if self.workers == 1 else "workers") + f" ({rate:.1f} inputs/s) -> {db_path}"
        )


def _process_in_worker(unit: SourceUnit, run_id: str):
    from pipeline.process import process_source

    return process_source(unit, run_id)


def _end_with_writer(writer_pid: int) -> None:
    """End this worker when the writer is gone, whether or not it could shut the pool down.

    A writer killed outright (SIGKILL, the OOM killer, a scheduler's time limit) leaves its
    workers waiting for inputs that never come, each holding its models, until someone kills them.
    """
    def watch() -> None:
        while os.getppid() == writer_pid:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="ldtd-writer-watch", daemon=True).start()


def _warm_up(known_teasers: frozenset[str], writer_pid: int) -> None:
    _end_with_writer(writer_pid)
    # Ctrl-C reaches every process of the terminal's group. It is the writer's to handle (it drops
    # the queued inputs and lets the running ones end); a worker would otherwise print a traceback
    # of its own if it was between two inputs.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Load underthesea's models and the lexicons once per worker, not once per page.
    from pipeline.process import remember_teasers
    from pipeline.tokenise import tokenise

    remember_teasers(known_teasers, reset=True)
    tokenise("Khởi động.")


def _ordered_results(units: Iterable[SourceUnit], run_id: str, workers: int, known_teasers: frozenset[str],
                     flush_due_in: Callable[[], float | None] = lambda: None,
                     flush: Callable[[], None] = lambda: None) -> Iterator[tuple[SourceUnit, object]]:
    """Results in input order. While waiting for a result, the writer's group is flushed when it
    falls due (`flush_due_in`: seconds until then, None when nothing is held)."""

    def result_of(future: Future):
        due_in = flush_due_in()
        if due_in is not None and not future.done():
            try:
                return future.result(timeout=max(due_in, 0.0))
            except TimeoutError:  # a slow input: commit what is held rather than sit on it
                flush()
        return future.result()

    if workers <= 1:
        from pipeline.process import remember_teasers

        remember_teasers(known_teasers, reset=True)
        for unit in units:
            yield unit, (_process_in_worker(unit, run_id) if isinstance(unit, SourceUnit) else unit)
        return
    window: deque[tuple[SourceUnit, Future]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up,
                             initargs=(known_teasers, os.getpid())) as pool:
        try:
            for unit in units:
                if not isinstance(unit, SourceUnit):  # known bytes: nothing to do but record them
                    done: Future = Future()
                    done.set_result(unit)
                    window.append((unit, done))
                else:
                    window.append((unit, pool.submit(_process_in_worker, unit, run_id)))
                if len(window) >= min(workers * IN_FLIGHT_PER_WORKER, MAX_IN_FLIGHT):
                    done_unit, future = window.popleft()
                    yield done_unit, result_of(future)
            while window:
                done_unit, future = window.popleft()
                yield done_unit, result_of(future)
        except BaseException:
            # Interrupted (Ctrl-C), or the writer failed: drop the queued inputs rather than
            # extract them all before stopping. A re-run picks them up.
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def run_batch(
    paths: list[str | Path],
    db_path: str | Path,
    *,
    workers: int = 1,
    manifest_path: str | Path | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    args: str = "",
    on_progress: Callable[[str, str], None] | None = None,
) -> BatchReport:
    """Extract every input under `paths` into `db_path`; returns what happened."""
    started = time.perf_counter()
    manifest = load_manifest(manifest_path) if manifest_path else None
    workers = max(1, min(workers, cpu_count() * 4))
    store = Store(db_path, pipeline_version())
    try:
        writer = BatchWriter(store, args, on_progress, workers=workers)
        units = triage(iter_units(paths, manifest, max_mb), store.known_sources(), store.known_bytes(),
                       store.version, writer.report.counts, on_progress)
        for unit, result in _ordered_results(units, writer.report.run_id, workers, store.stored_teasers(),
                                             writer.flush_due_in, writer.flush):
            writer.add(result)
        writer.finish()
    finally:
        store.close()
    writer.report.seconds = time.perf_counter() - started
    return writer.report


def triage(units: Iterable[SourceUnit], known: dict, known_bytes: dict, version: str, counts: RunCounts,
           on_progress: Callable[[str, str], None] | None = None) -> Iterator["SourceUnit | KnownBytes"]:
    """The inputs that need work, in order: an input this code already handled (same path, same
    bytes) is counted and dropped; bytes stored under another path become a `KnownBytes`, recorded
    without any work (the same files named by another path cost a lookup each, not a tokenising)."""
    from pipeline.ingest import format_of
    from pipeline.process import KnownBytes

    for unit in units:
        counts.n_input += 1
        skip = skip_status(known, unit.source_path, unit.sha256, version)
        if skip == "unchanged":
            counts.n_unchanged += 1
            _notify(on_progress, unit.source_path, "unchanged")
            continue
        if skip == "known_bad":
            counts.n_known_bad += 1
            _notify(on_progress, unit.source_path, "known bad")
            continue
        same = known_bytes.get(unit.sha256)
        if same is not None and same[0] != unit.source_path and format_of(same[0]) == unit.fmt:
            yield KnownBytes(unit.source_path, unit.sha256, same[0], same[1])
        else:
            yield unit


class BatchWriter:
    """The single writer's side of a batch: results stored in input order, in groups (one
    transaction each), outcomes counted and reported once committed. The local runner and
    `ldtd load` (pipeline/load.py) write through it alike."""

    def __init__(self, store: Store, args: str = "", on_progress: Callable[[str, str], None] | None = None,
                 workers: int = 1):
        self.store = store
        self.on_progress = on_progress
        self.report = BatchReport(RunCounts(), store.begin_run(args), 0.0, workers=workers)
        self.group: list = []
        self.group_started = time.perf_counter()

    def add(self, result) -> None:
        if not self.group:
            self.group_started = time.perf_counter()
        self.group.append(result)
        if len(self.group) >= GROUP_PAGES or time.perf_counter() - self.group_started >= GROUP_SECONDS:
            self.flush()

    def flush_due_in(self) -> float | None:
        """Seconds until the held group is due for a commit; None when nothing is held."""
        return GROUP_SECONDS - (time.perf_counter() - self.group_started) if self.group else None

    def flush(self) -> None:
        if self.group:
            group, self.group = self.group, []
            self._write(group)

    def finish(self) -> None:
        self.flush()
        self.store.finish_run(self.report.counts)

    def _write(self, group: list) -> None:
        # Progress is reported only once a group is committed: what the user sees as done is done.
        try:
            written = list(zip(group, self.store.write_batch(group)))
        except Exception:  # the group was rolled back: write its inputs one by one to find the culprit
            written = [self._write_alone(result) for result in group]
        for result, outcome in written:
            self._record(result, outcome)

    def _write_alone(self, result):
        from pipeline.process import Failure

        try:
            return result, self.store.write_batch([result])[0]
        except Exception as exc:  # a page the store refuses must not stop the batch
            failure = Failure(result.source_path, result.source_sha256, "store", f"{type(exc).__name__}: {exc}")
            return failure, self.store.write_batch([failure])[0]

    def _record(self, result, outcome: tuple[str, int]) -> None:
        counts, report = self.report.counts, self.report
        status, n_teasers = outcome
        if status == "quarantined":
            counts.n_quarantined += 1
            report.quarantined.append((result.source_path, result.stage, result.error))
            _notify(self.on_progress, result.source_path, "quarantined")
            return
        counts.n_teasers += n_teasers
        if hasattr(result, "host"):
            report.n_chars += len(result.host.article.text)
        if status == "duplicate":
            counts.n_duplicates += 1
        else:
            setattr(counts, f"n_{status}", getattr(counts, f"n_{status}") + 1)
        _notify(self.on_progress, result.source_path, status)


def _notify(callback, path: str, status: str) -> None:
    if callback is not None:
        callback(path, status)


