"""Abbreviations: the pairs an article defines (`Liên đoàn Lao động (LĐLĐ)`) and the known ones it uses.

A definition is an all-capital abbreviation in brackets next to words whose initials spell it,
before it (`công nhân, viên chức, lao động (CNVCLĐ)`) or inside the brackets after it
(`LĐLĐ (Liên đoàn Lao động)`). `&` in an abbreviation stands for `và`; a `và` the abbreviation
leaves out is skipped (`Giáo dục và Đào tạo (GDĐT)`); an administrative word written between the
words and the brackets is allowed (`Liên đoàn Lao động quận (LĐLĐ) Long Biên`). Such a pair gives
a row with source 'defined' and the span of the definition. An abbreviation of the lexicon
(`pipeline/lexicons/abbreviations.toml`) used in the article but not defined there gives a row
with source 'lexicon' and the span of its first use. One row per (article, abbr, source).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Iterable, Mapping

from pipeline.extract.base import ArticleContext, span_fields
from pipeline.lexicon import load_lexicon
from schemas.models import Abbreviation

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words of a text and the `&` that may stand for `và`.
_WORD = re.compile(r"\w+|&")
_BRACKETED = re.compile(r"\(\s*([^()\n]{1,80}?)\s*\)")
# Between two words of an expansion only spaces, commas and dashes may stand; closing quotes
# may stand between the expansion and its bracket (`… lao động” (ATVSLĐ)`).
_INNER_GAP = re.compile(r"[\s,\-–]*")
_BEFORE_BRACKET_GAP = re.compile(r"[\s”\"’]*")
_ABBR_TOKEN = re.compile(r"[^\W\d_][\w&.\-]*[^\W_]")


@dataclass(frozen=True)
class DefinedPair:
    abbr: str
    expansion: str
    char_start: int  # of the whole definition: expansion and bracketed abbreviation
    char_end: int


def is_abbreviation(token: str) -> bool:
    """An all-capital word of at least two letters (`LĐLĐ`, `GD&ĐT`, `KCN&CX`, `TP.HCM`)."""
    letters = [ch for ch in token if ch.isalpha()]
    return (
        len(letters) >= 2
        and all(ch.isupper() for ch in letters)
        and not any(ch.isspace() for ch in token)
        and token[0].isalpha()
    )


def _units(abbr: str) -> list[str]:
    """What each letter of an abbreviation stands for: a capital initial, or `&` for `và`."""
    return [_initial(ch) if ch.isalpha() else "&" for ch in abbr if ch.isalpha() or ch == "&"]


def _initial(word: str) -> str:
    # NFD splits tone and vowel marks off (`Ủ` -> `U`) but keeps `Đ` apart from `D`.
    return unicodedata.normalize("NFD", word[0])[0].upper()


def _is_and(word: str) -> bool:
    return word.lower() in ("và", "&")


def _match_words(units: list[str], words: list[str]) -> bool:
    """Do the words' initials spell the units, in order, using every word? (`và` may be skipped.)"""

    def step(u: int, w: int) -> bool:
        if u == len(units):
            return all(_is_and(x) for x in words[w:])
        if w == len(words):
            return False
        word = words[w]
        if units[u] == "&":
            return _is_and(word) and step(u + 1, w + 1)
        if _initial(word) == units[u] and step(u + 1, w + 1):
            return True
        return _is_and(word) and step(u, w + 1)

    return step(0, 0)


def _expansion_before(text: str, lo: int, hi: int, units: list[str]) -> tuple[int, int] | None:
    """The span of the words ending at `hi` whose initials spell `units` (searching no further back than `lo`)."""
    words = [m for m in _WORD.finditer(text, lo, hi)]
    # Only words joined by spaces, commas or dashes can belong to one expansion.
    chain: list[re.Match] = []
    for m in reversed(words):
        if chain:
            gap = text[m.end():chain[-1].start()]
            if not _INNER_GAP.fullmatch(gap):
                break
        elif not _BEFORE_BRACKET_GAP.fullmatch(text[m.end():hi]):
            return None
        chain.append(m)
    chain.reverse()
    between = _words_between()
    for skipped in range(0, max(len(w.split()) for w in between) + 1):
        if skipped:
            tail = " ".join(m.group() for m in chain[len(chain) - skipped:]).lower()
            if tail not in between:
                continue
        usable = chain[: len(chain) - skipped]
        # The expansion uses at least one word per letter and at most a few extra `và`.
        for n_words in range(len(units), min(len(usable), len(units) + 3) + 1):
            span = usable[len(usable) - n_words:]
            if span and not _is_and(span[0].group()) and _match_words(units, [m.group() for m in span]):
                return span[0].start(), span[-1].end()
    return None


def defined_pairs(text: str, bounds: Iterable[tuple[int, int]]) -> list[DefinedPair]:
    """Every definition written in `text`, searched within each (start, end) sentence bound."""
    pairs: list[DefinedPair] = []
    for lo, hi in bounds:
        for bracket in _BRACKETED.finditer(text, lo, hi):
            inner = bracket.group(1)
            if is_abbreviation(inner):
                units = _units(inner)
                found = _expansion_before(text, lo, bracket.start(), units)
                if found:
                    start, end = found
                    pairs.append(DefinedPair(inner, text[start:end], start, bracket.end()))
                continue
            # Reverse order: `LĐLĐ (Liên đoàn Lao động)`.
            before = list(_ABBR_TOKEN.finditer(text, lo, bracket.start()))
            if not before or not text[before[-1].end():bracket.start()].isspace():
                continue
            abbr = before[-1].group()
            words = [m.group() for m in _WORD.finditer(inner)]
            if is_abbreviation(abbr) and words and _match_words(_units(abbr), words):
                pairs.append(DefinedPair(abbr, inner, before[-1].start(), bracket.end()))
    return pairs


def _sentence_bounds(doc: "Doc") -> list[tuple[int, int]]:
    return [(s.char_start, s.char_end) for s in doc.user_data["sentences"]]


def defined_abbreviations(doc: "Doc", text: str | None = None) -> dict[str, str]:
    """The article's own definitions, abbreviation -> expansion (the first definition wins).

    `text` is doc.text when the caller has it already (spaCy rebuilds it on every access).
    """
    found: dict[str, str] = {}
    for pair in defined_pairs(doc.text if text is None else text, _sentence_bounds(doc)):
        found.setdefault(pair.abbr, pair.expansion)
    return found


@cache
def _words_between() -> frozenset[str]:
    """Words allowed between a definition and its bracket (`Liên đoàn Lao động quận (LĐLĐ)`)."""
    return frozenset(load_lexicon("abbreviations")["definitions"]["between"])


@cache
def abbreviation_lexicon() -> dict[str, str]:
    """Known abbreviation -> expansion, from pipeline/lexicons/abbreviations.toml."""
    return dict(load_lexicon("abbreviations")["abbreviations"])


def abbreviation_use_pattern(abbr: str) -> re.Pattern:
    """An abbreviation used as a whole word: not inside a longer abbreviation, nor part of a
    document number (`80/KH-LĐLĐ`)."""
    return re.compile(rf"(?<![\w&/\-.]){re.escape(abbr)}(?![\w&]|[/\-.]\w)")


@cache
def _use_patterns() -> dict[str, re.Pattern]:
    return {abbr: abbreviation_use_pattern(abbr) for abbr in abbreviation_lexicon()}


def extract_abbreviations(doc: "Doc", ctx: ArticleContext) -> list[Abbreviation]:
    """Defined pairs (source 'defined') and lexicon abbreviations used but not defined (source 'lexicon')."""
    from pipeline.tokenise import sentence_at

    text = doc.text  # spaCy rebuilds it on every access
    rows: list[Abbreviation] = []
    defined: set[str] = set()
    for pair in sorted(defined_pairs(text, _sentence_bounds(doc)), key=lambda p: p.char_start):
        if pair.abbr in defined:
            continue
        defined.add(pair.abbr)
        rows.append(
            Abbreviation(
                abbr=pair.abbr,
                expansion=pair.expansion,
                source="defined",
                **span_fields(doc, ctx, pair.char_start, pair.char_end),
            )
        )
    used: list[Abbreviation] = []
    for abbr, expansion in abbreviation_lexicon().items():
        if abbr in defined:
            continue
        if abbr not in text:
            continue
        for use in _use_patterns()[abbr].finditer(text):
            if sentence_at(doc, use.start()) is None:
                continue
            used.append(
                Abbreviation(
                    abbr=abbr,
                    expansion=expansion,
                    source="lexicon",
                    **span_fields(doc, ctx, use.start(), use.end()),
                )
            )
            break
    return rows + sorted(used, key=lambda row: row.char_start)


def _pairs_of(abbreviations: Mapping[str, str] | Iterable[Abbreviation] | None) -> dict[str, str]:
    if abbreviations is None:
        return {}
    if isinstance(abbreviations, Mapping):
        return dict(abbreviations)
    pairs: dict[str, str] = {}
    for row in abbreviations:
        if row.source == "defined":
            pairs.setdefault(row.abbr, row.expansion)
    for row in abbreviations:
        pairs.setdefault(row.abbr, row.expansion)
    return pairs


_BRACKETED_ABBR = re.compile(r"\s*\(\s*([^\W\d_][\w&.\-]*)\s*\)")


def expand_organization(
    org: str, abbreviations: Mapping[str, str] | Iterable[Abbreviation] | None = None
) -> str:
    """The organisation with its abbreviations spelled out: the article's own pairs first, then the lexicon.

    `LĐLĐ thành phố Hà Nội` -> `Liên đoàn Lao động thành phố Hà Nội`; a bracketed definition
    inside it is dropped (`Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân` -> `Liên đoàn Lao động quận
    Thanh Xuân`); `TP. Hà Nội` -> `thành phố Hà Nội`.
    """
    article_pairs = _pairs_of(abbreviations)
    lexicon = abbreviation_lexicon()
    text = _BRACKETED_ABBR.sub(lambda m: "" if is_abbreviation(m.group(1)) else m.group(), org)

    def spell(word: str) -> str:
        # `TP.` is `TP` with a full stop: the stop goes with the abbreviation.
        for candidate in (word, word[:-1] if word.endswith(".") else None):
            if candidate in article_pairs:
                return article_pairs[candidate]
            if candidate in lexicon:
                return lexicon[candidate]
        return word

    expanded = "".join(part if part.isspace() else spell(part) for part in re.split(r"(\s+)", text) if part)
    return re.sub(r"\s{2,}", " ", expanded).strip()
