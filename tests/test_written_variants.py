"""Other ways of writing change no fact: every seed and dev page, rewritten the way other pages
write (`hoà`, `uỷ` for `hòa`, `ủy`; `quí`, `tỉ` for `quý`, `tỷ`; `ngày 1-6`, `ngày 30.6.2017` for
`ngày 1/6`, `ngày 30/6/2017`; `–` for `-` between words), gives the facts of the page as written.

Issue 15 names older spellings and dates written otherwise among the forms the rules miss on new
pages; this finds them without gold. It found the quarter's `quí`; an issuer cut short where
underthesea keeps `Mặt trận Tổ quốc Việt Nam` whole after the head `Ủy ban Mặt trận Tổ quốc`;
underthesea's model reading `Ủy ban` worse than `Uỷ ban`; a range opened by a dashed day and
month (`từ ngày 1-6 đến …`) read from its month; `Quốc khánh (2-9)` and `chiều 24 và sáng 25-4`
unread; a dashed timestamp line read as text; an en
dash glued to the words around it by underthesea's syllable pattern.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.evaluate import DEFAULT_CORPUS, DEV_DIR, as_rows, host_article, load_callable, read_sources
from pipeline.textnorm import fold_key, older_tone_placement

# What each fact type is compared on (its gold key and the attributes a rewrite must not move).
COMPARED = {
    "pipeline.extract.campaigns:campaign_table": ("phase", "start_date", "end_date", "name", "organizer"),
    "pipeline.extract.dates:extract_dates": ("start_date", "end_date", "kind", "granularity"),
    "pipeline.extract.documents:extract_documents": ("doc_type", "number", "issued_on", "issuer"),
    "pipeline.extract.figures:extract_figures": ("surface", "value", "kind", "unit", "subject"),
    "pipeline.extract.officials:officials_for_eval": ("name", "titles"),
}

# Words older pages write with `i` for `y`.
_I_FOR_Y = [("quý", "quí"), ("tỷ", "tỉ"), ("kỹ", "kĩ"), ("lý", "lí"), ("mỹ", "mĩ")]


def i_for_y(text: str) -> str:
    for new, old in _I_FOR_Y:
        for a, b in ((new, old), (new.capitalize(), old.capitalize())):
            text = re.sub(r"(?<!\w)" + a + r"(?!\w)", b, text)
    return text


_DAY_MONTH_AFTER_NGAY = re.compile(r"(?<=[Nn]gày )(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_DAY_MONTH_AFTER_TIME = re.compile(r"((?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm nay) )(\d{1,2})/(\d{1,2})(?![\d/])")
_DAY_MONTH_BRACKETED = re.compile(r"\((\d{1,2})/(\d{1,2})\)")


def dashed_dates(text: str) -> str:
    """`ngày 1/6`, `ngày 30/6/2017`, `sáng 25/4`, `Quốc khánh (2/9)` -> `ngày 1-6`, `ngày 30-6-2017`,
    `sáng 25-4`, `Quốc khánh (2-9)`, as laodong.vn writes them."""
    text = _DAY_MONTH_AFTER_NGAY.sub(lambda m: "-".join(p for p in m.groups() if p), text)
    text = _DAY_MONTH_AFTER_TIME.sub(lambda m: f"{m[1]}{m[2]}-{m[3]}", text)
    return _DAY_MONTH_BRACKETED.sub(lambda m: f"({m[1]}-{m[2]})", text)


def dotted_dates(text: str) -> str:
    """`ngày 30/6/2017` -> `ngày 30.6.2017` (full dates only: `ngày 1.6` is rare)."""
    return _DAY_MONTH_AFTER_NGAY.sub(lambda m: ".".join(m.groups()) if m[3] else m[0], text)


def en_dashes(text: str) -> str:
    """`Bộ Lao động - Thương binh và Xã hội`, `Nguyễn Văn A - Chủ tịch` with an en dash between words."""
    return re.sub(r"(?<=[^\W\d_]) - (?=[^\W\d_])", " – ", text)


REWRITES = {"older tone places": older_tone_placement, "i for y": i_for_y, "dates with dashes": dashed_dates,
            "dates with dots": dotted_dates, "en dashes": en_dashes}


def _pages() -> list[tuple[Path, str | None]]:
    dev = [(DEV_DIR / "pages" / f"{r['id']}.txt", r["published"] or None) for r in read_sources() if r["split"] == "dev"]
    return sorted((p, None) for p in DEFAULT_CORPUS.iterdir() if p.suffix in (".html", ".txt")) + dev


def _facts(path: Path, published: str | None, rewrite=None) -> dict[str, set[tuple]]:
    doc, ctx = host_article(str(path), published)
    facts = {}
    for extractor, columns in COMPARED.items():
        rows = set()
        for row in as_rows(load_callable(extractor)(doc, ctx)):
            values = []
            for column in columns:
                value = row.get(column)
                if isinstance(value, (list, tuple)):
                    value = "; ".join(map(str, value))
                if isinstance(value, str):
                    value = fold_key(rewrite(value) if rewrite else value)
                values.append(value)
            rows.add(tuple(values))
        facts[extractor.rsplit(":", 1)[1]] = rows
    return facts


def test_the_rewrites_rewrite():
    assert older_tone_placement("Hòa Bình, Ủy ban, khỏe; hoàn thành, khuyên") == "Hoà Bình, Uỷ ban, khoẻ; hoàn thành, khuyên"
    assert dashed_dates("từ ngày 1/6 đến ngày 30/6/2017, tỷ lệ 8/10") == "từ ngày 1-6 đến ngày 30-6-2017, tỷ lệ 8/10"
    assert dashed_dates("chiều 24 và sáng 25/4, Quốc khánh (2/9)") == "chiều 24 và sáng 25-4, Quốc khánh (2-9)"
    assert dotted_dates("ngày 1/6 và ngày 30/6/2017") == "ngày 1/6 và ngày 30.6.2017"
    assert en_dashes("Bộ Lao động - Thương binh, 5 - 7%") == "Bộ Lao động – Thương binh, 5 - 7%"
    assert i_for_y("quý III, 2,9 tỷ đồng, Quý 2, kỹ năng, lý do, Mỹ") == "quí III, 2,9 tỉ đồng, Quí 2, kĩ năng, lí do, Mĩ"


@pytest.mark.parametrize("name", list(REWRITES))
def test_an_older_spelling_changes_no_fact(name, tmp_path):
    rewrite = REWRITES[name]
    changed, differences = 0, []
    for path, published in _pages():
        text = path.read_text(encoding="utf-8")
        rewritten = rewrite(text)
        if rewritten == text:
            continue
        changed += 1
        copy = tmp_path / path.name
        copy.write_text(rewritten, encoding="utf-8")
        # The facts of the page as written, spelled the older way, against those of the rewrite.
        want, got = _facts(path, published, rewrite), _facts(copy, published)
        for kind in want:
            differences += [f"{path.stem} {kind} lost {row}" for row in sorted(want[kind] - got[kind], key=str)]
            differences += [f"{path.stem} {kind} gained {row}" for row in sorted(got[kind] - want[kind], key=str)]
    assert changed >= 25  # the rewrite reached many pages
    assert not differences, "\n".join(differences)
