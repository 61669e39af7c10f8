"""Probes: real sentences from pages outside the development corpus, one way of writing a fact each
(tests/probes/README.md). A row with a `known_miss` is an expected failure, strictly."""
from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.extract.base import analyse
from pipeline.extract.campaigns import campaign_table
from pipeline.extract.dates import extract_dates
from pipeline.extract.documents import extract_documents
from pipeline.extract.figures import extract_figures
from pipeline.extract.officials import officials_for_eval
from pipeline.process import context_years

PROBES = Path(__file__).parent / "probes"


def probe_rows(name: str) -> list:
    with open(PROBES / f"{name}.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [
        pytest.param(row, id=f"{name}{n:02d}-{row['form'][:40]}",
                     marks=[pytest.mark.xfail(reason=row["known_miss"], strict=True)] if row["known_miss"] else [])
        for n, row in enumerate(rows)
    ]


@pytest.mark.parametrize("row", probe_rows("officials"))
def test_officials_probe(row):
    doc, ctx = analyse(row["sentence"], published_at=datetime(2023, 5, 2))
    got = sorted((m["name"], m["honorific"], m["titles"]) for m in officials_for_eval(doc, ctx))
    assert got == sorted(tuple(e) for e in json.loads(row["expected"]))


def published(value: str) -> datetime | None:
    """The page's date when it shows a whole one (a crawl manifest's `published_at`), else None."""
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d")
    except ValueError:
        return None


def campaign_key(row: dict) -> tuple[str, str, str, str]:
    """The campaigns SPEC's key: phase, start, end, and the name when undated."""
    start = str(row.get("start_date") or "")
    return (str(row.get("phase") or ""), start, str(row.get("end_date") or ""),
            "" if start else row.get("undated_name") or row.get("name") or "")


@pytest.mark.parametrize("row", probe_rows("campaigns"))
def test_campaigns_probe(row):
    # As the runner does: the page's date, and the years its text writes as context.
    doc, ctx = analyse(row["passage"], published_at=published(row["published"]),
                       context_years=context_years(row["passage"]))
    got = sorted(campaign_key(c) for c in campaign_table(doc, ctx))
    assert got == sorted(campaign_key(e) for e in json.loads(row["expected"]))


@pytest.mark.parametrize("row", probe_rows("documents"))
def test_documents_probe(row):
    doc, ctx = analyse(row["sentence"], published_at=published(row["published"]),
                       context_years=context_years(row["sentence"]))
    got = sorted((d.number or "", str(d.issued_on or "")) for d in extract_documents(doc, ctx))
    # The documents SPEC's key: the number as written and the day of issue.
    assert got == sorted((e["number"] or "", e["issued_on"] or "") for e in json.loads(row["expected"]))


@pytest.mark.parametrize("row", probe_rows("dates"))
def test_dates_probe(row):
    doc, ctx = analyse(row["sentence"], published_at=published(row["published"]),
                       context_years=context_years(row["sentence"]))
    got = sorted((str(d.start_date), str(d.end_date)) for d in extract_dates(doc, ctx))
    # The dates SPEC's key: the days covered, start and end.
    assert got == sorted((e["start_date"], e["end_date"]) for e in json.loads(row["expected"]))


@pytest.mark.parametrize("row", probe_rows("figures"))
def test_figures_probe(row):
    doc, ctx = analyse(row["sentence"], published_at=published(row["published"]),
                       context_years=context_years(row["sentence"]))
    # The figures SPEC's key: the words as written, the value and the kind.
    got = sorted((f.surface, f.value, f.kind) for f in extract_figures(doc, ctx))
    assert got == sorted((e["surface"], float(e["value"]), e["kind"]) for e in json.loads(row["expected"]))


def test_probe_pages_are_outside_the_development_corpus():
    with open(Path(__file__).parent / "dev" / "SOURCES.tsv", encoding="utf-8", newline="") as f:
        corpus = {r["url"].split("://", 1)[-1].rstrip("/") for r in csv.DictReader(f, delimiter="\t")}
    for path in PROBES.glob("*.tsv"):
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                assert row["url"].split("://", 1)[-1].rstrip("/") not in corpus, (path.name, row["url"])
