"""Databases that outlive a release: every schema this project shipped opens, migrates and keeps its rows.

tests/shipped_schemas/ holds the DDL of each earlier schema as committed (`git show
<commit>:schemas/schema.sql`). A database in an earlier shape is filled with the seed database's
rows in the columns that shape has (the row models only ever gained columns: `figures.spelled` in
version 6), as that release wrote them.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline import __version__, migrate
from pipeline.store import StoreError, connect
from tests.conftest import ROOT

SHIPPED = {int(p.name[1:].split("_")[0]): p for p in sorted((ROOT / "tests" / "shipped_schemas").glob("v*.sql"))}
EARLIER = sorted(SHIPPED)

# The README's two questions, one query each.
README_QUERIES = {
    "vice_chairs": """SELECT DISTINCT name FROM official_titles
WHERE title = 'Phó Chủ tịch' AND organization_expanded ILIKE 'Liên đoàn Lao động thành phố Hà Nội%'""",
    "money": """SELECT f.value, f.qualifier, f.surface, s.text FROM figures f JOIN sentences s USING (article_id, sentence_idx)
WHERE f.kind = 'money' ORDER BY f.value DESC""",
}

# Columns the data contract (../shared/spec/CONTRACT.md) names: researchers' SQL uses them.
CONTRACT_COLUMNS = {
    "articles": "article_id source_path url outlet title sapo byline published_at kind host_article_id crawled_at "
                "text content_sha256 n_sentences run_id",
    "sentences": "article_id sentence_idx paragraph_idx section char_start char_end text tokens",
    "related_links": "article_id position block title",
    "figures": "figure_id article_id sentence_idx char_start char_end surface value value_max denominator kind unit "
               "qualifier change subject in_name",
    "dates": "date_id article_id sentence_idx char_start char_end surface kind start_date end_date granularity "
             "year_inferred calendar",
    "officials": "mention_id article_id sentence_idx char_start char_end surface person_id name honorific role_text",
    "official_roles": "mention_id person_id title organization organization_expanded",
    "persons": "person_id name n_mentions n_articles",
    "campaigns": "campaign_id article_id sentence_idx char_start char_end surface name phase theme start_date "
                 "end_date duration_days organizer document_id",
    "documents": "document_id article_id sentence_idx char_start char_end surface doc_type number issued_on issuer title",
    "abbreviations": "abbr expansion article_id source",
    "runs": "run_id started_at finished_at version n_input n_new n_changed n_unchanged n_quarantined",
    "quarantine": "run_id source_path stage error",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ldtd(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def tables_of(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [name for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1").fetchall()]


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [name for (name,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND table_name = ? "
        "ORDER BY column_index", [table]).fetchall()]


def snapshot(db: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list]:
    """Every row of every table, sorted; of `columns` (table -> its columns before a migration that
    added some), those tables and columns only."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = columns or {t: columns_of(con, t) for t in tables_of(con)}
        return {t: con.execute(f"SELECT {', '.join(listed)} FROM {t} ORDER BY ALL").fetchall()
                for t, listed in tables.items()}
    finally:
        con.close()


def columns_by_table(db: Path) -> dict[str, list[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: columns_of(con, t) for t in tables_of(con)}
    finally:
        con.close()


def answers(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in README_QUERIES.items()}
    finally:
        con.close()


def shape(db: Path) -> dict[str, list]:
    """Tables, views, columns (type, nullability, default, description) and constraints."""
    con = duckdb.connect(str(db), read_only=True)
    here = "database_name = current_database()"
    try:
        return {
            "tables": con.execute(f"SELECT table_name, comment FROM duckdb_tables() WHERE {here} ORDER BY ALL").fetchall(),
            "views": con.execute(f"SELECT view_name, comment FROM duckdb_views() WHERE {here} AND NOT internal "
                                 "ORDER BY ALL").fetchall(),
            "columns": con.execute(
                f"SELECT table_name, column_name, data_type, is_nullable, column_default, comment FROM duckdb_columns() "
                f"WHERE {here} ORDER BY ALL").fetchall(),
            "constraints": con.execute(
                f"SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() WHERE {here} "
                "ORDER BY ALL").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def shipped_dbs(seed_db, tmp_path_factory) -> dict[int, Path]:
    """A database in each earlier schema, holding the seed database's rows."""
    work = tmp_path_factory.mktemp("shipped")
    rows = shutil.copy(seed_db, work / "rows.duckdb")  # attached, not the session's open file
    built = {}
    for version, ddl in SHIPPED.items():
        db = work / f"v{version}.duckdb"
        con = duckdb.connect(str(db))
        con.execute(ddl.read_text(encoding="utf-8"))
        con.execute(f"ATTACH '{rows}' AS seed (READ_ONLY)")
        for table in tables_of(con):
            listed = ", ".join(columns_of(con, table))
            con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM seed.{table}")
        if "schema_versions" in tables_of(con):
            # the version that release recorded when it made the database, not the seed's
            con.execute("DELETE FROM schema_versions")
            con.execute("INSERT INTO schema_versions VALUES (?, now(), ?, 'created', ?)",
                        [version, __version__, sha256(ddl)])
        con.execute("DETACH seed")
        con.close()
        built[version] = db
    return built


@pytest.fixture
def shipped(shipped_dbs, tmp_path):
    """A copy of the database of an earlier schema, to open and change: shipped(version) -> path."""
    def copy(version: int) -> Path:
        return Path(shutil.copy(shipped_dbs[version], tmp_path / f"v{version}.duckdb"))
    return copy


# ------------------------------------------------------------------ recording and reading the version


def test_a_new_database_records_its_version(tmp_path):
    con = connect(tmp_path / "new.duckdb")
    rows = con.execute("SELECT version, ldtd_version, change, schema_sha256 FROM schema_versions").fetchall()
    con.close()
    assert rows == [(migrate.SCHEMA_VERSION, __version__, "created", migrate.schema_sha256())]


def test_the_migrations_are_listed_once_each_in_order():
    assert [m.version for m in migrate.MIGRATIONS] == list(range(1, migrate.SCHEMA_VERSION + 1))
    assert EARLIER == list(range(1, migrate.SCHEMA_VERSION)), "freeze each earlier schema in tests/shipped_schemas"


@pytest.mark.parametrize("version", EARLIER)
def test_a_database_made_before_versions_were_recorded_is_known_by_its_shape(shipped_dbs, version):
    con = duckdb.connect(str(shipped_dbs[version]), read_only=True)
    assert migrate.database_schema(con).version == version
    con.close()


@pytest.mark.parametrize("version, pending", [
    (None, []), (1, [2, 3, 4, 5, 6]), (3, [4, 5, 6]), (4, [5, 6]), (5, [6]), (6, []),
])
def test_pending_migrations(version, pending):
    assert [m.version for m in migrate.pending(version)] == pending


# ------------------------------------------------------------------ opening an earlier database


@pytest.mark.parametrize("version", [v for v in EARLIER if v < 4])
def test_extract_stops_on_a_database_whose_rows_must_be_rewritten(shipped, version):
    db = shipped(version)
    before = sha256(db)
    with pytest.raises(StoreError) as refused:
        connect(db)
    message = str(refused.value)
    assert f"schema version {version}" in message and f"writes version {migrate.SCHEMA_VERSION}" in message
    assert f"run `ldtd migrate --db {db}`" in message
    assert sha256(db) == before


def test_extract_applies_an_in_place_migration_with_one_line(shipped, capsys):
    db = shipped(4)
    before, columns = snapshot(db), columns_by_table(db)
    connect(db).close()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and f"schema version 4 -> {migrate.SCHEMA_VERSION}, applied in place" in lines[0]
    # every row kept, in the columns it had (an added column holds its default)
    assert snapshot(db, columns) == before
    con = duckdb.connect(str(db), read_only=True)
    assert migrate.database_schema(con).version == migrate.SCHEMA_VERSION
    con.close()


def test_the_command_line_says_what_to_run(shipped):
    db = shipped(1)
    result = ldtd("extract", str(ROOT / "corpus"), "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and f"ldtd migrate --db {db}" in result.stderr


@pytest.mark.parametrize("version", EARLIER)
def test_ldtd_migrate_keeps_every_row_and_answers_the_readme_questions(shipped, seed_db, tmp_path, version):
    db = shipped(version)
    before, columns = snapshot(db), columns_by_table(db)
    result = ldtd("migrate", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"{db}: schema version {version} -> {migrate.SCHEMA_VERSION}, every row kept:"
    assert [line.split(":")[0].strip() for line in result.stdout.splitlines()[1:]] == [
        str(v) for v in range(version + 1, migrate.SCHEMA_VERSION + 1)]
    after = snapshot(db, columns)
    # every row kept, in the columns it had; schema_versions gains a row for each migration
    assert set(before.get("schema_versions", [])) <= set(after.pop("schema_versions", []))
    assert after == {t: rows for t, rows in before.items() if t != "schema_versions"}
    assert answers(db) == answers(seed_db) and all(answers(db).values())
    fresh = tmp_path / "fresh.duckdb"
    connect(fresh).close()
    assert shape(db) == shape(fresh)
    assert ldtd("migrate", "--db", str(db)).stdout.strip() == f"{db}: schema version {migrate.SCHEMA_VERSION}, up to date"


@pytest.mark.parametrize("version", EARLIER)
def test_dry_run_prints_the_plan_and_changes_nothing(shipped, version):
    db = shipped(version)
    before = sha256(db)
    result = ldtd("migrate", "--db", str(db), "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{db}: schema version {version} -> {migrate.SCHEMA_VERSION}, would apply:"
    assert lines[1:-1] == [f"  {m}" for m in migrate.pending(version)]
    assert lines[-1] == "dry run: nothing was changed"
    assert sha256(db) == before


def test_query_never_migrates(shipped, seed_db):
    db = shipped(1)
    before = sha256(db)
    result = ldtd("query", README_QUERIES["vice_chairs"], "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert sorted(r["name"] for r in json.loads(result.stdout)) == sorted(r[0] for r in answers(seed_db)["vice_chairs"])
    assert sha256(db) == before


# ------------------------------------------------------------------ a database from a newer ldtd


@pytest.fixture
def newer_db(tmp_path) -> Path:
    db = tmp_path / "newer.duckdb"
    con = connect(db)
    con.execute("INSERT INTO schema_versions VALUES (?, now(), '9.0.0', 'a later change', 'x')",
                [migrate.SCHEMA_VERSION + 1])
    con.close()
    return db


@pytest.mark.parametrize("command", [
    ["extract", str(ROOT / "corpus" / "004_7a415c0f50889d5d.txt")],
    ["query", "SELECT count(*) FROM articles"],
    ["migrate"],
    ["migrate", "--dry-run"],
    ["stats"],
    ["show", "abc"],
])
def test_a_database_from_a_newer_ldtd_is_refused_untouched(newer_db, command):
    before = sha256(newer_db)
    result = ldtd(*command, "--db", str(newer_db))
    assert result.returncode == 1
    assert result.stderr.startswith(f"ldtd: error: {newer_db} has schema version {migrate.SCHEMA_VERSION + 1}, "
                                    "from a newer ldtd")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert sha256(newer_db) == before and not Path(f"{newer_db}.wal").exists()


# ------------------------------------------------------------------ migrations to come


@pytest.mark.parametrize("statements, applied", [
    # The case: a figures table without a column the code writes.
    (("ALTER TABLE figures ADD COLUMN in_name BOOLEAN DEFAULT FALSE",
      "ALTER TABLE figures ALTER COLUMN in_name SET NOT NULL"), True),
    # A statement that fails half-way: nothing is kept, not even the statements before it.
    (("ALTER TABLE figures ADD COLUMN in_name BOOLEAN",
      "ALTER TABLE figures ALTER COLUMN in_name SET NOT NULL"), False),
    # A migration that would lose rows is rolled back.
    (("ALTER TABLE figures ADD COLUMN in_name BOOLEAN DEFAULT FALSE", "DELETE FROM runs"), False),
])
def test_an_added_column_is_applied_in_place_in_one_transaction(seed_db, tmp_path, monkeypatch, capsys,
                                                               statements, applied):
    db = Path(shutil.copy(seed_db, tmp_path / "old.duckdb"))
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE figures DROP COLUMN in_name")
    con.close()
    before = snapshot(db)
    later = migrate.Migration(migrate.SCHEMA_VERSION + 1, "figures.in_name", sql=statements)
    monkeypatch.setattr(migrate, "MIGRATIONS", (*migrate.MIGRATIONS, later))
    monkeypatch.setattr(migrate, "SCHEMA_VERSION", later.version)
    if applied:
        connect(db).close()
        assert f"-> {later.version}, applied in place: {later}" in capsys.readouterr().err
        after = snapshot(db)
        assert len(after["figures"]) == len(before["figures"])
        assert {row[-1] for row in after["figures"]} == {False}
    else:
        with pytest.raises(StoreError):
            connect(db).close()
        assert snapshot(db) == before


def test_a_changed_schema_sql_is_applied_again_without_a_new_version(tmp_path, monkeypatch):
    db = tmp_path / "d.duckdb"
    connect(db).close()
    changed = migrate.schema_sql().replace("-- the headline as written", "-- the headline, as the page shows it")
    monkeypatch.setattr(migrate, "schema_sql", lambda: changed)
    con = connect(db)
    comment = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'related_links' "
                          "AND column_name = 'title'").fetchone()[0]
    versions = con.execute("SELECT version, change FROM schema_versions ORDER BY applied_at").fetchall()
    con.close()
    assert comment == "the headline, as the page shows it"
    assert [v for v, _ in versions] == [migrate.SCHEMA_VERSION] * 2 and versions[1][1].startswith("schema.sql changed")


# ------------------------------------------------------------------ the schema documents itself


def test_every_table_view_and_column_has_a_description(tmp_path):
    con = connect(tmp_path / "d.duckdb")
    here = "database_name = current_database()"
    bare = con.execute(
        f"SELECT table_name FROM duckdb_tables() WHERE {here} AND coalesce(comment, '') = '' "
        f"UNION ALL SELECT view_name FROM duckdb_views() WHERE {here} AND NOT internal AND coalesce(comment, '') = '' "
        f"UNION ALL SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE {here} "
        "AND coalesce(comment, '') = ''").fetchall()
    con.close()
    assert bare == []


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_the_contract_names_are_kept(tmp_path, table):
    con = connect(tmp_path / "d.duckdb")
    assert set(CONTRACT_COLUMNS[table].split()) <= set(columns_of(con, table))
    con.close()


@pytest.mark.parametrize("sql, expected", [
    ("-- Runs.\nCREATE TABLE IF NOT EXISTS runs (\n    run_id VARCHAR,  -- the id\n);",
     [("TABLE", "runs", None, "Runs."), ("TABLE", "runs", "run_id", "the id")]),
    # A column's description goes on over comment-only lines; a table's over several lines above it.
    ("-- One\n-- table.\nCREATE TABLE IF NOT EXISTS t (\n    a INTEGER,  -- first\n"
     "                -- and more\n    b VARCHAR   -- second\n);",
     [("TABLE", "t", None, "One table."), ("TABLE", "t", "a", "first and more"), ("TABLE", "t", "b", "second")]),
    # A blank line ends a comment block: a section heading is no description.
    ("-- ----- views\n\n-- People.\n--   person_id: the person\nCREATE OR REPLACE VIEW persons AS\nSELECT 1 AS person_id;",
     [("VIEW", "persons", None, "People."), ("VIEW", "persons", "person_id", "the person")]),
])
def test_descriptions_are_read_from_the_comments_of_schema_sql(sql, expected):
    assert [(d.kind, d.table, d.column, d.text) for d in migrate.schema_descriptions(sql)] == expected
