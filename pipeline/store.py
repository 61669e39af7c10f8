"""The only module that opens DuckDB: schema versions, transactions of whole pages, read-only queries.

`connect` reads a database's schema version and applies the migrations of pipeline/migrate.py.

Writes go through `Store` (one writer process). A page — host article, its teasers, related
headlines, every fact, and its `sources` row — is never split between transactions; a group of
pages shares one (`write_batch`: one commit and one insert per table for the group). A run
killed at any moment leaves whole pages or nothing, and a re-run finishes the job.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import duckdb

from pipeline import DEFAULT_DB, __version__, migrate

if TYPE_CHECKING:  # pydantic models are imported by the writer only: `ldtd query` stays light
    from pipeline.process import ArticleRows, Failure, KnownBytes, PageResult
    from schemas.models import Repair, Row

# DuckDB caches as much of the database as its limit allows (80% of RAM by default), so the
# writer's memory would grow with the corpus; a fixed limit keeps a batch's memory flat.
WRITER_MEMORY_LIMIT = "128MB"
# DuckDB lets one process write a file and no other process open it meanwhile. So that readers
# (`ldtd serve`, `query`, `check`, `show`) can answer during a batch, the writer publishes a
# read-only copy of what it has committed, `<db>.snapshot`, when it opens the database and then
# after a commit at most every SNAPSHOT_SECONDS (LDTD_SNAPSHOT_SECONDS overrides it: a copy costs
# about a second per GB); a reader that finds the file locked opens the copy.
SNAPSHOT_SECONDS = float(os.environ.get("LDTD_SNAPSHOT_SECONDS", "15"))
SNAPSHOT_MAX_SECONDS = 50.0
# A reader opens the file for one request and closes it; a writer starting meanwhile waits this
# long for such readers to be done before giving up.
WRITER_WAIT_SECONDS = 10.0
# A reader that finds the file locked and no snapshot yet (a writer starting) waits this long.
READER_WAIT_SECONDS = 10.0
_RETRY_PAUSE = 0.02


def _article_tables() -> tuple[str, ...]:
    """Tables holding rows of one article, deleted together when the article is replaced."""
    from schemas.models import FACT_TABLES

    return ("sentences", *FACT_TABLES)


class StoreError(RuntimeError):
    """A database problem a user can act on (the message says what to do)."""


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the database, whose schema version is read before anything else: one made
    by a newer ldtd is refused, unwritten. Read-only, the database is used as it is (never
    migrated). Otherwise it is created, or brought up to date in one transaction when what it
    lacks can be added in place (one line on stderr says so); one whose stored rows must be
    rewritten first is refused with the `ldtd migrate` command to run."""
    db_path = Path(db_path)
    if read_only and not db_path.exists():
        raise StoreError(f"{db_path}: no database here; run `ldtd extract` first (or pass --db)")
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    con = _open_reader(db_path) if read_only else _open_writer(db_path)
    try:
        found = _schema_of(con, db_path)
        if not read_only and not found.current:
            _bring_up_to_date(con, found, db_path, rebuilds_allowed=False)
    except BaseException:
        con.close()
        raise
    return con


def migrate_database(db_path: str | Path, dry_run: bool = False) -> tuple[int | None, tuple["migrate.Migration", ...]]:
    """`ldtd migrate`: the database's version before, and the migrations applied (or, dry, to apply)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise StoreError(f"{db_path}: no database here; check --db (`ldtd extract` creates one)")
    con = _open(db_path, read_only=dry_run)
    try:
        found = _schema_of(con, db_path)
        if found.version is not None and not dry_run and not found.current:
            _bring_up_to_date(con, found, db_path, rebuilds_allowed=True)
    finally:
        con.close()
    return found.version, migrate.pending(found.version)


class _Locked(StoreError):
    """Another process writes the file."""


def snapshot_path(db_path: str | Path) -> Path:
    """Where a writer publishes the committed state of `db_path` for readers while it holds the file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".snapshot")


def _open(db_path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise _Locked(
                f"{db_path}: the database is in use by another process (an `ldtd extract` still "
                "running?); wait for it to finish"
            ) from None
        raise StoreError(f"{db_path}: cannot open the database ({exc})") from None


def _open_writer(db_path: Path) -> duckdb.DuckDBPyConnection:
    """The file for writing; readers hold it for a moment each, so a lock is waited out briefly."""
    deadline = time.monotonic() + WRITER_WAIT_SECONDS
    while True:
        try:
            return _open(db_path)
        except _Locked:
            if time.monotonic() > deadline:
                raise
            time.sleep(_RETRY_PAUSE)


def _open_reader(db_path: Path) -> duckdb.DuckDBPyConnection:
    """The file read-only or, while a writer holds it, the snapshot the writer published."""
    deadline = time.monotonic() + READER_WAIT_SECONDS
    snapshot = snapshot_path(db_path)
    while True:
        try:
            return _open(db_path, read_only=True)
        except _Locked:
            pass
        if snapshot.exists():
            try:
                # The writer replaces the snapshot by a rename: an open copy stays whole.
                return duckdb.connect(str(snapshot), read_only=True)
            except duckdb.Error:
                pass  # removed between the test and the open: the writer has finished
        if time.monotonic() > deadline:
            raise StoreError(
                f"{db_path}: the database is in use by another process that published no snapshot "
                "(an `ldtd migrate`, or an older ldtd extracting?); wait for it to finish"
            )
        time.sleep(_RETRY_PAUSE)


def _schema_of(con: duckdb.DuckDBPyConnection, db_path: Path) -> "migrate.DatabaseSchema":
    try:
        found = migrate.database_schema(con)
    except duckdb.Error as exc:
        raise StoreError(f"{db_path}: cannot read its schema version ({str(exc).splitlines()[0]})") from None
    if found.newer:
        raise StoreError(
            f"{db_path} has schema version {found.version}, from a newer ldtd; this ldtd ({__version__}) "
            f"knows versions up to {migrate.SCHEMA_VERSION} and has not changed it: use a newer ldtd"
        )
    return found


def _bring_up_to_date(con: duckdb.DuckDBPyConnection, found: "migrate.DatabaseSchema", db_path: Path,
                      rebuilds_allowed: bool) -> None:
    missing = migrate.pending(found.version)
    rebuilds = [m for m in missing if not m.in_place]
    if rebuilds and not rebuilds_allowed:
        raise StoreError(
            f"{db_path} has schema version {found.version} and this ldtd writes version {migrate.SCHEMA_VERSION}; "
            f"the change to version {rebuilds[0].version} rewrites stored rows, so it is left to `ldtd migrate`: "
            f"run `ldtd migrate --db {db_path}` (every row is kept; --dry-run shows what it does), "
            "then this command again"
        )
    try:
        with _Transaction(con):
            migrate.bring_up_to_date(con, found)
    except (migrate.MigrationError, duckdb.Error) as exc:
        raise StoreError(f"{db_path}: bringing the schema from version {found.version} to {migrate.SCHEMA_VERSION} "
                         f"failed and nothing was changed: {str(exc).splitlines()[0]}") from None
    if missing and not rebuilds_allowed:
        print(f"ldtd: {db_path}: schema version {found.version} -> {migrate.SCHEMA_VERSION}, applied in place: "
              + "; ".join(str(m) for m in missing), file=sys.stderr)


def _columns(model: type["Row"]) -> list[str]:
    return list(model.model_fields)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list["Row"]) -> None:
    """Insert rows column-wise: one statement whose parameters are whole columns, unnested.

    Row-by-row `executemany` cost more than tokenising; one list per column is two orders of
    magnitude faster and needs no DataFrame library.
    """
    if not rows:
        return
    columns = _columns(type(rows[0]))
    values = [[getattr(r, c) for r in rows] for c in columns]
    selects = ", ".join(f"unnest(${i + 1}) AS {c}" for i, c in enumerate(columns))
    con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selects}", values)


@dataclass
class RunCounts:
    n_input: int = 0
    n_new: int = 0
    n_changed: int = 0
    n_unchanged: int = 0
    n_quarantined: int = 0
    n_teasers: int = 0
    n_duplicates: int = 0
    n_known_bad: int = 0  # quarantined in an earlier run, bytes unchanged: not recorded again


class Store:
    """The single writer of a database."""

    def __init__(self, db_path: str | Path, version: str):
        self.db_path = Path(db_path)
        self.version = version
        self.con = connect(self.db_path)
        self.con.execute(f"SET memory_limit = '{WRITER_MEMORY_LIMIT}'")
        self.run_id: str | None = None
        self._snapshot_at = self._snapshot_cost = 0.0
        self.publish_snapshot()

    # -------------------------------------------------------------- readers
    def publish_snapshot(self) -> None:
        """Copy what is committed to `<db>.snapshot` for readers (checkpointed first, so the file
        holds it all); the copy is renamed into place whole."""
        started = time.monotonic()
        self.con.execute("CHECKPOINT")
        target = snapshot_path(self.db_path)
        partial = target.with_name(target.name + ".partial")
        # Copied by another process: DuckDB's lock on the file is a POSIX record lock, which this
        # process would lose on closing any descriptor of the file, its own copy's included; readers
        # would then open the file while it is written.
        copied = subprocess.run(["cp", "--", str(self.db_path), str(partial)], capture_output=True, text=True)
        if copied.returncode != 0:
            raise StoreError(f"{self.db_path}: cannot write the snapshot for readers ({copied.stderr.strip()})")
        os.replace(partial, target)
        now = time.monotonic()
        self._snapshot_cost, self._snapshot_at = now - started, now

    def _snapshot_if_due(self) -> None:
        # A large file costs more to copy: copies are spaced to take at most a tenth of the batch,
        # but never more than SNAPSHOT_MAX_SECONDS apart, so that readers are at most a minute behind.
        interval = min(SNAPSHOT_MAX_SECONDS, max(SNAPSHOT_SECONDS, 10 * self._snapshot_cost))
        if time.monotonic() - self._snapshot_at >= interval:
            self.publish_snapshot()

    # -------------------------------------------------------------- runs
    def begin_run(self, args: str = "") -> str:
        from schemas.models import stable_id

        started = datetime.now()
        self.run_id = stable_id("r", started.isoformat(), os.getpid())
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, version, args) VALUES (?, ?, ?, ?)",
            [self.run_id, started, self.version, args],
        )
        return self.run_id

    def finish_run(self, counts: RunCounts) -> None:
        self.con.execute(
            """UPDATE runs SET finished_at = ?, n_input = ?, n_new = ?, n_changed = ?, n_unchanged = ?,
               n_quarantined = ?, n_teasers = ?, n_duplicates = ? WHERE run_id = ?""",
            [datetime.now(), counts.n_input, counts.n_new, counts.n_changed, counts.n_unchanged,
             counts.n_quarantined, counts.n_teasers, counts.n_duplicates, self.run_id],
        )
        self.con.execute("CHECKPOINT")

    def close(self) -> None:
        """Close the file; readers open it again instead of the snapshot, which goes."""
        self.con.close()
        snapshot_path(self.db_path).unlink(missing_ok=True)

    # -------------------------------------------------------------- skipping
    def known_sources(self) -> dict[str, tuple[str, str, str]]:
        """source_path -> (sha256, pipeline_version, status) of what earlier runs did."""
        return _known_sources(self.con)

    def known_bytes(self) -> dict[str, tuple[str, str]]:
        """sha256 of raw bytes -> (source_path, article_id) of an input this code stored whose
        article still stands as those bytes made it: the same bytes under another path need no work."""
        return _known_bytes(self.con, self.version)

    def stored_teasers(self) -> frozenset[str]:
        """Ids of teasers already stored by this version of the code (no need to analyse again)."""
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE kind = 'teaser' AND pipeline_version = ?", [self.version]
        ).fetchall()
        return frozenset(r[0] for r in rows)

    # -------------------------------------------------------------- writing
    def write_batch(self, items: list["PageResult | Failure"]) -> list[tuple[str, int]]:
        """Store several inputs in one transaction: (status, teaser rows added) for each, in order.

        A status is 'new', 'changed', 'unchanged', 'duplicate' or, for a `Failure`, 'quarantined'.

        Each statement and each commit has a fixed cost that, paid per page, came to a third of
        tokenising; a group pays it once. New pages — nearly all of a batch — are staged and
        inserted together; a page that replaces stored rows flushes what is staged first and is
        written on its own, so the result is the same as writing the inputs one by one.
        """
        from pipeline.process import Failure, KnownBytes

        staged = _StagedRows()
        outcomes: list[tuple[str, int]] = []
        with self._transaction():
            known = self._lookup(items)
            for i, item in enumerate(items):
                if isinstance(item, Failure):
                    outcomes.append(self._stage_failure(item, staged))
                    continue
                if isinstance(item, KnownBytes):
                    outcomes.append(self._stage_known_bytes(item, staged))
                    continue
                outcome = self._stage_page(item, staged, known)
                if outcome is None:  # it replaces stored rows: write it now, then look again
                    staged.flush(self)
                    outcomes.append(self._write_page_now(item))
                    known = self._lookup(items[i + 1:])
                else:
                    outcomes.append(outcome)
            staged.flush(self)
        self._snapshot_if_due()
        return outcomes

    def _lookup(self, items: list) -> "_Known":
        """What the database holds about the articles of these inputs (three queries in all)."""
        pages = [item for item in items if hasattr(item, "host")]
        ids = [p.host.article.article_id for p in pages] + [t.article.article_id for p in pages for t in p.teasers]
        shas = [p.host.article.content_sha256 for p in pages]
        articles = {
            article_id: (sha, version)
            for article_id, sha, version in self.con.execute(
                "SELECT article_id, content_sha256, pipeline_version FROM articles "
                "WHERE article_id IN (SELECT unnest($1))", [ids]).fetchall()
        }
        by_sha: dict[str, list[str]] = {}
        for sha, article_id in self.con.execute(
            "SELECT content_sha256, article_id FROM articles WHERE kind = 'article' "
            "AND content_sha256 IN (SELECT unnest($1)) ORDER BY article_id", [shas]).fetchall():
            by_sha.setdefault(sha, []).append(article_id)
        return _Known(articles, by_sha)

    def _stage_failure(self, failure: "Failure", staged: "_StagedRows") -> tuple[str, int]:
        from schemas.models import QuarantineRecord

        staged.quarantine.append(QuarantineRecord(
            run_id=self.run_id, source_path=failure.source_path, stage=failure.stage,
            error=failure.error, source_sha256=failure.source_sha256,
        ))
        staged.source(failure.source_path, failure.source_sha256 or "", "quarantined", None, [])
        return "quarantined", 0

    def _stage_known_bytes(self, item: "KnownBytes", staged: "_StagedRows") -> tuple[str, int]:
        """Bytes already stored under another path: a duplicate of that input's article, with
        the repairs those bytes needed there."""
        from schemas.models import Repair

        columns = _columns(Repair)
        rows = self.con.execute(f"SELECT {', '.join(columns)} FROM repairs WHERE source_path = ? ORDER BY byte_offset",
                                [item.same_as]).fetchall()
        repairs = [Repair(**{**dict(zip(columns, row)), "source_path": item.source_path, "run_id": self.run_id})
                   for row in rows]
        staged.source(item.source_path, item.source_sha256, "duplicate", item.article_id, repairs)
        return "duplicate", 0

    def _stage_page(self, page: "PageResult", staged: "_StagedRows", known: "_Known") -> tuple[str, int] | None:
        """Stage a page that only adds rows; None when it must replace stored rows instead."""
        host = page.host.article
        duplicate_of = next((a for a in known.by_sha.get(host.content_sha256, ()) if a != host.article_id), None)
        if duplicate_of:
            staged.source(page.source_path, page.source_sha256, "duplicate", duplicate_of, page.repairs)
            return "duplicate", 0
        if host.article_id in known.articles:
            return None
        stored = [known.articles.get(t.article.article_id) for t in page.teasers]
        if any(s is not None and s[1] != self.version for s in stored):
            return None  # a teaser stored by other code: replaced, not added
        new_teasers = [t for t, s in zip(page.teasers, stored) if s is None]
        for teaser in new_teasers:
            known.articles[teaser.article.article_id] = (teaser.article.content_sha256, self.version)
        known.articles[host.article_id] = (host.content_sha256, self.version)
        known.by_sha.setdefault(host.content_sha256, []).append(host.article_id)
        staged.articles.append(page.host)
        staged.articles.extend(new_teasers)
        staged.related_links.extend(page.related_links)
        staged.source(page.source_path, page.source_sha256, "stored", host.article_id, page.repairs)
        return "new", len(new_teasers)

    def _write_page_now(self, page: "PageResult") -> tuple[str, int]:
        """A page whose article or teasers are already stored: compare, replace what changed."""
        host = page.host.article
        con = self.con
        existing = con.execute(
            "SELECT content_sha256, pipeline_version FROM articles WHERE article_id = ?", [host.article_id]
        ).fetchone()
        if existing == (host.content_sha256, self.version) and self._same_links(host.article_id, page):
            self._upsert_sources([(page.source_path, page.source_sha256, "stored", host.article_id)], page.repairs)
            return "unchanged", 0
        status = "changed" if existing else "new"
        if existing:
            self._delete_article(host.article_id)
            con.execute("DELETE FROM related_links WHERE article_id = ?", [host.article_id])
        to_insert = [page.host]
        for teaser in page.teasers:
            stored = con.execute(
                "SELECT pipeline_version FROM articles WHERE article_id = ?", [teaser.article.article_id]
            ).fetchone()
            if stored == (self.version,):
                continue  # the same teaser, already stored from another page
            if stored:
                self._delete_article(teaser.article.article_id)
            to_insert.append(teaser)
        self._insert_articles(to_insert)
        _insert(con, "related_links", page.related_links)
        if existing:
            self._drop_orphan_teasers()
        self._upsert_sources([(page.source_path, page.source_sha256, "stored", host.article_id)], page.repairs)
        return status, len(to_insert) - 1

    def _same_links(self, article_id: str, page: "PageResult") -> bool:
        """Do the stored related headlines and teasers equal the page's? (They are not in the
        article text, so an unchanged text does not mean an unchanged page.)"""
        stored = self.con.execute(
            "SELECT position, block, title, teaser_id FROM related_links WHERE article_id = ? ORDER BY position",
            [article_id],
        ).fetchall()
        return stored == [(r.position, r.block, r.title, r.teaser_id) for r in page.related_links]

    def _insert_articles(self, articles: list["ArticleRows"]) -> None:
        """All rows of a page's articles, one insert per table (each insert has a fixed cost)."""
        from schemas.models import FACT_TABLES

        stamp = {"pipeline_version": self.version, "run_id": self.run_id}
        _insert(self.con, "articles", [a.article.model_copy(update=stamp) for a in articles])
        _insert(self.con, "sentences", [s for a in articles for s in a.sentences])
        for table in FACT_TABLES:
            _insert(self.con, table, [f for a in articles for f in getattr(a.facts, table)])

    def _delete_article(self, article_id: str) -> None:
        for table in reversed(_article_tables()):
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self.con.execute("DELETE FROM articles WHERE article_id = ?", [article_id])

    def _drop_orphan_teasers(self) -> None:
        """Teasers no page shows any more go; those still shown elsewhere follow their host."""
        self.con.execute(
            """UPDATE articles SET host_article_id = (
                   SELECT min(r.article_id) FROM related_links r WHERE r.teaser_id = articles.article_id)
               WHERE kind = 'teaser' AND host_article_id NOT IN (
                   SELECT r.article_id FROM related_links r WHERE r.teaser_id = articles.article_id)"""
        )
        orphans = [r[0] for r in self.con.execute(
            "SELECT article_id FROM articles WHERE kind = 'teaser' AND host_article_id IS NULL").fetchall()]
        for article_id in orphans:
            self._delete_article(article_id)

    def _upsert_sources(self, rows: list[tuple[str, str, str, str | None]], repairs: list["Repair"]) -> None:
        """The `sources` rows of these inputs, and the repairs of their bytes as read this time."""
        if not rows:
            return
        paths, shas, statuses, article_ids = (list(column) for column in zip(*rows))
        self.con.execute(
            """INSERT OR REPLACE INTO sources (source_path, source_sha256, pipeline_version, status, article_id, run_id)
               SELECT unnest($1), unnest($2), $3, unnest($4), unnest($5), $6""",
            [paths, shas, self.version, statuses, article_ids, self.run_id],
        )
        self.con.execute("DELETE FROM repairs WHERE source_path IN (SELECT unnest($1))", [paths])
        _insert(self.con, "repairs", repairs)

    def _transaction(self):
        return _Transaction(self.con)


@dataclass
class _Known:
    articles: dict[str, tuple[str, str]]  # article_id -> (content_sha256, pipeline_version)
    by_sha: dict[str, list[str]]  # content_sha256 -> ids of host articles with that text


@dataclass
class _StagedRows:
    """Rows of a group of inputs waiting for one insert per table."""

    articles: list["ArticleRows"] = field(default_factory=list)
    related_links: list = field(default_factory=list)
    quarantine: list = field(default_factory=list)
    sources: dict[str, tuple[str, str, str, str | None]] = field(default_factory=dict)
    repairs: dict[str, list] = field(default_factory=dict)  # source_path -> its Repair rows

    def source(self, source_path: str, sha256: str, status: str, article_id: str | None, repairs: list) -> None:
        self.sources[source_path] = (source_path, sha256, status, article_id)
        self.repairs[source_path] = repairs

    def flush(self, store: Store) -> None:
        if self.articles:
            store._insert_articles(self.articles)
        _insert(store.con, "related_links", self.related_links)
        _insert(store.con, "quarantine", self.quarantine)
        store._upsert_sources(list(self.sources.values()), [r for rows in self.repairs.values() for r in rows])
        self.articles, self.related_links, self.quarantine, self.sources, self.repairs = [], [], [], {}, {}


def skip_status(known: dict, source_path: str, sha256: str, version: str) -> str | None:
    """'unchanged' or 'known_bad' when this exact input was already handled by this code."""
    seen = known.get(source_path)
    if seen is None or seen[0] != sha256 or seen[1] != version:
        return None
    return "known_bad" if seen[2] == "quarantined" else "unchanged"


def _known_sources(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str, str]]:
    rows = con.execute("SELECT source_path, source_sha256, pipeline_version, status FROM sources").fetchall()
    return {path: (sha, version, status) for path, sha, version, status in rows}


def _known_bytes(con: duckdb.DuckDBPyConnection, version: str) -> dict[str, tuple[str, str]]:
    # Only an input whose article still has it as its source: an article replaced since (by a
    # page of the same url) no longer holds what these bytes make.
    rows = con.execute(
        """SELECT s.source_sha256, min(s.source_path), arg_min(s.article_id, s.source_path)
           FROM sources s JOIN articles a ON a.article_id = s.article_id AND a.source_path = s.source_path
           WHERE s.status = 'stored' AND s.pipeline_version = $1 AND a.pipeline_version = $1
           GROUP BY s.source_sha256""", [version]).fetchall()
    return {sha: (path, article_id) for sha, path, article_id in rows}


def known_inputs(db_path: str | Path, version: str) -> tuple[dict, dict]:
    """What `Store.known_sources` and `Store.known_bytes` say, read without writing (an empty
    answer when there is no database yet): for a cluster run that only writes Parquet."""
    if not Path(db_path).exists():
        return {}, {}
    con = connect(db_path, read_only=True)
    try:
        return _known_sources(con), _known_bytes(con, version)
    finally:
        con.close()


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN TRANSACTION")
        return self.con

    def __exit__(self, exc_type, exc, tb):
        self.con.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


# ------------------------------------------------------------------ reading


@contextmanager
def reader(db_path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one request (the file, or a writer's snapshot), closed after."""
    con = connect(db_path, read_only=True)
    try:
        yield con
    finally:
        con.close()


def run_query(db_path: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run SQL on a read-only connection: the database cannot be changed through it."""
    con = connect(db_path, read_only=True)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        if "read-only" in message or "read only" in message:
            raise StoreError(
                "`ldtd query` is read-only: this statement would change the database and was refused "
                "(nothing was changed). Use `ldtd extract` to change what is stored."
            ) from None
        raise StoreError(f"query failed: {message}") from None
    finally:
        con.close()


def export_parquet(db_path: str | Path, sql: str, out: str | Path) -> int:
    con = connect(db_path, read_only=True)
    try:
        relation = con.sql(sql)
        relation.write_parquet(str(out))
        return con.execute(f"SELECT count(*) FROM read_parquet('{Path(out).as_posix()}')").fetchone()[0]
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()


def export_csv(db_path: str | Path, sql: str, out: str | Path) -> None:
    """The result written by DuckDB's own CSV writer (`true`, `[Đợt, thi đua]`, dates as DuckDB prints them)."""
    con = connect(db_path, read_only=True)
    try:
        relation = con.sql(sql)
        if relation is None:  # a statement with no result (SET, PRAGMA ...): an empty file
            Path(out).write_text("", encoding="utf-8")
            return
        relation.write_csv(str(out))
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()


def table_counts(db_path: str | Path) -> list[tuple[str, int]]:
    con = connect(db_path, read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall()]
        return [(n, con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names]
    finally:
        con.close()


def recent(db_path: str | Path, sql: str, params: Iterable = ()) -> tuple[list[str], list[tuple]]:
    con = connect(db_path, read_only=True)
    try:
        cursor = con.execute(sql, list(params))
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()


# Fact tables shown by `ldtd show`, each with the label and the words that describe a row.
FACT_LABELS = {
    "figures": ("FIGURE", "kind || coalesce(' ' || CAST(value AS VARCHAR), '') || coalesce(' ' || unit, '') "
                          "|| CASE WHEN qualifier <> 'exact' THEN ' (' || qualifier || ')' ELSE '' END"),
    "dates": ("DATE", "kind || ' ' || CAST(start_date AS VARCHAR) || '..' || CAST(end_date AS VARCHAR)"
                      " || CASE WHEN year_inferred THEN ' (year inferred)' ELSE '' END"),
    "officials": ("OFFICIAL", "name || coalesce(' — ' || role_text, '')"),
    "documents": ("DOCUMENT", "doc_type || coalesce(' ' || number, '') || coalesce(' of ' || CAST(issued_on AS VARCHAR), '')"),
    "campaigns": ("CAMPAIGN", "name || coalesce(' phase ' || CAST(phase AS VARCHAR), '')"
                              " || coalesce(' ' || CAST(start_date AS VARCHAR) || '..' || CAST(end_date AS VARCHAR), '')"),
}


def article_with_facts(db_path: str | Path, article_id: str) -> tuple[dict, list[dict]]:
    """An article's row and its facts (label, span, description), in text order."""
    con = connect(db_path, read_only=True)
    try:
        return read_article(con, article_id)
    finally:
        con.close()


def read_article(con: duckdb.DuckDBPyConnection, article_id: str) -> tuple[dict, list[dict]]:
    """`article_with_facts` on an open connection (a web page reads more on the same one)."""
    cursor = con.execute("SELECT * FROM articles WHERE article_id = ? OR article_id LIKE ? || '%'",
                         [article_id, article_id])
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    # A whole id is that article, even when it begins other ids too.
    rows = [r for r in rows if r[columns.index("article_id")] == article_id] or rows
    if not rows:
        raise StoreError(f"no article {article_id!r}; list ids with: ldtd query \"SELECT article_id, title FROM articles\"")
    if len(rows) > 1:
        raise StoreError(f"{article_id!r} matches {len(rows)} articles; give more of the id")
    article = dict(zip(columns, rows[0]))
    facts = []
    for table, (label, describe) in FACT_LABELS.items():
        for start, end, surface, sentence_idx, description in con.execute(
            f"SELECT char_start, char_end, surface, sentence_idx, {describe} FROM {table} WHERE article_id = ?",
            [article["article_id"]],
        ).fetchall():
            facts.append({"label": label, "start": start, "end": end, "surface": surface,
                          "sentence_idx": sentence_idx, "description": description})
    facts.sort(key=lambda f: (f["start"], -f["end"]))
    return article, facts
