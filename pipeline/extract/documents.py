"""Extracts the official documents an article cites: type, number, issue date, issuer, title.

`Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về “Đổi mới tổ chức …”` gives one
`Document`; so does the same reference with its parts in another order (`… của Bộ Chính trị
ngày 12/6/2021 về …`), with the issuer and date written before it (`ngày 28/4/2023, LĐLĐ thành
phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động “…”`), or reduced to type and
number (`Thông báo số 26/TB-BCĐ`); a count of documents issued together (`ngày 10/5/2023, Huyện uỷ Sóc Sơn
đã ban hành 3 quyết định …`) gives its day and issuer to the next that many of that type cited by
number.

What is a document (decided here, lexicon in `lexicons/documents.toml`): a type word with a
number, or a type word with a full day date and an issuer. Generic references without either
(`theo Chỉ thị, Nghị quyết, Chương trình, Kế hoạch của Trung ương`, `Nghị quyết Đại hội Công
đoàn các cấp`, `Luật Thủ đô 2024`, a plan dated only by its month) are not rows. A document
cited several times in an article is one row, its fields filled from every citation; its span
is the most complete citation, from the type word to the end of what was read after it.

Dates come from `pipeline.extract.dates.extract_dates` (never parsed here): the issue date is
a day-granularity `DateFact` written right after the number (`ngày 12/6/2021`) or leading the
clause whose subject issued the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.base import ArticleContext, fact_id, span_fields
from pipeline.extract.orgphrase import SPACED_DEFINITION, organization_at, subject_before
from pipeline.lexicon import load_lexicon
from pipeline.tokenise import sentence_at
from schemas.models import DateFact, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

OPENING_QUOTES = "“\"‘"
CLOSING_QUOTE = {"“": "”", '"': '"', "‘": "’"}
_WORD = r"(?<![\wĐđ])"
_END = r"(?![\wĐđ])"
_COMMA = re.compile(r",\s+")
_JOINED_TYPE = re.compile(r"(?:\s+và|,)\s+")  # what joins a second document to a first
# A count right before a document type: `đã ban hành 3 quyết định …` announces that many.
_COUNTED = re.compile(r"(?<![\d.,/])(\d{1,2})\s+$")


def article_dates(doc: "Doc", ctx: ArticleContext, dates: list[DateFact] | None) -> list[DateFact]:
    """The article's DateFacts: those given, else what the dates extractor finds."""
    if dates is not None:
        return dates
    from pipeline.extract.dates import extract_dates

    return extract_dates(doc, ctx)


def day_date_at(dates: list[DateFact], text: str, pos: int, lead: re.Pattern) -> DateFact | None:
    """A single-day date that starts at `pos` once `lead` (spaces, `ngày`) is skipped."""
    for fact in dates:
        if fact.kind == "date" and fact.granularity == "day" and fact.char_start >= pos:
            if lead.fullmatch(text, pos, fact.char_start):
                return fact
    return None


def quoted_end(text: str, start: int, stop: int | None = None) -> int | None:
    """End (after the closing mark) of the quotation opening at `start`, None if it is not closed."""
    opening = text[start] if start < len(text) else ""
    if opening not in CLOSING_QUOTE:
        return None
    close = text.find(CLOSING_QUOTE[opening], start + 1, len(text) if stop is None else stop)
    return None if close < 0 else close + 1


@dataclass(frozen=True)
class _Rules:
    type_re: re.Pattern
    canonical: dict[str, str]
    number_re: re.Pattern
    bare_number_re: re.Pattern
    short_number_re: re.Pattern
    issuer_re: re.Pattern
    title_re: re.Pattern
    date_lead: re.Pattern
    issued_by_re: re.Pattern
    agent_verb_re: re.Pattern
    loose_issuer_re: re.Pattern
    verb_before_re: re.Pattern
    title_stops: tuple[str, ...]
    adverbs_only_re: re.Pattern
    alias_re: re.Pattern  # a bracket that gives the document its short name
    passive_issue_re: re.Pattern  # `vừa được Chính phủ ban hành ngày …` after the reference
    named_types: frozenset[str]  # types known by a name before their number (`Luật Công đoàn số …`)
    named_number_re: re.Pattern
    short_list_re: re.Pattern  # a short number that opens a list (`Nghị quyết 57 và 68`)
    listed_short_re: re.Pattern  # `, 59` / `và 68` after a short number
    listed_number_re: re.Pattern  # `, 59-NQ/TW` / `và 68-NQ/TW` after a registry number
    clause_day_re: re.Pattern  # what may stand before a day that opens its clause (`Sáng`)


@cache
def _rules() -> _Rules:
    lexicon = load_lexicon("documents")
    canonical = {}
    for name, spellings in lexicon["types"].items():
        for spelling in [name, *spellings]:
            canonical[spelling.lower()] = name

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    type_re = re.compile(_WORD + "(" + alternation(list(canonical)) + ")" + _END, re.IGNORECASE)
    markers = alternation(lexicon["number_markers"])
    urgency = alternation(lexicon["urgency_words"])
    number_re = re.compile(r"(?:\s+(?:" + urgency + r"))?\s+(?:" + markers + r")\s*:?\s*(" + lexicon["number_pattern"] + ")"
                           + _END)
    bare_number_re = re.compile(r"\s+(" + lexicon["bare_number_pattern"] + ")" + _END)
    followers = alternation(lexicon["short_number_followers"])
    joiners = alternation(lexicon["list_joiners"])
    joiner = r"\s*(?:" + joiners + r")\s*(?<=\s|,)"
    # a short number ends the reference, or another number of a list follows it
    short_end = r"(?=(?:" + followers + r")(?!\d)|\s*$|" + joiner + r"\d)"
    not_a_year = r"(?!(?:19|20)\d\d" + _END + ")"
    short_number_re = re.compile(r"\s+" + not_a_year + "(" + lexicon["short_number_pattern"] + r")(?=(?:" + followers
                                 + r")(?!\d)|\s*$)")
    short_list_re = re.compile(r"\s+" + not_a_year + "(" + lexicon["short_number_pattern"] + r")(?=" + joiner + r"\d)")
    listed_short_re = re.compile(joiner + r"(?:(?:" + markers + r")\s+)?" + not_a_year + "("
                                 + lexicon["short_number_pattern"] + ")" + short_end)
    listed_number_re = re.compile(joiner + r"(?:(?:" + markers + r")\s+)?(" + lexicon["bare_number_pattern"] + ")" + _END)
    issuer_re = re.compile(r"[\s,]*(?:" + alternation(lexicon["issuer_markers"]) + r")\s+")
    title_re = re.compile(r"[\s,]*(?:" + alternation(lexicon["title_markers"]) + r")\s+")
    date_lead = re.compile(r"[\s,(]*(?:" + alternation(lexicon["date_markers"]) + r")?\s*", re.IGNORECASE)
    verbs = alternation(lexicon["issuing_verbs"])
    adverbs = alternation(lexicon["adverbs"])
    issued_by_re = re.compile(r"[\s,]*" + re.escape(lexicon["agent_marker"]) + r"\s+")
    agent_verb_re = re.compile(r"\s+(?:(?:" + adverbs + r")\s+)?(?:" + alternation(lexicon["agent_verbs"]) + ")" + _END)
    # An issuer that is no known organisation: a capitalised phrase up to the next attribute.
    attribute_words = alternation(lexicon["date_markers"] + lexicon["title_markers"] + lexicon["number_markers"]
                                  + lexicon["agent_verbs"] + lexicon["adverbs"])
    loose_issuer_re = re.compile(r"[^\W\d_][^,;:.()“”\"]*?(?=\s+(?:" + attribute_words + r")\s|[,;:.()“”\"]|$)")
    verb_before_re = re.compile(r"(?:^|\s)(" + verbs + r")\s+$", re.IGNORECASE)
    adverbs_only_re = re.compile(r"\s*(?:(?:" + adverbs + r")\s+)?")
    alias_re = re.compile(r"\s*\(\s*(?:" + alternation(lexicon["alias_openers"]) + r")\s[^()]*\)", re.IGNORECASE)
    passive = lexicon["passive_issue"]
    passive_issue_re = re.compile(r"[\s,]*(?:(?:" + adverbs + r")\s+)?(?:" + alternation(passive["markers"])
                                  + r")\s+(?P<agent>[^.;:!?()“”\"]{1,%d}?)\s(?:" % int(passive["max_agent_chars"])
                                  + alternation(passive["verbs"]) + r")(?:\s+vào)?(?=\s)")
    named = lexicon["named_types"]
    named_number_re = re.compile(r"\s+(?=[A-ZĐ])[^\d;:.()“”\"]{1,%d}?\s+(?:" % int(named["max_name_chars"]) + markers
                                 + r")\s*:?\s*(" + lexicon["number_pattern"] + ")" + _END)
    return _Rules(type_re, canonical, number_re, bare_number_re, short_number_re, issuer_re, title_re, date_lead,
                  issued_by_re, agent_verb_re, loose_issuer_re, verb_before_re, tuple(lexicon["title_stops"]),
                  adverbs_only_re, alias_re, passive_issue_re, frozenset(named["types"]), named_number_re,
                  short_list_re, listed_short_re, listed_number_re,
                  re.compile(r"(?:(?:" + alternation(lexicon["clause_day_leads"]) + r")\s*)?", re.IGNORECASE))


@dataclass
class _Citation:
    doc_type: str
    start: int
    end: int
    number: str | None = None
    issued_on: date | None = None
    issuer: str | None = None
    title: str | None = None
    dated_after: bool = False  # the date is written in the reference itself, after the type
    # the issuer is the subject of the issuing verb right before the type, and the date leads its clause
    issued_by_dated_clause: bool = False

    def completeness(self) -> int:
        return sum(getattr(self, f) is not None for f in ("number", "issued_on", "issuer", "title"))


def _new_clause_at(text: str, pos: int) -> bool:
    """A comma followed by a capitalised word: a new clause with its own subject begins."""
    comma = _COMMA.match(text, pos)
    return comma is not None and comma.end() < len(text) and text[comma.end()].isupper()


def _title_at(text: str, pos: int, sentence_end: int, rules: _Rules) -> tuple[str, int] | None:
    """The title that starts at `pos` (after `về`): a quotation, or the words up to a stop.

    A quotation inside an unquoted title is read whole (`phát động “Đợt thi đua …, …”`): a stop
    marker inside it does not end the title.
    """
    end = quoted_end(text, pos, sentence_end)
    if end is not None:
        return text[pos + 1:end - 1].strip(), end
    i = pos
    stop = sentence_end
    while i < sentence_end:
        if text[i] in OPENING_QUOTES:
            close = quoted_end(text, i, sentence_end)
            if close is not None:
                i = close
                continue
        if any(text.startswith(marker, i) for marker in rules.title_stops) or _new_clause_at(text, i):
            stop = i
            break
        i += 1
    title = text[pos:stop].rstrip(" .,;:…")
    if not title:
        return None
    return title, pos + len(title)


def _issuer_phrase(doc: "Doc", pos: int, limit: int, rules: _Rules) -> tuple[str, int] | None:
    """The issuer written at `pos` (after `của` or `do`): its name and where it ends."""
    phrase = organization_at(doc, pos, limit)
    if phrase is not None:
        return phrase.name, phrase.char_end
    # Not a known organisation head: a short capitalised phrase up to the next attribute.
    match = rules.loose_issuer_re.match(doc.text, pos, limit)
    if match is None or not match.group()[0].isupper() or len(match.group().split()) > 8:
        return None
    return match.group().strip(), match.end()


def _issuer_after(doc: "Doc", pos: int, sentence_end: int, rules: _Rules) -> tuple[str, int] | None:
    """`của Bộ Chính trị` or `do UBND Thành phố (đã) ban hành` at `pos`: the issuer and its end."""
    text = doc.text
    marker = rules.issuer_re.match(text, pos, sentence_end)
    if marker is not None:
        return _issuer_phrase(doc, marker.end(), sentence_end, rules)
    marker = rules.issued_by_re.match(text, pos, sentence_end)
    if marker is not None:
        phrase = _issuer_phrase(doc, marker.end(), sentence_end, rules)
        if phrase is not None:
            verb = rules.agent_verb_re.match(text, phrase[1], sentence_end)
            if verb is not None:
                return phrase[0], verb.end()
    return None


def _read_attributes(doc: "Doc", citation: _Citation, dates: list[DateFact], sentence_end: int, rules: _Rules) -> None:
    """Read `ngày …`, `của …`, `về …`, `do … ban hành` after the number, in any order."""
    text = doc.text
    pos = citation.end
    while pos < sentence_end:
        alias = rules.alias_re.match(text, pos, sentence_end)
        if alias is not None:
            pos = alias.end()
            continue
        if citation.issued_on is None:
            fact = day_date_at(dates, text, pos, rules.date_lead)
            if fact is not None and fact.char_end <= sentence_end:
                citation.issued_on = fact.start_date
                citation.dated_after = True
                pos = citation.end = fact.char_end + (1 if text.startswith(")", fact.char_end) else 0)
                continue
        if citation.issuer is None:
            issuer = _issuer_after(doc, pos, sentence_end, rules)
            if issuer is not None:
                citation.issuer, pos = issuer
                citation.end = pos
                continue
        if citation.title is None:
            marker = rules.title_re.match(text, pos, sentence_end)
            if marker is not None:
                title = _title_at(text, marker.end(), sentence_end, rules)
                if title is not None:
                    citation.title, pos = title
                    citation.end = pos
                    continue
        if citation.issued_on is None:
            # `Nghị định 103/2012/NĐ-CP vừa được Chính phủ ban hành ngày 4-12-2012`: who issued it
            # stands between `được` and the verb, the day after.
            passive = rules.passive_issue_re.match(text, pos, sentence_end)
            fact = day_date_at(dates, text, passive.end(), rules.date_lead) if passive is not None else None
            if fact is not None and fact.char_end <= sentence_end:
                citation.issued_on = fact.start_date
                citation.dated_after = True
                agent = _issuer_phrase(doc, passive.start("agent"), passive.end("agent"), rules) \
                    if citation.issuer is None else None
                if agent is not None and agent[1] == passive.end("agent"):
                    citation.issuer = agent[0]  # an organisation, not a person who signed
                pos = citation.end = fact.char_end
                continue
        break


def _read_subject(doc: "Doc", citation: _Citation, dates: list[DateFact], sentence_start: int, rules: _Rules) -> None:
    """`ngày 28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số …`: issuer and date written first."""
    text = doc.text
    verb = rules.verb_before_re.search(text, sentence_start, citation.start)
    if verb is None:
        return
    dated_here = citation.issued_on is None
    if citation.issued_on is None:
        # `từ ngày 6/12 đã ban hành Kế hoạch số 416`: a day written right before the issuing verb
        # (an adverb between them) is the day of issue, whoever the subject is.
        for fact in reversed(dates):
            if (fact.kind == "date" and fact.granularity == "day"
                    and sentence_start <= fact.char_start and fact.char_end <= verb.start(1)
                    and rules.adverbs_only_re.fullmatch(text, fact.char_end, verb.start(1))):
                citation.issued_on = fact.start_date
                break
    subject = subject_before(doc, sentence_start, verb.start(1))
    if subject is not None and citation.issuer is None:
        citation.issuer = subject.name
    if subject is not None and citation.issued_on is None:
        for fact in reversed(dates):
            if (fact.kind == "date" and fact.granularity == "day"
                    and sentence_start <= fact.char_start and fact.char_end <= subject.char_start
                    and re.fullmatch(r"[\s,]*", text[fact.char_end:subject.char_start])):
                citation.issued_on = fact.start_date
                break
    if citation.issued_on is None:
        citation.issued_on = _date_leading_clause(text, dates, sentence_start, verb.start(1))
    # `Ngày 1/4, Phó Chủ tịch UBND TP Hà Nội Vũ Thu Hà đã ký ban hành Kế hoạch thực hiện …` (dev 696):
    # a day and an issuer written with the type, as a date after it would be, when the day opens its
    # clause (`Ngày 8/6, …`, `Sáng 5/3, …`) rather than dating something else in it (`Hội đồng … họp
    # ngày 14/12/2022, Đoàn Chủ tịch … đã có quyết định …`, `trong các ngày 25 và 28/6, …`).
    citation.issued_by_dated_clause = (
        dated_here and citation.issued_on is not None and subject is not None
        and any(f.start_date == citation.issued_on and f.char_end <= subject.char_start
                and rules.clause_day_re.fullmatch(_clause_before(text, sentence_start, f.char_start)) for f in dates))


def _clause_before(text: str, sentence_start: int, pos: int) -> str:
    """The words of pos's clause before it: from the last comma, semicolon or colon (or the sentence's start)."""
    before = text[sentence_start:pos]
    return before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:].strip()


def _date_leading_clause(text: str, dates: list[DateFact], sentence_start: int, verb_start: int) -> date | None:
    """The day that leads the clause of the issuing verb (`Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh
    khóa XIII đã ban hành Nghị quyết số 10-NQ/TU`, `Ngày 16/11, Chủ tịch UBND TP … đã ký, ban hành
    Công điện số 23/CĐ-UBND`): a day date followed by a comma, the last date before the verb, with no
    clause break (`;`) between them. None when there is none."""
    before = [f for f in dates if sentence_start <= f.char_start and f.char_end <= verb_start]
    if not before:
        return None
    fact = before[-1]
    if fact.kind != "date" or fact.granularity != "day" or not text.startswith(",", fact.char_end) \
            or ";" in text[fact.char_end:verb_start]:
        return None
    return fact.start_date


def _citations(doc: "Doc", dates: list[DateFact]) -> list[_Citation]:
    rules = _rules()
    text = doc.text
    found: list[_Citation] = []
    announced: list[tuple[_Citation, int]] = []  # `3 quyết định` issued together, and how many
    aliases = [a.span() for a in rules.alias_re.finditer(text)]
    for match in rules.type_re.finditer(text):
        sentence = sentence_at(doc, match.start())
        if sentence is None or any(start < match.start() < end for start, end in aliases):
            continue
        doc_type = rules.canonical[match.group(1).lower()]
        citation = _Citation(doc_type, match.start(), match.end())
        # `Nghị quyết (NQ) 28`: an abbreviation defined between the type and its number
        defined = SPACED_DEFINITION.match(text, match.end())
        after_type = defined.end() if defined else match.end()
        number = rules.number_re.match(text, after_type) or rules.bare_number_re.match(text, after_type)
        if number is None and doc_type in rules.named_types and match.group(1)[0].isupper():
            number = rules.named_number_re.match(text, match.end(), sentence.char_end)
            if number is not None and any(rules.type_re.match(text, joined.end())
                                          for joined in _JOINED_TYPE.finditer(text, match.end(), number.start(1))):
                # `Luật Tổ chức chính quyền địa phương và hướng dẫn số 883/HD-UBTVQH14` (dev 627): the
                # number is the next document's, the law is named without one
                number = None
        if number is None and match.group(1)[0].isupper():
            number = (rules.short_number_re.match(text, after_type, sentence.char_end)
                      # `Nghị quyết 57 và 68`: no follower after the first, but a list (read below)
                      or rules.short_list_re.match(text, after_type, sentence.char_end))
        listed: list[_Citation] = []
        if number is not None and number.end() <= sentence.char_end:
            listed = _listed_after(doc_type, number.group(1), number.end(), text, sentence.char_end, rules)
            if number.re is rules.short_list_re and not listed:
                number = None  # `Nghị quyết 68 và 2 năm`: a count, no list
        if number is not None and number.end() <= sentence.char_end:
            citation.number = number.group(1)
            citation.end = number.end()
        if listed:
            # `Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị`: what is written after the list is
            # read after its last number; its issuer, or the subject's, is every one's.
            _read_attributes(doc, listed[-1], dates, sentence.char_end, rules)
            _read_subject(doc, citation, dates, sentence.char_start, rules)
            for member in listed:
                member.issuer = member.issuer or citation.issuer or listed[-1].issuer
            citation.issuer = citation.issuer or listed[-1].issuer
            found.extend([citation, *listed])
            continue
        _read_attributes(doc, citation, dates, sentence.char_end, rules)
        _read_subject(doc, citation, dates, sentence.char_start, rules)
        # Without a number, only a reference carrying its own day date and an issuer is a document.
        if citation.number is None and not (citation.issuer and (citation.dated_after or citation.issued_by_dated_clause)):
            counted = _COUNTED.search(text, sentence.char_start, match.start())
            if counted is not None:
                batch = _Citation(doc_type, counted.start(), citation.end)  # `đã ban hành 3 quyết định`
                _read_subject(doc, batch, dates, sentence.char_start, rules)
                if batch.issued_on or batch.issuer:
                    announced.append((batch, int(counted.group(1))))
            continue
        found.append(citation)
    # `Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị … (Chỉ thị 05)`: a short number that
    # opens a full one cited in the article, of the same type, is that document's short name; the
    # short name may come first (`Nghị quyết 02 của Bộ Chính trị …; … Nghị quyết số 02-NQ/TW`,
    # dev 724).
    for citation in found:
        if citation.number is not None and citation.number.isdigit():
            full = next((c for c in found if c.doc_type == citation.doc_type
                         and c.number and not c.number.isdigit()
                         and re.match(re.escape(citation.number) + r"\s*[/-]", c.number)), None)
            if full is not None:
                citation.number = full.number
    # `ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng. Quyết định số 2433-QĐ/HU
    # …`: the next documents of that type cited by number, as many as were counted, were issued then,
    # by that issuer, unless they say otherwise.
    for batch, count in announced:
        following = [c for c in found if c.doc_type == batch.doc_type and c.start > batch.end][:count]
        for citation in following:
            citation.issued_on = citation.issued_on or batch.issued_on
            citation.issuer = citation.issuer or batch.issuer
    return found


def _listed_after(doc_type: str, number: str, pos: int, text: str, sentence_end: int, rules: _Rules) -> list[_Citation]:
    """More numbers of a cited number's shape listed right after it, which ends at pos (`Nghị quyết
    57, 59 và 68`, `các Nghị quyết số 57-NQ/TW, 59-NQ/TW và 68-NQ/TW`): documents of its type, each
    spanning its number."""
    item_re = rules.listed_short_re if number.isdigit() else rules.listed_number_re
    listed: list[_Citation] = []
    while (item := item_re.match(text, pos, sentence_end)) is not None:
        listed.append(_Citation(doc_type, item.start(1), item.end(1), number=item.group(1)))
        pos = item.end()
    return listed


def _identity(citation: _Citation) -> tuple:
    if citation.number is not None:
        return ("number", citation.doc_type, _symbol_key(citation.number))
    return ("dated", citation.doc_type, citation.issued_on, citation.issuer)


@cache
def _symbol_spellings() -> tuple[tuple[str, str], ...]:
    return tuple(load_lexicon("documents")["symbol_spellings"].items())


def _symbol_key(number: str) -> str:
    """A document number as compared: upper case, each symbol in one spelling (`TƯ` -> `TW`)."""
    key = number.upper()
    for written, spelling in _symbol_spellings():
        key = re.sub(rf"(?<![\wĐđ]){re.escape(written.upper())}(?![\wĐđ])", spelling, key)
    return key


def extract_documents(doc: "Doc", ctx: ArticleContext, dates: list[DateFact] | None = None) -> list[Document]:
    """Every document the article cites (one row per document, however often it is cited)."""
    dates = sorted(article_dates(doc, ctx, dates), key=lambda d: d.char_start)
    merged: dict[tuple, list[_Citation]] = {}
    for citation in _citations(doc, dates):
        merged.setdefault(_identity(citation), []).append(citation)
    rows = []
    for citations in merged.values():
        best = max(citations, key=lambda c: (c.completeness(), -c.start))

        def first(attr: str):
            return getattr(best, attr) or next((getattr(c, attr) for c in citations if getattr(c, attr)), None)

        rows.append(
            Document(
                document_id=fact_id("doc", ctx, best.start, best.end, best.number or ""),
                **span_fields(doc, ctx, best.start, best.end),
                doc_type=best.doc_type,
                number=best.number,
                issued_on=first("issued_on"),
                issuer=first("issuer"),
                title=first("title"),
            )
        )
    return sorted(rows, key=lambda r: r.char_start)
