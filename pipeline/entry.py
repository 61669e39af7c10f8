"""The `ldtd` entry point: `ldtd query` takes its light front, every other command the typer app."""
import sys


def main() -> None:
    if sys.argv[1:2] == ["query"] and not {"-h", "--help"} & set(sys.argv[2:]):
        from pipeline.query_cli import main as query_main

        sys.exit(query_main(sys.argv[2:]))
    from pipeline.cli import main as cli_main

    cli_main()
