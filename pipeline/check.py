"""`ldtd check`: is each figure of a claim or a draft in the corpus, different there, or absent?

The text goes through the same tokeniser and extractors as the articles (figures, dates,
officials), without spaCy (`tokenise_words`), so that a claim from the shell is answered at once.
A stored figure is *evidence* for a claimed one only when it counts the same thing: the same kind
and unit (money in the same currency, a percentage, a count), for a count the same counted noun
phrase and the same words narrowing it (`thí sinh` is not `thí sinh đạt giải`, `căn nhà` is not
`công nhân`), for money and percentages the same words around it (a rate per the same thing);
when both state a period, periods that meet; and when the claim numbers its occasion (`lần thứ
XVII`), that number written where the figure is. Words are compared folded, abbreviations as
their expansion and other wordings of a counted noun as one (pipeline/lexicons/check.toml);
two clauses a word pair sets apart (`đã` / `chưa` báo cáo) never count the same thing; a
claim's spelled-out counts (`ba đợt`) are read as digits, and the corpus's are stored read so
(`figures.spelled`). Evidence is ranked by how many of the claim's other words (its
organisation, its place) its sentence shares, then time overlap, then outlet (an LĐTĐ article
before a repost or a teaser). The verdict is `supported` (evidence with a consistent value),
`differs` (evidence, none consistent: the corpus value is shown) or `not_found`. Figures about
something close but not the same are listed apart as *related*, never as evidence.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from functools import cache, cached_property, lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from pipeline.extract.spelled import scale_words, spelled_counts, spelled_ordinals, with_digits
from pipeline.lexicon import load_lexicon
from pipeline.textnorm import fold_key, nfc, strip_tones

if TYPE_CHECKING:
    from pipeline.forked import ForkedCalls

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NAME_BREAK = re.compile(r"[\d,:.()/]")  # between two words: not one name (a quote may open one)
# The marks inside an abbreviation written in parts (`GD&ĐT`, `KT-XH`), and a dot between two
# letters (`T.Ư`, read set 164); a dot after more is a place's (`TP.HCM`), which the place rules read.
_compound_mark = re.compile(r"[&\-]|(?<=\b[^\W\d_])\.(?=[^\W\d_]\b)")
# Syllables, numbers and punctuation marks, for reading the words after a counted noun.
_SYLLABLE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
# Where a clause ends inside a sentence: a comma before a space (not `2,9`), `;`, `:`, brackets, a dash.
_CLAUSE_BREAK = re.compile(r",(?=\s)|[;:()]|\s[-–—]\s")
# A list a colon opens, up to the clause after it (`gồm: A, B, C; triển khai …`).
_COLON_LIST = re.compile(r":(?=\s)[^;]*")
# A bracketed aside opening what a sentence says after a figure's noun phrase.
_LEADING_ASIDE = re.compile(r"^\s*\([^()]*\)")
_CLOSING_QUOTES = frozenset("”\"’'»")
_QUOTED = re.compile(r"[“\"«]([^”\"»]{2,}?)[”\"»]")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d]|[.,]\d)")
# The number of a congress, a term or a prize, in Roman numerals or in digits (`lần thứ XVII`,
# `khóa XV`, `khóa 12`).
_ORDINAL = re.compile(r"(?:(?<=thứ )|(?<=khóa )|(?<=khoá )|(?<=lần )|(?<=hội ))([IVXLC]+|\d{1,3})\b(?![.,]\d)")
# Where the items of a listed subject part (`công trình, sản phẩm, phần việc`).
_LIST_ITEM = re.compile(r",\s*|\s+và\s+")
# After a figure in its clause, where the list's next item starts (`… có 3 đồng chí và Huy hiệu 30 năm …`).
_NEXT_ITEM = re.compile(r"\svà\s")
# After a counted noun phrase, another figure of the same list (`2.002 sáng kiến, 564 đề tài`).
_LIST_GOES_ON = re.compile(r"\s*(?:,|và)\s*(?:hơn|gần|trên|khoảng)?\s*\d")
VERDICTS = ("supported", "differs", "not_found")
# Periods longer than this (six years) do not date a figure when its sentence states shorter ones.
MAX_PERIOD_DAYS = 6 * 366
# A span of at least this many whole years from a day to the same day is an anniversary.
MIN_ANNIVERSARY_YEARS = 5
# Words just before a figure without a counted noun that name it (`tổng kinh phí hỗ trợ là`).
NEAR_WORDS = 3
# Kinds whose unit is part of what they measure (VND is not USD, days are not years).
UNIT_KINDS = ("money", "percent", "duration", "measure")
# Candidates fetched per claimed figure before ranking (the best of them are shown).
CANDIDATE_LIMIT = 400
# ... of them, found by the counted noun alone (`_candidate_search`): a common noun (`người`) is
# counted in thousands of sentences, and a draft's every figure would weigh them all.
NOUN_ALONE_LIMIT = 100
# Money, percentages and other figures without a counted noun are about the same thing when at
# least this share of each one's clause words is in the other's sentence.
MIN_CLAUSE_SHARE = 0.5
# ... and for those, this share of the claim clause's lower-case words.
MIN_COMMON_SHARE = 0.6
# ... or, when no word right around the corpus figure is in the claim, this share.
MIN_COMMON_SHARE_ALONE = 0.75
# A figure with another value is evidence (`differs`) only when its paragraph and article title
# hold this share of the claim's other words.
MIN_DIFFERS_CONTEXT = 0.7
# The share of the words of a programme a claim names in quotes that the corpus must write where
# it states a figure for that figure to be the programme's.
MIN_QUOTED_SHARE = 0.5
# A first paragraph this short, in an article stored without a title, is its title (a crawled
# excerpt's headline): the lede is the paragraph after it too.
MAX_TITLE_CHARS = 160
# A paragraph shorter than this is no lede: a line of page furniture a crawl kept (a section's
# name, a byline, a widget's label) ...
MIN_LEDE_CHARS = 40
# ... and the lede is looked for up to this paragraph.
LAST_LEDE_PARAGRAPH = 5
# A list's last noun a claim may leave out, in syllables (`sinh viên`; not `sinh viên đạt giải`).
MAX_LAST_ITEM_UNSAID = 2
# Two periods are the same span when the shorter is at least this part of the longer (a month of
# 30 or 31 days, a quarter, a year); a count of half a year does not contradict one of the year.
MIN_SAME_SPAN = 0.8
# The most two periods of two years or more may share and still be two (their boundary year).
BOUNDARY_DAYS = 366
MIN_TOTAL_DAYS, MAX_TOTAL_DAYS = 28, 366


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
    subject_score: float                # share of the claim's other words around it (ranks evidence)
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
    others: list[Match] = field(default_factory=list)      # more evidence, ranked
    related: list[Match] = field(default_factory=list)     # about something close: never evidence


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
def _exact_stop_words() -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_lexicon("check")["stop_words"])


def exact_words(text: str | None) -> list[str]:
    """Content words compared with their tones and vowels (`căn` is not `cán`), case and tone
    placement aside (`Hoà` = `hòa`), abbreviations written out and one wording of the same counted
    thing for all (`folded_words`): what decides whether two figures count the same thing."""
    if not text:
        return []
    stop = _exact_stop_words()
    return [w for w in folded_words(text) if w not in stop]


def folded_words(text: str | None) -> list[str]:
    """The words of `text`, folded (`fold_key`), a known abbreviation as its expansion's words
    (`LĐLĐ` = `Liên đoàn Lao động`, `TP` = `thành phố`) and each wording of the lexicon's
    `same_counted` as the first of its group (`phần quà` = `suất quà`, `tỉ lệ` = `tỷ lệ`)."""
    same, starts = _same_wordings()
    words = list(chain.from_iterable(map(_folded_word, _WORD.findall(_compounds_joined(text or "")))))
    if starts.isdisjoint(words):
        return words
    result, done = [], 0
    for i in [i for i, word in enumerate(words) if word in starts]:
        if i < done:
            continue
        for n in range(min(same.longest, len(words) - i), 0, -1):
            first = same.table.get(tuple(words[i:i + n]))
            if first:
                result += words[done:i]
                result += first
                done = i + n
                break
    return result + words[done:]


class _SameWording(NamedTuple):
    table: dict[tuple[str, ...], tuple[str, ...]]   # folded wording -> its group's first
    longest: int


@lru_cache(maxsize=1 << 16)
def _folded_word(word: str) -> tuple[str, ...]:
    """A word as written, folded; a known abbreviation (`LĐLĐ`) as its expansion's folded words."""
    expansion = _abbreviations().get(word)
    return tuple(fold_key(w) for w in _WORD.findall(expansion)) if expansion else (fold_key(word),)


@cache
def _same_wordings() -> tuple[_SameWording, frozenset[str]]:
    """The lexicon's `same_counted` wordings, folded, and the words they start with."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in load_lexicon("check")["same_counted"]:
        wordings = [tuple(fold_key(w) for w in _WORD.findall(g)) for g in group]
        table.update((w, wordings[0]) for w in wordings[1:])
    return _SameWording(table, max(map(len, table), default=0)), frozenset(w[0] for w in table)


def precision_of(surface: str, value: float) -> float:
    """Half the unit of the last digit written: `1,7 triệu tỷ` allows ±0.05 triệu tỷ, `9.667` ±0.5;
    at most 5% for a whole number of a scale word (`1 triệu`)."""
    number = re.search(r"\d+(?:[.,]\d+)*", spaced_thousands_joined(surface))
    if not number or not value:
        return 0.5
    digits = number.group()
    decimals = len(digits.rsplit(",", 1)[1]) if "," in digits else 0
    written = float(digits.replace(".", "").replace(",", "."))
    scale = value / written if written else 1.0
    tolerance = 0.5 * 10 ** (-decimals) * scale
    if decimals == 0 and scale > 1:
        # `1 triệu đồng` is a million, not anything from half a million to one and a half: a
        # whole number of a scale word is read to within 5%.
        tolerance = min(tolerance, 0.05 * abs(value))
    return tolerance


def rounding_step(surface: str, value: float) -> float:
    """The place of the last digit a number writes that is not a zero, at its scale (`700` 100,
    `14.600` 100, `6 nghìn` 1.000, `10,4 triệu` 100.000), five of them when that digit is a
    five after another (`350` 50): a claim of `hơn 700` rounds down a figure below 800, not
    10,5 triệu."""
    number = re.search(r"\d+(?:[.,]\d+)*", spaced_thousands_joined(surface))
    if not number or not value:
        return 1.0
    digits = number.group()
    written = float(digits.replace(".", "").replace(",", "."))
    scale = value / written if written else 1.0
    whole, _, decimals = digits.replace(".", "").partition(",")
    written_digits = (whole + decimals).rstrip("0").lstrip("0")
    if decimals.rstrip("0"):
        step = 10.0 ** -len(decimals.rstrip("0"))
    else:
        step = 10.0 ** (len(whole) - len(whole.rstrip("0"))) if whole.strip("0") else 1.0
    if len(written_digits) > 1 and written_digits[-1] == "5":
        step *= 5  # rounded to a half (`hơn 350` of 363)
    return step * scale


def values_consistent(claim: dict, corpus: dict) -> bool:
    """Does the corpus figure support the claimed value, as precisely as the claim states it?"""
    if claim["value"] is None or corpus["value"] is None:
        return False
    tolerance = precision_of(claim["surface"], claim["value"])
    if claim["qualifier"] in ("about", "nearly"):
        tolerance = max(tolerance, 0.05 * abs(claim["value"]))
    low = corpus["value"]
    high = corpus["value_max"] if corpus["value_max"] is not None else corpus["value"]
    step = rounding_step(claim["surface"], claim["value"])
    if claim["qualifier"] in ("at_least", "at_most") and corpus["qualifier"] == claim["qualifier"]:
        # Two floors (`ít nhất 100.000 lượt` of a target of `ít nhất 150.000 lượt`) are the same
        # floor or two: the claim's is not rounded from the corpus's.
        return low - tolerance <= claim["value"] <= high + tolerance
    if claim["qualifier"] in ("more_than", "at_least"):
        # `hơn 600` is supported by 600 or more in the corpus, below the next step (700).
        return high >= claim["value"] - tolerance and low < claim["value"] + step
    if claim["qualifier"] in ("less_than", "at_most"):
        return low <= claim["value"] + tolerance and high > claim["value"] - step
    return low - tolerance <= claim["value"] <= high + tolerance


def _overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Do two periods meet? Two of several years each that share only their boundary year
    (`giai đoạn 2020 - 2025` and `giai đoạn 2015 - 2020`, two terms of office) are two periods."""
    if not (a[0] <= b[1] and b[0] <= a[1]):
        return False
    shared = (min(a[1], b[1]) - max(a[0], b[0])).days + 1
    return shared > BOUNDARY_DAYS or min((a[1] - a[0]).days, (b[1] - b[0]).days) + 1 <= 2 * BOUNDARY_DAYS


class _Search(NamedTuple):
    kind: str
    unit: str | None
    wordings: list[list[str]]
    words: list[str]
    noun_alone: int  # the 1-based index of the wording that is the counted noun alone, else 0


def _candidate_search(figure: dict, search_words: list[str], body: str = "") -> _Search:
    """A claimed figure's candidate search: stored figures of the same kind and unit; for a count,
    those whose subject holds every syllable of one wording of the claim's subject
    (`subject_wordings`), or of its counted noun alone; for other figures, those whose sentence or
    title holds a search word (lower case, as written)."""
    unit = figure["unit"] if figure["kind"] in UNIT_KINDS and figure["unit"] else None
    if figure["kind"] == "money" and unit:
        unit = unit.split("/")[0]  # the currency: a rate is told from an amount by `same_rate`
    wordings = subject_wordings(figure["subject"])
    # The words narrowing a counted noun may be said elsewhere in the corpus's clause (`147 suất
    # quà gồm các nhu yếu phẩm`, `số người chết vì tai nạn lao động 353 người`), where
    # `same_thing` reads them: the counted noun alone is searched too, its figures ranked last.
    head = [m.group() for m in _WORD.finditer((figure["unit"] or "").lower())] if figure["kind"] == "count" else []
    noun_alone = 0
    if wordings and head and head not in wordings:
        wordings.append(head)
        noun_alone = len(wordings)
    if figure["kind"] == "count" and fold_key(counted_noun(figure["subject"]) or "") in _comrade_members():
        # the members of a body may be counted as its comrades (`_comrades_counted`)
        wordings.extend(list(w) for w in _comrade_wordings() if list(w) not in wordings)
    if body:
        # a body's size may be counted in any word for its members (`Ban Chấp hành … gồm 19 người`
        # ~ `… gồm 19 đồng chí`): `same_thing` tells it by the body
        wordings.extend(w for w in ([m.group() for m in _WORD.finditer(member)] for member in _body_members())
                        if w not in wordings)
    return _Search(figure["kind"], unit, wordings, [] if wordings else list(search_words), noun_alone)


def same_rate(claim_unit: str | None, claim: "_Thing", corpus_unit: str | None, corpus: "_Thing") -> bool:
    """Are two sums of one currency said per the same thing? The same unit (`VND/người`), or one
    written as a rate (`4.500.000đ/người/tháng`) and the other as an amount in words that say it
    is one (`bình quân 4,5 triệu đồng mỗi tháng` of `người lao động`): each thing it is per, and a
    word saying "each", are in the other's sentence."""
    if claim_unit == corpus_unit or not claim_unit or not corpus_unit:
        return not (claim_unit == corpus_unit and "/" not in (claim_unit or "") and _each_item(claim)
                    and not _each_item(corpus) and not _item_value(corpus))
    claim_per, corpus_per = claim_unit.split("/")[1:], corpus_unit.split("/")[1:]
    if claim_per and corpus_per:
        return False
    per, words = (corpus_per, claim.sentence) if corpus_per else (claim_per, corpus.sentence)
    each = [set(fold_key(w).split()) for w in load_lexicon("check")["each_words"]]
    return any(e <= words for e in each) and all(set(exact_words(p)) <= words for p in per)


def _each_item(thing: "_Thing", words_key: str = "each_item_words") -> bool:
    """Does the sentence say a sum is each item's: check.toml `each_item_words` (or the list under
    `words_key`) before or after it (`mỗi đơn vị 30 triệu đồng`, `50.000.000 đồng/mỗi đơn vị`), or a
    slash right after it (`15.000.000đ/tỉnh`)?"""
    if thing._text[thing._end:].lstrip().startswith("/"):
        return True
    words = tuple(fold_key(w) for w in _WORD.findall(thing._text))
    return any(_says(words, each) for each in _lexicon_phrases(words_key))


def _item_value(thing: "_Thing") -> bool:
    """Is the sum said as an item's value or content (check.toml `item_value_words` right before
    it, not after `tổng`: `trao 50 suất quà trị giá 500.000 đồng`, `được tặng voucher (trị giá
    500.000 đồng)`, `30 suất quà cá nhân gồm 1 triệu đồng`): each item's, or maybe their total?"""
    before = tuple(fold_key(w) for w in _WORD.findall(thing._text[:thing._start]))
    totals = _lexicon_phrases("total_words")
    return any(before[-len(v):] == v and before[-len(v) - 1:-len(v)] not in totals
               for v in _lexicon_phrases("item_value_words"))


@lru_cache(maxsize=1 << 14)
def counted_noun(subject: str | None) -> str:
    """The counted noun phrase of a figure's subject: without a classifier before it (`đồng chí
    cán bộ công đoàn` counts `cán bộ công đoàn`) and, when it opens in lower case, without the
    place or body named after it (`công nhân lao động Hà Nội`, `cá nhân ngành Y tế Hà Nội`,
    `đoàn viên ngành`): who they are is the claim's context, not what is counted."""
    words = nfc(subject or "").split()
    rules = load_lexicon("check")["counted_noun"]
    for classifier in (*rules["classifiers"], *rules["object_classifiers"]):
        n = len(classifier.split())
        if len(words) > n and [w.lower() for w in words[:n]] == classifier.split():
            words = words[n:]
            break
    else:
        if len(words) > 1 and words[0].lower() in rules["name_classifiers"] and words[1][:1].isupper():
            words = words[1:]  # `243 căn Mái ấm Công đoàn` ~ `243 “Mái ấm Công đoàn”` (read set 99)
    # A term says which mandate, not what is counted (`12 Ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018 - 2023`).
    lowered = [w.lower() for w in words]
    words = next((words[:i] for i in range(1, len(words))
                  if any(tuple(lowered[i:i + len(t)]) == t for t in _term_words())), words)
    if words and words[0][:1].islower() and "," not in subject:  # a list (`quận, huyện, thị xã`) is counted whole
        places, members = _counted_noun_places()
        for i in range(1, len(words)):
            rest = [w.lower() for w in words[i:]]
            # a place word before a name or at the end (`ngành Y tế`, `đoàn viên ngành`), or a
            # name that ends the subject, opened by two capitalised words (`Hà Nội`, `chương
            # trình Tết Sum vầy`: elsewhere the name is quoted after the noun), but for the body
            # a member belongs to (`ủy viên Ban Chấp hành`)
            place = next((p for p in places.get(rest[0], ()) if tuple(rest[:len(p)]) == p), None)
            member = " ".join(words[:i]).lower() in members
            if place and (len(rest) == len(place) or words[i + len(place)][:1].isupper()) or (
                    len(words) - i >= 2 and words[i][:1].isupper() and words[i + 1][:1].isupper()
                    and not member) or (
                    # the body they are of (`159 đoàn viên Công đoàn ngành Xây dựng`)
                    not member and any(tuple(words[i:i + len(h)]) == h for h in _capitalised_heads())):
                words = words[:i]
                break
    return " ".join(words)


@cache
def _counted_noun_places() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """check.toml `counted_noun`: its place words by their first word, and its members."""
    rules = load_lexicon("check")["counted_noun"]
    places: dict[str, list[tuple[str, ...]]] = {}
    for place in rules["place_words"]:
        places.setdefault(place.split()[0], []).append(tuple(place.split()))
    return {first: tuple(found) for first, found in places.items()}, frozenset(rules["members"])


# A capitalised word of a name, maybe with an apostrophe inside (`xã Tr'hy`).
_NAME_WORD = r"[A-ZĐ][^\W\d_]*(?:['’][^\W\d_]+)?"


def _alternatives(words) -> str:
    """A regex alternation of the phrases, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _body_counted(sentence: str, start: int, end: int, counted: str) -> str:
    """The words of the body whose size a count of its members is (check.toml `member_bodies`:
    `Ban Chấp hành … gồm 155 đại biểu`, `bầu 21 đồng chí vào Ban Chấp hành`), none if the figure
    is no such count; folded."""
    if not f"{counted.lower()} ".startswith(_body_members()):
        return ""
    before, after = _body_size_patterns()
    size = before.search(sentence[:start]) or after.match(sentence, end)
    return _folded_text(size["body"]) if size else ""


@cache
def _body_members() -> tuple[str, ...]:
    """How a body's members are counted (`ủy viên`, `đồng chí`, `người`), each with a space after."""
    rules = load_lexicon("check")
    nouns = rules["counted_noun"]
    return tuple(f"{m} " for m in (*nouns["members"], *nouns["classifiers"], *rules["body_member_words"]))


@cache
def _body_size_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The body before a figure of its size (read on the text before the figure), and after it
    (read from the figure's end)."""
    rules = load_lexicon("check")
    bodies, links = _alternatives(rules["member_bodies"]), _alternatives(rules["body_size_links"])
    joins = _alternatives(rules["body_joins_after"])
    terms = _alternatives(" ".join(term) for term in _term_words())
    # the body, its name's words or term after it (after a comma too: `Ban Thường vụ Hội … khóa
    # XVI, nhiệm kỳ 2021-2026 gồm 11 người`, dev 1085), then the link right before the figure; or
    # the members' noun after the figure, then `vào` and the body
    return (re.compile(rf"(?<![^\W\d_])(?P<body>{bodies})(?:[^.;:,]|,\s*(?={terms})){{0,80}}?"
                       rf"\s(?:{links})\s+(?:\S+\s+)?$", re.IGNORECASE),
            re.compile(rf"\s+\S+(?:\s+\S+)?\s+(?:{joins})\s+(?P<body>{bodies})(?![^\W\d_])", re.IGNORECASE))


@cache
def _term_words() -> tuple[tuple[str, ...], ...]:
    """The words of a term (officials.toml `terms`: `nhiệm kỳ`, `khóa`), lower case: they say
    which mandate, not what is counted (`12 Ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018 - 2023`)."""
    return tuple(tuple(t.lower().split()) for t in load_lexicon("officials")["organizations"]["terms"])


@cache
def _time_of_day() -> re.Pattern:
    """A time of day before a date (`sáng 18/10`, `tối ngày 30/7`): the dates lexicon's `pair_times`."""
    words = "|".join(map(re.escape, load_lexicon("dates")["day_month"]["pair_times"]))
    return re.compile(rf"(?<!\w)({words})\s+(?:ngày\s+)?\d", re.IGNORECASE)


@cache
def _term_syllables() -> frozenset[str]:
    """The words of a term (`_term_words`), folded one by one."""
    return frozenset(fold_key(w) for term in _term_words() for w in term)


@cache
def _edition_syllables() -> frozenset[str]:
    """The words of a term (`_term_syllables`) and those that number an edition (check.toml
    `edition_words`: `lần thứ`), folded one by one."""
    return _term_syllables() | _lexicon_syllables("edition_words")


@cache
def _capitalised_heads() -> tuple[tuple[str, ...], ...]:
    """The officials extractor's organisation heads written in full (a capital, then words), as
    written: `Công đoàn`, `Liên đoàn Lao động`."""
    return tuple(tuple(h.split()) for h in load_lexicon("officials")["organizations"]["heads"]
                 if " " in h and h[0].isupper() and not h.isupper())


def subject_wordings(subject: str | None, most: int = 6) -> list[list[str]]:
    """The syllables of a counted subject's noun phrase (`counted_noun`) as written (lower case),
    and as it may be written elsewhere: its abbreviations written out (`CNVCLĐ`), the words of an
    abbreviation shortened, another wording of the same counted thing (`phần quà`, `suất quà`).
    The stored subjects are searched as written: each wording is a search of its own."""
    syllables = [m.group() for m in _WORD.finditer(counted_noun(subject).lower())]
    if not syllables:
        return []
    wordings = [syllables]
    if len(syllables) >= 4:
        # Its last two words may narrow it after the noun elsewhere (`Công nhân giỏi tiêu biểu`
        # ~ `“Công nhân giỏi” tiêu biểu`): `same_thing` reads them there.
        wordings.append(syllables[:-2])
    for short, long in _rewordings() * 2:  # twice: `công nhân` -> `công nhân lao động` -> `cnlđ`
        for wording in list(wordings):
            n = len(short)
            for i in range(len(wording) - n + 1):
                if tuple(wording[i:i + n]) == short and not _inside_longer_wording(wording, i, n):
                    reworded = wording[:i] + list(long) + wording[i + n:]
                    if reworded not in wordings and len(wordings) < most:
                        wordings.append(reworded)
                    break
    return wordings


def _inside_longer_wording(wording: list[str], i: int, n: int) -> bool:
    """Are the `n` syllables at `i` part of a longer wording the lexicon rewords whole (`nhà` of
    `căn nhà`, dev 460: `căn nhà Chữ thập đỏ` is `nhà Chữ thập đỏ`, not `căn căn nhà …`)?"""
    return any(len(short) > n and j <= i and i + n <= j + len(short) and tuple(wording[j:j + len(short)]) == short
               for short, _ in _rewordings() for j in range(max(0, i + n - len(short)), i + 1))


@cache
def _rewordings() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(syllables, syllables they may be written as), lower case as written: each abbreviation both
    ways, each pair of the lexicon's `same_counted` wordings."""
    pairs = []
    for short, long in _abbreviations().items():
        short_words, long_words = tuple(_WORD.findall(short.lower())), tuple(_WORD.findall(long.lower()))
        pairs += [(short_words, long_words), (long_words, short_words)]
    for group in load_lexicon("check")["same_counted"]:
        wordings = [tuple(_WORD.findall(nfc(g).lower())) for g in group]
        pairs += [(a, b) for a in wordings for b in wordings if a != b]
    return tuple(pairs)


@cache
def _abbreviations() -> dict[str, str]:
    """Known abbreviations written in one word (`CNVCLĐ`), with their expansion (the lexicon the
    abbreviations extractor reads); one written with marks between its letters (`GD&ĐT`,
    `LĐ-TB&XH`) as one word, its marks left out (`_compounds_joined`)."""
    from pipeline.extract.abbreviations import abbreviation_lexicon

    return {_compound_mark.sub("", k): v for k, v in abbreviation_lexicon().items()
            if _WORD.fullmatch(_compound_mark.sub("", k)) and any(c.isupper() for c in k)}


@cache
def _compound_abbreviations() -> tuple[tuple[str, ...], re.Pattern | None]:
    """The lexicon's abbreviations written with `&` or `-` between their letters, as written, and
    a pattern finding them used as whole words, as the abbreviations extractor finds them."""
    from pipeline.extract.abbreviations import abbreviation_lexicon, abbreviation_use_pattern

    compounds = tuple(sorted((k for k in abbreviation_lexicon() if _compound_mark.search(k)
                              and any(c.isupper() for c in k)), key=len, reverse=True))
    return compounds, (re.compile("|".join(abbreviation_use_pattern(k).pattern for k in compounds))
                       if compounds else None)


def _compounds_joined(text: str) -> str:
    """`text` with each known abbreviation written in parts joined into one word (`Sở GD&ĐT` ->
    `Sở GDĐT`), so that it is read as its expansion (`Sở Giáo dục và Đào tạo`, read set 119: the
    corpus writes both) and names one body, not two (`Sở GD`, `ĐT`)."""
    compounds, pattern = _compound_abbreviations()
    if not any(compound in text for compound in compounds):  # (most texts: folded_words is hot)
        return text
    return pattern.sub(lambda m: _compound_mark.sub("", m.group()), text)


def _candidates(con, searches: list[_Search]) -> list[list[dict]]:
    """The candidates of every search (`_candidate_search`), in one query for a whole draft: each
    query scanned the sentences table twice, 50 ms a figure on 10,000 articles.

    Each candidate comes with its paragraph's text and, as `lede`, its article's first paragraph
    that is not the title with the paragraph before its own: the occasion a figure is about is
    often named a sentence or a paragraph before it, or in the lede. At most CANDIDATE_LIMIT a
    search, the first by article id."""
    if not searches:
        return []
    kinds, units, wordings, words, noun_alone = (list(column) for column in zip(*searches))
    rows = con.execute(
        """WITH claim AS (
              SELECT unnest($1::INTEGER[]) AS claim_idx, unnest($2::VARCHAR[]) AS claim_kind,
                     unnest($3::VARCHAR[]) AS claim_unit, unnest($4::VARCHAR[][][]) AS wordings,
                     unnest($5::VARCHAR[][]) AS words, unnest($7::INTEGER[]) AS noun_alone),
            wording AS (
              SELECT claim_idx, claim_kind, claim_unit, unnest(wordings) AS syllables,
                     generate_subscripts(wordings, 1) AS wording_idx
              FROM claim WHERE len(wordings) > 0),
            syllable AS (
              SELECT claim_idx, wording_idx, claim_kind, claim_unit, unnest(syllables) AS syllable,
                     len(syllables) AS n_syllables
              FROM wording),
            figure AS MATERIALIZED (
              -- with its unit: a statistic counted in people (`số lao động có quyết định hưởng là
              -- 6.396 người`) stores the phrase stated before it as its subject, and is still people
              SELECT rowid AS figure_row, kind, unit, lower(concat_ws(' ', subject, unit)) AS lower_subject
              FROM figures WHERE NOT in_name),
            subject_matched AS (
              -- `same_thing` needs the claim's counted words in the stored subject: an exact, cheap
              -- filter, on the figures alone, and on each subject once (`người`, `doanh nghiệp`
              -- are counted again and again: matching every figure was 0.5 s of a long draft).
              -- Whole syllables: `ở` is no part of `sở`, nor `cđcs` of `CĐCSVM` (strong unions, another
              -- count, dev 1064).
              SELECT y.claim_idx, y.wording_idx, f.kind, f.unit, f.lower_subject
              FROM (SELECT DISTINCT kind, unit, lower_subject,
                           ' ' || regexp_replace(lower_subject, '[[:punct:]“”‘’…–—]+', ' ', 'g') || ' ' AS spaced
                    FROM figure) f JOIN syllable y
                ON (f.kind = y.claim_kind OR y.claim_kind = 'count' AND f.kind = 'ratio')
               AND (y.claim_unit IS NULL OR f.unit = y.claim_unit
                     OR f.kind = 'money' AND split_part(f.unit, '/', 1) = y.claim_unit)
               AND contains(f.spaced, ' ' || y.syllable || ' ')
              GROUP BY ALL HAVING count(*) = any_value(y.n_syllables)),
            matched AS MATERIALIZED (
              SELECT m.claim_idx, f.figure_row, min(m.wording_idx) AS wording_rank
              FROM subject_matched m JOIN figure f
                ON f.kind = m.kind AND f.unit IS NOT DISTINCT FROM m.unit AND f.lower_subject = m.lower_subject
              GROUP BY m.claim_idx, f.figure_row
              UNION ALL
              SELECT c.claim_idx, f.rowid AS figure_row, 1 AS wording_rank
              FROM figures f JOIN claim c
                ON (f.kind = c.claim_kind OR c.claim_kind = 'count' AND f.kind = 'ratio')
                 AND (c.claim_unit IS NULL OR f.unit = c.claim_unit
                     OR f.kind = 'money' AND split_part(f.unit, '/', 1) = c.claim_unit)
              WHERE len(c.wordings) = 0 AND NOT f.in_name),
            placed AS MATERIALIZED (
              -- Narrow rows (no sentence text): tens of thousands of figures match a long draft's
              -- nouns, and the few kept are joined to their sentences at the end.
              SELECT * EXCLUDE (words, haystack),
                     CASE WHEN len(words) = 0 THEN 0
                          ELSE len(list_filter(words, lambda w: contains(haystack, w))) END AS shared,
                     len(words) AS n_words
              FROM (SELECT m.claim_idx, m.wording_rank, m.wording_rank = c.noun_alone AS by_noun, m.figure_row,
                           c.words, f.article_id, f.sentence_idx, f.char_start, s.paragraph_idx,
                           hash(s.text) AS sentence_hash, f.char_start - s.char_start AS sentence_offset,
                           a.outlet, a.kind AS article_kind,
                           -- lowered once a row, not once a word
                           CASE WHEN len(c.words) > 0 THEN lower(s.text || ' ' || coalesce(a.title, '')) END AS haystack
                    FROM matched m
                    JOIN claim c USING (claim_idx)
                    JOIN figures f ON f.rowid = m.figure_row
                    JOIN sentences s USING (article_id, sentence_idx)
                    JOIN articles a USING (article_id))),
            found AS (
              -- The same sentence reposted or quoted by a teaser is one candidate (its LĐTĐ
              -- article first), so that copies do not crowd other figures out of the limit.
              SELECT claim_idx, wording_rank, by_noun, figure_row, article_id, sentence_idx, char_start,
                     paragraph_idx, shared
              FROM placed
              WHERE n_words = 0 OR shared > 0
              QUALIFY row_number() OVER (
                  PARTITION BY claim_idx, sentence_hash, sentence_offset
                  ORDER BY outlet IS DISTINCT FROM 'LĐTĐ', article_kind <> 'article', article_id) <= 2),
            kept AS (
              SELECT * FROM found
              -- a figure of the claim's whole counted phrase before one of its counted noun alone
              -- (searched by words: those sharing more of the claim's words first, as `lần` alone
              -- finds every edition of every event)
              QUALIFY row_number() OVER (PARTITION BY claim_idx ORDER BY wording_rank, shared DESC, article_id,
                                                                         char_start) <= $6
                  AND (NOT by_noun OR row_number() OVER (PARTITION BY claim_idx, by_noun ORDER BY article_id, char_start) <= $8)),
            paragraphs AS MATERIALIZED (
              SELECT article_id, paragraph_idx, string_agg(text, ' ' ORDER BY sentence_idx) AS paragraph
              FROM sentences WHERE article_id IN (SELECT article_id FROM kept)
              GROUP BY ALL),
            opening AS (
              -- the first two paragraphs that are not the title, nor a line of page furniture
              -- the crawl kept (a section's name, a byline, `Xem với cỡ chữ`, dev 404)
              SELECT p.article_id, p.paragraph_idx, p.paragraph, a.title
              FROM paragraphs p JOIN articles a USING (article_id)
              WHERE p.paragraph_idx <= $11 AND trim(p.paragraph) <> trim(coalesce(a.title, ''))
                AND length(trim(p.paragraph)) >= $10
              QUALIFY row_number() OVER (PARTITION BY p.article_id ORDER BY p.paragraph_idx) <= 2),
            ledes AS (
              -- the first of them; both when the article has no title and the first is as short
              -- as one (dev 712)
              SELECT article_id, CASE WHEN coalesce(trim(any_value(title)), '') = ''
                                           AND length(arg_min(paragraph, paragraph_idx)) <= $9
                                      THEN string_agg(paragraph, ' ' ORDER BY paragraph_idx)
                                      ELSE arg_min(paragraph, paragraph_idx) END AS lede
              FROM opening
              GROUP BY article_id)
            SELECT kept.claim_idx, kept.article_id, kept.sentence_idx, kept.char_start, f.char_end, f.surface,
                   f.value, f.value_max, f.denominator, f.unit, f.qualifier, f.subject, f.kind, s.text AS sentence,
                   s.char_start AS sentence_start, kept.paragraph_idx, a.title, a.outlet, a.kind AS article_kind,
                   a.url, CAST(a.published_at AS VARCHAR) AS published_at,
                   p.paragraph, CASE WHEN prev.paragraph IS NULL OR prev.paragraph = ledes.lede
                                     OR trim(prev.paragraph) = trim(coalesce(a.title, '')) THEN ledes.lede
                                     ELSE concat_ws(' ', ledes.lede, prev.paragraph) END AS lede
            FROM kept
            JOIN figures f ON f.rowid = kept.figure_row
            JOIN sentences s ON s.article_id = kept.article_id AND s.sentence_idx = kept.sentence_idx
            JOIN articles a ON a.article_id = kept.article_id
            -- on the kept row's paragraph, so that the planner does not join every paragraph of
            -- its article first (0.2 s of a long draft)
            JOIN paragraphs p ON p.article_id = kept.article_id AND p.paragraph_idx = kept.paragraph_idx
            LEFT JOIN paragraphs prev ON prev.article_id = kept.article_id AND prev.paragraph_idx = kept.paragraph_idx - 1
            LEFT JOIN ledes ON ledes.article_id = kept.article_id
            ORDER BY kept.claim_idx, kept.article_id, kept.char_start""",
        [list(range(len(searches))), kinds, units, wordings, words, CANDIDATE_LIMIT, noun_alone, NOUN_ALONE_LIMIT,
         MAX_TITLE_CHARS, MIN_LEDE_CHARS, LAST_LEDE_PARAGRAPH],
    )
    columns = [d[0] for d in rows.description]
    found: list[list[dict]] = [[] for _ in searches]
    # Candidates of one article repeat its title, lede and paragraphs: one string each, not one a
    # row, to hash and to send (pipeline.forked pickles each string object once).
    shared: dict[str, str] = {}
    for row in rows.fetchall():
        candidate = dict(zip(columns, (shared.setdefault(v, v) if isinstance(v, str) else v for v in row)))
        found[candidate.pop("claim_idx")].append(candidate)
    return found


def _article_dates(con, article_ids: list[str]) -> dict[str, list[tuple[int, date, date, int, int]]]:
    """Every date stated in the candidate articles: (sentence_idx, start, end, char_start,
    paragraph_idx)."""
    known: dict[str, list[tuple[int, date, date, int, int]]] = {a: [] for a in article_ids}
    if article_ids:
        for article_id, sentence_idx, start, end, char_start, paragraph_idx in con.execute(
            "SELECT d.article_id, d.sentence_idx, d.start_date, d.end_date, d.char_start, s.paragraph_idx "
            "FROM dates d JOIN sentences s USING (article_id, sentence_idx) "
            "WHERE d.article_id IN (SELECT unnest(?))",
            [article_ids],
        ).fetchall():
            known[article_id].append((sentence_idx, start, end, char_start, paragraph_idx))
    return known


def _time_overlap(claim_dates, article_dates: list[tuple], sentence_idx: int,
                  sentence: str = "", sentence_start: int = 0, paragraph_idx: int | None = None,
                  figure_start: int | None = None, published_at: str | None = None) -> bool | None:
    """Does the figure's period meet the claim's? Its sentence's dates decide, else its
    paragraph's (`article_dates` rows carry their paragraph), else its article's; None when none
    states a date. A date its sentence compares with (`tăng 21,4% so với cùng kỳ năm 2021`) is
    not when the figure is, nor are those before `đến nay` (`_counted_until_now`)."""
    if figure_start is not None:
        now = _counted_until_now(article_dates, sentence_idx, sentence, sentence_start, figure_start, published_at)
        if now is not None:
            return any(_overlaps(c, now[0]) for c in claim_dates) if now else None
    stated, _ = _stated_periods(article_dates, sentence_idx, sentence, sentence_start, paragraph_idx)
    if not stated:
        return None
    return any(_overlaps(c, d) for c in claim_dates for d in stated)


def _counted_until_now(article_dates: list[tuple], sentence_idx: int, sentence: str, sentence_start: int,
                       figure_start: int, published_at: str | None) -> list[tuple[date, date]] | None:
    """When every date of the figure's sentence comes before an `until_now` marker (check.toml)
    that comes before the figure, the period it is counted for: from its article's publication
    back to the date that opens a range (`Từ năm 2017 đến nay`), or that day alone (`thành lập năm
    1933 …, đến nay, … có 14.490 đảng viên`); [] when the article's date is unknown. None when
    the rule does not apply."""
    lowered = sentence[:max(figure_start - sentence_start, 0)].lower()
    if not any(marker in lowered for marker in _until_now()):
        return None
    marker_at = max(lowered.rfind(marker) for marker in _until_now())
    own = [d for d in article_dates if d[0] == sentence_idx]
    if not own or any(d[3] - sentence_start >= marker_at for d in own):
        return None
    if not published_at:
        return []
    published = date.fromisoformat(published_at[:10])
    opened = [d[1] for d in own if _open_range_before(sentence[:max(d[3] - sentence_start, 0)])]
    return [(min(opened, default=published), published)]


@cache
def _until_now() -> tuple[str, ...]:
    return tuple(nfc(m).lower() for m in load_lexicon("check")["until_now"])


def _another_span(claim_dates, article_dates: list[tuple], sentence_idx: int,
                  sentence: str = "", sentence_start: int = 0, paragraph_idx: int | None = None) -> bool:
    """Is the figure stated, in its sentence or paragraph, for a period that only meets the
    claim's inside a much longer or shorter one (`6 tháng đầu năm 2023` for a claim about `năm
    2023`)? A count of half a year and one of the year differ without contradicting each other."""
    # A date later in the paragraph dates what its own sentence says, not the figure's total (`35
    # suất học bổng` given at a launch, then contributions received `trong tháng 5`, read set 87).
    stated, own = _stated_periods(article_dates, sentence_idx, sentence, sentence_start, paragraph_idx,
                                  before_only=True)
    meeting = [(c, d) for c in claim_dates for d in stated if _overlaps(c, d)]
    if not own or not meeting:
        return False
    def days(period: tuple[date, date]) -> int:
        return (period[1] - period[0]).days + 1
    # Only totals over parts of a year (a month to a year): an event's day inside the claim's
    # year is when the counted thing happened, not a part of the year's total; and what is
    # counted over years (`từ năm 2000 đến năm 2018`, `từ đầu năm 2017 đến nay`) is often said
    # with another of its years.
    return all(MIN_TOTAL_DAYS <= min(days(c), days(d)) and max(days(c), days(d)) <= MAX_TOTAL_DAYS
               and min(days(c), days(d)) / max(days(c), days(d)) < MIN_SAME_SPAN for c, d in meeting)


def _open_range_before(text_before: str) -> bool:
    """Does a date open a range whose end is not written (`Từ đầu năm 2017, …`): one of the
    `_open_range_openers` right before it (`text_before`: the words before the date)?"""
    return f" {_folded_text(text_before)}".endswith(_open_range_openers())


@cache
def _open_range_openers() -> tuple[str, ...]:
    """The dates extractor's range openers (`từ`, `kể từ`), alone and with check.toml's fillers
    after them (`từ đầu`), folded."""
    openers = load_lexicon("dates")["day_month"]["range_open"]
    fillers = load_lexicon("check")["open_range_fillers"]
    return tuple(f" {_folded_text(o)}" for o in [*openers, *(f"{o} {f}" for o in openers for f in fillers)])


def _stated_periods(article_dates: list[tuple], sentence_idx: int, sentence: str, sentence_start: int,
                    paragraph_idx: int | None, before_only: bool = False) -> tuple[list[tuple[date, date]], bool]:
    """The periods a figure is stated for (see `_time_overlap`), and whether its own sentence or
    paragraph states them (not only its article); `before_only`, of its paragraph's other
    sentences only those before its own."""
    def compared(char_start: int) -> bool:
        before = sentence[:max(char_start - sentence_start, 0)]
        return before.lower().rstrip().endswith(_comparison_ends()) and f" {_folded_text(before)}".endswith(
            _comparison_markers())

    # A date the figure's sentence compares with is no period of its paragraph's or its article's
    # either (`444 tỉ đồng (tăng 61,96% so với năm 2021)` in an article about hè 2022, dev 548).
    article_dates = [d for d in article_dates if d[0] != sentence_idx or not compared(d[3])]
    own = [(d[1], d[2]) for d in article_dates if d[0] == sentence_idx] or [
        (d[1], d[2]) for d in article_dates
        if paragraph_idx is not None and d[4:5] == (paragraph_idx,) and (d[0] < sentence_idx or not before_only)]
    stated = own or [(d[1], d[2]) for d in article_dates]
    # An anniversary (`kỷ niệm 90 năm … (28/7/1929-28/7/2019)`) is when its last day is.
    stated = [(d[1], d[1]) if _anniversary(d) else d for d in stated]
    # A life (`19/5/1890-19/5/2022`) or an era meets every year: the shorter periods stated say when.
    stated = [d for d in stated if (d[1] - d[0]).days <= MAX_PERIOD_DAYS] or stated
    return stated, bool(own)


def _anniversary(period: tuple[date, date]) -> bool:
    """Is the period a span of whole years from one day to the same day (`28/7/1929-28/7/2019`)?
    A span of a year or two (`từ 15/3/2023 đến 15/3/2025`) is a term, not an anniversary."""
    start, end = period
    return end.year - start.year >= MIN_ANNIVERSARY_YEARS and (start.month, start.day) == (end.month, end.day)


def _season(surface: str, start: date, end: date) -> tuple[date, date]:
    """The period a claim's date stands for: a festival named alone (`Tết 2026`) its season
    (check.toml `seasons`), within its year; any other date its days."""
    words = surface.split()
    days = _seasons().get(fold_key(words[0])) if words else None
    if not days:
        return start, end
    before, after = days
    return (max(start - timedelta(days=before), date(start.year, 1, 1)),
            min(end + timedelta(days=after), date(end.year, 12, 31)))


@cache
def _seasons() -> dict[str, tuple[int, int]]:
    return {fold_key(word): (int(days[0]), int(days[1])) for word, days in load_lexicon("check")["seasons"].items()}


@cache
def _comparison_markers() -> tuple[str, ...]:
    return tuple(f" {_folded_text(m)}" for m in load_lexicon("check")["comparison_markers"])


@cache
def _comparison_ends() -> tuple[str, ...]:
    """The markers' last words as written, lower case: a cheap first test."""
    return tuple(nfc(m).split()[-1].lower() for m in load_lexicon("check")["comparison_markers"])


class _Thing:
    """What a figure is about, as folded words (`exact_words`): for a count, its counted noun
    phrase and the words narrowing it; for any figure, the words of its clause, sentence,
    paragraph and article title.

    Built for every candidate of a draft (a thousand and more), so what only a claim or only
    evidence needs is worked out when first asked for."""

    def __init__(self, sentence: str, start: int, end: int, subject: str | None, unit: str | None,
                 title: str | None, paragraph: str | None, lede: str | None, kind: str | None = None):
        self._text, self._start, self._end, self._subject = sentence, start, end, subject
        self.kind = kind  # the figure's kind (`money`, `count`, ...) where the caller knows it: a claim's
        self._title, self._paragraph, self._lede = title, paragraph, lede
        self.subject_words = frozenset(exact_words(counted_noun(subject)))
        # the words of each item of a listed subject (`công trình, sản phẩm, phần việc`)
        self.subject_items = tuple(frozenset(exact_words(item)) for item in _LIST_ITEM.split(subject or ""))
        counted = set(self.subject_words)
        self._rest = ""   # what the sentence says after the counted noun phrase
        narrowing: list[str] = []
        if subject:
            at = sentence.find(subject, end)
            if at >= 0:
                self._rest = sentence[at + len(subject):]
                narrowing = _narrowing_words(self._rest)
                counted.update(narrowing)
        # the counted noun and the words narrowing it, in order (`phiếu mua hàng`)
        self.named_phrase = " ".join([*folded_words(counted_noun(subject)), *narrowing]) if narrowing else ""
        breaks = list(_CLAUSE_BREAK.finditer(sentence, 0, start))
        self.clause_start = breaks[-1].end() if breaks else 0
        after = _CLAUSE_BREAK.search(sentence, end)
        self.clause_end = after.start() if after else len(sentence)
        back = len(breaks)
        while back and not _lower_words(sentence[self.clause_start:start] + " " + sentence[end:self.clause_end]):
            # a figure set off by itself (`với tỷ lệ phiếu bầu cao nhất, hơn 99%`): the clause
            # before says what it measures, over a bracketed name if need be (`giải thưởng tại
            # chương trình của Công ty Triple Việt Nam (Củ Chi) là hơn 350 triệu đồng`)
            back -= 1
            self.clause_start = breaks[back - 1].end() if back else 0
        clause_before = exact_words(sentence[self.clause_start:start])
        clause_after = exact_words(sentence[end:self.clause_end])
        # how the figure is bounded (`tối thiểu 500` ~ `ít nhất 500`) and the classifier of things
        # counted (`500 chiếc bánh chưng` ~ `500 bánh chưng`, dev 519) say nothing of what is counted
        bound = next((q for q in _qualifier_phrases() if tuple(clause_before[-len(q):]) == q), ())
        clause_before = clause_before[:len(clause_before) - len(bound)]
        if clause_after[:1] and clause_after[0] in _object_classifiers():
            clause_after = clause_after[1:]
        self.head = fold_key(unit) if subject and unit else ""        # a count's counted noun (its unit)
        self.counted = frozenset(counted)
        self.clause = frozenset(clause_before) | frozenset(clause_after)
        self.sentence = _word_set(sentence)
        # the clause's last words before it and first words after it
        self.near = frozenset(clause_before[-NEAR_WORDS:] + clause_after[:NEAR_WORDS])
        self.titled = self.sentence | _word_set(title)               # its sentence's and its article title's words

    @cached_property
    def names(self) -> tuple[str, ...]:
        """The names its sentence gives (`_names`)."""
        return _names(self._text)

    @cached_property
    def names_before_list(self) -> tuple[str, ...]:
        """The names its sentence gives before the list a colon opens right after its clause (`bầu
        4 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh, …`, dev 813): those after it are the counted."""
        text = self._text if self._text[self.clause_end:self.clause_end + 1] != ":" else self._text[:self.clause_end]
        # nor those of a list a colon opens for another figure, which names that figure's parts
        # (`với 5 chương trình trọng tâm gồm: Tiếp sức mùa thi, Chiến dịch Mùa Hè xanh, …; triển
        # khai 9 đội hình chuyên cấp thành phố`, dev 392)
        text = _COLON_LIST.sub(lambda m: m.group() if m.start() <= self._start < m.end() else "; ", text)
        return self.names if text == self._text else _names(text)

    @cached_property
    def body(self) -> str:
        """Members counted as a body's size (`Ban Chấp hành … khoá XIII gồm 155 đại biểu`) are the
        body's: another count of the noun (the congress's delegates) is another thing."""
        return _body_counted(self._text, self._start, self._end, counted_noun(self._subject))

    @cached_property
    def when_said(self) -> frozenset[str]:
        """Its clause's words that say when its occasion took place, not what was counted: a time of
        day before a date (`_time_of_day`: `sáng 18/10`) and check.toml `occasion_happened` (`diễn ra`)."""
        text = self._text[self.clause_start:self.clause_end]
        folded = f" {_folded_text(text)} "
        happened = (phrase for phrase in load_lexicon("check")["occasion_happened"]
                    if f" {_folded_text(phrase)} " in folded)
        times = (m.group(1) for m in _time_of_day().finditer(text))
        return frozenset(chain.from_iterable(map(exact_words, chain(times, happened))))

    @cached_property
    def before(self) -> frozenset[str]:
        """The sentence's words before the figure."""
        return frozenset(exact_words(self._text[:self._start]))

    @cached_property
    def around(self) -> frozenset[str]:
        """Its sentence's, its article title's and its paragraph's words."""
        return self.titled | _word_set(self._paragraph)

    @cached_property
    def common(self) -> frozenset[str]:
        """Its clause's words written in lower case: not names."""
        text = self._text
        lower = {fold_key(m.group()) for part in (text[self.clause_start:self._start], text[self._end:self.clause_end])
                 for m in _WORD.finditer(part) if m.group()[0].islower()}
        if self.kind == "percent":
            lower -= _lexicon_syllables("percent_words")
        return frozenset(lower) & self.clause

    @cached_property
    def name_inner(self) -> frozenset[str]:
        """Those of `common` written inside a name, between two capitalised words (`Công ty TNHH May
        mặc Triple Việt Nam`, `Trường Mầm non Việt Triều`, read set 100): checked as names are."""
        return _inside_names(self._text[self.clause_start:self.clause_end]) & self.common

    @cached_property
    def quoted(self) -> frozenset[str]:
        """The words of its sentence inside quotation marks (a name: `“Tết Sum vầy”`)."""
        return frozenset(chain.from_iterable(exact_words(m.group(1)) for m in _QUOTED.finditer(self._text)))

    @cached_property
    def clause_numbers(self) -> frozenset[str]:
        """The numbers its clause writes besides its own (`Huy hiệu 70 năm tuổi Đảng`), after it up to
        the next item of a list (`Huy hiệu 40 năm tuổi Đảng có 3 đồng chí và Huy hiệu 30 năm …`, dev
        927: the 30 is the next item's)."""
        text = self._text
        after = _NEXT_ITEM.split(text[self._end:self.clause_end], maxsplit=1)[0]
        return _numbers_in(text[self.clause_start:self._start]) | _numbers_in(after)

    @cached_property
    def clause_words(self) -> tuple[str, ...]:
        """Its clause's words in order, folded, stop words kept (`đã`, `chưa` say which ones)."""
        return tuple(folded_words(self._text[self.clause_start:self.clause_end]))

    @cached_property
    def opposites_said(self) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        """(what its clause says, its opposite) for each pair of the lexicon's `opposites` it says
        a side of: a claim's, worked out once for all its candidates."""
        return tuple((said, other) for pair in _opposite_pairs() for said, other in (pair, pair[::-1])
                     if _says(self.clause_words, said))

    @cached_property
    def predicate(self) -> frozenset[str]:
        """What its clause says of the counted after naming it (`1.566 cá nhân tiêu biểu được ngành
        y tế công nhận`); for one item of a list (`2.002 sáng kiến, 564 đề tài, 175 công trình được
        công nhận`), what the sentence says of the whole list."""
        # A bracket right after the counted glosses them (`1.300 doanh nghiệp (tại 50 tỉnh, thành
        # phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng`, dev 387): what is said of them follows it.
        rest = _LEADING_ASIDE.sub("", self._rest, count=1)
        if self.in_list:
            return frozenset(exact_words(rest.split(";")[0]))
        clauses = _CLAUSE_BREAK.split(rest.split(";")[0])
        # A later clause in the passive says it of them too (`5.500 đoàn viên, người lao động đến
        # từ các đơn vị, doanh nghiệp, được nhận Phiếu mua hàng`).
        passive = [c for c in clauses[1:] if c.split()[:1] and fold_key(c.split()[0]) in _passive_marks()]
        return frozenset(exact_words(" ".join([clauses[0], *passive])))

    @cached_property
    def items_share(self) -> frozenset[str]:
        """The words most items of a list a colon opens right after the counted say (`tặng quà cho
        6 đơn vị: Điện lực Hòa An và Điện lực Thành phố Cao Bằng, Điện lực Phổ Yên`: `điện lực`), which
        say what kind they are (read set 160); else none."""
        listed = _COLON_LIST.match(self._rest.lstrip())
        if not listed:
            return frozenset()
        items = [frozenset(exact_words(item)) for item in _LIST_ITEM.split(listed.group()[1:])]
        items = [item for item in items if item]
        # (most of them: the sentence may go on after the list's last item, `…, mỗi suất quà trị giá …`)
        return frozenset(w for w in items[0] if 2 * sum(w in item for item in items) > len(items)) \
            if len(items) >= 2 else frozenset()

    @cached_property
    def in_list(self) -> bool:
        """Is it one item of a list the sentence goes on with (`2.002 sáng kiến, 564 đề tài, …`)?"""
        return bool(_LIST_GOES_ON.match(_LEADING_ASIDE.sub("", self._rest, count=1)))

    @cached_property
    def whole_said(self) -> frozenset[str]:
        """For a part of a count just stated (check.toml `breakdown_marks`: `12 đồng chí được trao
        tặng Huy hiệu Đảng, trong đó: … có 4 đồng chí`), the words its sentence says before the
        mark, of the whole; else none."""
        before = f" {_folded_text(self._text[:self.clause_start])} "
        at = max((before.rfind(mark) for mark in _breakdown_marks()), default=-1)
        if at < 0 or not _NUMBER.search(self._text[:self.clause_start]):
            return frozenset()
        return frozenset(before[:at].split())

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Its article title's words."""
        return _word_set(self._title)

    @cached_property
    def headline_words(self) -> frozenset[str]:
        """Its article title's words or, the page having kept no title, its lede's when the lede
        is another paragraph than its own (dev 745's `… đã trao quà Tết cho đoàn viên …`)."""
        if (self._title or "").strip() or not self._lede or (self._paragraph or "").strip() in self._lede:
            return self.title_words
        return _word_set(self._lede)

    @cached_property
    def occasion(self) -> frozenset[str]:
        """What names the occasion it is stated for: the words `around` it and its article's lede's."""
        return self.around | _word_set(self._lede)

    @cached_property
    def occasion_text(self) -> str:
        """Its sentence, title, paragraph and lede, folded word by word, without place levels
        (`_without_place_levels`): where the names a claim gives are looked for."""
        return " ".join(["", *(_folded_text(_without_place_levels(t)) for t in
                               (self._text, self._title, self._paragraph, self._lede)), ""])

    @cached_property
    def verbs(self) -> frozenset[str]:
        """The words right before it that say what is done to it (`trao hỗ trợ 88`), none if none."""
        return _verbs_before(self._text[self.clause_start:self._start])


@lru_cache(maxsize=1 << 14)  # a draft's figures meet the same stored figures again and again
def thing_of(sentence: str, start: int, end: int, subject: str | None, unit: str | None = None,
             title: str | None = None, paragraph: str | None = None, lede: str | None = None,
             kind: str | None = None) -> _Thing:
    """What the figure at sentence[start:end] is about (see `_Thing`). `unit` is a count's;
    `title` and `lede` those of its article, `paragraph` that of the sentence."""
    return _Thing(sentence, start, end, subject, unit, title, paragraph, lede, kind)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers_in(text: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(text))


def _time_frame(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the length of time at text[start:end] the time frame of what its sentence counts (see
    check.toml `time_frame_leads`, `time_frame_after`)?"""
    leads, after = _time_frame_words()
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, start)), default=sentence_start)
    before = f" {_folded_text(text[clause_start:start])} "
    return before.endswith(leads) or (not before.strip() and f" {_folded_text(text[end:end + 40])} ".startswith(after))


def _over_another_span(frames: frozenset[tuple[float, str]], sentence: str) -> bool:
    """Does a sentence count over another length of time than the claim's (`Qua 4 năm triển khai, …
    đã vận động trên 50 tỷ đồng` for a claim `Sau 6 năm …, … vận động được hơn 3,4 nghìn tỷ
    đồng`, read set 88): a time frame (`_time_frame`) in one of the claim's units, none of the
    claim's length?"""
    units = {unit for _, unit in frames}
    stated = {(float(m.group(1)), fold_key(m.group(2))) for m in _frame_length_pattern().finditer(sentence)
              if fold_key(m.group(2)) in units and _time_frame(sentence, 0, m.start(), m.end())}
    return bool(stated) and not stated & frames


@cache
def _frame_length_pattern() -> re.Pattern:
    """A length of time written in digits, in a unit of numbers.toml `durations` (`4 năm`)."""
    units = _alternatives(load_lexicon("numbers")["durations"]["units"])
    return re.compile(rf"(\d+)\s+({units})(?![^\W\d_])")


def _age_bound(text: str, sentence_start: int, figure: dict) -> bool:
    """Is the figure an age that bounds whom its sentence counts (check.toml `age_bounds`: `từ 15
    tuổi trở lên`, `dưới 35 tuổi`)?"""
    units, leads = _age_bound_words()
    if figure["kind"] != "measure" or fold_key(figure["unit"] or "") not in units:
        return False
    return f" {_folded_text(text[sentence_start:figure['char_start']])} ".endswith(leads)


@cache
def _age_bound_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """check.toml `age_bounds`: its units folded, and its leads as `_folded_phrases` gives them."""
    rules = load_lexicon("check")["age_bounds"]
    return frozenset(fold_key(u) for u in rules["units"]), tuple(f" {_folded_text(w)} " for w in rules["leads"])


@cache
def _time_frame_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _folded_phrases("time_frame_leads"), _folded_phrases("time_frame_after")


def _folded_phrases(key: str) -> tuple[str, ...]:
    """check.toml's phrases under `key`, folded, a space on each side: for `startswith`/`endswith`
    on folded text (`_folded_text`) written the same way."""
    return tuple(f" {_folded_text(w)} " for w in load_lexicon("check")[key])


def _names_a_class(text: str, end: int) -> bool:
    """Do the words after a length of years ending at `end` make it the name of a class of what
    is counted (check.toml `years_naming_a_class`: `Huy hiệu 65 năm tuổi Đảng`)?"""
    return f" {_folded_text(text[end:end + 40])} ".startswith(_class_namers())


@cache
def _breakdown_marks() -> tuple[str, ...]:
    return _folded_phrases("breakdown_marks")


@cache
def _class_namers() -> tuple[str, ...]:
    return _folded_phrases("years_naming_a_class")


@lru_cache(maxsize=1 << 12)  # paragraphs and titles recur across candidates
def _word_set(text: str | None) -> frozenset[str]:
    return frozenset(exact_words(text))


@lru_cache(maxsize=1 << 12)
def _folded_text(text: str | None) -> str:
    return " ".join(folded_words(text))


def _verbs_before(text: str, most: int = 3) -> frozenset[str]:
    """The lower-case content words right before a figure, up to `most`, when they say what is
    done to what is counted (`kết nạp`, `trao hỗ trợ`): a stop word (`có`, `hơn`, `được`), a
    preposition, a name or a mark ends them; the figure's qualifier, a word saying who receives
    (`cho`) right before it and one saying how it is done (check.toml `verb_particles`: `kết nạp
    mới`) are read past (`tặng quà cho trên 2.600 công nhân`)."""
    prepositions = _one_word_stops()
    syllables = _SYLLABLE.findall(text)[-most - 5:]
    qualifier = next((q for q in _qualifier_phrases() if tuple(fold_key(w) for w in syllables[-len(q):]) == q), None)
    if qualifier:
        syllables = syllables[:-len(qualifier)]  # `cho trên 2.600`
    if syllables and fold_key(syllables[-1]) in _beneficiary_marks():
        syllables = syllables[:-1]  # `tặng quà cho 2.600 công nhân`: what is done is before `cho`
        if any(tuple(fold_key(w) for w in syllables[-len(p):]) == p for p in _lexicon_phrases("light_verbs")):
            return frozenset()  # `giải quyết cho 2.040 đoàn viên vay vốn`: what is done is after them
    if syllables and fold_key(syllables[-1]) in _verb_particles():
        syllables = syllables[:-1]  # `kết nạp mới 5.124 đoàn viên`: what is done is before `mới`
    syllables = syllables[-most - 1:]
    words: list[str] = []
    for i in range(len(syllables) - 1, max(len(syllables) - 1 - most, -1), -1):
        written, word = syllables[i], fold_key(syllables[i])
        if (not written[0].isalpha() or not written[0].islower() or word in _exact_stop_words() or word in prepositions
                or any(tuple(fold_key(w) for w in syllables[max(i - len(p) + 1, 0):i + 1]) == p
                       for p in _lexicon_phrases("money_nouns") | _lexicon_phrases("share_verbs"))):
            break
        if i > 0 and syllables[i - 1][0].isupper():
            break  # the end of a name (`Công đoàn`)
        words.append(word)
    return frozenset(words)


@cache
def _verb_particles() -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_lexicon("check")["verb_particles"])


@cache
def _same_verb_groups() -> tuple[frozenset[str], ...]:
    """check.toml `same_verbs`, each group as its syllables."""
    return tuple(frozenset(chain.from_iterable(exact_words(w) for w in group))
                 for group in load_lexicon("check")["same_verbs"])


def _same_verbs(verb: str) -> frozenset[str]:
    """A folded verb and those check.toml `same_verbs` says the same thing (`khiến` = `làm`)."""
    return next((group for group in _same_verb_groups() if verb in group), frozenset((verb,)))


@cache
def _lexicon_phrases(key: str) -> frozenset[tuple[str, ...]]:
    """check.toml's phrases under `key` (`money_nouns`, `share_verbs`), each as its folded syllables."""
    return frozenset(tuple(fold_key(w) for w in p.split()) for p in load_lexicon("check")[key])


@cache
def _occasion_narrowers() -> frozenset[str]:
    return frozenset(chain.from_iterable(exact_words(w) for w in load_lexicon("check")["occasion_narrowers"]))


@cache
def _money_syllables() -> frozenset[str]:
    return frozenset(chain.from_iterable(_lexicon_phrases("money_nouns")))


@cache
def _money_written() -> frozenset[str]:
    return frozenset(chain.from_iterable(exact_words(w) for w in load_lexicon("check")["money_written"]))


@cache
def _beneficiary_marks() -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_lexicon("check")["beneficiary_marks"])


@cache
def _object_classifiers() -> frozenset[str]:
    """check.toml `counted_noun.object_classifiers`, folded (each is one word)."""
    return frozenset(fold_key(w) for w in load_lexicon("check")["counted_noun"]["object_classifiers"])


@cache
def _qualifier_phrases() -> tuple[tuple[str, ...], ...]:
    """The figures extractor's qualifier phrases (`hơn`, `ước tính khoảng`), folded, longest first."""
    phrases = {tuple(fold_key(w) for w in p.split()) for group in load_lexicon("numbers")["qualifiers"].values()
               for p in group}
    return tuple(sorted(phrases, key=len, reverse=True))


def _names(sentence: str) -> tuple[str, ...]:
    """Runs of capitalised words, folded, a lower-case word allowed after the first of them
    (`Xây dựng Hà Nội`, `Chủ tịch UBND`): the organisations, places and events a sentence names.
    The sentence's first word is capitalised anyway: it is left out; so is a month's name
    (`tháng Tư`). A mark between two words ends a name (`Hà Nội, Ban Tổ chức` names two), and so
    does a place's level (`LĐLĐ thành phố Hà Nội` names `LĐLĐ` and `Hà Nội`, which the corpus
    may write `LĐLĐ TP. Hà Nội` or `LĐLĐ Hà Nội`: its text is read without levels). A title
    opening a name is left out (`_without_title`)."""
    from pipeline.extract.figures import ROMAN  # cached; the extractor's numerals

    written = sentence  # its districts (`_local_places`) are read from it when a family name follows one
    sentence = _without_place_levels(_compounds_joined(sentence), instead="; ")
    sentence = _currency_names().sub("; ", sentence)  # `9 triệu Việt Nam đồng` names nothing
    sentence = _document_kinds().sub("; ", sentence)  # `Nghị quyết thành lập …` names no `Nghị`
    sentence = _mottos().sub("; ", sentence)  # `phương châm “An toàn-rộng khắp”` names no `An`
    found = list(_WORD.finditer(sentence))
    words = [m.group() for m in found]
    opening = len(sentence) - len(sentence.lstrip())
    names, run = [], []
    for i, word in enumerate(words):
        if run and sentence[found[i - 1].end():found[i].start()].strip():
            names.append(" ".join(run))
            run = []
        if i and words[i - 1].lower() == "tháng":
            continue  # `tháng Tư`, `tháng Chạp`: a month, not a name
        if i + 1 < len(words) and word.lower() in _spelled_digits() and words[i + 1].lower() in chain(*scale_words()):
            continue  # `chương trình Một triệu sáng kiến`: a number, which the corpus writes `1 triệu`
        # an event's noun opens a name of its own (`Vòng Sơ khảo Hội thi …`: `Sơ khảo`, `Hội thi`)
        if run and i + 1 < len(words) and (fold_key(word), fold_key(words[i + 1])) in _event_nouns():
            names.append(" ".join(run))
            run = []
        # not over a word that ends a phrase (`khóa XII do Đại hội XII bầu`: two names), nor over a
        # mark or a number (`huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm`), nor from a numeral (`lần thứ
        # XI bầu Ban Chấp hành`, read sets 135, 136)
        bridge = (len(run) == 1 and i + 1 < len(words) and words[i + 1][0].isupper()
                  and fold_key(word) not in _one_word_stops()
                  and not _NAME_BREAK.search(sentence[found[i].end():found[i + 1].start()])
                  and not ROMAN.fullmatch(words[i - 1]))
        if run and word[0].isupper() and (_ends_with_province(run) or (
                fold_key(word) in _surnames() and (tuple(run) in _province_set()[0] or _ends_with_country(run)
                                                   or " ".join(run) in _local_places(written)))):
            # a province ends the name of a body of it (`Phó Chủ tịch LĐLĐ TP HCM Phạm Trọng Nhân`),
            # and a person's name, after its level (`Chủ tịch LĐLĐ TP Cần Thơ Lê Thị Sương Mai`,
            # `Phó Chủ tịch LĐLĐ huyện Chương Mỹ Phùng Xuân Kim`) or the country (`Phó Chủ tịch
            # Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu`)
            names.append(" ".join(run))
            run = []
        if word[0].isupper() or bridge:
            if found[i].start() > opening:
                run.extend(folded_words(word))
                if fold_key(word) in _name_closers():
                    names.append(" ".join(run))
                    run = []
        elif run:
            names.append(" ".join(run))
            run = []
    if run:
        names.append(" ".join(run))
    return tuple(n for n in map(_without_title, names) if n)


def _without_title(name: str) -> str:
    """A folded name without the title it opens with (`Chủ tịch Nguyễn Ngọc Huyền`, `Chủ tịch
    LĐLĐ Hà Nội`): the person, or the body, is what the corpus names; the title is the officials'
    to check (read sets 56, 80, 111)."""
    from pipeline.extract.officials import officials_lexicon  # cached; a check reads the claim's officials with it

    words = name.split()
    titles = officials_lexicon().titles.by_key
    cut = max((n for n in range(1, len(words)) if tuple(words[:n]) in titles), default=0)
    return " ".join(words[cut:])


@cache
def _folded_countries() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(folded_words(c)) for c in load_lexicon("places")["country"])


def _ends_with_country(words: list[str]) -> bool:
    """Do the folded words end with the country's name (places.toml `country`) after a word of their own?"""
    return any(len(words) > len(c) and tuple(words[-len(c):]) == c for c in _folded_countries())


@cache
def _currency_names() -> re.Pattern:
    """The currencies written with a capital (numbers.toml `currency.units`: `Việt Nam đồng`, `đô la Mỹ`)."""
    names = [u for u in load_lexicon("numbers")["currency"]["units"] if " " in u and any(w[0].isupper() for w in u.split())]
    return re.compile(rf"(?<![^\W\d_])(?:{_alternatives(names)})(?![^\W\d_])")


@cache
def _mottos() -> re.Pattern:
    """A quote check.toml `motto_words` open, with them: a motto, not a name."""
    return re.compile(rf"(?<!\w)(?i:{_alternatives(load_lexicon('check')['motto_words'])})\s*:?\s*{_QUOTED.pattern}")


@cache
def _document_kinds() -> re.Pattern:
    """The kinds of document of more than one word (documents.toml `types`), written as a sentence
    writes them mid-way, the first letter alone capitalised (`thông qua Nghị quyết thành lập Công
    đoàn cơ sở …`, dev 964): a kind, not a name, whose first word would read as one."""
    kinds = [kind for kind in load_lexicon("documents")["types"] if " " in kind]
    return re.compile(rf"(?<![^\W\d_])(?:{_alternatives(kinds)})(?![^\W\d_])")


def _ends_with_province(words: list[str]) -> bool:
    """Do the folded words end with a province's name after at least one word of their own?"""
    provinces, longest = _province_set()
    return any(tuple(words[-n:]) in provinces for n in range(1, min(len(words) - 1, longest) + 1))


@cache
def _province_set() -> tuple[frozenset[tuple[str, ...]], int]:
    """`_folded_provinces` as a set, and the most words one has."""
    provinces = _folded_provinces()
    return frozenset(provinces), max(map(len, provinces))


def _persons(sentence: str) -> tuple[str, ...]:
    """The people a sentence names after an honorific (check.toml `person_honorifics`), folded.
    Not a name with an abbreviation in it, a place's or a body's (`Quỹ Bảo trợ trẻ em TP Hà Nội`,
    read set 167: `em` ends `trẻ em`)."""
    return tuple(" ".join(folded_words(m.group(1))) for m in _person_pattern().finditer(sentence)
                 if not any(sum(c.isupper() for c in word) > 1 for word in m.group(1).split()))


def _surnames() -> frozenset[str]:
    """The family names the officials extractor knows, folded (`fold_key`)."""
    from pipeline.extract.officials import officials_lexicon  # cached; a check reads the claim's officials with it
    return officials_lexicon().surnames


@lru_cache(maxsize=1 << 12)
def _local_places(sentence: str) -> tuple[str, ...]:
    """The districts, wards, communes and industrial sites a sentence names after their level
    (`huyện Phú Tân`, `KCN Đông Xuyên`), and the cities inside a province (`TP Hội An`, dev 642;
    not `TP HCM`, a province's level), folded: a figure of another one is another thing."""
    below_province, cities = _local_place_pattern()
    found = [*below_province.finditer(sentence),
             *(m for m in cities.finditer(sentence) if not provinces_named(m.group()))]
    return tuple(" ".join(folded_words(m.group(1))) for m in found)


@cache
def _local_place_pattern() -> tuple[re.Pattern, re.Pattern]:
    # the administrative units (places.toml `admin_units`) below a province's (check.toml
    # `place_by_level`), as written in lower case
    rules = load_lexicon("check")
    province_level = set(rules["place_by_level"])
    below = [u for u in load_lexicon("places")["admin_units"] if u.islower() and u not in province_level]
    levels = _alternatives([*below, *(w for s in rules["site_levels"] for w in {s, s[0].upper() + s[1:]})])
    cities = _alternatives(rules["city_levels"])
    # A place's name of two words may run into a person's after it (`LĐLĐ huyện Chương Mỹ Phùng
    # Xuân Kim`, dev 051): a family name (officials.toml `surnames`) and a name word after it end
    # the place there. Not sooner: a family name opens districts too (`Hoàng Mai`, `Lê Chân`).
    surnames = _alternatives(load_lexicon("officials")["names"]["surnames"])
    name = rf"({_NAME_WORD}(?:\s+{_NAME_WORD})?(?:\s+(?!(?:{surnames})\s+{_NAME_WORD}){_NAME_WORD}){{0,2}})"
    return (re.compile(rf"(?<![^\W\d_])(?:{levels})\s+{name}"),
            re.compile(rf"(?<![^\W\d_])(?:{cities})\s*{name}"))


@cache
def _person_pattern() -> re.Pattern:
    rules = load_lexicon("check")
    # `Ông Võ Nguyên Phong được HĐND quận … bầu …`: an honorific opens a sentence too
    honorifics = _alternatives([w for h in rules["person_honorifics"] for w in (h, h[0].upper() + h[1:])])
    nouns = _alternatives(rules["person_nouns"])
    surnames = _alternatives(load_lexicon("officials")["names"]["surnames"])
    return re.compile(rf"(?<![^\W\d_])(?:(?:{honorifics})\s+|(?:{nouns})\s+(?=(?:{surnames})\s))"
                      rf"((?:{_NAME_WORD}\s+){{1,4}}{_NAME_WORD})")


@cache
def _spelled_digits() -> frozenset[str]:
    return frozenset(load_lexicon("numbers")["spelled_numbers"]["digits"])


@cache
def _optional_name_words() -> tuple[tuple[str, str], ...]:
    """(` head word `, ` head `) folded, for each word a body's name may leave out after its head."""
    return tuple((f" {_folded_text(head)} {_folded_text(word)} ", f" {_folded_text(head)} ")
                 for head, words in load_lexicon("check")["optional_after_heads"].items() for word in words)


@cache
def _stand_in_openings() -> tuple[str, ...]:
    """check.toml `name_stand_ins`' short names, lower case as written (`tỉnh đoàn`)."""
    return tuple(nfc(short).lower() for short in load_lexicon("check")["name_stand_ins"])


@cache
def _stand_in_words() -> tuple[str, ...]:
    """The one word every name of check.toml `name_stand_ins` writes (` đoàn `), padded: a name
    without it is not looked for among them (`_name_written` runs for every candidate)."""
    names = [name for short, longs in _name_stand_ins() for name in (short, *longs)]
    common = set(names[0].split()).intersection(*(name.split() for name in names[1:]))
    return tuple(f" {word} " for word in sorted(common)) or (" ",)


@cache
def _name_stand_ins() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """check.toml `name_stand_ins`, folded and padded with spaces: (short name, its long names),
    longest long name first."""
    def padded(name: str) -> str:
        return f" {_folded_text(name)} "

    return tuple((padded(short), tuple(sorted(map(padded, longs), key=len, reverse=True)))
                 for short, longs in load_lexicon("check")["name_stand_ins"].items())


@cache
def _name_closers() -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_lexicon("check")["name_closing_words"])


@cache
def _event_nouns() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold_key(w) for w in phrase.split()) for phrase in load_lexicon("check")["event_nouns"])


def _names_written_in(text: str, names: tuple[str, ...], claim_text: str = "") -> bool:
    """Is every folded name written in `text` (as written, place levels aside)? Given the claim's
    folded text, a name `text` writes inside a larger body's (`Tổng Liên đoàn Lao động Việt Nam`
    is not a province's `Liên đoàn Lao động`, read set 112; check.toml `larger_body_openers`) is
    written there only if the claim writes it so."""
    folded = f" {_folded_text(_without_place_levels(text))} "
    for opener in _larger_body_openers() if claim_text else ():
        for name in names:
            if f" {opener} {name}" not in claim_text:
                folded = folded.replace(f" {opener} {name}", f" {opener} ·")
    return all(_name_written(name, folded) for name in names)


@cache
def _larger_body_openers() -> tuple[str, ...]:
    """check.toml's `larger_body_openers`, folded."""
    return tuple(" ".join(folded_words(w)) for w in load_lexicon("check")["larger_body_openers"])


def _name_written(name: str, text: str) -> bool:
    """Is the folded name written in the folded `text` (spaces around), whole or as a body of two
    words or more and the organisation it belongs to, which opens with an organisation's head
    (officials.toml; `Đoàn Chủ tịch Tổng LĐLĐ Việt Nam` ~ `Đoàn Chủ tịch gồm …` in a text about
    `Tổng LĐLĐ Việt Nam`)? A name is not cut before a place (`Xây dựng Hà Nội`)."""
    if f" {name} " in text:
        return True
    if any(long in text and f" {name} " in text.replace(long, short) for long, short in _optional_name_words()):
        return True
    padded = f" {name} "
    if _stand_in_words()[0] in padded and any(
            written in padded and standing in text and padded.replace(written, standing) in text
            for short, longs in _name_stand_ins() for written, standing in chain(
                ((long, short) for long in longs), ((short, long) for long in longs))):
        return True
    words = name.split()
    if len(words) >= 2 and name.startswith(_spread_name_openers()) and all(f" {w} " in text for w in words) \
            and _spread_name(name).search(text):
        return True
    company = _company_name(name)
    if company is not None and company.search(text):
        return True
    # `ngành LĐ-TB&XH Hà Nội` in an article about Hà Nội that writes `ngành LĐ-TB&XH thành phố`;
    # `Thành ủy Hà Nội` in one about `quận Hà Đông` that writes `Thành ủy`
    for place in _folded_provinces():
        n = len(place)
        if len(words) < n or tuple(words[-n:]) != place or not _place_written(place, text):
            continue
        stem = " ".join(words[:-n])
        if not stem or any(f" {stem} {level} " in text for level in _place_level_words()) \
                or (stem in _place_bodies() and f" {stem} " in text):
            return True
    return any(f" {' '.join(words[:i])} " in text and f" {' '.join(words[i:])} " in text
               for i in range(2, len(words) - 1) if words[i] in _organisation_heads())


def _inside_names(text: str) -> frozenset[str]:
    """The folded words of `text` written in lower case right between two capitalised words, with
    nothing but spaces around them, where they are not also written elsewhere in `text`; not a
    place's level (`LĐLĐ huyện Ba Vì`: places.toml `admin_units`), which names leave out."""
    words = list(_WORD.finditer(text))
    inside, outside = set(), set()
    for i, m in enumerate(words):
        if not m.group()[0].islower() or fold_key(m.group()) in _admin_unit_syllables():
            continue
        sandwiched = (0 < i < len(words) - 1
                      and words[i - 1].group()[0].isupper() and words[i + 1].group()[0].isupper()
                      and not text[words[i - 1].end():m.start()].strip()
                      and not text[m.end():words[i + 1].start()].strip())
        (inside if sandwiched else outside).add(fold_key(m.group()))
    return frozenset(inside - outside)


@cache
def _admin_unit_syllables() -> frozenset[str]:
    return frozenset(fold_key(w) for u in load_lexicon("places")["admin_units"] for w in u.split())


def _lower_words(text: str) -> list[str]:
    """The content words of `text` written in lower case (no names)."""
    return exact_words(" ".join(m.group() for m in _WORD.finditer(text) if m.group()[0].islower()))


@cache
def _spread_name_openers() -> tuple[str, ...]:
    return tuple(f"{_folded_text(w)} " for w in load_lexicon("check")["spread_names"])


@lru_cache(maxsize=1 << 12)
def _spread_name(name: str) -> re.Pattern:
    """The name of an event written with a few words inside it (check.toml `spread_names`): `Tết
    Bính Ngọ` in `Tết Nguyên đán Bính Ngọ`, `Đại hội XIV` in `Đại hội đại biểu toàn quốc lần thứ XIV`."""
    gap = rf"(?: \S+){{0,{load_lexicon('check')['words_inside_a_name']}}}"
    return re.compile(" " + gap.join(" " + re.escape(w) for w in name.split()).lstrip() + " ")


@lru_cache(maxsize=1 << 12)
def _company_name(name: str) -> re.Pattern | None:
    """A company's folded name with its legal form and trade left out after its head (check.toml
    `company_heads`): the head, a few words, then the rest as named, if the rest names more than a
    place (`Công ty Việt Nam` is no company's name)."""
    rules = load_lexicon("check")
    places = frozenset(chain(*_folded_provinces(), *_folded_countries()))
    for head in sorted((_folded_text(h) for h in rules["company_heads"]), key=len, reverse=True):
        rest = name[len(head) + 1:] if name.startswith(f"{head} ") else ""
        # the legal form the claim gives (`Công ty CP Môi trường …`) may be written otherwise
        # (`Công ty cổ phần Môi trường …`) or not at all
        form = next((f for f in _company_legal_forms() if rest.startswith(f"{f} ")), None)
        rest = rest[len(form) + 1:] if form else rest
        if rest and set(rest.split()) - places:
            gap = rf"(?: \S+){{{0 if form else 1},{rules['words_after_company_head']}}}"
            return re.compile(f" {re.escape(head)}{gap} {re.escape(rest)} ")
    return None


@cache
def _company_legal_forms() -> tuple[str, ...]:
    """check.toml `company_legal_forms`, folded, the longest first."""
    forms = (" ".join(folded_words(f)) for f in load_lexicon("check")["company_legal_forms"])
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _folded_provinces() -> tuple[tuple[str, ...], ...]:
    """Every spelling of a province (places.toml `provinces`), folded word by word."""
    return tuple(tuple(folded_words(s)) for group in load_lexicon("places")["provinces"] for s in group)


def _place_written(place: tuple[str, ...], text: str) -> bool:
    """Is the folded province written in the folded `text`, or one of its districts (places.toml
    `districts_of`)?"""
    return f" {' '.join(place)} " in text or any(f" {d} " in text for d in _folded_districts().get(place, ()))


@cache
def _folded_districts() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each province's districts (places.toml `districts_of`), folded, by the folded province."""
    places = load_lexicon("places")
    return {tuple(folded_words(province)): tuple(" ".join(folded_words(d)) for d in places[listed])
            for province, listed in places["districts_of"].items()}


@cache
def _place_bodies() -> frozenset[str]:
    """The bodies whose name alone stands for their place (check.toml `place_bodies`), folded."""
    return frozenset(" ".join(folded_words(b)) for b in load_lexicon("check")["place_bodies"])


@cache
def _place_level_words() -> tuple[str, ...]:
    """The level words that stand for the place an article is about (check.toml), folded."""
    return tuple(" ".join(folded_words(w)) for w in load_lexicon("check")["place_by_level"])


@cache
def _organisation_heads() -> frozenset[str]:
    """The first words of the officials extractor's organisation heads, folded (`tông3`, `ban`)."""
    return frozenset(folded_words(head)[0] for head in load_lexicon("officials")["organizations"]["heads"])


def _without_place_levels(text: str | None, instead: str = "") -> str:
    """`text` with `instead` for an administrative unit written before a place's name
    (places.toml `admin_units`): `LĐLĐ TP. Hà Nội` -> `LĐLĐ Hà Nội`; not before a lower-case
    word (`tỉnh ủy`)."""
    if not text:
        return ""
    pattern, canonical = _province_spellings()
    text = pattern.sub(lambda m: canonical[m.group()], text)

    def level(m: re.Match) -> str:
        # (not the level opening a body's short name: `Tỉnh Đoàn Thanh Hóa`, check.toml `name_stand_ins`)
        if text[m.start():m.start() + 16].lower().startswith(_stand_in_openings()):
            return m.group()
        # before a place's name; or, a unit of two words capitalised after a name, the city or
        # town itself (`LĐLĐ Thành phố hỗ trợ`: the federation of the city the text is about; not
        # `Xã` of `Bảo hiểm Xã hội`)
        named = text[m.end():m.end() + 1].isupper() or (
            m.group()[0].isupper() and " " in m.group().strip() and text[:m.start()].rstrip()[-1:].isalpha())
        return instead if named else m.group()

    return _place_level_pattern().sub(level, text)


@cache
def _province_spellings() -> tuple[re.Pattern, dict[str, str]]:
    """Every other spelling of a province with several (places.toml `provinces`) and the one that
    stands for it in names (`TP.HCM`, `TP Hồ Chí Minh` -> `TPHCM`): its first spelling with no
    place level and no person's name (`Hồ Chí Minh` alone is the President's too, and stays)."""
    places = load_lexicon("places")
    canonical: dict[str, str] = {}
    for group in places["provinces"]:
        plain = [s for s in group if not _place_level_pattern().match(s) and s not in places["also_names"]]
        if len(group) < 2 or not plain:
            continue
        for spelling in group:
            if spelling not in places["also_names"]:
                # itself too: `Huế` inside `Thừa Thiên Huế` is no other spelling of it
                canonical[spelling] = plain[0]
    words = sorted(canonical, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)"), canonical


@cache
def _place_level_pattern() -> re.Pattern:
    words = sorted(load_lexicon("places")["admin_units"], key=len, reverse=True)
    # a lower-case unit in any case (`Thành phố Hà Nội`), an abbreviation as written, its dot
    # read with it (`TP. Hà Nội`, `TP.Hà Nội`)
    alternatives = [f"(?i:{re.escape(w)})" if w.islower() else rf"{re.escape(w)}\.?" for w in words]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?:\s+|(?<=\.))")


def _narrowing_words(rest: str) -> list[str]:
    """The words right after a counted noun phrase that narrow what is counted (`đạt giải`)."""
    rules = _after_rules()
    words: list[str] = []
    written = [m.group() for m in _SYLLABLE.finditer(rest)]
    syllables = [fold_key(w) for w in written]
    # A quoted name counted (`70 “Công nhân giỏi” tiêu biểu`) is narrowed after its closing mark.
    i = 1 if written[:1] and written[0] in _CLOSING_QUOTES else 0
    while i < len(syllables) and len(words) < rules.max_words:
        # a phrase kept whole, its capitals too (`đạt giải Ba` is not `đạt giải Khuyến khích`)
        kept = next((p for p in rules.kept if tuple(syllables[i:i + len(p)]) == p), None)
        if kept:
            words.extend(kept)
            i += len(kept)
            continue
        if not written[i].isalpha() or written[i][0].isupper():
            break  # punctuation, a number or a name (`đạt giải Hội thi`) ends the phrase
        if any(tuple(syllables[i:i + len(p)]) == p for p in rules.stops):
            break
        # a person named after an honorific is whom it is done to (`28 đại biểu bỏ phiếu bầu ông
        # Trương Trung Kiên`, read set 99)
        if any(tuple(syllables[i:i + len(p)]) == p and i + len(p) < len(written) and written[i + len(p)][:1].isupper()
               for p in _lexicon_phrases("person_honorifics")):
            break
        skipped = next((p for p in rules.skipped if tuple(syllables[i:i + len(p)]) == p), None)
        if skipped:
            i += len(skipped)
            # the doer of a passive, a name after its head (`được tổ chức Công đoàn đưa về quê`, dev
            # 595): who did it, not which of them (check.toml `passive_agents`)
            agent = next((p for p in _lexicon_phrases("passive_agents") if tuple(syllables[i:i + len(p)]) == p), None)
            if skipped[0] in _passive_marks() and agent and i + len(agent) < len(written) \
                    and written[i + len(agent)][:1].isupper():
                break
            continue
        words.extend(w for w in [syllables[i]] if w not in _exact_stop_words())
        i += 1
    return words


class _AfterRules(NamedTuple):
    stops: tuple[tuple[str, ...], ...]
    skipped: tuple[tuple[str, ...], ...]
    kept: tuple[tuple[str, ...], ...]
    max_words: int


@cache
def _one_word_stops() -> frozenset[str]:
    """The words of one syllable that end a phrase (`_after_rules().stops`: `do`, `của`, `tại`)."""
    return frozenset(p[0] for p in _after_rules().stops if len(p) == 1)


@cache
def _passive_marks() -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_lexicon("check")["passive_marks"])


@cache
def _after_rules() -> _AfterRules:
    lex = load_lexicon("check")

    def phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(fold_key(w).split()) for w in words}, key=len, reverse=True))

    # and where the figures extractor ends a counted noun (its worth, period, theme or term: `12 Ủy
    # viên Ủy ban Kiểm tra nhiệm kỳ 2018 - 2023`): said of what is counted, not narrowing it
    from pipeline.extract.figures import counted_noun_enders

    return _AfterRules(phrases([*lex["clause_stops"], *lex["neutral_after"], *counted_noun_enders()]),
                       phrases([*lex["passive_marks"], *lex["skipped_after"]]),
                       phrases(lex["kept_after"]), int(lex["max_qualifier_words"]))


@cache
def _lexicon_syllables(key: str) -> frozenset[str]:
    """The compared syllables (`exact_words`) of check.toml's phrases under `key`."""
    return frozenset(chain.from_iterable(exact_words(w) for w in load_lexicon("check")[key]))


def _organisation_said(claim: "_Thing", corpus: "_Thing") -> frozenset[str]:
    """The words of the organisation the claim's members are of (check.toml `members_of`:
    `đoàn viên công đoàn`), when the corpus counts them by the noun alone after naming it in their
    sentence (not after: `2 đoàn viên … bị thiệt mạng …, là chị …, đoàn viên Công đoàn Công ty …`
    names each one's union, read set 92), and says what is done to them as the claim does
    (`phát triển 213.724 đoàn viên`; not a target, `chỉ tiêu giao là 6.000 đoàn viên`, for a claim
    of those a union `có`); else none."""
    for member, (organisation, folded) in _members_of().items():
        if claim.head == corpus.head == member and f" {folded} " in f" {_folded_text(corpus._text[:corpus._start])} " \
                and _done_alike(claim, corpus):
            return frozenset(exact_words(organisation))
    return frozenset()


def _done_alike(claim: "_Thing", corpus: "_Thing") -> bool:
    """Whether the claim says what the corpus says is done to the counted (`phát triển 213.724
    đoàn viên`), in the corpus's word or another of its check.toml `same_verbs` group."""
    return any(_same_verbs(verb) & claim.sentence for verb in corpus.verbs)


@cache
def _members_of() -> dict[str, tuple[str, str]]:
    """check.toml `members_of`: each member noun, folded, with its organisation as written and folded."""
    return {fold_key(m): (o, _folded_text(o)) for m, o in load_lexicon("check")["members_of"].items()}


def _done_words_said(words: frozenset[str], other_words: frozenset[str]) -> frozenset[str]:
    """The syllables of `words` the other side says with another word of their check.toml
    `same_verbs` group (`nhận` for `trao tặng`)."""
    return frozenset(chain.from_iterable(group for group in _same_verb_groups()
                                         if group & words and group & other_words))


def same_thing(claim: _Thing, corpus: _Thing, same_value: bool = False) -> bool:
    """Does the corpus figure count what the claimed figure counts?

    A count: every word of the claim's counted phrase is in the corpus's, and every word of the
    corpus's is in the claim's, or said before the figure in the claim (`Thủ đô có 90 công nhân
    giỏi` ~ `90 Công nhân giỏi Thủ đô`); and most of the claim's other clause words are in the
    corpus figure's paragraph or its article's title, or its lede when that may name it
    (`_lede_names_it`). Money, percentages and other figures without a
    counted noun: most of the claim's clause words written in lower case (what is measured:
    `tỷ lệ thất nghiệp`, `tiền lãi`; names are in capitals) are in its sentence or title,
    and one of the words right around the corpus figure is in the claim; or, without one, three
    in four of those words are.
    """
    if claim.opposites_said and _opposed(claim, corpus):
        return False
    if claim.counted or corpus.counted:
        # `người`, `đoàn viên` are counted everywhere: the claim's clause says which ones. What
        # it says is done to them (`ghi nhận 7.394 vụ`) is compared apart, by the occasion.
        # A quoted name (`Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển”`) names
        # the occasion: it is looked for where the occasion is named (`same_occasion`), not here.
        # Nor does a term (`nhiệm kỳ 2018-2023`): which congress is checked by its number and period.
        context = claim.clause - claim.counted - claim.verbs - claim.quoted - _term_syllables()
        # ... nor those that say when the occasion took place (`diễn ra sáng 18/10`), unless the
        # corpus says them too: dates are compared apart
        context -= claim.when_said - corpus.around
        # ... a verb the corpus says in other words (`đã làm ba người tử vong` ~ `khiến 3 người tử
        # vong`, dev 294; check.toml `same_verbs`), not one it says in the same words (`tham gia`:
        # its syllables are of one group, read set 112)
        said = corpus.around | corpus.verbs
        context -= frozenset(w for w in context if w not in said and _same_verbs(w) - {w} & said)
        # The claim may narrow what it counts with words the corpus says of it further on
        # (`cá nhân tiêu biểu được công nhận`).
        # `trực thuộc`: of the same value, the body the claim names (another value may count
        # another body's: blind claim sets gave one more not_found claim a `differs`)
        belonging = _lexicon_syllables("belonging_added") if same_value else frozenset()
        narrowed = claim.counted - corpus.counted - belonging
        # `người` before a noun of people classifies it (`119 nghìn lao động` ~ `119.000 người lao
        # động`, read set 143): either side may leave it out
        classified = _people_classifier(claim)
        narrowed -= classified
        narrowed -= _done_words_said(narrowed, corpus.counted | corpus.clause | corpus.whole_said)
        # `số phiếu bầu 34/34` are the votes in favour (check.toml `ratio_implied`)
        implied = _lexicon_syllables("ratio_implied") if "/" in corpus._text[corpus._start:corpus._end] else frozenset()
        narrowed -= implied
        if narrowed & _money_syllables() and corpus.predicate & _money_written():
            narrowed -= _money_syllables()  # `hỗ trợ tiền` ~ `hỗ trợ 1 triệu đồng`
        # `4.300 suất quà Tết` ~ `4.300 suất quà` in an article whose title (`headline_words`) names
        # Tết: the occasion the claim names the gifts by is the one the corpus states them for (check.toml
        # `occasion_narrowers`); a Tết said only near the figure may be another thing's (`6.000 suất
        # quà “0” đồng … tại “Chợ Tết Công đoàn”`).
        occasion_said = _occasion_narrowers() & corpus.headline_words
        narrowed -= occasion_said
        # the body the claim counts them of (`29 đại biểu HĐND huyện`), which the corpus names
        # where it states the occasion (`HĐND huyện …` a paragraph before `29/29 đại biểu`); a
        # name some of whose words the corpus counts with too (`sinh viên TP.HCM`: `thành phố`)
        named_body = frozenset(chain.from_iterable(
            name.split() for name in claim.names
            if set(name.split()) & narrowed - _occasion_narrowers() and _name_written(name, corpus.occasion_text))
        ) if narrowed else frozenset()
        narrowed -= named_body
        narrowed -= corpus.items_share
        member_of = _organisation_said(claim, corpus) if narrowed else frozenset()
        narrowed -= member_of
        if narrowed and claim.head and claim.head == corpus.head and corpus.counted == corpus.subject_words \
                and f" {claim.named_phrase} " in corpus.occasion_text:
            # An article names a thing whole once, then by its noun alone (`cấp phát 30.000 phiếu
            # mua hàng` … `phát 15.185 phiếu`, dev 543): the whole name in its paragraph, the one
            # before or its lede narrows the bare noun.
            narrowed = frozenset()
        # And every word the corpus counts with is said by the claim (`Thủ đô có 90 công nhân
        # giỏi` ~ `90 Công nhân giỏi Thủ đô`), but for items inside a list the claim leaves out or
        # says in part (`526 công trình, phần việc` of `526 công trình, sản phẩm, phần việc`; `cán
        # bộ, đoàn viên, người lao động` of `cán bộ, đoàn viên Công đoàn, người lao động`, dev 1163);
        # its first and last items say what the list spans.
        unsaid = corpus.counted - claim.counted - claim.sentence - _people_classifier(corpus)
        unsaid -= frozenset().union(*(item for item in corpus.subject_items[1:-1] if not item <= claim.sentence))
        if _last_item_left_out(claim, corpus):
            unsaid -= corpus.subject_items[-1]
        unsaid -= _done_words_said(unsaid, claim.sentence)
        unsaid -= _lexicon_syllables("ornament_unsaid")
        if same_value:
            unsaid -= _lexicon_syllables("praise_unsaid")  # of the same value, a claim may leave out praise
        # The claim's own noun phrase may hold words the corpus says later in the clause of the
        # same counted noun (`148 công nhân thuê trọ` ~ `148 công nhân lao động đang làm việc …
        # thuê trọ tại …`).
        # ... or says of them after naming them, as the narrowing words may be (`3.200 lượt cán bộ, đoàn
        # viên, người lao động Tập đoàn Điện lực Việt Nam` ~ `2.300 lượt cán bộ, đoàn viên, NLĐ trong
        # Tập đoàn ĐLVN tham gia dự thi`, dev 1046); not what a list's items share (`in_list`: maybe
        # said of another item)
        counted_there = (corpus.counted | corpus.clause | (frozenset() if corpus.in_list else corpus.predicate)
                         if claim.head == corpus.head else corpus.counted)
        # A body's size is counted in any word for its members (`Ban Chấp hành … gồm 155 đại biểu`
        # ~ `… gồm 155 người`), when the corpus names the body's organisation as the claim does
        # (not another province's `Ban Chấp hành … gồm 35 người`). The province the claim adds
        # (`Công đoàn phường Thuận Giao (TPHCM)`, dev 963) is checked as any figure's is, against
        # the provinces the corpus article names.
        provinces, _ = _province_set()
        one_body = (bool(claim.body) and claim.body == corpus.body
                    and all(_name_written(name, corpus.occasion_text) or tuple(name.split()) in provinces
                            for name in claim.names))
        # The place level a claim's counted phrase ends with (`đoàn viên, công nhân lao động thành
        # phố`) says whose they are, which the corpus sentence may say further on (`… trên địa bàn
        # thành phố đã có mặt`, read set 123); which place is checked apart.
        subject_text = f" {_folded_text(claim._subject)} "
        levels = [level for level in _place_level_words() if f" {level} " in subject_text]
        corpus_text = f" {_folded_text(corpus._text)} " if levels else ""
        place_said = frozenset(chain.from_iterable(level.split() for level in levels if f" {level} " in corpus_text))
        said_apart = (occasion_said | named_body | belonging | implied | place_said | classified | corpus.items_share
                      | member_of)
        # A body's size is its organisation's (`Ban Chấp hành gồm 5 đồng chí` of one school's union is
        # not another's, read sets 31, 147): every word of the names the claim gives, the body's and a
        # congress's numeral aside, is where the corpus states it (word by word, as read names may
        # run into the body: `Ban Chấp hành Thành Đoàn TP HCM khóa XI` ~ `Đoàn TNCS Hồ Chí Minh
        # TPHCM`, read set 72).
        other_body = False
        if claim.body and claim.body == corpus.body and not one_body:
            from pipeline.extract.figures import ROMAN  # cached; the extractor's numerals
            name_words = frozenset(w for w in " ".join(claim.names).split()
                                   if not ROMAN.fullmatch(w.upper())) - frozenset(claim.body.split())
            other_body = bool(name_words - corpus.occasion - frozenset(corpus.occasion_text.split()))
        return (bool(claim.counted) and not other_body
                and (one_body or claim.subject_words - said_apart <= counted_there
                     and (not narrowed or narrowed <= corpus.predicate | corpus.clause | corpus.whole_said)
                     and not unsaid)
                and (not corpus.body or f" {corpus.body} " in f" {_folded_text(claim._text)} ")
                # a body's size is not a count of the bare noun that leaves the body unsaid (a
                # delegation's `gồm 45 đại biểu` is not the congress's `947 đại biểu`, read set 75),
                # but may be one of the noun narrowed to the body's members (`34 đại biểu ngành Y
                # tế dự Đại hội XIII`, dev 810)
                and (not claim.body or bool(corpus.body) or f" {claim.body} " in f" {corpus.occasion_text} "
                     or bool(frozenset(exact_words(corpus._subject)) - frozenset(corpus.head.split())))
                and (not context or _share(context, corpus.around) >= MIN_CLAUSE_SHARE
                     or (_share(context, corpus.occasion) >= MIN_CLAUSE_SHARE and _lede_names_it(claim, corpus))))
    # (a word inside a name the claim gives counts where the corpus writes it, not against it,
    # when the corpus names all the claim names)
    forgiven = claim.name_inner - corpus.titled
    if forgiven and not all(_name_written(name, corpus.occasion_text) for name in claim.names):
        forgiven = frozenset()
    common = claim.common - forgiven - _area_said_by_name(claim, corpus)
    share = _share(common, corpus.titled)
    # Without a word right around the corpus figure in the claim, more of the claim's words must
    # be there (`tổng giá trị gần 3,8 tỷ đồng` ~ `với tổng số tiền gần 3,8 tỉ đồng`).
    near = bool(corpus.near & claim.sentence)
    # A lede may say what a measure, a duration or a rate measures (`77.600 ml máu` given at the
    # day its lede names, dev 1163), not what a sum of money pays for: an article's
    # sums are many, and one about a drive for the poor (`tháng cao điểm vì người nghèo`) names
    # the drive before each of them (read claim sets 1 and 23), unless the sum's own sentence points
    # back at the occasion (`Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng`, dev 994),
    # or the sum is the claimed one (`Tổng kinh phí quà Tết … gần 95 triệu đồng`, read set 148) of a
    # claim that names whose it is (an article's sums seldom share a value; a claim naming no one
    # may be about another article's: read set 41), or each item's (`_said_of_each`).
    return (share >= MIN_COMMON_SHARE and near or share >= MIN_COMMON_SHARE_ALONE
            or near and (claim.kind != "money" or same_value and bool(claim.names) or _points_back(corpus)
                         or _said_of_each(claim) and _said_of_each(corpus))
            and _share(common, corpus.occasion) >= MIN_COMMON_SHARE and _lede_names_it(claim, corpus))


def _said_of_each(thing: "_Thing") -> bool:
    """Is a sum said of each item given (`Mỗi suất quà trị giá 1.300.000 đồng`, `15.000.000đ/tỉnh`;
    check.toml `given_each_words`, `item_value_words`)? Of the items its lede gives out, as a sum
    `dịp này` points back at its occasion (read sets 32, 36, 124)."""
    return _item_value(thing) or _each_item(thing, "given_each_words")


def _people_classifier(thing: "_Thing") -> frozenset[str]:
    """The classifier of people opening a counted noun phrase of more words (`người lao động`;
    check.toml `counted_noun.people_classifiers`), folded; empty without one."""
    words = nfc(thing._subject or "").split()
    if len(words) > 1 and words[0] in load_lexicon("check")["counted_noun"]["people_classifiers"]:
        return frozenset(exact_words(words[0]))
    return frozenset()


def _area_said_by_name(claim: "_Thing", corpus: "_Thing") -> frozenset[str]:
    """The claim's words for an area at a level (`trên địa bàn thành phố`, check.toml `area_words`
    and `place_by_level`) when it names a province that the corpus sentence or its title names:
    they say where, as the name does."""
    claim_text = f" {_folded_text(claim._text)} "
    phrases = [f"{area.strip()} {level}" for area in _folded_phrases("area_words") for level in _place_level_words()]
    said = [phrase for phrase in phrases if f" {phrase} " in claim_text]
    if not said:
        return frozenset()
    provinces, longest = _province_set()
    words = claim_text.split()
    named = {tuple(words[i:i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)} & provinces
    title = corpus._title or ""
    corpus_text = f" {_folded_text(f'{corpus._text} . {title}')} "
    if not any(f" {' '.join(province)} " in corpus_text for province in named):
        return frozenset()
    return frozenset(chain.from_iterable(phrase.split() for phrase in said))


def _points_back(thing: "_Thing") -> bool:
    """Does the figure's sentence name its occasion by words pointing back at it (check.toml
    `back_references`: `dịp này`)?"""
    text = f" {_folded_text(thing._text)} "
    return any(phrase in text for phrase in _back_references())


@cache
def _back_references() -> tuple[str, ...]:
    return _folded_phrases("back_references")


@cache
def _programme_names() -> re.Pattern:
    """A programme's head (check.toml `programme_heads`) right before a quoted name."""
    heads = load_lexicon("check")["programme_heads"]
    written = [w for h in heads for w in (h, h[0].upper() + h[1:])]
    return re.compile(rf"(?<![^\W\d_])({_alternatives(written)})\s+{_QUOTED.pattern}")


def _another_programme(claim: "_Thing", corpus: "_Thing") -> bool:
    """Does the corpus figure's sentence count it at a programme it names in quotes after a head
    the claim names its programme by too, none of whose words the claim writes (`Chương trình “Chợ
    Tết Công đoàn năm 2023” với sự tham gia của 48 doanh nghiệp`, not the claim's `Chương trình
    bình chọn Hàng Việt Nam được người tiêu dùng yêu thích … có 120 doanh nghiệp`)?"""
    claim_text = f" {_folded_text(claim._text)} "
    for m in _programme_names().finditer(corpus._text):
        head = f" {_folded_text(m.group(1))} "
        if head not in claim_text:
            continue
        named = {w for w in exact_words(m.group(2)) if not w.isdigit()}
        # ... and that the claim names otherwise: the words after its head are not the corpus's
        after_head = exact_words(claim_text[claim_text.index(head) + len(head):])[:2]
        if named and not named & claim.sentence and after_head and not set(after_head) & corpus.sentence:
            return True
    return False


def _last_item_left_out(claim: "_Thing", corpus: "_Thing") -> bool:
    """Does the claim name a list the corpus counts whole by its first two items, leaving out a
    last noun (`gần 400 đoàn viên, thanh niên tiêu biểu` of `… đoàn viên, thanh niên, sinh viên
    tiêu biểu`, dev 469)? Not a last item that narrows (`sinh viên đạt giải`)."""
    items = corpus.subject_items
    return (len(items) > 2 and all(item <= claim.sentence for item in items[:2])
            and bool(items[-1] & claim.sentence) and len(items[-1] - claim.sentence) <= MAX_LAST_ITEM_UNSAID)


def _list_named(claim: "_Thing", corpus: "_Thing") -> bool:
    """Does the claim name the list the corpus counts whole, if it counts one: its first two items
    and its last, or a last noun left out (`_last_item_left_out`); inner items may be left out,
    as `same_thing` reads them."""
    items = corpus.subject_items
    return (len(items) < 2 or _last_item_left_out(claim, corpus)
            or all(item <= claim.sentence for item in (*items[:2], items[-1])))


def _one_of_those_counted(claim: "_Thing", corpus: "_Thing") -> bool:
    """Does the corpus figure count for the bodies or places its clause (to a `;`) ends by naming,
    the last two joined by `và`, after `cho` or `tại` (check.toml `recipient_openers`), of which
    the claim names one and not the other (`trao 97 suất quà … cho … Công ty … Vĩnh Yên và … của
    Bệnh viện Đa khoa tỉnh Phú Thọ.`, `tặng 224 suất quà … tại các huyện: Chư Pưh, Chư Prông, Đức
    Cơ và TP. Pleiku.`, read set 131)? Then it is their total, not a count of the one the claim
    names. (A person, or an organisation's bare head, `Công đoàn`, is not one of them.) Not when
    the claim names a list too (read set 84)."""
    after = corpus._text[corpus._end:].split(";")[0].rstrip(" .)”\"")
    joined = after.rfind(" và ")
    if joined < 0 or " và " in claim._text[claim._end:]:
        return False
    left, right = after[:joined], after[joined + 4:]
    left_words, right_words = _WORD.findall(left), _WORD.findall(right)
    if not (left_words and right_words and left_words[-1][0].isupper() and right_words[-1][0].isupper()):
        return False
    if not any((fold_key(w),) in _lexicon_phrases("recipient_openers") for w in left_words):
        return False
    # each side's last name, but for the province a body is of (`Bệnh viện Đa khoa tỉnh Phú Thọ`):
    # a claim naming the province names both sides
    provinces, _ = _province_set()
    left_names, right_names = ([n for n in _names(side) if tuple(n.split()) not in provinces] for side in (left, right))
    if not left_names or not right_names:
        return False
    pair = (left_names[-1], right_names[-1])
    heads = _organisation_heads()
    persons = frozenset(_persons(corpus._text))
    if any(name in persons or (len(name.split()) <= 2 and name.split()[0] in heads) for name in pair):
        return False
    claim_text = f" {_folded_text(_without_place_levels(claim._text))} "
    return _name_written(pair[0], claim_text) != _name_written(pair[1], claim_text)


def _lede_names_it(claim: "_Thing", corpus: "_Thing") -> bool:
    """May the corpus figure's article lede say what the figure is about, its paragraph not
    (`Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên` under a lede about Đà Nẵng, dev
    570)? Only when its sentence names nothing the claim does not name (another site of the
    event: `Chợ Tết tại Khu nhà ở xã hội, xã Thiên Lộc … khoảng 50 gian hàng`, dev 107), a bare
    organisation head aside (`đoàn viên Công đoàn`), and every name the claim gives is written
    in its sentence, paragraph, title or lede."""
    claim_text = f" {_folded_text(_without_place_levels(claim._text))} "
    heads = _organisation_heads()
    # (a person it names, `bà Bùi Thị Minh Hoài`, is no other site of the event, dev 813)
    persons = frozenset(_persons(corpus._text))
    return (all(_name_written(name, claim_text) or (len(name.split()) <= 2 and name.split()[0] in heads)
                or name in persons for name in corpus.names_before_list)
            and all(_name_written(name, corpus.occasion_text) for name in claim.names))


def _opposed(claim: "_Thing", corpus: "_Thing") -> bool:
    """Does the claim's clause say a word of a lexicon pair of opposites that the corpus figure's
    clause answers with its opposite (and not with it)?"""
    return any(_says(corpus.clause_words, other) and not _says(corpus.clause_words, said)
               for said, other in claim.opposites_said)


def _says(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i:i + n] == phrase for i in range(len(words) - n + 1) if words[i] == phrase[0])


@cache
def _opposite_pairs() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    return tuple(tuple(tuple(fold_key(w) for w in _WORD.findall(p)) for p in pair)
                 for pair in load_lexicon("check")["opposites"])


def _related(claim: _Thing, corpus: _Thing) -> bool:
    """Close enough to show apart (never as evidence): a count of the same noun, or of one whose
    words written in lower case hold the claim's (`nhà` is not said by `ngoài Nhà nước`), or a
    figure whose clause holds most of the claim's clause words."""
    if claim.counted:
        named = {fold_key(w) for w in _WORD.findall(corpus._subject or "") if w[:1].isupper()}
        return claim.head == corpus.head or claim.counted <= corpus.counted - named
    return _share(claim.clause, corpus.clause) >= MIN_CLAUSE_SHARE


def _share(words: frozenset[str], within: frozenset[str]) -> float:
    return len(words & within) / len(words) if words else 0.0


@dataclass
class SentenceReport:
    """One sentence of a checked text with a figure or an official, and their verdicts."""

    idx: int
    text: str
    figures: list[FigureVerdict]
    officials: list[OfficialVerdict]
    dates: list[tuple[str, str]]


@dataclass
class DraftReport:
    """Every sentence of a draft that states a figure or names an official, checked."""

    sentences: list[SentenceReport]

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for sentence in self.sentences:
            for figure in sentence.figures:
                counts[figure.verdict] += 1
        return counts

    def as_dict(self) -> dict:
        return {"sentences": [asdict(s) for s in self.sentences], "summary": self.summary()}


def check_text(text: str, db_path: str | Path, max_others: int = 2, max_related: int = 3,
               queries: StoreQueries | ForkedCalls | None = None) -> DraftReport:
    """The verdict for every figure (and official) of every sentence of `text`.

    A sentence's period is the dates it states, else those of its paragraph: `Năm 2023, …. Hội thi
    có 363 thí sinh.` is about 2023. The corpus is read through `queries` when given (the CLI's
    child process, `pipeline.forked`, already holding the store open), else through a
    connection of this call's own.
    """
    own_queries = queries is None
    if own_queries:
        queries = StoreQueries(db_path)
    try:
        return _checked(text, queries, max_others, max_related)
    finally:
        if own_queries:
            queries.close()


def _parts_as_ratios(text: str) -> tuple[str, list[tuple[int, int, None]]]:
    """`text` with each part of a whole it writes in words (`62 trong tổng số 67 đại biểu`, check.toml
    `part_of_whole`) written as the corpus writes it, `62/67`, padded to the same length; and the
    spans rewritten."""
    parts = [(*m.span(), None) for m in _part_of_whole().finditer(text)]
    return _part_of_whole().sub(lambda m: f"{m[1]}/{m[2]}".ljust(len(m[0])), text), parts


@cache
def _part_of_whole() -> re.Pattern:
    number = r"(\d+(?:[.,]\d+)*)"
    words = "|".join(map(re.escape, load_lexicon("check")["part_of_whole"]))
    return re.compile(rf"{number}\s+(?:{words})\s+{number}(?![\d/])")


def _checked(text: str, queries: StoreQueries | ForkedCalls, max_others: int, max_related: int) -> DraftReport:
    text = nfc(text)
    # Read with its spelled-out counts (and the ordinals it claims, `năm thứ tám`) as digits and
    # its thousands grouped by spaces joined, offsets unchanged: what is shown is `text`.
    spelled = sorted(spelled_counts(text) + spelled_ordinals(text, _ordinal_claim_words_as_written()))
    read, parts = _parts_as_ratios(with_digits(text, spelled))
    read = spaced_thousands_joined(read)
    # Split into words beside the store's queries: in the CLI's child process, whose segmenter
    # tables load while the extractors (and their pydantic models) load here.
    tokenised = queries.submit_free(_words_of, read)
    from pipeline.extract.base import ArticleContext
    from pipeline.extract.dates import extract_dates
    from pipeline.extract.figures import extract_figures
    from pipeline.extract.officials import extract_officials, person_id_for

    doc = tokenised.result()
    ctx = ArticleContext(article_id="claim")
    sentences = doc.user_data["sentences"]
    # The claimed figures first: the corpus is searched for all of them at once, in a thread (or
    # a process) of its own, while the dates and officials are read.
    claimed_by_sentence: dict[int, list[tuple[dict, _Thing, list[str]]]] = {}
    class_numbers: dict[int, frozenset[str]] = {}  # numbers naming a class of what is counted
    ordinal_claims: dict[int, list] = {}  # `năm thứ 15`, `lần thứ 23`: claims where nothing else is

    def add_claim(f) -> None:
        sentence = sentences[f.sentence_idx]
        figure = f.model_dump()
        if read[f.char_start:f.char_end] != text[f.char_start:f.char_end]:
            # as the claim writes it: `ba`, `một nghìn`, `14 791`, `62 trong tổng số 67`
            end = max([f.char_end] + [e for s_, e, _ in spelled + parts if s_ < f.char_end and f.char_start < e])
            figure["surface"] = text[f.char_start:end].rstrip()
        figure["subject"] = _named_by_quote(figure, read[f.char_end:sentence.char_end])
        claim = _claim_thing(figure, read[sentence.char_start:sentence.char_end], f.char_start - sentence.char_start)
        claimed_by_sentence.setdefault(f.sentence_idx, []).append((figure, *claim))

    for f in extract_figures(doc, ctx):
        if f.kind == "duration" and _names_a_class(read, f.char_end):
            class_numbers[f.sentence_idx] = class_numbers.get(f.sentence_idx, frozenset()) | _numbers_in(
                read[f.char_start:f.char_end])
            continue
        # Ordinals number a congress or a term (`Đại hội XIII`, `Đại hội … lần thứ XVII`): names,
        # not claims, but for the count of editions or years a sentence claims alone in digits or
        # words (`năm thứ 15 Hà Nội tổ chức …`, `lần thứ hai`, read below); nor is a sum of nothing
        # (`suất quà 0 đồng`, `Siêu thị 0 đồng`), which says that a thing is free.
        surface = _ORDINAL_SURFACE.fullmatch(f.surface) if f.kind == "ordinal" else None
        if f.kind == "ordinal" and not f.in_name and not (surface and surface["roman"]) \
                and _ordinal_word(read, f.char_start, f.surface) is not None:
            ordinal_claims.setdefault(f.sentence_idx, []).append(f)
            continue
        if not f.in_name and f.kind != "ordinal" and not (f.kind == "money" and f.value == 0):
            add_claim(f)
    for idx, ordinals in ordinal_claims.items():
        if idx not in claimed_by_sentence:
            for f in ordinals:
                add_claim(f)
    # A length of time beside another figure of its sentence says when that one was counted, and
    # an age bound whom it counts (`lực lượng lao động từ 15 tuổi trở lên … đạt 51,6 triệu người`).
    # (`đợt thi đua cao điểm 60 ngày chào mừng kỷ niệm 90 năm thành lập …`: the 60 days are claimed)
    frame_lengths: dict[int, frozenset[tuple[float, str]]] = {}  # the spans the claimed were counted over
    for idx, claimed in claimed_by_sentence.items():
        sentence_start = sentences[idx].char_start
        # So does a count its names spell out (`ngành GTVT hai tỉnh Yên Bái và Lào Cai`), a count of
        # the levels of a body (`Mặt trận ba cấp tỉnh`), or of whose or where the figure before it
        # is (`150 thí sinh tại 8 cụm thi đua`, `_scope_count`).
        frames = [c for c in claimed if (_frame_length(c[0]) and _time_frame(
            read, sentence_start, c[0]["char_start"], c[0]["char_end"])) or _age_bound(read, sentence_start, c[0])
                  or _names_counted(read[c[0]["char_end"]:sentences[idx].char_end], c[0])
                  or _counted_as(c[0], "class_units") or _scope_count(read, claimed, c[0])
                  or _places_of_the_counted(read, c[0])]
        if frames and len(frames) < len(claimed):
            claimed_by_sentence[idx] = [c for c in claimed if c not in frames]
            frame_lengths[idx] = frozenset((c[0]["value"], fold_key(c[0]["unit"] or "")) for c in frames
                                           if c[0]["kind"] == "duration")
    # In the order the verdicts below take them: sentence by sentence.
    searches = [_candidate_search(figure, words, thing.body) for sentence in sentences
                for figure, thing, words in claimed_by_sentence.get(sentence.idx, [])]

    reports: list[SentenceReport] = []
    searched = queries.submit(_candidates_and_dates, searches)
    dates_by_sentence: dict[int, list[tuple[date, date]]] = {}
    date_spans: dict[int, list[tuple[int, int]]] = {}
    # Periods that bound no total: `từ đầu năm 2017` does not say when it ends; a lunar year's
    # name alone (`Tết Bính Ngọ`) places the claim in its year, not in the festival's days.
    open_dates: set[tuple[date, date]] = set()
    found_dates = extract_dates(doc, ctx)
    by_name_alone = (_lunar_names_dated(doc, ctx, {d.sentence_idx for d in found_dates})
                     if _lunar_name().search(text) else [])
    named_only = {id(found) for found in by_name_alone}
    for found in found_dates + by_name_alone:
        period = _season(found.surface, found.start_date, found.end_date)
        dates_by_sentence.setdefault(found.sentence_idx, []).append(period)
        if id(found) in named_only or (found.kind == "date" and _open_range_before(
                text[max(0, found.char_start - 40):found.char_start])):
            open_dates.add(period)
        date_spans.setdefault(found.sentence_idx, []).append((found.char_start, found.char_end))
    officials, roles = extract_officials(doc, ctx)
    officials_by_sentence: dict[int, list] = {}
    for official in officials:
        officials_by_sentence.setdefault(official.sentence_idx, []).append(official)
    person_ids = sorted({person_id_for(o.name) for o in officials})
    titles = queries.submit(_official_titles, person_ids).result() if person_ids else {}
    _read_verdict_rules()  # while the corpus is searched, not after
    found_by_claim, dates = searched.result()
    candidates = iter(found_by_claim)
    for sentence in sentences:
        claimed = claimed_by_sentence.get(sentence.idx, [])
        named = officials_by_sentence.get(sentence.idx, [])
        if not claimed and not named:
            continue
        claim_dates = dates_by_sentence.get(sentence.idx) or [
            d for s in sentences if s.paragraph_idx == sentence.paragraph_idx for d in dates_by_sentence.get(s.idx, [])
        ] or _years_written(text[sentence.char_start:sentence.char_end])
        # A date (`Tết Quý Mão 2023`) is checked against the corpus's dates, not as a name its
        # paragraph must write.
        # Nor is the source a claim cites (`Theo Sở Lao động Thương binh và Xã hội Hà Nội, …`).
        # Nor is an abbreviation in brackets after a name (`Chi nhánh Hai Bà Trưng (URENCO)`): it
        # glosses the name before it, which the corpus may write alone.
        names = _names(_blank_spans(text, date_spans.get(sentence.idx, []) + _attribution_spans(
            text, sentence.char_start, sentence.char_end) + _bracketed_abbreviations(
            text, sentence.char_start, sentence.char_end))[sentence.char_start:sentence.char_end])
        closed_dates = [d for d in claim_dates if d not in open_dates]
        verdicts = [_figure_verdict(figure, claim_thing, names, next(candidates), dates, claim_dates, closed_dates,
                                    max_others, max_related, class_numbers.get(sentence.idx, frozenset()),
                                    frame_lengths.get(sentence.idx, frozenset()))
                    for figure, claim_thing, _ in claimed]
        official_verdicts = [_official_verdict(o, [r for r in roles if r.mention_id == o.mention_id], titles)
                             for o in named]
        reports.append(SentenceReport(sentence.idx, text[sentence.char_start:sentence.char_end], verdicts,
                                      official_verdicts, [(s.isoformat(), e.isoformat()) for s, e in claim_dates]))
    return DraftReport(reports)


# A year alone: not a part of a number (`2.025`), a date or a document's number (`2025/QĐ`).
_YEAR = re.compile(r"(?<![\d.,/\-])(?:19|20)\d{2}(?![\d/]|[.,\-]\d)")


@cache
def _lunar_name() -> re.Pattern:
    """A lunar year's name (`Tân Sửu`), as the dates extractor reads it."""
    from pipeline.extract.dates import can_chi_pattern

    return re.compile(rf"(?<!\w){can_chi_pattern()}", re.IGNORECASE)


def _lunar_names_dated(doc, ctx, dated: set[int]) -> list:
    """The dates a claim writes by a lunar year's name alone (`quà Tết Tân Sửu`), in sentences
    that state no other date. A claim has no publication day to place them by; a name comes back
    every 60 years, and the occurrence nearest today is the one a draft means."""
    from pipeline.extract.dates import extract_dates

    named = replace(ctx, context_years=(date.today().year,))
    return [d for d in extract_dates(doc, named)
            if d.sentence_idx not in dated and d.calendar == "lunar" and _lunar_name().search(d.surface)]


def _years_written(sentence: str) -> list[tuple[date, date]]:
    """The years a sentence that states no date writes alone (`Chợ Tết Công đoàn - Xuân 2025`):
    what it is about, as a claim's period."""
    return [(date(int(m.group()), 1, 1), date(int(m.group()), 12, 31)) for m in _YEAR.finditer(sentence)]


def _words_of(text: str):
    """`tokenise_words(text)`, imported where it runs (the caller need not load the segmenter)."""
    from pipeline.tokenise import tokenise_words

    return tokenise_words(text)


def _read_verdict_rules() -> None:
    """Reads (once a process: each is cached) every word list and pattern the verdicts use."""
    for rules in (_exact_stop_words, _same_wordings, _rewordings, _abbreviations, _comparison_markers,
                  _comparison_ends, _seasons, _place_level_pattern, _passive_marks, _beneficiary_marks,
                  _qualifier_phrases, _after_rules, _opposite_pairs, scale_words, _attribution_pattern,
                  _province_pattern, _organisation_heads, _one_word_stops, _event_nouns,
                  _class_namers, _time_frame_words, _money_syllables, _money_written, _person_pattern,
                  _same_verb_groups, _lunar_name, _counted_noun_places, _frame_length_pattern,
                  _breakdown_marks, _verb_particles):
        rules()


def _candidates_and_dates(con, searches: list) -> tuple[list[list[dict]], dict]:
    """The candidates of every search, and the dates stated in their articles (on a cursor of
    `con` of this call's own: the officials' titles are read beside it)."""
    cursor = con.cursor()
    try:
        found_by_claim = _candidates(cursor, searches)
        return found_by_claim, _article_dates(cursor, sorted({c["article_id"] for found in found_by_claim for c in found}))
    finally:
        cursor.close()


class StoreQueries:
    """The checker's queries in threads of this process, on one read-only connection: each call
    of `submit(fn, *args)` runs `fn(connection, *args)` and `submit_free(fn, *args)` runs
    `fn(*args)`, as `pipeline.forked.ForkedCalls` runs them in a child process."""

    def __init__(self, db_path: str | Path) -> None:
        self.con = open_for_queries(db_path)
        self.pool = ThreadPoolExecutor(max_workers=2)

    def submit(self, fn, *args):
        return self.pool.submit(fn, self.con, *args)

    def submit_free(self, fn, *args):
        return self.pool.submit(fn, *args)

    def close(self) -> None:
        self.pool.shutdown()
        self.con.close()


def open_for_queries(db_path: str | Path):
    """The store, read-only, as the checker's queries read it."""
    from pipeline.store import connect

    return connect(db_path, read_only=True)


def check_claim(claim: str, db_path: str | Path, max_others: int = 2,
                queries: StoreQueries | ForkedCalls | None = None) -> CheckReport:
    """The verdict for every figure (and official) the claim states."""
    draft = check_text(claim, db_path, max_others, queries=queries)
    dates = sorted({d for s in draft.sentences for d in s.dates})
    return CheckReport(claim, [f for s in draft.sentences for f in s.figures],
                       [o for s in draft.sentences for o in s.officials], dates)


_NAME_OR_JOINER = re.compile(r"[^\W\d_]+|,")


def _frame_length(figure: dict) -> bool:
    """Is the figure a length of time: a duration, or a count of seasons (check.toml `frame_units`:
    `Qua 9 mùa Tết Sum vầy`, read sets 87, 115)?"""
    return figure["kind"] == "duration" or _counted_as(figure, "frame_units")


def _counted_as(figure: dict, key: str) -> bool:
    """Is the figure a count of one of check.toml's units under `key`?"""
    return figure["kind"] == "count" and tuple(fold_key(figure["unit"] or "").split()) in _lexicon_phrases(key)


def _scope_count(read: str, claimed: list, figure: dict) -> bool:
    """Is the count opened by a word of check.toml `scope_openers` right after the noun phrase of
    another count of its clause (`thu hút 150 thí sinh tại 8 cụm thi đua`, `hơn 210 vận động viên
    của 6 chi nhánh`, read sets 38, 88), or by one of `sum_scope_openers` after a sum (`25 triệu
    đồng cho hai giáo viên`): whose or where those are, said with them, not a claim of its own?"""
    if figure["kind"] != "count":
        return False
    before = [c[0] for c in claimed if c[0]["kind"] in ("count", "money") and c[0]["char_end"] <= figure["char_start"]]
    if not before:
        return False
    between = read[before[-1]["char_end"]:figure["char_start"]]
    if _CLAUSE_BREAK.search(between):
        return False
    words = folded_words(between)
    openers = "scope_openers" if before[-1]["kind"] == "count" else "sum_scope_openers"
    return bool(words) and (words[-1],) in _lexicon_phrases(openers)


def _places_of_the_counted(read: str, figure: dict) -> bool:
    """Is the count one of places (check.toml `place_scope_units`) right after a name or a noun of
    people (`person_nouns`) (`công nhân 8 tỉnh miền Đông Nam Bộ`, `Hội Nông dân 10 huyện, TP của Bắc Giang`, `Đoàn
    Thanh niên ba phường`: read sets 23, 88, 127): whose they are, not a claim of its own?"""
    if not _counted_as(figure, "place_scope_units"):
        return False
    before = read[max(0, figure["char_start"] - 40):figure["char_start"]]
    last = _WORD.findall(before)[-2:]
    if not last or not before.rstrip().endswith(last[-1]):
        return False  # a mark between them (`…, 8 tỉnh`): a list, not whose
    # (a name's last word may be in lower case: `Hội Nông dân`, `Đoàn Thanh niên`)
    return (any(w[0].isupper() for w in last)
            or f" {_folded_text(before)} ".endswith(_folded_phrases("person_nouns")))


def _names_counted(rest: str, figure: dict) -> bool:
    """Is a small count followed by its noun and as many names, joined by commas and `và`
    (`hai tỉnh Yên Bái và Lào Cai`): a count of what the claim names, no figure of its own?"""
    if figure["kind"] != "count" or not figure["value"] or not 2 <= figure["value"] <= 9:
        return False
    words = [m.group() for m in _NAME_OR_JOINER.finditer(rest)]
    i = 0
    while i < min(len(words), 3) and words[i][0].islower() and words[i] != "và":
        i += 1  # the counted noun (`tỉnh`, `huyện ven biển`)
    if not i:
        return False
    names, in_name = 0, False
    for word in words[i:]:
        if word[0].isupper():
            names += not in_name
            in_name = True
        elif word in (",", "và") and in_name:
            in_name = False
        else:
            break
    return names == figure["value"] and in_name


def _named_by_quote(figure: dict, rest: str) -> str | None:
    """A claimed count's subject, with the quoted name a house classifier opens (check.toml
    `name_classifiers`) read in: `243 căn “Mái ấm Công đoàn”` counts `căn Mái ấm Công đoàn`, as if
    unquoted (read set 144); the extractor ends the noun phrase at the quote."""
    subject = figure["subject"]
    after = rest.lstrip()
    if figure["kind"] != "count" or not subject or not after.startswith(subject) \
            or subject.lower() not in load_lexicon("check")["counted_noun"]["name_classifiers"]:
        return subject
    quoted = _QUOTED.match(after[len(subject):].lstrip())
    if not quoted or not quoted.group(1)[:1].isupper():
        return subject
    return f"{subject} {quoted.group(1).strip()}"


def _claim_thing(figure: dict, sentence: str, offset: int) -> tuple[_Thing, list[str]]:
    """What a claimed figure is about, and the words its candidates are searched by: what a figure
    without a counted noun measures is in the lower-case words of its clause."""
    claim_thing = thing_of(sentence, offset, offset + len(figure["surface"]), figure["subject"], figure["unit"],
                           kind=figure["kind"])
    search_words = sorted({w.lower() for w in _WORD.findall(sentence) if fold_key(w) in claim_thing.common})
    return claim_thing, search_words


def spaced_thousands_joined(text: str) -> str:
    """`text` with the spaces grouping a number's thousands read as dots (`14 791` -> `14.791`),
    same length: a reporter's other thousands separator. Only groups of three digits after a
    first group of one to three, with no other digit or separator around them."""
    return _SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", ".").replace("\u00a0", "."), text)


_BRACKETED_ABBREVIATION = re.compile(r"(?<=\w)\s*\(\s*[A-ZĐ][A-ZĐ0-9&.\-]+\s*\)")


def _bracketed_abbreviations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of an abbreviation in brackets right after a word (`Hai Bà Trưng (URENCO)`)."""
    return [m.span() for m in _BRACKETED_ABBREVIATION.finditer(text, start, end)]


def _attribution_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause a sentence opens with to cite its source (`Theo Sở …, `), as a span."""
    m = _attribution_pattern().match(text, start, end)
    return [(m.start(), m.end())] if m else []


@cache
def _attribution_pattern() -> re.Pattern:
    leads = "|".join(re.escape(nfc(w)) for w in load_lexicon("check")["attribution_leads"])
    return re.compile(rf"\s*(?:{leads})\s[^,;:]*,")


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` turned into a mark that is no word (offsets kept)."""
    for start, end in spans:
        text = text[:start] + "·" * (end - start) + text[end:]
    return text


@lru_cache(maxsize=1 << 12)  # a draft's candidates share titles, ledes and paragraphs
def _ordinals(text: str) -> frozenset[int]:
    """The numbers of the congresses, terms and editions `text` names (`Đại hội XII`, `khóa 12`)."""
    found = set(_roman_ordinals(text))
    found.update(int(m.group(1)) for m in _ORDINAL.finditer(text) if m.group(1).isdigit())
    # spelled out (`lần thứ nhất`), as a claim's ordinals are read
    if "thứ" in text.lower():
        found.update(value for _, _, value in spelled_ordinals(text))
    return frozenset(found)


@lru_cache(maxsize=1 << 12)
def _roman_ordinals(text: str) -> frozenset[int]:
    """The congresses and terms `text` numbers in Roman numerals (`lần thứ XI`, `khóa XIII`)."""
    from pipeline.extract.figures import roman_to_int

    found = set()
    for m in _ORDINAL.finditer(text):
        if not m.group(1).isdigit():
            try:
                found.add(roman_to_int(m.group(1)))
            except ValueError:
                continue  # letters that only look like a numeral (`lần CC`)
    return frozenset(found)


# a stored ordinal's surface: `thứ 15`, `thứ III`
_ORDINAL_SURFACE = re.compile(r"thứ (?:\d{1,3}|(?P<roman>[IVXLC]+))")


def _ordinal_word(text: str, start: int, surface: str) -> str | None:
    """The kind in check.toml `ordinal_claim_words` of the word that opens the ordinal at
    text[start:] (`years` of `năm thứ 15`, `editions` of `lần thứ III`); None if another word or
    none does, or it is no `thứ N`."""
    if _ORDINAL_SURFACE.fullmatch(surface) is None:
        return None
    before = _WORD.findall(text[max(0, start - 12):start])
    return _ordinal_claim_words().get(fold_key(before[-1])) if before else None


@cache
def _ordinal_claim_words() -> dict[str, str]:
    """Each folded word of check.toml `ordinal_claim_words`, with its kind."""
    return {fold_key(w): kind for kind, words in load_lexicon("check")["ordinal_claim_words"].items() for w in words}


@cache
def _ordinal_claim_words_as_written() -> frozenset[str]:
    """check.toml `ordinal_claim_words` in lower case, unfolded: how a claim's text writes them."""
    return frozenset(w.lower() for words in load_lexicon("check")["ordinal_claim_words"].values() for w in words)


def _ordinals_written(claimed: frozenset[int], cand: dict) -> bool:
    """Does the candidate's sentence, paragraph, title or lede name each congress or term the
    claim names, in either writing (`Đại hội XII` ~ `khóa 12`)?"""
    if not claimed:
        return True
    # A figure whose sentence numbers only other congresses or terms before it (in Roman
    # numerals, as they are; a meeting's `lần thứ nhất` is not one) is theirs, whatever its page's
    # lede names (`Đại hội Công đoàn huyện Sóc Sơn lần thứ XI … 185 đại biểu` on a page heading
    # for the city's XVII congress, read set 63); one named after it may be another's
    # (`… gồm 49 đồng chí, đồng thời bầu đoàn đại biểu dự Đại hội … toàn quốc lần thứ XIII`).
    own = _roman_ordinals(cand["sentence"][:cand["char_start"] - cand["sentence_start"]])
    if own and not own & claimed:
        return False
    written = frozenset().union(*(_ordinals(t) for t in (cand["sentence"], cand["paragraph"], cand["title"],
                                                         cand["lede"]) if t))
    return claimed <= written


@lru_cache(maxsize=1 << 12)
def _terms(text: str | None) -> frozenset[tuple[str, str]]:
    """The terms of office `text` names by their years (`nhiệm kỳ 2025 - 2030`, `khóa 2021-2026`)."""
    return frozenset((m["first"], m["last"]) for m in _term_years_pattern().finditer(text or ""))


@cache
def _term_years_pattern() -> re.Pattern:
    words = "|".join(r"\s+".join(map(re.escape, t)) for t in _term_words())
    return re.compile(rf"(?<!\w)(?:{words})\s*(?P<first>(?:19|20)\d\d)\s*[-–—]\s*(?P<last>(?:19|20)\d\d)(?!\d)",
                      re.IGNORECASE)


def _terms_written(claimed: frozenset[tuple[str, str]], cand: dict) -> bool:
    """Is the term the claim names (`nhiệm kỳ 2025 - 2030`) the candidate's, when its sentence or
    paragraph names one? Terms overlap by years but are each a mandate of their own: the
    congresses of `nhiệm kỳ 2023 - 2028` are not those of 2025 - 2030."""
    written = _terms(cand["sentence"]) | _terms(cand["paragraph"])
    return not claimed or not written or bool(claimed & written)


@cache
def _generic_people_units() -> frozenset[str]:
    return frozenset(fold_key(u) for u in load_lexicon("numbers")["subject"]["count_of_generic_units"])


def _consistent(figure: dict, cand: dict) -> bool:
    """`values_consistent`, and for a count claimed of a ratio (`545/550 đại biểu`), either of its numbers."""
    if values_consistent(figure, cand):
        return True
    return (cand["kind"] == "ratio" and figure["kind"] != "ratio" and cand.get("denominator") is not None
            and values_consistent(figure, {**cand, "value": cand["denominator"], "value_max": None}))


def _counted_as_people(cand: dict) -> bool:
    """Is a stored count one whose unit only says they are people and whose subject is the phrase
    stated before it (`số lao động có quyết định hưởng là 6.396 người`)?"""
    return (cand["kind"] == "count" and bool(cand["unit"]) and bool(cand["subject"])
            and fold_key(cand["unit"]) in _generic_people_units()
            and not fold_key(cand["subject"]).startswith(fold_key(cand["unit"])))


def _comrades_counted(cand: dict) -> str | None:
    """The members a count of comrades alone is of, when its sentence names their body (check.toml
    `comrades_of`: `12 đồng chí được trao tặng Huy hiệu Đảng` are `đảng viên`), else None."""
    if cand["kind"] != "count" or fold_key(cand["subject"] or "") not in _comrade_words():
        return None
    return next((members for body, members in load_lexicon("check")["comrades_of"].items()
                 if re.search(rf"(?<![^\W\d_]){re.escape(body)}(?![^\W\d_])", cand["sentence"])), None)


@cache
def _comrade_members() -> frozenset[str]:
    return frozenset(fold_key(m) for m in load_lexicon("check")["comrades_of"].values())


@cache
def _comrade_wordings() -> tuple[tuple[str, ...], ...]:
    """The syllables of each word for comrades (counted_noun `classifiers`), lower case as written."""
    return tuple(tuple(m.group() for m in _WORD.finditer(w.lower()))
                 for w in load_lexicon("check")["counted_noun"]["classifiers"])


@cache
def _comrade_words() -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_lexicon("check")["counted_noun"]["classifiers"])


def _figure_verdict(figure: dict, claim_thing: _Thing, claim_names: tuple[str, ...], candidates: list[dict],
                    dates: dict, claim_dates, closed_dates, max_others: int, max_related: int,
                    class_numbers: frozenset[str] = frozenset(),
                    frames: frozenset[tuple[float, str]] = frozenset()) -> FigureVerdict:
    claim_ordinals = _ordinals(claim_thing._text)
    ordinal_word = None
    if figure["kind"] == "ordinal":
        # the claimed count of editions or years is the claim, not the name of its occasion
        claim_ordinals -= {int(figure["value"])}
        # as read (`thứ 10` of a claim's `thứ mười`)
        ordinal_word = _ordinal_word(claim_thing._text, claim_thing._start,
                                     claim_thing._text[claim_thing._start:claim_thing._end].rstrip())
    if claim_ordinals:
        # The congress or term a name numbers is checked apart, in either writing (`Đại hội XII`
        # ~ `Đại hội Công đoàn Việt Nam lần thứ XII`): the name is its words without the numeral.
        numerals = {m.group(1).lower() for m in _ORDINAL.finditer(claim_thing._text)}
        claim_names = tuple(filter(None, (" ".join(w for w in name.split() if w not in numerals)
                                          for name in claim_names)))
    claim_places = provinces_named(claim_thing._text)
    claim_terms = _terms(claim_thing._text)
    # The claim's other words (its organisation, place, event) rank the evidence.
    context_words = frozenset(claim_thing.sentence - claim_thing.counted - set(exact_words(figure["surface"])))
    # ... and say its occasion, with or without the words that number its congress or term (`lần
    # thứ XXIV, nhiệm kỳ 2018-2023`), which are checked apart, by number and years (read set 119)
    occasion_words = context_words - (_edition_syllables() if claim_ordinals or claim_terms else frozenset())
    name_words = frozenset(" ".join(claim_names).split())
    # A name inside what the claim counts narrows it (`31 đơn vị vốn đầu tư Đài Loan`): it is
    # written where the corpus states it, or that figure counts others.
    # (a lunar year's name in it, `suất quà Tết Bính Ngọ 2026`, is a date, checked as one)
    subject_names = (_names(f" {_lunar_name().sub(' ', figure['subject'])}")
                     if figure["kind"] == "count" and figure["subject"] else ())
    # The people, districts and companies the claim names are whom and where its figure is about:
    # a figure is evidence only where they are named (another person's votes, another commune's gifts).
    claim_whereabouts = (_persons(claim_thing._text) + _local_places(claim_thing._text)
                         + tuple(name for name in claim_names if _company_name(name) is not None))
    evidence: list[Match] = []
    related: list[Match] = []
    things: dict[int, _Thing] = {}
    other_editions: set[int] = set()  # of another congress or term than the claim's
    # a claim's statistic counted in people may be answered by a count of people
    claim_as_people = (thing_of(claim_thing._text, claim_thing._start, claim_thing._end, figure["unit"], figure["unit"])
                       if _counted_as_people(figure) else None)
    other_spans: set[int] = set()  # stated for a much longer or shorter period than the claim's
    dated_names = [_folded_text(name) for name in _QUOTED.findall(claim_thing._text) if _YEAR.search(name)]
    # A programme the claim names in quotes (`Chương trình “1 triệu sáng kiến” … hơn 50.000 người
    # tham gia`) is the one its figure was counted at: most of its words are written where the corpus
    # states a figure (sentence, paragraph, title or lede), or that figure is another's (read set 120:
    # not the `50.000 người tham gia` of a summer volunteer drive).
    quoted_names = [words for words in (frozenset(w for w in exact_words(name) if not w.isdigit())
                                        for name in _QUOTED.findall(claim_thing._text)) if len(words) >= 2]
    for cand in candidates:
        start = cand["char_start"] - cand["sentence_start"]
        end = start + cand["char_end"] - cand["char_start"]
        if ordinal_word is not None and _ordinal_word(cand["sentence"], start, cand["surface"]) != ordinal_word:
            continue  # `lần thứ 23` is no `năm thứ 23`
        lede = _with_home_place(cand)
        cand_thing = thing_of(cand["sentence"], start, end, cand["subject"], cand["unit"], cand["title"],
                              cand["paragraph"], lede)
        counted_same = same_thing(claim_thing, cand_thing)
        if not counted_same and _counted_as_people(cand):
            # `số đoàn viên tham gia là 1.200 người` counts đoàn viên, and people: a claim may say either.
            as_people = thing_of(cand["sentence"], start, end, cand["unit"], cand["unit"], cand["title"],
                                 cand["paragraph"], lede)
            counted_same = same_thing(claim_thing, as_people) or (
                claim_as_people is not None and same_thing(claim_as_people, as_people))
            if counted_same:
                cand_thing = as_people
        elif not counted_same and claim_as_people is not None:
            counted_same = same_thing(claim_as_people, cand_thing)
        if not counted_same and (members := _comrades_counted(cand)):
            # `12 đồng chí được trao tặng Huy hiệu Đảng` counts the Party's members (dev 927)
            as_members = thing_of(cand["sentence"], start, end, members, members, cand["title"], cand["paragraph"], lede)
            counted_same = same_thing(claim_thing, as_members)
            if counted_same:
                cand_thing = as_members
        if not counted_same and _consistent(figure, cand):
            counted_same = same_thing(claim_thing, cand_thing, same_value=True)
        if figure["kind"] == "money" and not same_rate(figure["unit"], claim_thing, cand["unit"], cand_thing):
            continue
        # A claim about the XVII congress is not answered by the XVI's figures, nor one about Hà
        # Nội by a figure of an article about Nghệ An.
        of_edition = _ordinals_written(claim_ordinals, cand) and _terms_written(claim_terms, cand)
        same = (counted_same and of_edition
                and not (claim_places and _other_places(claim_places, cand))
                and all(_name_written(name, cand_thing.occasion_text) for name in subject_names)
                and class_numbers <= cand_thing.clause_numbers
                and all(_share(words, cand_thing.occasion) >= MIN_QUOTED_SHARE for words in quoted_names)
                and not (frames and _over_another_span(frames, cand["sentence"]))
                and not _one_of_those_counted(claim_thing, cand_thing)
                and all(_name_written(name, cand_thing.occasion_text) or _site_of(name, cand["url"])
                        for name in claim_whereabouts))
        if not same and not _related(claim_thing, cand_thing):
            continue
        time_overlap = _time_overlap(claim_dates, dates.get(cand["article_id"], []), cand["sentence_idx"],
                                     cand["sentence"], cand["sentence_start"], cand["paragraph_idx"],
                                     cand["char_start"], cand["published_at"])
        if time_overlap is False and any(f" {name} " in cand_thing.occasion_text for name in dated_names):
            # the year of a quoted name (`cuộc thi viết "Gương sáng tiêu biểu ngành điện năm 2019"`) is
            # the edition's, which the corpus names with it, whenever it was launched (`phát động từ
            # tháng 8-2018`, dev 1047)
            time_overlap = True
        match = Match(
            article_id=cand["article_id"], title=cand["title"], url=cand["url"], published_at=cand["published_at"],
            outlet=cand["outlet"], kind=cand["article_kind"], sentence=cand["sentence"], highlight=(start, end),
            surface=cand["surface"], value=cand["value"], value_max=cand["value_max"], unit=cand["unit"],
            qualifier=cand["qualifier"], subject=cand["subject"], consistent=_consistent(figure, cand),
            subject_score=round(_share(context_words, cand_thing.around), 3),
            time_overlap=time_overlap, char_start=cand["char_start"], char_end=cand["char_end"],
        )
        things[id(match)] = cand_thing
        if not of_edition:
            other_editions.add(id(match))
        if closed_dates and not match.consistent and _another_span(
                closed_dates, dates.get(cand["article_id"], []), cand["sentence_idx"], cand["sentence"],
                cand["sentence_start"], cand["paragraph_idx"]):
            other_spans.add(id(match))
        # A figure stated for another period neither supports nor contradicts a dated claim, nor
        # does a vague amount (`hàng trăm tỷ đồng`) contradict a precise one.
        vague = cand["qualifier"] == "vague" and not match.consistent
        # `có 545/550 đại biểu chính thức`: a count of a ratio's two numbers supports a claim of
        # either, and a value neither of them (`24/24 chỉ tiêu Nghị quyết … đều đạt và vượt` ~ `20
        # chỉ tiêu`, dev 765) contradicts both. A ratio is read as a count only where its sentence
        # or its article's title writes everything the claim names: the claim may name another
        # body (`Quỹ “Đền ơn đáp nghĩa”`, a sentence before) for the same things counted (dev 152).
        other_part = cand["kind"] == "ratio" and figure["kind"] != "ratio" and not _names_written_in(
            f"{cand['sentence']} . {cand['title'] or ''}", claim_names)
        if same and not vague and not other_part and not (claim_dates and time_overlap is False):
            evidence.append(match)
        else:
            related.append(match)
    # Best first: the claim's organisation and place, then its period, then an LĐTĐ article
    # before a repost or teaser.
    def rank(m: Match):
        # ... and of two figures of one paragraph, the one whose own sentence names more of what
        # the claim names (`Đoàn Chủ tịch gồm 22 Ủy viên` before `Ban Chấp hành gồm 161 ủy viên`)
        return (-m.subject_score, -_share(name_words, things[id(m)].sentence), m.time_overlap is not True,
                m.outlet != "LĐTĐ", m.kind != "article", m.article_id, m.char_start)

    evidence.sort(key=rank)
    related.sort(key=rank)
    def same_occasion(m: Match) -> bool:
        # Most of the claim's other words (organisation, place, event) are where the corpus
        # states it, every name the claim gives (`Công đoàn ngành Xây dựng Hà Nội`) is written
        # there, and what is done to the counted (`hỗ trợ 159 đoàn viên`) is said in the claim too.
        thing = things[id(m)]
        # A list counted whole (`20 đoàn viên công đoàn, công nhân, viên chức, lao động`) is
        # another count than one of its items (`_list_named`).
        if not _list_named(claim_thing, thing) or _another_programme(claim_thing, thing):
            return False
        # (a town's own site may leave its name unsaid, as `same` allows: dev 1166)
        # (not the words that say when it took place, `diễn ra sáng 18/10`, unless the corpus says
        # them too: dates are compared apart)
        unsaid_when = claim_thing.when_said - thing.occasion
        shared = max(_share(context_words - unsaid_when, thing.occasion),
                     _share(occasion_words - unsaid_when, thing.occasion))
        return (shared >= MIN_DIFFERS_CONTEXT
                and all(_name_written(name, thing.occasion_text) or _site_of(name, m.url) for name in claim_names)
                and (not thing.verbs or _done_alike(claim_thing, thing)))

    claim_folded = f" {_folded_text(_without_place_levels(claim_thing._text))} "

    def names_in_sentence(m: Match) -> bool:
        return bool(claim_names) and _names_written_in(m.sentence, claim_names, claim_folded)

    def names_in_item(m: Match) -> int:
        # (an item naming a district names its own, not the city's: `LĐLĐ thành phố Hà Nội hỗ trợ
        # 30 triệu đồng, LĐLĐ huyện Chương Mỹ hỗ trợ 5 triệu đồng`, dev 051)
        thing = things[id(m)]
        item = f" {_folded_text(_without_place_levels(m.sentence[thing.clause_start:thing.clause_end]))} "
        return sum(f" {name} " in item if tuple(name.split()) in _province_set()[0] else _name_written(name, item)
                   for name in claim_names)

    def word_before(m: Match) -> str | None:
        thing = things[id(m)]
        words = exact_words(m.sentence[thing.clause_start:m.highlight[0]])
        return words[-1] if words else None

    def parallel(m: Match, o: Match) -> bool:
        # items of one list: the same word before the same unit (`giảm 1.446 đoàn viên`, `giảm 589 đoàn viên`)
        return (o is not m and o.article_id == m.article_id and o.sentence == m.sentence and o.unit == m.unit
                and word_before(m) is not None and word_before(o) == word_before(m))

    # A sentence listing counts of one noun, item by item (`Công đoàn ngành Giao thông vận tải
    # giảm 1.446 đoàn viên, Công đoàn ngành Công Thương giảm 589 đoàn viên`): a figure is its own
    # item's, not the claim's when another item of the sentence writes more of the claim's names.
    # Only figures of one sentence can be items of one list: grouped first, as a draft's figure
    # may have hundreds of matches on a large corpus.
    one_sentence: dict[tuple, list[Match]] = {}
    for m in evidence if claim_names else ():
        one_sentence.setdefault((m.article_id, m.sentence, m.unit), []).append(m)
    listed_apart = {id(m) for group in one_sentence.values() if len(group) > 1 for m in group if any(
        parallel(m, o) and names_in_item(o) > names_in_item(m) for o in group)}
    related = sorted(related + [m for m in evidence if id(m) in listed_apart], key=rank)
    evidence = [m for m in evidence if id(m) not in listed_apart]
    supporting = [m for m in evidence if m.consistent]
    # The same value said of another occasion does not support a claim that a sentence naming all
    # it names, among more of its words, answers otherwise (`96,28%` the best score of a list,
    # `100%` the score of the person the claim names).
    closest_support = max((m.subject_score for m in supporting), default=0.0)
    answered_elsewhere = (bool(supporting) and not any(names_in_sentence(m) for m in supporting)
                          and any(names_in_sentence(m) and m.subject_score > closest_support and same_occasion(m)
                                  for m in evidence if not m.consistent))
    if answered_elsewhere:
        supporting = []
    if not supporting:
        # Another value only contradicts a claim about the same occasion. And when a close
        # figure of that occasion has the claimed value (`363 thí sinh` beside `111 thí sinh đạt
        # giải`), the claim may name that one loosely: nothing contradicts it for sure. Not one
        # of another numbered congress or term: the national health union's XIV's `250 đại biểu`
        # leaves a claim about Bến Tre's XI answered by its `196 đại biểu chính thức` (read set 75).
        loose_match = not answered_elsewhere and any(
            m.consistent and not (claim_dates and m.time_overlap is False) and m.subject_score >= MIN_DIFFERS_CONTEXT
            and id(m) not in listed_apart and id(m) not in other_editions
            and all(_name_written(name, things[id(m)].occasion_text) for name in subject_names)
            for m in related)
        occasion = [m for m in evidence if not m.consistent and not loose_match and same_occasion(m)
                    and id(m) not in other_spans]
        kept = {id(m) for m in occasion}
        related = sorted(related + [m for m in evidence if id(m) not in kept], key=rank)
        evidence = occasion
    if supporting:
        verdict, best = "supported", supporting[0]
    elif evidence:
        verdict, best = "differs", evidence[0]
    else:
        verdict, best = "not_found", None
    others = [m for m in evidence if m is not best][:max_others]
    return FigureVerdict(figure["surface"], figure["value"], figure["unit"], figure["qualifier"], figure["subject"],
                         verdict, best, others, related[:max_related])


def _site_of(place: str, url: str | None) -> bool:
    """Is the page on the place's own site, whose host names it (`hoian.quangnam.gov.vn` is Hội An's:
    its pages write `Liên đoàn Lao động Thành phố`, dev 1166)? `place` is folded."""
    plain = _host_spelling(place)
    return bool(plain) and plain in (urlsplit(url or "").hostname or "").split(".")


def _host_spelling(name: str) -> str:
    """A name as a host writes it: lower case, without tones, marks or spaces (`Quảng Nam`: `quangnam`)."""
    return "".join(c for c in strip_tones(name).lower() if c.isascii() and c.isalpha())


def _with_home_place(cand: dict) -> str | None:
    """A candidate's lede, with its outlet's city (check.toml `home_places`) when its page names
    no province and writes of the city by its level alone: an LĐTĐ page about `LĐLĐ Thành phố`
    is about Hà Nội (not one about `LĐLĐ quận`, a district's)."""
    host = urlsplit(cand["url"] or "").hostname or ""
    home = next((place for site, place in _home_places() if host == site or host.endswith(f".{site}")), None)
    level = _home_level()
    if home is None:
        home, level = _host_province(host), _outlet_level()
    texts = [cand[part] or "" for part in ("sentence", "paragraph", "title", "lede")]
    if home is None or any(provinces_named(t) for t in texts) or not any(
            not (m["next"] or "")[:1].isupper() for t in texts for m in level.finditer(t)):
        return cand["lede"]
    return f"{cand['lede'] or ''} {home}"


@lru_cache(maxsize=1 << 10)
def _host_province(host: str) -> str | None:
    """The province a provincial outlet's host names (`baotayninh.vn`: Tây Ninh; check.toml
    `outlet_levels`), the one whose spelling without tones ends a label of it; none if none."""
    labels = host.split(".")
    found = [(len(plain), first) for plain, first in _plain_provinces()
             if any(label == plain or len(plain) >= 5 and label.endswith(plain) for label in labels)]
    return max(found)[1] if found else None


@cache
def _plain_provinces() -> tuple[tuple[str, str], ...]:
    """Each spelling of a province (places.toml `provinces`) as a host writes it, with the
    province's first spelling."""
    return tuple((_host_spelling(spelling), group[0])
                 for group in load_lexicon("places")["provinces"] for spelling in group)


@cache
def _outlet_level() -> re.Pattern:
    """check.toml `outlet_levels` as a provincial outlet writes its own province, with the word after it."""
    return _level_followed(tuple(load_lexicon("check")["outlet_levels"]))


@cache
def _home_places() -> tuple[tuple[str, str], ...]:
    return tuple((site, place) for site, place in load_lexicon("check")["home_places"])


@cache
def _home_level() -> re.Pattern:
    """check.toml `home_level` as such an outlet writes its own city (`LĐLĐ Thành phố tổ chức`),
    with the word after it: a name there makes it another city's (`Thành phố Cần Thơ`)."""
    return _level_followed((load_lexicon("check")["home_level"],))


def _level_followed(levels: tuple[str, ...]) -> re.Pattern:
    """The level words as written, each with the word after it (`next`)."""
    return re.compile(rf"(?<!\w)(?:{_alternatives(levels)})(?:\s+(?P<next>\w+))?")


@lru_cache(maxsize=1 << 12)
def provinces_named(text: str | None) -> frozenset[str]:
    """The provinces and cities of Vietnam `text` names (places.toml `provinces`: not the
    spellings that are also a person's name), each by its first spelling."""
    if not text:
        return frozenset()
    pattern, canonical = _province_pattern()
    return frozenset(canonical[m.group()] for m in pattern.finditer(text))


@cache
def _province_pattern() -> tuple[re.Pattern, dict[str, str]]:
    canonical = {nfc(spelling): nfc(group[0]) for group in load_lexicon("places")["provinces"] for spelling in group}
    spellings = sorted(canonical, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in spellings) + r")(?!\w)"), canonical


def _other_places(claim_places: frozenset[str], cand: dict) -> bool:
    """Does the candidate's sentence, paragraph, title or lede name provinces, none of them one
    the claim names?"""
    named = frozenset().union(*(provinces_named(cand[k]) for k in ("sentence", "paragraph", "title", "lede")))
    return bool(named) and not named & claim_places


def _official_titles(con, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The titles the corpus gives each named official, by person id (one query for a draft)."""
    found: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    if not ids:
        return found
    cursor = con.cursor()
    try:
        rows = cursor.execute(
            "SELECT person_id, title, organization, organization_expanded, first_seen, last_seen, n_articles "
            "FROM official_titles WHERE person_id IN (SELECT unnest(?)) ORDER BY n_articles DESC",
            [ids],
        ).fetchall()
    finally:
        cursor.close()
    for person_id, *r in rows:
        found[person_id].append(dict(zip(
            ("title", "organization", "organization_expanded", "first_seen", "last_seen", "n_articles"),
            (r[0], r[1], r[2], str(r[3]) if r[3] else None, str(r[4]) if r[4] else None, r[5]))))
    return found


def _official_verdict(official, roles, titles: dict[str, list[dict[str, Any]]]) -> OfficialVerdict:
    from pipeline.extract.officials import person_id_for

    claimed = [r.title for r in roles]
    corpus = titles[person_id_for(official.name)]
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


_COLOURS = {"supported": "bold green", "differs": "bold yellow", "not_found": "bold red"}


def render(report: CheckReport, console) -> None:
    """The report for a person: verdicts first, each with its source words highlighted."""
    if not report.figures and not report.officials:
        console.print("No figure or official found in the claim: nothing to check.")
    _render_verdicts(report.figures, report.officials, console)


def render_draft(report: DraftReport, console, source: str) -> None:
    """One block per sentence with a figure or an official, then the summary line."""
    from rich.text import Text

    for sentence in report.sentences:
        console.print(Text(f"[{sentence.idx + 1}] {sentence.text}", style="bold"))
        _render_verdicts(sentence.figures, sentence.officials, console)
        console.print()
    console.print(summary_line(report, source))


def read_draft(source: str) -> str:
    """The text of a draft file (`-`: standard input), NFC; a clear error for what cannot be read."""
    import sys

    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"{source}: no such file (give a UTF-8 text file, or - for standard input)")
        data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{source}: not UTF-8 text (byte {exc.start}); save the draft as UTF-8 and try again") from None
    if not text.strip():
        raise ValueError(f"{source}: the draft is empty")
    return nfc(text)


def summary_line(report: DraftReport, source: str) -> str:
    counts = report.summary()
    n_figures = sum(counts.values())
    return (f"{source}: {len(report.sentences)} sentences with a figure or official, {n_figures} figures: "
            f"{counts['supported']} supported / {counts['differs']} differs / {counts['not_found']} not found")


def _render_verdicts(figures: list[FigureVerdict], officials: list[OfficialVerdict], console) -> None:
    from rich.text import Text

    for verdict in figures:
        head = Text()
        head.append(f"{verdict.verdict.upper():<10}", style=_COLOURS[verdict.verdict])
        head.append(f" {verdict.claim_surface}")
        if verdict.claim_subject:
            head.append(f" ({verdict.claim_subject})", style="dim")
        if verdict.best is not None and verdict.verdict == "differs":
            head.append(f" — corpus says {format_value(verdict.best.value, verdict.best.unit)}", style="yellow")
        console.print(head)
        for rank, match in enumerate([m for m in [verdict.best] if m] + verdict.others):
            _render_match(console, match, primary=rank == 0)
        if verdict.related:
            # Apart from the verdict: these count something else (or another period).
            console.print(Text("    related figures (not evidence):", style="dim italic"))
            for match in verdict.related:
                _render_match(console, match, primary=False, note_value=True)
    for official in officials:
        head = Text()
        head.append(f"{official.verdict.upper():<10}", style=_COLOURS[official.verdict])
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


def _render_match(console, match: Match, primary: bool, note_value: bool = False) -> None:
    from rich.text import Text

    words, start, end = excerpt(match.sentence, *match.highlight)
    sentence = Text("    " + words)
    sentence.stylize("bold reverse" if match.consistent and not note_value else "bold underline", 4 + start, 4 + end)
    note = [] if match.qualifier == "exact" else [f"qualifier: {match.qualifier}"]
    if note_value or not match.consistent:
        note.append(f"value {format_value(match.value, match.unit)}")
    meta = Text(f"    — {match.title or '(untitled)'} · {match.article_id} · {match.url or 'no url'} · "
                f"{match.published_at or 'date unknown'} · {match.outlet or 'outlet unknown'}"
                + (f" · {'; '.join(note)}" if note else ""), style="dim" if not primary else "")
    console.print(sentence)
    console.print(meta)
