"""Officials: people named with a title of office, their roles and organisations, one person_id each.

A mention is a person's name with at least one title of office attached; its span is the name.
The shapes read (every word list is data in `pipeline/lexicons/officials.toml`):

- honorific, name, then the roles after a dash, comma or bracket:
  `đồng chí Lê Đình Hùng - Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Phó Chủ tịch LĐLĐ …`, a
  birth year or an age in brackets perhaps between them (`Trần Thị Thịnh (sinh năm 1990), Tổ …`);
- roles, then the name at the end of the last organisation: `Chủ tịch LĐLĐ quận Thanh Xuân
  Cao Đắc Tiến`, `UV Trung ương đảng kiêm CT Tổng LĐLĐ Nguyễn Đình Khang`, optionally after an
  honorific, and shared by a list after a plural honorific or a colon
  (`Các đồng chí Phó Chủ tịch LĐLĐ Thành phố: Lê Đình Hùng, Nguyễn Huy Khánh`);
- a name that starts with a family name, then its roles: `Ngọ Duy Hiểu, Phó Chủ tịch Tổng LĐLĐ …`;
  names listed before one role phrase after a dash share it (`Đặng Thị Phương Hoa, Lê Đình Hùng -
  Phó Chủ tịch LĐLĐ …`), and so do names listed before one election (`Các đồng chí A và B được
  bầu làm Phó Bí thư Huyện ủy`);
- a name, then a verb of election or appointment and the office (`X tái đắc cử Chủ tịch …`,
  `X trúng cử Bí thư …`, `bầu đồng chí X làm Chủ tịch …`).

A name alone (`Đồng chí Lê Đình Hùng:` opening an interview turn, `bà Nguyễn Phương Hằng`) is
no mention: without a title there is no office to record. Membership (`Đoàn viên Công đoàn`) is
not a title of office. A title or name right after a prize, a place, a day or a body of thought
(`Ngày sinh Chủ tịch Hồ Chí Minh`, `Giải thưởng Nguyễn Văn Linh`) is a historical or honorific
reference, not a person seen in office; nor is anything inside quotation marks (quoted titles).

Roles keep the organisation as written; a title without its own organisation takes the next
one in its list. `organization_expanded` spells abbreviations out with the article's own
definitions first, then the lexicon. `person_id` comes from `person_key(name)`, a folded key
(case, `Hoà`/`Hòa`, spacing), so one person is one id across the corpus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.extract.abbreviations import (
    defined_abbreviations,
    expand_organization,
    is_abbreviation,
)
from pipeline.extract.base import ArticleContext, fact_id, span_fields
from pipeline.lexicon import load_lexicon
from pipeline.textnorm import fold_key, strip_tones
from pipeline.tokenise import sentence_words
from schemas.models import Official, OfficialRole, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TOKEN = re.compile(r"[^\W_]+(?:[&./][^\W_]+)*|\S")
_DASHES = {"-", "–", "—"}
_ROLE_OPENERS = {",", "(", *_DASHES}
_QUOTES_OPEN, _QUOTES_CLOSE = "“", "”"
_AND = fold_key("và")
# How far a department's name may run before the organisation it belongs to
# (`Chính sách pháp luật và Quan hệ lao động` is 8 syllables).
_MAX_DEPARTMENT_SYLLABLES = 12


# ---------------------------------------------------------------------------- person identity


def person_key(name: str) -> str:
    """The key under which spellings of one name compare equal (case, tone placement, spacing)."""
    return fold_key(name)


def person_id_for(name: str) -> str:
    """The person_id of a name: the same for `Lê Văn Hoà` and `LÊ VĂN HÒA` in any article."""
    return stable_id("per", person_key(name))


# ---------------------------------------------------------------------------- lexicon


def _phrase_key(phrase: str) -> str:
    """A phrase's words folded and joined as `honorific_at` joins the tokens it matched, so a
    phrase with a comma (`các ông, bà`) compares equal."""
    return " ".join(fold_key(t) for t in _TOKEN.findall(phrase))


@dataclass(frozen=True)
class Title:
    name: str
    kind: str = "office"  # 'office', 'member', 'department' or 'event' (see officials.toml)
    capitalised_only: bool = False  # a title only when written with a capital (`Thành viên`)
    # written only before one of its organisations, which the title's phrase then ends before
    # (`Đại biểu` of `đại biểu HĐND tỉnh`): the number of tokens that are the title
    tokens_before_organisation: int = 0


class PhraseTable:
    """Phrases of whole words, matched longest first under fold_key."""

    def __init__(self, entries: dict[str, Any]):
        self.by_key: dict[tuple[str, ...], Any] = {}
        for phrase, value in entries.items():
            key = tuple(fold_key(t) for t in _TOKEN.findall(phrase))
            self.by_key[key] = value
        self.longest = max((len(k) for k in self.by_key), default=0)
        self.first_words = {k[0] for k in self.by_key}
        self.last_words = {k[-1] for k in self.by_key}

    def match(self, tokens: list["Tok"], i: int) -> tuple[Any, int] | None:
        """(value, end) of the longest phrase starting at token i."""
        if i >= len(tokens) or tokens[i].key not in self.first_words:
            return None
        for length in range(min(self.longest, len(tokens) - i), 0, -1):
            key = tuple(t.key for t in tokens[i:i + length])
            if key in self.by_key:
                return self.by_key[key], i + length
        return None

    def ends_at(self, tokens: list["Tok"], i: int) -> bool:
        """Does a phrase end right before token i?"""
        return self.start_before(tokens, i) is not None

    def start_before(self, tokens: list["Tok"], i: int) -> int | None:
        """Start of the longest phrase that ends right before token i, else None."""
        if i == 0 or tokens[i - 1].key not in self.last_words:
            return None
        for length in range(min(self.longest, i), 0, -1):
            if tuple(t.key for t in tokens[i - length:i]) in self.by_key:
                return i - length
        return None


@dataclass(frozen=True)
class Lexicon:
    titles: PhraseTable
    title_abbreviations: dict[str, Title]
    # (abbreviation, its title, its title where the article writes one of the words, the words)
    abbreviations_by_article: tuple[tuple[str, Title, Title, tuple[str, ...]], ...]
    honorifics: PhraseTable
    plural_honorifics: frozenset[str]
    name_only_honorifics: frozenset[str]
    org_heads: PhraseTable
    inner_words: PhraseTable
    names_with_commas: PhraseTable
    admin_units: PhraseTable
    units_not_listed: PhraseTable
    self_naming: PhraseTable
    district_committees: PhraseTable
    places: PhraseTable
    blockers: PhraseTable
    former_markers: PhraseTable
    joiners: PhraseTable
    plural_markers: PhraseTable
    before_shared_title: PhraseTable
    count_words: frozenset[str]
    max_bracket_note: int
    max_counted_holders: int
    list_openers: PhraseTable
    of_words: PhraseTable
    sector_words: PhraseTable
    title_org_fillers: PhraseTable
    heads_after_title: PhraseTable
    branch_heads: PhraseTable
    department_names: PhraseTable
    department_heads: frozenset[str]  # a unit's own head word, capitalised in a title (`Ban`)
    purpose_named_units: PhraseTable
    managing_units: PhraseTable
    numbered_heads: PhraseTable
    number_marks: PhraseTable
    union_heads: PhraseTable
    union_members: PhraseTable
    admin_units_after_title: PhraseTable
    clause_openers: PhraseTable
    new_office: PhraseTable
    terms: PhraseTable
    verb_markers: PhraseTable
    glued_verbs: PhraseTable
    appointment_verbs: PhraseTable
    appointment_lead_ins: PhraseTable
    appointment_adverbs: PhraseTable
    appointment_verb_joiners: PhraseTable
    passive_markers: PhraseTable
    bare_appointment_verbs: PhraseTable
    verbs_before_name: PhraseTable
    after_name_with_verb_before: PhraseTable
    memberships: PhraseTable
    max_membership_syllables: int
    surnames: frozenset[str]
    name_prefixes: PhraseTable
    min_syllables: int
    min_after_unit: int
    max_lower_bridge: int
    max_defined_lower_run: int  # ... when an abbreviation in brackets closes them
    prepositions: PhraseTable
    max_syllables: int
    max_after_honorific: int
    aside_openers: PhraseTable
    birth_openers: PhraseTable
    aside_after_number: PhraseTable
    photo_position_ends: PhraseTable


@cache
def officials_lexicon() -> Lexicon:
    raw = load_lexicon("officials")
    titles: dict[str, Title] = {}
    abbreviations: dict[str, Title] = {}
    for entry in raw["title"]:
        # a title written only before its organisations is looked up with each of them after it
        orgs = entry.get("before_organisation", [])
        title = Title(entry["name"], entry.get("kind", "office"), entry.get("capitalised_only", False),
                      len(_TOKEN.findall(entry["name"])) if orgs else 0)
        for spelling in [entry["name"], *entry.get("variants", [])]:
            for written in [f"{spelling} {org}" for org in orgs] or [spelling]:
                titles[written] = title
        for abbr in entry.get("abbreviations", []):
            abbreviations[abbr] = title
    orgs = raw["organizations"]
    need_name = {fold_key(h) for h in orgs["need_name"]}
    names = raw["names"]
    return Lexicon(
        titles=PhraseTable(titles),
        title_abbreviations=abbreviations,
        abbreviations_by_article=tuple(
            (e["abbreviation"], titles[e["title"]], titles[e["title_where_written"]], tuple(e["written"]))
            for e in raw.get("abbreviation_by_article", [])),
        honorifics=PhraseTable(raw["honorifics"]),
        plural_honorifics=frozenset(_phrase_key(p) for p in raw["plural_honorifics"]["phrases"]),
        name_only_honorifics=frozenset(_phrase_key(p) for p in raw["name_only_honorifics"]["phrases"]),
        org_heads=PhraseTable({h: fold_key(h) in need_name for h in orgs["heads"]}),
        inner_words=PhraseTable({w: True for w in orgs["inner_words"]}),
        names_with_commas=PhraseTable({w: True for w in orgs["names_with_commas"]}),
        admin_units=PhraseTable({w: True for w in load_lexicon("places")["admin_units"]}),
        units_not_listed=PhraseTable({w: True for w in orgs["units_not_listed"]}),
        self_naming=PhraseTable({w: True for w in orgs["self_naming_units"]}),
        district_committees=PhraseTable({w: True for w in orgs["district_committees"]}),
        places=PhraseTable({p: True for p in _place_names()}),
        blockers=PhraseTable({b: True for b in raw["not_officials"]["before"]}),
        former_markers=PhraseTable({b: True for b in raw["not_officials"]["former"]}),
        joiners=PhraseTable({j: True for j in raw["roles"]["joiners"]}),
        plural_markers=PhraseTable({w: True for w in raw["roles"]["plural_markers"]}),
        before_shared_title=PhraseTable({w: True for w in raw["roles"]["before_shared_title"]}),
        count_words=frozenset(fold_key(w) for w in raw["roles"]["count_words"]),
        max_bracket_note=int(raw["roles"]["max_bracket_note"]),
        max_counted_holders=int(raw["roles"]["max_counted_holders"]),
        list_openers=PhraseTable({w: True for w in raw["roles"]["list_openers"]}),
        of_words=PhraseTable({w: True for w in raw["roles"]["of_words"]}),
        sector_words=PhraseTable({w: True for w in orgs["sector_words"]}),
        title_org_fillers=PhraseTable({w: True for w in raw["roles"]["title_org_fillers"]}),
        heads_after_title=PhraseTable({w: True for w in orgs["heads_after_title"]}),
        branch_heads=PhraseTable({w: True for w in orgs["branch_heads"]}),
        department_heads=frozenset(orgs["department_heads"]),
        department_names=PhraseTable({w: True for w in orgs["department_names"]}),
        purpose_named_units=PhraseTable({w: True for w in orgs["purpose_named_units"]}),
        managing_units=PhraseTable({w: True for w in orgs["managing_units"]}),
        numbered_heads=PhraseTable({w: True for w in orgs["numbered_heads"]}),
        number_marks=PhraseTable({w: True for w in orgs["number_marks"]}),
        union_heads=PhraseTable({w: True for w in orgs["union_heads"]}),
        union_members=PhraseTable({w: True for w in orgs["union_members"]}),
        admin_units_after_title=PhraseTable({w: True for w in orgs["admin_units_after_title"]}),
        clause_openers=PhraseTable({w: True for w in raw["roles"]["clause_openers"]}),
        new_office=PhraseTable({w: True for w in raw["roles"]["new_office"]}),
        terms=PhraseTable({w: True for w in orgs["terms"]}),
        verb_markers=PhraseTable({w: True for w in orgs["verb_markers"]}),
        glued_verbs=PhraseTable({w: True for w in orgs["glued_verbs"]}),
        appointment_verbs=PhraseTable(
            {w: True for w in _with_office_words(raw["appointments"]["verbs_after_name"], raw["appointments"])}),
        appointment_lead_ins=PhraseTable({w: True for w in raw["appointments"]["lead_ins"]}),
        appointment_adverbs=PhraseTable({w: True for w in raw["appointments"]["adverbs"]}),
        appointment_verb_joiners=PhraseTable({w: True for w in raw["appointments"]["verb_joiners"]}),
        passive_markers=PhraseTable({w: True for w in raw["appointments"]["passive_markers"]}),
        bare_appointment_verbs=PhraseTable({w: True for w in raw["appointments"]["bare_verbs"]}),
        verbs_before_name=PhraseTable({w: True for w in raw["appointments"]["verbs_before_name"]}),
        after_name_with_verb_before=PhraseTable({w: True for w in _with_office_words(
            raw["appointments"]["after_name_with_verb_before"], raw["appointments"])}),
        memberships=PhraseTable({w: True for w in raw["appointments"]["memberships"]}),
        max_membership_syllables=int(raw["appointments"]["max_membership_syllables"]),
        surnames=frozenset(fold_key(s) for s in names["surnames"]),
        name_prefixes=PhraseTable({p: True for p in names["prefixes"]}),
        min_syllables=names["min_syllables"],
        min_after_unit=names["min_syllables_after_unit"],
        max_lower_bridge=int(orgs["max_lower_bridge"]),
        max_defined_lower_run=int(orgs["max_defined_lower_run"]),
        prepositions=PhraseTable({w: True for w in orgs["prepositions"]}),
        max_syllables=names["max_syllables"],
        max_after_honorific=names["max_syllables_after_honorific"],
        aside_openers=PhraseTable({w: True for w in [*names["birth_openers"], *names["photo_positions"]]}),
        birth_openers=PhraseTable({w: True for w in names["birth_openers"]}),
        aside_after_number=PhraseTable({w: True for w in names["aside_after_number"]}),
        photo_position_ends=PhraseTable({w: True for w in names["photo_position_ends"]}),
    )


def _place_names() -> list[str]:
    """Every name of pipeline/lexicons/places.toml: a place ends an organisation's name
    (`Tổng LĐLĐ Việt Nam`, `LĐLĐ quận Thanh Xuân`) and never starts the person's name after it."""
    places = load_lexicon("places")
    return [*places["country"], *places["capital"], *(s for group in places["provinces"] for s in group),
            *places["also_names"], *places["hanoi_districts"]]


def _with_office_words(verbs: list[str], appointments: dict[str, Any]) -> list[str]:
    """Verbs of an election or appointment, each verb ending in `chức` also with the office
    written in full (`giữ chức vụ`, `đắc cử chức danh`): the writer's choice, not another verb."""
    verbs = list(verbs)
    for verb in tuple(verbs):
        head, _, last = verb.rpartition(" ")
        if last == "chức":
            verbs.extend(f"{head} {word}" for word in appointments["office_words"])
    return verbs


@cache
def _title_needles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every title spelling, tone-stripped, and every title abbreviation as written."""
    raw = load_lexicon("officials")
    spellings = {strip_tones(s) for e in raw["title"] for s in (e["name"], *e.get("variants", []))}
    abbreviations = {a for e in raw["title"] for a in e.get("abbreviations", [])}
    abbreviations.update(e["abbreviation"] for e in raw.get("abbreviation_by_article", []))
    return tuple(sorted(spellings)), tuple(sorted(abbreviations))


def may_name_an_official(sentence: str) -> bool:
    """False when no title can be in the sentence: then no mention can be, and the syllable-level
    parse is skipped (most sentences; the test is looser than the parser, never stricter)."""
    spellings, abbreviations = _title_needles()
    folded = strip_tones(sentence)
    return any(s in folded for s in spellings) or any(a in sentence for a in abbreviations)


# ---------------------------------------------------------------------------- tokens


class Tok(NamedTuple):
    """A syllable or punctuation mark of a sentence, with what underthesea said about its word.

    A NamedTuple, not a dataclass: one is made per syllable of every sentence, and a frozen
    dataclass costs several times more to build.
    """

    text: str
    start: int
    end: int
    key: str
    is_word: bool
    cap: bool  # starts with a capital letter
    abbr: bool  # all capitals, two letters or more (`LĐLĐ`, `UBND`)
    word_start: bool  # first syllable of an underthesea word
    word_cap: bool  # its underthesea word starts with a capital


def sentence_tokens(doc: "Doc", sentence, text: str | None = None) -> list[Tok]:
    """The syllables and marks of one sentence; underthesea's words mark where words start.

    `text` is doc.text, passed in by callers that loop over sentences (spaCy rebuilds it on
    every access).
    """
    text = doc.text if text is None else text
    word_spans = sentence_words(doc, sentence)
    tokens: list[Tok] = []
    w = 0
    for m in _TOKEN.finditer(text, sentence.char_start, sentence.char_end):
        while w < len(word_spans) and word_spans[w][1] <= m.start():
            w += 1
        inside = w < len(word_spans) and word_spans[w][0] <= m.start()
        word_start = not inside or word_spans[w][0] == m.start()
        surface = m.group()
        word_cap = text[word_spans[w][0]].isupper() if inside else surface[0].isupper()
        if "." in surface:  # rare: most syllables are read whole, at once
            for start, end in _dotted_title_parts(surface, m.start()):
                part = text[start:end]
                key, is_word, cap, abbr = _syllable_traits(part)
                tokens.append(Tok(part, start, end, key, is_word, cap, abbr, word_start or start > m.start(), word_cap))
            continue
        key, is_word, cap, abbr = _syllable_traits(surface)
        tokens.append(Tok(surface, m.start(), m.end(), key, is_word, cap, abbr, word_start, word_cap))
    return tokens


def _dotted_title_parts(surface: str, start: int) -> list[tuple[int, int]]:
    """Spans of a token: itself, or, when it is a title's abbreviation joined by a dot to the
    abbreviation of its organisation (`PBT.ĐU`, `CT.UBND`, dev 585), the two apart. A title's
    abbreviation written with a dot inside (`UV.BCH`) stays whole: `title_at` reads it."""
    parts = surface.split(".")
    if len(parts) < 2 or not all(p.isupper() for p in parts):
        return [(start, start + len(surface))]
    abbreviations = officials_lexicon().title_abbreviations
    if surface.replace(".", "") in abbreviations or parts[0] not in abbreviations:
        return [(start, start + len(surface))]
    spans = []
    for p in parts:
        spans.append((start, start + len(p)))
        start += len(p) + 1
    return spans


@lru_cache(maxsize=1 << 15)  # syllables repeat endlessly; what they are depends on the text alone
def _syllable_traits(surface: str) -> tuple[str, bool, bool, bool]:
    """(key, is_word, cap, abbr) of a syllable, as in `Tok`."""
    is_word = surface[0].isalnum()
    return (
        fold_key(surface) if is_word else surface,
        is_word,
        surface[0].isupper(),
        is_word and is_abbreviation(surface),
    )


# ---------------------------------------------------------------------------- parsing


@dataclass
class RoleParse:
    """One title of a role list; spans are token indices, half-open."""

    title: Title
    department: tuple[int, int] | None = None  # the unit named after a department title
    org: tuple[int, int] | None = None
    named_head_end: int | None = None  # end of an organisation head that needs a name (`Bộ`)
    org_inherited: bool = False


@dataclass
class MentionParse:
    name: tuple[int, int]
    honorific: str | None
    roles: list[RoleParse]
    role_spans: list[tuple[int, int]]  # tokens of the role phrase as written (before and after the name)


@dataclass
class ScanResult:
    mentions: list[MentionParse] = field(default_factory=list)
    end: int = 0


class SentenceParser:
    """Finds the official mentions of one sentence (a left-to-right scan over its tokens)."""

    def __init__(self, tokens: list[Tok], lexicon: Lexicon):
        self.toks = tokens
        self.lex = lexicon
        self.n = len(tokens)

    # -- small predicates ------------------------------------------------------------------

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def is_name_syllable(self, i: int) -> bool:
        t = self.tok(i)
        return (
            t is not None
            and t.is_word
            and t.cap
            and t.text.isalpha()
            and not (t.abbr and len(t.text) > 1)
        )

    def title_at(self, i: int) -> tuple[Title, int] | None:
        t = self.tok(i)
        if t is None or not t.is_word:
            return None
        phrase = self.lex.titles.match(self.toks, i)
        abbreviated = self.lex.title_abbreviations.get(t.text.replace(".", "") if t.abbr else t.text)
        if abbreviated is not None and (phrase is None or phrase[1] == i + 1):
            return abbreviated, i + 1
        if phrase is not None and phrase[0].capitalised_only and not t.cap:
            return None  # `các thành viên đoàn công tác`: members, no office
        if phrase is not None and phrase[0].tokens_before_organisation:
            return phrase[0], i + phrase[0].tokens_before_organisation
        return phrase  # `UV BCH` read whole before `UV` alone

    def org_head_at(self, i: int) -> tuple[bool, int] | None:
        t = self.tok(i)
        if t is None or not t.is_word or not (t.cap or t.abbr):
            return None
        return self.lex.org_heads.match(self.toks, i)

    def lower_head_before_name(self, i: int) -> tuple[bool, int] | None:
        """A head that needs a name, written in lower case right after a title, when its name
        follows capitalised (`Chủ tịch hội Chữ thập đỏ Việt Nam`, `Giám đốc sở Nội vụ`): `hội`,
        `sở` alone are ordinary words, so the capital after them is what makes them a body."""
        found = self.lex.org_heads.match(self.toks, i)
        if not found or not found[0]:
            return None
        after = self.tok(found[1])
        if after is None or not after.is_word or not after.cap \
                or self.title_at(found[1]) or self.honorific_at(found[1]):
            return None
        return found

    def honorific_at(self, i: int) -> tuple[str, int, bool] | None:
        t = self.tok(i)
        if t is None or not t.is_word:
            return None
        # `Bà` inside `Hai Bà Trưng`, `Anh` inside `Đông Anh`: a capital after a capital is a name.
        if t.cap and i > 0 and self.is_name_syllable(i - 1):
            return None
        found = self.lex.honorifics.match(self.toks, i)
        if not found:
            return None
        value, end = found
        phrase = " ".join(x.key for x in self.toks[i:end])
        if phrase in self.lex.name_only_honorifics and (
                self.name_shape(end) is None or self.lex.admin_units.ends_at(self.toks, i)):
            return None  # `huyện Cô Tô`: after a unit it names the place
        return value, end, phrase in self.lex.plural_honorifics

    def name_run(self, i: int, limit: int) -> int:
        """End of the run of capitalised syllables from i (one past `limit` at most), stopping before a title."""
        j = i
        while j < self.n and j - i < limit + 1 and self.is_name_syllable(j):
            if j > i and self.title_at(j):
                break
            j += 1
        return j

    def capitals_name_run(self, i: int) -> int:
        """End of a name written in capitals from i (`Ông PHẠM VĂN TỒN, Chủ tịch …`): syllables all
        in upper case, the first a family name; i when there is none. Only read after an
        honorific, where an abbreviation (`UBND`) cannot stand."""
        def capital_syllable(q: int) -> bool:
            t = self.tok(q)
            return t is not None and t.is_word and t.text.isalpha() and len(t.text) > 1 and t.text.isupper()
        if not (capital_syllable(i) and self.is_surname(i)):
            return i
        j = i
        while j - i < self.lex.max_after_honorific and capital_syllable(j):
            j += 1
        return j

    def is_surname(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.key in self.lex.surnames

    def name_shape(self, i: int) -> int | None:
        """End of a name starting at i: a family name then capitalised syllables, the whole run."""
        if not self.is_surname(i) or not self.is_name_syllable(i):
            return None
        j = self.name_run(i, self.lex.max_syllables)
        if not (self.lex.min_syllables <= j - i <= self.lex.max_syllables) or self.is_name_syllable(j):
            return None
        place = self.lex.places.match(self.toks, i)
        if place and place[1] == j:
            return None
        return j

    def blocked(self, i: int) -> bool:
        """Is token i right after a prize, place, day or body of thought, after `nguyên` (a former
        office), or inside quotation marks?"""
        if self.lex.blockers.ends_at(self.toks, i):
            return True
        if i > 0 and self.lex.former_markers.ends_at(self.toks, i):
            before = self.toks[i - 1]
            if before.is_word and not before.cap and before.word_start:
                return True  # `nguyên Bí thư`, not the `nguyên` of `Tài nguyên` or `Thái Nguyên`
        opened = sum(1 for t in self.toks[:i] if t.text == _QUOTES_OPEN)
        closed = sum(1 for t in self.toks[:i] if t.text == _QUOTES_CLOSE)
        # A straight mark right after a word or a full stop closes a quotation; one after a space
        # opens it. A quotation of several sentences ends in a sentence that opens with none
        # (`… quốc tế", Phó Chủ tịch UBND TP Hà Nội Chử Xuân Dũng nhấn mạnh`).
        straight_open = straight_closed = 0
        for k in range(i):
            if self.toks[k].text == '"':
                if k > 0 and self.toks[k - 1].end == self.toks[k].start:
                    straight_closed += 1
                else:
                    straight_open += 1
        return opened > closed or straight_open > straight_closed

    # -- organisations and roles -----------------------------------------------------------

    def org_extent(self, i: int, after_title: bool = False) -> tuple[int, int, int | None] | None:
        """(start, end, end of a head that needs a name or None) of an organisation's name at i, or None.

        It opens with an organisation head (`LĐLĐ`, `Bộ`, `Công đoàn`) or any capitalised word that
        is no title (`Vietcombank`; in `Thủ tướng Phạm Minh Chính` the name, split off later); it goes on over capitalised words, abbreviations,
        bracketed abbreviations, the lower-case syllables of a capitalised word (`Y tế`),
        administrative words (`quận`, `thành phố`) and `và`/`-` between capitalised words.
        """
        if i >= self.n:
            return None  # a title that ends the text (`đã bầu ra 4 Phó chủ tịch`) names no organisation
        head = self.org_head_at(i)
        lower_head = None
        if after_title and not head:
            lower_head = self.lex.heads_after_title.match(self.toks, i) or self.admin_unit_word(i)
            head = None if lower_head else self.lower_head_before_name(i)
        if head:
            needs_name, k = head
            named_head_end = k if needs_name else None
        elif lower_head:
            k, named_head_end = lower_head[1], None
        elif (self.is_name_syllable(i) or self.toks[i].abbr) and not self.title_at(i) and not self.honorific_at(i):
            # Any capitalised word or abbreviation that is no title (`Vietcombank`, `LĐBĐ Việt Nam`).
            k = i
            named_head_end = None
        else:
            return None
        union = self.lex.union_heads.match(self.toks, i)
        if union is not None and union[1] >= k and union[1] < self.n and not self.toks[union[1]].cap:
            members = self.lex.union_members.match(self.toks, union[1])
            if members is not None and not any(t.cap for t in self.toks[union[1]:members[1]]):
                # `Công đoàn công ty`, `CĐCS công ty`, `công đoàn viên chức tỉnh`: the union of what
                # the text is about, named in lower case; a place's level may close it
                k = members[1]
                unit = self.admin_unit_word(k) if k < self.n else None
                if unit is not None and (k + 1 >= self.n or not self.toks[k + 1].cap):
                    k = unit[1]
        while k < self.n:
            t = self.toks[k]
            if self.term_end(k) > k:
                break  # `khóa XV`: a mandate, not the body (`Đinh Văn Khoá` is a name)
            if t.is_word and not t.cap and t.word_start and (self.lex.verb_markers.match(self.toks, k)
                                                             or self.lex.glued_verbs.match(self.toks, k)):
                # `Công đoàn ngành đã trình bày`, `Giám đốc Bệnh viện ghi nhận, biểu dương` (dev 811):
                # the verb phrase starts
                break
            fixed = self.lex.names_with_commas.match(self.toks, k) if k > i else None
            if fixed is not None:
                k = fixed[1]  # `Hội đồng An toàn, vệ sinh lao động tỉnh`: a fixed phrase, its comma inside
                continue
            fields = self.field_list_end(k + 1) if t.text == "," and k > i else None
            if fields is not None:
                k = fields  # `Sở Văn hóa, Thể thao và Du lịch`: the fields a body is named by
                continue
            if t.text == "," and k > i and self.place_after_unit(k + 1):
                # `LĐLĐ quận Bình Thạnh, TP HCM`: the city after the district; `UBND phường 25,
                # quận Bình Thạnh`: a district the gazetteer does not know, in two syllables
                k += 1
                continue
            if (self.lex.sector_words.ends_at(self.toks, k) or k == named_head_end) and t.is_word \
                    and not t.cap and t.word_start and not self.lex.prepositions.match(self.toks, k):
                # `Công đoàn ngành y tế`, `Hội đồng thành viên`: the sector's or the body's name,
                # whatever its case.
                k = self.word_end(k)
                continue
            if self.lex.sector_words.ends_at(self.toks, k) and t.cap and t.word_start:
                # `ngành Giao thông vận tải Hà Nội`: a lower-case word may finish the sector's name
                # when a place follows it.
                after = self.word_end(self.word_end(k))
                if after < self.n and not self.toks[self.word_end(k)].cap and self.lex.places.match(self.toks, after):
                    k = after
                    continue
            place = self.lex.places.match(self.toks, k) if k > i and t.cap else None
            if place:
                # A place is read whole (`tỉnh Bà Rịa – Vũng Tàu`: `Bà` is no honorific there).
                k = place[1]
                continue
            if t.is_word and (t.cap or t.abbr):
                if k > i and (self.title_at(k) or self.honorific_at(k) or self.degree_before_name(k)):
                    break
                inner_head = self.org_head_at(k) if k > i else None
                # A head inside the name is read whole (`các Khu công nghiệp và Chế xuất`).
                k = inner_head[1] if inner_head else k + 1
                continue
            if k > i and self.continues_capital_word(k):
                k += 1
                continue
            if k > i and t.text.isdigit() and self.lex.admin_units.ends_at(self.toks, k):
                k += 1  # `LĐLĐ quận 2`, `UBND Quận 10`: a district named by its number
                continue
            if k > i and self.company_number_at(i, k):
                k += 1
                continue
            numbered = self.lex.number_marks.match(self.toks, k) if k > i else None
            if numbered is not None and self.tok(numbered[1]) is not None and self.toks[numbered[1]].text.isdigit():
                k = numbered[1] + 1
                continue
            inner = self.lex.inner_words.match(self.toks, k)
            if inner:
                k = inner[1]
                continue
            bridge = self.lower_bridge(k) if k > i else None
            if bridge is not None:
                k = bridge  # `Câu lạc bộ Nữ khoa học LĐLĐ Thành phố`, `Công ty Tuyển than Cửa Ông (…)`
                continue
            # `TP. Hà Nội`: the full stop of an abbreviated administrative word.
            if t.text == "." and self.toks[k - 1].cap and self.lex.admin_units.ends_at(self.toks, k) \
                    and k + 1 < self.n:
                k += 1
                continue
            if t.text == "(" and k + 2 < self.n and self.toks[k + 2].text == ")" and (
                    self.toks[k + 1].abbr or (self.toks[k + 1].is_word and self.toks[k + 1].cap
                                              and not self.is_surname(k + 1))):
                k += 3  # `(LĐLĐ)`, and a brand (`Tập đoàn Xăng dầu Việt Nam (Petrolimex)`)
                continue
            if (t.text in _DASHES or t.text == "&" or t.key == _AND) and self.joins_org(k + 1):
                k += 1
                continue
            plural = self.lex.plural_markers.match(self.toks, k + 1) if t.key == _AND else None
            if plural is not None and self.joins_org(plural[1]) and self.org_head_at(plural[1]):
                k = plural[1]  # `Công đoàn Khu kinh tế Dung Quất và các Khu công nghiệp tỉnh Quảng Ngãi`
                continue
            break
        if k == i:
            return None
        return i, k, named_head_end

    def degree_before_name(self, k: int) -> bool:
        """Does a degree at k open a person's name (`Bệnh viện Bạch Mai PGS.TS Đào Xuân Cơ`)? Not
        the same words inside a body's name (`Hội Nhà báo Việt Nam`, `Đoàn Luật sư Hà Nội`)."""
        degree = self.lex.name_prefixes.match(self.toks, k)
        return (degree is not None and self.name_shape(degree[1]) is not None
                and not self.lex.places.match(self.toks, degree[1]))

    def field_list_end(self, k: int) -> int | None:
        """After a comma inside an organisation's name, the end of the fields it goes on to list up to
        a `và` (`Sở Văn hóa, Thể thao và Du lịch`, `Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch`,
        dev 523), else None. A field is a capitalised word with lower-case syllables: a person's name
        or a place capitalises every syllable (`…, Nguyễn Văn A và …` lists people)."""
        def field_end(q: int) -> int | None:
            t = self.tok(q)
            if t is None or not t.is_word or not t.cap or t.abbr:
                return None
            if self.title_at(q) or self.honorific_at(q):
                return None
            e = q + 1
            while e < self.n and self.continues_capital_word(e):
                e += 1
            return e if e > q + 1 else None

        end = field_end(k)
        while end is not None and end < self.n:
            if self.toks[end].text == ",":
                end = field_end(end + 1)
            elif self.toks[end].key == _AND:
                return field_end(end + 1)
            else:
                return None
        return None

    def place_after_unit(self, k: int) -> bool:
        """Does an administrative unit and its place start at k: a place the gazetteer knows, or
        capitalised syllables too few for a person's name, closed by punctuation or the text's end?"""
        unit = self.lex.admin_units.match(self.toks, k)
        if unit is None:
            return False
        if self.lex.places.match(self.toks, unit[1]):
            return True
        end = unit[1]
        while end < self.n and self.is_name_syllable(end):
            end += 1
        after = self.tok(end)
        return 0 < end - unit[1] < self.lex.min_after_unit and (after is None or not after.is_word)

    def company_number_at(self, start: int, k: int) -> bool:
        """Are the digits at k part of a company's name that opened at or after start
        (`Tổng Công ty May 10 - CTCP`, `Trường Mầm non Măng non 1 (quận 10)`)? Only after a
        capitalised word (or the rest of one) and before punctuation or a person's name
        (`Chủ tịch Công đoàn Tổng Công ty May 10 Nguyễn Thị Hoa`): `Công ty X 2 năm` counts years."""
        t, before, after = self.toks[k], self.toks[k - 1], self.tok(k + 1)
        if not t.text.isdigit() or not (before.is_word and (before.cap or before.word_cap)):
            return False
        if after is not None and after.is_word and not (after.cap and self.is_surname(k + 1)):
            return False
        return any(self.lex.numbered_heads.match(self.toks, q) for q in range(start, k))

    def lower_bridge(self, k: int) -> int | None:
        """After a capitalised word of an organisation's name, the end of a few lower-case
        syllables at k that the name runs over (`Nữ khoa học LĐLĐ Thành phố`, `Mạng lưới không khí
        sạch Việt Nam`), else None.

        The name must go on after them with an organisation head or a place, or with capitalised
        words that are no person's name and are closed by a bracket (`Công ty Tuyển than Cửa Ông
        (Công đoàn Than …)`): lower-case words followed by anything else are a verb and its object.
        """
        before, t = self.toks[k - 1], self.toks[k]
        # The word before may be a capitalised word with lower-case syllables (`Hội đồng Thi đua
        # khen thưởng Trung ương`).
        if not (before.is_word and (before.cap or before.abbr or before.word_cap)) or not t.word_start:
            return None
        # Not after a person's name or a place that ends the organisation (`… Hà Nội Đinh Tiến
        # Dũng đề nghị Công đoàn …`, `Công đoàn ngành Y tế Hà Nội tại Hội nghị …`).
        run = k
        while run > 0 and self.toks[run - 1].is_word and self.toks[run - 1].cap:
            run -= 1
        for q in range(run, k - 1):
            if (self.is_surname(q) and self.lex.min_syllables <= k - q <= self.lex.max_syllables) \
                    or (self.lex.places.match(self.toks, q) or (None, -1))[1] == k:
                return None
        if self.lex.glued_verbs.match(self.toks, k):
            return None  # `Bí thư Đảng ủy Khối chủ trì Hội nghị`: a verb, then its object
        defined = self.lower_run_defined(k)
        if defined is not None:
            return defined
        b = k
        while b < self.n and b - k < self.lex.max_lower_bridge and self.toks[b].is_word and not self.toks[b].cap \
                and not self.toks[b].text[:1].isdigit():
            # a marker is a word of its own: `làm` of `Trung tâm Dịch vụ việc làm Hà Nội` (dev 1029) is none
            if (self.toks[b].word_start and self.lex.verb_markers.match(self.toks, b)) \
                    or self.lex.of_words.match(self.toks, b) \
                    or self.lex.prepositions.match(self.toks, b) \
                    or self.toks[b].key == _AND or self.lex.terms.match(self.toks, b) \
                    or self.lex.title_org_fillers.match(self.toks, b):
                return None
            b += 1
        nxt = self.tok(b)
        if b == k or nxt is None or not nxt.is_word or not (nxt.cap or nxt.abbr):
            return None
        if self.title_at(b) or self.honorific_at(b) or self.name_shape(b) is not None:
            return None
        if self.org_head_at(b) or self.lex.places.match(self.toks, b):
            return b
        r = b
        while r < self.n and self.toks[r].is_word and (self.toks[r].cap or self.toks[r].abbr):
            r += 1
        return b if r < self.n and self.toks[r].text == "(" else None

    def lower_run_defined(self, k: int) -> int | None:
        """The end of lower-case syllables at k that an abbreviation in brackets right after them
        closes, `và` among them (`Tổng công ty Đầu tư phát triển nhà và đô thị (HUD)`): the
        abbreviation stands for the whole name, so they are part of it. None if none."""
        b = k
        while b < self.n and b - k < self.lex.max_defined_lower_run and self.toks[b].is_word \
                and not self.toks[b].cap and not self.toks[b].text[:1].isdigit():
            if self.lex.verb_markers.match(self.toks, b) or self.lex.of_words.match(self.toks, b) \
                    or self.lex.prepositions.match(self.toks, b) or self.lex.terms.match(self.toks, b):
                return None
            b += 1
        if b > k and b + 2 < self.n and self.toks[b].text == "(" and self.toks[b + 1].abbr \
                and self.toks[b + 2].text == ")":
            return b
        return None

    def admin_unit_word(self, k: int) -> tuple[Any, int] | None:
        """A lower-case administrative unit written as a word of its own at k (`quận`, `thành phố`;
        not the `xã` of `xã hội`)."""
        t = self.toks[k]
        if not t.is_word or t.cap or not t.word_start:
            return None
        unit = self.lex.admin_units_after_title.match(self.toks, k)
        return unit if unit is not None and self.word_end(k) == unit[1] else None

    def word_end(self, k: int) -> int:
        """One past the last syllable of the underthesea word that starts at k."""
        k += 1
        while k < self.n and self.toks[k].is_word and not self.toks[k].word_start:
            k += 1
        return k

    def continues_capital_word(self, k: int) -> bool:
        """Is the lower-case syllable at k the rest of a capitalised word (`Y tế`, `Khu Công nghiệp`)?

        A family name and more capitals before lower case (`Lê Thị Lan dự`) is a person's name
        that underthesea glued to the verb after it: the verb is not part of the organisation.
        """
        t = self.toks[k]
        if not t.is_word or t.cap or t.word_start:
            return False
        if self.lex.glued_verbs.match(self.toks, k):
            return False
        w = k - 1
        while w > 0 and not self.toks[w].word_start:
            w -= 1
        if not t.word_cap and not any(x.cap for x in self.toks[w + 1:k]):
            return False  # underthesea reads `hội Chữ thập đỏ` as one word: its capital is inside
        capitals = sum(1 for x in self.toks[w:k] if x.cap)
        return capitals == 1 or not self.is_surname(w)

    def joins_org(self, i: int) -> bool:
        """May the capitalised word at i continue an organisation after `và`/`-`? Not a title, a person or an honorific."""
        t = self.tok(i)
        if t is None or not t.is_word or not (t.cap or t.abbr):
            return False
        if self.title_at(i) or self.honorific_at(i):
            return False
        return self.name_shape(i) is None

    def department_extent(self, i: int) -> int:
        """End of the unit named after a department title (`Trưởng Ban` + `Chính sách pháp luật …`).

        The unit's name runs to the organisation it belongs to (`… LĐLĐ thành phố Hà Nội`) when one
        follows within a few words; otherwise it is the capitalised words after the title.
        """
        if self.tok(i) is not None and self.toks[i].abbr and not self.org_head_at(i) \
                and self.tok(i + 1) is not None and self.toks[i + 1].abbr:
            return i + 1  # `Phó Trưởng phòng CSGT CATP Hà Nội`: the unit's abbreviation, then the body's
        # A standing department name may hold a head (`Ban Công tác Công đoàn`) that would end it early.
        unit_head = self.lex.org_heads.match(self.toks, i)
        for start in (i, unit_head[1] if unit_head else None):
            named = self.lex.department_names.match(self.toks, start) if start is not None else None
            if named:
                return named[1]
        purpose = self.lex.purpose_named_units.match(self.toks, i)
        if purpose is not None and purpose[1] < self.n and self.toks[purpose[1]].is_word \
                and not self.toks[purpose[1]].cap:
            return self.purpose_end(purpose[1], i)  # a capitalised name after it is read as any other
        managing = self.lex.managing_units.match(self.toks, i)
        if managing is not None:
            plural = self.lex.plural_markers.match(self.toks, managing[1])
            managed = self.org_extent(plural[1] if plural else managing[1])
            if managed is not None:
                return managed[1]
        k = i
        while k < self.n and k - i < _MAX_DEPARTMENT_SYLLABLES:
            t = self.toks[k]
            if k > i and t.is_word and not t.cap and t.word_start and self.lex.verb_markers.match(self.toks, k):
                # `Trưởng phòng giáo dục mầm non đã tới thăm`: the verb phrase starts; a unit named
                # in lower case alone runs up to it, any other is read as an organisation below.
                if all(x.is_word and not x.cap and not x.abbr for x in self.toks[i:k]):
                    return k
                break
            if k > i and self.org_head_at(k):
                return k
            if k > i and self.lex.of_words.match(self.toks, k):
                return k
            if k > i and self.admin_unit_word(k):
                return k  # `Trưởng Phòng Giáo dục và Đào tạo quận Hoàn Kiếm`
            if not t.is_word and t.text not in _DASHES and t.text != "&":
                if k > i and self.org_after_comma(k):
                    return k  # `Ban Quan hệ lao động, Tổng Liên đoàn …`: the unit runs to the comma
                break
            if k > i and (self.title_at(k) or self.honorific_at(k)):
                break
            if k > i and t.word_start and self.name_shape(k) is not None:
                break
            k += 1
        extent = self.org_extent(i)
        return extent[1] if extent else i

    def purpose_end(self, k: int, start: int) -> int:
        """End of what a steering committee steers, from k (`phát triển đoàn viên, thành lập công
        đoàn cơ sở`, `phòng chống Covid-19`): lower-case words, a comma between them, and a word
        glued to a number (`Covid-19`), up to `và`, another mark, a verb marker, the body it
        belongs to (an abbreviation, a head, a lower-case `tỉnh` or `của` before it), a title, an
        honorific or a name."""
        def stops(q: int) -> bool:
            t = self.toks[q]
            return (t.abbr or t.key == _AND or bool(self.org_head_at(q)) or bool(self.title_at(q))
                    or bool(self.lex.of_words.match(self.toks, q))
                    or bool(self.honorific_at(q)) or bool(self.lex.verb_markers.match(self.toks, q))
                    or bool(self.lex.glued_verbs.match(self.toks, q)) or bool(self.admin_unit_word(q))
                    or (t.word_start and self.name_shape(q) is not None))
        while k < self.n and k - start < 2 * _MAX_DEPARTMENT_SYLLABLES:
            t = self.toks[k]
            glued = k > 0 and self.toks[k - 1].end == t.start
            if t.is_word and not stops(k):
                k += 1
            elif (t.text in _DASHES or t.text.isdigit()) and glued:
                k += 1  # `Covid-19`
            elif t.text == "," and k + 1 < self.n and self.toks[k + 1].is_word and not self.toks[k + 1].cap \
                    and not stops(k + 1):
                k += 1  # `phát triển đoàn viên, thành lập công đoàn cơ sở`
            else:
                break
        return k

    def parse_roles(self, i: int, first_only: bool = False, semicolons: bool = False) -> tuple[list[RoleParse], int]:
        """The list of roles starting at token i (titles with their organisations), and its end;
        with `first_only`, the first role alone; with `semicolons`, a semicolon joins roles too."""
        roles: list[RoleParse] = []
        k = i
        while True:
            found = self.title_at(k)
            if not found:
                break
            title, j = found
            role = RoleParse(title=title)
            if title.kind == "department":
                dept_end = self.department_extent(j)
                if dept_end > j:
                    role.department = (j, dept_end)
                    j = dept_end
            if title.kind == "department" and role.department and self.lex.of_words.match(self.toks, j):
                of = self.lex.of_words.match(self.toks, j)[1]
                if self.org_extent(of):
                    j = of
            elif title.kind == "department" and role.department and self.org_after_comma(j):
                # `Phó Trưởng Ban Quan hệ lao động, Tổng Liên đoàn Lao động Việt Nam`: the body
                # the unit belongs to, after a comma.
                j += 1
            bracketed = self.bracketed_org(j) if title.kind == "department" and role.department else None
            if bracketed:
                # `Vụ trưởng Vụ Tổ chức cán bộ (Bộ LĐ-TB&XH)`: the body the unit belongs to, in brackets.
                role.org = bracketed
                j = bracketed[1] + 1
            elif title.kind != "member":
                filler = self.lex.title_org_fillers.match(self.toks, j)
                org = self.org_extent(filler[1] if filler else j, after_title=True)
                past_term = self.term_end(j)
                if org is None and past_term > j and self.lex.admin_units.match(self.toks, past_term):
                    # `Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Hậu Giang` (dev 1242): the term
                    # between the title and the place it belongs to
                    org = self.org_extent(past_term, after_title=True)
                if org:
                    role.org = (org[0], org[1])
                    role.named_head_end = org[2]
                    j = org[1]
                    if self.lex.branch_heads.match(self.toks, org[0]) and self.org_after_comma(j):
                        parent = self.org_extent(j + 1)
                        role.org = (org[0], parent[1])
                        role.named_head_end = parent[2]
                        j = parent[1]
            roles.append(role)
            j = self.term_end(j)
            nxt = None if first_only else self.role_separator(j, semicolons)
            # An organisation that ends with a person's name closes the list: what follows the
            # comma belongs to that person or to the next one (`… Hà Nội Nguyễn Huy Khánh, Phó …`).
            if nxt is None or self.name_in_region(role) is not None:
                k = j
                break
            k = nxt
        return roles, k

    def bracketed_org(self, j: int) -> tuple[int, int] | None:
        """The span of an organisation that fills the brackets opening at j, else None."""
        t = self.tok(j)
        if t is None or t.text != "(" or not self.org_head_at(j + 1):
            return None
        org = self.org_extent(j + 1)
        closing = self.tok(org[1]) if org else None
        return (org[0], org[1]) if closing is not None and closing.text == ")" else None

    def org_after_comma(self, j: int) -> bool:
        """Does a comma at j open the name of an organisation (a head or an abbreviation, no title)?"""
        t = self.tok(j)
        if t is None or t.text != ",":
            return False
        k = j + 1
        if self.title_at(k) or self.honorific_at(k) or self.name_shape(k) is not None:
            return False
        nxt = self.tok(k)
        if nxt is None or not (self.org_head_at(k) or (nxt.abbr and not self.lex.admin_units.match(self.toks, k))):
            return False
        return self.org_extent(k) is not None

    def term_end(self, j: int) -> int:
        """Past a term written after a role (`… TP Hà Nội khóa XV, Bí thư …`), else j."""
        term = self.lex.terms.match(self.toks, j)
        if term is None:
            return j
        k = term[1]
        while k < self.n and (self.toks[k].text[:1].isdigit() or self.toks[k].text in _DASHES
                              or set(self.toks[k].text) <= set("IVXLC")):
            k += 1
        return k if k > term[1] else j

    def ends_with_term(self, role: RoleParse, end: int) -> bool:
        """Does a term (`khóa XVI`, `nhiệm kỳ 2018 - 2023`) run from the role's organisation to end?"""
        region = role.org or role.department
        return region is not None and region[1] < end == self.term_end(region[1])

    def name_in_region(self, role: RoleParse) -> int | None:
        """Start of a person's name ending the role's organisation (or department), if there is one."""
        if role.org is not None:
            return self.split_name(role.org[0], role.org[1], role.named_head_end)
        if role.department is not None:
            return self.split_name(role.department[0], role.department[1], None)
        return None

    def role_separator(self, j: int, semicolons: bool = False) -> int | None:
        """Start of the next title when a comma, `kiêm` or `và` (or, with `semicolons`, a
        semicolon) joins one at j; else None."""
        t = self.tok(j)
        if t is None:
            return None
        if t.text == "," or t.text in _DASHES or (semicolons and t.text == ";"):
            start = j + 1
        elif t.key == _AND:
            start = j + 1
        else:
            joiner = self.lex.joiners.match(self.toks, j)
            if not joiner:
                return None
            start = joiner[1]
        return start if self.title_at(start) else None

    # -- names at the end of a role phrase -------------------------------------------------

    def named_head_ends_at(self, start: int, k: int) -> bool:
        """Does a head that needs a name end right before k, inside the organisation from start?
        Not only its first head: in `Công đoàn Bệnh viện Bạch Mai`, `Bạch Mai` names the hospital."""
        for q in range(max(start, k - self.lex.org_heads.longest), k):
            # in lower case too, as a word of its own that a capital follows (`Công đoàn cơ sở trường
            # Tiểu học Kim Liên`; not the end of `Quốc hội`, `Nội vụ`)
            head = self.org_head_at(q) or (self.lower_head_before_name(q) if self.toks[q].word_start else None)
            if head is not None and head == (True, k):
                return True
        return False

    def split_name(self, start: int, end: int, named_head_end: int | None) -> int | None:
        """Start of the person's name that ends the tokens start..end (`… quận Thanh Xuân Cao Đắc Tiến`)."""
        k = end
        while k > start and self.is_name_syllable(k - 1):
            k -= 1
        if k == end:
            return None
        # A capitalised unit opening the run (`liên đoàn lao động Quận Ngô Quyền`, dev 1204) is the
        # organisation's, and what follows it is read as after a lower-case one.
        # Not a unit that opens or ends inside a head (`Tỉnh Đoàn`, `Trung ương Đoàn`).
        unit = self.lex.admin_units.match(self.toks, k)
        head = self.org_head_at(k)
        if unit is not None and unit[1] < end and not self.lex.self_naming.match(self.toks, k) \
                and (head is None or head[1] <= unit[1]) \
                and not any(head_end > unit[1] for head_end in self.head_ends(start, unit[1])):
            k = unit[1]
        p = k
        skipped = False
        while p < end:
            unit = self.lex.self_naming.match(self.toks, p) or self.lex.admin_units.match(self.toks, p)
            place = self.lex.places.match(self.toks, p)
            step = max((m[1] for m in (unit, place) if m and m[1] <= end), default=None)
            if step is None:
                break
            p, skipped = step, True
        # After `quận`, `huyện`, … or a head that needs a name (`Bộ`, `Công ty`), the first
        # word belongs to the organisation even when the gazetteer does not know it.
        after_unit = (
            k > start
            and self.lex.admin_units.ends_at(self.toks, k)
            and not self.lex.self_naming.ends_at(self.toks, k)
        )
        needs_one = after_unit or named_head_end == k or self.named_head_ends_at(start, k)
        if (after_unit and not skipped and self.is_surname(p)
                and not self.lex.units_not_listed.ends_at(self.toks, k)
                and self.lex.min_after_unit <= end - p <= self.lex.max_syllables
                and not self.lex.places.match(self.toks, p)):
            # `LĐLĐ tỉnh Hà Duy Trung`: no place is known there and the rest is a whole name. Not
            # after `phường`, `xã`: the gazetteer does not hold them (`phường Phạm Đình Hổ`).
            return p
        if needs_one and not skipped and p < end:
            p += 1
            word_end = p
            while word_end < end and not self.toks[word_end].word_start:
                word_end += 1
            # The rest of the organisation's word, unless underthesea glued the person's name to
            # it (`Trường THPT Trần Phú Nguyễn Thị Hoa` read as one word).
            if word_end < end:
                p = word_end
            if (after_unit and p - k > 2 and self.is_surname(k + 2) and not self.title_at(k + 2)
                    and self.lex.min_after_unit <= end - (k + 2) <= self.lex.max_syllables):
                # ... or the first syllable of a name to the place after a unit (`UBND phường Tân Phú
                # Võ Trương Bình`, dev 934, `Tân Phú Võ` read as one word): the place has two
                # syllables (see `min_syllables_after_unit`), the whole name the rest
                return k + 2

        def starts_word(q: int) -> bool:
            # underthesea may glue the name's first syllable to a head's last (`Trung ương Đoàn Hoàng`)
            return self.toks[q].word_start or q in self.head_ends(start, q)

        # Right after a unit the gazetteer cannot complete, two syllables are its place (`huyện An
        # Dương`, `Huyện ủy Châu Thành`).
        place_first = after_unit or self.lex.district_committees.ends_at(self.toks, k)
        candidates = [
            q
            for q in range(p, end)
            if self.is_surname(q)
            and (self.lex.min_after_unit if q == k and place_first else self.lex.min_syllables)
            <= end - q <= self.lex.max_syllables
            and not self.title_at(q)
            and (self.lex.places.match(self.toks, q) or (None, -1))[1] != end
            # `Trung ương Đoàn Hoàng Thái Nam`: a family name that ends an organisation head is the head's.
            and not any(head_end > q for head_end in self.head_ends(start, q))
            # Two syllables inside a word underthesea read whole end that word, not a person's name
            # glued to it (`Công ty CP May Hồ Gươm`; `Trường THPT Trần Phú Nguyễn Thị Hoa` has three).
            and (starts_word(q) or end - q >= 3)
        ]
        if not candidates:
            return None
        candidates.sort(key=lambda q: (not starts_word(q), q))
        return candidates[0]

    def head_ends(self, start: int, q: int) -> set[int]:
        """Ends of the organisation heads that open at or after start, before q, and reach q."""
        ends = set()
        for h in range(max(start, q - self.lex.org_heads.longest + 1), q):
            head = self.org_head_at(h)
            if head is not None and head[1] >= q:
                ends.add(head[1])
        return ends

    def names_after(self, k: int, honorifics: list[str | None] | None = None,
                    own_roles: dict[int, tuple[list[RoleParse], tuple[int, int]]] | None = None,
                    ) -> list[tuple[int, int]]:
        """Names listed from k, joined by commas or `và` (`Lê Đình Hùng, Nguyễn Huy Khánh`); each
        name's own honorific is appended to `honorifics` when given, and the roles a bracket after
        a name gives that person alone are put in `own_roles` under the name's index."""
        names: list[tuple[int, int]] = []
        while True:
            honorific = self.honorific_at(k)
            if honorific and not honorific[2]:
                k = honorific[1]  # `đồng chí A, đồng chí B`
            end = self.name_shape(k)
            if end is None:
                break
            names.append((k, end))
            if honorifics is not None:
                honorifics.append(honorific[0] if honorific and not honorific[2] else None)
            bracketed = self.bracketed_roles(end)
            if bracketed is not None and own_roles is not None:
                # `gồm ông Võ Khắc Thái (giữ nhiệm vụ Phó chủ tịch Thường trực LĐLĐ TP.HCM), ông …`
                own_roles[len(names) - 1] = bracketed[:2]
                end = bracketed[2]
            # a portfolio in brackets after a listed name (`ông Phạm Văn Đại (phụ trách Sở), ông …`)
            end = self.past_lower_bracket(end)
            t = self.tok(end)
            if t is None or not (t.text == "," or t.key == _AND):
                break
            # A name followed by its own roles starts a mention of its own.
            after = self.name_shape(end + 1)
            if after is not None and self.tok(after) is not None and self.tok(after).text in _ROLE_OPENERS \
                    and self.title_at(after + 1):
                break
            k = end + 1
        return names

    def bracketed_roles(self, k: int) -> tuple[list[RoleParse], tuple[int, int], int] | None:
        """The roles a bracket at k holds, maybe after a verb of office (`(giữ nhiệm vụ Phó chủ
        tịch Thường trực LĐLĐ TP.HCM)`): (roles, their span, the token after the bracket)."""
        t = self.tok(k)
        if t is None or t.text != "(":
            return None
        start = k + 1
        verb = self.lex.appointment_verbs.match(self.toks, start)
        if verb is not None:
            start = verb[1]
        if not self.title_at(start):
            return None
        roles, end = self.parse_roles(start)
        close = self.tok(end)
        if not roles or close is None or close.text != ")":
            return None
        self.inherit_orgs(roles)
        return roles, (start, end), end + 1

    def past_lower_bracket(self, k: int) -> int:
        """Past a short bracket at k that holds no capitalised name, only words of a portfolio
        or a note (`(phụ trách Sở)`), else k."""
        t = self.tok(k)
        if t is None or t.text != "(":
            return k
        for c in range(k + 1, min(self.n, k + 1 + self.lex.max_bracket_note)):
            if self.toks[c].text == ")":
                return c + 1
            if self.name_shape(c) is not None or self.toks[c].text in {"(", ".", ";"}:
                return k
        return k

    # -- the three shapes ------------------------------------------------------------------

    def counts_holders(self, i: int) -> bool:
        """Is the token at i a number of office holders (`ba`, `4`; not a year or a day)?"""
        t = self.tok(i)
        return t is not None and (t.key in self.lex.count_words
                                  or (t.text.isdigit() and int(t.text) <= self.lex.max_counted_holders))

    def counted_title(self, i: int) -> int | None:
        """Start of a title counted by the number at i (`Ba thứ trưởng Bộ Công an gồm các ông …`,
        `3 phó giám đốc, bao gồm: …`), written in either case: a plural whose holders are listed
        after a list opener."""
        if not self.counts_holders(i) or self.title_at(i + 1) is None:
            return None
        roles, end = self.parse_roles(i + 1)
        return i + 1 if roles and self.plural_list_opener(end) is not None else None

    def plural_list_opener(self, end: int) -> tuple[Any, int] | None:
        """The list opener after a plural title that ends at `end`, maybe after a comma (`3 phó
        giám đốc, bao gồm: …`)."""
        comma = self.tok(end) is not None and self.toks[end].text == ","
        return self.lex.list_openers.match(self.toks, end + comma)

    def title_first(self, i: int, honorific: str | None, plural: bool, opener: int) -> ScanResult | None:
        """`[honorific] TITLE ORG NAME [, ROLES]` and `TITLE ORG: NAME, NAME`."""
        if not self.title_at(i):
            return None
        roles, end = self.parse_roles(i)
        if not roles:
            return None
        result = ScanResult(end=max(end, i + 1))
        if self.blocked(opener):
            return result
        last = roles[-1]
        names: list[tuple[int, int]] = []
        own_roles: dict[int, tuple[list[RoleParse], tuple[int, int]]] = {}
        role_end = end
        name_start = self.name_in_region(last)
        if name_start is not None:
            region_end = (last.org or last.department)[1]
            names.append((name_start, region_end))
            role_end = name_start
            if last.org is not None:
                last.org = (last.org[0], name_start) if name_start > last.org[0] else None
            else:
                last.department = (last.department[0], name_start) if name_start > last.department[0] else None
        elif self.name_shape(end) is not None and (
                (last.org is None and last.department is None) or self.ends_with_term(last, end)):
            # `Chủ tịch LĐLĐ TP Hà Nội khóa XVI Phạm Quang Thanh`: the name after the mandate.
            names.append((end, self.name_shape(end)))
            role_end = end
        elif (degree := self.lex.name_prefixes.match(self.toks, end)) is not None \
                and self.name_shape(degree[1]) is not None:
            # `Giám đốc Bệnh viện Bạch Mai PGS.TS Đào Xuân Cơ`: a degree, then the name.
            names.append((degree[1], self.name_shape(degree[1])))
            role_end = end
        if not names and not plural:
            former = self.former_roles_named(end)
            if former is not None:
                # `Thứ trưởng Bộ Công Thương, nguyên Chủ tịch EVN Hoàng Quốc Vượng`: the offices
                # held now, then a former one that ends with the name.
                names.append(former)
        if names and plural:
            after = self.tok(names[-1][1])
            if after is not None and (after.text == "," or after.key == _AND):
                names.extend(self.names_after(names[-1][1] + 1))
        elif len(names) == 1 and self.tok(names[0][1]) is not None and self.toks[names[0][1]].key == _AND \
                and self.honorific_at(names[0][1] + 1) is None:
            # `Phó giám đốc Sở Y tế Nguyễn Văn Oanh và Bùi Minh Luân` (dev 630): a second name,
            # bare and with no roles of its own, holds the same title
            second = self.name_shape(names[0][1] + 1)
            if second is not None and self.roles_after(second) is None and self.bracketed_roles(second) is None:
                names.append((names[0][1] + 1, second))
        colon_list = False
        if not names and self.tok(end) is not None and self.toks[end].text == ":":
            colon_list = True
            names = self.names_after(end + 1)
            if not names and plural:
                shared = self.shared_by_titled_list(roles, (i, end), end + 1, honorific)
                if shared is not None:
                    return shared
        opener_words = None if names else (self.plural_list_opener(end) if plural
                                           else self.lex.list_openers.match(self.toks, end))
        if opener_words:
            k = opener_words[1]
            # `Phó Bí thư Thành Đoàn gồm 4 đồng chí: A, B, …` (dev 808): how many, then who
            counted = self.counts_holders(k) and self.honorific_at(k + 1) is not None
            plural_honorific = self.honorific_at(k + counted)
            if plural_honorific and (plural_honorific[2] or counted):
                honorific, k = plural_honorific[0], plural_honorific[1]
            if self.tok(k) is not None and self.toks[k].text == ":":
                k += 1
            own: list[str | None] = []
            names = self.names_after(k, own, own_roles)
            if honorific is None and own and len(set(own)) == 1:
                # `Phó chủ tịch là ông Nguyễn Ngọc Tuấn`; `3 phó giám đốc, bao gồm: ông A, ông B …`
                honorific = own[0]
        if not names and honorific is None and not plural:
            # `Chủ tịch LĐLĐ quận Hoàn Kiếm, bà Lê Hoàng Thủy Vân cho biết`: the roles, then the
            # person they describe in apposition after a comma or dash, with an honorific.
            apposed = self.name_in_apposition(i, end)
            if apposed is not None:
                honorific, name = apposed
                names = [name]
        if not names:
            return result
        self.inherit_orgs(roles)
        role_spans = [(i, role_end)]
        result.end = max(result.end, names[-1][1])
        if len(names) == 1:
            # Roles written after the name are the same person's (`Thượng tướng Tô Lâm, Bộ
            # trưởng Bộ Công an`), unless they end with a name of their own: then they open the
            # next mention.
            more = self.roles_after(names[0][1])
            if more is not None:
                more_roles, more_span = more
                if opener_words:
                    # `các Phó Bí thư Thành uỷ gồm bà X, Uỷ viên T.Ư Đảng, Phó Bí thư Thường trực
                    # Thành uỷ; bà Y, …`: the plural title names the group, the roles after the
                    # name are the person's own. So after one title too: `Chủ nhiệm Ủy ban kiểm
                    # tra là đồng chí X - Phó Bí thư Thành Đoàn` (dev 808) names the office X is
                    # given; the mention holds the roles attached to X (the SPEC's decision on
                    # officials elected or appointed).
                    roles, role_spans = more_roles, [more_span]
                else:
                    shared, shared_spans = roles, list(role_spans)
                    roles = roles + more_roles
                    role_spans.append(more_span)
                    if plural and colon_list:
                        # `các đồng chí Ủy viên BCH Đảng bộ tỉnh: A - Chủ tịch LĐLĐ tỉnh; B - Bí
                        # thư Thị ủy`: each person listed with roles of their own holds the
                        # plural title too (dev 542).
                        listed = self.named_items_after(more_span[1], honorific, shared, shared_spans)
                        if listed:
                            result.mentions = [MentionParse(names[0], honorific, roles, role_spans), *listed]
                            result.end = listed[-1].role_spans[-1][1]
                            return result
                result.end = more_span[1]
        # A listed person's bracketed role is theirs instead of the shared one (dev 572).
        result.mentions = [MentionParse(n, honorific, own_roles[x][0], [own_roles[x][1]]) if x in own_roles
                           else MentionParse(n, honorific, roles, role_spans) for x, n in enumerate(names)]
        return result

    def former_roles_named(self, k: int) -> tuple[int, int] | None:
        """The name that ends the former offices a comma at k opens (`, nguyên Chủ tịch EVN Hoàng
        Quốc Vượng`), else None."""
        sep = self.tok(k)
        former = self.lex.former_markers.match(self.toks, k + 1) if sep is not None and sep.text == "," else None
        if former is None or not self.title_at(former[1]):
            return None
        roles, _ = self.parse_roles(former[1])
        start = self.name_in_region(roles[-1]) if roles else None
        if start is None:
            return None
        last = roles[-1]
        return start, (last.org or last.department)[1]

    def name_in_apposition(self, i: int, end: int) -> tuple[str | None, tuple[int, int]] | None:
        """(honorific, name) of the person named after the roles i..end in apposition: a comma or
        dash, a singular honorific, a degree (`, TS Nguyễn Ngọc Ân,`) or after a dash nothing, and
        a name with no roles of its own. The roles must open a
        clause (start the sentence or follow punctuation or a clause opener such as `Theo`):
        after a word they are the object of something (`từ Bí thư Thành ủy, Chủ tịch Quốc hội,
        đồng chí X` lists the offices held over a life, none of them the person's now)."""
        sep = self.tok(end)
        if sep is None or not (sep.text == "," or sep.text in _DASHES) or not self.opens_clause(i):
            return None
        found = self.honorific_at(end + 1)
        prefix = self.lex.name_prefixes.match(self.toks, end + 1) if found is None else None
        if found is not None and not found[2]:
            value, j, _ = found
        elif prefix is not None and self.name_shape(prefix[1]) is not None:
            value, j = None, prefix[1]  # `Chủ tịch Công đoàn Giáo dục Việt Nam, TS Nguyễn Ngọc Ân, đã gửi …`
        elif found is None and sep.text in _DASHES and self.name_shape(end + 1) is not None:
            value, j = None, end + 1  # `Chủ tịch Công đoàn cơ sở Công ty Điện lực Long An - Võ Duy Linh cho biết`
        else:
            return None
        name_end = self.name_run(j, self.lex.max_after_honorific)
        if not (self.lex.min_syllables <= name_end - j <= self.lex.max_after_honorific):
            return None
        if self.roles_after(name_end) is not None or self.appointed_roles(name_end, end + 1) is not None:
            return None  # the person's own roles follow: the phrase before is someone else's
        return value, (j, name_end)

    def newly_in_office(self, i: int) -> int | None:
        """Start of a word saying the office is new (`Tân Chủ tịch`) before the title at i, itself
        no part of a name (`Nguyễn Văn Tân`); else None."""
        start = self.lex.new_office.start_before(self.toks, i)
        return None if start is None or self.is_name_syllable(start - 1) else start

    def opens_clause(self, i: int) -> bool:
        """Does token i start the sentence, follow punctuation, or follow a capitalised clause opener
        that does (`Theo`)? Not a lower-case one: `…, từ Bí thư …, Chủ tịch …` runs on a clause."""
        new_office = self.newly_in_office(i)
        if new_office is not None:
            i = new_office
        opener = self.lex.clause_openers.start_before(self.toks, i)
        k = opener if opener is not None and self.toks[opener].cap else i
        before = self.tok(k - 1)
        return before is None or (not before.is_word and before.text not in {_QUOTES_OPEN, _QUOTES_CLOSE, '"'})

    def shared_by_titled_list(self, shared: list[RoleParse], shared_span: tuple[int, int], k: int,
                              honorific: str | None) -> ScanResult | None:
        """`các Ủy viên Ban Thường vụ Thành ủy: Trưởng ban Dân vận Thành ủy A, Phó Chủ tịch UBND
        thành phố B`: a plural title before a colon is held by every titled person listed after it,
        before the person's own roles."""
        self.inherit_orgs(shared)
        mentions: list[MentionParse] = []
        end = k
        while self.title_at(k):
            item = self.title_first(k, None, False, opener=k)
            if item is None or len(item.mentions) != 1:
                break
            own = item.mentions[0]
            mentions.append(MentionParse(own.name, own.honorific or honorific, shared + own.roles, [shared_span, *own.role_spans]))
            end = item.end
            t = self.tok(end)
            if t is None or t.text not in {",", ";"}:
                break
            k = end + 1
        if not mentions:
            return None
        return ScanResult(mentions, end)

    def named_items_after(self, k: int, honorific: str | None, shared: list[RoleParse],
                          shared_spans: list[tuple[int, int]]) -> list[MentionParse]:
        """The further `; NAME - ROLES` items of a list at k, each holding the shared roles before
        its own."""
        mentions: list[MentionParse] = []
        while (t := self.tok(k)) is not None and t.text in {";", ","}:
            own_honorific = self.honorific_at(k + 1)
            start = own_honorific[1] if own_honorific and not own_honorific[2] else k + 1
            end = self.name_shape(start)
            more = self.roles_after(end) if end is not None else None
            if more is None:
                break
            own_roles, own_span = more
            mentions.append(MentionParse((start, end), own_honorific[0] if own_honorific else honorific,
                                         shared + own_roles, [*shared_spans, own_span]))
            k = own_span[1]
        return mentions

    def roles_after(self, k: int, glued: bool = False) -> tuple[list[RoleParse], tuple[int, int]] | None:
        """The roles that a dash, comma or bracket at k opens, with their token span; None if none.
        `glued`: the roles may start at k itself with a capitalised title (`Đồng chí VÕ ĐỨC TRONG
        Chủ tịch …`, `Đ/c Lê Xuân Trường Bí thư chi bộ`), as captions write them after an honorific."""
        sep = self.tok(k)
        if glued and sep is not None and sep.cap and self.title_at(k):
            first = k
        elif sep is None or sep.text not in _ROLE_OPENERS:
            return None
        else:
            first = k + 1
        new_office = self.lex.new_office.match(self.toks, first)
        if new_office is not None and self.title_at(new_office[1]):
            first = new_office[1]  # `ông Vương Trinh Quốc - tân Giám đốc Sở TT&TT`
        if not self.title_at(first):
            return None
        roles, end = self.parse_roles(first)
        if not roles or self.name_in_region(roles[-1]) is not None:
            return None
        last = roles[-1]
        opener = self.lex.list_openers.match(self.toks, end)
        after = opener[1] if opener else end
        honorific = self.honorific_at(after)
        if honorific:
            after = honorific[1]
        if self.name_shape(after) is not None and (opener or (last.org is None and last.department is None)):
            # `Tổng Bí thư Nguyễn Phú Trọng, Phó Chủ tịch nước Võ Thị Ánh Xuân`: the title after
            # the comma is the next person's.
            return None
        self.inherit_orgs(roles)
        return roles, (first, end)

    def roles_after_name(self, name: tuple[int, int], honorific: str | None, opener: int) -> ScanResult | None:
        """`NAME - ROLES`, `NAME, ROLES`, `NAME (ROLES)`, and `NAME giữ chức ROLES` (an election or
        appointment; `opener` is where the name or its honorific starts)."""
        after = self.past_aside(name[1])
        comma = self.tok(after) is not None and self.toks[after].text == ","
        found = self.roles_after(after, glued=honorific is not None and after == name[1]) \
            or self.appointed_roles(after, opener) \
            or (self.appointed_roles(after + 1, opener) if comma else None)
        if found is None and (past_former := self.past_former_roles(after)) != after:
            # `… vừa được bầu làm …` after the former offices, or the offices held now
            # (`Nguyễn Sỹ Dũng – nguyên Phó chủ nhiệm Văn phòng Quốc hội - PCT Hội Hữu nghị Việt Nhật`).
            found = self.appointed_roles(past_former, opener) or self.roles_after(past_former)
        if found is None and self.tok(name[1]) is not None and self.toks[name[1]].key == _AND:
            # `ông Vũ Anh Tuấn và bà Phạm Thị Thanh Thủy tái đắc cử Phó Chủ tịch …` (dev 1210): two
            # people elected by one verb share its office; the second is read on its own after this
            second_honorific = self.honorific_at(name[1] + 1)
            second_start = second_honorific[1] if second_honorific else name[1] + 1
            second_end = self.name_shape(second_start)
            shared = self.appointed_roles(second_end, name[1] + 1) if second_end is not None else None
            if shared is not None:
                roles, span = shared
                return ScanResult([MentionParse(name, honorific, [replace(r) for r in roles], [span])], name[1])
        if found is None:
            return None
        roles, span = found
        return ScanResult([MentionParse(name, honorific, roles, [span])], span[1])

    def past_aside(self, k: int) -> int:
        """Past an aside at k that stands between a name and the name's own roles, else k: a
        bracket that gives a birth year, an age or a place in the photo (`(sinh năm 1990)`, `(45
        tuổi)`, `(bên trái)`, `(cầm hoa ở giữa)`), or a birth year between commas (`Ông Phạm Văn
        Đại sinh năm 1962, được bổ nhiệm …`)."""
        t = self.tok(k)
        if t is None:
            return k
        if t.text != "(":
            born = self.lex.birth_openers.match(self.toks, k + (t.text == ","))
            year, comma = (self.tok(born[1]), self.tok(born[1] + 1)) if born else (None, None)
            if year is not None and year.text.isdigit() and comma is not None and comma.text == ",":
                return born[1] + 2
            return k
        number = self.tok(k + 1)
        closing = next((c for c in range(k + 2, self.n) if self.toks[c].text == ")"), None)
        placed = closing is not None and closing - k <= self.lex.max_bracket_note \
            and self.lex.photo_position_ends.ends_at(self.toks, closing)  # `(cầm hoa ở giữa)`
        if not (self.lex.aside_openers.match(self.toks, k + 1) or placed
                or (number is not None and number.text.isdigit()
                    and self.lex.aside_after_number.match(self.toks, k + 2))):
            return k
        return k if closing is None else closing + 1

    def past_former_roles(self, k: int) -> int:
        """Past the offices no longer held that a dash or comma at k opens (`Ông Võ Nguyên Phong -
        nguyên Phó Giám đốc Sở Xây dựng TP Hà Nội vừa được bầu làm …`), else k: what the person
        is elected to may follow them."""
        # `nguyên` covers the one office after it: each former office repeats it (`nguyên Ủy
        # viên …, nguyên Bí thư …`, dev 251), so an office after them without it is held now
        # (`– nguyên Phó chủ nhiệm Văn phòng Quốc hội - PCT Hội Hữu nghị Việt Nhật`, dev 565).
        end = k
        while True:
            sep = self.tok(end)
            former = self.lex.former_markers.match(self.toks, end + 1) \
                if sep is not None and sep.text in _ROLE_OPENERS else None
            if former is None or not self.title_at(former[1]):
                return end
            roles, past = self.parse_roles(former[1], first_only=True)
            if not roles or self.name_in_region(roles[-1]) is not None:
                return k
            end = past

    def appointed_roles(self, k: int, opener: int) -> tuple[list[RoleParse], tuple[int, int]] | None:
        """The office a person is elected or appointed to by the verb at k, with its token span."""
        adverb = self.lex.appointment_adverbs.match(self.toks, k)
        if adverb is not None and (self.lex.appointment_verbs.match(self.toks, adverb[1])
                                   or self.lex.passive_markers.match(self.toks, adverb[1])):
            k = adverb[1]
        verb = self.lex.appointment_verbs.match(self.toks, k)
        lead_in = self.lex.appointment_lead_ins.match(self.toks, k)
        if verb is None and lead_in is not None:
            # `X tiếp tục được Đại hội tín nhiệm, bầu làm T O`: the vote of confidence stands
            # between the name and the election.
            j = lead_in[1] + (self.tok(lead_in[1]) is not None and self.toks[lead_in[1]].text == ",")
            verb = self.lex.appointment_verbs.match(self.toks, j)
        passive = self.lex.passive_markers.match(self.toks, k) if verb is None else None
        if passive is not None:
            # `X vừa được Ban Thường vụ Tỉnh ủy chỉ định vào chức danh Bí thư …`: the body that
            # elects or appoints stands between `được` and the verb.
            body = self.org_extent(passive[1])
            if body is not None:
                verb = self.lex.appointment_verbs.match(self.toks, body[1])
        if verb is None and self.lex.verbs_before_name.ends_at(self.toks, opener):
            membership = self.lex.memberships.match(self.toks, k)
            if membership is not None:
                # `… tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Chủ tịch …` (or `…, giữ chức`)
                j = membership[1]
                while j < self.n and j - k <= self.lex.max_membership_syllables \
                        and self.toks[j].text not in {";", ".", ":", "(", ")"}:
                    if (self.toks[j].key == _AND or self.toks[j].text == ",") \
                            and self.lex.after_name_with_verb_before.match(self.toks, j + 1):
                        k = j + 1
                        break
                    j += 1
            verb = self.lex.after_name_with_verb_before.match(self.toks, k)
        bare = self.lex.bare_appointment_verbs.match(self.toks, k) if verb is None else None
        verb = verb or bare
        if verb is None:
            return None
        while bare is None and (joiner := self.lex.appointment_verb_joiners.match(self.toks, verb[1])) is not None:
            # `tái cử và được bầu giữ chức vụ Chủ tịch …`: the office is named after the last verb
            following = self.lex.appointment_verbs.match(self.toks, joiner[1])
            if following is None:
                break
            verb = following
        first = verb[1]
        new_office = self.lex.new_office.match(self.toks, first)
        if new_office is not None and self.title_at(new_office[1]):
            first = new_office[1]  # `X làm tân Chủ tịch LĐLĐ tỉnh Kiên Giang` (dev 584)
        if not self.title_at(first):
            return None
        # `đồng chí X là Uỷ viên Ban Chấp hành Trung ương Đảng; Bí thư Đảng đoàn, Chủ tịch …; Đại
        # biểu Quốc hội` (dev 100): after `là`, offices held at once are listed with semicolons.
        roles, end = self.parse_roles(first, semicolons=bare is not None)
        if not roles or self.name_in_region(roles[-1]) is not None:
            return None
        self.inherit_orgs(roles)
        # a place's body is named by its place (`Trưởng Đoàn đại biểu Quốc hội tỉnh Hậu Giang`, dev 1242)
        if bare is not None and not all(r.title.kind == "member" or (r.org is not None and (
                self.org_head_at(r.org[0]) or self.lex.admin_units.match(self.toks, r.org[0]))) for r in roles):
            return None  # `do ông X làm Trưởng đoàn`: a part played at an event, no office of a body
        return roles, (first, end)

    def scan(self) -> list[MentionParse]:
        mentions: list[MentionParse] = []
        # `Tới dự có các đồng chí: A - T1; B - T2`: a plural honorific before a list gives its
        # singular to each person of the sentence named after it without one of their own.
        list_honorific = None
        i = 0
        while i < self.n:
            honorific = self.honorific_at(i)
            if honorific and honorific[2]:
                # `các ông, bà:` lists men and women: no one honorific for all of them.
                after = self.tok(honorific[1])
                mixed = after is not None and after.text == "," and self.honorific_at(honorific[1] + 1)
                list_honorific = None if mixed else honorific[0]
            result = self.scan_at(i)
            if result is not None:
                for mention in result.mentions:
                    if mention.honorific is None:
                        mention.honorific = list_honorific
                mentions.extend(result.mentions)
                i = max(result.end, i + 1)
            else:
                i += 1
        return mentions

    def scan_at(self, i: int) -> ScanResult | None:
        honorific = self.honorific_at(i)
        if honorific:
            value, j, plural = honorific
            copula = self.lex.before_shared_title.match(self.toks, j) if plural else None
            if copula is not None and self.title_at(copula[1]):
                j = copula[1]
            if self.title_at(j):
                return self.title_first(j, value, plural, opener=i)
            name_end = self.name_run(j, self.lex.max_after_honorific)
            if name_end == j:
                name_end = self.capitals_name_run(j)
            if self.lex.min_syllables <= name_end - j <= self.lex.max_after_honorific:
                if self.blocked(i):
                    return ScanResult(end=name_end)
                return self.roles_after_name((j, name_end), value, i) \
                    or (self.shared_by_listed_names((j, name_end), value, i) if plural else None) \
                    or ScanResult(end=name_end)
            return None
        plural = self.lex.plural_markers.match(self.toks, i)
        if plural and self.toks[plural[1]].cap and self.title_at(plural[1]):
            return self.title_first(plural[1], None, True, opener=i)
        counted = self.counted_title(i)
        if counted is not None:
            return self.title_first(counted, None, True, opener=i)
        if self.title_at(i):
            # A title right after a capitalised word belongs to it (`Đoàn Chủ tịch`), unless that
            # word only opens the sentence (`Theo Chủ tịch …`) or ends a place, which ends the
            # phrase before (`Thay mặt LĐLĐ TP Hà Nội Chủ tịch Nguyễn Thị Tuyến tặng hoa`).
            if i > 0 and self.toks[i - 1].is_word and self.toks[i - 1].cap and not self.toks[i - 1].abbr \
                    and not self.lex.clause_openers.ends_at(self.toks, i) and self.newly_in_office(i) is None \
                    and not self.lex.places.ends_at(self.toks, i):
                return None
            return self.title_first(i, None, False, opener=i)
        return self.name_first(i)

    def name_first(self, i: int) -> ScanResult | None:
        """`NAME, ROLES` without an honorific: the name must start with a family name and stand alone."""
        if not self.is_surname(i):
            return None
        if i > 0 and not self.lex.name_prefixes.ends_at(self.toks, i):
            before = self.toks[i - 1]
            # Inside a longer capitalised run, after an abbreviation, an administrative word or an
            # organisation head, the capitals are a place or an organisation's name.
            if self.is_name_syllable(i - 1) or before.abbr:
                return None
            if self.lex.admin_units.ends_at(self.toks, i) or self.lex.org_heads.ends_at(self.toks, i):
                return None
        end = self.name_shape(i)
        if end is None or self.blocked(i):
            return None
        return self.roles_after_name((i, end), None, i) or self.shared_by_listed_names((i, end), None, i)

    def shared_by_listed_names(self, first: tuple[int, int], honorific: str | None, opener: int) -> ScanResult | None:
        """`A, B - ROLES`, `A và B - ROLES`: names joined by commas or `và`, then one role phrase
        after a dash, held by each of them; or one election or appointment (`Các đồng chí A và B
        được bầu làm Phó Bí thư Huyện ủy`, dev 887). Only a dash: after a comma (`A, B, Phó Chủ
        tịch …`) the roles may be B's alone, A named before B's apposition."""
        names = [first]
        k = first[1]
        while (t := self.tok(k)) is not None and (t.text == "," or t.key == _AND):
            end = self.name_shape(k + 1)
            if end is None and t.text == "," and len(names) > 1 and self.toks[names[-1][0] - 1].key == _AND:
                return self.held_respectively(names, honorific, k)
            if end is None:
                return None
            names.append((k + 1, end))
            k = end
        if len(names) < 2:
            return None
        dash = self.tok(k)
        found = self.roles_after(k) if dash is not None and dash.text in _DASHES else self.appointed_roles(k, opener)
        if found is None:
            return None
        roles, span = found
        return ScanResult([MentionParse(name, honorific, roles, [span]) for name in names], span[1])

    def held_respectively(self, names: list[tuple[int, int]], honorific: str | None, k: int) -> ScanResult | None:
        """`A và B, Chủ tịch và PCT LĐLĐ Lâm Đồng` (dev 747): as many titles as names, joined by `và`
        and sharing the last one's organisation, are held one each, in order."""
        found = self.roles_after(k)
        if found is None:
            return None
        roles, span = found
        joined = any(t.key == _AND for t in self.toks[span[0]:span[1]])
        if len(roles) != len(names) or not joined or roles[-1].org is None \
                or not all(role.org_inherited for role in roles[:-1]):
            return None
        return ScanResult([MentionParse(name, honorific, [role], [span]) for name, role in zip(names, roles)], span[1])

    @staticmethod
    def inherit_orgs(roles: list[RoleParse]) -> None:
        """A title without its own organisation takes the next one in the list."""
        following: tuple[int, int] | None = None
        for role in reversed(roles):
            if role.org is not None and not role.org_inherited:
                following = role.org
            elif role.title.kind not in ("member", "event") and following is not None:
                role.org = following
                role.org_inherited = True


# ---------------------------------------------------------------------------- rows


def _text(text: str, toks: list[Tok], span: tuple[int, int] | None) -> str | None:
    if span is None or span[1] <= span[0]:
        return None
    return text[toks[span[0]].start:toks[span[1] - 1].end]


def _title_text(text: str, toks: list[Tok], role: RoleParse) -> str:
    department = _text(text, toks, role.department)
    if not department:
        return role.title.name
    head = department.split(" ", 1)[0]
    if head.islower() and head in officials_lexicon().department_heads:
        department = head.capitalize() + department[len(head):]
    return f"{role.title.name} {department}"


def lexicon_for_article(lexicon: Lexicon, text: str) -> Lexicon:
    """`lexicon` with each abbreviation two titles share read as the article's own words say
    (officials.toml `abbreviation_by_article`)."""
    chosen = {abbr: where_written if any(w in text for w in written) else title
              for abbr, title, where_written, written in lexicon.abbreviations_by_article if abbr in text}
    return replace(lexicon, title_abbreviations={**lexicon.title_abbreviations, **chosen}) if chosen else lexicon


def extract_officials(doc: "Doc", ctx: ArticleContext) -> tuple[list[Official], list[OfficialRole]]:
    """Every mention of a person with a title of office, and the roles of each mention."""
    text = doc.text  # spaCy rebuilds it on every access
    lexicon = lexicon_for_article(officials_lexicon(), text)
    article_pairs = defined_abbreviations(doc, text)
    officials: list[Official] = []
    roles_out: list[OfficialRole] = []
    seen: set[tuple[int, int]] = set()
    for sentence in doc.user_data["sentences"]:
        if not may_name_an_official(text[sentence.char_start:sentence.char_end]):
            continue
        toks = sentence_tokens(doc, sentence, text)
        for mention in SentenceParser(toks, lexicon).scan():
            start, end = toks[mention.name[0]].start, toks[mention.name[1] - 1].end
            if (start, end) in seen:
                continue
            # the part someone plays at an event (`Chủ tịch LĐLĐ huyện - Trưởng đoàn`, dev 1212) is
            # no office: it ends the organisation before it, and is left out
            mention = replace(mention, roles=[r for r in mention.roles if not (r.title.kind == "event" and r.org is None)])
            if not mention.roles:
                continue
            seen.add((start, end))
            name = text[start:end]
            person_id = person_id_for(name)
            mention_id = fact_id("off", ctx, start, end)
            officials.append(
                Official(
                    mention_id=mention_id,
                    person_id=person_id,
                    name=name,
                    honorific=mention.honorific or None,
                    role_text=", ".join(
                        _text(text, toks, span).rstrip(" ,:-–(") for span in mention.role_spans if span[1] > span[0]
                    ) or None,
                    **span_fields(doc, ctx, start, end),
                )
            )
            for idx, role in enumerate(mention.roles):
                org = _text(text, toks, role.org)
                roles_out.append(
                    OfficialRole(
                        mention_id=mention_id,
                        article_id=ctx.article_id,
                        person_id=person_id,
                        title=_title_text(text, toks, role),
                        organization=org,
                        organization_expanded=expand_organization(org, article_pairs) if org else None,
                        role_idx=idx,
                    )
                )
    return officials, roles_out


def roles_text(roles: list[OfficialRole]) -> str:
    """`title @ organization; title @ organization` in role order (the gold files' `titles` column)."""
    ordered = sorted(roles, key=lambda r: r.role_idx)
    return "; ".join(f"{r.title} @ {r.organization}" if r.organization else r.title for r in ordered)


def officials_for_eval(doc: "Doc", ctx: ArticleContext) -> list[dict[str, str]]:
    """One dict per mention with the columns of tests/gold/officials/*.tsv: name, honorific, titles."""
    officials, roles = extract_officials(doc, ctx)
    by_mention: dict[str, list[OfficialRole]] = {}
    for role in roles:
        by_mention.setdefault(role.mention_id, []).append(role)
    return [
        {
            "name": o.name,
            "honorific": o.honorific or "",
            "titles": roles_text(by_mention.get(o.mention_id, [])),
        }
        for o in officials
    ]
