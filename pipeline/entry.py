"""The `ldtd` entry point: `ldtd query` and `ldtd check` take light fronts, every other command the typer app."""
import sys

# Ctrl-C's exit status (128 + SIGINT), as shells give it.
INTERRUPTED = 130
INTERRUPTED_LINE = ("ldtd: interrupted. What was reported done is stored; run the same command again "
                    "to go on (it skips what is stored).")


def main() -> None:
    if sys.argv[1:2] == ["query"] and not {"-h", "--help"} & set(sys.argv[2:]):
        from pipeline.query_cli import main as query_main

        sys.exit(query_main(sys.argv[2:]))
    if "check" in sys.argv[1:3]:
        from pipeline.check_cli import main as check_main

        status = check_main(sys.argv[1:])
        if status is not None:
            exit_at_once(status)
    from pipeline.cli import main as cli_main

    cli_main()


def exit_at_once(status: int) -> None:
    """End the process once its output is out, without the interpreter's teardown: freeing what
    a check loaded (the segmenter's tables, the lexicons, pydantic's schemas) took a tenth of
    the second a cold `ldtd check` has, and nothing of it is written anywhere."""
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass  # the reader has gone (`| head`) or the stream is closed: nothing more to deliver
    os._exit(status)


def error_line(exc: Exception) -> str:
    """The one line a fatal error gets on stderr (a traceback only with --debug)."""
    from pipeline.store import StoreError

    if isinstance(exc, (StoreError, FileNotFoundError, ValueError)):
        return f"ldtd: error: {exc}"
    return f"ldtd: error: {type(exc).__name__}: {exc} (run with --debug for details)"
