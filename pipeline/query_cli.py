"""`ldtd query`: SQL on a read-only connection, printed as a table, CSV, JSON or Parquet.

It has its own small argparse front so that it starts about as fast as DuckDB itself: no typer,
no rich, no pydantic, and never underthesea or spaCy. `pipeline.cli` routes `ldtd query` here.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.store import DEFAULT_DB, StoreError, export_csv, export_parquet, run_query

FORMATS = ("table", "csv", "json", "parquet")


def plain(value: Any) -> Any:
    """A value as JSON can hold it, written as DuckDB's JSON writer writes it (`2023-09-30 08:00:00`)."""
    if isinstance(value, (datetime, date, time)):
        return str(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _width(text: str) -> int:
    # Combining marks take no column; wide (CJK) characters take two.
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    text = json.dumps(plain(value), ensure_ascii=False) if isinstance(value, (list, tuple)) else str(plain(value))
    return text.replace("\n", "⏎")


def write_table(columns: list[str], rows: list[tuple], stream, max_cell: int = 80) -> None:
    cells = [[_cell(v) for v in row] for row in rows]
    cells = [[c if len(c) <= max_cell else c[: max_cell - 1] + "…" for c in row] for row in cells]
    widths = [max([_width(col)] + [_width(row[i]) for row in cells]) for i, col in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "│ " + " │ ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)) + " │"

    rule = lambda left, mid, right: left + mid.join("─" * (w + 2) for w in widths) + right  # noqa: E731
    print(rule("┌", "┬", "┐"), line(columns), rule("├", "┼", "┤"), sep="\n", file=stream)
    for row in cells:
        print(line(row), file=stream)
    print(rule("└", "┴", "┘"), file=stream)
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=stream)


def write_rows(columns: list[str], rows: list[tuple], fmt: str, stream) -> None:
    """Rows as a table or JSON (CSV is DuckDB's own writer: `query_command`)."""
    if fmt == "json":
        json.dump([dict(zip(columns, map(plain, row))) for row in rows], stream, ensure_ascii=False, indent=1,
                  default=str)
        stream.write("\n")
    else:
        write_table(columns, rows, stream)


def query_command(sql: str, db: Path, fmt: str = "table", out: Path | None = None) -> int:
    """Run one query and print or write its result; returns the exit status."""
    if fmt == "parquet":
        if out is None:
            print("ldtd: error: --format parquet needs --out FILE", file=sys.stderr)
            return 2
        print(f"{export_parquet(db, sql, out)} rows -> {out}")
        return 0
    if fmt == "csv":
        # DuckDB's own CSV writer, so that other tools read values as DuckDB writes them.
        if out is not None:
            export_csv(db, sql, out)
            return 0
        with tempfile.TemporaryDirectory(prefix="ldtd-query-") as folder:
            written = Path(folder) / "result.csv"
            export_csv(db, sql, written)
            sys.stdout.write(written.read_text(encoding="utf-8"))
        return 0
    columns, rows = run_query(db, sql)
    if out is None:
        write_rows(columns, rows, fmt, sys.stdout)
    else:
        with out.open("w", encoding="utf-8", newline="") as stream:
            write_rows(columns, rows, fmt, stream)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="ldtd query", description="Run SQL read-only: the database is never changed.")
    parser.add_argument("sql", help="SQL to run (read-only)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"DuckDB file (default {DEFAULT_DB})")
    parser.add_argument("--format", "-f", dest="fmt", choices=FORMATS, default="table")
    parser.add_argument("--out", "-o", type=Path, default=None, help="write to this file instead of stdout")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    args = parser.parse_args(argv)
    try:
        return query_command(args.sql, args.db, args.fmt, args.out)
    except (StoreError, OSError) as exc:
        if args.debug:
            raise
        print(f"ldtd: error: {exc}", file=sys.stderr)
        return 1
