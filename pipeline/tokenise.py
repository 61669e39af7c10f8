"""Tokenise a cleaned article into a spaCy `Doc`: underthesea sentences and words, exact offsets.

The Doc's text *is* `articles.text`: every token's `idx` is its character offset there, so a
span found by spaCy's Matcher/SpanRuler or by a regex over `doc.text` is already a span of the
stored article. Paragraphs are separated by blank lines; sentences never cross a paragraph.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

from pipeline.segmenter import (
    CrfWordSegmenter,
    cache_dir,
    cache_key,
    crf_word_segmenter,
    light_syllable_features,
    load_cached,
    regex_syllables,
    save_cached,
)
from pipeline.textnorm import segmenter_spelling

if TYPE_CHECKING:  # spaCy is imported lazily: `ldtd query` must not pay for it
    from spacy.language import Language
    from spacy.tokens import Doc

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class SentenceInfo:
    """A sentence of the article: offsets into the article text and its words."""

    idx: int
    char_start: int
    char_end: int
    paragraph_idx: int
    section: str
    tokens: tuple[str, ...]
    token_start: int  # index of its first token in the Doc (whitespace tokens included)
    token_end: int
    word_start: int  # index of its first word in `doc.user_data["words"]`
    word_end: int


class Word(NamedTuple):
    """A non-space token: its offsets in the article text and its text as written."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ParagraphSpan:
    char_start: int
    char_end: int
    section: str = "body"


def split_paragraphs(text: str) -> list[ParagraphSpan]:
    """Paragraph offsets of a text whose paragraphs are separated by blank lines."""
    spans, start = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        if gap.start() > start:
            spans.append(ParagraphSpan(start, gap.start()))
        start = gap.end()
    if start < len(text.rstrip()):
        spans.append(ParagraphSpan(start, len(text.rstrip())))
    return spans


def _align(text: str, pieces: Iterable[str], offset: int = 0) -> list[tuple[int, int]]:
    """Character spans of `pieces` found in order in `text`, whitespace between them skipped.

    A piece may contain single spaces (underthesea joins syllables of a word with one space)
    where the text has any run of whitespace. Pieces that cannot be found are skipped: the
    caller falls back to whitespace tokens for the uncovered text.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for piece in pieces:
        if not piece.strip():
            continue
        start = pos
        while start < n and text[start].isspace():
            start += 1
        if text.startswith(piece, start):
            # The usual case: the piece is in the text as is, right after some whitespace.
            spans.append((start, start + len(piece)))
            pos = start + len(piece)
            continue
        pattern = r"\s+".join(re.escape(s) for s in piece.split())
        match = re.compile(pattern).search(text, pos)
        if match is None:
            continue
        # Anything skipped that is not whitespace means underthesea dropped or altered text.
        if text[pos:match.start()].strip():
            spans.extend(_whitespace_tokens(text, pos, match.start()))
        spans.append((match.start(), match.end()))
        pos = match.end()
    if text[pos:].strip():
        spans.extend(_whitespace_tokens(text, pos, len(text)))
    return [(s + offset, e + offset) for s, e in spans]


def _whitespace_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]


@cache
def _underthesea():
    from underthesea import sent_tokenize, word_tokenize

    return sent_tokenize, word_tokenize


def _underthesea_folder() -> Path | None:
    """Where underthesea is installed, found without importing it (its `__init__` imports every
    pipeline it has: most of a second)."""
    import importlib.util

    spec = importlib.util.find_spec("underthesea")
    return Path(spec.submodule_search_locations[0]) if spec and spec.submodule_search_locations else None


@cache
def _sent_tokenize() -> Callable[[str], list[str]]:
    """underthesea's `sent_tokenize`: its module alone (plain Python and a JSON file) when it can
    be loaded so, else through the package."""
    import importlib.util

    folder = _underthesea_folder()
    path = folder / "pipeline" / "sent_tokenize" / "__init__.py" if folder else None
    if path is not None and path.is_file():
        spec = importlib.util.spec_from_file_location("_ldtd_underthesea_sent_tokenize", path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
            return module.sent_tokenize
        except (ImportError, AttributeError, OSError):
            pass
    return _underthesea()[0]


class _CrfSegmenter(NamedTuple):
    """The parts `word_tokenize` is made of: its character normaliser, its syllable regex and its
    CRF model, here as a function telling which syllables continue the word before them."""

    normalise: Callable[[str], str]
    syllables: re.Pattern
    continues_word: Callable[[list[str]], list[bool]]
    decoder: CrfWordSegmenter | None  # None: underthesea's own tagger decodes


# Sentences our decoder must label exactly as underthesea's tagger does before it is used:
# underthesea's own example, and the seeds' dates, abbreviations and figures.
_SELF_CHECK = (
    "Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư",
    "Ngày 27.12.2019, Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung ký Quyết định số 14/QĐ-UBND.",
    "Tổng kinh phí hỗ trợ là 2,9 tỷ đồng cho 14.791 đoàn viên, người lao động!",
)


def word_segmentation_model_dir() -> Path:
    """The folder of underthesea's word segmentation model (where `word_tokenize` loads it)."""
    folder = _underthesea_folder()
    if folder is None:
        import underthesea

        folder = Path(underthesea.__file__).parent
    return folder / "pipeline" / "word_tokenize" / "models" / "ws_crf_vlsp2013_20230727"


@cache
def crf_segmenter() -> _CrfSegmenter | None:
    """underthesea's word segmentation model, or None if this underthesea is built otherwise.

    The model is decoded by `pipeline.segmenter` (same labels, several times cheaper) when it
    reads this model and agrees with underthesea's tagger on `_SELF_CHECK`; else by underthesea.
    Such a decoder, with the normaliser's table and the syllable regex, is kept in a cache file:
    a new process loads it instead of underthesea (see pipeline/segmenter.py).
    """
    cached = _cached_crf_segmenter()
    if cached is not None:
        return cached
    built = _built_crf_segmenter()
    if built is not None and built.decoder is not None:
        _save_crf_segmenter(built)
    return built


def _decoder_cache() -> tuple[Path, str] | None:
    """The cache file of the decoded model and the key its content must carry, or None."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        versions = [version("underthesea"), version("underthesea_core")]
        model_dir = word_segmentation_model_dir()
        key = cache_key(model_dir, *versions)
        # One file per key: two installations on one machine (two virtualenvs, a checkout beside
        # a release) each keep theirs instead of rewriting one file in turns, which cost every
        # other `ldtd check` seconds of rebuilding.
        return cache_dir() / f"segmenter-{key}.pickle", key
    except (PackageNotFoundError, OSError, RuntimeError):  # RuntimeError: no home folder to cache in
        return None


def _cached_crf_segmenter() -> _CrfSegmenter | None:
    where = _decoder_cache()
    payload = load_cached(*where) if where else None
    if payload is None:
        return None
    decoder: CrfWordSegmenter = payload["decoder"]
    decoder.attach_syllable_features(light_syllable_features(decoder.templates, payload["dictionary"]))
    character_map: dict[str, str] = payload["character_map"]

    def normalise(text: str) -> str:
        # underthesea's normalize_characters_in_text: NFC, then its character table in order.
        text = unicodedata.normalize("NFC", text)
        for non_standard, standard in character_map.items():
            text = text.replace(non_standard, standard)
        return text

    pattern, flags = payload["syllable_pattern"]
    return _CrfSegmenter(normalise, re.compile(pattern, flags), decoder.continues_word, decoder)


def _save_crf_segmenter(segmenter: _CrfSegmenter) -> None:
    where = _decoder_cache()
    if where is None:
        return
    from underthesea.pipeline.text_normalize.text_normalizer import character_map

    decoder = segmenter.decoder
    save_cached(*where, {
        "decoder": decoder,
        "dictionary": decoder._dictionary,
        "character_map": dict(character_map),
        "syllable_pattern": (segmenter.syllables.pattern, segmenter.syllables.flags),
    })


def _built_crf_segmenter() -> _CrfSegmenter | None:
    _, word_tokenize = _underthesea()
    try:
        import underthesea.pipeline.word_tokenize as word_tokenize_module
        from underthesea.pipeline.word_tokenize.regex_tokenize import normalize_characters_in_text, patterns

        word_tokenize("Khởi động.")  # loads the model
        model = word_tokenize_module.word_tokenize_model
        featurize, tag = model.featurizer.process, model.estimator.tag
    except (ImportError, AttributeError):
        return None

    def tagger_continues_word(syllables: list[str]) -> list[bool]:
        return [label == "I-W" for label in tag(featurize([[[s] for s in syllables]])[0])]

    segmenter = crf_word_segmenter(str(word_segmentation_model_dir()), featurize)
    if segmenter is not None:
        checks = [[m.group() for m in patterns.finditer(normalize_characters_in_text(s))] for s in _SELF_CHECK]
        if all(segmenter.continues_word(c) == tagger_continues_word(c) for c in checks):
            return _CrfSegmenter(normalize_characters_in_text, patterns, segmenter.continues_word, segmenter)
    return _CrfSegmenter(normalize_characters_in_text, patterns, tagger_continues_word, None)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the sentences of text[start:end] (one paragraph), by underthesea."""
    sent_tokenize = _sent_tokenize()
    paragraph = text[start:end]
    spans = _rejoin_glued_abbreviations(text, _align(paragraph, sent_tokenize(paragraph), start))
    return spans or [(start, end)]


# The word before a sentence's last full stop.
_LAST_WORD = re.compile(r"([^\W\d_]+)\.$")
# An abbreviation is at most this long (`UV`, `BCH`, `LĐLĐ`, `UBND`).
MAX_GLUED_ABBREVIATION = 5


def _rejoin_glued_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a sentence that underthesea ended inside `UV.BTV Huyện uỷ` to the one after it: an
    abbreviation in capitals, its full stop and, with no space, another capital are one word of
    several abbreviations, not a sentence's end."""
    joined: list[tuple[int, int]] = []
    for span in spans:
        last = _LAST_WORD.search(text, joined[-1][0], joined[-1][1]) if joined and joined[-1][1] == span[0] else None
        if last is not None and text[span[0]].isupper() and last.group(1).isupper() \
                and len(last.group(1)) <= MAX_GLUED_ABBREVIATION:
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def word_tokenize_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the words `word_tokenize` itself gives for text[start:end], found in the text."""
    _, word_tokenize = _underthesea()
    sentence = segmenter_spelling(text[start:end])  # the model's spelling (see word_spans)
    return _align(sentence, word_tokenize(sentence, use_token_normalize=False), start)


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the words of text[start:end] (one sentence), by underthesea's model.

    The words are those of `word_tokenize(sentence, use_token_normalize=False)` (no rewriting of
    `Hoà` as `Hòa`: the tokens must be the words as written). Its parts are run directly when
    this underthesea exposes them: its normaliser and syllable regex, then its CRF model, decoded
    by `pipeline.segmenter`. A word's offsets are those of its syllables' regex matches, where
    `word_tokenize` builds a string per word that `_align` would have to find again. Same words:
    tested on every sentence of the seeds.
    """
    sentence = text[start:end]
    crf = crf_segmenter()
    # In the spelling the model learnt its words from (`Uỷ ban nhân dân`, `cấp uỷ`: it splits
    # `Ủy` from `ban nhân dân`; `-` for `–`), character for character, so offsets stay those of
    # the text.
    normalised = segmenter_spelling(crf.normalise(sentence)) if crf is not None else None
    if normalised is None or len(normalised) != len(sentence):
        return word_tokenize_spans(text, start, end)
    # The normaliser maps characters one for one here (NFC text; `ð` to `đ`), so the offsets of
    # its syllables are offsets into the sentence as written.
    syllables = regex_syllables(normalised, crf.syllables)
    if not syllables:
        return []
    continues = crf.continues_word([normalised[a:b] for a, b in syllables])
    spans: list[tuple[int, int]] = []
    for (s_start, s_end), inside in zip(syllables, continues):
        if inside and spans:  # inside the word begun before it
            spans[-1] = (spans[-1][0], start + s_end)
        else:
            spans.append((start + s_start, start + s_end))
    return spans


@cache
def _article_doc_class():
    """spaCy's Doc, with `text` kept rather than rebuilt from every token on each access.

    `Doc.text` joins all tokens each time it is read; extractors read it constantly (every span's
    surface), which made it the hot spot of a batch. The text of an article never changes.
    """
    from spacy.tokens import Doc

    class ArticleDoc(Doc):
        @property
        def text(self) -> str:
            return self.user_data["_text"]

    return ArticleDoc


class _Tokens(NamedTuple):
    """What the tokeniser finds: spaCy's token arrays and the sentences and words extractors read."""

    words: list[str]
    spaces: list[bool]
    sent_starts: list[bool]
    sentences: list[SentenceInfo]
    article_words: list[Word]


def _tokens(text: str, paragraphs: list[ParagraphSpan] | None) -> _Tokens:
    """underthesea sentences and words of `text`, whitespace kept as spaCy expects."""
    paragraphs = paragraphs if paragraphs is not None else split_paragraphs(text)
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    sentences: list[SentenceInfo] = []
    # The words again, as plain tuples: extractors scan them constantly, and each spaCy
    # Token object they would otherwise create costs more than the scan itself.
    article_words: list[Word] = []
    cursor = 0

    def add_gap(upto: int) -> None:
        # spaCy models one trailing space as a flag and any other whitespace as a token.
        nonlocal cursor
        gap = text[cursor:upto]
        if not gap:
            return
        if words and not spaces[-1] and gap.startswith(" "):
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            sent_starts.append(False)
        cursor = upto

    for p_idx, para in enumerate(paragraphs):
        for s_start, s_end in sentence_spans(text, para.char_start, para.char_end):
            tokens = word_spans(text, s_start, s_end)
            if not tokens:
                continue
            first_token = None
            first_word = len(article_words)
            for t_start, t_end in tokens:
                if t_start == cursor + 1 and text[cursor] == " " and words and not spaces[-1]:
                    spaces[-1] = True  # the usual gap, one space: a flag, not a token
                    cursor = t_start
                else:
                    add_gap(t_start)
                if first_token is None:
                    first_token = len(words)
                word = text[t_start:t_end]
                words.append(word)
                article_words.append(Word(t_start, t_end, word))
                spaces.append(False)
                sent_starts.append(len(words) - 1 == first_token)
                cursor = t_end
            sentences.append(
                SentenceInfo(
                    idx=len(sentences),
                    char_start=tokens[0][0],
                    char_end=tokens[-1][1],
                    paragraph_idx=p_idx,
                    section=para.section,
                    tokens=tuple(_single_spaced(w.text) for w in article_words[first_word:]),
                    token_start=first_token,
                    token_end=len(words),
                    word_start=first_word,
                    word_end=len(article_words),
                )
            )
    add_gap(len(text))
    # Every token is the next slice of the text, so the Doc's text is the article's exactly
    # when the lengths add up (checked without building a Token object per word).
    assert sum(map(len, words)) + sum(spaces) == len(text), "tokenisation must not change the text"
    return _Tokens(words, spaces, sent_starts, sentences, article_words)


class UndertheseaTokenizer:
    """A spaCy tokenizer: underthesea sentences and words, whitespace kept as spaCy expects."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str, paragraphs: list[ParagraphSpan] | None = None) -> "Doc":
        found = _tokens(text, paragraphs)
        doc = _article_doc_class()(self.vocab, words=found.words, spaces=found.spaces, sent_starts=found.sent_starts)
        doc.user_data["_text"] = text
        doc.user_data["sentences"] = found.sentences
        doc.user_data["words"] = found.article_words
        return doc


class WordsDoc:
    """The part of a tokenised Doc the extractors read (`text`, `user_data`), without spaCy.

    The same sentences and words as `tokenise` gives; for `ldtd check`, whose claims must not
    wait for spaCy to load.
    """

    def __init__(self, text: str, found: _Tokens):
        self.text = text
        self.user_data = {"_text": text, "sentences": found.sentences, "words": found.article_words}


def tokenise_words(text: str, paragraphs: list[ParagraphSpan] | None = None) -> WordsDoc:
    """`tokenise` without spaCy: the sentences and words only."""
    return WordsDoc(text, _tokens(text, paragraphs))


@cache
def vietnamese_nlp() -> "Language":
    """A blank Vietnamese spaCy pipeline whose tokenizer is underthesea (loaded once)."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    return nlp


def tokenise(text: str, paragraphs: list[ParagraphSpan] | None = None) -> "Doc":
    """The article as a spaCy Doc with `doc.user_data["sentences"]` (list of SentenceInfo)."""
    return vietnamese_nlp().tokenizer(text, paragraphs)


def article_words(doc: "Doc") -> list[Word]:
    """Every word of the article, in order."""
    return doc.user_data["words"]


def sentence_words(doc: "Doc", sentence: SentenceInfo) -> list[Word]:
    """The words of one sentence, in order."""
    return doc.user_data["words"][sentence.word_start:sentence.word_end]


@lru_cache(maxsize=1 << 16)  # words repeat: a lookup is cheaper than splitting again
def _single_spaced(word: str) -> str:
    # A word split over a line break or a double space reads as underthesea writes it.
    return " ".join(word.split())


def sentence_at(doc: "Doc", char_start: int) -> SentenceInfo | None:
    """The sentence holding the character at `char_start` (None between sentences)."""
    from bisect import bisect_right

    sentences: list[SentenceInfo] = doc.user_data["sentences"]
    starts = doc.user_data.get("_sentence_starts")
    if starts is None:
        starts = doc.user_data["_sentence_starts"] = [s.char_start for s in sentences]
    i = bisect_right(starts, char_start) - 1
    if i >= 0 and sentences[i].char_start <= char_start < sentences[i].char_end:
        return sentences[i]
    return None
