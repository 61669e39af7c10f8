"""The `ldtd` command line: extract, query, check, show, serve, stats, migrate (and `python -m pipeline`).

underthesea and spaCy are imported only inside the commands that tokenise; `ldtd query` does not
even come here (see pipeline/entry.py) so that it starts about as fast as DuckDB itself.
Exit status: 0 success (quarantined inputs are listed, not fatal), 1 a fatal error with a
one-line message (a traceback only with --debug), 2 a usage error, 130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from pipeline.entry import INTERRUPTED, INTERRUPTED_LINE, error_line
from pipeline.store import DEFAULT_DB

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="ldtd: facts from crawled Lao Động Thủ đô articles, stored in DuckDB.",
    pretty_exceptions_enable=False,
)
_state = {"debug": False}

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB file.", show_default=True)


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


@app.callback()
def _global(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    _state["debug"] = debug


@app.command()
def extract(
    paths: Optional[List[Path]] = typer.Argument(None, help="Files or folders (default: corpus/)."),
    db: Path = DbOption,
    workers: Optional[int] = typer.Option(
        None, "--workers", "-j", min=0, show_default=False,
        help="Worker processes (default: one per core, at most 8, and no more than the files; 0: one per core)."),
    manifest: Optional[Path] = typer.Option(None, "--manifest", help="CSV/JSONL: path,url,published_at,crawled_at."),
    max_mb: float = typer.Option(10.0, "--max-mb", help="Largest single page to accept, in MB."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="One line per input on stderr."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Run on Dask: a scheduler's address (tcp://HOST:8786) or local:N (N local workers)."),
    out: Optional[str] = typer.Option(
        None, "--out", help="With --scheduler: write Parquet partitions here (folder or fsspec URL) for `ldtd load`, "
                            "instead of the database."),
    partition_size: Optional[int] = typer.Option(
        None, "--partition-size", min=1, show_default=False,
        help="With --scheduler: inputs per partition (default 32; hundreds for millions of pages)."),
) -> None:
    """Ingest, clean, tokenise and extract files into the database."""
    from pipeline.ingest import cpu_count
    from pipeline.runner import default_workers, run_batch

    inputs = list(paths or [Path("corpus")])
    if out is not None and scheduler is None:
        raise typer.BadParameter("--out needs --scheduler (a local run writes the database directly)", param_hint="--out")
    expected = _expected_inputs(inputs)
    if scheduler is not None:
        _extract_on_cluster(inputs, scheduler, db, out, manifest, max_mb, partition_size, verbose, expected)
        return
    if workers is None:
        # A worker more than there are files would only load its models.
        workers = min(default_workers(), expected or default_workers())
    elif workers == 0:
        workers = cpu_count()
    progress_cb, finish = _progress(verbose, expected)
    try:
        report = run_batch(inputs, db, workers=workers, manifest_path=manifest, max_mb=max_mb,
                           args=" ".join(sys.argv[1:]), on_progress=progress_cb)
    finally:
        finish()
    for path, stage, error in report.quarantined:
        typer.echo(f"quarantined: {path} [{stage}] {error}", err=True)
    typer.echo(report.summary_line(db))


def _extract_on_cluster(inputs: list[Path], scheduler: str, db: Path, out: str | None, manifest: Path | None,
                        max_mb: float, partition_size: int | None, verbose: bool, expected: int | None) -> None:
    from pipeline.cluster import DEFAULT_PARTITION_INPUTS, ClusterError, check_scheduler, run_on_cluster

    try:
        check_scheduler(scheduler)
    except ClusterError as exc:
        raise typer.BadParameter(str(exc), param_hint="--scheduler") from None
    progress_cb, finish = _progress(verbose, expected)
    try:
        report = run_on_cluster(inputs, scheduler, db, out=out, manifest_path=manifest, max_mb=max_mb,
                                partition_size=partition_size or DEFAULT_PARTITION_INPUTS,
                                args=" ".join(sys.argv[1:]), on_progress=progress_cb)
    finally:
        finish()
    for path, stage, error in report.quarantined:
        typer.echo(f"quarantined: {path} [{stage}] {error}", err=True)
    if out is None:
        typer.echo(report.summary_line(db))
    else:
        c = report.counts
        typer.echo(f"extract: {c.n_input} inputs: {report.n_written} written, {c.n_unchanged} unchanged, "
                   f"{c.n_known_bad} known bad; {report.seconds:.1f}s with {report.workers} workers -> {out} "
                   f"(`ldtd load {out} --db FILE` stores them)")


@app.command()
def load(
    out: str = typer.Argument(..., help="Folder (or fsspec URL) of Parquet partitions from `extract --scheduler --out`."),
    db: Path = DbOption,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="One line per input on stderr."),
) -> None:
    """Merge Parquet partitions into the database, as `ldtd extract` would store their inputs."""
    from pipeline.load import load_partitions

    progress_cb, finish = _progress(verbose)
    try:
        report = load_partitions(out, db, args=" ".join(sys.argv[1:]), on_progress=progress_cb)
    finally:
        finish()
    for path, stage, error in report.quarantined:
        typer.echo(f"quarantined: {path} [{stage}] {error}", err=True)
    typer.echo(report.summary_line(db).replace("extract:", "load:", 1))


def _expected_inputs(inputs: list[Path]) -> int | None:
    """How many inputs the bar should expect: the files, unless JSONL lines make it unknowable."""
    from pipeline.ingest import RECORD_SUFFIXES, find_input_files

    count = 0
    try:
        for found in find_input_files(inputs):  # counted, not kept: a crawl may hold millions
            if found.suffix.lower() in RECORD_SUFFIXES:
                return None
            count += 1
    except FileNotFoundError:
        return None  # run_batch reports the missing path
    return count


def _progress(verbose: bool, total: int | None = None):
    """A progress bar on a terminal; one line per input with --verbose; nothing otherwise."""
    if verbose:
        def line(path: str, status: str) -> None:
            typer.echo(f"{status}: {path}", err=True)
        return line, lambda: None
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[last]}"), TimeElapsedColumn(), transient=True)
    task = bar.add_task("extract", total=total, last="")
    bar.start()

    def advance(path: str, status: str) -> None:
        bar.update(task, advance=1, last=f"{status}: {Path(path).name[:40]}")

    return advance, bar.stop


@app.command()
def query(
    sql: str = typer.Argument(..., help="SQL to run (read-only)."),
    db: Path = DbOption,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output format."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Run SQL read-only: the database is never changed."""
    from pipeline.query_cli import query_command

    raise typer.Exit(query_command(sql, db, fmt.value, out))


@app.command()
def stats(db: Path = DbOption) -> None:
    """Counts per table, the last runs, quarantined inputs."""
    from pipeline.query_cli import write_rows
    from pipeline.store import recent, table_counts

    write_rows(["table", "rows"], table_counts(db), "table", sys.stdout)
    columns, rows = recent(
        db, "SELECT run_id, started_at, finished_at, version, n_input, n_new, n_changed, n_unchanged, "
            "n_quarantined, n_teasers FROM runs ORDER BY started_at DESC LIMIT 5")
    typer.echo("last runs:")
    write_rows(columns, rows, "table", sys.stdout)
    columns, rows = recent(db, "SELECT source_path, stage, error FROM quarantine ORDER BY quarantined_at DESC LIMIT 20")
    typer.echo("quarantined inputs:")
    write_rows(columns, rows, "table", sys.stdout)


@app.command()
def check(
    claim: Optional[str] = typer.Argument(None, help="A sentence with the figure(s) to check."),
    file: Optional[str] = typer.Option(None, "--file", help="Check every sentence of this draft (- for stdin)."),
    db: Path = DbOption,
    as_json: bool = typer.Option(False, "--json", help="The same answer as JSON."),
) -> None:
    """Fact-check a claim or a draft: each figure is supported, differs, or not found in the corpus."""
    if (claim is None) == (file is None):
        raise typer.BadParameter("give either a claim or --file DRAFT (- for stdin), not both", param_hint="CLAIM")
    from pipeline.check_cli import run

    run(claim, file, db, as_json)


@app.command()
def show(
    article_id: str = typer.Argument(..., help="An article id (or its unique beginning)."),
    db: Path = DbOption,
    html: Optional[Path] = typer.Option(None, "--html", help="Write a displaCy HTML page here."),
) -> None:
    """The cleaned article with every extracted fact marked."""
    from rich.console import Console

    from pipeline.show import render_html, render_terminal
    from pipeline.store import article_with_facts

    article, facts = article_with_facts(db, article_id)
    if html:
        render_html(article, facts, html)
        typer.echo(f"{len(facts)} facts -> {html}")
    else:
        render_terminal(article, facts, Console())


@app.command()
def serve(
    db: Path = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback only unless set)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """A local web application (check, article, search, person, conflicts, campaigns), read-only."""
    from pipeline.serve import serve as run_server

    run_server(db, host, port)


@app.command()
def migrate(
    db: Path = DbOption,
    dry_run: bool = typer.Option(False, "--dry-run", help="Print what it would do; change nothing."),
) -> None:
    """Bring a database made by an earlier ldtd to this schema version, keeping every row."""
    from pipeline.migrate import SCHEMA_VERSION
    from pipeline.store import migrate_database

    version, migrations = migrate_database(db, dry_run=dry_run)
    if version is None:
        typer.echo(f"{db}: no ldtd tables yet; nothing to migrate (`ldtd extract` creates them)")
        return
    if not migrations:
        typer.echo(f"{db}: schema version {version}, up to date")
        return
    typer.echo(f"{db}: schema version {version} -> {SCHEMA_VERSION}"
               + (", would apply:" if dry_run else ", every row kept:"))
    for migration in migrations:
        typer.echo(f"  {migration}")
    if dry_run:
        typer.echo("dry run: nothing was changed")


def main() -> None:
    """Entry point: map known errors to a one-line message and exit status 1."""
    debug = "--debug" in sys.argv
    try:
        # Outside standalone mode typer returns a command's `typer.Exit` status, and Ctrl-C as 130,
        # instead of raising them.
        status = app(standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        status = INTERRUPTED
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 — the CLI boundary turns errors into one line
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            # A usage error from the command-line parser (click, possibly typer's own copy): exit 2.
            exc.show()
            sys.exit(exc.exit_code)
        if debug:
            raise
        typer.echo(error_line(exc), err=True)
        sys.exit(1)
    if status == INTERRUPTED:
        typer.echo(INTERRUPTED_LINE, err=True)
    sys.exit(status if isinstance(status, int) else 0)
