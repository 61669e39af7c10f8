"""Schema versions: the migrations from each version to the next, and bringing a database up to date.

A database records its version in `schema_versions`, with the digest of the schema.sql applied.
`pipeline.store` reads them whenever it opens a database: a new one is created at SCHEMA_VERSION;
an older one gets the migrations it lacks; one whose schema.sql has changed since (views,
descriptions, new tables) gets it applied again; one made by a newer ldtd is refused before
anything is written. Each in one transaction, the caller's. Migrations that rewrite stored rows
(`rebuild`) are left to `ldtd migrate`.

A change schema.sql cannot make by itself (a column of an existing table, a constraint) needs a
`Migration` at the end of MIGRATIONS; freeze the schema it replaces under tests/shipped_schemas/.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

import duckdb

from pipeline import __version__
from schemas import schema_sql


@dataclass(frozen=True)
class Migration:
    """What changed on the way to `version`, and what a database of the version before needs."""

    version: int
    change: str
    sql: tuple[str, ...] = ()      # additive statements, run in place (ALTER TABLE … ADD COLUMN …)
    rebuild: tuple[str, ...] = ()  # tables made anew from schema.sql, their rows copied

    @property
    def in_place(self) -> bool:
        """Whether it leaves the stored rows where they are: then any writer opening the database applies it."""
        return not self.rebuild

    def __str__(self) -> str:
        rewrites = f" (rebuilds {', '.join(self.rebuild)}: rewrites their rows)" if self.rebuild else ""
        return f"{self.version}: {self.change}{rewrites}"


# Every schema this project has shipped, oldest first. New tables, views and descriptions need no
# statement here: schema.sql creates what is missing and replaces every view after the statements.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "the first schema"),
    Migration(2, "view figure_conflicts: figures of different articles that disagree"),
    Migration(3, "view official_titles: one row per title and organisation however it is spelled, "
                 "with n_mentions"),
    Migration(4, "no primary keys on the sentence and fact tables: the writer's memory grew with them",
              rebuild=("sentences", "related_links", "figures", "dates", "officials", "documents", "campaigns")),
    Migration(5, "tables schema_versions and repairs (bytes repaired in decoding); a description "
                 "(COMMENT) on every table, view and column"),
    Migration(6, "figures.spelled: counts spelled out in words (`hai đợt`), for the checker",
              sql=("ALTER TABLE figures ADD COLUMN IF NOT EXISTS spelled BOOLEAN DEFAULT FALSE",)),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

# Databases made before schema_versions existed, told apart by what each version changed: the
# first of these that holds gives the version, else 1. Those releases replaced every view on each
# open, so such a database has the views of the last release that wrote to it.
UNRECORDED_VERSIONS: tuple[tuple[int, str], ...] = (
    (4, "SELECT count(*) = 0 FROM duckdb_constraints() "
        "WHERE table_name = 'figures' AND constraint_type = 'PRIMARY KEY'"),
    (3, "SELECT count(*) > 0 FROM duckdb_columns() WHERE table_name = 'official_titles' AND column_name = 'n_mentions'"),
    (2, "SELECT count(*) > 0 FROM duckdb_views() WHERE view_name = 'figure_conflicts'"),
)


class MigrationError(RuntimeError):
    """A migration that would lose rows: rolled back."""


@dataclass(frozen=True)
class DatabaseSchema:
    """What an open database says of its schema."""

    version: int | None          # None: no ldtd table yet
    schema_sha256: str | None    # of the schema.sql last applied (recorded from version 5 on)

    @property
    def newer(self) -> bool:
        return self.version is not None and self.version > SCHEMA_VERSION

    @property
    def current(self) -> bool:
        """Nothing to do: this version, and this schema.sql's views and descriptions."""
        return self.version == SCHEMA_VERSION and self.schema_sha256 == schema_sha256()


def schema_sha256() -> str:
    return hashlib.sha256(schema_sql().encode("utf-8")).hexdigest()


def database_schema(con: duckdb.DuckDBPyConnection) -> DatabaseSchema:
    """The schema version of the open database, read without writing to it."""
    try:
        version = _scalar(con, "SELECT max(version) FROM schema_versions")
    except duckdb.CatalogException:
        return DatabaseSchema(_unrecorded_version(con), None)
    if version > SCHEMA_VERSION:  # a later release may have other columns here: ask nothing more
        return DatabaseSchema(version, None)
    sha = _scalar(con, "SELECT arg_max(schema_sha256, applied_at) FROM schema_versions")
    return DatabaseSchema(version, sha)


def _unrecorded_version(con: duckdb.DuckDBPyConnection) -> int | None:
    has_articles = _scalar(
        con, "SELECT count(*) > 0 FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'articles'")
    if not has_articles:
        return None
    return next((version for version, holds in UNRECORDED_VERSIONS if _scalar(con, holds)), 1)


def pending(version: int | None) -> tuple[Migration, ...]:
    """The migrations a database at `version` lacks (none for a new one: it is created current)."""
    return () if version is None else tuple(m for m in MIGRATIONS if m.version > version)


def bring_up_to_date(con: duckdb.DuckDBPyConnection, found: DatabaseSchema) -> tuple[Migration, ...]:
    """Create or migrate the schema, or apply a changed schema.sql again; the caller holds the
    transaction. Returns the migrations applied.

    Every table keeps every row: a migration that would lose one raises MigrationError.
    """
    migrations = pending(found.version)
    rows_before = _row_counts(con) if migrations else {}
    for migration in migrations:
        for statement in migration.sql:
            con.execute(statement)
        for table in migration.rebuild:
            _rebuild(con, table)
    con.execute(schema_sql())
    _describe(con)
    rows_after = {table: _row_count(con, table) for table in rows_before}
    if rows_after != rows_before:
        changed = {t: f"{rows_before[t]} -> {rows_after[t]}" for t in rows_before if rows_after[t] != rows_before[t]}
        raise MigrationError(f"the migration would change the rows of {changed}")
    if found.version is None:
        changes = [(SCHEMA_VERSION, "created")]
    elif migrations:
        changes = [(m.version, m.change) for m in migrations]
    else:
        changes = [(SCHEMA_VERSION, "schema.sql changed: tables, views and descriptions applied again")]
    now, sha = datetime.now(), schema_sha256()
    for version, change in changes:
        con.execute("INSERT INTO schema_versions VALUES (?, ?, ?, ?, ?)", [version, now, __version__, change, sha])
    return migrations


def _row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = [name for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()]
    return {table: _row_count(con, table) for table in tables}


def _row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return _scalar(con, f'SELECT count(*) FROM "{table}"')


def _scalar(con: duckdb.DuckDBPyConnection, sql: str):
    # fetchall, not fetchone: a result left unread makes DuckDB refuse the connection's next relation
    # (`ldtd query --format parquet` writes one).
    return con.execute(sql).fetchall()[0][0]


def _rebuild(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """The table made anew from its definition in schema.sql, with every row and column it had.

    DuckDB cannot drop a constraint in place; a copy under the new definition can.
    """
    old = f"{table}__before_v{SCHEMA_VERSION}"
    columns = [name for (name,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index",
        [table]).fetchall()]
    con.execute(f"ALTER TABLE {table} RENAME TO {old}")
    con.execute(table_definition(table))
    kept = {name for (name,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ?", [table]).fetchall()}
    if set(columns) - kept:
        raise MigrationError(f"rebuilding {table} would drop its columns {sorted(set(columns) - kept)}")
    listed = ", ".join(columns)
    con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {old}")
    con.execute(f"DROP TABLE {old}")


# ------------------------------------------------------------------ what schema.sql says of itself

_CREATE = re.compile(r"CREATE (TABLE IF NOT EXISTS|OR REPLACE VIEW) (\w+)")
_COLUMN = re.compile(r"(\w+)\s+[A-Z]")
_VIEW_COLUMN = re.compile(r" {3}(\w+): (.+)")


def table_definition(table: str) -> str:
    """The CREATE TABLE statement of `table` in schema.sql, without its comments."""
    code = "\n".join(line.split("--", 1)[0] for line in schema_sql().splitlines())
    for statement in code.split(";"):
        if re.match(rf"\s*CREATE TABLE IF NOT EXISTS {table}\s*\(", statement):
            return statement.strip()
    raise KeyError(f"schema.sql has no table {table}")


@dataclass(frozen=True)
class Description:
    kind: str             # 'TABLE' or 'VIEW'
    table: str
    column: str | None    # None: the table's (or view's) own description
    text: str


def schema_descriptions(sql: str | None = None) -> list[Description]:
    """Descriptions of every table, view and column, read from the comments of schema.sql.

    The comment lines right above a CREATE describe the table or view (a view's columns are
    `--   column: text` lines among them); a comment at the end of a column's line, continued on
    comment-only lines below it, describes the column.
    """
    found: list[Description] = []
    block: list[str] = []          # comment lines since the last blank or SQL line
    table: tuple[str, str] | None = None  # (kind, name) of the CREATE TABLE being read
    column: list[str] | None = None       # [name, text] of the column being read
    for line in (sql if sql is not None else schema_sql()).splitlines():
        code, _, comment = line.partition("--")
        code = code.strip()
        if table and column and comment and not code:
            column[1] += " " + comment.strip()
            continue
        if column:
            found.append(Description(table[0], table[1], column[0], column[1]))
            column = None
        if not code:
            block = block + [comment] if comment else []
            continue
        created = _CREATE.match(code)
        if created:
            kind, name = ("TABLE" if created[1].startswith("TABLE") else "VIEW"), created[2]
            own = [c.strip() for c in block if not _VIEW_COLUMN.fullmatch(c)]
            found.append(Description(kind, name, None, " ".join(own)))
            found.extend(Description(kind, name, m[1], m[2].strip())
                         for m in map(_VIEW_COLUMN.fullmatch, block) if m)
            table = (kind, name) if kind == "TABLE" else None
        elif code.startswith(")"):
            table = None
        elif table and comment and _COLUMN.match(code):
            column = [_COLUMN.match(code)[1], comment.strip()]
        block = []
    return found


def _describe(con: duckdb.DuckDBPyConnection) -> None:
    for d in schema_descriptions():
        text = d.text.replace("'", "''")
        if d.column is None:
            con.execute(f"COMMENT ON {d.kind} {d.table} IS '{text}'")
        else:
            con.execute(f"COMMENT ON COLUMN {d.table}.{d.column} IS '{text}'")
