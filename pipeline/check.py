"""`ldtd check`: is a claimed figure in the corpus, different there, or absent?

The claim goes through the same extractors as the articles (figures, dates, officials). Each
claimed figure is matched against stored figures of the same kind and unit whose subject shares
words with the claim — compared on tone-folded words, not strings — and ranked by subject
overlap, then time overlap, then outlet (an LĐTĐ article before a repost or a teaser). The
verdict is `supported` (a match with a consistent value), `differs` (matches, none consistent:
the corpus value is shown) or `not_found`.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.lexicon import load_lexicon
from pipeline.textnorm import strip_tones

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Candidates fetched per claimed figure before ranking (the best of them are shown).
CANDIDATE_LIMIT = 400
# A candidate is about the same subject when it shares at least this share of the claim's subject
# words, or, for a figure whose subject the extractor leaves open (money, percentages), this share
# of the claim's other content words.
MIN_SUBJECT_OVERLAP = 0.5
MIN_CONTEXT_OVERLAP = 0.3


@dataclass
class Match:
    article_id: str
    title: str | None
    url: str | None
    published_at: str | None
    outlet: str | None
    kind: str
    sentence: str
    highlight: tuple[int, int]          # the figure's span inside `sentence`
    surface: str
    value: float | None
    value_max: float | None
    unit: str | None
    qualifier: str
    subject: str | None
    consistent: bool
    subject_score: float
    time_overlap: bool | None           # None when the source sentence states no date
    char_start: int
    char_end: int


@dataclass
class FigureVerdict:
    claim_surface: str
    claim_value: float | None
    claim_unit: str | None
    claim_qualifier: str
    claim_subject: str | None
    verdict: str                        # 'supported', 'differs', 'not_found'
    best: Match | None
    others: list[Match] = field(default_factory=list)


@dataclass
class OfficialVerdict:
    name: str
    claimed_titles: list[str]
    verdict: str                        # 'supported', 'differs', 'not_found'
    corpus_titles: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class CheckReport:
    claim: str
    figures: list[FigureVerdict]
    officials: list[OfficialVerdict]
    claim_dates: list[tuple[str, str]]

    def as_dict(self) -> dict:
        return asdict(self)


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(strip_tones(w) for w in load_lexicon("check")["stop_words"])


def folded_words(text: str | None) -> list[str]:
    """Tone-folded content words: `Thí sinh` and `thi sinh` are the same words."""
    if not text:
        return []
    stop = _stop_words()
    return [w for w in (strip_tones(m.group()) for m in _WORD.finditer(text)) if w not in stop]


def precision_of(surface: str, value: float) -> float:
    """Half the unit of the last digit written: `1,7 triệu tỷ` allows ±0.05 triệu tỷ, `9.667` ±0.5."""
    number = re.search(r"\d+(?:[.,]\d+)*", surface)
    if not number or not value:
        return 0.5
    digits = number.group()
    decimals = len(digits.rsplit(",", 1)[1]) if "," in digits else 0
    written = float(digits.replace(".", "").replace(",", "."))
    scale = value / written if written else 1.0
    return 0.5 * 10 ** (-decimals) * scale


def values_consistent(claim: dict, corpus: dict) -> bool:
    """Does the corpus figure support the claimed value, as precisely as the claim states it?"""
    if claim["value"] is None or corpus["value"] is None:
        return False
    tolerance = precision_of(claim["surface"], claim["value"])
    if claim["qualifier"] in ("about", "nearly"):
        tolerance = max(tolerance, 0.05 * abs(claim["value"]))
    low = corpus["value"]
    high = corpus["value_max"] if corpus["value_max"] is not None else corpus["value"]
    if claim["qualifier"] in ("more_than", "at_least") and high >= claim["value"] - tolerance:
        # `hơn 600` is supported by 600 (or more) in the corpus.
        return True
    if claim["qualifier"] in ("less_than", "at_most") and low <= claim["value"] + tolerance:
        return True
    return low - tolerance <= claim["value"] <= high + tolerance


def _overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _candidates(con, figure: dict, subject_words: list[str]) -> list[dict]:
    """Stored figures of the same kind and unit that mention a subject word near them."""
    params: list[Any] = [figure["kind"]]
    unit_clause = ""
    if figure["kind"] in ("money", "percent", "duration", "measure") and figure["unit"]:
        unit_clause = "AND f.unit = ?"
        params.append(figure["unit"])
    word_clause = ""
    if subject_words:
        folded = "strip_accents(replace(lower(coalesce(f.subject, '') || ' ' || s.text), 'đ', 'd'))"
        word_clause = "AND (" + " OR ".join(f"contains({folded}, ?)" for _ in subject_words) + ")"
        params.extend(subject_words)
    params.append(CANDIDATE_LIMIT)
    rows = con.execute(
        f"""SELECT f.article_id, f.sentence_idx, f.char_start, f.char_end, f.surface, f.value, f.value_max,
                   f.unit, f.qualifier, f.subject, f.kind, s.text AS sentence, s.char_start AS sentence_start,
                   a.title, a.url, CAST(a.published_at AS VARCHAR) AS published_at, a.outlet, a.kind AS article_kind
            FROM figures f
            JOIN sentences s USING (article_id, sentence_idx)
            JOIN articles a USING (article_id)
            WHERE f.kind = ? AND NOT f.in_name {unit_clause} {word_clause}
            LIMIT ?""",
        params,
    )
    columns = [d[0] for d in rows.description]
    return [dict(zip(columns, r)) for r in rows.fetchall()]


def _article_dates(con, article_ids: list[str]) -> dict[str, list[tuple[int, date, date]]]:
    """Every date stated in the candidate articles: (sentence_idx, start, end)."""
    if not article_ids:
        return {}
    found: dict[str, list[tuple[int, date, date]]] = {}
    for article_id, sentence_idx, start, end in con.execute(
        "SELECT article_id, sentence_idx, start_date, end_date FROM dates WHERE article_id IN (SELECT unnest(?))",
        [article_ids],
    ).fetchall():
        found.setdefault(article_id, []).append((sentence_idx, start, end))
    return found


def _time_overlap(claim_dates, article_dates: list[tuple[int, date, date]], sentence_idx: int) -> bool | None:
    """Does the figure's period meet the claim's? Its sentence's dates decide, else its article's;
    None when neither states a date."""
    stated = [(s, e) for idx, s, e in article_dates if idx == sentence_idx] or [(s, e) for _, s, e in article_dates]
    if not stated:
        return None
    return any(_overlaps(c, d) for c in claim_dates for d in stated)


def check_claim(claim: str, db_path: str | Path, max_others: int = 2) -> CheckReport:
    """The verdict for every figure (and official) the claim states."""
    from pipeline.extract.base import analyse
    from pipeline.extract.dates import extract_dates
    from pipeline.extract.figures import extract_figures
    from pipeline.extract.officials import extract_officials
    from pipeline.store import connect

    doc, ctx = analyse(claim, article_id="claim")
    claim_figures = [f for f in extract_figures(doc, ctx) if not f.in_name]
    claim_dates = [(d.start_date, d.end_date) for d in extract_dates(doc, ctx)]
    officials, roles = extract_officials(doc, ctx)
    claim_words = folded_words(claim)

    con = connect(db_path, read_only=True)
    try:
        verdicts = [
            _figure_verdict(con, f.model_dump(), claim_words, claim_dates, max_others) for f in claim_figures
        ]
        official_verdicts = [_official_verdict(con, o, [r for r in roles if r.mention_id == o.mention_id])
                             for o in officials]
    finally:
        con.close()
    return CheckReport(claim, verdicts, official_verdicts, [(s.isoformat(), e.isoformat()) for s, e in claim_dates])


def _figure_verdict(con, figure: dict, claim_words: list[str], claim_dates, max_others: int) -> FigureVerdict:
    subject_words = folded_words(figure["subject"])
    # Words of the claim besides the figure's own subject words rank the candidates; when the
    # figure has no subject (money, percentages) they are what the subject is matched on.
    context_words = [w for w in claim_words if w not in subject_words and w not in folded_words(figure["surface"])]
    candidates = _candidates(con, figure, subject_words or context_words)
    dates = _article_dates(con, sorted({c["article_id"] for c in candidates}))
    matches: list[Match] = []
    for cand in candidates:
        cand_subject = set(folded_words(cand["subject"]))
        cand_words = set(folded_words(cand["sentence"])) | cand_subject
        context_share = len(set(context_words) & cand_words) / len(set(context_words)) if context_words else 0.0
        if subject_words:
            subject_share = len(set(subject_words) & cand_subject) / len(set(subject_words))
            if subject_share < MIN_SUBJECT_OVERLAP:
                continue
        else:
            subject_share = 0.0
            if context_share < MIN_CONTEXT_OVERLAP:
                continue
        time_overlap = _time_overlap(claim_dates, dates.get(cand["article_id"], []), cand["sentence_idx"])
        start = cand["char_start"] - cand["sentence_start"]
        matches.append(Match(
            article_id=cand["article_id"], title=cand["title"], url=cand["url"], published_at=cand["published_at"],
            outlet=cand["outlet"], kind=cand["article_kind"], sentence=cand["sentence"],
            highlight=(start, start + cand["char_end"] - cand["char_start"]), surface=cand["surface"],
            value=cand["value"], value_max=cand["value_max"], unit=cand["unit"], qualifier=cand["qualifier"],
            subject=cand["subject"], consistent=values_consistent(figure, cand),
            subject_score=round(subject_share + context_share, 3), time_overlap=time_overlap,
            char_start=cand["char_start"], char_end=cand["char_end"],
        ))
    # Best first: subject overlap, then time overlap, then an LĐTĐ article before a repost or teaser.
    matches.sort(key=lambda m: (-m.subject_score, m.time_overlap is not True, m.outlet != "LĐTĐ",
                                m.kind != "article", m.article_id, m.char_start))
    if claim_dates:
        # A figure stated for another period neither supports nor contradicts a dated claim.
        matches = [m for m in matches if m.time_overlap is not False]
    supporting = [m for m in matches if m.consistent]
    if supporting:
        verdict, best = "supported", supporting[0]
    elif matches:
        verdict, best = "differs", matches[0]
    else:
        verdict, best = "not_found", None
    others = [m for m in matches if m is not best][:max_others]
    return FigureVerdict(figure["surface"], figure["value"], figure["unit"], figure["qualifier"], figure["subject"],
                         verdict, best, others)


def _official_verdict(con, official, roles) -> OfficialVerdict:
    from pipeline.extract.officials import person_id_for

    claimed = [r.title for r in roles]
    rows = con.execute(
        "SELECT title, organization, organization_expanded, first_seen, last_seen, n_articles "
        "FROM official_titles WHERE person_id = ? ORDER BY n_articles DESC",
        [person_id_for(official.name)],
    ).fetchall()
    corpus = [dict(zip(("title", "organization", "organization_expanded", "first_seen", "last_seen", "n_articles"),
                       (r[0], r[1], r[2], str(r[3]) if r[3] else None, str(r[4]) if r[4] else None, r[5])))
              for r in rows]
    if not corpus:
        verdict = "not_found"
    else:
        held = {strip_tones(c["title"]) for c in corpus}
        verdict = "supported" if all(strip_tones(t) in held for t in claimed) else "differs"
    return OfficialVerdict(official.name, claimed, verdict, corpus)


def format_value(value: float | None, unit: str | None) -> str:
    """A value written the Vietnamese way: `.` groups thousands, `,` marks decimals."""
    if value is None:
        return "?"
    english = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    text = english.translate(str.maketrans(",.", ".,"))
    return f"{text} {unit}" if unit else text


def render(report: CheckReport, console) -> None:
    """The report for a person: verdicts first, each with its source words highlighted."""
    from rich.text import Text

    colours = {"supported": "bold green", "differs": "bold yellow", "not_found": "bold red"}
    if not report.figures and not report.officials:
        console.print("No figure or official found in the claim: nothing to check.")
    for verdict in report.figures:
        head = Text()
        head.append(f"{verdict.verdict.upper():<10}", style=colours[verdict.verdict])
        head.append(f" {verdict.claim_surface}")
        if verdict.claim_subject:
            head.append(f" ({verdict.claim_subject})", style="dim")
        if verdict.best is not None and verdict.verdict == "differs":
            head.append(f" — corpus says {format_value(verdict.best.value, verdict.best.unit)}", style="yellow")
        console.print(head)
        for rank, match in enumerate([m for m in [verdict.best] if m] + verdict.others):
            _render_match(console, match, primary=rank == 0)
    for official in report.officials:
        head = Text()
        head.append(f"{official.verdict.upper():<10}", style=colours[official.verdict])
        head.append(f" {official.name}: {', '.join(official.claimed_titles) or 'no title'}")
        console.print(head)
        for title in official.corpus_titles[:5]:
            console.print(f"    corpus: {title['title']} {title['organization'] or ''} "
                          f"(seen {title['first_seen'] or '?'} – {title['last_seen'] or '?'}, {title['n_articles']} articles)")


def excerpt(sentence: str, start: int, end: int, context: int = 110) -> tuple[str, int, int]:
    """The words around a span of a long sentence, with the span's offsets in the excerpt."""
    lo = max(0, start - context)
    hi = min(len(sentence), end + context)
    if lo > 0:
        lo = sentence.rfind(" ", 0, lo) + 1
    if hi < len(sentence):
        hi = sentence.find(" ", hi) if sentence.find(" ", hi) != -1 else len(sentence)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(sentence) else ""
    return prefix + sentence[lo:hi] + suffix, start - lo + len(prefix), end - lo + len(prefix)


def _render_match(console, match: Match, primary: bool) -> None:
    from rich.text import Text

    words, start, end = excerpt(match.sentence, *match.highlight)
    sentence = Text("    " + words)
    sentence.stylize("bold reverse" if match.consistent else "bold underline", 4 + start, 4 + end)
    note = [] if match.qualifier == "exact" else [f"qualifier: {match.qualifier}"]
    if not match.consistent:
        note.append(f"value {format_value(match.value, match.unit)}")
    meta = Text(f"    — {match.title or '(untitled)'} · {match.article_id} · {match.url or 'no url'} · "
                f"{match.published_at or 'date unknown'} · {match.outlet or 'outlet unknown'}"
                + (f" · {'; '.join(note)}" if note else ""), style="dim" if not primary else "")
    console.print(sentence)
    console.print(meta)
