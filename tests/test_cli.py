"""The `ldtd` command line as a user runs it: exit codes, read-only queries, light start-up."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def ldtd(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_query_kinds(seed_db):
    result = ldtd("query", "SELECT kind, count(*) AS n FROM articles GROUP BY kind ORDER BY kind", "--db", str(seed_db), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"kind": "article", "n": 5}, {"kind": "teaser", "n": 68}]


@pytest.mark.parametrize("statement", [
    "DELETE FROM articles",
    "DROP TABLE articles",
    "UPDATE articles SET title = 'x'",
    "INSERT INTO runs (run_id, started_at, version) VALUES ('x', now(), 'x')",
    "CREATE TABLE evil AS SELECT 1",
])
def test_query_refuses_to_change_the_database(seed_db, statement):
    result = ldtd("query", statement, "--db", str(seed_db))
    assert result.returncode == 1
    assert "read-only" in result.stderr and "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    check = ldtd("query", "SELECT count(*) AS n FROM articles", "--db", str(seed_db), "--format", "csv")
    assert check.stdout.splitlines() == ["n", "73"]


def test_query_csv_and_parquet(seed_db, tmp_path):
    out = tmp_path / "a.parquet"
    result = ldtd("query", "SELECT article_id, title FROM articles WHERE kind = 'article'", "--db", str(seed_db),
                  "--format", "parquet", "--out", str(out))
    assert result.returncode == 0 and out.exists() and "5 rows" in result.stdout
    csv_out = ldtd("query", "SELECT outlet FROM articles WHERE kind = 'article' ORDER BY outlet", "--db", str(seed_db), "-f", "csv")
    assert csv_out.stdout.splitlines() == ["outlet", "LĐTĐ", "LĐTĐ", "LĐTĐ", "LĐTĐ", "NBCN"]


def test_bad_sql_and_missing_db_are_one_line_errors(seed_db, tmp_path):
    bad = ldtd("query", "SELEC nonsense", "--db", str(seed_db))
    assert bad.returncode == 1 and bad.stderr.startswith("ldtd: error: query failed") and len(bad.stderr.splitlines()) == 1
    missing = ldtd("query", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 1 and "run `ldtd extract` first" in missing.stderr


def test_usage_error_exits_2():
    assert ldtd("query").returncode == 2
    assert ldtd("extract", "--workers", "x").returncode == 2
    assert ldtd("no-such-command").returncode == 2
    # Through the full front (a global option before the command): a status the command
    # returns must reach the shell, not become 0.
    parquet_without_out = ldtd("--debug", "query", "SELECT 1", "--format", "parquet")
    assert parquet_without_out.returncode == 2 and "needs --out" in parquet_without_out.stderr


def test_missing_input_path_is_fatal(tmp_path):
    result = ldtd("extract", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 1 and "no such file or folder" in result.stderr


def test_query_does_not_import_the_nlp_stack(seed_db):
    code = (
        "import sys\n"
        f"sys.argv = ['ldtd', 'query', 'SELECT 1', '--db', {str(seed_db)!r}]\n"
        "from pipeline.entry import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('underthesea', 'spacy', 'bs4', 'pipeline.tokenise', 'pipeline.process') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr


@pytest.mark.parametrize("argv", [
    ["Có 363 thí sinh"], ["Có 363 thí sinh", "--json"], ["--json", "Có 363 thí sinh", "--db", "x.duckdb"],
    ["--db=x.duckdb", "Có 363 thí sinh"], ["--file", "draft.txt"], ["--file=-", "--json"], ["--file", "-"],
    ["Có 363 thí sinh", "--db", "a.duckdb", "--db", "b.duckdb"],
    # typer's to answer: help, usage errors, unknown options, values that look like options
    [], ["--help"], ["a", "b"], ["a", "--file", "x"], ["--db"], ["--file", "--json"], ["--json=1", "a"],
    ["--", "-5 người"], ["-5 người"], ["a", "--debug"],
])
def test_check_front_reads_the_command_line_as_typer_does(monkeypatch, argv):
    """`ldtd check` is parsed without typer (pipeline/check_cli.py) when it is one of the usual
    invocations; then it must mean what typer would make of it, and anything else is typer's."""
    from typer.testing import CliRunner

    import pipeline.check_cli as check_cli
    from pipeline.cli import app

    through_typer = []
    monkeypatch.setattr(check_cli, "run", lambda *args: through_typer.append(check_cli.CheckArgs(*args)))
    CliRunner().invoke(app, ["check", *argv])
    front = check_cli.parse(argv)
    if front is not None:
        assert through_typer == [front]


def test_check_does_not_import_typer(seed_db):
    """Nor DuckDB: a child process (pipeline.forked) imports it and reads the store while this
    one loads the extractors."""
    code = (
        "import sys\n"
        "from pipeline.check_cli import main\n"
        f"print(main(['check', 'Có 363 thí sinh', '--db', {str(seed_db)!r}, '--json']))\n"
        "print(sorted(m for m in ('typer', 'click', 'spacy', 'underthesea', 'duckdb') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip().splitlines()[-2:] == ["0", "[]"], result.stdout + result.stderr
    assert '"verdict": "supported"' in result.stdout


def test_stats_lists_tables_and_runs(seed_db):
    result = ldtd("stats", "--db", str(seed_db))
    assert result.returncode == 0
    assert "articles" in result.stdout and "last runs" in result.stdout and "quarantined inputs" in result.stdout


def test_extract_prints_one_summary_line(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "empty.txt").write_text("")
    result = ldtd("extract", str(inbox), "--db", str(tmp_path / "e.duckdb"))
    assert result.returncode == 0  # quarantined inputs are listed, not fatal
    assert result.stdout.count("\n") == 1 and "1 quarantined" in result.stdout
    assert " with 1 worker (" in result.stdout  # one file: no second worker to start
    assert "empty.txt" in result.stderr and "empty file" in result.stderr


def test_extract_uses_every_core_unless_told(tmp_path):
    """Analysts expect a batch to use the machine: one worker per core (at most 8), but no more
    workers than there are files."""
    import os

    n_files = len(list((ROOT / "corpus").glob("*.txt")))
    expected = min(len(os.sched_getaffinity(0)), 8, n_files)
    default = ldtd("extract", str(ROOT / "corpus"), "--db", str(tmp_path / "default.duckdb"))
    assert default.returncode == 0, default.stderr
    assert f" with {expected} worker{'s' if expected > 1 else ''} (" in default.stdout
    one = ldtd("extract", str(ROOT / "corpus"), "--db", str(tmp_path / "one.duckdb"), "--workers", "1")
    assert one.returncode == 0 and " with 1 worker (" in one.stdout


def test_show_marks_the_facts_of_an_article(seed_db, tmp_path, db_con):
    article_id = db_con.execute(
        "SELECT article_id FROM articles WHERE kind = 'article' AND outlet = 'NBCN'").fetchone()[0]
    result = ldtd("show", article_id[:8], "--db", str(seed_db))
    assert result.returncode == 0, result.stderr
    assert "Nguyễn Đình Khang" in result.stdout and "OFFICIAL" in result.stdout and "DATE" in result.stdout
    page = tmp_path / "a.html"
    result = ldtd("show", article_id, "--db", str(seed_db), "--html", str(page))
    assert result.returncode == 0 and page.exists()
    html = page.read_text(encoding="utf-8")
    assert "27.12.2019" in html and "DATE" in html and "Liên đoàn Lao động Hà Nội" in html


def test_show_unknown_article_is_a_clear_error(seed_db):
    result = ldtd("show", "zzz-no-such", "--db", str(seed_db))
    assert result.returncode == 1 and "no article" in result.stderr and "Traceback" not in result.stderr
