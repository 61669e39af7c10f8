"""Figures: every number an article states, normalised to a value with its kind, unit and words.

Vietnamese writes `.` between thousands and `,` before decimals (`14.791`, `2,9 tỷ đồng`), stacks
scale words (`1,7 triệu tỷ đồng` = 1.7e15 đồng) and hides numbers that are not figures in dates
(`28/4/2023`, `tháng 5/2023`, `năm 2024`), document numbers (`80/KH-LĐLĐ`), phone numbers and
URLs. The extractor lexes numbers with regexes over `doc.text`, reads the words around them
(lexicon `numbers.toml`) and the sentence's tokens for the counted noun.

Conventions (what a figure row holds):
- `surface` is the number with its scale words and, for money, percentages, durations and
  measures, its unit (`564 triệu đồng`, `10%`, `150 ngày`); a count's noun is in `unit`/`subject`,
  not in the span (`363`). A range or ratio is one row whose span covers it (`từ 2 đến 3 triệu
  đồng`, `8.563/8.563`); `thứ` belongs to ranks and ordinals (`thứ 10`, `thứ XVII`). Qualifier and
  change words stay outside the span.
- Vague amounts (`hàng nghìn đoàn viên`, `hàng trăm tỷ đồng`) get qualifier 'vague' and, as value,
  the order of magnitude the words name (1000, 1e11): a lower bound, never an exact figure.
- Only numbers written with digits or Roman numerals (after an ordinal marker) are figures;
  spelled-out numbers (`hai`, `một`) are not. Times of day (`0 giờ ngày 20/12`) are dates'
  business, so is `9 tháng đầu năm 2024`; a number glued to letters (`Covid-19`) is a name.
- `in_name` is TRUE inside quotes (“1 triệu sáng kiến”), after a name marker (`Cụm thi đua số 6`,
  `phường 12`, `Top 1 ICF`), and after a capitalised word that is not its sentence's first when no
  noun follows (`SEA Games 33 đã …`; but `Hải Phòng 2 người` is a count). Such identifiers get kind
  'ordinal' (or 'rank' after `Top`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Callable, Iterable

from pipeline.extract.base import ArticleContext, fact_id, span_fields
from pipeline.extract.orgphrase import INLINE_DEFINITION
from pipeline.extract.spelled import spelled_counts, with_digits
from pipeline.lexicon import load_lexicon
from pipeline.scanner import compile_scanner
from pipeline.textnorm import fold_key, nfc
from pipeline.tokenise import sentence_words
from schemas.models import Figure

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A run of digits with `.`/`,` separators between digits: `9667`, `14.791`, `2,9`, `1.1.2020`.
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
ROMAN = re.compile(r"(?<![\w])[IVXLCDM]+(?![\w])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CANONICAL_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")

# Shapes that are never figures, found before any number is read. Shared by name with other
# extractors that want to know where dates and identifiers are (pure regexes, no lexicon).
_NO_DIGIT_BEFORE = r"(?<![\d/])(?<!\d[.,])"
_NO_DIGIT_AFTER = r"(?![\d/]|[.,]\d)"
DATE_SHAPES = compile_scanner(
    _NO_DIGIT_BEFORE + r"(?:"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"      # 28/4/2023, 27.12.2019, 1-5-2024
    # a day range's first day: `7- 8/2/2026`, `21 đến 23/11`, `13 – 21.1.2024` (dev 602)
    r"|\d{1,2}(?=\s*[-–]\s*(?:\d{1,2}/\d{1,2}(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}))"
    r"|\d{1,2}(?=\s+(?:đến|tới)\s+(?:\d{1,2}/\d{1,2}(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}))"
    # a pair's first day before a whole date: `2 ngày (28 và 29/9/2023)` (dev 965)
    r"|\d{1,2}(?=\s+và\s+\d{1,2}[/.-](?:1[0-2]|0?[1-9])[/.-](?:19|20)\d{2}(?!\d))"
    r"|(?:1[0-2]|0?[1-9])/(?:1[89]|20)\d{2}"  # tháng 5/2023
    r"|[IVX]+/(?:1[89]|20)\d{2}"             # quý II/2024, kỳ III/2023
    r")" + _NO_DIGIT_AFTER
)
TIME_SHAPES = compile_scanner(_NO_DIGIT_BEFORE + r"\d{1,2}(?::\d{2}){1,2}(?!\d)|(?<![\w.,])\d{1,2}h\d{2}\b"
                              # `9g sáng 10/3`, `7g30 ngày 5/4`: `g` for giờ before the part of the day
                              r"|(?<![\w.,])\d{1,2}g(?:\d{2})?(?=\s+(?:sáng|trưa|chiều|tối|đêm|ngày)\b)")
# `2023 - 2028`; an older start between brackets is a span of years too (`555 năm danh xưng Sơn Tây
# (1469 - 2024)`), where outside brackets `1000 - 2000` would be a range of counts.
YEAR_RANGE = compile_scanner(
    _NO_DIGIT_BEFORE + r"((?:1[89]|20)\d{2})\s*[-–—]\s*((?:1[89]|20)\d{2})" + _NO_DIGIT_AFTER
    + r"|(?<=\()\s*1\d{3}\s*[-–—]\s*(?:1[89]|20)\d{2}\s*(?=\))"
)
DOCUMENT_NUMBER = compile_scanner(r"(?<![\w./-])\d+(?:[/.]\d+)*(?: ?/|-)[A-ZĐ][\wĐ&.-]*(?:/[\wĐ&.-]+)*")
PHONE = compile_scanner(
    _NO_DIGIT_BEFORE + r"(?:\+84|\(0\d{1,3}\)|0\d{2,3})[ .-]?\d{3,4}[ .-]?\d{3,4}(?![\d.,]\d)"
)
URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\b\S*")
# What every URL above contains: most articles have none, and URL itself is slow to say so.
_URL_HINT = re.compile(r"://|www\.|@|\.(?:vn|com|net|org)\b")

_OPEN_QUOTES = {"“": "”", "‘": "’", "«": "»"}
_STRAIGHT_QUOTES = {'"', "'"}
_QUOTE_CHARACTERS = re.compile("[" + re.escape("".join({*_OPEN_QUOTES, *_OPEN_QUOTES.values(), *_STRAIGHT_QUOTES})) + "]")


# ------------------------------------------------------------------ numbers


def parse_digits(raw: str) -> float:
    """The value of a digit string written the Vietnamese way.

    `.` groups thousands and `,` marks decimals (`1.732.000`, `2,9`, `100,64`); a lone `,` is
    always a decimal mark, so `1,000` is 1.0 (a Vietnamese writer's `1,000`). Strings that can
    only be English-style are read that way: several `,` groups of three (`1,000,000`), a `.`
    not followed by three digits (`3.5`), or both marks (`1,234.5`). Raises ValueError for
    date shapes such as `1.1.2020`.
    """
    raw = raw.strip()
    if not DIGITS.fullmatch(raw):
        raise ValueError(f"not a number: {raw!r}")
    if "." in raw and "," in raw:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        grouping = "," if decimal == "." else "."
        whole, _, fraction = raw.rpartition(decimal)
        if decimal in whole or not _grouped(whole, grouping):
            raise ValueError(f"ambiguous number: {raw!r}")
        return float(whole.replace(grouping, "") + "." + fraction)
    if "." in raw:
        if _grouped(raw, "."):
            return float(raw.replace(".", ""))
        if raw.count(".") == 1:
            return float(raw)
        raise ValueError(f"not a number (a date?): {raw!r}")
    if "," in raw:
        if raw.count(",") == 1:
            return float(raw.replace(",", "."))
        if _grouped(raw, ","):
            return float(raw.replace(",", ""))
        raise ValueError(f"ambiguous number: {raw!r}")
    return float(raw)


def _grouped(raw: str, mark: str) -> bool:
    groups = raw.split(mark)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and len(groups) > 1


def parse_vietnamese_number(text: str) -> float:
    """The value of a number as Vietnamese writes it, scale words included.

    `14.791` -> 14791, `2,9` -> 2.9, `1.732.000` -> 1732000, `1,5 vạn` -> 15000,
    `1,7 triệu tỷ` -> 1.7e15, `75 nghìn` -> 75000, `5 triệu 500 nghìn` -> 5.5e6.
    Raises ValueError on anything else.
    """
    words = nfc(text).split()
    if not words or not DIGITS.fullmatch(words[0]):
        raise ValueError(f"not a number: {text!r}")
    scales = _lex().scales
    total, group, group_scale, previous_scale = 0.0, None, 1.0, None
    for word in words:
        if DIGITS.fullmatch(word):
            if group is not None:
                # A new group is a compound tail: it needs a scale smaller than the one before.
                if group_scale == 1.0:
                    raise ValueError(f"two numbers in a row: {text!r}")
                total += _times(group, group_scale)
                previous_scale = group_scale
            group, group_scale = parse_digits(word), 1.0
            continue
        factor = scales.get(word.lower())
        if factor is None:
            raise ValueError(f"not a scale word: {word!r} in {text!r}")
        group_scale *= factor
        if previous_scale is not None and group_scale >= previous_scale:
            raise ValueError(f"scales do not decrease: {text!r}")
    if previous_scale is not None and group_scale == 1.0:
        raise ValueError(f"a compound amount ends without a scale: {text!r}")
    return total + _times(group, group_scale)


def roman_to_int(numeral: str) -> int:
    """`XVII` -> 17. Raises ValueError for anything that is not a well-formed Roman numeral."""
    if not numeral or not _CANONICAL_ROMAN.fullmatch(numeral):
        raise ValueError(f"not a Roman numeral: {numeral!r}")
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < nxt else value
    return total


# ------------------------------------------------------------------ lexicon


def _phrases(items: Iterable[str]) -> str:
    # Longest first, then in alphabetical order: the same pattern text in every process (see
    # dates._alternation); phrases of one length cannot match the same text differently.
    return "|".join(re.escape(p) for p in sorted(set(items), key=lambda p: (-len(p), p)))


def _listed_after(markers: Iterable[str], joiners: Iterable[str]) -> re.Pattern[str]:
    """The text before a number listed after a marked one (`Quận 2, ` before `9`, `khóa 11, 12, `
    before `13`): a marker, its numbers, then a joiner."""
    return re.compile(rf"(?:^|(?<=[\s(]))(?:{_phrases(markers)})\s+\d{{1,3}}(?:\s*,\s*\d{{1,3}})*"
                      rf"\s*(?:{_phrases(joiners)})\s*$")


def _ending(items: Iterable[str]) -> re.Pattern[str]:
    """Matches one of the phrases as the last word(s) of a left context (then whitespace)."""
    return compile_scanner(rf"(?:^|(?<=[\s(“\"‘\[]))(?P<p>{_phrases(items)})\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Lexicon:
    scales: dict[str, float]
    scale_words: re.Pattern[str]
    vague: re.Pattern[str]
    currencies: dict[str, str]
    rate_nouns: re.Pattern[str]
    percent: frozenset[str]
    percent_sign: re.Pattern[str]
    durations: frozenset[str]
    glued_durations: frozenset[str]
    glued_before_name: frozenset[str]
    period_after: re.Pattern[str]
    counted_after_duration: re.Pattern[str]  # `ngày lương`: a duration's unit that names a counted thing
    time_of_day_after: re.Pattern[str]
    time_of_day_before: re.Pattern[str]
    measures: frozenset[str]
    measure_nouns: frozenset[str]
    level_before: re.Pattern[str]
    count_of_before: re.Pattern[str]
    count_of_unmarked_before: re.Pattern[str]
    ratio_count_of_before: re.Pattern[str]
    count_of_generic_units: frozenset[str]
    qualifiers: re.Pattern[str]
    qualifier_of: dict[str, str]
    changes: re.Pattern[str]
    change_of: dict[str, str]
    range_opener: re.Pattern[str]
    range_dashes: frozenset[str]  # joiners that make a range with no opener before it
    range_joiner: re.Pattern[str]
    ranks: re.Pattern[str]
    ordinals: re.Pattern[str]
    name_markers: re.Pattern[str]
    listed_names: re.Pattern[str]
    listed_name_ends: re.Pattern[str]
    year_after: re.Pattern[str]  # `năm 2019` right after a number: its unit is the year's word
    listed_ordinals: re.Pattern[str]  # `khóa 11, ` before a number: the next of the list
    name_marker_exceptions: re.Pattern[str]
    capitalised_exceptions: frozenset[str]
    date_markers: re.Pattern[str]
    not_figures: re.Pattern[str]  # photo labels and time zones, found before any number is read
    year_markers: re.Pattern[str]
    year_range: tuple[int, int]
    named_programmes: re.Pattern[str]  # a head, then a programme's fixed name holding a number
    weekday: re.Pattern[str]
    phone_markers: re.Pattern[str]
    document_heads: re.Pattern[str]
    numbered_name: re.Pattern[str]
    unit_words: frozenset[str]
    glued_units: frozenset[str]
    glued_after_currency: frozenset[str]
    not_currency: re.Pattern[str]
    money_noun_before: re.Pattern[str]
    unwritten_scales: frozenset[str]
    pair_joiner: re.Pattern[str]
    address_after: re.Pattern[str]
    list_marker: re.Pattern[str]
    lunar_year_name: re.Pattern[str]
    lunar_month_after: re.Pattern[str]
    subject_stops: frozenset[str]
    subject_soft_stops: frozenset[str]
    subject_adverbs: frozenset[str]
    degree_after: frozenset[str]
    list_joiners: frozenset[str]
    subject_compounds: frozenset[str]
    clause_openers: frozenset[str]
    noun_enders: frozenset[str]
    honorifics: frozenset[str]
    classifiers: frozenset[str]
    max_subject_words: int
    marker_words: frozenset[str]


@cache
def counted_noun_enders() -> tuple[str, ...]:
    """The words a counted noun ends before (what is said of it: its worth, period, theme), as
    written in numbers.toml `subject.noun_enders`, and the words of a term (officials.toml `terms`:
    `khóa XIII`); the checker reads none of them as narrowing a count."""
    return (*load_lexicon("numbers")["subject"]["noun_enders"], *load_lexicon("officials")["organizations"]["terms"])


def _count_of_scanner(words: Iterable[str], ending: str) -> re.Pattern[str]:
    """A word for "the number of" (numbers.toml `subject.count_of`), then the noun phrase `phrase`
    up to `ending`, read back from a figure's start."""
    return compile_scanner(rf"(?:^|(?<=[\s,;(]))(?i:{_phrases(words)})\s+(?P<phrase>[^\W\d][^,;:.()“”\"\d]*?)"
                           + ending)


@cache
def _lex() -> _Lexicon:
    lex = load_lexicon("numbers")
    scales = {k: float(v) for k, v in lex["scales"].items()}
    not_before = _phrases(lex["scale_exceptions"]["not_before"])
    scale_alt = _phrases(scales)
    scale_words = re.compile(rf"^(?:\s+(?:{scale_alt})(?!\w)(?!\s+(?:{not_before})(?!\w)))+", re.IGNORECASE)
    vague = re.compile(
        rf"(?<!\w)(?:{_phrases(lex['vague']['openers'])})(?:\s+(?:{scale_alt})(?!\w)(?!\s+(?:{not_before})(?!\w)))+",
        re.IGNORECASE,
    )
    qualifier_of = {p.lower(): q for q, ps in lex["qualifiers"].items() for p in ps}
    change_of = {p.lower(): c for c, ps in lex["change"].items() for p in ps}
    subject = lex["subject"]
    currencies = dict(lex["currency"]["units"])
    durations = frozenset(w.lower() for w in lex["durations"]["units"])
    measures = frozenset(lex["measures"]["units"])
    percent = frozenset(lex["percent"]["signs"])
    dates = lex["dates"]
    lunar = load_lexicon("dates")["lunar"]  # the names of lunar years are the dates lexicon's
    campaigns = load_lexicon("campaigns")
    numbered_names = [spelling for c in campaigns["named"] if c.get("after_head")
                      for spelling in (c["name"], *c["aliases"]) if any(ch.isdigit() for ch in spelling)]
    return _Lexicon(
        scales={k.lower(): v for k, v in scales.items()},
        scale_words=scale_words,
        vague=vague,
        currencies=currencies,
        rate_nouns=re.compile(rf"^/\s?(?P<p>{_phrases(lex['currency']['rate_nouns'])})(?!\w)", re.IGNORECASE),
        percent=percent,
        percent_sign=re.compile(rf"\s*(?:{_phrases(percent)})(?!\w)", re.IGNORECASE),
        durations=durations,
        glued_durations=frozenset(w.lower() for w in lex["durations"]["glued_words"]),
        glued_before_name=frozenset(w.lower() for w in lex["durations"]["glued_before_name"]),
        period_after=re.compile(lex["durations"]["period_after"], re.IGNORECASE),
        counted_after_duration=re.compile(rf"^\s+(?:{_phrases(lex['durations']['counted_after'])})(?!\w)", re.IGNORECASE),
        time_of_day_after=re.compile(
            rf"^\s*(?:(?:{_phrases(lex['durations']['time_of_day_followers'])})(?!\w)|\d)", re.IGNORECASE
        ),
        time_of_day_before=_ending(lex["durations"]["time_of_day_openers"]),
        measures=measures,
        measure_nouns=frozenset(lex["measures"]["nouns_too"]),
        level_before=_ending(lex["measures"]["level_openers"]),
        # `số vụ tai nạn lao động chết người là 345 vụ`: the phrase ends with `là` or `:` (and at
        # most two words, a qualifier, `là gần 7.000`) right before the figure
        count_of_before=_count_of_scanner(lex["subject"]["count_of"], r"\s*(?:\blà|:)(?:\s+[^\W\d]+){0,2}\s+$"),
        # `Tổng số đoàn viên 5.412`: `là` or `:` may be left out
        count_of_unmarked_before=_count_of_scanner(lex["subject"]["count_of_unmarked"], r"\s*(?:\blà|:)?\s+$"),
        ratio_count_of_before=_count_of_scanner(lex["subject"]["count_of"], r"\s*(?:\blà|:)?\s+$"),
        count_of_generic_units=frozenset(w.lower() for w in lex["subject"]["count_of_generic_units"]),
        qualifiers=_ending(qualifier_of),
        qualifier_of=qualifier_of,
        changes=_ending(change_of),
        change_of=change_of,
        range_opener=_ending(lex["ranges"]["openers"]),
        range_dashes=frozenset(lex["ranges"]["dashes"]),
        # `từ 13 đến trên 500 tỷ đồng`: a qualifier may stand before the second end.
        range_joiner=re.compile(
            rf"^\s*(?:{_phrases(lex['ranges']['joiners'] + lex['ranges']['dashes'])})\s*(?:(?:{_phrases(qualifier_of)})\s+)?(?=\d)",
            re.IGNORECASE,
        ),
        ranks=_ending(lex["ranks"]["markers"]),
        ordinals=_ending(lex["ordinals"]["markers"]),
        # Case matters: `Hải Phòng 2 người` is no `phòng 2`.
        name_markers=re.compile(_ending(lex["names"]["markers"]).pattern),
        listed_names=_listed_after(lex["names"]["markers"], lex["names"]["list_joiners"]),
        listed_ordinals=_listed_after(lex["ordinals"]["markers"], lex["names"]["list_joiners"]),
        year_after=re.compile(lex["durations"]["year_after"], re.IGNORECASE),
        listed_name_ends=re.compile(rf"\s*(?:(?:{_phrases(lex['names']['list_joiners'])})(?!\w)|[).;]|$|[A-ZĐ])"),
        name_marker_exceptions=_ending(lex["names"]["marker_exceptions"]),
        capitalised_exceptions=frozenset(w.lower() for w in lex["names"]["capitalised_exceptions"]),
        date_markers=_ending(dates["markers"]),
        not_figures=re.compile(
            rf"(?<!\w)(?:{_phrases(lex['identifiers']['photo_labels'])})\s*\d{{1,2}}(?=\s*[.:]?\s*$)"
            rf"|(?<!\w)(?:{_phrases(lex['identifiers']['time_zones'])})\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?(?!\d)",
            re.MULTILINE),
        # A campaign known by its fixed name (campaigns.toml [[named]]) is named with its year too
        # (`Tháng hành động về An toàn, vệ sinh lao động và Tháng Công nhân 2025 càng …`, dev 1024).
        year_markers=_ending([*dates["year_only"], *(spelling for campaign in campaigns["named"]
                                                     for spelling in (campaign["name"], *campaign["aliases"]))]),
        year_range=(int(dates["year_range"][0]), int(dates["year_range"][1])),
        named_programmes=re.compile(
            rf"(?<!\w)(?:{_phrases(w for head in campaigns['heads'] for w in head['words'])})\s+"
            rf"(?P<name>{_phrases(numbered_names)})(?!\w)", re.IGNORECASE),
        weekday=compile_scanner(rf"(?:^|(?<=[\s(]))(?P<p>{re.escape(dates['weekday_marker'])})\s+$", re.IGNORECASE),
        phone_markers=compile_scanner(
            rf"(?:^|(?<=[\s(]))(?:{_phrases(lex['identifiers']['phone_markers'])})\s*[:.]?\s*$"
        ),
        # Case matters: `kế hoạch 5 năm` plans, `Kế hoạch 252` is a document.
        document_heads=compile_scanner(
            rf"(?:^|(?<=[\s(“\"]))(?:{_phrases(lex['identifiers']['document_heads'])})(?:\s*{INLINE_DEFINITION})?"
            rf"\s+(?:số\s+)?$"
        ),
        numbered_name=compile_scanner(rf"(?<!\w)(?:{_phrases(lex['identifiers']['numbered_names'])})\s*[-–]\s*$"),
        # Units that are nouns too stay possible counted nouns (`3 điểm sinh hoạt`).
        unit_words=frozenset(
            w.lower() for w in (*currencies, *durations, *measures, *percent, *scales)
        ) - frozenset(lex["measures"]["nouns_too"]),
        # Letters written against the digits must be a unit exactly (`21.000đ`, `5km`; not `5G`).
        glued_units=frozenset((*currencies, *measures, *lex["percent"]["signs"])),
        glued_after_currency=frozenset(lex["currency"]["glued_after_currency"]),
        not_currency=re.compile(rf"\s*(?:{_phrases(lex['currency']['not_currency'])})(?![^\W\d_])"),
        money_noun_before=compile_scanner(
            rf"(?:^|(?<=[\s,;(]))(?i:{_phrases(lex['currency']['money_nouns'])})"
            rf"(?:\s+[^\W\d]+){{0,{int(lex['currency']['unwritten_gap'])}}}\s+$"),
        unwritten_scales=frozenset(w.lower() for w in lex["currency"]["unwritten_scales"]),
        pair_joiner=re.compile(rf"\s*(?:{_phrases(lex['currency']['paired_by'])})\s+(?=\d)", re.IGNORECASE),
        # a street's word then its name, or a street named after a person: a family name
        # (officials.toml), then another capitalised word
        address_after=re.compile(rf"\s+(?:(?:{_phrases(lex['names']['address_after'])})\s+[A-ZĐÀ-Ỹ]"
                                 rf"|(?:{_phrases(load_lexicon('officials')['names']['surnames'])})"
                                 rf"\s+[A-ZĐ][^\W\d_]*(?![^\W\d_]))"),
        list_marker=re.compile(lex["names"]["list_marker"]),
        # `Tết Nguyên đán Nhâm Dần 2022`: the year of a lunar year's name is part of a date.
        # `13–14 tháng Chạp`: days of a lunar month, the dates extractor's.
        # `ngày 22-1 (27 Tết)`: a day counted in the days before the lunar new year.
        lunar_month_after=re.compile(rf"^\s+(?:(?:tháng\s+)?(?:{'|'.join(lunar['months'])})"
                                     rf"|(?-i:{re.escape(lunar['feast_month_word'])}))(?!\w)", re.IGNORECASE),
        lunar_year_name=re.compile(
            rf"(?:{'|'.join(lunar['stems'])})\s+(?:{'|'.join(lunar['branches'])})\s*$", re.IGNORECASE
        ),
        subject_stops=frozenset(w.lower() for w in (*subject["prepositions"], *subject["conjunctions"])),
        subject_soft_stops=frozenset(w.lower() for w in (*subject["adverbs"], *subject["verbs"])),
        subject_adverbs=frozenset(w.lower() for w in subject["adverbs"]),
        list_joiners=frozenset(w.lower() for w in subject["list_joiners"]),
        degree_after=frozenset(w.lower() for w in subject["degree_after"]),
        subject_compounds=frozenset(w.lower() for w in subject["compounds"]),
        clause_openers=frozenset(fold_key(w) for w in (*subject["clause_openers"], *subject["count_of"])),
        honorifics=frozenset(h for h in load_lexicon("officials")["honorifics"] if "," not in h),
        # folded, as the clause openers: `khoá` and `khóa` are one word
        noun_enders=frozenset(map(fold_key, counted_noun_enders())),
        classifiers=frozenset(w.lower() for w in subject["classifiers"]),
        max_subject_words=int(subject["max_words"]),
        marker_words=frozenset(
            w.lower()
            for w in (*lex["ranks"]["markers"], *lex["ordinals"]["markers"], *dates["markers"], *dates["year_only"])
        ),
    )


# ------------------------------------------------------------------ sentence words


class _Words:
    """The word tokens of one sentence with their character offsets in doc.text.

    Built on first use: most sentences hold no number, and their words are never looked at.
    """

    def __init__(self, words: list):
        self._words = words

    @classmethod
    def of(cls, doc: "Doc", sentence) -> "_Words":
        return cls(sentence_words(doc, sentence))

    def __getattr__(self, name: str):
        # Called only while `starts`, `ends` and `texts` are not yet set: build them, once.
        if name not in ("starts", "ends", "texts"):
            raise AttributeError(name)
        starts, ends, texts = [], [], []
        slashed = _slashed_abbreviations()
        for word_start, _, word in self._words:
            # underthesea sometimes glues a number to its noun (`17.000 bộ`, `45/45 Công đoàn`):
            # a syllable with a digit is a word of its own here.
            for s, e, piece in _word_pieces(word):
                # and it splits an abbreviation written with a slash (`5 đ/c`, dev 585) at the slash
                if len(texts) >= 2 and texts[-1] == "/" and ends[-2] == starts[-1] == word_start + s - 1 \
                        and f"{texts[-2]}/{piece}" in slashed:
                    del starts[-1], ends[-1], texts[-1]
                    ends[-1], texts[-1] = word_start + e, f"{texts[-1]}/{piece}"
                    continue
                starts.append(word_start + s)
                ends.append(word_start + e)
                texts.append(piece)
        self.starts, self.ends, self.texts = starts, ends, texts
        return getattr(self, name)

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect_left(self.starts, pos)

    def before(self, pos: int) -> int | None:
        """Index of the last token ending at or before `pos`."""
        i = bisect_left(self.ends, pos + 1) - 1
        return i if i >= 0 else None


_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 15)  # words repeat across sentences; the answer depends on the text alone
def _word_pieces(word: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, single-spaced text) of each word of a token, offsets within the token."""
    return tuple((s, e, _WHITESPACE.sub(" ", word[s:e])) for s, e in _split_digit_syllables(word))


def _split_digit_syllables(token: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the words of a token once digits and a leading scale word stand alone."""
    lex = _lex()
    pieces: list[tuple[int, int, bool]] = []
    syllables = list(re.finditer(r"\S+", token))
    for n, m in enumerate(syllables):
        alone = any(ch.isdigit() for ch in m.group())
        # `nghìn suất` (one token) is a scale word and a noun, unless it is `tỷ lệ`, `tỷ giá`.
        if n == 0 and len(syllables) > 1 and m.group().lower() in lex.scales:
            alone = lex.scale_words.match(" " + token) is not None
        if pieces and not alone and not pieces[-1][2]:
            pieces[-1] = (pieces[-1][0], m.end(), False)
        else:
            pieces.append((m.start(), m.end(), alone))
    return tuple((s, e) for s, e, _ in pieces)


# ------------------------------------------------------------------ the extractor


@dataclass
class _Found:
    start: int
    end: int
    value: float | None
    kind: str
    unit: str | None = None
    value_max: float | None = None
    denominator: float | None = None
    qualifier: str = "exact"
    change: str | None = None
    subject: str | None = None
    in_name: bool = False


def extract_figures(doc: "Doc", ctx: ArticleContext) -> list[Figure]:
    """Every figure of the article, in text order (see the module docstring for conventions)."""
    text = doc.text
    blocked = _blocked_spans(text)
    named = _name_spans(text)
    found: list[_Found] = []
    for sentence in doc.user_data["sentences"]:
        words = _Words.of(doc, sentence)
        found.extend(_sentence_figures(text, sentence.char_start, sentence.char_end, words, blocked, named))
    figures = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        figures.append(
            Figure(
                **span_fields(doc, ctx, f.start, f.end),
                figure_id=fact_id("fig", ctx, f.start, f.end, f.kind),
                value=f.value,
                value_max=f.value_max,
                denominator=f.denominator,
                kind=f.kind,
                unit=f.unit,
                qualifier=f.qualifier,
                change=f.change,
                subject=f.subject,
                in_name=f.in_name,
            )
        )
    return figures


def extract_spelled_counts(doc: "Doc", ctx: ArticleContext) -> list[Figure]:
    """The counts an article spells out (`hai đợt`, `bốn công nhân`), read as `extract_figures`
    reads the same count in digits, flagged `spelled`. No figures under the SPEC (not scored, not
    in `extract_figures`); stored beside them so that the checker finds `ba đợt` for `3 đợt`."""
    text = doc.text
    spelled = spelled_counts(text)
    if not spelled:
        return []
    # Same length, same offsets: the words of `doc` still stand where they stood.
    read = with_digits(text, spelled)
    blocked = _blocked_spans(read)
    named = _name_spans(read)
    figures = []
    for sentence in doc.user_data["sentences"]:
        here = [(start, end) for start, end, _ in spelled if sentence.char_start <= start < sentence.char_end]
        if not here:
            continue
        words = _Words.of(doc, sentence)
        for f in _sentence_figures(read, sentence.char_start, sentence.char_end, words, blocked, named):
            end = next((e for s, e in here if s <= f.start < e), None)
            # a count of a noun written right after the number words (`một số`, `một nửa`, the
            # `ba` of `nhất, nhì, ba` count nothing)
            if end is None or f.kind != "count" or f.in_name or not f.unit \
                    or not text[end:sentence.char_end].lstrip().lower().startswith(f.unit):
                continue
            end = max(end, f.end)  # `ba` as written, not the `3` read in its place
            # the subject as written, up to the next spelled count (`hai công nhân thiệt mạng, hai
            # người khác bị thương`: the words read in digits stop it there)
            at = read.find(f.subject, end) if f.subject else -1
            subject = f.subject
            if at >= 0:
                stop = min([s for s, _, _ in spelled if at < s < at + len(f.subject)], default=at + len(f.subject))
                subject = text[at:stop].rstrip(" ,;")
            figures.append(
                Figure(
                    **span_fields(doc, ctx, f.start, end),
                    figure_id=fact_id("fig", ctx, f.start, end, f.kind),
                    value=f.value, value_max=f.value_max, denominator=f.denominator, kind=f.kind,
                    unit=f.unit, qualifier=f.qualifier, change=f.change, subject=subject, in_name=f.in_name,
                    spelled=True,
                )
            )
    return figures


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the URLs and e-mail addresses of a text (no figure or date is read inside one)."""
    return [m.span() for m in URL.finditer(text)] if _URL_HINT.search(text) else []


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = url_spans(text)
    for pattern in (DOCUMENT_NUMBER, PHONE, DATE_SHAPES, TIME_SHAPES, YEAR_RANGE):
        spans.extend(m.span() for m in pattern.finditer(text))
    lex = _lex()
    spans.extend(m.span() for m in lex.not_figures.finditer(text))
    # Digits after `ĐT:`/`hotline` are a number to call, whatever their grouping.
    for m in re.finditer(r"\d[\d .-]{5,}\d", text):
        if lex.phone_markers.search(text[max(0, m.start() - 30):m.start()]):
            spans.append(m.span())
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same characters."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does text[start:end] overlap one of `spans` (merged, sorted)?"""
    i = bisect_left(spans, (start + 1,)) - 1
    return any(s < end and start < e for s, e in spans[max(0, i):i + 2])


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Where a figure is in a name: quotations, and the fixed names of programmes written
    unquoted after their head (`Chương trình 1 triệu sáng kiến`, dev 181; campaigns.toml
    [[named]] `after_head`)."""
    return _merged(_quoted_spans(text) + [m.span("name") for m in _lex().named_programmes.finditer(text)])


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans between paired quotes, each within one paragraph (an unclosed quote counts for nothing)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        stack: list[tuple[str, int]] = []
        for quote in _QUOTE_CHARACTERS.finditer(text, para.start(), para.end()):
            i, ch = quote.start(), quote.group()
            if ch in _OPEN_QUOTES:
                stack.append((_OPEN_QUOTES[ch], i))
            elif stack and ch == stack[-1][0]:
                spans.append((stack.pop()[1], i + 1))
            elif ch in _STRAIGHT_QUOTES:
                # An apostrophe inside a word is not a quote.
                if ch == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
                    continue
                if stack and stack[-1][0] == ch:
                    spans.append((stack.pop()[1], i + 1))
                else:
                    stack.append((ch, i))
    return _merged(spans)


def _sentence_figures(
    text: str,
    s0: int,
    s1: int,
    words: _Words,
    blocked: list[tuple[int, int]],
    named: list[tuple[int, int]],
) -> list[_Found]:
    lex = _lex()
    found: list[_Found] = []
    consumed_to = s0
    for m in DIGITS.finditer(text, s0, s1):
        start, end = m.span()
        if start < consumed_to or _inside(blocked, start, end):
            continue
        figure, consumed = _read_number(text, s0, s1, start, end, words, blocked)
        consumed_to = max(consumed_to, consumed)
        if figure is not None:
            found.append(figure)
    for m in ROMAN.finditer(text, s0, s1):
        figure = _read_roman(text, s0, m.start(), m.end())
        if figure is not None and not _inside(blocked, m.start(), m.end()):
            found.append(figure)
    for m in lex.vague.finditer(text, s0, s1):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        figure = _read_vague(text, s0, s1, m.start(), m.end(), words)
        if figure is not None:
            found.append(figure)
    for f in found:
        if _inside(named, f.start, f.end):
            f.in_name = True
    return found


def _glued_letters(text: str, end: int, s1: int) -> str:
    m = re.match(r"[^\W\d_]+\d?", text[end:s1])
    return m.group() if m else ""


def _read_number(
    text: str, s0: int, s1: int, start: int, end: int, words: _Words, blocked: list[tuple[int, int]]
) -> tuple[_Found | None, int]:
    """The figure starting with the digits text[start:end], and how far it reaches."""
    lex = _lex()
    raw = text[start:end]
    left = text[s0:start]
    before = text[start - 1] if start > 0 else ""
    # Digits glued to a word (`Covid-19`, `H5N1`) are part of that word.
    if before.isalpha() or (before == "-" and start > 1 and text[start - 2].isalpha()):
        return None, end
    glued = _glued_letters(text, end, s1)
    if glued and glued not in lex.glued_units:
        return None, end + len(glued)
    right = text[end:s1]

    # Slash forms: a ratio `8.563/8.563 Công đoàn cơ sở` or a day/month `13/4`.
    slash = re.match(r"/(\d+(?:[.,]\d+)*)(?![\d/])", right)
    if slash:
        return _read_slash(text, s0, s1, start, end, end + slash.end(), slash.group(1), words), end + slash.end()
    if right.startswith("/"):
        return None, end
    dashed = re.match(r"-(\d{1,2})" + _NO_DIGIT_AFTER, right)
    if dashed and raw.isdigit() and (
            # after a date's word a day and month (`từ ngày 6-12 đã ban hành`), whatever follows
            lex.date_markers.search(left) and 1 <= int(raw) <= 31 and 1 <= int(dashed.group(1)) <= 12
            or _dashed_day_month(text, int(raw), int(dashed.group(1)), end + dashed.end(), s1, words)):
        return None, end + dashed.end()

    if lex.phone_markers.search(left) or lex.document_heads.search(left) or lex.numbered_name.search(left):
        return None, end
    if not left.strip() and lex.list_marker.match(text[start:s1]):
        return None, end  # `1.` opening a paragraph of a list
    if lex.date_markers.search(left):
        return None, end
    try:
        value = parse_digits(raw)
    except ValueError:
        return None, end
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", raw) and not _unit_follows(text, end, s1, words):
        # `sáng 20.12`: a day and month written with a dot (a figure would carry a unit).
        return None, end
    if _is_year(raw, value, left, text, end, s1, words):
        return None, end
    if lex.time_of_day_before.search(left) and _word_after(text, end, s1, words) == "giờ":
        return None, end

    found = _Found(start=start, end=end, value=value, kind="count")
    rank = lex.ranks.search(left)
    ordinal = lex.ordinals.search(left) or (
        # `Ủy viên Trung ương Đảng các khóa 11, 12, 13` (dev 813): listed after an ordinal, with no
        # noun after it, a number is the next of them
        lex.listed_ordinals.search(left) and lex.listed_name_ends.match(text, end))
    weekday = lex.weekday.search(left)
    if weekday and 2 <= value <= 7 and not rank and (
        weekday.group("p")[:1].isupper() or re.match(r"\s*,?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}", right)
    ):
        # `Thứ 2`, `thứ 2, ngày 5/6`: Monday, not the second.
        return None, end
    if rank or ordinal:
        if ordinal and not rank and lex.year_markers.search(left) and _looks_like_year(raw, value):
            return None, end
        found.kind = "rank" if rank else "ordinal"
        found.start = _thu_start(text, left, s0, start)
        # `Top 1 ICF` names a ranking; `xếp thứ 10` does not.
        found.in_name = _name_context(text, s0, start, left, words) == "marker"
        _set_qualifiers(found, text[s0:found.start])
        return found, end

    named = _name_context(text, s0, start, left, words)
    if raw.startswith("0") and len(raw) > 1 and raw[1].isdigit():
        # `Đề án 06` is an identifier; `02 lớp tập huấn` the zero-padded count of official prose,
        # and `trong 02 ngày` its length (dev 1201).
        noun_after = _word_after(text, end, s1, words)
        if named is not None or noun_after is None or not (_is_subject_word(noun_after)
                                                           or _unit_follows(text, end, s1, words)):
            if named is None:
                return None, end
            found.kind = "ordinal"
            found.in_name = True
            return found, end

    if lex.address_after.match(text, end, s1):
        found.kind, found.in_name = "ordinal", True
        return found, end
    if named == "marker" and lex.year_after.match(text[end:s1]):
        # `cụm thi đua số 8 năm 2019`: the name's number, then its year
        found.kind, found.in_name = "ordinal", True
        return found, end
    _read_amount(found, text, s0, s1, left, blocked)
    if not _read_unit(found, text, s1, words, s0):
        return None, found.end
    before = left.split()[-1:] if named == "capital" else []
    if found.kind == "count" and found.unit is None and _money_without_currency(found, text, s1, left, words):
        pass  # made a sum: its currency was left unwritten
    elif found.kind == "count" and found.unit is None and before and _common_noun_abbreviation(before[0]):
        # `với số lượng CNVCLĐ 7.128`: the abbreviation of a common noun counted, no name
        found.unit, found.subject = before[0].lower(), before[0]
    elif found.kind == "count" and (named == "marker" or (named == "capital" and (
            not (found.subject or "")[:1].islower() or _opens_with_verb(found.subject)))):
        # `Cụm thi đua số 6 LĐLĐ …`, `SEA Games 33 đã …`, `KCN Hoàng Mai 1 thu hút …` (read set
        # 112): an identifier, not a quantity.
        found.kind, found.unit, found.subject, found.in_name = "ordinal", None, None, True
    if found.kind == "count" and found.unit is None and lex.level_before.search(left):
        found.kind = "measure"
    if found.kind == "count" and found.unit is None:
        found.unit, found.subject = _noun_stated_before(text, s0, found.start, words)
    if found.kind == "duration" and found.unit == "giờ" and lex.time_of_day_after.match(text[found.end:s1]):
        return None, found.end
    _set_qualifiers(found, text[s0:found.start])
    return found, found.end


def _scaled(text: str, pos: int, s1: int) -> tuple[float, int, float] | None:
    """(value, end, scale) of the number at `pos` with its scale words and compound tail.

    `5 triệu 500 nghìn` is 5.5e6: a tail with a smaller scale adds to the amount.
    """
    lex = _lex()
    digits = DIGITS.match(text, pos, s1)
    if digits is None:
        return None
    try:
        value = parse_digits(digits.group())
    except ValueError:
        return None
    reach = digits.end()
    scale_words = lex.scale_words.match(text[reach:s1])
    if not scale_words:
        return value, reach, 1.0
    scale = _scale_of(scale_words.group())
    value = _times(value, scale)
    reach += scale_words.end()
    smallest = scale
    while True:
        tail = re.match(r"\s+(\d+(?:,\d+)?)(?![\d./])", text[reach:s1])
        tail_scale = tail and lex.scale_words.match(text[reach + tail.end():s1])
        if not tail_scale or _scale_of(tail_scale.group()) >= smallest:
            break
        smallest = _scale_of(tail_scale.group())
        value += _times(parse_digits(tail.group(1)), smallest)
        reach += tail.end() + tail_scale.end()
    return value, reach, scale


def _money_without_currency(found: _Found, text: str, s1: int, left: str, words: _Words) -> bool:
    """Make `found` money when a scale word of money ends it and its currency is left unwritten:
    a money noun stands just before it (`với số tiền hơn 75 tỷ cho …`: đồng), a rate follows it
    (`6,5 triệu/tháng`: đồng a month), or the next amount of a pair names it (`46,5 triệu và 45
    triệu đồng`)."""
    lex = _lex()
    surface = text[found.start:found.end]
    if " " not in surface or surface.split()[-1].lower() not in lex.unwritten_scales:
        return False
    dong = lex.currencies["đồng"]
    rate = lex.rate_nouns.match(text[found.end:s1])
    if rate:
        found.kind, found.unit = "money", f"{dong}/{rate.group('p').lower()}"
        found.end += rate.end()
        return True
    joiner = lex.pair_joiner.match(text, found.end, s1)
    pair = _amount_with_currency(text, joiner.end(), s1, words) if joiner else None
    if pair is not None:
        found.kind, found.unit = "money", pair[1]
        return True
    if lex.money_noun_before.search(left) is not None:
        found.kind, found.unit = "money", dong
        return True
    return False


def _times(value: float, scale: float) -> float:
    """value × scale computed on the decimals as written (`533,896 tỷ` is 533 896 000 000, not
    533 895 999 999.99994 as binary floats would have it)."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def _read_amount(found: _Found, text: str, s0: int, s1: int, left: str, blocked: list[tuple[int, int]]) -> None:
    """Value (and value_max of a range: `10 - 15%`, `từ 2 đến 3 triệu đồng`) and where it ends."""
    lex = _lex()
    low, reach, low_scale = _scaled(text, found.start, s1)
    found.value, found.end = low, reach
    joiner = lex.range_joiner.match(text[reach:s1])
    if not joiner:
        return
    second_start = reach + joiner.end()
    second = _scaled(text, second_start, s1)
    if second is None or _inside(blocked, second_start, second[1]):
        return
    high, high_end, high_scale = second
    if high_scale == 1.0 and re.match(r"[/\w]", text[DIGITS.match(text, second_start).end():][:1] or " "):
        # Letters glued to the second end name another thing (`1-2A`) unless they are a unit
        # (`300.000 - 500.000đ`: the currency written once counts for both ends).
        if _glued_letters(text, DIGITS.match(text, second_start).end(), s1) not in lex.glued_units:
            return
    if low_scale == 1.0:
        # `5 - 7 triệu`: the scale written once counts for both ends.
        low *= high_scale
    if high <= low:
        return
    found.value, found.value_max, found.end = low, high, high_end
    opener = lex.range_opener.search(left)
    if opener:
        found.start = s0 + opener.start("p")


def _digits_end(text: str, pos: int, s1: int) -> int:
    """Where the digits at `pos` end (`pos` itself when none are there)."""
    digits = DIGITS.match(text, pos, s1)
    return digits.end() if digits else pos


def _dashed_day_month(text: str, first: int, second: int, end: int, s1: int, words: _Words) -> bool:
    """`19-5`, `2-9`, `30-4`: a day and month written with a dash, not a range.

    A range goes up and carries what it counts (`5-7%`, `1-2 ngày`, `3-5 người`); a day-month
    pair that goes down, or that nothing follows, is a date.
    """
    if not (1 <= first <= 31 and 1 <= second <= 12):
        return False
    lex = _lex()
    if first >= second or lex.year_after.match(text[end:s1]):
        return True
    after = _word_after(text, end, s1, words)
    if after is None:
        return not re.match(r"\s*%", text[end:s1])
    return not (after.lower() in lex.unit_words or after == "%" or _is_subject_word(after))


def _looks_like_year(raw: str, value: float) -> bool:
    low, high = _lex().year_range
    return raw.isdigit() and len(raw) == 4 and low <= value <= high


def _is_year(raw: str, value: float, left: str, text: str, end: int, s1: int, words: _Words) -> bool:
    """A 4-digit number in the year range is a year unless a counted noun or a unit follows it."""
    lex = _lex()
    if not _looks_like_year(raw, value):
        return False
    if lex.year_markers.search(left) or lex.lunar_year_name.search(left):
        return True
    word = _word_after(text, end, s1, words)
    if word is None:
        return True
    counted = _is_subject_word(word) and word.lower() not in lex.subject_soft_stops
    return not (counted or word.lower() in lex.unit_words or word == "%")


def _thu_start(text: str, left: str, s0: int, start: int) -> int:
    """Ranks and ordinals keep the word `thứ` written before the number in their span, also right
    after a bracket or an opening quote (`(thứ 2 từ trái sang)`, dev 631)."""
    m = re.search(r"(?:^|(?<=[\s(\[“\"]))thứ\s+$", left, re.IGNORECASE)
    return s0 + m.start() if m else start


_DIGITS = re.compile(r"\d+")


def _name_context(text: str, s0: int, start: int, left: str, words: _Words) -> str | None:
    """Why the number at `start` may belong to a name: 'marker' (`số 6`, `phường 12`), 'capital'
    (`SEA Games 33`: right after a capitalised word inside the sentence) or None."""
    lex = _lex()
    marker = lex.name_markers.search(left)
    if marker and not lex.name_marker_exceptions.search(left) and not _inside_word(marker.group("p"), start, words):
        return "marker"
    if lex.listed_names.search(left) and lex.listed_name_ends.match(text, _DIGITS.match(text, start).end()):
        # `sáp nhập 3 LĐLĐ Quận 2, 9 và Thủ Đức` (dev 1048): listed after a name's number, with no
        # noun after it, a number names the next of them
        return "marker"
    i = words.before(start)
    if i is None or i == 0 or text[words.ends[i]:start].strip():
        return None
    previous = words.texts[i]
    if not previous[:1].isupper() or previous.lower() in lex.capitalised_exceptions:
        return None
    if previous.lower() in lex.marker_words:
        return None
    # The first word after an opening bracket, a colon or a bullet starts a sentence too.
    return None if words.texts[i - 1] in {"(", ":", "•", "-", "–", "“", '"', ";"} else "capital"


def _inside_word(marker: str, start: int, words: _Words) -> bool:
    """Is the marker only the end of the word before the number (`vụ` of `phục vụ 500 công
    nhân`, as the segmenter split the sentence)?"""
    i = words.before(start)
    if i is None:
        return False
    word = words.texts[i].lower()
    return len(word.split()) > len(marker.split()) and word.endswith(" " + marker.lower())


def _scale_of(words: str) -> float:
    scales = _lex().scales
    value = 1.0
    for word in words.split():
        value *= scales[word.lower()]
    return value


def _word_after(text: str, pos: int, s1: int, words: _Words) -> str | None:
    i = words.index_at(pos)
    if i >= len(words.starts) or text[pos:words.starts[i]].strip():
        return None
    return words.texts[i]


def _unit_follows(text: str, pos: int, s1: int, words: _Words) -> bool:
    word = _word_after(text, pos, s1, words)
    return word is not None and (word.lower() in _lex().unit_words or word == "%")


def _multiword_unit(text: str, pos: int, s1: int, vocabulary: Iterable[str], case_sensitive: bool = False) -> str | None:
    """The longest unit of `vocabulary` written right after `pos` (whole words)."""
    units, pattern = _vocabulary_pattern(frozenset(vocabulary), case_sensitive)
    m = pattern.match(text, pos, s1)
    return units[m.lastindex - 1] if m else None


@cache
def _vocabulary_pattern(vocabulary: frozenset[str], case_sensitive: bool) -> tuple[tuple[str, ...], re.Pattern]:
    """One regex for a unit vocabulary, longest first, a group per unit (`lastindex` names it)."""
    units = tuple(sorted(vocabulary, key=lambda u: (-len(u), u)))
    alternatives = "|".join(f"({re.escape(u)})" for u in units)
    flags = 0 if case_sensitive else re.IGNORECASE
    return units, re.compile(rf"\s*(?:{alternatives})(?![^\W\d_])", flags)


def _read_unit(found: _Found, text: str, s1: int, words: _Words, s0: int | None = None) -> bool:
    """Kind and unit from the words after the number: %, currency, time unit, measure or a noun.

    False when the words show the number is no figure (`9 tháng đầu năm 2024` is a period).
    """
    lex = _lex()
    after = text[found.end:s1]
    pct = lex.percent_sign.match(after)
    if pct:
        found.kind, found.unit = "percent", "%"
        found.end += pct.end()
        joiner = lex.range_joiner.match(text[found.end:s1])
        upper = joiner and lex.percent_sign.match(text, _digits_end(text, found.end + joiner.end(), s1))
        if upper and found.value_max is None:
            # `10%-15%`, `từ 65,12% đến 96,28%`: a range with the sign written on both ends.
            high = parse_digits(DIGITS.match(text, found.end + joiner.end()).group())
            if high > found.value:
                found.value_max, found.end = high, upper.end()
                opener = lex.range_opener.search(text[:found.start])
                if opener and opener.start("p") >= text.rfind("\n", 0, found.start):
                    found.start = opener.start("p")
        rate = lex.rate_nouns.match(text[found.end:s1])
        if rate:
            # `0,5%/tháng`: a rate per period.
            found.unit += "/" + rate.group("p").lower()
            found.end += rate.end()
        return True
    word_start = words.index_at(found.end)
    closing = re.match(r"[”\"’']\s", text[found.end:s1])
    if closing and (currency := _currency_at(text, found.end + 1, s1, words)):
        # `suất quà “0” đồng`: the quoted amount is money; the quote ends the surface.
        found.kind, found.unit = "money", currency[0]
        return True
    if word_start >= len(words.starts) or text[found.end:words.starts[word_start]].strip():
        return True
    if lex.lunar_month_after.match(text[found.end:s1]):
        return False  # `13–14 tháng Chạp`: days of a lunar month
    currency = _currency_at(text, found.end, s1, words)
    if currency:
        unit, reach = currency
        reach = _range_end_repeating_unit(found, text, s0, s1, reach, unit,
                                          lambda pos: _amount_with_currency(text, pos, s1, words))
        while rate := lex.rate_nouns.match(text[reach:s1]):
            # `4.500.000đ/người/tháng`: a rate per person per month.
            unit += "/" + rate.group("p").lower()
            reach += rate.end()
        found.kind, found.unit, found.end = "money", unit, reach
        return True
    duration = _duration_at(text, found.end, s1, words)
    if duration:
        duration, reach = duration
        tail = text[reach:s1]
        month_day = duration.lower() == "tháng" and re.match(r"\s+\d", tail)
        if lex.period_after.match(tail) or month_day or lex.lunar_month_after.match(tail):
            # `9 tháng đầu năm 2024` is a period of a year; `06 tháng 11` a date.
            return False
        if counted := lex.counted_after_duration.match(tail):
            found.kind, found.unit = "count", " ".join(text[found.end:reach + counted.end()].split()).lower()
            return True
        unit = text[found.end:reach].strip().lower()
        reach = _range_end_repeating_unit(found, text, s0, s1, reach, unit,
                                          lambda pos: _amount_with_duration(text, pos, s1, words))
        while rate := lex.rate_nouns.match(text[reach:s1]):
            unit += "/" + rate.group("p").lower()  # `9 giờ/ngày`: hours per day
            reach += rate.end()
        found.kind, found.unit, found.end = "duration", unit, reach
        return True
    measure = _multiword_unit(text, found.end, s1, lex.measures, case_sensitive=True)
    if measure and _token_is(text, found.end, s1, words, measure):
        reach = found.end + re.match(rf"\s*{re.escape(measure)}", text[found.end:s1]).end()
        noun_after = _word_after(text, reach, s1, words)
        # `2,5 điểm trung bình` is a measure: a fraction of a place is no count.
        fractional = found.value is not None and not float(found.value).is_integer()
        if measure not in lex.measure_nouns or fractional or noun_after is None or not _is_subject_word(noun_after):
            found.kind, found.unit, found.end = "measure", measure, reach
            return True
    found.unit, found.subject = _counted_noun(text, found.end, s1, words)
    if s0 is not None and found.unit and found.subject and found.subject.lower() == found.unit:
        found.subject = _subject_stated_before(text, s0, found.start, found.unit) or found.subject
    return True


def _range_end_repeating_unit(found: _Found, text: str, s0: int | None, s1: int, reach: int, unit: str,
                              second_end: Callable[[int], tuple[float, str, int] | None]) -> int:
    """Where an amount ends that a range opener (`từ`) opened and whose second end repeats the
    unit (`từ 500.000 đồng đến 1 triệu đồng`, `từ 30 năm đến 60 năm`): `reach` (the first unit's
    end) when it is no such range; else the second unit's end, with value_max set and the opener
    in the surface. `second_end` reads (value, unit, end) of an amount at a position."""
    lex = _lex()
    if s0 is None or found.value_max is not None:
        return reach
    opener = lex.range_opener.search(text[s0:found.start])
    joiner = lex.range_joiner.match(text[reach:s1])
    if joiner is None or (opener is None and joiner.group().strip() not in lex.range_dashes):
        return reach
    second = second_end(reach + joiner.end())
    if second is None or second[1] != unit or second[0] <= found.value:
        return reach
    found.value_max = second[0]
    if opener is not None:
        found.start = s0 + opener.start("p")
    return second[2]


def _amount_with_currency(text: str, pos: int, s1: int, words: _Words) -> tuple[float, str, int] | None:
    """(value, currency, end) of an amount written with its currency at `pos` (`1 triệu đồng`)."""
    amount = _scaled(text, pos, s1)
    currency = _currency_at(text, amount[1], s1, words) if amount is not None else None
    return (amount[0], currency[0], currency[1]) if currency is not None else None


def _duration_at(text: str, pos: int, s1: int, words: _Words) -> tuple[str, int] | None:
    """(unit, end) of a time unit written as a word of its own at `pos` (`năm`, and `năm` glued
    into `năm tuổi` by the segmenter), else None."""
    lex = _lex()
    duration = _multiword_unit(text, pos, s1, lex.durations)
    if duration is None:
        return None
    glued = _word_after(text, pos, s1, words) or ""
    if not (_token_is(text, pos, s1, words, duration) or glued.lower() in lex.glued_durations
            or (duration.lower() in lex.glued_before_name and glued[len(duration):].strip()[:1].isupper())):
        return None
    return duration, pos + re.match(rf"\s*{re.escape(duration)}", text[pos:s1], re.IGNORECASE).end()


def _amount_with_duration(text: str, pos: int, s1: int, words: _Words) -> tuple[float, str, int] | None:
    """(value, unit, end) of a length of time written at `pos` (`60 năm`)."""
    digits = DIGITS.match(text, pos, s1)
    duration = _duration_at(text, digits.end(), s1, words) if digits is not None else None
    if duration is None:
        return None
    return parse_digits(digits.group()), duration[0].lower(), duration[1]


def _subject_stated_before(text: str, s0: int, start: int, unit: str) -> str | None:
    """The counted noun phrase a statistic states before its figure, when the figure repeats only
    its head (`số vụ tai nạn lao động chết người là 345 vụ`: `vụ tai nạn lao động chết người`):
    after a word for "the number of" (numbers.toml `subject.count_of`), up to `là` or `:` right
    before the figure, opening with the figure's noun (any noun when the figure only says they are
    people: `số lao động có quyết định hưởng là 6.396 người`), within the clause."""
    lex = _lex()
    m = lex.count_of_before.search(text, s0, start)
    if not m or not (m.group("phrase").lower().startswith(unit + " ") or unit in lex.count_of_generic_units):
        return None
    return m.group("phrase")


def _noun_stated_before(text: str, s0: int, start: int, words: _Words,
                        ratio: bool = False) -> tuple[str | None, str | None]:
    """(unit, subject) of a figure with no noun after it that a phrase for "the number of" names
    right before it (`Tổng số đoàn viên 5.412`: `đoàn viên`; numbers.toml `count_of_unmarked`); before
    a ratio, `số` too, which numbers nothing there (`với số phiếu 92/94`)."""
    lex = _lex()
    m = (lex.ratio_count_of_before if ratio else lex.count_of_unmarked_before).search(text, s0, start)
    if not m:
        return None, None
    return _counted_noun(text, m.start("phrase"), m.end("phrase"), words)


def _token_is(text: str, pos: int, s1: int, words: _Words, unit: str) -> bool:
    """The unit is a whole token there (`đồng` but not `đồng chí`, `năm` but not `năm học`)."""
    i = words.index_at(pos)
    if i >= len(words.starts):
        return False
    # The unit may span several tokens; it must end where a token ends.
    unit_end = pos + re.match(rf"\s*{re.escape(unit)}", text[pos:s1], re.IGNORECASE).end()
    return unit_end in set(words.ends[i:i + 4])


def _currency_at(text: str, pos: int, s1: int, words: _Words) -> tuple[str, int] | None:
    lex = _lex()
    written_forms, any_currency = _vocabulary_pattern(frozenset(lex.currencies), True)
    if not any_currency.match(text, pos, s1) or lex.not_currency.match(text, pos, s1):
        return None  # the usual case, decided by one regex
    for written in written_forms:
        m = re.match(rf"\s*{re.escape(written)}(?![^\W\d_])", text[pos:s1])
        if m and (_token_is(text, pos, s1, words, written) or _glued_to_currency(pos, words, written)):
            return lex.currencies[written], pos + m.end()
    return None


def _glued_to_currency(pos: int, words: _Words, written: str) -> bool:
    """Did the segmenter glue the word after a currency to it (`đồng tiền mặt` in `500 nghìn đồng tiền mặt`)?"""
    i = words.index_at(pos)
    if i >= len(words.starts):
        return False
    parts = words.texts[i].split()
    return len(parts) > 1 and parts[0] == written and parts[1].lower() in _lex().glued_after_currency


def _is_subject_word(token: str) -> bool:
    lex = _lex()
    low = token.lower()
    return (
        any(ch.isalpha() for ch in token)
        and not any(ch.isdigit() for ch in token)
        and low not in lex.subject_stops
        and low not in lex.unit_words
    )


@cache
def _common_noun_abbreviations() -> frozenset[str]:
    """Abbreviations of a common noun (abbreviations.toml: `CNLĐ` = `công nhân lao động`)."""
    from pipeline.extract.abbreviations import abbreviation_lexicon

    return frozenset(k for k, v in abbreviation_lexicon().items() if v[:1].islower())


@cache
def _slashed_abbreviations() -> frozenset[str]:
    """Abbreviations written with a slash (abbreviations.toml: `đ/c` = `đồng chí`)."""
    from pipeline.extract.abbreviations import abbreviation_lexicon

    return frozenset(k for k in abbreviation_lexicon() if "/" in k)


def _common_noun_abbreviation(token: str) -> bool:
    return token in _common_noun_abbreviations()


def _opens_with_verb(subject: str) -> bool:
    """Does a noun phrase open with a verb or an adverb of numbers.toml (`thu hút`)? After a name,
    it says the number before it is the name's."""
    syllables = subject.lower().split()
    return any(" ".join(syllables[:n]) in _lex().subject_soft_stops for n in (1, 2))


def _counted_noun(text: str, pos: int, s1: int, words: _Words) -> tuple[str | None, str | None]:
    """(unit, subject) of a count: the head noun lower-cased and the noun phrase as written."""
    lex = _lex()
    i = words.index_at(pos)
    if i >= len(words.starts) or text[pos:words.starts[i]].strip():
        return None, None
    first = words.texts[i]
    if first in _OPEN_QUOTES or first in _STRAIGHT_QUOTES:
        close = _OPEN_QUOTES.get(first, first)
        end = text.find(close, words.ends[i], s1)
        if end == -1:
            return None, None
        inner = text[words.ends[i]:end].strip()
        return (inner.lower() or None), (inner or None)
    # A verb may open the phrase (`5 tổ chức` are organisations), an adverb may not (`33 đã`).
    if not _is_subject_word(first) or first.lower() in lex.subject_adverbs:
        return None, None
    last = i
    before_item = None  # where the phrase ended before the list item being read, if any
    n_words = 1
    j = i + 1
    while j < len(words.texts) and n_words < lex.max_subject_words:
        token = words.texts[j]
        low = token.lower()
        if token == ",":
            nxt = words.texts[j + 1] if j + 1 < len(words.texts) else ""
            if not _is_subject_word(nxt) or nxt.lower() in lex.subject_soft_stops:
                break
            # Nor does it go on with a clause of its own: one a verb or `số` opens (`9 người, bầu
            # …`, `324 vụ, số người chết …`), or a person named (`3 người tử vong, anh Đặng Đình
            # Thắng bị thương`).
            after = words.texts[j + 2] if j + 2 < len(words.texts) else ""
            # (an opener of two words may be two tokens: `hướng` `tới`)
            if fold_key(nxt) in lex.clause_openers or fold_key(f"{nxt} {after}") in lex.clause_openers \
                    or (nxt.lower() in lex.honorifics and after[:1].isupper()):
                break
            # A list of common nouns does not go on with a proper name (`3 người, Hải Phòng …`),
            # but it does with the abbreviation of one (`70 đoàn viên, CNLĐ`).
            if nxt[:1].isupper() and not first[:1].isupper() and not _common_noun_abbreviation(nxt):
                break
            before_item = last
            j += 1
            continue
        pair = f"{words.texts[j - 1].lower()} {low}"
        if pair in lex.subject_compounds:
            last, j, n_words = j, j + 1, n_words + 1
            continue
        # What it is worth, when or under which term it is counted is said after the noun, not of it
        # (`100 suất quà trị giá …`, `16 ủy viên Ban Chấp hành khóa XIII`, `cây xanh giai đoạn …`).
        following = words.texts[j + 1] if j + 1 < len(words.texts) else ""
        if fold_key(token) in lex.noun_enders or fold_key(f"{token} {following}") in lex.noun_enders:
            break
        if not _is_subject_word(token) or low in lex.subject_soft_stops or _soft_stop_glued_to_name(token):
            # A "list item" followed by a number was a clause of its own (`150 học viên, cử 01 …`),
            # one followed by a word of degree an adjective (`363 thí sinh, đông nhất …`), and one
            # joined by `và` to a number another thing counted (`16 Ủy viên Ủy ban Kiểm tra, Chủ
            # nhiệm và 2 Phó Chủ nhiệm`).
            after = words.texts[j + 1] if j + 1 < len(words.texts) else ""
            item = " ".join(words.texts[before_item + 2:j]) if before_item is not None else ""
            if before_item is not None and (any(ch.isdigit() for ch in token) or low in lex.degree_after
                                            or (low in lex.list_joiners and after[:1].isdigit()
                                                and fold_key(item) in _office_titles())):
                last = before_item
            break
        last, j, n_words = j, j + 1, n_words + 1
    subject = text[words.starts[i]:words.ends[last]]
    unit = first.lower()
    if unit in lex.classifiers and last > i and words.texts[i + 1] != ",":
        unit = f"{unit} {words.texts[i + 1].lower()}"
    return unit, subject


def _soft_stop_glued_to_name(token: str) -> bool:
    """Is the token a verb the word segmenter glued to the name after it (`hưởng ứng Tháng`, read
    set 92: `1 hoạt động hưởng ứng Tháng Công nhân`)? It ends the noun phrase as the verb would."""
    head, _, rest = token.rpartition(" ")
    return bool(head) and rest[:1].isupper() and head.lower() in _lex().subject_soft_stops


@cache
def _office_titles() -> frozenset[str]:
    """The titles of office of the officials lexicon, folded: a list item that is one counts a
    person of its own."""
    return frozenset(fold_key(t["name"]) for t in load_lexicon("officials")["title"])


def _set_qualifiers(found: _Found, left: str) -> None:
    lex = _lex()
    rest = left
    qualifier = lex.qualifiers.search(rest)
    if qualifier:
        found.qualifier = lex.qualifier_of[qualifier.group("p").lower()]
        rest = rest[:qualifier.start("p")]
    change = lex.changes.search(rest)
    if change:
        found.change = lex.change_of[change.group("p").lower()]


def _read_slash(
    text: str, s0: int, s1: int, start: int, mid: int, end: int, denominator_raw: str, words: _Words
) -> _Found | None:
    """`8.563/8.563 Công đoàn cơ sở` is a ratio; `13/4`, `20/10` (a day and a month) are not."""
    lex = _lex()
    try:
        value = parse_digits(text[start:mid])
        denominator = parse_digits(denominator_raw)
    except ValueError:
        return None
    left = text[s0:start]
    unit, subject = _counted_noun(text, end, s1, words)
    day_month = value.is_integer() and denominator.is_integer() and 1 <= value <= 31 and 1 <= denominator <= 12
    # A day and month (`13/4`, `20/10`) unless a counted noun follows a part-of-whole (`8/12 công nhân`).
    if day_month and (unit is None or value > denominator or lex.date_markers.search(left) or lex.range_opener.search(left)):
        return None
    if unit is None:
        unit, subject = _noun_stated_before(text, s0, start, words, ratio=True)
    found = _Found(start=start, end=end, value=value, kind="ratio", denominator=denominator, unit=unit, subject=subject)
    found.in_name = _name_context(text, s0, start, left, words) == "marker"
    _set_qualifiers(found, left)
    return found


def _read_roman(text: str, s0: int, start: int, end: int) -> _Found | None:
    """A Roman numeral after an ordinal marker: `lần thứ XVII`, `khóa XIX`, `Đại hội XIII`."""
    lex = _lex()
    left = text[s0:start]
    if not lex.ordinals.search(left) or text[end:end + 1] == "/":
        return None
    try:
        value = roman_to_int(text[start:end])
    except ValueError:
        return None
    return _Found(start=_thu_start(text, left, s0, start), end=end, value=float(value), kind="ordinal")


def _read_vague(text: str, s0: int, s1: int, start: int, end: int, words: _Words) -> _Found | None:
    """`hàng nghìn đoàn viên`, `hàng trăm tỷ đồng`: the named order of magnitude, qualifier vague."""
    phrase = text[start:end].split()
    found = _Found(start=start, end=end, value=_scale_of(" ".join(phrase[1:])), kind="count", qualifier="vague")
    if not _read_unit(found, text, s1, words):
        return None
    rest = text[s0:start]
    change = _lex().changes.search(rest)
    if change:
        found.change = _lex().change_of[change.group("p").lower()]
    return found
