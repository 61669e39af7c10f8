"""The version of the extraction code: the release plus a fingerprint of code and lexicons.

Stored with every article, so a re-run after any change to the rules re-extracts, and a re-run
with the same code skips what it has already done.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from pipeline import __version__


# Files that do not change what is extracted: editing them must not force a re-extraction. The
# rows' fields are schemas/models.py; schema.sql (tables, views, descriptions) reaches a stored
# database through its schema version and pipeline/migrate.py, keeping the rows.
_NOT_EXTRACTION = {"cli.py", "check_cli.py", "store.py", "runner.py", "evaluate.py", "bench.py", "check.py", "show.py",
                   "version.py", "migrate.py", "schema.sql", "cluster.py", "partitions.py", "load.py"}


@cache
def pipeline_version() -> str:
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    files = sorted(
        p for folder in (root, root.parent / "schemas")
        for p in folder.rglob("*") if p.suffix in (".py", ".toml", ".sql") and "__pycache__" not in p.parts
        and p.name not in _NOT_EXTRACTION and "baselines" not in p.parts
    )
    for path in files:
        digest.update(path.relative_to(root.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"
