"""Baseline for figures: every run of digits is a count, its value read the English way.

This is what a regex written in five minutes does: `14.791` becomes 14.791, `2,9` becomes 29,
dates and document numbers become figures. `make eval` prints its scores beside the extractor's
so that the extractor's gain is measured, not assumed.
"""
from __future__ import annotations

import re

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def naive_value(raw: str) -> float:
    """`1,234.5` -> 1234.5: commas are thousands separators, the dot is the decimal mark."""
    cleaned = raw.replace(",", "")
    if cleaned.count(".") > 1:
        whole, _, fraction = cleaned.rpartition(".")
        cleaned = whole.replace(".", "") + "." + fraction
    return float(cleaned)


def digit_regex_figures(text: str) -> list[dict]:
    """One `count` row per run of digits in `text`, with the key columns of the figures gold."""
    return [
        {"surface": m.group(), "value": naive_value(m.group()), "kind": "count"}
        for m in NUMBER.finditer(text)
    ]
