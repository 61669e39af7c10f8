"""Extracts emulation campaigns: name, phase, theme, period, organiser, launching document, mentions.

A campaign is found from its mentions (rules and words in `lexicons/campaigns.toml`):
  * quoted names after a head (`Chương trình “1 triệu sáng kiến …”`, `các phong trào thi đua
    “A”, “B”`), descriptive names (`đợt thi đua cao điểm chào mừng Đại hội …`, `phong trào thi
    đua năm 2024`), names by the action a drive drives (`đợt cao điểm tuyên truyền, vận động phát
    triển đoàn viên, …`, to the end of its clause), a head named with its quotation and year
    (`Tháng cao điểm “Vì người nghèo” năm 2023`), a drive launched or carried out named by its clause
    (`phát động chiến dịch mùa hè Thanh niên tình nguyện năm 2015`) and fixed names (`Tháng Công nhân`);
  * bare heads (`đợt thi đua cao điểm đã …`, `đợt thi đua này`), which refer back to the
    article's descriptive campaign of the same family.
Mentions of one campaign are grouped (same name; one name a prefix of the other; quoted names
with the same main title before ` - `; descriptive names agreeing on their first words), so
a campaign mentioned ten times is one row whose `CampaignMention` rows hold the ten spans.

Phases (`Đợt 1 từ 1/1/2024 đến 31/7/2024, với chủ đề: “…”`, `Đợt III`, `Đợt thứ 2`) belong to the nearest
campaign mentioned before them; a phased campaign is stored as one row per phase (plus a row
with NULL phase when the article also gives the whole campaign's period), and every mention of
the campaign is a mention of each of its rows.

Periods come from the dates extractor (`extract_dates`), never parsed here: a phase takes the
range written right after its marker; an unphased campaign takes a range of its own sentence
(`Sau 150 ngày phát động (từ ngày 1/5 đến 30/9/2023), đợt thi đua cao điểm …`: the bare mention
carries the period to the campaign named elsewhere in the article) or, in a sentence
that opens with a plan's time label (`Thời gian thực hiện từ ngày 1/6 đến ngày 30/6.`), the period of
the article's one campaign. A campaign named but never
dated keeps NULL dates; a year in the name (`năm 2024`) is not a period. `duration_days` counts
both ends (1/5–30/9/2023 is 153 days). A length the article states in the same sentence (`Sau
150 ngày`) is kept in `stated_duration_days`; `duration_mismatch` is TRUE when the two differ
by more than the tolerance of the lexicon (7 days).

The organiser is the issuer of the document whose title launches the campaign (`LĐLĐ … đã ban
hành kế hoạch số 80/KH-LĐLĐ về việc phát động “…”`, which also gives `document_id`), else the
agent of `do ORG phát động`, the subject of `ORG (đã) phát động`, and last `do ORG tổ chức`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.base import ArticleContext, fact_id, span_fields
from pipeline.extract.dates import can_chi_pattern
from pipeline.extract.documents import (
    CLOSING_QUOTE,
    article_dates,
    extract_documents,
    quoted_end,
)
from pipeline.extract.orgphrase import INLINE_DEFINITION, OrgPhrase, organization_at, subject_before, without_definitions
from pipeline.lexicon import load_lexicon
from pipeline.textnorm import fold_key
from pipeline.tokenise import SentenceInfo, article_words, sentence_at
from schemas.models import Campaign, CampaignMention, DateFact, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = r"(?<![\wĐđ])"
_END = r"(?![\wĐđ])"
# `do` and its agent after a name (`… do LĐLĐ tỉnh phát động`)
_LAUNCHER = r"\s+do\s+"
_ROMAN = {"I": 1, "V": 5, "X": 10}
# Between a head and its quotation: a colon, and the head's abbreviation defined in brackets
# (`Phong trào thi đua (PTTĐ) “…”`, dev 772).
_HEAD_GAP = re.compile(r"\s*:?\s*(?:" + INLINE_DEFINITION + r"\s*)?")
_PUNCT = re.compile(r"[“”\"‘’'(),.:;!?…\-–&]+")
_FULL_STOP_AT_END = re.compile(r"(?<!\.)\.\s*$")
_SPACES = re.compile(r"\s+")
_ONE = fold_key("một")
# The punctuation that ends a clause (a full stop only at a word's end: not `TP.HCM`).
_CLAUSE_PUNCT = re.compile(r"\s*(?:[;:!?()\n]|\.(?![\wĐđ]))")
_YEAR = re.compile(r"(?<![\wĐđ/.-])(?:19|20)\d{2}(?![\wĐđ/.-])")
# `năm 2023` written after a name's words (`phong trào thi đua năm 2024`)
_NAMED_YEAR = re.compile(r"\s+năm\s+(?:19|20)\d{2}" + _END)
# ... or its term (`phát động phong trào thi đua yêu nước giai đoạn 2016 – 2020`, dev 1169)
_NAMED_TERM = re.compile(r"\s+giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}" + _END)
# A year then a comma, or then a lower-case word (`… hè 2023 và tổng kết Tháng Thanh niên`; `Chiến
# dịch Xuân tình nguyện 2024 chính thức khởi động sáng 7-1`, dev 830).
_YEAR_THEN_COMMA = re.compile(_YEAR.pattern + r"(?:\s*,|\s+(?=[^\W\d_A-ZĐ]))")
_PLAIN_WORD = re.compile(r"[^\s,;:.!?()“”\"‘’…]+")


# ------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class _Head:
    family: str
    descriptive: bool
    bare: bool
    bridge_words: int
    dated_alone: bool
    quoted_whole: bool = False  # a quotation that opens with the head is the campaign's name
    scoped: bool = False  # may be named by whom it is among (`phong trào thi đua trong CNVCLĐ`)
    bridge_in_name: bool = True  # the words between the head and its quotation belong to the name
    bare_follower_re: re.Pattern | None = None  # a bare head then one of these refers back (`Tháng hành động sẽ …`)
    action_named: bool = False  # may be named by the action it drives (`đợt cao điểm tuyên truyền, …`)
    named_with_head: bool = False  # a quotation after it is named with the head (`Tháng cao điểm “…” năm 2023`)
    loosely_named: bool = False  # launched, named by the words after it to its clause's end (`chiến dịch …`)
    year_closed: bool = False  # named by the words after it that its year closes (`… vững mạnh năm 2023.`)
    written_again_with_year: bool = False  # its quoted name, written again unquoted with a year, takes it
    quoted_titled: bool = False  # a quotation it opens with a capitalised name names it, with the year after


@dataclass(frozen=True)
class _Rules:
    head_re: re.Pattern
    heads: dict[str, _Head]
    named_re: re.Pattern
    named: dict[str, str]  # folded alias -> canonical name
    named_after_head: frozenset[str]  # canonical names read unquoted only right after a head
    named_with_head: frozenset[str]  # ... and named with that head (`Chiến dịch Mùa hè xanh`)
    named_in_lists: frozenset[str]  # ... or in a list of such movements (`như Lao động giỏi, …`)
    named_unless_described: frozenset[str]  # read only where its head's own rules name nothing
    named_needing_year: frozenset[str]  # read only with its year written after it
    named_any_case: frozenset[str]  # read after a head in lower case too (`chương trình chợ Tết Công đoàn`)
    named_quoted_with_year: frozenset[str]  # after_head, read quoted alone with its year (`“Chợ Tết … năm 2026”`)
    head_before_re: re.Pattern  # a head (and `thi đua`) ending right before a name
    named_year_re: re.Pattern  # the year written after a fixed name, with its scope and abbreviation
    plural_re: re.Pattern
    purpose_re: re.Pattern
    scope_re: re.Pattern
    name_word_re: re.Pattern
    joiner_re: re.Pattern
    comma_continues_re: re.Pattern
    after_year_stops: frozenset[str]
    max_name_words: int
    launcher_re: re.Pattern
    list_opener_re: re.Pattern
    list_intro_re: re.Pattern
    loose_name_stop_re: re.Pattern
    this_year_re: re.Pattern
    launch_verb_re: re.Pattern
    host_verb_re: re.Pattern
    verb_before_re: re.Pattern
    subjectless_re: re.Pattern
    theme_re: re.Pattern
    theme_lead_re: re.Pattern
    phase_re: re.Pattern
    phase_ordinals: dict[str, int]
    phase_range_gap: int
    duration_re: re.Pattern
    phase_parent_max_paragraphs: int
    duration_units: dict[str, int]
    max_period_days: int
    range_mark_re: re.Pattern
    to_now_re: re.Pattern  # a range that ends `đến nay`: how long something has gone on, no period
    bridge_stop_re: re.Pattern
    bridge_verb_re: re.Pattern
    dated_alone: frozenset[str]
    mismatch_tolerance: int
    shared_leading_words: int
    main_title_min_words: int
    main_title_separators: tuple[str, ...]
    agent_re: re.Pattern
    launch_only_agents: frozenset[str]
    plan_title_verb_re: re.Pattern
    ceremony_lead_re: re.Pattern
    subject_joiner_re: re.Pattern
    partner_re: re.Pattern
    list_start_re: re.Pattern
    quoted_name_joiner_re: re.Pattern
    quoted_ceremony_re: re.Pattern
    list_gap_re: re.Pattern
    quote_first_re: re.Pattern
    quote_first_launched: frozenset[str]
    quoted_phase_re: re.Pattern
    phase_before_re: re.Pattern  # `giai đoạn 2 của` right before a head and its quotation
    drive_action_re: re.Pattern
    clause_end_re: re.Pattern
    loose_lead_re: re.Pattern
    listed_fixed_re: re.Pattern
    period_label_re: re.Pattern
    back_reference_re: re.Pattern
    site_subject_re: re.Pattern  # what a back reference dates instead of the campaign: a site, a season
    opening_time_verb_re: re.Pattern
    part_lead_re: re.Pattern
    occasion_lead_re: re.Pattern
    venue_lead_re: re.Pattern
    agent_named_tail_re: re.Pattern  # a fixed name's own words before `do ORG phát động`
    month_period_lead_re: re.Pattern
    demonstrative_re: re.Pattern
    quoted_tail_re: re.Pattern
    year_closer_re: re.Pattern  # what may follow the year that closes a `year_closed` name
    year_closed_max_words: int
    movement_gap_re: re.Pattern  # what may stand between two movements listed one after the other
    movement_list_re: re.Pattern  # a head, what describes its list, and a list opener, ending here


def _alternation(words: list[str], escape: bool = True) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) if escape else w for w in ordered)


@cache
def _rules() -> _Rules:
    lexicon = load_lexicon("campaigns")
    date_pairs = load_lexicon("dates")["day_month"]  # the words joining listed days or months
    heads = {}
    for entry in lexicon["heads"]:
        for word in entry["words"]:
            heads[word.lower()] = _Head(entry["family"], entry.get("descriptive", False),
                                        entry.get("bare", False), entry.get("bridge_words", 0),
                                        entry.get("dated_alone", False), entry.get("quoted_whole", False),
                                        entry.get("scoped", False), entry.get("bridge_in_name", True),
                                        re.compile(r"\s+(?:" + _alternation(entry["bare_followers"]) + ")" + _END)
                                        if entry.get("bare_followers") else None,
                                        entry.get("action_named", False), entry.get("named_with_head", False),
                                        entry.get("loosely_named", False), entry.get("year_closed", False),
                                        entry.get("written_again_with_year", False), entry.get("quoted_titled", False))
    named = {}
    for entry in lexicon["named"]:
        for spelling in [entry["name"], *entry["aliases"]]:
            named[fold_key(_PUNCT.sub(" ", spelling))] = entry["name"]
    def named_with(flag: str) -> frozenset[str]:
        """The fixed names whose [[named]] entry sets `flag`."""
        return frozenset(entry["name"] for entry in lexicon["named"] if entry.get(flag))

    named_after_head = named_with("after_head")
    named_with_head = named_with("head_in_name")
    named_in_lists = named_with("in_lists")
    named_unless_described = named_with("unless_described")
    named_needing_year = named_with("needs_year")
    named_any_case = named_with("any_case")
    named_quoted_with_year = named_with("quoted_with_year")
    named_spellings = [entry["name"] for entry in lexicon["named"]] + [a for e in lexicon["named"] for a in e["aliases"]]
    # Commas and dashes between the words are the writer's (`Dạy tốt - Học tốt`, `Dạy tốt, học tốt`).
    named_re = re.compile(
        _WORD + "(" + "|".join(r"[\s,\-–]+".join(re.escape(w) for w in _PUNCT.sub(" ", s).split())
                               for s in sorted(named_spellings, key=len, reverse=True)) + ")" + _END,
        re.IGNORECASE,
    )
    lunar_year = (r"(?:(?:" + _alternation(load_lexicon("dates")["lunar"]["spring_words"]) + r")[^\S\n]+)?(?-i:"
                  + can_chi_pattern() + r")(?:[^\S\n]+(?:năm[^\S\n]+)?(?:19|20)\d{2})?")
    launch = lexicon["launch_verbs"]
    host = lexicon["host_verbs"]
    units = lexicon["duration_units"]
    return _Rules(
        head_re=re.compile(_WORD + "(" + _alternation(list(heads)) + ")" + _END, re.IGNORECASE),
        heads=heads,
        named_re=named_re,
        named=named,
        named_after_head=named_after_head,
        named_with_head=named_with_head,
        named_in_lists=named_in_lists,
        named_unless_described=named_unless_described,
        named_needing_year=named_needing_year,
        named_any_case=named_any_case,
        named_quoted_with_year=named_quoted_with_year,
        head_before_re=re.compile(_WORD + "(?:" + _alternation(list(heads)) + r")(?:\s+thi đua)?\s+$", re.IGNORECASE),
        # `Tháng Công nhân 2023`, `Tháng hành động về … (ATVSLĐ) năm 2025`, `Tháng Công nhân cấp
        # tỉnh năm 2024`: the year (with the scope before it) is part of the name.
        # Never over a line break: the next paragraph's `Năm 2022, …` is no part of the name.
        # The scope may follow the year instead (`Tháng Nhân đạo năm 2025 cấp quốc gia`, dev 684).
        # A lunar year's name is its year too (`chương trình Tết sum vầy Đinh Dậu`, dev 786; `Tết trồng
        # cây Xuân Giáp Thìn`, dev 391), written capitalised.
        # So is the edition written before that year (`Tháng hành động về An toàn, vệ sinh lao động lần
        # thứ II - năm 2018`, dev 312).
        named_year_re=re.compile(r"(?:[^\S\n]*\([A-ZĐ&]{2,12}\))?(?P<year>(?:[^\S\n]+(?:"
                                 + _alternation(lexicon["named_scopes"]) + r"))?(?:[^\S\n]+(?:"
                                 + _alternation(lexicon["named_editions"]) + r")[^\S\n]+(?:\d{1,2}|[IVXL]{1,6}|"
                                 + _alternation(list(lexicon["phase_ordinal_words"])) + r")" + _END
                                 + r"[^\S\n]*[,\-–]?)?[^\S\n]+(?:(?:năm[^\S\n]+)?(?:19|20)\d{2}|"
                                 + lunar_year + r")"
                                 + r"(?:[^\S\n]+(?:" + _alternation(lexicon["named_scopes"]) + r")(?=[^\w]|$))?)"
                                 + _END, re.IGNORECASE),
        plural_re=re.compile(_WORD + "(?:" + _alternation(lexicon["plural_words"]) + r")\s+$", re.IGNORECASE),
        # `đợt thi đua cao điểm 100 ngày hướng tới kỷ niệm …` (dev 1107): the drive's length may come first
        purpose_re=re.compile(r"(?:\s+\d{1,3}\s+(?:" + _alternation(list(units)) + r")(?:\s+đêm)?)?\s+(?:"
                              + _alternation(lexicon["purpose_words"]) + ")" + _END, re.IGNORECASE),
        # The workforce in any case: a headline capitalises it (`trong Công nhân, Viên chức, Lao động`).
        scope_re=re.compile(r"\s+(?:" + _alternation(lexicon["scope_words"]) + r")\s+(?i:"
                            + r"|".join(r"[\s,]+".join(re.escape(w) for w in x.replace(",", " ").split())
                                        for x in sorted(lexicon["workforces"], key=len, reverse=True))
                            + r")" + _END + r"(?:\s*" + INLINE_DEFINITION + ")?"),
        name_word_re=re.compile(r"\s+(?:" + _alternation(lexicon["name_words"]) + ")" + _END),
        joiner_re=re.compile(r"\s+(?:" + _alternation(lexicon["joiners"], escape=False) + r")(?=\s|$)"),
        after_year_stops=frozenset(lexicon["after_year_stops"]),
        comma_continues_re=re.compile(r",\s+(?=(?:" + _alternation(lexicon["comma_continues"]) + ")" + _END + ")"),
        max_name_words=int(lexicon["max_name_words"]),
        launcher_re=re.compile(_LAUNCHER),
        loose_name_stop_re=re.compile(r"\s+(?:" + _alternation(lexicon["loose_name_stops"]) + ")" + _END),
        # The dates lexicon's words for the year of writing (`năm nay`).
        this_year_re=re.compile(r"\s+(?:" + _alternation([w for w, offset in load_lexicon("dates")["relative"]["years"].items()
                                                           if offset == 0]) + ")" + _END),
        list_intro_re=re.compile(_WORD + "(?:" + _alternation(lexicon["list_openers"]) + r")\s*:?(?=\s)"),
        list_opener_re=re.compile(r"\s*((?:[^\s,.;:!?“”\"]+,?\s+){0,%d}?)(?:%s)\s*:?\s*(?=[“\"])"
                                  % (int(lexicon["list_lead_words"]), _alternation(lexicon["list_openers"])),
                                  re.IGNORECASE),
        launch_verb_re=re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:" + _alternation(launch) + ")" + _END),
        host_verb_re=re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:" + _alternation(host) + ")" + _END),
        verb_before_re=re.compile(_WORD + "(" + _alternation(launch) + r")\s+[“\"‘]?$", re.IGNORECASE),
        subjectless_re=re.compile(r"\s*(?:" + _alternation(lexicon["subjectless_openers"]) + r")\s*,?\s*$", re.IGNORECASE),
        theme_re=re.compile(r"(?:" + _alternation(lexicon["theme_words"]) + r")\s*:?\s*(?=[“\"‘])", re.IGNORECASE),
        theme_lead_re=re.compile(r"\s*,?\s*(?:do\s+[^,;:.“”\"]{1,80}?\s+(?:" + _alternation(lexicon["agent_clause_verbs"])
                                 + r")\s*,?\s*)?"),
        phase_re=re.compile(lexicon["phase_pattern"].replace("{ordinal_words}", _alternation(list(lexicon["phase_ordinal_words"])))),
        phase_ordinals={k: int(v) for k, v in lexicon["phase_ordinal_words"].items()},
        quoted_phase_re=re.compile(r"\s+(?:" + _alternation(lexicon["quoted_phase_words"]) + r")\s+(\d{1,2}|[IVX]{1,5})"
                                   r"(?![\wĐđ/.,]\d|[\wĐđ])"),
        phase_before_re=re.compile(_WORD + r"(?:" + _alternation(lexicon["quoted_phase_words"])
                                   + r")\s+(\d{1,2}|[IVX]{1,5})\s+(?:" + _alternation(lexicon["phase_of_words"])
                                   + r")\s+$", re.IGNORECASE),
        phase_range_gap=int(lexicon["phase_range_gap"]),
        duration_re=re.compile(_WORD + "(?:" + _alternation(lexicon["duration_leads"]) + r")\s+(\d+)\s+("
                               + _alternation(list(units)) + ")" + _END, re.IGNORECASE),
        phase_parent_max_paragraphs=int(lexicon["phase_parent_max_paragraphs"]),
        duration_units={k: int(v) for k, v in units.items()},
        max_period_days=int(lexicon["periods"]["max_days"]),
        # a word between the ends (`đến`), a dash between two numbers (`1/5 - 30/9`): not the dash of
        # `Xuân Giáp Thìn – 2024` (dev 925), a season named with its year
        range_mark_re=re.compile(r"\s(?:" + _alternation([m for m in lexicon["periods"]["range_marks"] if m.isalpha()])
                                 + r")\s|\d\s*(?:" + _alternation([m for m in lexicon["periods"]["range_marks"] if not m.isalpha()])
                                 + r")\s*\d|\d\s*(?:"
                                 + _alternation([*date_pairs["pair"], *date_pairs["pair_marks"]]) + r")\s*\d"),
        # the dates lexicon's words for the reference day (`nay`), ending a range's surface
        to_now_re=re.compile(r"\s(?:" + _alternation(load_lexicon("dates")["relative"]["year_to_date"]["now_words"])
                             + r")$", re.IGNORECASE),
        bridge_stop_re=re.compile(_WORD + "(?:" + _alternation(lexicon["bridge_stops"]) + ")" + _END, re.IGNORECASE),
        bridge_verb_re=re.compile("(?:" + _alternation(lexicon["bridge_verbs"]) + ")" + _END, re.IGNORECASE),
        dated_alone=frozenset(e["family"] for e in lexicon["heads"] if e.get("dated_alone")),
        mismatch_tolerance=int(lexicon["periods"]["mismatch_tolerance_days"]),
        shared_leading_words=int(lexicon["grouping"]["shared_leading_words"]),
        main_title_min_words=int(lexicon["grouping"]["main_title_min_words"]),
        main_title_separators=tuple(lexicon["grouping"]["main_title_separators"]),
        # `… (Chương trình “1 triệu sáng kiến”) do Tổng LĐLĐ Việt Nam phát động`: a parenthesis may
        # come first; `Tháng Công nhân 2025, với chủ đề “…”, được Tổng LĐLĐ … phát động`: a theme.
        agent_re=re.compile(r"\s*(?:\([^()]*\))?\s*(?:,?\s*(?:" + _alternation(lexicon["theme_words"])
                            + r")\s*:?\s*[“\"][^“”\"]*[”\"]\s*)?,?\s*(?:" + _alternation(lexicon["agent_markers"])
                            + r")\s+"),
        launch_only_agents=frozenset(lexicon["launch_only_agent_markers"]),
        plan_title_verb_re=re.compile(r"\s*(?:" + _alternation(lexicon["plan_title_verbs"]) + r")\s+[“\"‘']?",
                                      re.IGNORECASE),
        ceremony_lead_re=re.compile(r"(?:" + _alternation(lexicon["ceremony_leads"], escape=False) + r")\s+$"),
        subject_joiner_re=re.compile(r"\s+(?:" + _alternation(lexicon["subject_joiners"]) + r")\s+$"),
        partner_re=re.compile(r"\s+(?:" + _alternation(lexicon["partner_markers"]) + r")\s+$"),
        drive_action_re=re.compile(r"\s+(?:" + _alternation(lexicon["drive_actions"]) + ")" + _END),
        clause_end_re=re.compile(_CLAUSE_PUNCT.pattern + r"|\s+(?:" + _alternation(lexicon["clause_ends"]) + ")" + _END),
        month_period_lead_re=re.compile(_WORD + "(?:" + _alternation(lexicon["periods"]["month_leads"]) + r")\s+$",
                                        re.IGNORECASE),
        part_lead_re=re.compile(_WORD + "(?:" + _alternation(lexicon["periods"]["part_leads"]) + r")\s+(?:(?:"
                                + _alternation(lexicon["periods"]["part_lead_verbs"]) + r")\s+)?$", re.IGNORECASE),
        occasion_lead_re=re.compile(r"\s*(?:" + _alternation(lexicon["periods"]["occasion_leads"]) + r")\s+$"),
        venue_lead_re=re.compile(_WORD + "(?:" + _alternation(lexicon["periods"]["venue_leads"]) + r")\s+$"),
        agent_named_tail_re=re.compile(r"(?:\s+[–-])?(?:\s+[^\s,.;:!?()“”\"]+){0,%d}?(?=%s)"
                                       % (int(lexicon["agent_named_tail_words"]), _LAUNCHER)),
        opening_time_verb_re=re.compile(r"\W*(?:" + _alternation(lexicon["periods"]["opening_time_verbs"]) + ")" + _END),
        site_subject_re=re.compile(r"[\s,]*(?:" + _alternation(lexicon["periods"]["site_subjects"]
                                                            + lexicon["periods"]["season_subjects"]) + ")" + _END,
                                   re.IGNORECASE),
        back_reference_re=re.compile(_WORD + "(?:" + _alternation(lexicon["periods"]["back_references"]) + ")" + _END,
                                     re.IGNORECASE),
        period_label_re=re.compile(r"(?:^|[.…;!?]\s+)(?:(?:" + _alternation(lexicon["periods"]["labels"])
                                   + r")(?:\s+(?P<head>" + _alternation(list(heads)) + r")(?:\s+(?:"
                                   + _alternation(lexicon["demonstratives"]) + r"))?)?\s*:?\s*(?:là\s+)?"
                                   + r"|(?P<subject>" + _alternation(list(heads)) + r")(?:\s+(?:"
                                   + _alternation(lexicon["demonstratives"]) + r"))?\s+(?:"
                                   + _alternation(lexicon["periods"]["head_time_verbs"]) + r")\s+)$",
                                   re.IGNORECASE),
        loose_lead_re=re.compile(_WORD + "(?:" + _alternation(lexicon["loose_name_leads"]) + r")\s+$", re.IGNORECASE),
        demonstrative_re=re.compile(_WORD + "(?:" + _alternation(lexicon["demonstratives"]) + ")" + _END),
        quoted_tail_re=re.compile(r"(?:\s+(?:" + _alternation(lexicon["quoted_tail_joiners"]) + r")(?:\s+[^\s,.;:!?“”\"()]+){1,%d}?)?"
                                  r"\s+năm\s+(?:19|20)\d{2}" % int(lexicon["quoted_tail_words"]) + _END),
        year_closer_re=re.compile(r"\s*(?:$|[.,;:!?)…\n]|(?:" + _alternation(lexicon["year_closed"]["followers"]) + ")" + _END + ")"),
        year_closed_max_words=int(lexicon["year_closed"]["max_words"]),
        movement_gap_re=re.compile(r"\s*(?:" + _alternation(lexicon["movement_list"]["separators"]) + r")\s*(?:(?:"
                                   + _alternation(lexicon["list_joiners"]) + r")\s+)?|\s+(?:"
                                   + _alternation(lexicon["list_joiners"]) + r")\s+"),
        movement_list_re=re.compile(_WORD + "(?:" + _alternation(list(heads)) + r")(?:\s+[^\s.;:!?…]+){0,%d}?\s+(?:"
                                    % int(lexicon["movement_list"]["lead_words"])
                                    + _alternation(lexicon["list_openers"]) + r")\s*:?\s*$", re.IGNORECASE),
        listed_fixed_re=re.compile(r"\s+(?:" + _alternation(lexicon["list_joiners"]) + r")(?:\s+\w+){0,2}?\s+(?="
                                   + named_re.pattern + ")", re.IGNORECASE),
        list_start_re=re.compile(r"\s*(?:" + _alternation(lexicon["list_joiners"]) + r")\s"),
        quoted_name_joiner_re=re.compile(r"\s*(?:" + _alternation(lexicon["quoted_name_joiners"]) + r")\s*"),
        quoted_ceremony_re=re.compile("(?:" + _alternation(lexicon["quoted_ceremonies"]) + ")", re.IGNORECASE),
        quote_first_re=re.compile(r"\s+là\s+(?:" + _alternation(lexicon["quote_first"]["fillers"]) + r"\s+)*(?P<head>"
                                  + _alternation(lexicon["quote_first"]["heads"] + lexicon["quote_first"]["launched_heads"])
                                  + ")" + _END, re.IGNORECASE),
        quote_first_launched=frozenset(h.lower() for h in lexicon["quote_first"]["launched_heads"]),
        list_gap_re=re.compile(r"[\s'‘’“”\"]*(?:" + INLINE_DEFINITION + r")?[\s'‘’“”\"]*(?:,\s*)?(?:(?:"
                               + _alternation(lexicon["list_joiners"]) + r")[\s'‘’“”\"]+)?"),
    )


# ------------------------------------------------------------------ mentions


@dataclass
class _Mention:
    start: int
    end: int
    family: str
    kind: str                     # 'quoted', 'descriptive', 'named' or 'bare'
    name: str | None = None       # as written; None for a bare mention
    key: tuple[str, ...] = ()     # folded words of the name (descriptive: without the head)
    main: tuple[str, ...] | None = None  # folded main title of a quoted name with a subtitle
    organizer: OrgPhrase | None = None
    organizer_rank: int = 99
    document: Document | None = None
    theme: str | None = None      # `… với chủ đề “…”` right after the mention
    phase: tuple[int, int, int] | None = None  # (number, start, end) of `đợt 3` written right after a quoted name
    listed_under: int | None = None  # where the head starts that quotes it with other names (`HEAD “A” và “B”`)
    canonical: str | None = None  # a fixed name's spelling in the lexicon
    headed: bool = False  # a fixed name's spelling opens with a head (`Tháng hành động về ATVSLĐ`)


def _words_key(text: str) -> tuple[str, ...]:
    # `Một triệu sáng kiến` and `1 triệu sáng kiến` are one programme (dev 502): a spelled `một`
    # before a scale word is compared as its digit
    words = fold_key(_PUNCT.sub(" ", text)).split()
    scales = _scale_words()
    return tuple("1" if w == _ONE and nxt in scales else w for w, nxt in zip(words, words[1:] + [""]))


@cache
def _scale_words() -> frozenset[str]:
    """The figures' scale words (numbers.toml `scales`: `nghìn`, `triệu`), folded."""
    return frozenset(fold_key(w) for w in load_lexicon("numbers")["scales"])


_SINGLE_QUOTED = re.compile(r"(?<![\w'‘’])['‘](?=[^\W\d_])[^'‘’“”\"\n]{1,80}?(?<=[\w.!?…])['’](?![\w'‘’])")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(opening, after-closing) of every quotation, read in order: `“` opens, `”` closes, and a
    straight `"` opens or closes whichever is due, so mixed pairs (`“Lao động giỏi"`) pair too."""
    spans = []
    opened = None
    for match in re.finditer(r'[“”"\n]', text):
        mark, pos = match.group(), match.start()
        if mark == "\n":
            opened = None
        elif opened is None and mark in '“"':
            opened = pos
        elif opened is not None and mark in '”"':
            spans.append((opened, pos + 1))
            opened = None
        elif mark == "“":
            opened = pos  # an unclosed quotation: start again at the new one
    # Headlines quote with single marks (`phong trào thi đua 'Dạy tốt - học tốt'`): a pair on one
    # line, opening before a word and closing after one, so an apostrophe never pairs.
    for match in _SINGLE_QUOTED.finditer(text):
        if not any(start <= match.start() < end for start, end in spans):
            spans.append((match.start(), match.end()))
    return sorted(spans)


def _inside_quote(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for start, end in quotes:
        if start < pos < end:
            return start, end
    return None


def _quote_at(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for start, end in quotes:
        if start == pos:
            return start, end
    return None


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _descriptive_end(text: str, pos: int, limit: int, words_at: dict[int, tuple[int, str]],
                     rules: _Rules) -> int | None:
    """End of the purpose phrase of a descriptive name starting at `pos` (None when it names nothing).

    The phrase goes on over capitalised words (underthesea words: `Đại hội` is one), numbers,
    the name words and joiners of the lexicon; a comma continues it only before `Đại hội`,
    `nhiệm kỳ` …; it is trimmed back so that it does not end on a joiner, and it must hold at
    least one capitalised word or number.
    """
    end = pos
    good_end = None
    words = 0
    while words < rules.max_name_words:
        comma = rules.comma_continues_re.match(text, end, limit)
        if comma is not None:
            end = comma.end() - 1
        phrase = rules.name_word_re.match(text, end, limit)
        if phrase is not None:
            end = good_end = phrase.end()
            words += 1
            continue
        joiner = rules.joiner_re.match(text, end, limit)
        if joiner is not None and joiner.group().strip() in rules.after_year_stops and _YEAR.match(text, end - 4, end):
            break  # `… năm 2025 của Liên đoàn …`: whose it is, not more of its name
        if joiner is not None:
            end = joiner.end()
            words += 1
            continue
        gap = _SPACES.match(text, end, limit)
        word = None
        if gap is not None:
            # An underthesea word, or the plain word when a joiner ended inside one (`thứ XVII`).
            plain = _PLAIN_WORD.match(text, gap.end(), limit)
            word = words_at.get(gap.end()) or (plain and (plain.end(), plain.group()))
        if word is not None and word[0] <= limit and _is_name_word(word[1]):
            end = good_end = word[0]
            words += 1
            continue
        break
    return good_end


def _find_mentions(doc: "Doc", rules: _Rules) -> list[_Mention]:
    text = doc.text
    quotes = _quote_spans(text)
    words_at: dict[int, tuple[int, str]] | None = None  # start -> (end, text) of each word, when needed
    mentions: list[_Mention] = []
    for match in rules.head_re.finditer(text):
        start, head_end = match.start(), match.end()
        if sentence_at(doc, start) is None:
            continue
        around = _inside_quote(quotes, start)
        if around is not None and text[around[0] + 1:start].strip():
            continue  # a word inside someone else's quotation (`"Hội nghị Tổng kết Phong trào …"`)
        head = rules.heads[match.group(1).lower()]
        sentence = sentence_at(doc, start)
        limit = around[1] - 1 if around is not None else sentence.char_end
        plural = rules.plural_re.search(text, max(0, start - 12), start) is not None

        fixed = rules.named_re.match(text, around[0] + 1) if around is not None else None
        if head.quoted_whole and around is not None and fixed is not None:
            rest = text[fixed.end():around[1] - 1]
            if rules.named_year_re.fullmatch(rest) or not rest.strip():
                continue  # a fixed name (and its year) alone: read as a fixed name below
            if rules.list_start_re.match(rest) and rules.named_re.search(rest):
                # `“Tháng hành động về ATVSLĐ và Tháng Công nhân … năm 2024”`: the two fixed
                # months named together, not a third campaign.
                continue
        if head.quoted_whole and around is not None:
            # `“Tháng hành động vì trẻ em”`: the quotation the head opens names the campaign
            # (an abbreviation defined inside it is left out of the name).
            name = without_definitions(text[start:around[1] - 1])
            mentions.append(_Mention(start, around[1] - 1, head.family, "quoted", name, key=_words_key(name),
                                     main=_main_title(name, rules)))
            continue
        if head.quoted_titled and around is not None and _title_cased_name(text, start, head_end):
            # `Lễ phát động “Tháng cao điểm Vì người nghèo” năm 2023` (dev 1144): the quotation names
            # it, with the year written right after it (`“Tháng cao điểm của Chiến dịch”`, dev 832, is
            # a month of another campaign)
            name, end = text[start:around[1] - 1], around[1] - 1
            year_after = _NAMED_YEAR.match(text, around[1], sentence.char_end)
            if year_after is not None:
                name, end = f"{name} {year_after.group().strip()}", year_after.end()
            mentions.append(_Mention(start, end, head.family, "quoted", name, key=_words_key(name),
                                     main=_main_title(name, rules)))
            continue
        quoted = _quoted_list(doc, start, head_end, head, limit, quotes, rules)
        if quoted:
            mentions.extend(quoted)
            continue
        if head.descriptive and not plural:
            year = _NAMED_YEAR.match(text, head_end, limit) or _NAMED_TERM.match(text, head_end, limit)
            purpose = rules.purpose_re.match(text, head_end, limit)
            end = year.end() if year else None
            scope = rules.scope_re.match(text, head_end, limit) if end is None and head.scoped else None
            if scope is not None:
                if words_at is None:
                    words_at = {w_start: (w_end, word) for w_start, w_end, word in article_words(doc)}
                scoped_end = _descriptive_end(text, scope.end(), limit, words_at, rules) or scope.end()
                launched = rules.verb_before_re.search(text, sentence.char_start, start) is not None
                if launched or _YEAR.search(text, sentence.char_start, scoped_end) is not None:
                    name = without_definitions(text[start:scoped_end])
                    mentions.append(_Mention(start, scoped_end, head.family, "descriptive", name,
                                             key=_words_key(without_definitions(text[head_end:scoped_end]))))
                    continue
            if end is None and purpose:
                if words_at is None:
                    words_at = {w_start: (w_end, word) for w_start, w_end, word in article_words(doc)}
                end = _descriptive_end(text, purpose.end(), limit, words_at, rules)
            action = rules.drive_action_re.match(text, head_end, limit) if end is None and head.action_named else None
            if action is not None:
                end = _clause_end(text, action.end(), limit, rules)
            led = head.loosely_named and rules.loose_lead_re.search(text, max(0, start - 20), start) is not None
            if end is None and head.loosely_named and (led or _title_cased_name(text, start, head_end)
                                                       or _capitalised_mid_sentence(text, start, sentence)):
                loose_end = _clause_end(text, head_end, limit, rules)
                # A year closes the name before a comma (`chiến dịch Thanh niên tình nguyện Hè 2016,
                # tháng 7 sẽ là tháng cao điểm`) or before `và` and what else is done (`… hè 2023 và
                # tổng kết Tháng Thanh niên năm 2023`, dev 469): what follows is another clause.
                # A fixed name listed after it is another campaign (`Chiến dịch Thanh niên tình
                # nguyện hè và hưởng ứng Tháng hành động vì trẻ em năm 2025`, dev 902).
                listed_fixed = rules.listed_fixed_re.search(text, head_end, loose_end)
                if listed_fixed is not None:
                    loose_end = listed_fixed.start()
                # So is what it answers (`chiến dịch Thanh niên tình nguyện hè và hưởng ứng ngày Môi
                # trường thế giới (5/6)`, dev 784).
                answered = rules.loose_name_stop_re.search(text, head_end, loose_end)
                if answered is not None:
                    loose_end = answered.start()
                # `Chiến dịch Thanh niên tình nguyện hè năm nay được … triển khai từ ngày 1/6 - 31/8`
                # (dev 784): `năm nay` closes the name as a year does, and is no part of it.
                this_year = rules.this_year_re.search(text, head_end, loose_end + 1)
                if this_year is not None:
                    loose_end = this_year.start()
                year_then_comma = _YEAR_THEN_COMMA.search(text, head_end, loose_end + 1)
                if year_then_comma is not None:
                    year_end = _YEAR.search(text, year_then_comma.start()).end()
                    loose_end = year_end
                words = text[head_end:loose_end].split()
                # Without a verb of launching, only a name its year closes (`Chiến dịch Thanh
                # niên tình nguyện hè năm 2023, gồm …`), not a list item or a subject running on.
                closed = led or this_year is not None or _YEAR_AT_END.search(text, head_end, loose_end) is not None
                if len(words) >= 2 and closed and not rules.demonstrative_re.search(text, head_end, loose_end):
                    end = loose_end
            if end is None and head.year_closed and rules.verb_before_re.search(text, sentence.char_start, start):
                end = _year_closed_end(text, head_end, limit, rules)
            if end is not None:
                name = _SPACES.sub(" ", text[start:end])
                mentions.append(_Mention(start, end, head.family, "descriptive", name,
                                         key=_words_key(text[head_end:end])))
                continue
        if head.bare_follower_re is not None and not plural and head.bare_follower_re.match(text, head_end, limit):
            # `… Tháng hành động về ATVSLĐ năm 2019. Tháng hành động sẽ diễn ra từ …`: the head alone
            # as the subject of a sentence about the campaign named before it.
            mentions.append(_Mention(start, head_end, head.family, "bare", key=_words_key(match.group(1))))
            continue
        if head.bare and not plural:
            this = re.compile(r"\s+này" + _END).match(text, head_end, limit)
            mentions.append(_Mention(start, this.end() if this else head_end, head.family, "bare"))
    mentions.extend(_quoted_then_head(doc, quotes, rules))
    mentions.extend(_quoted_again(quotes, mentions, text))
    mentions.extend(_written_again_with_year(quotes, mentions, text, rules))
    for match in rules.named_re.finditer(text):
        around = _inside_quote(quotes, match.start())
        if sentence_at(doc, match.start()) is None:
            continue
        end = match.end()
        year = None
        if around is not None:
            # Only a quotation that holds the fixed name alone, maybe with its abbreviation and
            # year (`“Tháng Công nhân” năm 2022`, `“Tháng hành động về … (ATVSLĐ) năm 2019”`).
            # Or the last of two fixed names quoted together (`“Tháng Công nhân - Tháng Hành động
            # về an toàn, vệ sinh lao động năm 2024”`), whose year is written after it.
            rest = text[match.end():around[1] - 1]
            year = rules.named_year_re.fullmatch(rest)
            before = text[around[0] + 1:match.start()]
            named_before = rules.named_re.match(before.strip()) if before.strip() else None
            joined_after = rules.quoted_name_joiner_re.match(rest) if year is None else None
            if before.strip() and not (named_before
                                       and rules.quoted_name_joiner_re.fullmatch(before.strip(), named_before.end())
                                       ) and not rules.quoted_ceremony_re.fullmatch(before.strip()):
                continue
            if rest.strip() and year is None:
                if not (joined_after and _named_with_year(rest[joined_after.end():].strip(), rules)):
                    continue
                end = match.end()  # the first of the two: its year is not written next to it
            else:
                end = around[1] - 1 if before.strip() else around[1]
        canonical = rules.named[fold_key(_PUNCT.sub(" ", match.group(1)))]
        if canonical in rules.named_unless_described and any(
                m.kind == "descriptive" and m.start <= match.start() < m.end for m in mentions):
            continue  # the head's clause named it already, maybe at more length (`… hè năm 2023 của tuổi trẻ Thủ đô`)
        head = (rules.head_before_re.search(text, max(0, match.start() - 40), match.start())
                if canonical in rules.named_after_head else None)
        listed = (canonical in rules.named_in_lists and head is None and around is None
                  and _listed_movement(text, match.start(), sentence_at(doc, match.start()).char_start, mentions, rules))
        lower_case = match.group(1)[0].islower() and canonical not in rules.named_any_case
        # Quoted after a head, the head's quotation names it (`chương trình “Tết sum vầy” năm 2019`).
        quoted_alone_with_year = (canonical in rules.named_quoted_with_year and around is not None
                                  and year is not None and rules.head_before_re.search(
                                      text, max(0, around[0] - 40), around[0]) is None)
        # Without its head, the agent that launched or held it, right after its name and a few
        # words of its own, makes it the programme (`hưởng ứng Tết Sum vầy – phúc lợi đoàn viên do
        # LĐLĐ tỉnh phát động`, dev 988).
        agent_end = (_agent_named_end(doc, match.end(), rules)
                     if canonical in rules.named_after_head and around is None and not lower_case
                     and head is None and not listed else None)
        if canonical in rules.named_after_head and not quoted_alone_with_year and agent_end is None and (
                around is not None or lower_case or (head is None and not listed)):
            continue
        # The year written next to it, maybe after the name's abbreviation (`Tháng Công nhân 2023`,
        # `Tháng hành động về an toàn vệ sinh lao động (ATVSLĐ) năm 2025`).
        if year is None:
            year = rules.named_year_re.match(text, end)
        written_year = year["year"] if year is not None else ""
        if year is not None and around is None:
            end = year.end()
        key = _words_key(canonical) + _words_key(written_year)
        name = _SPACES.sub(" ", match.group(1) + written_year)
        start = match.start()
        if agent_end is not None and agent_end > end:
            end = agent_end
            name = _SPACES.sub(" ", text[start:end])
            key = _words_key(name)
        if head is not None and canonical in rules.named_with_head:
            # `chương trình Tiếp sức mùa thi`, `Chiến dịch Mùa hè xanh` (dev 784, 392): a youth
            # programme is named with the head written before it
            start = head.start()
            name = _SPACES.sub(" ", text[start:match.start()]) + name
        if canonical in rules.named_needing_year and not written_year:
            continue  # without its year, the words may speak of the drive in general
        own_head = rules.head_re.match(text, start) if canonical in rules.named_unless_described else None
        if own_head is not None:
            # the mention its head's clause would have made, so that the campaign's mentions are one
            mentions.append(_Mention(start, end, rules.heads[own_head.group(1).lower()].family, "descriptive", name,
                                     key=_words_key(text[own_head.end():end])))
            continue
        mentions.append(_Mention(start, end, "tháng", "named", name, key=key, canonical=canonical,
                                 headed=rules.head_re.match(name) is not None))
    return sorted(mentions, key=lambda m: m.start)


def _agent_named_end(doc: "Doc", pos: int, rules: _Rules) -> int | None:
    """Where a fixed name read at `pos` ends when `do ORG` and a verb of launching or holding follow
    it, after at most `agent_named_tail_words` words of its own (`Chợ Tết Công đoàn trực tuyến do
    Tổng LĐLĐ Việt Nam tổ chức`, dev 1014); None when they do not."""
    sentence = sentence_at(doc, pos)
    if sentence is None:
        return None
    tail = rules.agent_named_tail_re.match(doc.text, pos, sentence.char_end)
    if tail is None or _agent_after(doc, tail.end(), sentence.char_end, rules) is None:
        return None
    return tail.end()


def _listed_movement(text: str, pos: int, sentence_start: int, mentions: list[_Mention], rules: _Rules) -> bool:
    """Whether a movement's fixed name at `pos` is listed unquoted: right after another one (`phong
    trào Giỏi việc trường - Đảm việc nhà; các cuộc vận động Dân chủ - …; Hỗ trợ giáo dục miền núi, …`,
    dev 218), or first after a head and its list opener (`các phong trào thi đua, cuộc vận động do
    Tổng LĐLĐ Việt Nam, UBND tỉnh, LĐLĐ tỉnh phát động như Lao động giỏi, Lao động sáng tạo, …`, dev 499)."""
    if any(m.end <= pos and m.canonical in rules.named_in_lists and rules.movement_gap_re.fullmatch(text, m.end, pos)
           for m in mentions):
        return True
    return rules.movement_list_re.search(text, sentence_start, pos) is not None


def _quoted_then_head(doc: "Doc", quotes: list[tuple[int, int]], rules: _Rules) -> list[_Mention]:
    """`“Người Việt Nam ưu tiên dùng hàng Việt Nam” là cuộc vận động lớn của …`: a quotation that
    the sentence then calls a campaign names it. A programme (`chương trình`, also a show or an
    event) only when the clause says it was launched (`… là chương trình thiết thực do Tổng LĐLĐ
    Việt Nam phát động`)."""
    text = doc.text
    found: list[_Mention] = []
    for q_start, q_end in quotes:
        sentence = sentence_at(doc, q_start)
        then = rules.quote_first_re.match(text, q_end) if sentence is not None else None
        if then is None or (then["head"].lower() in rules.quote_first_launched and not rules.launch_verb_re.search(
                text, then.end(), _clause_end(text, then.end(), sentence.char_end, rules, stop_words=False))):
            continue
        name = without_definitions(text[q_start + 1:q_end - 1]).strip()
        if name:
            family = rules.heads[then["head"].lower()].family
            found.append(_Mention(q_start + 1, q_end - 1, family, "quoted", name, key=_words_key(name),
                                  main=_main_title(name, rules)))
    return found


def _quoted_again(quotes: list[tuple[int, int]], mentions: list[_Mention], text: str) -> list[_Mention]:
    """`chương trình “Chợ Tết công đoàn năm 2023”` … `Dự kiến “Chợ Tết công đoàn năm 2023” tại Quảng
    Ninh sẽ được tổ chức vào ngày 7 - 8.1.2023` (dev 761): a quotation that repeats a campaign's
    quoted name is a mention of it, headless."""
    named = {m.key: m for m in mentions if m.kind == "quoted" and m.key}
    taken = [(m.start, m.end) for m in mentions]
    found: list[_Mention] = []
    for q_start, q_end in quotes:
        if any(start < q_end and q_start < end for start, end in taken):
            continue
        name = without_definitions(text[q_start + 1:q_end - 1]).strip()
        first = named.get(_words_key(name))
        if first is not None and name:
            found.append(_Mention(q_start + 1, q_end - 1, first.family, "quoted", name, key=first.key, main=first.main))
    return found


def _written_again_with_year(quotes: list[tuple[int, int]], mentions: list[_Mention], text: str,
                             rules: _Rules) -> list[_Mention]:
    """`Triển khai “Tháng hành động vì an toàn thực phẩm” năm 2023` … `trong Tháng hành động vì an
    toàn thực phẩm năm 2023` (dev 796): the quoted name of a head that says so, written again
    unquoted with its year, is its fullest mention. The year written after the quotation itself is
    not read as the name's (`“…” năm 2024` may be the year of a list, or of what is done)."""
    found: list[_Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for first in mentions:
        head = rules.head_re.match(first.name or "") if first.kind == "quoted" else None
        if head is None or not rules.heads[head.group(1).lower()].written_again_with_year or _YEAR.search(first.name):
            continue
        written = re.compile(_WORD + r"\s+".join(re.escape(w) for w in first.name.split()) + _END, re.IGNORECASE)
        for again in written.finditer(text):
            year = rules.named_year_re.match(text, again.end())
            if year is None or _inside_quote(quotes, again.start()) is not None \
                    or any(start < year.end() and again.start() < end for start, end in taken):
                continue
            name = _SPACES.sub(" ", again.group() + year["year"])
            found.append(_Mention(again.start(), year.end(), first.family, "quoted", name, key=_words_key(name),
                                  main=first.main))
    return found


def _named_with_year(text: str, rules: _Rules) -> bool:
    """Is `text` a fixed name, maybe followed by its year?"""
    found = rules.named_re.match(text)
    return found is not None and (found.end() == len(text)
                                  or rules.named_year_re.fullmatch(text, found.end()) is not None)


_YEAR_AT_END = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*$")
_NEXT_WORD_FIRST_LETTER = re.compile(r"\s+(\w)")


def _title_cased_name(text: str, start: int, head_end: int) -> bool:
    """Is the head written as a name's first word and followed by a capitalised word
    (`Chiến dịch Thanh niên tình nguyện hè năm 2023, gồm …`, dev 547)? Then it names the drive
    without a verb of launching before it."""
    follower = _NEXT_WORD_FIRST_LETTER.match(text, head_end)
    return text[start].isupper() and follower is not None and follower.group(1).isupper()


_NO_NAME_MARKS = re.compile(r"[“”\"‘’()]")
# A bracket opening right after a closing quotation mark, up to the date in it (`” (từ `).
_BRACKET_AFTER_QUOTE = re.compile(r"[”\"]\s*\((?:từ\s+)?(?:ngày\s+)?$")


def _year_closed_end(text: str, head_end: int, limit: int, rules: _Rules) -> int | None:
    """End of a name that the year closes (`phát động phong trào thi đua chào mừng các ngày lễ, sự
    kiện lớn của Đảng và đất nước năm 2020.`, dev 590): a few words of its clause, then `năm` and a
    year that ends the clause or is followed by whose it is (`… kế hoạch năm 2023 của Tổng Giám đốc
    …`, dev 822)."""
    clause_end = _clause_end(text, head_end, limit, rules)
    year = _NAMED_YEAR.search(text, head_end, clause_end)
    if year is None or rules.year_closer_re.match(text, year.end(), limit) is None:
        return None
    between = text[head_end:year.start()]
    if not 2 <= len(between.split()) <= rules.year_closed_max_words or _NO_NAME_MARKS.search(between) \
            or rules.head_re.search(between):
        return None
    return year.end()


def _capitalised_mid_sentence(text: str, start: int, sentence: SentenceInfo) -> bool:
    """Is the head capitalised where a sentence does not ask for it (`Nằm trong Chiến dịch tình
    nguyện hè 2024, …`, dev 943)? Then it opens a name, which its year must still close."""
    return text[start].isupper() and text[sentence.char_start:start].strip() != ""


def _clause_end(text: str, pos: int, limit: int, rules: _Rules, stop_words: bool = True) -> int:
    """Where the clause going on at `pos` ends (before `;`, `.`, a line end or a word of `clause_ends`),
    trailing commas left out; with `stop_words` off, only punctuation ends it."""
    found = (rules.clause_end_re if stop_words else _CLAUSE_PUNCT).search(text, pos, limit)
    return len(text[:found.start() if found else limit].rstrip(" ,"))


def _quoted_list(doc: "Doc", start: int, head_end: int, head: _Head, limit: int,
                 quotes: list[tuple[int, int]], rules: _Rules) -> list[_Mention]:
    """`HEAD “A”, “B”; “C”` (optionally `HEAD do ORG phát động: “A”, …`): one mention per name."""
    text = doc.text
    pos = head_end
    organizer = None
    launcher = rules.launcher_re.match(text, pos, limit)
    if launcher is not None:
        phrase = organization_at(doc, launcher.end(), limit)
        verb = rules.launch_verb_re.match(text, phrase.char_end, limit) if phrase else None
        if verb is not None:
            organizer, pos = phrase, verb.end()
    listed = rules.list_opener_re.match(text, pos, limit)
    gap = listed or _HEAD_GAP.match(text, pos, limit)
    pos = gap.end()
    bridge = ""
    first = _quote_at(quotes, pos)
    if first is None and head.bridge_words:
        # `cuộc vận động xây dựng người Cán bộ, công chức, viên chức “…”`, `phong trào xây dựng “…”`
        # A bridge never opens with a comma: `phong trào thi đua yêu nước, phong trào “…”` is two heads.
        # A headline's single marks open the quotation too (`Chiến dịch tình nguyện ‘Mùa Hè Xanh’`, dev 944).
        found = re.compile(r"\s*([^.,;:!?“”\"‘'][^.;:!?“”\"‘']*?)\s*(?=[“\"‘'])").match(text, pos, limit)
        if (found is not None and len(found.group(1).split()) <= head.bridge_words
                and not rules.bridge_stop_re.search(found.group(1))
                and not any(ch.isdigit() for ch in found.group(1))):  # a number or date: a reference, not a kind
            bridge = found.group(1)
            pos = found.end()
            first = _quote_at(quotes, pos)
    if first is None and text.startswith("“", pos) and "”" not in text[pos:limit]:
        # `phong trào thi đua “Lao động giỏi, Lao động sáng tạo. Giải thưởng …`: a quotation the page
        # never closes runs to the end of its sentence.
        close = pos + len(text[pos:limit].rstrip(" .;:!?…"))
        inner = text[pos + 1:close].strip()
        if 2 <= len(inner.split()) <= 12:
            return [_Mention(start, close, head.family, "quoted", inner, key=_words_key(inner),
                             main=_main_title(inner, rules))]
    if first is None or first[1] - 1 > limit + 1:
        return []
    mentions = []
    span_start = start
    quote = first
    while quote is not None:
        # The full stop of a sentence that ends inside the marks is no part of the name.
        inner = _FULL_STOP_AT_END.sub("", text[quote[0] + 1:quote[1] - 1].strip())
        if not inner:
            break
        # `“Công nhân, viên chức, lao động (CNVCLĐ) huyện Lang Chánh …”` (dev 772): named without the
        # abbreviations it defines, as an organiser is
        inner = without_definitions(inner)
        bridge_named = bridge and (head.bridge_in_name or rules.bridge_verb_re.match(bridge))
        name = _SPACES.sub(" ", f"{bridge} {text[quote[0]:quote[1]]}" if bridge_named else inner).strip()
        end = quote[1]
        if head.named_with_head and span_start == start:
            tail = rules.quoted_tail_re.match(text, end, limit)
            end = tail.end() if tail else end
            name = _SPACES.sub(" ", text[start:end])
        mention = _Mention(span_start, end, head.family, "quoted", name, key=_words_key(name),
                           main=None if head.named_with_head else _main_title(inner, rules))
        if organizer is not None:
            mention.organizer, mention.organizer_rank = organizer, 1
        phase = rules.quoted_phase_re.match(text, quote[1], limit)
        if phase is not None:
            mention.phase = (_phase_number(phase.group(1)), quote[1], phase.end())
        elif span_start == start and (before := rules.phase_before_re.search(text, max(0, start - 40), start)):
            # `giai đoạn 2 của chương trình “…”` (dev 502): the phase written before the head
            mention.phase = (_phase_number(before.group(1)), before.start(), before.end())
        mentions.append(mention)
        bridge = ""
        following = _NEXT_QUOTED_ITEM.match(text, quote[1], limit)
        if following is None or following.end() == quote[1]:
            # `“A”, B”, “C”`: an item whose opening mark the page dropped is still one of the list.
            unopened = _UNOPENED_ITEM.match(text, quote[1], limit + 1)
            if unopened is None:
                break
            quote = (unopened.start("item") - 1, unopened.end())
            span_start = unopened.start("item")
            continue
        quote = _quote_at(quotes, following.end())
        span_start = following.end()
    if len(mentions) > 1:
        for mention in mentions:
            mention.listed_under = start
    return mentions


# Between two quoted names of one head: a mark or `và`, maybe after the first one's year
# (`Chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026 và “Chợ Tết Công đoàn”`, dev 768).
_NEXT_QUOTED_ITEM = re.compile(r"(?:\s+năm\s+(?:19|20)\d{2})?\s*[,;]?\s*(?:và\s+)?(?=[“\"‘])")
# A list item without its opening mark: words with no quotation mark or clause punctuation, then `”`.
_UNOPENED_ITEM = re.compile(r"\s*,\s*(?P<item>[^“”\"\n,;.:!?]{2,60}?)”")


def _main_title(name: str, rules: _Rules) -> tuple[str, ...] | None:
    for separator in rules.main_title_separators:
        if separator in name:
            main = _words_key(name.split(separator, 1)[0])
            if len(main) >= rules.main_title_min_words:
                return main
    return None


# ------------------------------------------------------------------ grouping


@dataclass
class _Group:
    family: str
    mentions: list[_Mention] = field(default_factory=list)
    phases: dict[int, "_Phase"] = field(default_factory=dict)
    period: DateFact | None = None
    stated_days: int | None = None

    @property
    def descriptive(self) -> bool:
        return any(m.kind == "descriptive" for m in self.mentions)

    def named_mentions(self) -> list[_Mention]:
        return [m for m in self.mentions if m.kind != "bare"]


_YEAR_WORD = fold_key("năm")


_AND_KEY = fold_key("và")


def _without_year_word(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key without the word `năm` before a year (`… năm 2024` ~ `… 2024`)."""
    return tuple(w for i, w in enumerate(key)
                 if not (w == _YEAR_WORD and i + 1 < len(key) and _YEAR.fullmatch(key[i + 1])))


def _same_campaign(a: _Mention, b: _Mention, rules: _Rules) -> bool:
    """Whether two named mentions name one campaign (a: the one being placed)."""
    if (a.kind == "descriptive") != (b.kind == "descriptive"):
        return False
    if a.kind == "descriptive" and a.family != b.family:
        return False
    # `Tháng Công nhân năm 2024` and `"Tháng Công nhân" 2024` are one month.
    a_key, b_key = _without_year_word(a.key), _without_year_word(b.key)
    if a_key == b_key or (a_key and b_key[:len(a_key)] == a_key):
        return True
    # `Chiến dịch Xuân tình nguyện 2026` and `… Xuân tình nguyện phường Thủ Đức` (dev 519) or `… Xuân
    # tình nguyện lần thứ 18 - năm 2026` (dev 495): the name with its year and the same name with its
    # scope or edition, and no other year, are one campaign (two years are two; `… “Vì người nghèo” và
    # an sinh xã hội năm 2023` adds to the name, dev 371).
    if len(a_key) > 2 and _YEAR.fullmatch(a_key[-1]) and b_key[:len(a_key) - 1] == a_key[:-1] \
            and all(w == a_key[-1] for w in b_key if _YEAR.fullmatch(w)) \
            and b_key[len(a_key) - 1:len(a_key)] != (_AND_KEY,):
        return True
    if a.kind == "quoted" and b.kind == "quoted":
        return (a.main is not None and a.main == b.main) or (b.main is not None and a.key == b.main)
    if a.kind == "descriptive":
        n = rules.shared_leading_words
        return len(a.key) >= n and len(b.key) >= n and a.key[:n] == b.key[:n]
    return False


def _group_mentions(mentions: list[_Mention], rules: _Rules) -> list[_Group]:
    groups: list[_Group] = []
    owner: dict[int, _Group] = {}
    named = [m for m in mentions if m.kind != "bare"]
    # Longest names first: a short form then joins the campaign its long form founded.
    for mention in sorted(named, key=lambda m: (-len(m.key), m.start)):
        candidates = [g for g in groups if any(_same_campaign(mention, other, rules) for other in g.named_mentions())]
        if candidates:
            group = min(candidates, key=lambda g: min(abs(o.start - mention.start) for o in g.mentions))
        else:
            group = _Group(mention.family)
            groups.append(group)
        group.mentions.append(mention)
        owner[id(mention)] = group
    for mention in (m for m in mentions if m.kind == "bare"):
        if mention.key:
            # A bare head of fixed names refers to the one campaign whose name opens with it, if only one.
            named_so = [m for m in named if m.family == mention.family and m.key[:len(mention.key)] == mention.key
                        and m.start < mention.start]
            if named_so and len({id(owner[id(m)]) for m in named_so}) == 1:
                owner[id(named_so[0])].mentions.append(mention)
                owner[id(mention)] = owner[id(named_so[0])]
            continue
        referents = [m for m in named if m.family == mention.family and owner[id(m)].descriptive]
        before = [m for m in referents if m.start < mention.start]
        after = [m for m in referents if m.start > mention.start]
        referent = before[-1] if before else (after[0] if after else None)
        if referent is not None:
            owner[id(referent)].mentions.append(mention)
            owner[id(mention)] = owner[id(referent)]
    for group in groups:
        group.mentions.sort(key=lambda m: m.start)
    return groups


def _orphan_group(mention: _Mention, groups: list[_Group]) -> _Group:
    """A group for a bare mention that carries a period or phases but refers to no named campaign."""
    group = _Group(mention.family, [mention])
    groups.append(group)
    return group


def _best_mention(doc: "Doc", group: _Group) -> _Mention:
    """The mention that names the campaign best: the fullest name, quoted or fixed before
    descriptive (a plan's title quotes the official name), quoted before fixed (a fixed name's
    other spellings are variants of the one the article quotes), a spelling that keeps its head
    (`Tháng hành động về ATVSLĐ` before `Tháng an toàn, vệ sinh lao động`, dev 862), then the
    fullest spelling (`Tháng hành động an toàn, vệ sinh lao động` before `Tháng hành động về
    ATVSLĐ`), the lexicon's spelling, then the most frequent, then the first."""
    named = group.named_mentions()
    if not named:
        return group.mentions[0]
    # Counted by spelling: a subheading's `“Mái ấm Công Đoàn”` does not outvote the body's three
    # `“Mái ấm Công đoàn”` (dev 831).
    counts: dict[str, int] = {}
    for m in named:
        counts[m.name or ""] = counts.get(m.name or "", 0) + 1
    # A fixed name's key is its canonical spelling, so its fullest spelling is told by the words written.
    # A headline in capitals (`THÁNG CÔNG NHÂN NĂM 2022`, dev 526) does not say how the name is written.
    return max(named, key=lambda m: (len(m.key), m.kind != "descriptive" or _starts_quoted(doc, m),
                                     m.kind == "quoted", not (m.name or "").isupper(), m.headed,
                                     len(_words_key(m.name or "")), _canonical_prefix(m), counts[m.name or ""],
                                     -m.start))


def _canonical_prefix(mention: _Mention) -> int:
    """How many of a fixed name's words, as the lexicon spells them, open its spelling here, and
    whether it is written whole so: of two spellings as full, `Tháng hành động về An toàn, vệ sinh
    lao động` before `… về an toàn vệ sinh lao động` (dev 901)."""
    if mention.canonical is None or mention.name is None:
        return 0
    written, canonical = _PUNCT.sub(" ", mention.name).split(), _PUNCT.sub(" ", mention.canonical).split()
    same = 0
    for a, b in zip(written, canonical):
        if a != b:
            break
        same += 1
    # written whole as the lexicon spells it, commas and all
    return 2 * same + mention.name.startswith(mention.canonical)


def _group_name(doc: "Doc", group: _Group) -> str:
    best = _best_mention(doc, group)
    return _capitalised(best.name or _SPACES.sub(" ", doc.text[best.start:best.end]))


def _starts_quoted(doc: "Doc", mention: _Mention) -> bool:
    return mention.start > 0 and doc.text[mention.start - 1] in CLOSING_QUOTE


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


# ------------------------------------------------------------------ phases, periods


@dataclass
class _Phase:
    number: int
    start: int
    end: int
    theme: str | None
    period: DateFact | None
    stated_days: int | None = None


def _phase_number(token: str) -> int:
    if token.isdigit():
        return int(token)
    spelled = _rules().phase_ordinals.get(token.lower())
    if spelled is not None:
        return spelled
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(token) and _ROMAN[token[i + 1]] > value else value
    return total


def _is_period(fact: DateFact, rules: _Rules, text: str) -> bool:
    """A range written with both ends, of days or months, short enough to be a campaign's; or a
    month the campaign runs through (`Diễn ra trong suốt tháng 5`)."""
    if fact.kind == "date" and fact.granularity == "month":
        return rules.month_period_lead_re.search(text, max(0, fact.char_start - 20), fact.char_start) is not None
    # `Liên tục từ ngày 8-1-2022 đến nay, Hội … đã tổ chức nhiều chương trình` (dev 509): a range to
    # the day of writing says how long the work has gone on, not when a campaign runs.
    return (fact.kind == "range" and fact.granularity in ("day", "month")
            and (fact.end_date - fact.start_date).days < rules.max_period_days
            and rules.range_mark_re.search(fact.surface) is not None
            and rules.to_now_re.search(fact.surface) is None)


def _find_phases(doc: "Doc", dates: list[DateFact], rules: _Rules) -> list[_Phase]:
    text = doc.text
    markers = [m for m in rules.phase_re.finditer(text) if sentence_at(doc, m.start()) is not None]
    paragraph_ends = [m.start() for m in re.finditer(r"\n\s*\n", text)] + [len(text)]
    phases = []
    for i, marker in enumerate(markers):
        window_end = min(e for e in paragraph_ends if e > marker.start())
        if i + 1 < len(markers):
            window_end = min(window_end, markers[i + 1].start())
        period = next((f for f in dates if _is_period(f, rules, text)
                       and marker.end() <= f.char_start <= marker.end() + rules.phase_range_gap
                       and f.char_end <= window_end
                       and not re.search(r"[.;!?]", text[marker.end():f.char_start])), None)
        theme_match = rules.theme_re.search(text, period.char_end if period else marker.end(), window_end)
        theme, end = None, period.char_end if period else marker.end()
        if theme_match is not None:
            close = quoted_end(text, theme_match.end(), window_end)
            if close is not None:
                theme = _SPACES.sub(" ", text[theme_match.end() + 1:close - 1]).strip()
                end = close
        if period is None and theme is None:
            continue
        phases.append(_Phase(_phase_number(marker.group(1)), marker.start(), end, theme, period))
    return phases


def _stated_days(text: str, start: int, end: int, dates: list[DateFact], rules: _Rules) -> int | None:
    """A length written in text[start:end] outside every date (`Sau 150 ngày phát động`)."""
    for match in rules.duration_re.finditer(text, start, end):
        if any(f.char_start < match.end() and match.start() < f.char_end for f in dates):
            continue
        return int(match.group(1)) * rules.duration_units[match.group(2).lower()]
    return None


def _find_themes(doc: "Doc", mentions: list[_Mention], rules: _Rules) -> None:
    """`phong trào thi đua năm 2024 (do LĐLĐ quận phát động) với chủ đề “…”`: a theme right after a mention."""
    text = doc.text
    for mention in mentions:
        # A quoted name may close after its sentence's end (`Chương trình "… người lao động."…`).
        end = max(sentence_at(doc, mention.start).char_end, mention.end)
        lead = rules.theme_lead_re.match(text, mention.end, end)
        theme = rules.theme_re.match(text, lead.end(), end)
        if theme is not None:
            close = quoted_end(text, theme.end(), end + 1)
            if close is not None:
                mention.theme = _SPACES.sub(" ", text[theme.end() + 1:close - 1]).strip()


def _attach_phases(doc: "Doc", phases: list[_Phase], mentions: list[_Mention], groups: list[_Group],
                   owner: dict[int, _Group], rules: _Rules) -> None:
    previous: tuple[_Phase, _Group] | None = None
    for phase in phases:
        paragraph = sentence_at(doc, phase.start).paragraph_idx
        before = [m for m in mentions if m.end <= phase.start
                  and paragraph - sentence_at(doc, m.start).paragraph_idx <= rules.phase_parent_max_paragraphs]
        mention = before[-1] if before else None
        if previous is not None and (mention is None or mention.end <= previous[0].start):
            group = previous[1]  # `Đợt 2` after `Đợt 1` with no campaign named in between
        elif mention is not None:
            group = owner.get(id(mention)) or _orphan_group(mention, groups)
            owner[id(mention)] = group
        else:
            continue
        group.phases.setdefault(phase.number, phase)
        previous = (phase, group)


def _attach_periods(doc: "Doc", dates: list[DateFact], phases: list[_Phase], mentions: list[_Mention],
                    groups: list[_Group], owner: dict[int, _Group], rules: _Rules) -> None:
    text = doc.text
    used = {id(p.period) for p in phases if p.period is not None}
    for fact in dates:
        # `trong Tháng Công nhân (tháng 5-2017)`: a month in brackets right after a campaign's name,
        # with its year (`Tháng hành động về ATVSLĐ (tháng 5)` says when the month falls every year)
        bracketed = fact.kind == "date" and fact.granularity == "month" and not fact.year_inferred and any(
            m.end <= fact.char_start and text[m.end:fact.char_start].strip() == "(" for m in mentions)
        if id(fact) in used or not (bracketed or _is_period(fact, rules, text)):
            continue
        if any(m.start <= fact.char_start < m.end for m in mentions):
            continue  # a date written inside a campaign's name
        quoted_before = _BRACKET_AFTER_QUOTE.search(text, max(0, fact.char_start - 20), fact.char_start)
        if quoted_before is not None and not any(m.end == quoted_before.start() + 1 for m in mentions):
            # `hưởng ứng “Tuần lễ áo dài” (từ 1/3 đến 8/3); … Phát động đợt thi đua cao điểm …` (dev
            # 1107): in brackets right after a quotation that names no campaign, the days are its own
            continue
        sentence = sentence_at(doc, fact.char_start)
        if sentence is None:
            continue
        near = [m for m in mentions if sentence.char_start <= m.start < sentence.char_end]
        if not near:
            # `Thời gian thực hiện từ ngày 1/6 đến ngày 30/6.`: a plan's time, written apart from
            # the campaign's name, is the period of the article's one campaign, if it has no other;
            # a label naming a head (`Thời gian tổ chức chương trình này là …`), of its one campaign
            # of that head.
            named = [g for g in groups if g.named_mentions()]
            labelled = rules.period_label_re.search(text[sentence.char_start:fact.char_start])
            dated = named
            head = labelled and (labelled.group("head") or labelled.group("subject"))
            if head:
                family = rules.heads[head.lower()].family
                dated = [g for g in named if g.family == family]
            if labelled and len(dated) == 1 and dated[0].period is None and not dated[0].phases:
                dated[0].period = fact
            elif labelled and head and _listed_together(dated):
                # `Chương trình “A” năm 2026 và “B” … Chương trình diễn ra từ …` (dev 768): the
                # programmes one head named together are held together
                for group in dated:
                    if group.period is None and not group.phases:
                        group.period = fact
            elif (back := rules.back_reference_re.search(text, sentence.char_start, sentence.char_end)
                  or rules.opening_time_verb_re.match(text, sentence.char_start, sentence.char_end)) \
                    and not rules.site_subject_re.match(text, back.end(), fact.char_start):
                # `… kế hoạch triển khai Tháng Công nhân năm 2024. Theo đó, các hoạt động sẽ được tổ
                # chức … từ ngày 15/4 - 31/5`, `Diễn ra trong suốt tháng 5, các hoạt động …`: the one
                # campaign the sentence before names, else the article's one campaign.
                before = _previous_sentence_groups(doc, sentence, mentions, owner) or named
                if len(before) == 1 and before[0].period is None and not before[0].phases:
                    before[0].period = fact
            continue
        # `… triển khai từ ngày 1/6 - 31/8 với các hoạt động trọng tâm như: chương trình Tiếp sức
        # mùa thi, …` (dev 784): what is listed after the range makes up the campaign it dates
        near = [m for m in near
                if not (m.start >= fact.char_end and rules.list_intro_re.search(text, fact.char_end, m.start))]
        if not near:
            continue
        mention = min(near, key=lambda m: max(m.start - fact.char_end, fact.char_start - m.end, 0))
        if rules.part_lead_re.search(text, max(0, mention.start - 40), mention.start):
            continue  # the period of a week or day of the campaign
        if rules.occasion_lead_re.fullmatch(text, sentence.char_start, mention.start) \
                and "," in text[mention.end:fact.char_start]:
            continue  # the days of what is held on the campaign's occasion
        if fact.char_end <= mention.start and rules.venue_lead_re.search(text, max(0, mention.start - 10),
                                                                          mention.start):
            continue  # the days of what is done at the campaign, told before it (dev 1014)
        group = owner.get(id(mention))
        if group is None:
            if mention.family not in rules.dated_alone:
                continue
            group = owner[id(mention)] = _orphan_group(mention, groups)
        if group.period is None:
            group.period = fact
            group.stated_days = _stated_days(text, sentence.char_start, sentence.char_end, dates, rules)
        # `Tháng Công nhân và Tháng ATVSLĐ năm 2022 được tổ chức từ …`: campaigns listed together
        # as the subject of one period share it.
        for listed in _listed_with(text, mention, near, rules):
            other = owner.get(id(listed))
            if other is not None and other.period is None and not other.phases:
                other.period = fact
                other.stated_days = group.stated_days
    for phase in phases:
        if phase.period is not None:
            phase.stated_days = _stated_days(text, phase.start, phase.end, dates, rules)


def _split_other_years(groups: list[_Group], owner: dict[int, _Group]) -> None:
    """`Tháng hành động về ATVSLĐ` dated May 2017, then `… sẽ đăng cai tổ chức Tháng hành động về
    An toàn, vệ sinh lao động lần thứ II - năm 2018` (dev 312): a name written with a year its
    campaign's period does not touch is another edition, a campaign of its own."""
    for group in list(groups):
        if group.period is None or group.phases:
            continue
        years = {group.period.start_date.year, group.period.end_date.year}
        named = group.named_mentions()
        # the year the name ends on after `năm` (`… nhiệm kỳ 2023 - 2028` is a term, no edition)
        other = [m for m in named if len(m.key) > 2 and m.key[-2] == _YEAR_WORD and _YEAR.fullmatch(m.key[-1])
                 and int(m.key[-1]) not in years]
        if not other or len(other) == len(named):
            continue
        edition = _Group(other[0].family, other)
        groups.append(edition)
        group.mentions = [m for m in group.mentions if m not in other]
        for mention in other:
            owner[id(mention)] = edition


def _listed_together(groups: list[_Group]) -> bool:
    """Are these campaigns (two or more) all named in one list under one head?"""
    heads = [{m.listed_under for m in g.named_mentions()} - {None} for g in groups]
    return len(groups) > 1 and bool(set.intersection(*heads))


def _previous_sentence_groups(doc: "Doc", sentence: SentenceInfo, mentions: list[_Mention],
                              owner: dict[int, _Group]) -> list[_Group]:
    """The campaigns named in the sentence before `sentence`, within its paragraph."""
    last_char = len(doc.text[:sentence.char_start].rstrip()) - 1  # over the spaces between them
    previous = sentence_at(doc, last_char) if last_char >= 0 else None
    if previous is None or previous.paragraph_idx != sentence.paragraph_idx:
        return []
    found: list[_Group] = []
    for m in mentions:
        group = owner.get(id(m))
        if previous.char_start <= m.start < previous.char_end and group is not None and group not in found:
            found.append(group)
    return found


def _listed_with(text: str, mention: _Mention, near: list[_Mention], rules: _Rules) -> list[_Mention]:
    """The named mentions joined to `mention` in one list (`A và B`, `A, B`), both ways."""
    ordered = sorted((m for m in near if m.kind != "bare"), key=lambda m: m.start)
    if mention not in ordered:
        return []
    at = ordered.index(mention)
    listed = []
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(ordered):
            a, b = sorted((ordered[i], ordered[i + step]), key=lambda m: m.start)
            if not (a.end < b.start and rules.list_gap_re.fullmatch(text, a.end, b.start)):
                break
            i += step
            listed.append(ordered[i])
    return listed


# ------------------------------------------------------------------ organisers, documents


def _find_organizers(doc: "Doc", mentions: list[_Mention], documents: list[Document], rules: _Rules) -> None:
    text = doc.text
    sentences = doc.user_data["sentences"]
    for mention in mentions:
        sentence = sentence_at(doc, mention.start)
        container = next((d for d in documents if d.char_start <= mention.start and mention.end <= d.char_end), None)
        if container is not None:
            mention.document = container
            if container.issuer and rules.launch_verb_re.search(text, container.char_start, mention.start):
                mention.organizer, mention.organizer_rank = OrgPhrase(0, 0, container.issuer), 0
                continue
        if mention.organizer is not None:
            continue
        # `Kế hoạch số 96/KH-UBND Tổ chức Tháng Công nhân …`: a plan whose title organises the campaign.
        titled = next((d for d in documents if d.issuer and sentence.char_start <= d.char_start
                       and rules.plan_title_verb_re.fullmatch(text, d.char_end, mention.start)), None)
        if titled is not None:
            mention.organizer, mention.organizer_rank = OrgPhrase(0, 0, titled.issuer), 0
            mention.document = titled
            continue
        found = _agent_after(doc, mention.end, sentence.char_end, rules)
        if found is not None:
            mention.organizer, mention.organizer_rank = found
            continue
        verb = rules.verb_before_re.search(text, sentence.char_start, mention.start)
        if verb is not None:
            if mention.document is None:
                # `Thực hiện Kế hoạch số 12/KH-LĐLĐ, LĐLĐ quận phát động đợt thi đua …`
                mention.document = next((d for d in reversed(documents) if sentence.char_start <= d.char_start
                                         and d.char_end <= verb.start(1)), None)
            subject = subject_before(doc, sentence.char_start, verb.start(1))
            if subject is None:
                # `ORG đã tổ chức Lễ phát động …`: the subject of the ceremony launching it.
                lead = rules.ceremony_lead_re.search(text, sentence.char_start, verb.start(1))
                if lead is not None:
                    subject = subject_before(doc, sentence.char_start, lead.start())
            if subject is None:
                subject = _opening_subject(doc, sentence, verb.start(1), sentences, rules)
            if subject is not None:
                mention.organizer, mention.organizer_rank = _joined_subject(doc, sentence.char_start, subject, rules), 1
    # `phát động Tháng hành động về ATVSLĐ, Tháng Công nhân 2023`: a mention listed right after a
    # launched one shares its launch verb.
    ordered = sorted(mentions, key=lambda m: m.start)
    for previous, mention in zip(ordered, ordered[1:]):
        if (mention.organizer is None and previous.organizer is not None and previous.organizer_rank <= 1
                and previous.end < mention.start
                and rules.list_gap_re.fullmatch(text, previous.end, mention.start)):
            mention.organizer, mention.organizer_rank = previous.organizer, previous.organizer_rank
            if previous.organizer_rank == 0 and mention.document is None:
                mention.document = previous.document  # the plan's title names both


def _joined_subject(doc: "Doc", clause_start: int, subject: OrgPhrase, rules: _Rules) -> OrgPhrase:
    """`Ủy ban nhân dân thành phố Hà Nội và Liên đoàn Lao động thành phố Hà Nội (phối hợp tổ chức …)`:
    a subject joined to the organisation written right before it is kept whole; `A phối hợp B phát
    động …`: A, whose partner B is."""
    text = doc.text
    partner = rules.partner_re.search(text, clause_start, subject.char_start)
    if partner is not None:
        first = subject_before(doc, clause_start, partner.start() + 1)
        if first is not None and not text[first.char_end:partner.start()].strip():
            return first
    joiner = rules.subject_joiner_re.search(text, clause_start, subject.char_start)
    if joiner is None:
        return subject
    first = subject_before(doc, clause_start, joiner.start() + 1)
    if first is None or text[first.char_end:joiner.start()].strip():
        return subject
    return OrgPhrase(first.char_start, subject.char_end, text[first.char_start:subject.char_end])


def _agent_after(doc: "Doc", pos: int, limit: int, rules: _Rules) -> tuple[OrgPhrase, int] | None:
    """`… do ORG (đã) phát động` (rank 1) or `… do ORG tổ chức` (rank 2) right after a mention."""
    text = doc.text
    marker = rules.agent_re.match(text, pos, limit)
    if marker is None:
        return None
    phrase = organization_at(doc, marker.end(), limit)
    if phrase is None:
        return None
    if rules.launch_verb_re.match(text, phrase.char_end, limit):
        return phrase, 1
    if rules.host_verb_re.match(text, phrase.char_end, limit) and marker.group().split()[-1] not in rules.launch_only_agents:
        return phrase, 2
    return None


def _opening_subject(doc: "Doc", sentence: SentenceInfo, verb_start: int, sentences: list[SentenceInfo],
                     rules: _Rules) -> OrgPhrase | None:
    """The organisation a subjectless clause (`…, phát động`, `Đồng thời, phát động`) takes.

    A verb right after a comma shares the subject that opens its sentence; a sentence that
    opens with `Đồng thời` takes the one that opens the sentence before.
    """
    text = doc.text
    lead = text[sentence.char_start:verb_start]
    if rules.subjectless_re.fullmatch(lead) or not lead.strip():
        if sentence.idx == 0:
            return None
        source = sentences[sentence.idx - 1]
    elif lead.rstrip().endswith(","):
        source = sentence
    else:
        return None
    # The subject opens the sentence, after a label such as `Tin tổng hợp:`.
    opening = re.compile(r"[^.;:]{0,30}:\s*").match(text, source.char_start, source.char_end)
    for start in ([opening.end()] if opening else []) + [source.char_start]:
        phrase = organization_at(doc, start, source.char_end)
        if phrase is not None:
            return phrase
    return None


def _group_organizer(group: _Group) -> tuple[str | None, str | None]:
    ranked = [m for m in group.mentions if m.organizer is not None]
    document = next((m.document.document_id for m in group.mentions if m.document is not None), None)
    if not ranked:
        return None, document
    best = min(ranked, key=lambda m: (m.organizer_rank, m.start))
    return best.organizer.name, document


# ------------------------------------------------------------------ rows


def _days(period: DateFact | None) -> int | None:
    return None if period is None else (period.end_date - period.start_date).days + 1


def _row(doc: "Doc", ctx: ArticleContext, start: int, end: int, name: str, phase: int | None,
         theme: str | None, period: DateFact | None, stated: int | None, organizer: str | None,
         document_id: str | None, rules: _Rules) -> Campaign:
    days = _days(period)
    mismatch = days is not None and stated is not None and abs(days - stated) > rules.mismatch_tolerance
    return Campaign(
        campaign_id=fact_id("cmp", ctx, start, end, phase if phase is not None else ""),
        **span_fields(doc, ctx, start, end),
        name=name,
        phase=phase,
        theme=theme,
        start_date=period.start_date if period else None,
        end_date=period.end_date if period else None,
        duration_days=days,
        stated_duration_days=stated,
        duration_mismatch=mismatch,
        organizer=organizer,
        document_id=document_id,
    )


def _mention_rows(doc: "Doc", ctx: ArticleContext, campaign_id: str, spans: list[tuple[int, int]]) -> list[CampaignMention]:
    return [CampaignMention(campaign_id=campaign_id, **span_fields(doc, ctx, s, e)) for s, e in sorted(set(spans))]


def extract_campaigns(doc: "Doc", ctx: ArticleContext, dates: list[DateFact] | None = None,
                      documents: list[Document] | None = None) -> tuple[list[Campaign], list[CampaignMention]]:
    """The article's campaigns (one row per campaign, or per phase) and every mention of each."""
    rules = _rules()
    dates = sorted(article_dates(doc, ctx, dates), key=lambda d: d.char_start)
    if documents is None:
        documents = extract_documents(doc, ctx, dates)
    mentions = _find_mentions(doc, rules)
    groups = _group_mentions(mentions, rules)
    owner = {id(m): g for g in groups for m in g.mentions}
    phases = _find_phases(doc, dates, rules)
    _attach_phases(doc, phases, mentions, groups, owner, rules)
    for mention in mentions:
        # `“Chia sẻ giọt máu hồng” đợt 3`: the quoted campaign's phase is this one, undated.
        group = owner.get(id(mention))
        if mention.phase is not None and group is not None and not group.phases:
            number, start, end = mention.phase
            group.phases[number] = _Phase(number, start, end, None, None)
    _find_themes(doc, mentions, rules)
    _attach_periods(doc, dates, phases, mentions, groups, owner, rules)
    _split_other_years(groups, owner)
    _find_organizers(doc, mentions, documents, rules)

    campaigns: list[Campaign] = []
    mention_rows: list[CampaignMention] = []
    # In the order the article first mentions them.
    for group in sorted(groups, key=lambda g: min(m.start for m in g.mentions)):
        if not group.named_mentions() and not group.phases and group.period is None:
            continue
        name = _group_name(doc, group)
        organizer, document_id = _group_organizer(group)
        spans = [(m.start, m.end) for m in group.mentions]
        if group.phases:
            for number, phase in sorted(group.phases.items()):
                row = _row(doc, ctx, phase.start, phase.end, name, number, phase.theme, phase.period,
                           phase.stated_days, organizer, document_id, rules)
                campaigns.append(row)
                mention_rows += _mention_rows(doc, ctx, row.campaign_id, spans + [(phase.start, phase.end)])
            if group.period is None:
                continue  # the campaign is its phases; with a period of its own it keeps a row too
        theme = next((m.theme for m in group.mentions if m.theme), None)
        anchor = _best_mention(doc, group)
        row = _row(doc, ctx, anchor.start, anchor.end, name, None, theme, group.period, group.stated_days,
                   organizer, document_id, rules)
        campaigns.append(row)
        mention_rows += _mention_rows(doc, ctx, row.campaign_id, spans)
    return campaigns, mention_rows


def campaign_table(doc: "Doc", ctx: ArticleContext) -> list[dict]:
    """The campaigns as the gold TSVs write them (`tests/gold/campaigns/`): one dict per row.

    Adds `document_number` (the number of the launching document) and `undated_name` (the name
    of a campaign without dates, NULL for a dated one): a dated campaign or phase is matched on
    its phase and period, an undated programme on its name.
    """
    dates = article_dates(doc, ctx, None)
    documents = extract_documents(doc, ctx, dates)
    numbers = {d.document_id: d.number for d in documents}
    campaigns, _ = extract_campaigns(doc, ctx, dates, documents)
    rows = []
    for campaign in campaigns:
        row = campaign.model_dump()
        row["document_number"] = numbers.get(campaign.document_id)
        row["undated_name"] = campaign.name if campaign.start_date is None else None
        rows.append(row)
    return rows

