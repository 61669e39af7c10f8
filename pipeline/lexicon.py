"""Loads the lexicon files under pipeline/lexicons/ once per process.

Rules are data: titles, units, qualifiers, boilerplate markers and abbreviations live in small
TOML files so that adding a word never means touching code.
"""
from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    """The parsed `pipeline/lexicons/<name>.toml` (cached: parsed once per process)."""
    raw = files("pipeline").joinpath("lexicons", f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(unicodedata.normalize("NFC", raw))
