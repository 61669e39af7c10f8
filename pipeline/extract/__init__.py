"""Extraction: a pure function from a tokenised article to validated facts (one module per fact type)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.abbreviations import extract_abbreviations
from pipeline.extract.base import ArticleContext
from pipeline.extract.dates import extract_dates
from pipeline.extract.officials import extract_officials
from schemas.models import ArticleFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_facts(doc: "Doc", ctx: ArticleContext) -> ArticleFacts:
    """Every fact of one article. Pure: same doc and context, same facts."""
    dates = extract_dates(doc, ctx)
    officials, roles = extract_officials(doc, ctx)
    return ArticleFacts(
        dates=dates,
        officials=officials,
        official_roles=roles,
        abbreviations=extract_abbreviations(doc, ctx),
    )
