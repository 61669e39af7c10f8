"""One input in, its rows out: decode → clean → tokenise → extract, as a pure function.

`process_source` is what a worker process runs. It never touches the database; it returns
either a `PageResult` (validated rows for the host article and its teasers) or a `Failure`
(which stage refused the input and why). The single writer stores either.
"""
from __future__ import annotations

import re
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.clean import CleanArticle, CleanError, CleanPage, clean_page
from pipeline.extract import extract_facts
from pipeline.extract.base import ArticleContext
from pipeline.extract.dates import undating_year_lead
from pipeline.ingest import IngestError, SourceUnit, decode_unit
from pipeline.tokenise import tokenise
from schemas.models import Article, ArticleFacts, RelatedLink, Repair, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A year alone: not inside a number (`2.017`, `2017,5`) or a date. Closing a sentence or a clause, it
# is a year after a common word (`… chiến dịch thanh niên tình nguyện hè 2017.`, dev 1011) but the end
# of a name after a capitalised one (`tại Công ty TNHH Year 2000.`, probes): see `context_years`.
_YEAR = re.compile(r"(?<![\d/.,-])(19\d{2}|20\d{2})(?![\d/]|[.,]\d)")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


@dataclass
class ArticleRows:
    article: Article
    sentences: list[Sentence]
    facts: ArticleFacts


@dataclass
class PageResult:
    source_path: str
    source_sha256: str
    host: ArticleRows
    teasers: list[ArticleRows] = field(default_factory=list)
    related_links: list[RelatedLink] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)


@dataclass
class Failure:
    source_path: str
    source_sha256: str | None
    stage: str
    error: str


@dataclass
class KnownBytes:
    """An input whose bytes, in the same format, are already stored under another path
    (`same_as`, making `article_id`): recorded as its duplicate without any work."""

    source_path: str
    source_sha256: str
    same_as: str
    article_id: str


def _closes_a_name(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper()


def context_years(text: str) -> tuple[int, ...]:
    """Years written in a text that may date it, most frequent first (ties: latest first).

    Birth years and targets (`sinh năm 1972`, `phấn đấu đến năm 2030`, every year of `sinh năm
    2015 và 2018`) say nothing of when the text was written: the dates lexicon's words that lead
    them exclude them here as in dates.py.
    """
    undating = undating_year_lead()
    counts = Counter(int(m.group(1)) for m in _YEAR.finditer(text)
                     if not undating.search(text[max(0, m.start() - 40):m.start()])
                     and not (text[m.end():m.end() + 1] in (".", ",") and _closes_a_name(text, m.start())))
    return tuple(sorted(counts, key=lambda y: (-counts[y], -y)))


def context_for(article: CleanArticle, host: CleanArticle | None = None) -> ArticleContext:
    years = context_years(article.text)
    if host is not None:
        years = years + tuple(y for y in context_years(host.text) if y not in years)
    # Last, the years of the page's crawl metadata (`date 2020-08`): the page's own years.
    page = host if host is not None else article
    years = years + tuple(y for y in page.page_years if y not in years)
    return ArticleContext(
        article_id=article.article_id,
        kind=article.kind,
        published_at=article.published_at,
        outlet=article.outlet,
        title=article.title,
        host_published_at=host.published_at if host is not None else None,
        context_years=years,
    )


def analyse_article(article: CleanArticle, host: CleanArticle | None = None) -> tuple["Doc", ArticleContext]:
    """The tokenised article and the context its extractors see."""
    return tokenise(article.text, article.paragraphs), context_for(article, host)


def article_rows(article: CleanArticle, run_id: str, host: CleanArticle | None = None) -> ArticleRows:
    doc, ctx = analyse_article(article, host)
    sentences = [
        Sentence(
            article_id=article.article_id,
            sentence_idx=s.idx,
            paragraph_idx=s.paragraph_idx,
            section=s.section,
            char_start=s.char_start,
            char_end=s.char_end,
            text=article.text[s.char_start:s.char_end],
            tokens=list(s.tokens),
        )
        for s in doc.user_data["sentences"]
    ]
    row = Article(
        article_id=article.article_id,
        source_path=article.source_path,
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        sapo=article.sapo,
        byline=article.byline,
        published_at=article.published_at,
        kind=article.kind,
        host_article_id=article.host_article_id,
        crawled_at=article.crawled_at,
        text=article.text,
        content_sha256=article.content_sha256,
        n_sentences=len(sentences),
        run_id=run_id,
        encoding=article.encoding,
        repairs=article.repairs,
    )
    return ArticleRows(row, sentences, extract_facts(doc, ctx))


# Teasers repeat on page after page. Their ids are content hashes, so a teaser this process has
# already analysed (or that the database already holds with this code) is the same teaser: the
# page only links to it. A memo of work done, not state that changes any result.
_TEASERS_DONE: set[str] = set()


def remember_teasers(teaser_ids, *, reset: bool = False) -> None:
    """Note teasers as done; `reset` starts a new batch (another database may lack them)."""
    if reset:
        _TEASERS_DONE.clear()
    _TEASERS_DONE.update(teaser_ids)


def page_rows(page: CleanPage, run_id: str, source_path: str, source_sha256: str,
              repairs: list[Repair] | None = None) -> PageResult:
    host = page.article
    new_teasers = [t for t in page.teasers if t.article_id not in _TEASERS_DONE]
    teaser_rows = [article_rows(t, run_id, host) for t in new_teasers]
    remember_teasers(t.article_id for t in new_teasers)
    return PageResult(
        source_path=source_path,
        source_sha256=source_sha256,
        host=article_rows(host, run_id),
        teasers=teaser_rows,
        related_links=[
            RelatedLink(article_id=host.article_id, position=r.position, block=r.block,
                        title=r.title, teaser_id=r.teaser_id)
            for r in page.related
        ],
        repairs=repairs or [],
    )


def process_source(unit: SourceUnit, run_id: str) -> PageResult | Failure:
    """Everything one input yields, or why it was refused. Never raises."""
    stage = "ingest"
    try:
        source = decode_unit(unit)
        repairs = [
            Repair(source_path=unit.source_path, byte_offset=r.byte_offset, bytes_hex=r.found.hex(),
                   action=r.action, reason=r.reason, run_id=run_id)
            for r in source.byte_repairs
        ]
        stage = "clean"
        page = clean_page(
            source.content,
            source.fmt,
            source_path=unit.source_path,
            url=source.url,
            published_at=source.published_at,
            crawled_at=source.crawled_at,
            encoding=source.encoding,
            repairs=source.repairs,
        )
        stage = "extract"
        return page_rows(page, run_id, unit.source_path, unit.sha256, repairs)
    except (IngestError, CleanError) as exc:
        return Failure(unit.source_path, unit.sha256, stage, str(exc))
    except Exception as exc:  # one bad input must never stop a batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Failure(
            unit.source_path, unit.sha256, stage,
            f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}); "
            "this is a bug in ldtd: report it with the file",
        )
