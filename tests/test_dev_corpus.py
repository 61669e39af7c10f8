"""The development corpus stays what tests/dev/README.md says it is: real, sourced, split by rule, annotated."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter

import pytest

from pipeline.evaluate import (DEFAULT_GOLD, DEV_DIR, default_collections, evaluate_collection, find_specs,
                               read_gold, read_sources)

SOURCES = read_sources()
FACT_TYPES = sorted(p.parent.name for p in DEFAULT_GOLD.glob("*/SPEC.toml"))


def url_hash(row) -> str:
    return hashlib.sha1(row["url"].encode("utf-8")).hexdigest()


def test_size_and_mix_of_outlets():
    assert len(SOURCES) >= 80
    # Issue 15 asks for at least 80 excerpts, at least half of them LĐTĐ. The store has no unused
    # LĐTĐ page left since batch 7, so later rounds add other union outlets' pages beside the
    # LĐTĐ ones instead of stopping: LĐTĐ stays far above half of the 80 and, until batch 11, over
    # two in five of the whole (197 of 414 after batch 8; 202 of 455 after batch 9, whose collectors
    # found only five unused LĐTĐ pages; 202 of 472 after batch 10, whose collectors found none; 205
    # of 505 after batch 11, whose collectors found three). Batch 12 (three more of 30) takes it to
    # 208 of 535 (of 563 after batch 13; 209 of 589 after batch 14; 212 of 622 after batch 15), under
    # two in five: the floor was then over a third of the whole and 200 pages. Batch 16 (five LĐTĐ of
    # 36, every other LĐTĐ page the store returned being in the corpus) takes it to 217 of 658 (of 689
    # after batch 17, none LĐTĐ; 223 of 727 after batch 18, six LĐTĐ of 38; 224 of 745 after batch
    # 19, one LĐTĐ of 18; 224 of 763 after batch 20, whose collectors found no unused LĐTĐ page;
    # 224 of 787 after batch 21, likewise; 225 of 804 after batch 22, one LĐTĐ of 17; 225 of 831
    # after batch 23, none LĐTĐ; 225 of 842 after batch 24, likewise; 231 of 861 after batch 25,
    # six LĐTĐ of 19; 235 of 879 after batch 26, four of 18; 236 of 898 after batch 27, one of 19;
    # 237 of 924 after batch 28, one of 26; 238 of 952 after batch 29, one of 28, a quarter exactly).
    # Batch 30 (one mirror page of 17) takes it to 239 of 969: the floor is now over a fifth of
    # the whole and 200 pages, still far above issue 15's half of 80. The store gives one unused
    # LĐTĐ page a round at most now; the other outlets' pages are what keeps the held-aside split
    # growing.
    ldtd = sum(r["ldtd"] == "yes" for r in SOURCES)
    assert ldtd * 2 >= 80
    assert ldtd >= 200
    assert ldtd * 5 > len(SOURCES)
    years = {r["published"][:4] for r in SOURCES if r["published"]}
    assert len(years) >= 6  # spread over the years, not one season


def test_ids_urls_and_pages_are_one_to_one():
    assert len({r["id"] for r in SOURCES}) == len(SOURCES)
    assert len({r["url"] for r in SOURCES}) == len(SOURCES)
    for r in SOURCES:
        assert r["id"].endswith(url_hash(r)[:12]), r["id"]
        assert r["url"].startswith(("http://", "https://")), r["id"]
        assert (DEV_DIR / "pages" / f"{r['id']}.txt").exists(), r["id"]
    assert {p.stem for p in (DEV_DIR / "pages").glob("*.txt")} == {r["id"] for r in SOURCES}


def test_the_held_aside_split_follows_its_rule():
    """Every fourth excerpt by URL hash, within each batch's LĐTĐ and other excerpts: nobody moved a page."""
    for group in {(r["batch"], r["ldtd"]) for r in SOURCES}:
        rows = sorted((r for r in SOURCES if (r["batch"], r["ldtd"]) == group), key=url_hash)
        expected = ["held" if i % 4 == 0 else "dev" for i in range(len(rows))]
        assert [r["split"] for r in rows] == expected, group
    counts = Counter(r["split"] for r in SOURCES)
    assert counts["held"] * 4 >= len(SOURCES) - 6


@pytest.mark.parametrize("row", SOURCES, ids=lambda r: r["id"])
def test_page_text_is_nfc_and_its_metadata_is_well_formed(row):
    text = (DEV_DIR / "pages" / f"{row['id']}.txt").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    # The store holds no more of some pages than a short item (a document cited in one sentence).
    assert 100 <= len(text) <= 4000
    assert row["split"] in {"dev", "held"} and row["ldtd"] in {"yes", "no"}
    assert row["published"] == "" or re.fullmatch(r"20[12]\d-\d\d-\d\d", row["published"])


@pytest.mark.parametrize("fact_type", FACT_TYPES)
def test_every_excerpt_is_annotated_with_the_seed_columns(fact_type):
    seed_header = read_gold(next((DEFAULT_GOLD / fact_type).glob("*.tsv")))[0]
    for r in SOURCES:
        path = DEV_DIR / "gold" / fact_type / f"{r['id']}.tsv"
        assert path.exists(), f"{path} missing: annotate it (an empty page has the header only)"
        header, rows = read_gold(path)
        assert header == seed_header, path
        text = (DEV_DIR / "pages" / f"{r['id']}.txt").read_text(encoding="utf-8")
        for row in rows:
            # A surface is words of the page, character for character.
            if row.get("surface"):
                assert row["surface"] in text, f"{path}: {row['surface']!r} is not in the page"


# F1 measured when the development corpus was built (tests/dev/README.md): a change that lowers
# any of them is a regression. Raise a floor when a change lifts its score. Set again when the
# fourth batch came in, raised to what the rules written from its dev pages score, and set again
# when the fifth came in (held: 86 excerpts, 10 of them new), at what the rules scored on it;
# the rules written from its dev pages raised dev and left held where it was. Set again when the
# sixth came in (held: 94 excerpts, 8 of them new), and when the seventh came in (held: 102
# excerpts, 8 of them new; dev: 285, 18 new, whose officials and campaigns the rules had not seen),
# and when the eighth came in (held: 110, 8 new; dev: 304, 19 new), and the ninth (held: 121, 11
# new; dev: 334, 30 new), and the tenth (held: 126, 5 new; dev: 346, 12 new; at what the rules of
# 24e72e6 scored on it, before any rule was read from it), and the eleventh (held: 135, 9 new; dev:
# 370, 24 new; at what the rules of b9713a3 scored on it), and the twelfth (held: 143, 8 new; dev:
# 392, 22 new; at what the rules of 89b073c scored on it), and the thirteenth (held: 150, 7 new;
# dev: 413, 21 new; at what the rules of 58f8cb4 scored on it), then raised by the rules read from
# its dev pages, and the fourteenth (held: 158, 8 new; dev: 431, 18 new; at what the rules of
# dae5de1 scored on it), then raised by the rules read from its dev pages, and the fifteenth (held:
# 167, 9 new; dev: 455, 24 new; at what the rules of 56cd73a scored on it), and the sixteenth
# (held: 177, 10 new, one of them a page the cleaner rejects; dev: 481, 26 new; at what the rules
# of eb89395 scored on it), then raised by the rules read from its dev pages, and the seventeenth
# (held: 185, 8 new; dev: 504, 23 new; at what the rules of 1f0bee6 scored on it), then raised by
# the rules read from its dev pages, and the eighteenth (held: 195, 10 new; dev: 532, 28 new; at
# what the rules of 7ac1834 scored on it), then raised by the rules read from its dev pages, and
# the nineteenth (held: 201, 6 new; dev: 544, 12 new; at what the rules of 8b7e733 scored on it),
# then raised by the rules read from its dev pages, and the twentieth (held: 206, 5 new; dev: 557,
# 13 new; at what the rules of 30dcdd0 scored on it), then raised by the rules read from its dev
# pages, and the twenty-first (held: 212, 7 new; dev: 575, 17 new; at what the rules of a1b1b86
# scored on it), then raised by the rules read from its dev pages (campaigns, 2026-12-03: the Red
# Cross's and the children's months as fixed names, 0.762 -> 0.773 held), and the twenty-second
# (held: 217, 5 new; dev: 587, 12 new; at what the rules of 6594834 scored on it), then raised by
# the rules read from its dev pages. Held officials rose 0.915 -> 0.924 when the cleaner stopped
# rejecting pages whose text stands where furniture stands (one held page was set aside so). Set
# again when the twenty-third came in (held: 224, 7 new; dev: 607, 20 new; at what the rules of
# 16a42e2 scored on it), then raised by the rules read from its dev pages, and the twenty-fourth
# (held: 227, 3 new; dev: 615, 8 new; at what the rules of 0a96435 scored on it), and the
# twenty-fifth (held: 233, 6 new; dev: 628, 13 new; at what the rules of a0a2e93 scored on it), then
# raised by the rules read from its dev pages, and the twenty-sixth (held: 238, 5 new; dev: 641, 13
# new; at what the rules of 4652217 scored on it), and the twenty-seventh (held: 244, 6 new; dev: 654,
# 13 new; at what the rules of a8517dd scored on it), then raised by the rules read from its dev pages
# (documents 0.932 -> 0.950 with `văn bản số …`, see tests/dev/README.md), and the twenty-eighth
# (held: 252, 8 new; dev: 672, 18 new; at what the rules of 413990b scored on it), then raised by the
# rules read from its dev pages, and the twenty-ninth (held: 260, 8 new; dev: 692, 20 new; at what the
# rules of e80433b scored on it), then raised by the rules read from its dev pages, and the thirtieth
# (held: 265, 5 new; dev: 704, 12 new; at what the rules of 17a715d scored on it), then raised by the
# rules read from its dev pages.
F1_FLOORS = {
    "dev": {"figures": 0.987, "dates": 0.985, "officials": 0.976, "campaigns": 0.945, "documents": 0.991},
    "held": {"figures": 0.978, "dates": 0.968, "officials": 0.924, "campaigns": 0.796, "documents": 0.952},
}


@pytest.mark.parametrize("collection", default_collections()[1:], ids=lambda c: c.name)
def test_scores_do_not_fall_below_their_floors(collection):
    results = evaluate_collection(collection, find_specs(DEFAULT_GOLD))
    scores = {r.spec.fact_type: round(r.score.f1, 3) for r in results if not r.error}
    assert not [r.error for r in results if r.error]
    low = {t: (scores[t], floor) for t, floor in F1_FLOORS[collection.name].items() if scores[t] < floor}
    assert not low, f"F1 below its floor on {collection.name}: {low}"
