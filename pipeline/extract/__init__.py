"""Extraction: a pure function from a tokenised article to validated facts (one module per fact type)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.extract.base import ArticleContext
    from schemas.models import ArticleFacts


def extract_facts(doc: "Doc", ctx: "ArticleContext") -> "ArticleFacts":
    """Every fact of one article. Pure: same doc and context, same facts."""
    # Imported here, not with the package: `ldtd check` imports three of these extractors and
    # need not wait for the others.
    from pipeline.extract.abbreviations import extract_abbreviations
    from pipeline.extract.campaigns import extract_campaigns
    from pipeline.extract.dates import extract_dates
    from pipeline.extract.documents import extract_documents
    from pipeline.extract.figures import extract_figures, extract_spelled_counts
    from pipeline.extract.officials import extract_officials
    from schemas.models import ArticleFacts

    # Dates first: documents and campaigns take their dates from them (one date parser).
    dates = extract_dates(doc, ctx)
    documents = extract_documents(doc, ctx, dates)
    campaigns, campaign_mentions = extract_campaigns(doc, ctx, dates, documents)
    officials, roles = extract_officials(doc, ctx)
    return ArticleFacts(
        # the counts spelled out after those in digits: the checker reads both, the SPEC only these
        figures=extract_figures(doc, ctx) + extract_spelled_counts(doc, ctx),
        dates=dates,
        documents=documents,
        campaigns=campaigns,
        campaign_mentions=campaign_mentions,
        officials=officials,
        official_roles=roles,
        abbreviations=extract_abbreviations(doc, ctx),
    )
