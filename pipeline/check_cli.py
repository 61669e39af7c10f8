"""`ldtd check`'s light front: a claim or a draft is read from the command line without typer.

A cold `ldtd check` must answer within a second, and typer (its click, its adapters, its
parameter types) took a sixth of that before the claim was read. So the usual invocations
(`check CLAIM`, `check --file DRAFT`, with `--db FILE`, `--json`, and the global `--debug`
before `check`) are parsed here, and answered by the same code as `pipeline.cli`'s `check`
command; anything else (`--help`, a usage error, an option this front does not know) goes to the
typer app, which answers it as before.
"""
from __future__ import annotations

import gc
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import NamedTuple


class CheckArgs(NamedTuple):
    claim: str | None
    file: str | None
    db: Path
    as_json: bool


def parse(args: list[str]) -> CheckArgs | None:
    """The arguments after `check`, as typer would read them; None for anything typer must
    answer (help, a usage error, an unknown option, a value that looks like an option)."""
    from pipeline import DEFAULT_DB

    claim = file = db = None
    as_json = False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--json":
            as_json = True
            continue
        name, equals, value = arg.partition("=")
        if name in ("--db", "--file"):
            if not equals:
                if not rest:
                    return None
                value = rest.pop(0)
            if value.startswith("-") and value != "-":
                return None
            if name == "--db":
                db = Path(value)
            else:
                file = value
        elif arg.startswith("-") or claim is not None:
            return None
        else:
            claim = arg
    if (claim is None) == (file is None):
        return None  # typer's message says what to give
    return CheckArgs(claim, file, db if db is not None else DEFAULT_DB, as_json)


def run(claim: str | None, file: str | None, db: Path, as_json: bool) -> None:
    """Check the claim or the draft in `file` (- for stdin) and print the answer."""
    from pipeline.check import check_claim, check_text, open_for_queries, read_draft, render, render_draft
    from pipeline.forked import ForkedCalls

    # A child process imports DuckDB, opens the store and splits the claim into words while this
    # one loads the extractors (where processes fork; elsewhere the check does all of it here).
    with ForkedCalls(open_for_queries, db) if hasattr(os, "fork") else nullcontext() as queries:
        if file is not None:
            report = check_text(read_draft(file), db, queries=queries)
        else:
            report = check_claim(claim, db, queries=queries)
    if as_json:
        import json

        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1, default=str))
        return
    from rich.console import Console

    if file is not None:
        render_draft(report, Console(highlight=False), "stdin" if file == "-" else file)
    else:
        render(report, Console(highlight=False))


def main(argv: list[str]) -> int | None:
    """`ldtd [--debug] check ...`: its exit status, or None when the typer app must answer."""
    from pipeline.entry import INTERRUPTED, INTERRUPTED_LINE, error_line

    debug = argv[:1] == ["--debug"]
    if argv[debug:debug + 1] != ["check"]:
        return None
    args = parse(argv[debug + 1:])
    if args is None:
        return None
    # One short process: the cyclic garbage collector would only slow it down, walking the
    # segmenter's tables and the compiled patterns again and again while they load; the little
    # it could reclaim is freed when the process ends.
    gc.disable()
    try:
        run(*args)
    except KeyboardInterrupt:
        print(INTERRUPTED_LINE, file=sys.stderr)
        return INTERRUPTED
    except Exception as exc:  # noqa: BLE001 — the CLI boundary turns errors into one line
        if debug:
            raise
        print(error_line(exc), file=sys.stderr)
        return 1
    return 0
