"""`ldtd load`: merge Parquet partitions into the database, through the same writer as a local run.

Partitions are taken in the order their inputs were listed, and their results stored by the
runner's `BatchWriter` (pipeline/store.py does the writing): an input already stored with the
same bytes by this code is skipped, a changed input replaces its rows, a teaser several
partitions carry is stored once. The database ends as `ldtd extract` on the same inputs leaves it.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Iterable

from pipeline.partitions import Partition, list_partitions, read_partition
from pipeline.runner import BatchReport, BatchWriter
from pipeline.store import Store, skip_status
from pipeline.version import pipeline_version


def load_partitions(out: str, db_path: str | Path, *, args: str = "",
                    on_progress: Callable[[str, str], None] | None = None) -> BatchReport:
    """Load every complete partition under `out` into `db_path`; refuse, loading nothing, when one
    is half-written or damaged."""
    started = time.perf_counter()
    partitions = list_partitions(out, pipeline_version())
    store = Store(db_path, pipeline_version())
    try:
        writer = BatchWriter(store, args, on_progress)
        load_into(writer, partitions, skip_stored=True)
        writer.finish()
    finally:
        store.close()
    writer.report.seconds = time.perf_counter() - started
    return writer.report


def load_into(writer: BatchWriter, partitions: Iterable[Partition], skip_stored: bool) -> None:
    """Store the partitions' results through `writer`. With `skip_stored`, inputs are counted here
    and those the database holds already (same path, same bytes, this code) skipped; without, the
    caller listed and triaged them (`runner.triage`) before they were extracted."""
    known = writer.store.known_sources() if skip_stored else {}
    counts = writer.report.counts
    for partition in partitions:
        for result in read_partition(partition):
            counts.n_input += skip_stored
            skip = skip_status(known, result.source_path, result.source_sha256 or "", writer.store.version)
            if skip is not None:
                if skip == "unchanged":
                    counts.n_unchanged += 1
                else:
                    counts.n_known_bad += 1
                if writer.on_progress is not None:
                    writer.on_progress(result.source_path, skip.replace("_", " "))
                continue
            for repair in getattr(result, "repairs", ()):
                repair.run_id = writer.report.run_id  # the run that stores them, as in a local run
            writer.add(result)
        writer.flush()
