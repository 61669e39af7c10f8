"""`ldtd query --format csv|json` writes values as DuckDB itself does, for the tools that read them."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def query(db, sql: str, fmt: str) -> str:
    run = subprocess.run([sys.executable, "-m", "pipeline", "query", sql, "--db", str(db), "--format", fmt],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.mark.parametrize("sql, lines", [
    ("SELECT true AS yes, false AS no", ["yes,no", "true,false"]),
    ("SELECT ['Đợt', 'thi đua'] AS words", ["words", '"[Đợt, thi đua]"']),
    ("SELECT NULL AS nothing, 1.50::DECIMAL(4, 2) AS d", ["nothing,d", ",1.50"]),
    ("SELECT TIMESTAMP '2023-09-30 08:00:00' AS t, DATE '2023-09-30' AS d", ["t,d", "2023-09-30 08:00:00,2023-09-30"]),
    ("SELECT 'a,\"b' AS s", ["s", '"a,""b"']),
    ("SELECT kind = 'article' AS is_article, count(*) AS n FROM articles GROUP BY ALL ORDER BY ALL",
     ["is_article,n", "false,68", "true,5"]),
])
def test_csv_is_duckdb_csv(seed_db, sql, lines):
    assert query(seed_db, sql, "csv").splitlines() == lines


@pytest.mark.parametrize("sql, rows", [
    ("SELECT true AS yes, ['Đợt', 'thi đua'] AS words, NULL AS nothing",
     [{"yes": True, "words": ["Đợt", "thi đua"], "nothing": None}]),
    ("SELECT TIMESTAMP '2023-09-30 08:00:00' AS t, {'x': [1, 2]} AS s, 1.50::DECIMAL(4, 2) AS d",
     [{"t": "2023-09-30 08:00:00", "s": {"x": [1, 2]}, "d": 1.5}]),
    ("SELECT gen_random_uuid() IS NOT NULL AS u, uuid '00000000-0000-0000-0000-000000000001' AS id",
     [{"u": True, "id": "00000000-0000-0000-0000-000000000001"}]),
])
def test_json_holds_booleans_lists_and_nested_values(seed_db, sql, rows):
    assert json.loads(query(seed_db, sql, "json")) == rows
