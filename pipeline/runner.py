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
from typing import Callable, Iterable, Iterator

from pipeline.ingest import DEFAULT_MAX_MB, SourceUnit, cpu_count, iter_units, load_manifest
from pipeline.store import RunCounts, Store
from pipeline.version import pipeline_version

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
            yield unit, _process_in_worker(unit, run_id)
        return
    window: deque[tuple[SourceUnit, Future]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up,
                             initargs=(known_teasers, os.getpid())) as pool:
        try:
            for unit in units:
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
    from pipeline.process import Failure

    started = time.perf_counter()
    manifest = load_manifest(manifest_path) if manifest_path else None
    workers = max(1, min(workers, cpu_count() * 4))
    store = Store(db_path, pipeline_version())
    run_id = store.begin_run(args)
    counts = RunCounts()
    report = BatchReport(counts, run_id, 0.0, workers=workers)
    known = store.known_sources()

    def to_process() -> Iterator[SourceUnit]:
        for unit in iter_units(paths, manifest, max_mb):
            counts.n_input += 1
            skip = store.skip_status(known, unit.source_path, unit.sha256)
            if skip == "unchanged":
                counts.n_unchanged += 1
                _notify(on_progress, unit.source_path, "unchanged")
            elif skip == "known_bad":
                counts.n_known_bad += 1
                _notify(on_progress, unit.source_path, "known bad")
            else:
                yield unit

    def record(unit: SourceUnit, result, outcome: tuple[str, int]) -> None:
        status, n_teasers = outcome
        if status == "quarantined":
            counts.n_quarantined += 1
            report.quarantined.append((result.source_path, result.stage, result.error))
            _notify(on_progress, unit.source_path, "quarantined")
            return
        counts.n_teasers += n_teasers
        report.n_chars += len(result.host.article.text)
        if status == "duplicate":
            counts.n_duplicates += 1
        else:
            setattr(counts, f"n_{status}", getattr(counts, f"n_{status}") + 1)
        _notify(on_progress, unit.source_path, status)

    def write(group: list[tuple[SourceUnit, object]]) -> None:
        # Progress is reported only once a group is committed: what the user sees as done is done.
        try:
            outcomes = store.write_batch([result for _, result in group])
            written = [(unit, result, outcome) for (unit, result), outcome in zip(group, outcomes)]
        except Exception:  # the group was rolled back: write its inputs one by one to find the culprit
            written = [write_alone(unit, result) for unit, result in group]
        for unit, result, outcome in written:
            record(unit, result, outcome)

    def write_alone(unit: SourceUnit, result):
        try:
            return unit, result, store.write_batch([result])[0]
        except Exception as exc:  # a page the store refuses must not stop the batch
            failure = Failure(unit.source_path, unit.sha256, "store", f"{type(exc).__name__}: {exc}")
            return unit, failure, store.write_batch([failure])[0]

    group: list[tuple[SourceUnit, object]] = []

    def flush() -> None:
        if group:
            write(list(group))
            group.clear()

    group_started = time.perf_counter()

    def flush_due_in() -> float | None:
        return GROUP_SECONDS - (time.perf_counter() - group_started) if group else None

    try:
        for unit, result in _ordered_results(to_process(), run_id, workers, store.stored_teasers(),
                                             flush_due_in, flush):
            if not group:
                group_started = time.perf_counter()
            group.append((unit, result))
            if len(group) >= GROUP_PAGES or time.perf_counter() - group_started >= GROUP_SECONDS:
                flush()
        flush()
        store.finish_run(counts)
    finally:
        store.close()
    report.seconds = time.perf_counter() - started
    return report


def _notify(callback, path: str, status: str) -> None:
    if callback is not None:
        callback(path, status)


