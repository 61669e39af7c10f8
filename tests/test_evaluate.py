"""The scoring harness: matching, normalisation, gold files and the command's exit status."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.evaluate import as_rows, main, normalise, read_gold, same, score
from schemas.models import Figure

KEY = ["surface", "value", "kind"]
A = {"surface": "363", "value": "363", "kind": "count"}
B = {"surface": "564 triệu đồng", "value": "564000000", "kind": "money"}
C = {"surface": "2,9 tỷ đồng", "value": "2900000000", "kind": "money"}


@pytest.mark.parametrize(
    "gold, predicted, tp, fp, fn, precision, recall, f1",
    [
        ([A, B], [B, A], 2, 0, 0, 1.0, 1.0, 1.0),                       # perfect, any order
        ([A, B], [A], 1, 0, 1, 1.0, 0.5, 2 / 3),                         # one miss
        ([A], [A, C], 1, 1, 0, 0.5, 1.0, 2 / 3),                         # one false positive
        ([A, A], [A], 1, 0, 1, 1.0, 0.5, 2 / 3),                         # a multiset: twice is twice
        ([A], [A, A], 1, 1, 0, 0.5, 1.0, 2 / 3),
        ([A], [{**A, "kind": "ordinal"}], 0, 1, 1, 0.0, 0.0, 0.0),       # a key column differs
        ([], [], 0, 0, 0, 1.0, 1.0, 1.0),                                # nothing to find, nothing found
        ([], [A], 0, 1, 0, 0.0, 1.0, 0.0),
    ],
)
def test_score(gold, predicted, tp, fp, fn, precision, recall, f1):
    s = score(gold, predicted, KEY)
    assert (s.tp, s.fp, s.fn) == (tp, fp, fn)
    assert s.precision == pytest.approx(precision)
    assert s.recall == pytest.approx(recall)
    assert s.f1 == pytest.approx(f1)
    assert len(s.misses) == fn and len(s.false_positives) == fp


def test_score_compares_values_within_tolerance_and_ignores_other_columns():
    predicted = [{"surface": "564 triệu đồng", "value": 564000000.0000001, "kind": "money", "unit": "VND"}]
    assert score([B], predicted, KEY).tp == 1
    predicted[0]["value"] = 564000001.0
    assert score([B], predicted, KEY).tp == 0


@pytest.mark.parametrize(
    "a, b, equal",
    [
        ("", None, True),
        ("NULL", None, True),
        ("true", True, True),
        ("FALSE", False, True),
        ("2023-04-28", date(2023, 4, 28), True),
        ("14791", 14791, True),
        ("14791", 14791.5, False),
        ("Hòa", "Hòa", True),                      # NFD and NFC spellings of the same word
        (" thí sinh ", "thí sinh", True),
        ("thí sinh", "Thí sinh", False),
        ("1,5", 1.5, False),                       # Vietnamese decimals in a key column stay text
        ("nan", float("nan"), False),
    ],
)
def test_normalise(a, b, equal):
    assert same(normalise(a), normalise(b)) is equal


def test_read_gold_skips_comments_and_pads_short_rows(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("# a comment first\nsurface\tvalue\tkind\tunit\n# inside\n363\t363\tcount\n\n150 ngày\t150\tduration\tngày\n", encoding="utf-8")
    header, rows = read_gold(path)
    assert header == ["surface", "value", "kind", "unit"]
    assert rows == [
        {"surface": "363", "value": "363", "kind": "count", "unit": ""},
        {"surface": "150 ngày", "value": "150", "kind": "duration", "unit": "ngày"},
    ]


def test_read_gold_refuses_rows_longer_than_the_header(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("surface\tvalue\n363\t363\tcount\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_gold(path)


FIGURE = Figure(article_id="a", sentence_idx=0, char_start=0, char_end=3, surface="363",
                figure_id="fig_1", value=363, kind="count")


class _Facts:
    figures = [FIGURE]


@pytest.mark.parametrize(
    "result, output",
    [
        ([FIGURE], None),                         # a list of models
        (([FIGURE], ["something else"]), None),   # a tuple: its first element
        ([[FIGURE], []], None),                   # a list of lists: its first element
        (_Facts(), "figures"),                    # an attribute named by SPEC.toml `output`
        ({"figures": [FIGURE]}, "figures"),
        ([{"surface": "363", "value": 363, "kind": "count"}], None),   # dicts
    ],
)
def test_as_rows_conventions(result, output):
    rows = as_rows(result, output)
    assert len(rows) == 1 and rows[0]["surface"] == "363" and rows[0]["value"] == 363


def fixed_extractor(doc, ctx):
    """A stand-in extractor for the command test: finds 363 and misses the rest."""
    start = doc.text.index("363")
    return [{"surface": "363", "value": 363, "kind": "count", "char_start": start}]


def fixed_baseline(text):
    return [{"surface": "100", "value": 100, "kind": "count"}]


def _gold_folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "000_test.txt").write_text(
        "Tiêu đề bài viết thử nghiệm\n\n(LĐTĐ) Hội nghị có 363 thí sinh và 100 doanh nghiệp tham gia.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold" / "things"
    gold.mkdir(parents=True)
    (gold / "SPEC.toml").write_text(
        'key = ["surface", "value", "kind"]\n'
        'extractor = "test_evaluate:fixed_extractor"\n'
        'baseline = "test_evaluate:fixed_baseline"\n'
        'baseline_name = "fixed"\n',
        encoding="utf-8",
    )
    (gold / "000_test.tsv").write_text("surface\tvalue\tkind\n363\t363\tcount\n100\t100\tcount\n", encoding="utf-8")
    return tmp_path / "gold", corpus


@pytest.mark.parametrize("min_f1, status", [(None, 0), (0.5, 0), (0.9, 1)])
def test_command_reports_and_exits_on_min_f1(tmp_path, capsys, min_f1, status):
    gold, corpus = _gold_folder(tmp_path)
    argv = ["--gold", str(gold), "--corpus", str(corpus), "--verbose"]
    if min_f1 is not None:
        argv += ["--min-f1", str(min_f1)]
    assert main(argv) == status
    out = capsys.readouterr().out
    # R = 1/2, P = 1, F1 = 0.667 for the extractor; the baseline finds the other one.
    assert "things" in out and "0.667" in out and "fixed" in out
    assert "miss            surface=100" in out


def test_a_page_the_cleaner_rejects_counts_its_gold_as_misses(tmp_path, capsys):
    gold, corpus = _gold_folder(tmp_path)
    # a second page with no paragraph after its title: the pipeline quarantines it
    (corpus / "001_empty.txt").write_text("Tiêu đề bài viết không có nội dung\n", encoding="utf-8")
    (gold / "things" / "001_empty.tsv").write_text("surface\tvalue\tkind\n5\t5\tcount\n", encoding="utf-8")
    assert main(["--gold", str(gold), "--corpus", str(corpus), "--verbose"]) == 0
    out = capsys.readouterr().out
    # TP 1, FN 1 + 1: R = 1/3
    assert "0.333" in out
    assert "page 001_empty rejected by the cleaner" in out and "no article text found" in out
    assert "miss            surface=5" in out
