"""Numbers spelled out in words before a counted word (`ba đợt`, `hơn một nghìn công nhân`), and
ordinals spelled out after `thứ` (`năm thứ tám`): where they are and their values, read with
numbers.toml `spelled_numbers`.

Under the figures SPEC they are no figures; the checker reads them, in a claim and in the corpus
(`pipeline.extract.figures.extract_spelled_counts`), so that `3 đợt` meets `ba đợt`.
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon import load_lexicon

# The word for ten, which the units after it add to (`mười lăm`, `mười hai`).
TEN = "mười"
# The marks that open a quoted title counted after a number.
_OPENING_QUOTES = ("“", "\"", "«")
# Words and the marks between them, for reading a spelled-out number with its neighbours.
_WORD_OR_BREAK = re.compile(r"[^\W\d_]+|[^\w\s]+|\d+")


def spelled_counts(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each number a text spells out before a counted word (`ba đợt`,
    `hơn một nghìn công nhân`, `mười hai người`) or a scale word (`nửa triệu`: 0.5), not a name
    (`ông Ba`), an ordinal, a month or a fixed phrase (`hai bên`); `một` (also "a") and `năm` (also
    "year") only when more number words or a scale word follow them (`một nghìn`, `năm mươi`,
    `một triệu`)."""
    rules = load_lexicon("numbers")["spelled_numbers"]
    not_after, not_before = set(rules["not_after"]), set(rules["not_before"])
    thousands, larger_scales = scale_words()
    words = list(_WORD_OR_BREAK.finditer(text))
    lowered = [m.group().lower() for m in words]
    found = []
    i = 0
    while i < len(words):
        # the rest of a sum after its millions (`một triệu ba trăm nghìn đồng`): its thousands are
        # left to the figures extractor too, which reads `1 triệu 300 nghìn đồng` whole
        rest_of_sum = i > 0 and lowered[i - 1] in larger_scales
        if lowered[i] in rules["halves"] and i + 1 < len(words) and lowered[i + 1] in thousands | larger_scales:
            # `nửa triệu đồng` is read as `0,5 triệu đồng`: the figures extractor scales it
            found.append((words[i].start(), words[i].end(), 0.5))
            i += 1
            continue
        read = _read_spelled_number(lowered, i, rules, thousands_left=rest_of_sum)
        if read is None:
            i += 1
            continue
        value, j = read
        word, before = words[i].group(), (words[i - 1].group() if i else "")
        after = words[j].group() if j < len(words) else ""
        if after in _OPENING_QUOTES and j + 1 < len(words) and words[j + 1].group()[0].isupper():
            after = words[j + 1].group().lower()  # a title counted (`một trăm “Công nhân giỏi Thủ đô”`)
        alone = j == i + 1
        if (not after or (word[0].isupper() and i > 0 and before[0].isalpha()) or not after[0].isalpha()
                or (not after[0].islower() and word[0].isupper()) or before.lower() in not_after
                or (after in not_before and after not in larger_scales and not (rest_of_sum and after in thousands))
                or (alone and lowered[i] in rules["only_with_more"] and after not in larger_scales
                    and not _said_before(lowered, i, rules["bounds_before"])
                    and not _said_after(lowered, j, [*rules["counted_people"], *rules["counted_things"]])
                    and not _counts_alone(lowered[i], before, lowered, j, rules["alone_before"]))):
            i = j
            continue
        found.append((words[i].start(), words[j - 1].end(), value))
        i = j
    return found


def with_digits(text: str, spelled: list[tuple[int, int, float]]) -> str:
    """`text` with each of the `spelled` numbers written in digits, padded to the same length
    (`ba đợt` -> `3  đợt`, `nửa triệu` -> `0,5 triệu`): offsets into it are offsets into `text`."""
    out = list(text)
    for start, end, value in spelled:
        written = str(int(value)) if value == int(value) else str(value).replace(".", ",")
        out[start:end] = written.ljust(end - start)
    return "".join(out)


def spelled_counts_as_digits(text: str) -> str:
    """`text` with each number spelled out before a counted word written in digits, padded to the
    same length (`ba đợt` -> `3  đợt`, `một nghìn công nhân` -> `1000      công nhân`)."""
    return with_digits(text, spelled_counts(text))


def _said_before(words: list[str], i: int, phrases: list[str]) -> bool:
    """Does one of the phrases end right before words[i] (lower-case words)?"""
    return any(words[max(i - len(p.split()), 0):i] == p.split() for p in phrases)


def _counts_alone(word: str, before: str, words: list[str], j: int, alone_before: dict) -> bool:
    """Is a number word that is also another word (`năm`, "year") alone its number here: before one
    of its lexicon nouns, not after a word or a number that makes it the other word?"""
    rule = alone_before.get(word)
    return (rule is not None and _said_after(words, j, rule["nouns"])
            and before.lower() not in rule["not_after"] and not before.isdigit())


def _said_after(words: list[str], j: int, phrases: list[str]) -> bool:
    """Does one of the phrases start at words[j]?"""
    return any(words[j:j + len(p.split())] == p.split() for p in phrases)


def spelled_ordinals(text: str, after: frozenset[str] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, value) of each ordinal spelled out after `thứ` (`lần thứ nhất`, `năm thứ mười
    hai`), opened by one of the lower-case words `after` when given (`năm thứ tám`); the span is
    the number's."""
    rules = load_lexicon("numbers")["spelled_numbers"]
    words = list(_WORD_OR_BREAK.finditer(text))
    lowered = [m.group().lower() for m in words]
    found = []
    for i in range(1, len(words)):
        if lowered[i - 1] != "thứ" or (after is not None and (i < 2 or lowered[i - 2] not in after)):
            continue
        if lowered[i] in rules["weekday_words"] and (words[i].group()[0].isupper() or _date_follows(lowered, i + 1)):
            continue
        read = _read_spelled_number(lowered, i, rules)
        if read is not None:
            found.append((words[i].start(), words[read[1] - 1].end(), read[0]))
        elif lowered[i] in rules["ordinal_words"]:
            found.append((words[i].start(), words[i].end(), rules["ordinal_words"][lowered[i]]))
    return found


def _date_follows(words: list[str], j: int) -> bool:
    """Does a date follow words[j:], after a comma at most (`, ngày 5/6`, `5/6`)?"""
    if j < len(words) and words[j] == ",":
        j += 1
    return j < len(words) and (words[j] == "ngày" or words[j].isdigit())


@cache
def scale_words() -> tuple[frozenset[str], frozenset[str]]:
    """The figures extractor's scale words (numbers.toml `scales`): those of a thousand, read
    with the spelled number (`một nghìn`), and the larger ones, left after it (`một triệu`)."""
    scales = load_lexicon("numbers")["scales"]
    return (frozenset(w for w, v in scales.items() if v == 1e3), frozenset(w for w, v in scales.items() if v > 1e3))


def _read_spelled_number(words: list[str], i: int, rules, thousands_left: bool = False) -> tuple[int, int] | None:
    """The value of the number words from words[i], and the index after them: up to thousands
    (`chín nghìn chín trăm chín mươi chín`), or below a thousand with `thousands_left`; `triệu`
    and `tỷ` after them are left to the figures extractor, as after digits."""
    def below_thousand(k: int) -> tuple[int, int] | None:
        digits, value, start = rules["digits"], 0, k
        if k + 1 < len(words) and words[k] in digits and words[k + 1] == "trăm":
            value, k = digits[words[k]] * 100, k + 2
            if k + 1 < len(words) and words[k] in rules["zero"] and words[k + 1] in digits:
                return value + digits[words[k + 1]], k + 2
        if k < len(words) and words[k] == TEN:
            value, k = value + 10, k + 1
            if k < len(words) and words[k] in rules["after_ten"]:
                value, k = value + rules["after_ten"][words[k]], k + 1
        elif k + 1 < len(words) and words[k] in digits and words[k + 1] == "mươi":
            value, k = value + digits[words[k]] * 10, k + 2
            if k < len(words) and words[k] in rules["after_ten"]:
                value, k = value + rules["after_ten"][words[k]], k + 1
        elif k == start and k < len(words) and words[k] in digits:
            value, k = digits[words[k]], k + 1
        return (value, k) if k > start else None

    first = below_thousand(i)
    if first is None:
        return None
    value, k = first
    if k < len(words) and words[k] in scale_words()[0] and not thousands_left:
        value, k = value * 1000, k + 1
        rest = below_thousand(k)
        if rest is not None and (k + 1 < len(words) and words[k + 1] in ("trăm", "mươi") or words[k] == TEN):
            value, k = value + rest[0], rest[1]
    return value, k
