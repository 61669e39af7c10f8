"""Dates: every day, month, quarter, year, range and term an article writes, as `DateFact` rows.

`extract_dates(doc, ctx)` is the extractor. The scanning is done by pure helpers that other
extractors (campaigns, documents, `ldtd check`) reuse on any text:

- `find_dates(text, reference=None, context_years=())` → every date expression of a text, as
  `DateMatch` (offsets into that text, kind, start/end dates, granularity, flags);
- `parse_date_expression(text, reference=None, context_years=())` → the longest one, or None
  (for a phrase already cut out, such as `từ 1/1/2024 đến 31/7/2024`);
- `year_in_force(text, reference=None, context_years=())` → the year a date written without
  one gets in that text (None when no year can be found).

What is read (words come from `pipeline/lexicons/dates.toml`):

- days `28/4/2023`, `27.12.2019`, `20-12-2024`, `ngày 28 tháng 4 năm 2023`; a bare day/month
  (`13/4`, `20.12`) only after a word such as `ngày`, `sáng`, `hôm`, `tính đến`, alone in
  parentheses, after a relative word, or inside a range — elsewhere `45/45` or `8/10` are
  ratios; months `tháng 5/2023`, `tháng 5 năm 2023`, `tháng 12`; quarters `quý II/2024`;
  years `năm 2024` (a bare `2024` is a year only inside a range or term: `Luật Thủ đô 2024`,
  `Thủ đô 2019` are names);
- ranges however written: `từ ngày 1/5 đến 30/9/2023`, `Từ tháng 1.1.2020 đến 30.6.2020`,
  `(28.7.1929- 28.7.2020)`, `Từ ngày 21 đến 23/11`, `từ 7- 8/2/2026`, `từ 0 giờ ngày
  20/12/2024 đến 24 giờ ngày 20/1/2025`, `2018- 2023`; the start takes the missing month and
  year from the end. `12 và 13/12/2023` (after `ngày` also `ngày 6, 7/7/2023`, `ngày 7 và 8-2`) is one
  range when the days are consecutive, else two dates. An open range (`Từ sau 30/10/2020`, `từ năm 2020`) yields its anchor date only;
- terms (kind 'term', year granularity): `nhiệm kỳ 2023 - 2028`, `giai đoạn 2016-2020`,
  `Năm học 2023 - 2024`, `5 năm (2021-2025)`;
- parts of a year (kind 'range', month granularity): `9 tháng đầu năm 2024` (1..9),
  `3 tháng cuối năm 2024` (10..12), `9 tháng năm 2024` (1..9), `nửa đầu năm`;
  parts of a month (kind 'range', day granularity): `trung tuần tháng 4` (11..20), `Nửa đầu tháng 6` (1..15);
- relative words (`hôm nay`, `sáng nay`, `hôm qua`, `ngày mai`, `năm nay`, `từ đầu năm đến
  nay`, and `từ ngày 8-1-2022 đến nay` from a point whose year is written, which without a
  reference yields that point only): resolved against the reference date (the article's
  `published_at`, else its host page's) with `relative` TRUE. Without a reference a bare relative word yields nothing,
  while `Sáng nay (13/4)` still yields 13/4 (the written day; `relative` FALSE, year by the
  rule below). The span of such a date runs from the relative word to the parenthesis.
- the lunar calendar (`calendar` 'lunar'): `ngày 20/11 - 21/12 năm Giáp Thìn 2024`, `ngày
  15/7 âm lịch`, `năm Giáp Thìn`, `xuân Giáp Thìn` (lunar months 1..3), `Tết Nguyên đán
  2024` (lunar days 1..3 of month 1), `mùng 6 Tết`, `rằm tháng Giêng`, `ngày 23 tháng
  Chạp`; `tháng Giêng`/`tháng Chạp` are always lunar, `ngày 2/9` never is. Lunar dates are
  CONVERTED: `start_date`/`end_date` are the Gregorian days they fall on (Vietnamese
  calendar, `pipeline/lunar.py`), so every DATE column means the same thing; `calendar`
  records that the text wrote them in the lunar calendar. A sexagenary name fixes the year
  (the cycle nearest the year in force); one that conflicts with a year written next to it
  yields to the written year.

Spans: a fact covers the words its value was read from plus the noun that makes it a date —
`ngày 28/4/2023` (with `ngày`), `tháng 5/2023`, `năm 2024`, `quý II/2024`, `từ ngày 1/5 đến
30/9/2023` (from `từ` to the end), `nhiệm kỳ 2023 - 2028`, `9 tháng đầu năm 2024`, `Sáng nay
(13/4)`. Time-of-day words and parentheses around a plain date are left out: `sáng 20.12`
→ `20.12`, `(03.02.1930 - 03.02.2020)` → `03.02.1930 - 03.02.2020`.

The year of a date written without one (`year_inferred` TRUE; never the current year):
1. with a reference date, the reference's year — for a day or month, the previous year when
   the date would fall more than `future_window_days` (31) after the reference (a report
   published on 2 January about `28/12` means last December; a range within one year is placed
   by its start: `từ 1 đến 31/5` published on 25 April is this May); a quarter or part of a year
   (`3 tháng cuối năm`) takes the reference's year as is; a lunar feast takes the
   occurrence nearest the reference (in December, `Tết Nguyên đán` is the coming one);
2. else the year the text itself writes most often in dates, months, quarters, parts of a
   year and `năm YYYY` — not in terms or year ranges (`nhiệm kỳ 2023 - 2028` says when a
   mandate runs, not when the text was written) nor after a target word (`phấn đấu đến năm
   2030`) or a comparison (`so với năm 2021`, `so với tháng 5.2018`; after `so với cùng kỳ năm
   2021`, the same part of the year before, the text's year is 2022); between equally frequent
   years, the one written nearest the date, then the latest
   (`Ngày 20/12, … tổng kết năm 2024, triển khai nhiệm vụ năm 2025` → 2024);
3. else the first year the text's terms and year ranges most often start with (a congress
   `nhiệm kỳ 2024 - 2029` is held in 2024), except that the years an anniversary spans count
   by their end (`70 năm Giải phóng Sơn Tây (1954 - 2024)` is celebrated in 2024);
4. else the first of `context_years` (the runner lists the article's and then its host
   page's years, most frequent first);
5. else no year: the date is not emitted (unknown is never invented).

Not dates: document numbers (`80/KH-LĐLĐ`, `02-NQ/TW`, `145/2020/NĐ-CP`), ratios and
numbers (`8.563/8.563`, `45/45`, `24.167`, `100,64`), names (`SEA Games 33`, `Covid-19`),
phone numbers, anything inside a URL, a bare day number, a counted `3 tháng` (a duration).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from pipeline.extract.base import ArticleContext, fact_id, span_fields
from pipeline.extract.figures import url_spans
from pipeline.extract.spelled import TEN, scale_words
from pipeline.lexicon import load_lexicon
from pipeline.lunar import lunar_to_solar, lunar_year_span, years_named
from pipeline.scanner import compile_scanner
from schemas.models import DateFact

if TYPE_CHECKING:
    from spacy.tokens import Doc

# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class DateMatch:
    """One date expression of a text: offsets into that text and its meaning."""

    start: int
    end: int
    surface: str
    kind: str  # 'date', 'range', 'term'
    start_date: date
    end_date: date
    granularity: str  # 'day', 'month', 'quarter', 'year'
    year_inferred: bool = False
    calendar: str = "gregorian"
    relative: bool = False


@dataclass(frozen=True)
class _Point:
    """A date as written, parts possibly missing (`13/4` has no year, the `21` of `21 đến 23/11` no month)."""

    unit: str  # 'day', 'month', 'quarter', 'year'
    day: int | None = None
    month: int | None = None
    year: int | None = None
    quarter: int | None = None
    bare: bool = False  # a day/month with no word and no year: needs a licence


# ------------------------------------------------------------------ patterns

H = r"[^\S\n]"  # horizontal space: an expression never runs over a line break
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_MONTH = r"(?:1[0-2]|0?[1-9])(?!\d)"
_YEAR = r"(?:1\d{3}|20\d{2}|21\d{2})(?!\d)"
_COUNT = r"\d{1,2}(?!\d)"
_LEFT_EDGE = r"(?<![\w.,/])"
_RIGHT_EDGE = r"(?![\w/]|[.,]\d)"
_YEAR_IN_TEXT = re.compile(rf"(?<!\d){_YEAR}")


def _phrase(words: str) -> str:
    """A lexicon phrase as a pattern: its words joined by any horizontal space."""
    return rf"{H}+".join(re.escape(w) for w in words.split())


def _alternation(phrases: Iterable[str]) -> str:
    # Longest first (a phrase before the phrases it begins with), then in alphabetical order, so
    # that the pattern is the same text in every process (its compiled program is kept between
    # processes: pipeline/scanner.py). Two phrases of one length never match the same text
    # differently (their words are split alike), so their order changes no match.
    unique = sorted({" ".join(p.split()) for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase(p) for p in unique) + ")"


def _word(pattern: str) -> str:
    """A pattern that starts and ends on word boundaries (Unicode letters included)."""
    return rf"(?<!\w){pattern}(?!\w)"


# Point forms as templates: `{d}`, `{m}`, `{y}`… become named groups when a matched point is
# parsed and plain groups when the form is part of a bigger pattern (names cannot repeat).
_FORMS: dict[str, str] = {
    "dmy_words": r"(?:{dayword}){H}+{d}{H}+{monthword}{H}+(?:{m}|{mn})(?:{H}*,?{H}+{yearword}{H}+{y})?",
    "dmy_words_bare": r"{d}{H}+{monthword}{H}+{m}{H}*,?{H}+{yearword}{H}+{y}",
    "dmy_slash": r"{d}/{m}/{y}",
    "dmy_dot": r"{d}\.{m}\.{y}",
    "dmy_dash": r"{d}-{m}-{y}",
    # ISO 8601 (`2023-05-01`), as web pages and data exports write a day
    "dmy_iso": r"{y}-(?=\d\d-){m}-(?=\d\d(?!\d)){d}",
    "my_bare": r"{m}/{y}",
    "dm_slash": r"{d}/{m}",
    "dm_dot": r"{d}\.{m}",
    "dm_dash": r"{d}-{m}",
    "my_words": r"{monthword}{H}+(?:{m}(?:{H}*[/.\-]{H}*{y})?|{mn})(?:{H}+{yearword}{H}+{y2})?",
    "quarter": r"{quarterword}{H}+{q}(?:{H}*[/\-]{H}*{y}|{H}+{yearword}{H}+{y2})?",
    "year_words": r"{yearword}{H}+{y}",
    "year_bare": r"{y}",
    "day_bare": r"{d}",
}
_SINGLE_FORMS = ("dmy_iso", "dmy_words", "dmy_words_bare", "dmy_slash", "dmy_dot", "dmy_dash", "dm_slash", "dm_dot", "dm_dash",
                 "my_words", "quarter", "year_words")
# `từ ngày 1-6 đến ngày 30-6-2017`: a dashed day/month opens a range too (before `day_bare`, which
# would read its month alone as the first day); `1-6/6` still reads as days 1 to 6, the dash as
# the range's.
_LEFT_FORMS = ("dmy_iso", "dmy_words", "dmy_words_bare", "dmy_slash", "dmy_dot", "dmy_dash", "my_bare", "dm_slash", "dm_dot",
               "dm_dash", "my_words", "quarter", "year_words", "year_bare", "day_bare")
_RIGHT_FORMS = ("dmy_iso", "dmy_words", "dmy_words_bare", "dmy_slash", "dmy_dot", "dmy_dash", "my_bare", "dm_slash", "dm_dot",
                "dm_dash", "my_words", "quarter", "year_words", "year_bare")
# The longest aside in brackets read between a range's start and its `đến`.
MAX_RANGE_ASIDE = 240
_DAY_FORMS = ("dmy_words", "dmy_words_bare", "dmy_slash", "dmy_dot", "dmy_dash", "dm_slash", "dm_dot")
# Points that write their year (a range to `nay` starts at one of them).
_WRITTEN_YEAR_FORMS = ("dmy_iso", "dmy_words_bare", "dmy_slash", "dmy_dot", "dmy_dash", "my_bare", "my_words",
                       "year_words")
# In brackets right after a relative word a dashed day/month is no range (`Hôm nay (13-5)`).
_BRACKETED_DAY_FORMS = (*_DAY_FORMS, "dm_dash")


class _Grammar:
    """The compiled patterns, built once from the lexicon."""

    def __init__(self, lex: dict) -> None:
        words, dm, lunar = lex["words"], lex["day_month"], lex["lunar"]
        self.quarters = {k.lower(): v for k, v in lex["quarter"]["numerals"].items()}
        day_words = [words["day"], *words["day_colloquial"]]
        self.fill = {
            "H": H,
            "dayword": _alternation(day_words),
            "monthword": _phrase(words["month"]),
            "yearword": _phrase(words["year"]),
            "quarterword": _alternation(words["quarter"]),
            "q": "(?:" + "|".join(sorted((re.escape(k) for k in self.quarters), key=len, reverse=True))
                 + r")(?![\w])",
        }
        # A spelled month is matched as written (`(?-i:…)`), never after a word naming an event.
        self.spelled_months = dict(lex["spelled_months"])
        not_after = "".join(rf"(?<!{re.escape(w)} {re.escape(words['month'])} )"
                            for w in lex["spelled_months_not_after"]["words"])
        self.spelled_month = (not_after + "(?-i:" + "|".join(
            re.escape(k) for k in sorted(self.spelled_months, key=len, reverse=True)) + r")(?!\w)")
        self.point_parsers = {name: compile_scanner(self._form(name, named=True) + "$", re.IGNORECASE)
                              for name in _FORMS}
        single = self._forms(_SINGLE_FORMS)
        left, right, day_point = self._forms(_LEFT_FORMS), self._forms(_RIGHT_FORMS), self._forms(_DAY_FORMS)

        # lunar names and suffixes
        self.stems = [s.split("|") for s in lunar["stems"]]
        self.branches = [b.split("|") for b in lunar["branches"]]
        self.can_chi = compile_scanner(can_chi_pattern(named=True), re.IGNORECASE)
        can_chi = can_chi_pattern()
        dash = "(?:" + "|".join(re.escape(d) for d in dm["dashes"]) + ")"
        year_after = rf"(?:{H}*{dash}?{H}*(?:{self.fill['yearword']}{H}+)?{_YEAR})"
        lunar_year = rf"(?:{_alternation(lunar['year_words'])}{H}+{can_chi}{year_after}?)"
        marker = _alternation(lunar["markers"])
        marked = rf"(?:{H}*\({H}*{marker}{H}*\)|{H}+{marker}(?!\w))"
        lunar_suffix = rf"(?P<lunar>{marked}(?:{H}*,?{H}+{lunar_year}|{year_after})?|{H}*,?{H}+{lunar_year})"
        # A lunar month name is lunar by itself: a plain year may follow (`rằm tháng Giêng năm 2024`).
        lunar_name_suffix = rf"(?P<lunar>{marked}?(?:{H}*,?{H}+{lunar_year}|{year_after})?)"

        clock = (rf"{_COUNT}{H}*{_alternation(dm['clock_units'])}"
                 rf"(?:{H}*{_COUNT}(?:{H}*{_alternation(dm['minute_units'])})?)?(?!\w)")
        unit_words = _alternation([words["day"], *words["day_colloquial"], words["month"], words["year"]])
        open_ = _alternation(dm["range_open"])
        close = _alternation(dm["range_close"])
        pair = _alternation(dm["pair"])
        filler = _alternation(dm["range_end_fillers"])
        lead = (rf"(?P<lead>(?:{open_}{H}+)?(?:{clock}{H}+)?(?:{unit_words}{H}+)?)")
        connector = (rf"(?P<conn>{H}*{dash}{H}*(?:{_phrase(words['day'])}{H}+)?"
                     # an aside in brackets may stand before the end (`từ ngày 8/5 (ngày sinh của
                     # Henry Dunant …) đến ngày 19/5`)
                     rf"|(?:{H}*\([^()\n]{{1,{MAX_RANGE_ASIDE}}}\))?{H}+{close}{H}+(?:{filler}{H}+)?(?:{clock}{H}+)?"
                     rf"(?:{unit_words}{H}+)?"
                     rf"|(?:{H}+(?P<pair>{pair})|{H}*(?P<pair_mark>{_alternation(dm['pair_marks'])}))"
                     rf"{H}+(?:{_alternation(dm['pair_times'])}{H}+)?"
                     rf"(?:{_phrase(words['day'])}{H}+)?)")
        self.range = compile_scanner(
            rf"{_LEFT_EDGE}{lead}(?P<left>{left}){connector}(?P<right>{right})"
            rf"{_RIGHT_EDGE}{lunar_suffix}?",
            re.IGNORECASE)
        self.single = compile_scanner(
            rf"{_LEFT_EDGE}(?P<lead>{self.fill['dayword']}{H}+)?(?P<point>{single}){_RIGHT_EDGE}"
            rf"{lunar_suffix}?",
            re.IGNORECASE)

        list_joiner = "|".join(rf"{H}*{re.escape(j)}{H}*" if not j.isalpha() else rf"{H}+{re.escape(j)}{H}+"
                               for j in lex["year_list"]["joiners"])
        self.year_list = compile_scanner(
            rf"(?<!\w){self.fill['yearword']}{H}+{_YEAR}(?P<more>(?:(?:{list_joiner}){_YEAR})+)(?![\w/])",
            re.IGNORECASE)
        # `70 năm Giải phóng Sơn Tây (1954 - 2024)`: an anniversary's count of years, up to the
        # bracket of the year range it spans.
        self.anniversary_lead = re.compile(rf"(?<!\w)(?P<n>\d{{1,4}}){H}+{_phrase(words['year'])}(?!\w)[^()\d.;:!?]{{0,100}}\({H}*$",
                                           re.IGNORECASE)
        term = lex["term"]
        year_range = (rf"(?:{open_}{H}+)?(?:{self.fill['yearword']}{H}+)?{_YEAR}"
                      rf"(?:{H}*{dash}{H}*|{H}+{close}{H}+(?:{self.fill['yearword']}{H}+)?){_YEAR}")
        counted = rf"{_COUNT}{H}+{_phrase(term['duration_unit'])}"
        self.term = compile_scanner(
            rf"(?<!\w)(?:(?P<word>{_alternation(term['words'])}){H}+{year_range}"
            rf"|{counted}{H}*\({H}*{year_range}{H}*\)|{counted}{H}+{year_range})(?![\w/])",
            re.IGNORECASE)

        period = lex["period"]
        counts = _spelled_month_counts()
        # (`năm` counts months where the part of the year follows: `năm tháng đầu năm 2022`)
        with_more = _spelled_counts_with_more()
        self.spelled_month_counts = {**counts, **with_more}
        first_or_last = _alternation([*period["first"], *period["last"]])
        self.period = compile_scanner(
            rf"(?<![\w.,])(?:(?P<n>{_COUNT})|(?P<spelled>{_alternation(counts)})"
            rf"|(?P<spelled_more>{_alternation(with_more)})(?={H}+{self.fill['monthword']}{H}+(?:{first_or_last})))"
            rf"{H}+{self.fill['monthword']}"
            rf"(?:{H}+(?:(?P<first>{_alternation(period['first'])})|(?P<last>{_alternation(period['last'])})"
            rf"|(?P<of>{_alternation(period['of_year'])})(?={H}+{_YEAR}))|(?={H}+{_YEAR}))"
            rf"(?:{H}+(?P<y>{_YEAR}))?(?![\w/])",
            re.IGNORECASE)
        # `tháng 6,7,8/2020`, `tháng 5 và 6/2022`: months listed with one year after the last
        joiner = _alternation([*lex["day_month"]["pair"], *lex["day_month"]["pair_marks"]])
        self.month_list = compile_scanner(
            rf"(?<!\w){self.fill['monthword']}{H}+(?P<first>{_MONTH})(?P<more>(?:{H}*(?:{joiner}){H}*{_MONTH})+)"
            rf"{H}*/{H}*(?P<y>{_YEAR})(?![\w/])",
            re.IGNORECASE)
        self.named_periods = {_fold(k): tuple(v) for k, v in period["named"].items()}
        self.named_period = compile_scanner(
            rf"(?<!\w)(?P<name>{_alternation(period['named'])})(?:{H}+(?P<y>{_YEAR}))?(?![\w/])",
            re.IGNORECASE)

        self.month_parts = {_fold(k): tuple(v) for k, v in lex["month_part"].items()}
        self.month_part = compile_scanner(
            rf"(?<!\w)(?P<part>{_alternation(lex['month_part'])}){H}+{self.fill['monthword']}{H}+(?P<m>{_MONTH})"
            rf"(?:{H}*[/.\-]{H}*(?P<y>{_YEAR})|{H}+{self.fill['yearword']}{H}+(?P<y2>{_YEAR}))?(?![\w/])",
            re.IGNORECASE)

        rel = lex["relative"]
        self.relative_days = {_fold(k): v for k, v in rel["days"].items()}
        self.relative_months = {_fold(k): v for k, v in rel["months"].items()}
        self.relative_years = {_fold(k): v for k, v in rel["years"].items()}
        def written_day(name: str, point: str = day_point) -> str:
            return rf"(?:(?:{self.fill['dayword']}){H}+)?(?P<{name}>{point})"
        self.relative_day = compile_scanner(
            rf"(?<!\w)(?P<rel>{_alternation(rel['days'])})(?!\w)"
            rf"(?:{H}*\({H}*{written_day('point', self._forms(_BRACKETED_DAY_FORMS))}{H}*\)"
            rf"|{H}*,?{H}+{written_day('point2')}{_RIGHT_EDGE})?",
            re.IGNORECASE)
        self.relative_unit = compile_scanner(
            rf"(?<!\w)(?P<rel>{_alternation([*rel['months'], *rel['years']])})(?!\w)", re.IGNORECASE)
        self.year_to_date = compile_scanner(_word(_alternation(rel["year_to_date"]["phrases"])), re.IGNORECASE)
        ytd = rel["year_to_date"]
        self.from_year_start = compile_scanner(
            rf"(?<!\w){_phrase(ytd['from_year_start'])}{H}+(?P<y>{_YEAR}){H}+(?:{_alternation(ytd['to_words'])}){H}+"
            rf"(?:(?P<now>{_alternation(ytd['now_words'])})(?!\w)|(?:{self.fill['dayword']}{H}+)?(?P<end>{day_point}))",
            re.IGNORECASE)
        # `từ ngày 8-1-2022 đến nay`, `Từ tháng 4/2016 tới nay`, `Từ năm 2015 đến nay`: from a point
        # whose year is written to the reference (without one, the point alone is read).
        self.from_point_to_now = compile_scanner(
            rf"(?<!\w)(?:{_alternation(dm['range_open'])}){H}+(?:{self.fill['dayword']}{H}+)?"
            rf"(?P<start>{self._forms(_WRITTEN_YEAR_FORMS)}){H}+(?:{_alternation(ytd['to_words'])}){H}+"
            rf"(?:{_alternation(ytd['now_words'])})(?!\w)",
            re.IGNORECASE)
        # after `ngày`, a dashed day/month is a day too (`từ nay đến ngày 30-11`)
        self.from_now = compile_scanner(
            rf"(?<!\w){_alternation(ytd['from_now'])}{H}+(?:{_alternation(ytd['to_words'])}){H}+"
            rf"(?:{self.fill['dayword']}{H}+(?P<end>{self._forms(_BRACKETED_DAY_FORMS)})|(?P<end2>{day_point})){_RIGHT_EDGE}",
            re.IGNORECASE)
        self.recurring_after = compile_scanner(rf"{H}+(?:{_alternation(dm['recurring'])})(?!\w)", re.IGNORECASE)
        self.recurring_before = compile_scanner(
            rf"(?<!\w)(?:{_alternation(dm['recurring_before'])})(?!\w)[^.;!?\n]*$", re.IGNORECASE)
        self.not_after = compile_scanner(
            rf"(?:(?<!\w){_alternation(rel['not_after']['words'])}|\d){H}*$", re.IGNORECASE)

        self.day_month_lead = compile_scanner(rf"(?<!\w){_alternation(dm['leads'])}{H}*$", re.IGNORECASE)
        self.recurring_lead = compile_scanner(rf"(?<!\w){_alternation(dm['recurring_leads'])}{H}*$", re.IGNORECASE)
        self.counted_days_lead = compile_scanner(
            rf"(?<![\w,.])(?P<count>\d{{1,2}}){H}+(?:{_alternation(dm['counted_leads'])}){H}*,{H}*$", re.IGNORECASE)
        self.counted_month = compile_scanner(rf"\d{H}*$")
        # `thu nhập mỗi tháng 2-3 triệu đồng` (dev 1171): the number after `tháng` opens a sum (the
        # numbers lexicon's scale words, maybe after a range's second end), no month
        scales = sorted(set().union(*scale_words()))  # a thousand and up: `trăm`, `chục` stand in vague counts
        self.sum_after_month = re.compile(rf"(?:{H}*[-–]{H}*\d+(?:[.,]\d+)?)?{H}+(?:{_alternation(scales)})(?!\w)",
                                          re.IGNORECASE)
        rule = lex["year_rule"]
        self.target_lead = compile_scanner(
            rf"(?:(?<!\w)(?P<exception>{_alternation(rule['target_lead_exceptions'])}){H}+)?"
            rf"(?<!\w){_alternation(rule['target_leads'])}{H}*$", re.IGNORECASE)
        self.birth_lead = compile_scanner(rf"(?<!\w){_alternation(rule['birth_leads'])}{H}*$", re.IGNORECASE)
        self.comparison_lead = compile_scanner(
            rf"(?<!\w)(?:(?P<same_period>{_alternation(rule['same_period_leads'])})"
            rf"|{_alternation(rule['comparison_leads'])}){H}*$", re.IGNORECASE)
        # Either kind, before a year written with or without `năm`, or before a later year of the
        # same list (`sinh năm 2015 và 2018`) (for callers outside the grammar).
        self.undating_lead = re.compile(
            rf"(?<!\w)(?<!{_alternation(rule['target_lead_exceptions'])} )"
            rf"(?:{_alternation(rule['birth_leads'])}|{_alternation(rule['target_leads'])})"
            rf"{H}*(?:{self.fill['yearword']}{H}*)?(?:{_YEAR}(?:{list_joiner}))*{H}*$", re.IGNORECASE)
        # `Ngày Quốc tế Lao động 1/5`: capitalised words after the day's name, then the date.
        self.bracketed_dash_reach = int(dm["bracketed_dash_reach"])
        self.bracketed_dash_occasion = compile_scanner(
            rf"(?<!\w)(?:{_alternation(dm['bracketed_dash_occasions'])})(?!\w)[^;.!?()\n]{{0,{self.bracketed_dash_reach}}}\({H}*$")
        self.named_day = compile_scanner(rf"(?<!\w)(?i:{re.escape(dm['named_day'])}){H}+(?P<first>\w)(?:[\w-]|{H}){{0,60}}$")
        self.named_day_end = compile_scanner(rf"(?<!\w)(?i:{_alternation(dm['named_day_ends'])}){H}*$")
        self.ends_with_month_word = compile_scanner(rf"(?<!\w){self.fill['monthword']}$", re.IGNORECASE)

        # lunar feasts and years
        self.new_year = compile_scanner(
            rf"(?<!\w)(?:{_alternation(lunar['new_year'])}(?:{H}+(?:{self.fill['yearword']}{H}+)?"
            rf"(?P<cc>{can_chi}))?(?P<y>{year_after})?"
            rf"|{_alternation(lunar['new_year_short'])}{H}+(?:{self.fill['yearword']}{H}+)?"
            rf"(?:(?P<cc2>{can_chi})(?P<y2>{year_after})?|{_YEAR}))(?!\w)",
            re.IGNORECASE)
        self.new_year_days = int(lunar["new_year_days"])
        self.spring = compile_scanner(
            rf"(?<!\w){_alternation(lunar['spring_words'])}{H}+(?P<cc>{can_chi})(?P<y>{year_after})?(?!\w)",
            re.IGNORECASE)
        self.spring_months = tuple(lunar["spring_months"])
        self.lunar_year = compile_scanner(rf"(?<!\w){lunar_year}(?!\w)", re.IGNORECASE)
        self.feast_day = compile_scanner(
            rf"(?<!\w){_alternation(words['day_colloquial'])}{H}+(?P<d>{_DAY}){H}+"
            rf"{_phrase(lunar['feast_month_word'])}(?:{H}+(?P<cc>{can_chi}))?(?P<y>{year_after})?(?!\w)",
            re.IGNORECASE)
        self.lunar_month_names = {_fold(k): v for k, v in lunar["months"].items()}
        month_name = _alternation(lunar["months"])
        self.full_moon_day = int(lunar["full_moon_day"])
        self.full_moon = compile_scanner(
            rf"(?<!\w){_alternation(lunar['full_moon'])}{H}+{self.fill['monthword']}{H}+"
            rf"(?P<m>{month_name}|{_MONTH})(?!\w){lunar_name_suffix}",
            re.IGNORECASE)
        # `ngày 23 tháng Chạp`, and `28 tháng Chạp` (a day number before a lunar month's name).
        # `13–14 tháng Chạp`, `20 và 21 tháng Chạp`, `từ ngày 24 đến 27 tháng Chạp` (dev 646):
        # days of one lunar month, a range.
        self.lunar_month = compile_scanner(
            rf"(?<!\w)(?:(?:{open_}{H}+)?(?:{self.fill['dayword']}{H}+)?"
            rf"(?:(?P<d0>{_DAY})(?:{H}*{dash}{H}*|{H}+(?P<pair>{pair}){H}+"
            rf"|{H}+{close}{H}+(?:{self.fill['dayword']}{H}+)?))?(?P<d>{_DAY}){H}+)?"
            rf"{self.fill['monthword']}{H}+(?P<m>{month_name})(?!\w){lunar_name_suffix}",
            re.IGNORECASE)
        self.future_window = timedelta(days=int(rule["future_window_days"]))

    def _form(self, name: str, named: bool) -> str:
        groups = {"d": _DAY, "m": _MONTH, "mn": self.spelled_month, "y": _YEAR, "y2": _YEAR, "q": self.fill["q"]}
        fill = dict(self.fill)
        for key, pattern in groups.items():
            fill[key] = f"(?P<{key}>{pattern})" if named else f"(?:{pattern})"
        return _FORMS[name].format(**fill)

    def _forms(self, names: Sequence[str]) -> str:
        return "(?:" + "|".join(self._form(n, named=False) for n in names) + ")"

    def parse_point(self, text: str, allowed: Sequence[str]) -> _Point | None:
        """What a matched point says, trying the forms in order (the first full match wins)."""
        for name in allowed:
            match = self.point_parsers[name].match(text)
            if match is None:
                continue
            g = match.groupdict()
            num = {k: int(v) for k, v in g.items() if v and k in ("d", "m", "y", "y2")}
            if g.get("mn"):
                num["m"] = self.spelled_months[g["mn"]]
            year = num.get("y", num.get("y2"))
            if name.startswith("dmy"):
                return _Point("day", num["d"], num["m"], year)
            if name.startswith("dm_"):
                return _Point("day", num["d"], num["m"], None, bare=True)
            if name in ("my_bare", "my_words"):
                return _Point("month", None, num["m"], year)
            if name == "quarter":
                return _Point("quarter", None, None, year, quarter=self.quarters[g["q"].lower()])
            if name in ("year_words", "year_bare"):
                return _Point("year", year=year)
            if name == "day_bare":
                return _Point("day", num["d"], bare=True)
        return None

    def lunar_year_of(self, text: str) -> tuple[tuple[int, int] | None, int | None]:
        """(stem, branch) indices and the Gregorian-numbered year written in a lunar year phrase."""
        cycle = None
        match = self.can_chi.search(text)
        if match:
            stem = next(i for i, vs in enumerate(self.stems) if _fold(match["stem"]) in map(_fold, vs))
            branch = next(i for i, vs in enumerate(self.branches) if _fold(match["branch"]) in map(_fold, vs))
            cycle = (stem, branch)
            text = text[match.end():]
        years = _YEAR_IN_TEXT.findall(text)
        return cycle, (int(years[-1]) if years else None)


@cache
def can_chi_pattern(named: bool = False) -> str:
    """A lunar year's name (`Giáp Thìn`): a stem, then a branch, as dates.toml `[lunar]` spells them
    (`named`: in groups `stem` and `branch`)."""
    lunar = load_lexicon("dates")["lunar"]
    stem = "(?:" + "|".join(re.escape(v) for s in lunar["stems"] for v in s.split("|")) + ")"
    branch = "(?:" + "|".join(re.escape(v) for b in lunar["branches"] for v in b.split("|")) + ")"
    if named:
        stem, branch = f"(?P<stem>{stem})", f"(?P<branch>{branch})"
    return rf"{stem}{H}+{branch}(?!\w)"


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@cache
def _grammar() -> _Grammar:
    return _Grammar(load_lexicon("dates"))


# ------------------------------------------------------------------ the year rule


@dataclass(frozen=True)
class _YearRule:
    """How a date written without a year gets one, at one place of a text (module docstring)."""

    reference: date | None
    year: int | None  # the year in force there: the reference's, else the text's, else the context's
    future_window: timedelta
    year_from_context: bool = False  # no reference and no year in the text: `year` is the context's

    def for_day(self, month: int, day: int) -> int | None:
        if self.reference is None:
            return self.year
        year = self.reference.year
        candidate = _safe_date(year, month, day) or _safe_date(year - 1, month, day)
        if candidate is not None and candidate > self.reference + self.future_window:
            return year - 1
        return year

    def for_month(self, month: int) -> int | None:
        if self.reference is None:
            return self.year
        year = self.reference.year
        if date(year, month, 1) > self.reference + self.future_window:
            return year - 1
        return year

    def for_point(self, point) -> int | None:
        """The year of a point written without one, by its unit (day, month, or coarser)."""
        if point.unit == "day":
            return self.for_day(point.month, point.day)
        if point.unit == "month":
            return self.for_month(point.month)
        return self.year

    def for_lunar(self, day_of: Callable[[int], date | None]) -> int | None:
        """The lunar year whose occurrence of a feast is nearest the reference."""
        if self.reference is None:
            # A year known only from outside the text (a page's `date 2017-03`) cannot tell which
            # Tết a `thưởng Tết âm lịch` means: the feast stays undated.
            if self.year_from_context or self.year is None:
                return None
            # Without a reference, the year in force is the Gregorian year the text writes of: a
            # day of the twelfth month falls in it in the lunar year before (`từ ngày 7-1 đến ngày
            # 7-2 (nhằm ngày 28 tháng chạp âm lịch)` in a text of 2024 is 7/2/2024, dev 830).
            return next((y for y in (self.year, self.year - 1) if (d := day_of(y)) is not None and d.year == self.year),
                        self.year)
        ref = self.reference
        options = [(abs((d - ref).days), y) for y in (ref.year - 1, ref.year, ref.year + 1)
                   if (d := day_of(y)) is not None]
        return min(options)[1] if options else None


@dataclass(frozen=True)
class _YearEvidence:
    """The years a text gives for its yearless dates, gathered before any is resolved."""

    reference: date | None
    dated: tuple[tuple[int, int], ...]  # (offset, year) of every year written in a date
    start_years: Counter
    context_years: tuple[int, ...]
    future_window: timedelta

    def at(self, offset: int | None) -> _YearRule:
        from_context = self.reference is None and not self.dated and not self.start_years
        return _YearRule(self.reference, self._year(offset), self.future_window, from_context)

    def _year(self, offset: int | None) -> int | None:
        if self.reference is not None:
            return self.reference.year
        if self.dated:
            counts = Counter(y for _, y in self.dated)
            top = max(counts.values())
            tied = {y for y, n in counts.items() if n == top}
            if len(tied) == 1 or offset is None:
                return max(tied)
            # Equally frequent years: the one written nearest the date (then the latest).
            nearest = min(self.dated, key=lambda written: (written[1] not in tied,
                                                           abs(written[0] - offset), -written[1]))
            return nearest[1]
        if self.start_years:
            return max(self.start_years, key=lambda y: (self.start_years[y], y))
        return self.context_years[0] if self.context_years else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _point_bounds(point: _Point, year: int) -> tuple[date, date] | None:
    if point.unit == "day":
        day = _safe_date(year, point.month, point.day) if point.month else None
        return (day, day) if day else None
    if point.unit == "month":
        return date(year, point.month, 1), _month_end(year, point.month)
    if point.unit == "quarter":
        first = 3 * point.quarter - 2
        return date(year, first, 1), _month_end(year, first + 2)
    return date(year, 1, 1), date(year, 12, 31)


_FINENESS = {"day": 0, "month": 1, "quarter": 2, "year": 3}


# ------------------------------------------------------------------ candidates


@dataclass
class _Candidate:
    """A matched expression before its year is settled."""

    start: int
    end: int
    resolve: Callable[[_YearRule], list[tuple[int, int, dict]]]
    written_years: tuple[int, ...] = ()  # years written in it that date the text
    start_years: tuple[int, ...] = ()  # first years of a term or year range (weaker evidence)


def _scan(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """Every match, retrying one character further after each (so overlapping readings are all seen)."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        yield match
        pos = match.start() + 1


def _licensed_day_month(g: _Grammar, text: str, start: int, end: int) -> bool:
    """Whether a bare day/month at text[start:end] reads as a date (not a ratio or a number)."""
    if g.day_month_lead.search(text[max(0, start - 24):start]):
        return True
    named = g.named_day.search(text[max(0, start - 80):start])
    if named and (named["first"].isupper() or g.named_day_end.search(text, max(0, start - 20), start)):
        return True
    before, after = text[:start].rstrip(" \t"), text[end:].lstrip(" \t")
    return before.endswith("(") and after.startswith(")")


def _counted_days_before(g: _Grammar, text: str, start: int, left: "_Point", right: "_Point") -> bool:
    """`Trong 2 ngày, 24-25/1`: a range of days in one month right after a count of as many days."""
    counted = g.counted_days_lead.search(text[max(0, start - 24):start])
    return (counted is not None and left.unit == right.unit == "day" and right.month is not None
            and left.month in (None, right.month) and right.day - left.day + 1 == int(counted["count"]))


def _lunar_suffix_year(g: _Grammar, suffix: str | None) -> tuple[bool, tuple[int, int] | None, int | None]:
    if not suffix:
        return False, None, None
    cycle, year = g.lunar_year_of(suffix)
    return True, cycle, year


def _lunar_year(cycle: tuple[int, int] | None, written: int | None, rule: _YearRule,
                day_of: Callable[[int], date | None]) -> tuple[int | None, bool]:
    """(lunar year, inferred?) from a sexagenary name and/or a written year, else the rule."""
    if written is not None:
        return written, False
    if cycle is not None:
        return (years_named(*cycle, rule.year) if rule.year is not None else None), False
    return rule.for_lunar(day_of), True


def _fact(kind: str, start: date, end: date, granularity: str, inferred: bool,
          calendar: str = "gregorian", relative: bool = False) -> dict:
    return {"kind": kind, "start_date": start, "end_date": end, "granularity": granularity,
            "year_inferred": inferred, "calendar": calendar, "relative": relative}


def _range_candidates(g: _Grammar, text: str) -> Iterator[_Candidate]:
    for m in _scan(g.range, text):
        left = g.parse_point(m["left"], _LEFT_FORMS)
        right = g.parse_point(m["right"], _RIGHT_FORMS)
        if left is None or right is None:
            continue
        lead = (m["lead"] or "").strip()
        is_pair = m["pair"] is not None or m["pair_mark"] is not None
        if left.unit == "day" and left.month is None and g.ends_with_month_word.search(lead):
            if left.day > 12:
                continue
            left = _Point("month", month=left.day)  # `từ tháng 5 đến tháng 9/2023`
        if left.unit == "day" and left.month is None and not (right.unit == "day" and right.month):
            continue  # `21 đến 23/11` needs the end's month
        if left.unit == "year" and left.year is None:
            continue
        if right.unit == "day" and right.month is None:
            continue
        dashed_end = re.fullmatch(r"\d+-\d+", m["right"])
        if (dashed_end or m["pair_mark"]) and not re.search(g.fill["dayword"], lead, re.IGNORECASE) \
                and not (dashed_end and g.day_month_lead.search(text[max(0, m.start() - 24):m.start()])):
            # `ngày 7 và 8-2`, `chiều 24 và sáng 25-4`, `ngày 6, 7/7/2023`; but `từ 1 đến 2-3 năm` counts
            continue
        if m["pair_mark"] and left.month is not None:
            continue  # `Ngày 5/6, 7/8 đơn vị …`: a list goes on after a whole date
        if is_pair and not (left.unit == right.unit == "day"):
            continue
        if left.unit == "year" or right.unit == "year":
            if left.unit != right.unit:
                continue
        licensed = (
            bool(lead) or left.year is not None or right.year is not None
            or _licensed_day_month(g, text, m.start(), m.end())
            or _counted_days_before(g, text, m.start(), left, right)
        )
        if not licensed:
            continue
        is_lunar, cycle, lunar_written = _lunar_suffix_year(g, m["lunar"])
        start = m.start() if lead else m.start("left")
        end = m.end() if is_lunar else m.end("right")
        year_range = left.unit == right.unit == "year"
        written = tuple(y for y in (left.year, right.year) if y is not None)
        if is_lunar and lunar_written is not None:
            written += (lunar_written,)
        yield _Candidate(
            start, end,
            _range_resolver(left, right, is_pair, is_lunar, cycle, lunar_written,
                            (start, end), (start, m.end("left")), (m.start("right"), m.end("right"))),
            written_years=() if year_range else written,
            start_years=((_anniversary_year(g, text, m.start(), left.year, right.year) or left.year,)
                         if year_range else ()),
        )


def _anniversary_year(g: _Grammar, text: str, start: int, first: int, last: int) -> int | None:
    """The year of an anniversary written with the years it spans (`70 năm … (1954 - 2024)`):
    the last, the one being celebrated. A congress's term or a plan's span is dated by its
    first year; an anniversary's first year is the founding, long past."""
    lead = g.anniversary_lead.search(text, max(0, start - 140), start)
    return last if lead is not None and int(lead["n"]) == last - first else None


def _range_resolver(left: _Point, right: _Point, is_pair: bool, is_lunar: bool,
                    cycle, lunar_written, span, left_span, right_span):
    def resolve(rule: _YearRule) -> list[tuple[int, int, dict]]:
        l_month = left.month if left.month is not None else right.month
        l_point = _Point(left.unit, left.day, l_month, left.year, left.quarter)
        if is_lunar:
            bounds = _lunar_range(l_point, right, cycle, lunar_written, rule)
            if bounds is None:
                return []
            first, last, inferred = bounds
            granularity = "day"
            calendar = "lunar"
        else:
            r_year, l_year = right.year, left.year
            inferred = r_year is None and l_year is None
            if inferred:
                # A range within one year is placed by its start: a month's drive announced on
                # 25 April `từ 1 đến 31/5` starts within the future window, though its end does not.
                crosses_year = (l_point.month or 0, l_point.day or 0) > (right.month or 0, right.day or 0)
                r_year = rule.for_point(right if crosses_year or l_point.month is None else l_point)
                if r_year is None:
                    return []
            if l_year is None:
                l_year = r_year
            elif r_year is None:
                r_year = l_year
            lb = _point_bounds(l_point, l_year)
            rb = _point_bounds(right, r_year)
            if lb is None or rb is None:
                return []
            if lb[0] > rb[1]:
                if left.year is not None and right.year is not None:
                    return []
                # The start's year came from the end: a range over New Year (`20/12 đến 5/1/2025`).
                shifted = _point_bounds(l_point, l_year - 1) if left.year is None else None
                later = _point_bounds(right, r_year + 1) if right.year is None and left.year else None
                if shifted is not None:
                    lb = shifted
                elif later is not None:
                    rb = later
                else:
                    return []
            first, last = lb[0], rb[1]
            granularity = min(left.unit, right.unit, key=_FINENESS.__getitem__)
            calendar = "gregorian"
        if is_pair and (last - first).days != 1:
            if first >= last:
                return []
            return [
                (*left_span, _fact("date", first, first, "day", inferred, calendar)),
                (*right_span, _fact("date", last, last, "day", inferred, calendar)),
            ]
        if first > last:
            return []
        return [(*span, _fact("range", first, last, granularity, inferred, calendar))]
    return resolve


def _lunar_range(left: _Point, right: _Point, cycle, written, rule: _YearRule):
    """Gregorian bounds of a lunar day range (`20/11 - 21/12 năm Giáp Thìn 2024`)."""
    if left.unit != "day" or right.unit != "day":
        return None
    crosses_year = (left.month, left.day) > (right.month, right.day)

    def end_of(year: int) -> date | None:
        return lunar_to_solar(right.day, right.month, year)

    year, inferred = _lunar_year(cycle, written, rule, end_of)
    if year is None:
        return None
    first = lunar_to_solar(left.day, left.month, year - 1 if crosses_year else year)
    last = end_of(year)
    if first is None or last is None:
        return None
    return first, last, inferred


def _single_candidates(g: _Grammar, text: str) -> Iterator[_Candidate]:
    for m in _scan(g.single, text):
        point = g.parse_point(m["point"], _SINGLE_FORMS)
        if point is None:
            continue
        lead = m["lead"]
        if point.bare:
            if m["point"].count("-") and not lead and not g.day_month_lead.search(text[max(0, m.start() - 24):m.start()]) \
                    and not (_licensed_day_month(g, text, m.start(), m.end("point"))
                             and g.bracketed_dash_occasion.search(
                                 text[max(0, m.start() - g.bracketed_dash_reach - 20):m.start()])):
                continue  # `30-4` is a date only as `ngày 30-4`, `chiều 30-4`, `Quốc khánh (2-9)`
            if not lead and not _licensed_day_month(g, text, m.start(), m.end("point")):
                continue
            if g.recurring_lead.search(text, max(0, m.start() - 24), m.start()):
                continue  # `mỗi dịp 2/9`: every year's
        if point.unit == "month" and point.year is None and g.counted_month.search(text[:m.start()]):
            continue  # `3 tháng 5 ngày`: a duration, not May
        if point.unit == "month" and point.year is None and g.sum_after_month.match(text, m.end("point")):
            continue  # `mỗi tháng 2-3 triệu đồng`: a sum a month, not February
        if point.year is None and (g.recurring_after.match(text, m.end("point")) or (
                point.unit == "month" and g.recurring_before.search(text, max(0, m.start() - 160), m.start()))):
            continue  # `tháng 5 hàng năm`, `Hằng năm, … vào tháng 5`: every May, no date
        is_lunar, cycle, lunar_written = _lunar_suffix_year(g, m["lunar"])
        if is_lunar and point.unit != "day":
            is_lunar = False
        start = m.start()
        end = m.end() if is_lunar else m.end("point")
        written = tuple(y for y in (point.year, lunar_written if is_lunar else None) if y is not None)
        target = g.target_lead.search(text[max(0, start - 24):start]) if point.unit == "year" else None
        if target and not target["exception"]:
            written = ()  # `phấn đấu đến năm 2030`: a target, not the text's own year
        if g.birth_lead.search(text[max(0, start - 12):start]):
            written = ()  # `sinh năm 1972`, `sinh ngày 31-12-1975`: a birth, not the text's own year
        compared = g.comparison_lead.search(text[max(0, start - 16):start])
        if compared and point.year is not None:
            # `so với cùng kỳ năm 2021`: the year before the text's; `so với năm 2021`, `so với
            # tháng 5.2018`: another year
            written = (point.year + 1,) if compared["same_period"] else ()
        yield _Candidate(start, end, _single_resolver(point, is_lunar, cycle, lunar_written, (start, end)),
                         written_years=written)


def _single_resolver(point: _Point, is_lunar: bool, cycle, lunar_written, span):
    def resolve(rule: _YearRule) -> list[tuple[int, int, dict]]:
        if is_lunar:
            def day_of(year: int) -> date | None:
                return lunar_to_solar(point.day, point.month, year)
            year, inferred = _lunar_year(cycle, lunar_written or point.year, rule, day_of)
            day = day_of(year) if year is not None else None
            return [(*span, _fact("date", day, day, "day", inferred, "lunar"))] if day else []
        year, inferred = point.year, point.year is None
        if inferred:
            year = rule.for_point(point)
        if year is None:
            return []
        bounds = _point_bounds(point, year)
        if bounds is None:
            return []
        return [(*span, _fact("date", bounds[0], bounds[1], point.unit, inferred))]
    return resolve


def _year_list_candidates(g: _Grammar, text: str) -> Iterator[_Candidate]:
    """`năm 2023, 2024`: each year after the first (the first is a single date of its own)."""
    for m in _scan(g.year_list, text):
        birth = g.birth_lead.search(text[max(0, m.start() - 12):m.start()])
        for y in _YEAR_IN_TEXT.finditer(text, m.start("more"), m.end("more")):
            year = int(y.group())
            span = (y.start(), y.end())

            def resolve(rule: _YearRule, year=year, span=span) -> list[tuple[int, int, dict]]:
                return [(*span, _fact("date", date(year, 1, 1), date(year, 12, 31), "year", False))]
            yield _Candidate(*span, resolve, written_years=() if birth else (year,))


def _term_candidates(g: _Grammar, text: str) -> Iterator[_Candidate]:
    for m in _scan(g.term, text):
        years = [int(y) for y in _YEAR_IN_TEXT.findall(m.group())][-2:]
        if len(years) != 2 or not (0 < years[1] - years[0] <= 100):
            continue
        first, last = date(years[0], 1, 1), date(years[1], 12, 31)
        span = (m.start(), m.end())
        yield _Candidate(*span, lambda rule, span=span, first=first, last=last:
                         [(*span, _fact("term", first, last, "year", False))],
                         start_years=(years[0],))


def _spelled_month_counts() -> dict[str, int]:
    """Counts of months spelled out (`ba`, `mười một`), folded: numbers.toml's spelled numbers up
    to twelve, without the words that count only with more (`năm`, `một`)."""
    spelled = load_lexicon("numbers")["spelled_numbers"]
    counts = {w: n for w, n in spelled["digits"].items() if w not in spelled["only_with_more"]}
    counts[TEN] = 10
    counts.update({f"{TEN} {w}": 10 + n for w, n in spelled["after_ten"].items() if 10 + n <= 12})
    return {_fold(w): n for w, n in counts.items()}


def _spelled_counts_with_more() -> dict[str, int]:
    """The spelled numbers that count only with more words (numbers.toml `only_with_more`: `năm`),
    up to twelve, folded."""
    spelled = load_lexicon("numbers")["spelled_numbers"]
    return {_fold(w): n for w, n in spelled["digits"].items() if w in spelled["only_with_more"] and n <= 12}


def _period_candidates(g: _Grammar, text: str) -> Iterator[_Candidate]:
    for m in _scan(g.period, text):
        n = int(m["n"]) if m["n"] else g.spelled_month_counts[_fold(m["spelled"] or m["spelled_more"])]
        if not 1 <= n <= 12:
            continue
        months = (13 - n, 12) if m["last"] else (1, n)
        yield _months_candidate(m, months, m["y"])
    for m in _scan(g.named_period, text):
        yield _months_candidate(m, g.named_periods[_fold(m["name"])], m["y"])
    for m in _scan(g.month_list, text):
        # consecutive months listed are one range, as consecutive days are (`tháng 6,7,8/2020`, dev 832)
        months = [int(m["first"]), *(int(x) for x in re.findall(r"\d+", m["more"]))]
        if all(b == a + 1 for a, b in zip(months, months[1:])):
            yield _months_candidate(m, (months[0], months[-1]), m["y"])
    for m in _scan(g.month_part, text):
        yield _month_part_candidate(m, int(m["m"]), g.month_parts[_fold(m["part"])], m["y"] or m["y2"])


def _month_part_candidate(m: re.Match, month: int, days: tuple[int, int], written: str | None) -> _Candidate:
    span = (m.start(), m.end())

    def resolve(rule: _YearRule) -> list[tuple[int, int, dict]]:
        year = int(written) if written else rule.for_month(month)
        if year is None:
            return []
        last = date(year, month, min(days[1], _month_end(year, month).day))
        return [(*span, _fact("range", date(year, month, days[0]), last, "day", written is None))]
    return _Candidate(*span, resolve, written_years=(int(written),) if written else ())


def _months_candidate(m: re.Match, months: tuple[int, int], written: str | None) -> _Candidate:
    span = (m.start(), m.end())

    def resolve(rule: _YearRule) -> list[tuple[int, int, dict]]:
        year = int(written) if written else rule.year
        if year is None:
            return []
        return [(*span, _fact("range", date(year, months[0], 1), _month_end(year, months[1]),
                              "month", written is None))]
    return _Candidate(*span, resolve, written_years=(int(written),) if written else ())


def _relative_candidates(g: _Grammar, text: str) -> Iterator[_Candidate]:
    for m in _scan(g.relative_day, text):
        offset = g.relative_days[_fold(m["rel"])]
        span = (m.start(), m.end())
        written = m["point"] or m["point2"]
        if written:
            point = g.parse_point(written, _BRACKETED_DAY_FORMS if m["point"] else _DAY_FORMS)
            if point is None:
                continue
            yield _Candidate(*span, _single_resolver(point, False, None, None, span),
                             written_years=(point.year,) if point.year else ())
            continue

        def resolve(rule: _YearRule, span=span, offset=offset) -> list[tuple[int, int, dict]]:
            if rule.reference is None:
                return []
            day = rule.reference + timedelta(days=offset)
            return [(*span, _fact("date", day, day, "day", True, relative=True))]
        yield _Candidate(*span, resolve)

    for m in _scan(g.relative_unit, text):
        if g.not_after.search(text[max(0, m.start() - 16):m.start()]):
            continue
        key = _fold(m["rel"])
        span = (m.start(), m.end())

        def resolve(rule: _YearRule, span=span, key=key) -> list[tuple[int, int, dict]]:
            ref = rule.reference
            if ref is None:
                return []
            if key in g.relative_months:
                index = ref.year * 12 + ref.month - 1 + g.relative_months[key]
                year, month = divmod(index, 12)
                return [(*span, _fact("date", date(year, month + 1, 1), _month_end(year, month + 1),
                                      "month", True, relative=True))]
            year = ref.year + g.relative_years[key]
            return [(*span, _fact("date", date(year, 1, 1), date(year, 12, 31), "year", True, relative=True))]
        yield _Candidate(*span, resolve)

    for m in _scan(g.from_year_start, text):
        span, first = (m.start(), m.end()), date(int(m["y"]), 1, 1)
        end_point = g.parse_point(m["end"], _DAY_FORMS) if m["end"] else None

        def resolve(rule: _YearRule, span=span, first=first, end_point=end_point) -> list[tuple[int, int, dict]]:
            if end_point is None:
                last, relative = rule.reference, True
            else:
                year = end_point.year or rule.for_point(end_point)
                bounds = _point_bounds(end_point, year) if year else None
                last, relative = (bounds[1] if bounds else None), False
            if last is None or last < first:
                return []
            return [(*span, _fact("range", first, last, "day", False, relative=relative))]
        yield _Candidate(*span, resolve, written_years=(first.year,))

    for m in _scan(g.from_point_to_now, text):
        span = (m.start(), m.end())
        start_point = g.parse_point(m["start"], _WRITTEN_YEAR_FORMS)
        if start_point is None or start_point.year is None:
            continue

        def resolve(rule: _YearRule, span=span, start_point=start_point) -> list[tuple[int, int, dict]]:
            bounds = _point_bounds(start_point, start_point.year)
            if rule.reference is None or bounds is None or rule.reference < bounds[0]:
                return []
            return [(*span, _fact("range", bounds[0], rule.reference, "day", False, relative=True))]
        yield _Candidate(*span, resolve, written_years=(start_point.year,))

    for m in _scan(g.from_now, text):
        span = (m.start(), m.end())
        end_point = g.parse_point(m["end"], _BRACKETED_DAY_FORMS) if m["end"] else g.parse_point(m["end2"], _DAY_FORMS)

        def resolve(rule: _YearRule, span=span, end_point=end_point) -> list[tuple[int, int, dict]]:
            # from the publication day on: a day without its year is the next one of that date
            first = rule.reference
            if first is None or end_point is None:
                return []
            bounds = _point_bounds(end_point, end_point.year or first.year)
            if bounds is not None and bounds[1] < first and end_point.year is None:
                bounds = _point_bounds(end_point, first.year + 1)
            if bounds is None or bounds[1] < first:
                return []
            return [(*span, _fact("range", first, bounds[1], "day", end_point.year is None, relative=True))]
        yield _Candidate(*span, resolve, written_years=(end_point.year,) if end_point and end_point.year else ())

    for m in _scan(g.year_to_date, text):
        span = (m.start(), m.end())

        def resolve(rule: _YearRule, span=span) -> list[tuple[int, int, dict]]:
            ref = rule.reference
            if ref is None:
                return []
            return [(*span, _fact("range", date(ref.year, 1, 1), ref, "day", True, relative=True))]
        yield _Candidate(*span, resolve)


def _lunar_candidates(g: _Grammar, text: str) -> Iterator[_Candidate]:
    def yearly(m: re.Match, cycle_text: str | None, year_text: str | None,
               bounds_of: Callable[[int], tuple[date, date] | None], kind: str, granularity: str,
               start: int | None = None) -> _Candidate:
        cycle, written = g.lunar_year_of((cycle_text or "") + " " + (year_text or ""))
        span = (m.start() if start is None else start, m.end())

        def resolve(rule: _YearRule) -> list[tuple[int, int, dict]]:
            year, inferred = _lunar_year(cycle, written, rule,
                                         lambda y: (b[0] if (b := bounds_of(y)) else None))
            bounds = bounds_of(year) if year is not None else None
            if bounds is None:
                return []
            return [(*span, _fact(kind, bounds[0], bounds[1], granularity, inferred, "lunar"))]
        return _Candidate(*span, resolve, written_years=(written,) if written else ())

    def new_year_days(year: int) -> tuple[date, date] | None:
        first = lunar_to_solar(1, 1, year)
        return (first, first + timedelta(days=g.new_year_days - 1)) if first else None

    def spring(year: int) -> tuple[date, date] | None:
        first = lunar_to_solar(1, g.spring_months[0], year)
        after = lunar_to_solar(1, g.spring_months[1] + 1, year)
        return (first, after - timedelta(days=1)) if first and after else None

    for m in _scan(g.new_year, text):
        cycle_text = m["cc"] or m["cc2"]
        year_text = m["y"] or m["y2"] or (None if cycle_text else m.group())
        yield yearly(m, cycle_text, year_text, new_year_days, "range", "day")
    for m in _scan(g.spring, text):
        yield yearly(m, m["cc"], m["y"], spring, "range", "month")
    for m in _scan(g.lunar_year, text):
        yield yearly(m, m.group(), None, lambda y: lunar_year_span(y), "date", "year")
    for m in _scan(g.feast_day, text):
        day = int(m["d"])
        yield yearly(m, m["cc"], m["y"],
                     lambda y, day=day: ((d, d) if (d := lunar_to_solar(day, 1, y)) else None),
                     "date", "day")
    for m in _scan(g.full_moon, text):
        month = _lunar_month_number(g, m["m"])
        cycle_text = m["lunar"] or ""
        yield yearly(m, cycle_text, cycle_text,
                     lambda y, month=month: ((d, d) if (d := lunar_to_solar(g.full_moon_day, month, y)) else None),
                     "date", "day")
    for m in _scan(g.lunar_month, text):
        month = _lunar_month_number(g, m["m"])
        cycle_text = m["lunar"] or ""
        if m["d"]:
            first, last = int(m["d0"] or m["d"]), int(m["d"])
            # Two days joined by `và` are one range only when consecutive (as Gregorian pairs).
            if first >= last or (m["pair"] and last != first + 1):
                first = last
            yield yearly(m, cycle_text, cycle_text,
                         lambda y, first=first, last=last, month=month:
                         ((a, b) if (a := lunar_to_solar(first, month, y)) and (b := lunar_to_solar(last, month, y))
                          else None),
                         "range" if first < last else "date", "day",
                         start=m.start("d") if m["d0"] and first == last else None)
            continue

        def month_bounds(y: int, month=month) -> tuple[date, date] | None:
            first = lunar_to_solar(1, month, y)
            after = lunar_to_solar(1, month + 1, y) if month < 12 else lunar_to_solar(1, 1, y + 1)
            return (first, after - timedelta(days=1)) if first and after else None
        yield yearly(m, cycle_text, cycle_text, month_bounds, "date", "month")


def _lunar_month_number(g: _Grammar, text: str) -> int:
    return g.lunar_month_names.get(_fold(text)) or int(text)


# ------------------------------------------------------------------ public helpers


def _candidates(text: str) -> list[_Candidate]:
    """Every reading of every stretch of `text` that looks like a date (overlapping)."""
    g = _grammar()
    found: list[_Candidate] = []
    for source in (_range_candidates, _term_candidates, _period_candidates, _relative_candidates,
                   _lunar_candidates, _single_candidates, _year_list_candidates):
        found.extend(source(g, text))
    urls = url_spans(text)
    return [c for c in found if not any(c.start < e and s < c.end for s, e in urls)]


def _select(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Non-overlapping readings: the longest reading of a stretch of text wins, then the earliest."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _resolved(text: str, reference: date | None, context_years: Sequence[int]):
    """The chosen readings with their facts, and the year evidence they were resolved with.

    A reading that resolves to nothing (a range ending before it starts, a relative word with
    no reference, a date with no year to be found) gives its text back to shorter readings:
    `31/12/2024 đến 1/1/2024` is then two dates.
    """
    pool = _candidates(text)
    while True:
        chosen = _select(pool)
        evidence = _evidence(chosen, reference, context_years)
        results = [(cand, cand.resolve(evidence.at(cand.start))) for cand in chosen]
        failed = {id(cand) for cand, facts in results if not facts}
        if not failed:
            return results, evidence
        pool = [cand for cand in pool if id(cand) not in failed]


def _evidence(candidates: Sequence[_Candidate], reference: date | None,
              context_years: Sequence[int]) -> _YearEvidence:
    return _YearEvidence(
        reference=reference,
        dated=tuple((c.start, y) for c in candidates for y in c.written_years),
        start_years=Counter(y for c in candidates for y in c.start_years),
        context_years=tuple(context_years),
        future_window=_grammar().future_window,
    )


def find_dates(text: str, reference: date | None = None,
               context_years: Sequence[int] = ()) -> list[DateMatch]:
    """Every date expression of `text`, in text order, with offsets into `text`.

    `reference` is the publication date (relative words resolve against it; yearless dates
    take its year); `context_years` are years the caller knows the text belongs to, most
    likely first (used only when neither the reference nor the text gives a year).
    """
    results, _ = _resolved(text, reference, context_years)
    return [
        DateMatch(start=start, end=end, surface=text[start:end], **values)
        for _, facts in results
        for start, end, values in facts
    ]


def parse_date_expression(text: str, reference: date | None = None,
                          context_years: Sequence[int] = ()) -> DateMatch | None:
    """The longest date expression in a short text (`từ 1/1/2024 đến 31/7/2024`), or None."""
    matches = find_dates(text, reference, context_years)
    return max(matches, key=lambda m: (m.end - m.start, -m.start), default=None)


def undating_year_lead() -> re.Pattern:
    """Matches the end of the text before a year that does not date its text (a birth year, a
    target: lexicon `year_rule`)."""
    return _grammar().undating_lead


def year_in_force(text: str, reference: date | None = None,
                  context_years: Sequence[int] = ()) -> int | None:
    """The year a date written without one gets in `text` (rule in the module docstring)."""
    _, evidence = _resolved(text, reference, context_years)
    return evidence.at(None).year


# ------------------------------------------------------------------ the extractor


def extract_dates(doc: "Doc", ctx: ArticleContext) -> list[DateFact]:
    """Every date, range and term of the article, with the span it was read from."""
    facts: list[DateFact] = []
    for match in find_dates(doc.text, ctx.reference_date, ctx.context_years):
        try:
            span = span_fields(doc, ctx, match.start, match.end)
        except ValueError:
            continue  # text between sentences is never a fact
        facts.append(DateFact(
            date_id=fact_id("date", ctx, match.start, match.end),
            **span,
            kind=match.kind,
            start_date=match.start_date,
            end_date=match.end_date,
            granularity=match.granularity,
            year_inferred=match.year_inferred,
            calendar=match.calendar,
            relative=match.relative,
        ))
    return facts
