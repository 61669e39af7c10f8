"""What each page of `ldtd serve` shows, read from the database: plain data for the templates.

Every function takes a read-only connection (`pipeline.store.reader`) and returns dicts and
lists; none writes HTML (the templates escape every text) and none checks claims (that is
`pipeline.check`, the engine `ldtd check` uses).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pipeline.show import non_overlapping
from pipeline.textnorm import strip_tones

# Rows a list page shows at most (the page says when there were more).
SEARCH_LIMIT = 100
CONFLICT_LIMIT = 200
TIMELINE_BARS = 40
# DuckDB's spelling of `strip_tones`: lower-case, đ -> d, no diacritics.
_FOLD = "strip_accents(replace(lower({}), 'đ', 'd'))"
LABEL_NAMES = {"FIGURE": "figure", "DATE": "date", "OFFICIAL": "official", "DOCUMENT": "document",
               "CAMPAIGN": "campaign"}


def rows_of(con, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


# ------------------------------------------------------------------ article


def marked_segments(text: str, facts: list[dict], target_start: int | None = None) -> list[dict]:
    """The text cut into pieces, each plain or one fact (overlaps resolved as `ldtd show` does,
    except that the figure starting at `target_start`, the one a check linked to, is always kept)."""
    kept = non_overlapping(facts)
    target = next((f for f in facts if f["start"] == target_start and f["label"] == "FIGURE"), None)
    if target is not None and target not in kept:
        kept = sorted([f for f in kept if f["end"] <= target["start"] or f["start"] >= target["end"]] + [target],
                      key=lambda f: f["start"])
    pieces, at = [], 0
    for fact in kept:
        if fact["start"] > at:
            pieces.append({"text": text[at:fact["start"]], "fact": None})
        pieces.append({"text": text[fact["start"]:fact["end"]], "fact": fact})
        at = fact["end"]
    if at < len(text):
        pieces.append({"text": text[at:], "fact": None})
    return pieces


def article_extras(con, article_id: str) -> dict[str, list[dict]]:
    """An article's teasers, related headlines and, for a teaser, its host page."""
    return {
        "teasers": rows_of(con, "SELECT article_id, title, sapo FROM articles WHERE host_article_id = ? "
                              "ORDER BY title", [article_id]),
        "related": rows_of(con, "SELECT r.position, r.block, r.title, r.teaser_id FROM related_links r "
                              "WHERE r.article_id = ? ORDER BY r.position", [article_id]),
    }


# ------------------------------------------------------------------ search


class BadRequest(ValueError):
    """A request the pages cannot answer; the message says what to change."""


@dataclass
class SearchQuery:
    words: str = ""
    person: str = ""
    organisation: str = ""
    date_from: date | None = None
    date_to: date | None = None

    @property
    def empty(self) -> bool:
        return not (self.words or self.person or self.organisation or self.date_from or self.date_to)


def parse_day(value: str, field: str) -> date | None:
    """A YYYY-MM-DD day from a form field; a BadRequest naming the field otherwise."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{field}: {value[:40]!r} is not a date; write it as YYYY-MM-DD (2023-09-30)") from None


def search_articles(con, query: SearchQuery) -> list[dict]:
    """Articles matching every criterion given, newest first; words match without tones."""
    where, params = [], []
    folded_text = _FOLD.format("coalesce(a.title, '') || ' ' || a.text")
    for word in strip_tones(query.words).split():
        where.append(f"contains({folded_text}, ?)")
        params.append(word)
    if query.person:
        where.append(f"a.article_id IN (SELECT article_id FROM officials WHERE contains({_FOLD.format('name')}, ?))")
        params.append(strip_tones(query.person.strip()))
    if query.organisation:
        where.append("a.article_id IN (SELECT article_id FROM official_roles WHERE contains("
                     + _FOLD.format("coalesce(organization, '') || ' ' || coalesce(organization_expanded, '')")
                     + ", ?))")
        params.append(strip_tones(query.organisation.strip()))
    if query.date_from:
        where.append("CAST(a.published_at AS DATE) >= ?")
        params.append(query.date_from)
    if query.date_to:
        where.append("CAST(a.published_at AS DATE) <= ?")
        params.append(query.date_to)
    return rows_of(con, f"""
        SELECT a.article_id, a.title, a.kind, a.outlet, CAST(a.published_at AS DATE) AS published_on, a.url,
               a.sapo
        FROM articles a WHERE {' AND '.join(where) or 'TRUE'}
        ORDER BY a.published_at DESC NULLS LAST, a.kind, a.article_id
        LIMIT {SEARCH_LIMIT + 1}""", params)


def search_persons(con, name: str) -> list[dict]:
    """Persons whose name contains these words (without tones)."""
    return rows_of(con, f"""
        SELECT person_id, name, n_articles FROM persons WHERE contains({_FOLD.format('name')}, ?)
        ORDER BY n_articles DESC, name LIMIT {SEARCH_LIMIT}""", [strip_tones(name.strip())])


# ------------------------------------------------------------------ person


def person(con, person_id: str) -> dict | None:
    """One official: names, titles over time, and the articles naming them."""
    found = rows_of(con, "SELECT person_id, name, n_mentions, n_articles FROM persons WHERE person_id = ?", [person_id])
    if not found:
        return None
    return {
        **found[0],
        "titles": rows_of(con, """
            SELECT title, organization, organization_expanded, first_seen, last_seen, n_articles
            FROM official_titles WHERE person_id = ?
            ORDER BY first_seen NULLS LAST, last_seen NULLS LAST, title""", [person_id]),
        "articles": rows_of(con, """
            SELECT a.article_id, a.title, a.kind, CAST(a.published_at AS DATE) AS published_on,
                   min(o.char_start) AS char_start, string_agg(DISTINCT o.role_text, '; ') AS roles
            FROM officials o JOIN articles a USING (article_id)
            WHERE o.person_id = ?
            GROUP BY ALL ORDER BY published_on DESC NULLS LAST, a.article_id""", [person_id]),
    }


# ------------------------------------------------------------------ conflicts


def conflicts(con) -> list[dict]:
    """The `figure_conflicts` review queue, each side with its sentence and article."""
    side = """(SELECT f.figure_id, f.subject AS written_subject, f.char_start, f.char_end, s.text AS sentence, s.char_start AS sentence_start,
                      a.title, CAST(a.published_at AS DATE) AS published_on, a.outlet
               FROM figures f JOIN sentences s USING (article_id, sentence_idx) JOIN articles a USING (article_id))"""
    rows = rows_of(con, f"""
        SELECT c.*, coalesce(fa.written_subject, fb.written_subject, c.subject) AS subject_written,
               fa.sentence AS sentence_a, fa.char_start - fa.sentence_start AS start_a,
               fa.char_end - fa.sentence_start AS end_a, fa.title AS title_a, fa.published_on AS published_a,
               fa.outlet AS outlet_a, fa.char_start AS char_a,
               fb.sentence AS sentence_b, fb.char_start - fb.sentence_start AS start_b,
               fb.char_end - fb.sentence_start AS end_b, fb.title AS title_b, fb.published_on AS published_b,
               fb.outlet AS outlet_b, fb.char_start AS char_b
        FROM figure_conflicts c
        JOIN {side} fa ON fa.figure_id = c.figure_id_a
        JOIN {side} fb ON fb.figure_id = c.figure_id_b
        ORDER BY c.subject, c.period_start, c.figure_id_a, c.figure_id_b
        LIMIT {CONFLICT_LIMIT + 1}""")
    for row in rows:
        for side_name in ("a", "b"):
            text, start, end = row[f"sentence_{side_name}"], row[f"start_{side_name}"], row[f"end_{side_name}"]
            row[f"pieces_{side_name}"] = (text[:start], text[start:end], text[end:])
    return rows


# ------------------------------------------------------------------ campaigns


def campaign_periods(con) -> list[dict]:
    """Dated campaigns and phases, newest first: the `campaign_periods` view (notebook 02 reads it too)."""
    return rows_of(con, f"SELECT * FROM campaign_periods ORDER BY start_date DESC, phase NULLS FIRST LIMIT {TIMELINE_BARS}")


def undated_campaigns(con) -> list[dict]:
    """Programmes the articles name without a period, most cited first."""
    return rows_of(con, f"""
        SELECT mode(c.name) AS name, count(DISTINCT c.article_id) AS n_articles, mode(c.organizer) AS organizer,
               min(c.article_id) AS article_id
        FROM campaigns c WHERE c.start_date IS NULL OR c.end_date IS NULL
        GROUP BY {_FOLD.format('trim(c.name)')} ORDER BY n_articles DESC, name LIMIT 60""")


@dataclass
class Timeline:
    """A server-drawn SVG time line: one bar per period, a tick per year or month."""

    width: int
    height: int
    bars: list[dict]
    ticks: list[dict]


TIMELINE_WIDTH = 1100
TIMELINE_LABEL = 420  # pixels left of the axis for the campaign's name
TIMELINE_ROW = 34


def timeline(periods: list[dict]) -> Timeline | None:
    """Positions of the bars (earliest on top) and of the axis ticks; None without periods."""
    if not periods:
        return None
    periods = sorted(periods, key=lambda p: (p["start_date"], p["phase"] or 0, p["name"]))
    first = min(p["start_date"] for p in periods)
    last = max(p["end_date"] for p in periods) + timedelta(days=1)  # the end day is part of it
    span = max((last - first).days, 30)
    plot = TIMELINE_WIDTH - TIMELINE_LABEL - 240  # room right of the bars for the period's dates

    def x_of(day: date) -> float:
        return TIMELINE_LABEL + plot * (day - first).days / span

    bars = []
    for row, period in enumerate(periods):
        x0, x1 = x_of(period["start_date"]), x_of(period["end_date"] + timedelta(days=1))
        bars.append({**period, "x": round(x0, 1), "width": round(max(x1 - x0, 2.0), 1),
                     "y": 30 + row * TIMELINE_ROW})
    ticks = []
    monthly = span < 500
    day = date(first.year, first.month if monthly else 1, 1)
    while day <= last:
        if day >= first:
            ticks.append({"x": round(x_of(day), 1), "label": f"{day.month}/{day.year}" if monthly else str(day.year)})
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1) if monthly else date(day.year + 1, 1, 1)
    return Timeline(TIMELINE_WIDTH, 50 + len(bars) * TIMELINE_ROW, bars, ticks)
