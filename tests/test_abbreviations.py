"""Abbreviations: pairs defined in the text, lexicon abbreviations used, organisations spelled out."""
from __future__ import annotations

import pytest

from pipeline.extract.abbreviations import (
    defined_pairs,
    expand_organization,
    extract_abbreviations,
    is_abbreviation,
)
from pipeline.extract.base import analyse


def rows(text: str) -> list[tuple[str, str, str, str]]:
    doc, ctx = analyse(text)
    found = extract_abbreviations(doc, ctx)
    for row in found:
        assert doc.text[row.char_start:row.char_end] == row.surface
    return [(r.abbr, r.expansion, r.source, r.surface) for r in found]


DEFINED = [
    ("do Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức",
     [("LĐLĐ", "Liên đoàn Lao động", "Liên đoàn Lao động (LĐLĐ)")]),
    ("của đội ngũ công nhân, viên chức, lao động (CNVCLĐ) Thủ đô",
     [("CNVCLĐ", "công nhân, viên chức, lao động", "công nhân, viên chức, lao động (CNVCLĐ)")]),
    ("phối hợp với Ủy ban nhân dân (UBND) Thành phố",
     [("UBND", "Ủy ban nhân dân", "Ủy ban nhân dân (UBND)")]),
    # the bracket after an administrative word (teaser of seed 000)
    ("Sáng nay (19/9), Liên đoàn Lao động quận (LĐLĐ) Long Biên đã công bố Quyết định",
     [("LĐLĐ", "Liên đoàn Lao động", "Liên đoàn Lao động quận (LĐLĐ)")]),
    # reverse order
    ("LĐLĐ (Liên đoàn Lao động) quận Cầu Giấy", [("LĐLĐ", "Liên đoàn Lao động", "LĐLĐ (Liên đoàn Lao động)")]),
    # `&` stands for `và`; a `và` left out of the abbreviation is skipped
    ("Phòng Giáo dục và Đào tạo (GD&ĐT) huyện",
     [("GD&ĐT", "Giáo dục và Đào tạo", "Giáo dục và Đào tạo (GD&ĐT)")]),
    ("Phòng Giáo dục và Đào tạo (GDĐT) quận", [("GDĐT", "Giáo dục và Đào tạo", "Giáo dục và Đào tạo (GDĐT)")]),
    ("Công đoàn các Khu Công nghiệp và Chế xuất (KCN&CX) Hà Nội",
     [("KCN&CX", "Khu Công nghiệp và Chế xuất", "Khu Công nghiệp và Chế xuất (KCN&CX)")]),
    # only the words that spell the abbreviation (not `Tổng`)
    ("Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam", [("LĐLĐ", "Liên đoàn Lao động", "Liên đoàn Lao động (LĐLĐ)")]),
    # two definitions in one sentence
    ("cán bộ, công chức, viên chức (CBCCVC), công nhân lao động (CNLĐ) hăng hái",
     [("CBCCVC", "cán bộ, công chức, viên chức", "cán bộ, công chức, viên chức (CBCCVC)"),
      ("CNLĐ", "công nhân lao động", "công nhân lao động (CNLĐ)")]),
    # a closing quote between the words and the bracket
    ("phong trào “Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động” (ATVSLĐ).",
     [("ATVSLĐ", "an toàn vệ sinh lao động", "an toàn vệ sinh lao động” (ATVSLĐ)")]),
    # not definitions: initials that do not spell it, the outlet marker, a date, a bracketed phrase
    ("chỉ số USD Index (DXY) hiện ở mức 100,64", []),
    ("quảng bá Top 1 ICF (Diễn đàn cộng đồng thông minh thế giới).", []),
    ("(LĐTĐ) Sáng nay (13/4), đoàn công tác đã làm việc", []),
    ("Quỹ trợ vốn công nhân, viên chức nghèo Thủ đô (Quỹ trợ vốn) triển khai", []),
]


@pytest.mark.parametrize("text,expected", DEFINED, ids=[d[0][:40] for d in DEFINED])
def test_defined_pairs(text, expected):
    found = defined_pairs(text, [(0, len(text))])
    assert [(p.abbr, p.expansion, text[p.char_start:p.char_end]) for p in found] == expected


def test_defined_rows_once_per_abbreviation_and_lexicon_rows_for_the_rest():
    text = (
        "Liên đoàn Lao động (LĐLĐ) quận Long Biên phối hợp với Ủy ban nhân dân (UBND) quận. "
        "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam và LĐLĐ Thành phố đã chỉ đạo các CĐCS, "
        "nâng cao đời sống cho NLĐ. Sau đó NLĐ được hỗ trợ."
    )
    assert rows(text) == [
        ("LĐLĐ", "Liên đoàn Lao động", "defined", "Liên đoàn Lao động (LĐLĐ)"),
        ("UBND", "Ủy ban nhân dân", "defined", "Ủy ban nhân dân (UBND)"),
        ("CĐCS", "Công đoàn cơ sở", "lexicon", "CĐCS"),
        ("NLĐ", "người lao động", "lexicon", "NLĐ"),
    ]


def test_lexicon_row_points_at_the_first_use():
    text = "Hội nghị của UV Trung ương đảng. Sau đó UV Trung ương đảng phát biểu."
    doc, ctx = analyse(text)
    (row,) = [r for r in extract_abbreviations(doc, ctx) if r.abbr == "UV"]
    assert (row.source, row.expansion, row.char_start) == ("lexicon", "Ủy viên", text.index("UV"))


@pytest.mark.parametrize(
    "text,absent",
    [
        # inside a document number, not a use
        ("LĐLĐ thành phố đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động thi đua.", None),
        # `KCN` inside `KCN&CX`, `CĐ` inside `CĐCS`, `TP` inside `TP.HCM`
        ("Công đoàn các KCN&CX Hà Nội và các CĐCS ở TP.HCM.", {"KCN", "CĐ", "TP"}),
    ],
)
def test_lexicon_uses_are_whole_words(text, absent):
    doc, ctx = analyse(text)
    found = {r.abbr: r for r in extract_abbreviations(doc, ctx)}
    if absent is None:
        # the only use of LĐLĐ counted is the first word, not the one in `80/KH-LĐLĐ`
        assert found["LĐLĐ"].char_start == 0
    else:
        assert not absent & found.keys()
        assert {"KCN&CX", "CĐCS", "TP.HCM"} <= found.keys()


@pytest.mark.parametrize(
    "text,abbr,expansion,first_use",
    [
        # a worker (dev 1162, 1171); `CN` inside `Khu CN-CX` and `KH&CN` is another word
        ("Tại Khu CN-CX Hà Nội, Sở KH&CN tặng quà cho con CN khó khăn.", "CN", "công nhân", "CN khó khăn"),
        # the preschool level (dev 1262)
        ("Công đoàn trường MN Dương Xá ủng hộ vùng lũ.", "MN", "mầm non", "MN Dương Xá"),
    ],
)
def test_lexicon_use_where_first_written(text, abbr, expansion, first_use):
    doc, ctx = analyse(text)
    (row,) = [r for r in extract_abbreviations(doc, ctx) if r.abbr == abbr]
    assert (row.source, row.expansion, row.char_start) == ("lexicon", expansion, text.index(first_use))


@pytest.mark.parametrize(
    "org,pairs,expanded",
    [
        ("LĐLĐ thành phố Hà Nội", None, "Liên đoàn Lao động thành phố Hà Nội"),
        ("Tổng LĐLĐ Việt Nam", None, "Tổng Liên đoàn Lao động Việt Nam"),
        ("Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân", None, "Liên đoàn Lao động quận Thanh Xuân"),
        ("LĐLĐ TP. Hà Nội", None, "Liên đoàn Lao động thành phố Hà Nội"),
        ("LĐLĐ TP Hà Nội", None, "Liên đoàn Lao động thành phố Hà Nội"),
        ("UBND quận Long Biên", None, "Ủy ban nhân dân quận Long Biên"),
        ("Công đoàn các KCN&CX Hà Nội", None, "Công đoàn các Khu công nghiệp và Chế xuất Hà Nội"),
        # the article's own definition first
        ("LĐLĐ quận", {"LĐLĐ": "Liên đoàn lao động"}, "Liên đoàn lao động quận"),
        # nothing to expand
        ("Bộ Y tế", None, "Bộ Y tế"),
        ("Đảng đoàn", None, "Đảng đoàn"),
    ],
)
def test_expand_organization(org, pairs, expanded):
    assert expand_organization(org, pairs) == expanded


def test_expand_organization_takes_abbreviation_rows():
    doc, ctx = analyse("Hội Liên hiệp Phụ nữ (HLHPN) quận tổ chức hội nghị.")
    found = extract_abbreviations(doc, ctx)
    assert [(r.abbr, r.source) for r in found] == [("HLHPN", "defined")]
    assert expand_organization("HLHPN quận", found) == "Hội Liên hiệp Phụ nữ quận"


@pytest.mark.parametrize(
    "token,expected",
    [("LĐLĐ", True), ("GD&ĐT", True), ("TP.HCM", True), ("UBND", True), ("A", False), ("Hà", False),
     ("19/9", False), ("KH-LĐLĐ", True), ("Covid-19", False)],
)
def test_is_abbreviation(token, expected):
    assert is_abbreviation(token) is expected
