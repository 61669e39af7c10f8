"""Pydantic models of every row the pipeline stores: each fact is validated before it is written.

Field names are the column names of schemas/schema.sql (and of the data contract). The store
writes `model_dump()` of these models, so a field added here needs its column there.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that is the same on every run for the same parts (never random)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, defer_build=True)


class SpanRow(Row):
    """A fact that points at its words: the span rule of the contract is checked here."""

    article_id: str
    sentence_idx: int = Field(ge=0)
    char_start: int = Field(ge=0)
    char_end: int = Field(gt=0)
    surface: str = Field(min_length=1)

    @model_validator(mode="after")
    def _span_matches_surface(self) -> "SpanRow":
        if self.char_end <= self.char_start:
            raise ValueError(f"empty span {self.char_start}..{self.char_end}")
        if self.char_end - self.char_start != len(self.surface):
            raise ValueError(
                f"span {self.char_start}..{self.char_end} does not have the length of {self.surface!r}"
            )
        return self


# ------------------------------------------------------------------ articles and their parts


class Article(Row):
    article_id: str
    source_path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    sapo: str | None = None
    byline: str | None = None
    published_at: datetime | None = None
    kind: Literal["article", "teaser"] = "article"
    host_article_id: str | None = None
    crawled_at: datetime | None = None
    text: str
    content_sha256: str
    n_sentences: int = Field(ge=0)
    run_id: str
    encoding: str | None = None
    repairs: list[str] = Field(default_factory=list)
    pipeline_version: str | None = None


class Sentence(Row):
    article_id: str
    sentence_idx: int = Field(ge=0)
    paragraph_idx: int = Field(ge=0)
    section: Literal["title", "sapo", "body", "caption"]
    char_start: int = Field(ge=0)
    char_end: int = Field(gt=0)
    text: str
    tokens: list[str]


class RelatedLink(Row):
    article_id: str
    position: int = Field(ge=0)
    block: str
    title: str
    teaser_id: str | None = None


class QuarantineRecord(Row):
    run_id: str
    source_path: str
    stage: Literal["ingest", "clean", "tokenise", "extract", "store"]
    error: str
    source_sha256: str | None = None


class Repair(Row):
    """Bytes of an input that ingest replaced (by one U+FFFD) or dropped to store its page."""

    source_path: str
    byte_offset: int = Field(ge=0)
    bytes_hex: str = Field(min_length=2)
    action: Literal["replaced", "dropped"]
    reason: str
    run_id: str


# ------------------------------------------------------------------ facts

FigureKind = Literal["count", "money", "percent", "ratio", "rank", "duration", "ordinal", "measure"]
Qualifier = Literal["exact", "more_than", "at_least", "less_than", "at_most", "nearly", "about", "vague"]


class Figure(SpanRow):
    figure_id: str
    value: float | None = None
    value_max: float | None = None
    denominator: float | None = None
    kind: FigureKind
    unit: str | None = None
    qualifier: Qualifier = "exact"
    change: Literal["increase", "decrease"] | None = None
    subject: str | None = None
    in_name: bool = False
    spelled: bool = False


class DateFact(SpanRow):
    date_id: str
    kind: Literal["date", "range", "term"]
    start_date: date
    end_date: date
    granularity: Literal["day", "month", "quarter", "year"]
    year_inferred: bool = False
    calendar: Literal["gregorian", "lunar"] = "gregorian"
    relative: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> "DateFact":
        if self.end_date < self.start_date:
            raise ValueError(f"date range ends before it starts: {self.start_date}..{self.end_date}")
        return self


class Official(SpanRow):
    mention_id: str
    person_id: str
    name: str
    honorific: str | None = None
    role_text: str | None = None


class OfficialRole(Row):
    mention_id: str
    article_id: str
    person_id: str
    title: str
    organization: str | None = None
    organization_expanded: str | None = None
    role_idx: int = 0


class Document(SpanRow):
    document_id: str
    doc_type: str
    number: str | None = None
    issued_on: date | None = None
    issuer: str | None = None
    title: str | None = None


class Campaign(SpanRow):
    campaign_id: str
    name: str
    phase: int | None = None
    theme: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    duration_days: int | None = None
    stated_duration_days: int | None = None
    duration_mismatch: bool = False
    organizer: str | None = None
    document_id: str | None = None


class CampaignMention(SpanRow):
    campaign_id: str


class Abbreviation(Row):
    abbr: str
    expansion: str
    article_id: str
    source: Literal["defined", "lexicon"]
    sentence_idx: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    surface: str | None = None


class ArticleFacts(Row):
    """Everything extracted from one cleaned article: the output of the pure extraction step."""

    figures: list[Figure] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    official_roles: list[OfficialRole] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    campaigns: list[Campaign] = Field(default_factory=list)
    campaign_mentions: list[CampaignMention] = Field(default_factory=list)
    abbreviations: list[Abbreviation] = Field(default_factory=list)


# Table name -> model, in the order the store writes them (and deletes them in reverse).
FACT_TABLES: dict[str, type[Row]] = {
    "figures": Figure,
    "dates": DateFact,
    "officials": Official,
    "official_roles": OfficialRole,
    "documents": Document,
    "campaigns": Campaign,
    "campaign_mentions": CampaignMention,
    "abbreviations": Abbreviation,
}
