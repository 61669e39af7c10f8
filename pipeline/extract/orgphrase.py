"""Finds organisation phrases as written (`LĐLĐ thành phố Hà Nội`): document issuers, campaign organisers.

The phrase starts at a head from `lexicons/org_phrases.toml` and runs over the underthesea
words after it while they look like part of a name (capitalised word, number, place or level
word, an abbreviation defined in parentheses). Words, not syllables: underthesea keeps
`Chính phủ` and `Bộ Chính trị` whole, so a name whose later syllables are lower-case is kept.
A subject after a title ends before the name of the person who holds it (`Phó Chủ tịch UBND
thành phố Hà Nội Lê Hồng Sơn đã ký`: the body is `UBND thành phố Hà Nội`); the family names and
titles are the officials' lexicon's.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.lexicon import load_lexicon
from pipeline.textnorm import fold_key
from pipeline.tokenise import article_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SPACES = re.compile(r"\s+")
# An abbreviation defined inline, in brackets after what it abbreviates: `(LĐLĐ)`, `(ATVSLĐ)`.
INLINE_DEFINITION = r"\(\s*[A-ZĐ][A-ZĐ0-9&.\-]*\s*\)"
SPACED_DEFINITION = re.compile(r"\s*" + INLINE_DEFINITION)


def without_definitions(text: str) -> str:
    """`Liên đoàn Lao động (LĐLĐ) Hà Nội` -> `Liên đoàn Lao động Hà Nội`."""
    return _SPACES.sub(" ", SPACED_DEFINITION.sub("", text)).strip()


@dataclass(frozen=True)
class OrgPhrase:
    char_start: int
    char_end: int
    surface: str  # the text as written, abbreviation definitions included

    @property
    def name(self) -> str:
        """The phrase without inline definitions: `Liên đoàn Lao động (LĐLĐ) Hà Nội` -> `Liên đoàn Lao động Hà Nội`."""
        return without_definitions(self.surface)


@dataclass(frozen=True)
class _Rules:
    head_re: re.Pattern
    inner: frozenset[str]
    adverb_tail: re.Pattern
    trailing_drop: re.Pattern
    max_words: int
    surnames: frozenset[str]
    title_before: re.Pattern
    title: re.Pattern


@cache
def _rules() -> _Rules:
    lexicon = load_lexicon("org_phrases")
    heads = sorted(lexicon["heads"], key=len, reverse=True)
    adverbs = sorted(lexicon["adverbs"], key=len, reverse=True)
    drop = "|".join(re.escape(w) for w in lexicon["trailing_drop"])
    officials = load_lexicon("officials")
    titles = sorted({t["name"] for t in officials["title"]}, key=len, reverse=True)
    title = r"(?<![\wĐđ])(?:" + "|".join(re.escape(t) for t in titles) + r")(?![\wĐđ])"
    return _Rules(
        head_re=re.compile(r"(?<![\wĐđ])(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\wĐđ])"),
        inner=frozenset(w.lower() for w in lexicon["inner_words"]),
        adverb_tail=re.compile(r"(?:\s+(?:" + "|".join(re.escape(a) for a in adverbs) + r"))+\s*$"),
        trailing_drop=re.compile(r"(?:\s+(?:" + drop + r"))+$"),
        max_words=int(lexicon["max_words"]),
        # The people a subject may end with: the officials' lexicon's family names and titles.
        surnames=frozenset(fold_key(n) for n in officials["names"]["surnames"]),
        title=re.compile(title, re.IGNORECASE),
        title_before=re.compile(title + r"[^.;:!?]{0,40}$", re.IGNORECASE),
    )


def _looks_like_name(word: str) -> bool:
    first = word[0]
    return first.isupper() or first.isdigit()


def organization_at(doc: "Doc", start: int, limit: int | None = None) -> OrgPhrase | None:
    """The organisation phrase whose head starts exactly at `start` (None when no head starts there)."""
    rules = _rules()
    text = doc.text
    head = rules.head_re.match(text, start)
    if head is None:
        return None
    limit = len(text) if limit is None else limit
    words = article_words(doc)
    i = bisect_left(words, (head.end(), -1, ""))
    end = head.end()
    if i > 0 and words[i - 1][0] < end < words[i - 1][1]:
        # The head ends inside a word underthesea kept whole (`Ủy ban Mặt trận Tổ quốc` + `Mặt trận
        # Tổ quốc Việt Nam`): the rest of that word goes on with the name when it would alone.
        rest = text[end:words[i - 1][1]].split()
        if rest and words[i - 1][1] <= limit and (_looks_like_name(rest[0]) or " ".join(rest).lower() in rules.inner):
            end = words[i - 1][1]
    n = 0
    while i < len(words) and n < rules.max_words:
        s, e, word = words[i]
        if e > limit or text[end:s].strip():
            break
        if word == "(" and i + 2 < len(words) and words[i + 2][2] == ")" and words[i + 1][2].isupper():
            if words[i + 2][1] > limit:
                break
            end = words[i + 2][1]
            i += 3
            continue
        if _looks_like_name(word) or word.lower() in rules.inner:
            end = e
            i += 1
            n += 1
            continue
        break
    # A level word at the end is kept (`LĐLĐ quận`), a dangling `các` or `&` is not.
    surface = rules.trailing_drop.sub("", text[start:end])
    return OrgPhrase(start, start + len(surface), surface)


def subject_before(doc: "Doc", clause_start: int, verb_start: int) -> OrgPhrase | None:
    """The organisation that is the subject of a verb: `LĐLĐ quận (đã) phát động` -> `LĐLĐ quận`.

    The phrase must end where the verb starts, adverbs (`đã`, `vừa`) aside; of the phrases that
    do, the one starting first wins, so `Ban Thường vụ LĐLĐ Thành phố` is not cut down to
    `LĐLĐ Thành phố`.
    """
    rules = _rules()
    before = doc.text[clause_start:verb_start]
    tail = rules.adverb_tail.search(before)
    stop = clause_start + (tail.start() if tail else len(before.rstrip()))
    # A head inside a title is no organisation (`Phó Chủ tịch Thường trực UBND …`).
    titles = [t.span() for t in rules.title.finditer(doc.text, clause_start, stop)]
    for head in rules.head_re.finditer(doc.text, clause_start, stop):
        if any(a < head.start() < b for a, b in titles):
            continue
        phrase = organization_at(doc, head.start(), stop)
        if phrase is not None and not doc.text[phrase.char_end:stop].strip():
            return _without_signer(doc, phrase, clause_start, rules)
    return None


def _without_signer(doc: "Doc", phrase: OrgPhrase, clause_start: int, rules: _Rules) -> OrgPhrase:
    """`Phó Chủ tịch UBND thành phố Hà Nội Lê Hồng Sơn (đã ký)`: after a title, the subject is a person
    and the organisation the words before their name (a family name and two or three more)."""
    if not rules.title_before.search(doc.text, max(clause_start, phrase.char_start - 60), phrase.char_start):
        return phrase
    words = list(re.finditer(r"\S+", phrase.surface))
    for size in (4, 3):
        if len(words) > size and fold_key(words[-size].group()) in rules.surnames \
                and all(w.group()[0].isupper() for w in words[-size:]):
            surface = phrase.surface[:words[-size].start()].rstrip()
            return OrgPhrase(phrase.char_start, phrase.char_start + len(surface), surface)
    return phrase
