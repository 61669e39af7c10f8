"""`python -m pipeline` is the `ldtd` command."""
from pipeline.cli import main

main()
