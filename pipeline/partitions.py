"""Partitions of extracted rows on Parquet: one folder per partition, one file per table, a manifest last.

A cluster worker turns the results of a partition of inputs (`PageResult`, `Failure`, `KnownBytes`,
in input order) into a folder `part-<run>-<number>/` under the output (a local folder or any
fsspec URL) holding one Parquet file per table and `_manifest.json`. The folder is written under
a temporary name, the manifest last, then renamed: a folder with the final name and a manifest
is complete. `read_partition` gives the same results back, in the same order, for the single
writer (pipeline/load.py) to store as the local runner would. No database is touched here.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

PARTITION_PREFIX = "part-"
MANIFEST = "_manifest.json"
FORMAT = 1
# Partitions being written start with this; readers pass them by (a writer died, or is writing).
TEMPORARY_PREFIX = ".tmp-"


class PartitionError(ValueError):
    """A partition that cannot be loaded as it is (the message names it and says what to do)."""


def _row_tables() -> dict[str, type]:
    """Table name -> model of its rows, for every table a partition holds besides `inputs`."""
    from schemas.models import FACT_TABLES, Article, RelatedLink, Repair, Sentence

    return {"articles": Article, "sentences": Sentence, "related_links": RelatedLink, "repairs": Repair,
            **FACT_TABLES}


# `inputs`: one row per input, in order. kind 'page' (a PageResult), 'failure' or 'known_bytes'.
INPUT_COLUMNS = ("source_path", "source_sha256", "kind", "stage", "error", "same_as", "article_id")


@dataclass
class Partition:
    """A complete partition folder and what its manifest says."""

    url: str          # the folder, as an fsspec path of `fs`
    name: str
    manifest: dict


def filesystem(out: str):
    """The fsspec filesystem and root path of a local folder or URL (s3://… needs s3fs installed)."""
    import fsspec

    try:
        return fsspec.core.url_to_fs(str(out))
    except (ImportError, ValueError) as exc:
        raise PartitionError(f"{out}: cannot open this location ({exc}); install the fsspec package "
                             "for its protocol (s3fs for s3://, gcsfs for gs://) or give a local folder") from None


def partition_name(run_stamp: str, number: int) -> str:
    """Names sort in the order the inputs were listed: by run, then by partition."""
    return f"{PARTITION_PREFIX}{run_stamp}-{number:08d}"


def write_partition(out: str, name: str, results: list, version: str) -> dict:
    """Write one partition's rows atomically; returns its manifest. A partition already complete
    under this name (an attempt that finished before its worker died) is kept as it is."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    done = read_manifest_if_complete(out, name)
    if done is not None:
        return done
    fs, root = filesystem(out)
    final = f"{root.rstrip('/')}/{name}"
    temporary = f"{root.rstrip('/')}/{TEMPORARY_PREFIX}{name}-{uuid.uuid4().hex[:8]}"
    fs.makedirs(temporary, exist_ok=True)
    files = {}
    for table, columns in _columns_of(results).items():
        with fs.open(f"{temporary}/{table}.parquet", "wb") as handle:
            pq.write_table(pa.table(columns), handle)
        files[table] = len(next(iter(columns.values()))) if columns else 0
    manifest = {
        "format": FORMAT, "partition": name, "pipeline_version": version, "inputs": len(results),
        "tables": files, "covered": [[r.source_path, r.source_sha256, _status_of(r)] for r in results],
    }
    with fs.open(f"{temporary}/{MANIFEST}", "w") as handle:
        json.dump(manifest, handle)
    if fs.exists(final):  # a half-moved folder of an earlier attempt (object stores copy)
        fs.rm(final, recursive=True)
    fs.mv(temporary, final, recursive=True)
    return manifest


def _status_of(result) -> str:
    """The `sources.status` an input will have once loaded, as far as skipping it again goes."""
    from pipeline.process import Failure

    return "quarantined" if isinstance(result, Failure) else "stored"


def read_manifest_if_complete(out: str, name: str) -> dict | None:
    """The manifest of partition `name` under `out` when it is complete, else None."""
    fs, root = filesystem(out)
    folder = f"{root.rstrip('/')}/{name}"
    return _read_manifest(fs, folder) if fs.exists(f"{folder}/{MANIFEST}") else None


def _columns_of(results: list) -> dict[str, dict[str, list]]:
    """Each table's columns; `_input` ties a row to its input (the same article id may come
    from two inputs of one partition)."""
    from pipeline.process import Failure, KnownBytes
    from schemas.models import FACT_TABLES

    models = _row_tables()
    fact_tables = list(FACT_TABLES)
    rows: dict[str, list[tuple[int, object]]] = {table: [] for table in models}
    inputs: dict[str, list] = {c: [] for c in INPUT_COLUMNS}

    def add_input(**values) -> None:
        for column in INPUT_COLUMNS:
            inputs[column].append(values.get(column))

    for i, result in enumerate(results):
        if isinstance(result, Failure):
            add_input(source_path=result.source_path, source_sha256=result.source_sha256, kind="failure",
                      stage=result.stage, error=result.error)
            continue
        if isinstance(result, KnownBytes):
            add_input(source_path=result.source_path, source_sha256=result.source_sha256, kind="known_bytes",
                      same_as=result.same_as, article_id=result.article_id)
            continue
        add_input(source_path=result.source_path, source_sha256=result.source_sha256, kind="page",
                  article_id=result.host.article.article_id)
        for article in [result.host, *result.teasers]:
            rows["articles"].append((i, article.article))
            rows["sentences"].extend((i, s) for s in article.sentences)
            for table in fact_tables:
                rows[table].extend((i, f) for f in getattr(article.facts, table))
        rows["related_links"].extend((i, r) for r in result.related_links)
        rows["repairs"].extend((i, r) for r in result.repairs)
    tables = {"inputs": inputs}
    for table, model in models.items():
        fields = list(model.model_fields)
        columns = {"_input": [i for i, _ in rows[table]]}
        columns.update({f: [getattr(row, f) for _, row in rows[table]] for f in fields})
        tables[table] = columns
    return tables


def _read_manifest(fs, folder: str) -> dict:
    with fs.open(f"{folder}/{MANIFEST}", "r") as handle:
        return json.load(handle)


def list_partitions(out: str, version: str | None = None) -> list[Partition]:
    """Every partition under `out`, in load order, each checked complete: a folder without its
    manifest, or whose files do not hold the rows the manifest counts, is refused (nothing is
    loaded), as is one extracted by other code than `version`."""
    import pyarrow.parquet as pq

    fs, root = filesystem(out)
    if not fs.exists(root):
        raise PartitionError(f"{out}: no such folder; give the --out of an `ldtd extract --scheduler` run")
    names = sorted(p.rstrip("/").rsplit("/", 1)[-1] for p in fs.ls(root, detail=False))
    partitions = []
    for name in names:
        if not name.startswith(PARTITION_PREFIX):
            continue
        folder = f"{root.rstrip('/')}/{name}"
        if not fs.exists(f"{folder}/{MANIFEST}"):
            raise PartitionError(
                f"{out}: partition {name} is half-written (no {MANIFEST}: its writer stopped part-way); nothing "
                f"was loaded. Delete that folder and run the same `ldtd extract --scheduler` again to redo its inputs")
        manifest = _read_manifest(fs, folder)
        for table, n_rows in manifest["tables"].items():
            path = f"{folder}/{table}.parquet"
            try:
                with fs.open(path, "rb") as handle:
                    found = pq.read_metadata(handle).num_rows
            except (OSError, ValueError) as exc:
                found = f"unreadable ({str(exc).splitlines()[0]})"
            if found != n_rows:
                raise PartitionError(
                    f"{out}: partition {name} is damaged ({table}.parquet: {found} rows, its manifest says "
                    f"{n_rows}); nothing was loaded. Delete that folder and run `ldtd extract --scheduler` again")
        if version is not None and manifest["pipeline_version"] != version:
            raise PartitionError(
                f"{out}: partition {name} was extracted by ldtd {manifest['pipeline_version']}, this ldtd is "
                f"{version}; nothing was loaded. Load it with the ldtd that made it, or extract again with this one")
        partitions.append(Partition(folder, name, manifest))
    return partitions


def covered_inputs(out: str) -> list[tuple[str, str, str]]:
    """(source_path, sha256, status) of the inputs complete partitions under `out` hold."""
    fs, root = filesystem(out)
    if not fs.exists(root):
        return []
    covered = []
    for path in sorted(fs.ls(root, detail=False)):
        name = path.rstrip("/").rsplit("/", 1)[-1]
        folder = f"{root.rstrip('/')}/{name}"
        if name.startswith(PARTITION_PREFIX) and fs.exists(f"{folder}/{MANIFEST}"):
            covered.extend(tuple(row) for row in _read_manifest(fs, folder)["covered"])
    return covered


def read_partition(partition: Partition) -> Iterator:
    """The partition's results, in input order, as the worker made them."""
    import pyarrow.parquet as pq

    from pipeline.process import ArticleRows, Failure, KnownBytes, PageResult
    from schemas.models import ArticleFacts

    fs, _ = filesystem(partition.url)

    def table(name: str) -> dict[str, list]:
        with fs.open(f"{partition.url}/{name}.parquet", "rb") as handle:
            return pq.read_table(handle).to_pydict()

    inputs = table("inputs")
    models = _row_tables()
    # input -> table -> article id -> rows, grouped in one pass (a page carries several teasers).
    by_input: dict[int, dict[str, dict[str, list]]] = {}
    for name, model in models.items():
        columns = table(name)
        build = _row_builder(model)
        fields = list(model.model_fields)
        for i, *values in zip(columns["_input"], *(columns[f] for f in fields)):
            row = build(dict(zip(fields, values)))
            by_input.setdefault(i, {}).setdefault(name, {}).setdefault(getattr(row, "article_id", None), []).append(row)
    fact_tables = [t for t in models if t in ArticleFacts.model_fields]
    for i, kind in enumerate(inputs["kind"]):
        path, sha = inputs["source_path"][i], inputs["source_sha256"][i]
        if kind == "failure":
            yield Failure(path, sha, inputs["stage"][i], inputs["error"][i])
        elif kind == "known_bytes":
            yield KnownBytes(path, sha, inputs["same_as"][i], inputs["article_id"][i])
        else:
            rows = by_input.get(i, {})
            yield PageResult(path, sha, *_articles_of(inputs["article_id"][i], rows, fact_tables,
                                                       ArticleRows, ArticleFacts),
                             related_links=_all(rows, "related_links"), repairs=_all(rows, "repairs"))


def _row_builder(model: type) -> Callable[[dict], object]:
    """A constructor of `model` rows from a dict holding every field, without validation.

    Rows were validated by the worker that made them and the round trip keeps their values, so
    this is `model_construct` without its per-field bookkeeping, which cost more than reading the
    Parquet (a partition holds thousands of rows). A model with private attributes or a post-init
    hook gets `model_construct` itself.
    """
    if model.__private_attributes__ or model.__pydantic_post_init__:
        return lambda values: model.model_construct(**values)
    new, set_attribute = object.__new__, object.__setattr__

    def build(values: dict) -> object:
        row = new(model)
        set_attribute(row, "__dict__", values)
        set_attribute(row, "__pydantic_fields_set__", set(values))
        set_attribute(row, "__pydantic_extra__", None)
        set_attribute(row, "__pydantic_private__", None)
        return row

    return build


def _all(rows: dict[str, dict[str, list]], table: str) -> list:
    return [row for group in rows.get(table, {}).values() for row in group]


def _articles_of(host_id: str, rows: dict[str, dict[str, list]], fact_tables: Iterable[str], ArticleRows,
                 ArticleFacts):
    """(host rows, teaser rows) of one input, from its rows grouped by table and article id."""
    def rows_of(article) -> ArticleRows:
        def mine(table: str) -> list:
            return rows.get(table, {}).get(article.article_id, [])

        facts = ArticleFacts.model_construct(**{t: mine(t) for t in fact_tables})
        return ArticleRows(article, mine("sentences"), facts)

    articles = _all(rows, "articles")
    host = next(a for a in articles if a.article_id == host_id)
    return rows_of(host), [rows_of(a) for a in articles if a is not host]
