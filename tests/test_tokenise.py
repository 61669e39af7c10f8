"""Tokenising into spaCy: underthesea words and sentences with exact offsets into the text."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_file
from pipeline.textnorm import fold_key, strip_tones
from pipeline import tokenise as tokenise_module
from pipeline.tokenise import sentence_spans, split_paragraphs, tokenise, word_spans, word_tokenize_spans
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Sau 150 ngày phát động (từ ngày 1/5 đến 30/9/2023).",
         ["Sau", "150", "ngày", "phát động", "(", "từ", "ngày", "1/5", "đến", "30/9/2023", ")", "."]),
        # Tone placement as written is kept: underthesea would normalise Hoà to Hòa otherwise. The
        # model reads the older placement (`Huyện uỷ`), which keeps `Huyện ủy` whole.
        ("Huyện ủy Ứng Hoà chỉ đạo.", ["Huyện ủy", "Ứng Hoà", "chỉ đạo", "."]),
        ("Ủy ban nhân dân thành phố và 44/44 cấp ủy đạt.",
         ["Ủy ban nhân dân", "thành phố", "và", "44/44", "cấp ủy", "đạt", "."]),
        # an en dash is punctuation, as a hyphen is (underthesea glued it to `Thương binh và`)
        ("Bộ Lao động – Thương binh và Xã hội.", ["Bộ", "Lao động", "–", "Thương binh và", "Xã hội", "."]),
        ("Đạt 14.791 sáng kiến và 2,9 tỷ đồng.", ["Đạt", "14.791", "sáng kiến", "và", "2,9", "tỷ", "đồng", "."]),
        ("Kế hoạch số 80/KH-LĐLĐ.", ["Kế hoạch", "số", "80", "/", "KH-LĐLĐ", "."]),
    ],
)
def test_words(text, tokens):
    doc = tokenise(text)
    sentence_tokens = [t for s in doc.user_data["sentences"] for t in s.tokens]
    assert sentence_tokens == tokens
    assert [t.text for t in doc if not t.is_space] == tokens


@pytest.mark.parametrize(
    "paragraph, sentences",
    [
        # underthesea ends a sentence inside an abbreviation glued by a full stop (probes)
        ("Đến dự có ông Trương Kim An - UV.BTV Huyện uỷ, Trưởng ban Dân vận. Sáng nay trời mưa.",
         ["Đến dự có ông Trương Kim An - UV.BTV Huyện uỷ, Trưởng ban Dân vận.", "Sáng nay trời mưa."]),
        # … but an abbreviation that ends a sentence before a space still ends it
        ("Hội nghị của LĐLĐ. Sáng nay trời mưa.", ["Hội nghị của LĐLĐ.", "Sáng nay trời mưa."]),
        ("Cả phòng đều đồng ý.Sáng nay trời mưa.", ["Cả phòng đều đồng ý.", "Sáng nay trời mưa."]),
        # `Đ` is a capital too
        ("Ông An là Ủy viên BCH.LĐLĐ Hà Nội. Sáng nay trời mưa.", ["Ông An là Ủy viên BCH.LĐLĐ Hà Nội.", "Sáng nay trời mưa."]),
    ],
)
def test_sentence_spans(paragraph, sentences):
    assert [paragraph[a:b] for a, b in sentence_spans(paragraph, 0, len(paragraph))] == sentences


def test_doc_text_is_the_article_text_and_offsets_are_exact():
    text = "Tiêu đề  bài\n\n(LĐTĐ) Câu một. Câu hai có  hai dấu cách.\n\nĐoạn ba."
    doc = tokenise(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    sentences = doc.user_data["sentences"]
    assert [text[s.char_start:s.char_end] for s in sentences] == [
        "Tiêu đề  bài", "(LĐTĐ) Câu một.", "Câu hai có  hai dấu cách.", "Đoạn ba."]
    assert [s.paragraph_idx for s in sentences] == [0, 1, 1, 2]
    assert [s.text for s in doc.sents if s.text.strip()][:1] == ["Tiêu đề  bài\n\n"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_sentences_never_cross_paragraphs_and_cover_all_words(path):
    article = clean_file(path).article
    doc = tokenise(article.text, article.paragraphs)
    covered = set()
    for s in doc.user_data["sentences"]:
        para = article.paragraphs[s.paragraph_idx]
        assert para.char_start <= s.char_start < s.char_end <= para.char_end
        assert s.section == para.section
        covered.update(range(s.char_start, s.char_end))
    uncovered = "".join(ch for i, ch in enumerate(article.text) if i not in covered)
    assert uncovered.strip() == ""


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_word_spans_are_word_tokenize_words_on_every_seed_sentence(path):
    # word_spans runs underthesea's model parts itself; it must segment exactly as word_tokenize.
    page = clean_file(path)
    n_sentences = 0
    for article in [page.article, *page.teasers]:
        for para in article.paragraphs:
            for start, end in sentence_spans(article.text, para.char_start, para.char_end):
                assert word_spans(article.text, start, end) == word_tokenize_spans(article.text, start, end), \
                    article.text[start:end]
                n_sentences += 1
    assert n_sentences > 20


@pytest.mark.parametrize(
    "sentence, words",
    [
        # underthesea maps `ð` to `đ` before tagging; the word keeps the letter as written.
        ("Ðoàn Thanh niên Hà Nội", ["Ðoàn", "Thanh niên", "Hà Nội"]),
        # A word broken over a line or a double space is one word with its gap inside.
        ("Công đoàn Thủ\nđô có  sáng kiến", ["Công đoàn", "Thủ\nđô", "có", "sáng kiến"]),
        ("", []),
        ("   ", []),
    ],
)
def test_word_spans_cases(sentence, words):
    assert [sentence[a:b] for a, b in word_spans(sentence, 0, len(sentence))] == words


def test_word_spans_without_the_model_parts_falls_back_to_word_tokenize(monkeypatch):
    monkeypatch.setattr(tokenise_module, "crf_segmenter", lambda: None)
    sentence = "Đạt 14.791 sáng kiến và 2,9 tỷ đồng."
    assert word_spans(sentence, 0, len(sentence)) == word_tokenize_spans(sentence, 0, len(sentence))
    assert [sentence[a:b] for a, b in word_spans(sentence, 0, len(sentence))][:4] == ["Đạt", "14.791", "sáng kiến", "và"]


def test_split_paragraphs():
    spans = split_paragraphs("Một\n\nHai\n  \nBa")
    assert [(s.char_start, s.char_end) for s in spans] == [(0, 3), (5, 8), (12, 14)]


@pytest.mark.parametrize(
    "a, b, equal",
    [("Hoà", "Hòa", True), ("Ứng Hoà", "ứng  hòa", True), ("Thủy", "Thuỷ", True), ("Hà", "Hạ", False),
     ("Lê Đình Hùng", "LÊ ĐÌNH HÙNG", True), ("Hùng", "Hưng", False)],
)
def test_fold_key(a, b, equal):
    assert (fold_key(a) == fold_key(b)) is equal


def test_strip_tones():
    assert strip_tones("Lê Đình Hùng") == "le dinh hung"
