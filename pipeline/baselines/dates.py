"""Baseline for dates: `dateparser`'s search over the article text, Vietnamese settings.

Each expression dateparser finds becomes one `date` row whose start and end are the day it
parsed (no ranges, terms or granularity). Its relative base is pinned to 2000-01-01 so the
score does not change with the day it is run: missing parts are filled from that date (or from
the date parsed just before, as dateparser's search does), never from the clock.
"""
from __future__ import annotations

from datetime import datetime

PINNED_BASE = datetime(2000, 1, 1)


def dateparser_dates(text: str) -> list[dict]:
    """One row per expression `dateparser.search.search_dates(text, languages=['vi'])` finds."""
    from dateparser.search import search_dates

    found = search_dates(text, languages=["vi"], settings={"RELATIVE_BASE": PINNED_BASE}) or []
    return [
        {
            "surface": surface,
            "kind": "date",
            "start_date": moment.date(),
            "end_date": moment.date(),
            "granularity": "day",
            "year_inferred": False,
            "calendar": "gregorian",
        }
        for surface, moment in found
    ]
