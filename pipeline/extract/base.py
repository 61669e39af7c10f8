"""What every extractor shares: the article context it is given and the span bookkeeping.

An extractor is a pure function `extract_X(doc, ctx) -> list[Fact]`: it reads the tokenised
article (a spaCy Doc whose text is `articles.text`) and returns validated pydantic facts. It
never touches the database, the file system or the clock, so it can run in any process.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pipeline.tokenise import sentence_at
from schemas.models import stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class ArticleContext:
    """What an extractor may know about the article besides its text."""

    article_id: str
    kind: str = "article"                 # 'article' or 'teaser'
    published_at: datetime | None = None  # None when unknown: never replaced by today
    outlet: str | None = None
    title: str | None = None
    host_published_at: datetime | None = None  # a teaser's host page date, when known
    # Years written in the host page (for a teaser) or in the article itself; dates.py uses
    # them to give a year to a date written without one. Filled by the runner.
    context_years: tuple[int, ...] = field(default_factory=tuple)

    @property
    def reference_date(self) -> date | None:
        stamp = self.published_at or self.host_published_at
        return stamp.date() if stamp else None


def span_fields(doc: "Doc", ctx: ArticleContext, char_start: int, char_end: int) -> dict[str, Any]:
    """The span columns of a fact covering doc.text[char_start:char_end].

    Raises ValueError for a span outside every sentence: a fact must come from article text,
    never from the gaps between paragraphs.
    """
    sentence = sentence_at(doc, char_start)
    if sentence is None:
        raise ValueError(f"span {char_start}..{char_end} is not inside a sentence")
    return {
        "article_id": ctx.article_id,
        "sentence_idx": sentence.idx,
        "char_start": char_start,
        "char_end": char_end,
        "surface": doc.text[char_start:char_end],
    }


def fact_id(prefix: str, ctx: ArticleContext, char_start: int, char_end: int, *extra: object) -> str:
    """Stable id of a fact: the same article, span and kind give the same id on every run."""
    return stable_id(prefix, ctx.article_id, char_start, char_end, *extra)


def analyse(text: str, article_id: str = "test", **context: Any) -> tuple["Doc", ArticleContext]:
    """Tokenise a bare text (paragraphs separated by blank lines) and give it a context.

    For tests and for `ldtd check`, which run extractors on a sentence rather than a stored article.
    """
    from pipeline.tokenise import tokenise

    return tokenise(text), ArticleContext(article_id=article_id, **context)
