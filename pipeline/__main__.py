"""`python -m pipeline` is the `ldtd` command."""
from pipeline.entry import main

main()
