"""Decoding underthesea's CRF word segmentation model ourselves: the same labels as its tagger."""
from __future__ import annotations

import random
import shutil

import joblib
import pytest

from pipeline import tokenise as tokenise_module
from pipeline.clean import clean_file
from pipeline.segmenter import (
    CrfsuiteModel,
    crf_word_segmenter,
    light_syllable_features,
    load_cached,
    regex_syllables,
    save_cached,
    syllable_features,
)
from pipeline.tokenise import crf_segmenter, sentence_spans, word_segmentation_model_dir, word_spans
from tests.conftest import SEEDS


def _underthesea_model():
    import underthesea.pipeline.word_tokenize as word_tokenize_module
    from underthesea import word_tokenize

    word_tokenize("Khởi động.")  # loads it (crf_segmenter may have come from the cache instead)
    model = word_tokenize_module.word_tokenize_model
    return model.featurizer.process, model.estimator, word_segmentation_model_dir()


def _tagger_labels(tagger, featurize, syllables: list[str]) -> list[bool]:
    return [label == "I-W" for label in tagger.tag(featurize([[[s] for s in syllables]])[0])]


def _syllables(text: str) -> list[str]:
    crf = crf_segmenter()
    return [m.group() for m in crf.syllables.finditer(crf.normalise(text))]


@pytest.fixture(scope="module")
def seed_syllable_sequences() -> list[list[str]]:
    """Every sentence of the seed hosts and teasers, as syllables."""
    sequences = []
    for path in SEEDS:
        page = clean_file(path)
        for article in [page.article, *page.teasers]:
            for para in article.paragraphs:
                for start, end in sentence_spans(article.text, para.char_start, para.char_end):
                    sequences.append(_syllables(article.text[start:end]))
    return [s for s in sequences if s]


def _shuffled(sequences: list[list[str]], n: int, seed: int = 7) -> list[list[str]]:
    # Syllables in orders no text has, lengths 1 to 60: every n-gram and every sentence edge new.
    rng = random.Random(seed)
    pool = [s for seq in sequences for s in seq]
    return [[rng.choice(pool) for _ in range(rng.randint(1, 60))] for _ in range(n)]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư",
         # (underthesea's docstring says "báo tin"; its current model, like ours, splits it)
         ["Bác sĩ", "bây giờ", "có thể", "thản nhiên", "báo", "tin", "bệnh nhân", "bị", "ung thư"]),
        ("Công đoàn Thủ đô trao 2,9 tỷ đồng", ["Công đoàn", "Thủ đô", "trao", "2,9", "tỷ", "đồng"]),
        ("Hà Nội", ["Hà Nội"]),  # two syllables: every feature but two is BOS or EOS
        ("Hà", ["Hà"]),
    ],
)
def test_decoder_cases(sentence, words):
    assert crf_segmenter().decoder is not None, "the decoder must read underthesea's model"
    assert [sentence[a:b] for a, b in word_spans(sentence, 0, len(sentence))] == words


def test_decoder_labels_every_seed_sentence_as_underthesea(seed_syllable_sequences):
    featurize, tagger, _ = _underthesea_model()
    decoder = crf_segmenter().decoder
    assert len(seed_syllable_sequences) > 300
    for syllables in seed_syllable_sequences:
        assert decoder.continues_word(syllables) == _tagger_labels(tagger, featurize, syllables), " ".join(syllables)


@pytest.mark.parametrize("ngram_memo_size", [100_000, 5, 0])
def test_decoder_labels_shuffled_syllables_as_underthesea(seed_syllable_sequences, ngram_memo_size):
    # A memo that fills and starts afresh, or keeps nothing, must not change a label.
    featurize, tagger, _ = _underthesea_model()
    decoder = crf_segmenter().decoder
    decoder.keep_ngrams(ngram_memo_size)
    try:
        for syllables in _shuffled(seed_syllable_sequences, 400, seed=ngram_memo_size):
            assert decoder.continues_word(syllables) == _tagger_labels(tagger, featurize, syllables), " ".join(syllables)
        assert len(decoder._memo[3]) <= max(ngram_memo_size, 1)
    finally:
        decoder.keep_ngrams(type(decoder).ngram_memo_size)


def test_decoder_reads_a_model_with_other_weights(seed_syllable_sequences, tmp_path):
    # A model trained here, on labels partly scrambled, has weights unlike the shipped one: the
    # reader and the decoder must still agree with underthesea's tagger loading the same file.
    from underthesea_core import CRFTagger, CRFTrainer

    featurize, tagger, folder = _underthesea_model()
    rng = random.Random(3)
    sequences = seed_syllable_sequences[:150]
    labels = [["I-W" if rng.random() < 0.4 else "B-W" for _ in s] for s in sequences]
    for seq_labels in labels:
        seq_labels[0] = "B-W"
    trainer = CRFTrainer(loss_function="lbfgs", l1_penalty=0.0, l2_penalty=0.01, max_iterations=30, verbose=0)
    model = trainer.train([featurize([[[s] for s in seq]])[0] for seq in sequences], labels)
    model.save(str(tmp_path / "models.bin"))
    for name in ("features.bin", "dictionary.bin"):
        shutil.copy(folder / name, tmp_path / name)
    trained_tagger = CRFTagger()
    trained_tagger.load(str(tmp_path / "models.bin"))
    decoder = crf_word_segmenter(str(tmp_path), featurize)
    assert decoder is not None
    for syllables in sequences + _shuffled(sequences, 200):
        assert decoder.continues_word(syllables) == _tagger_labels(trained_tagger, featurize, syllables)


def test_decoder_does_not_depend_on_the_order_of_the_model_file(seed_syllable_sequences, monkeypatch):
    # The weights of one feature function must never be read as another's, whichever of their
    # attributes the file lists first (a model trained here listed `.lower` ones first, once).
    from pipeline import segmenter as segmenter_module

    class Reversed(CrfsuiteModel):
        def __init__(self, path):
            super().__init__(path)
            self.state = dict(reversed(self.state.items()))

    featurize, tagger, folder = _underthesea_model()
    monkeypatch.setattr(segmenter_module, "CrfsuiteModel", Reversed)
    decoder = crf_word_segmenter(str(folder), featurize)
    assert decoder is not None
    for syllables in seed_syllable_sequences + _shuffled(seed_syllable_sequences, 200):
        assert decoder.continues_word(syllables) == _tagger_labels(tagger, featurize, syllables), " ".join(syllables)


def test_model_file_that_is_not_crfsuite_is_refused(tmp_path):
    featurize, _, folder = _underthesea_model()
    for name in ("features.bin", "dictionary.bin"):
        shutil.copy(folder / name, tmp_path / name)
    (tmp_path / "models.bin").write_bytes(b"lCRF" + b"\0" * 20)  # truncated
    assert crf_word_segmenter(str(tmp_path), featurize) is None
    (tmp_path / "models.bin").write_bytes(b"PK\3\4" + b"\0" * 60)
    with pytest.raises(ValueError, match="not a CRFsuite"):
        CrfsuiteModel(tmp_path / "models.bin")


def test_feature_templates_it_does_not_know_are_refused(tmp_path):
    featurize, _, folder = _underthesea_model()
    shutil.copy(folder / "models.bin", tmp_path / "models.bin")
    shutil.copy(folder / "dictionary.bin", tmp_path / "dictionary.bin")
    templates = joblib.load(folder / "features.bin")
    for unknown in ("T[-3]", "T[0].isupper"):
        joblib.dump([*templates, unknown], tmp_path / "features.bin")
        assert crf_word_segmenter(str(tmp_path), featurize) is None, unknown
    # Without a syllable's lowercase, a pair's lowercase text cannot be built.
    joblib.dump([t for t in templates if t != "T[0].lower"], tmp_path / "features.bin")
    assert crf_word_segmenter(str(tmp_path), featurize) is None


def test_a_decoder_failing_the_self_check_is_not_used(monkeypatch):
    # If our decoder labelled the check sentences differently, underthesea's tagger decodes.
    class Scrambled:
        def continues_word(self, syllables):
            return [True] * len(syllables)

    monkeypatch.setattr(tokenise_module, "crf_word_segmenter", lambda *args: Scrambled())
    monkeypatch.setattr(tokenise_module, "_cached_crf_segmenter", lambda: None)
    monkeypatch.setattr(tokenise_module, "_save_crf_segmenter", lambda segmenter: None)
    crf_segmenter.cache_clear()
    try:
        crf = tokenise_module.crf_segmenter()
        assert crf.decoder is None
        sentence = "Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư"
        assert [sentence[a:b] for a, b in word_spans(sentence, 0, len(sentence))][:3] == ["Bác sĩ", "bây giờ", "có thể"]
    finally:
        crf_segmenter.cache_clear()


# Chunks where underthesea's syllable regex does something other than "letters are one syllable":
# `Th.S` takes any third character (a space too), abbreviations keep their dot, numbers, dates,
# URLs and e-mails hold punctuation, and `:D` is an emoticon.
@pytest.mark.parametrize(
    "text",
    [
        "Th S là", "Th s", "Th\tS", "ThuSa", "Thus, this is", "(ThuS)", "“Th S”", "Thành phố", "Th",
        "UBND. Hà Nội", "TP.HCM", "Mr. Nguyễn", "ThS. Lê", "T.Ư", "A&B", "o'clock", "l’amour",
        "14.791 sáng kiến", "2,9 tỷ", "1/5", "27.12.2019", "10x20", "°C", "15/QĐ-UBND", "NĐ-CP",
        "https://laodongthudo.vn/a-b.html", "laodongthudo.vn", "ban@ldtd.vn", "0243-826-1234",
        ":D vui", "x:D", "a:)", "v.v... và", "a..", "a::", "a,,", "(“a", "a)(b", "x²,", "a_b,",
        "Đoàn,", "(LĐTĐ)", "“Tháng", "vậy?", "rồi!", "đó;", "sau:", "kiến”", "e-mail", "-",
    ],
)
def test_regex_syllables_cases(text):
    crf = crf_segmenter()
    normalised = crf.normalise(text)
    assert regex_syllables(normalised, crf.syllables) == [m.span() for m in crf.syllables.finditer(normalised)]


def test_regex_syllables_on_every_seed_line():
    crf = crf_segmenter()
    n_lines = 0
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            normalised = crf.normalise(line)
            assert regex_syllables(normalised, crf.syllables) == [m.span() for m in crf.syllables.finditer(normalised)], line
            n_lines += 1
    assert n_lines > 300


def test_the_cached_decoder_gives_the_same_words(monkeypatch, tmp_path):
    # A new process loads the decoder from the cache file: same words as the one built from the
    # model, on every seed line.
    monkeypatch.setenv("LDTD_CACHE_DIR", str(tmp_path))
    crf_segmenter.cache_clear()
    try:
        built = tokenise_module._built_crf_segmenter()
        tokenise_module._save_crf_segmenter(built)
        assert [p.name for p in tmp_path.glob("segmenter-*.pickle")] == [tokenise_module._decoder_cache()[0].name]
        cached = tokenise_module._cached_crf_segmenter()
        assert cached is not None and cached.decoder is not None
        n_lines = 0
        for path in SEEDS:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                assert cached.normalise(line) == built.normalise(line)
                syllables = [m.group() for m in built.syllables.finditer(built.normalise(line))]
                assert [m.group() for m in cached.syllables.finditer(cached.normalise(line))] == syllables
                assert cached.continues_word(syllables) == built.continues_word(syllables)
                n_lines += 1
        assert n_lines > 50
    finally:
        crf_segmenter.cache_clear()


def test_a_cache_of_another_model_or_version_is_not_used(tmp_path):
    path = tmp_path / "segmenter.pickle"
    save_cached(path, "key-a", {"x": 1})
    assert load_cached(path, "key-a") == {"x": 1}
    assert load_cached(path, "key-b") is None
    path.write_bytes(b"not a pickle")
    assert load_cached(path, "key-a") is None


def test_light_syllable_features_are_the_featurizers():
    # Without its dictionary the featurizer is built at once; the dictionary is looked up here.
    featurize, _, folder = _underthesea_model()
    templates = joblib.load(folder / "features.bin")
    dictionary = set(joblib.load(folder / "dictionary.bin"))
    light = light_syllable_features(templates, dictionary)
    words = {w for path in SEEDS for w in path.read_text(encoding="utf-8").split()}
    words |= {w.lower() for w in words} | {w.upper() for w in words} | {"2023", "14.791", "2,9", "LĐLĐ", "Hoà"}
    for word in sorted(words):
        assert light(word) == syllable_features(featurize, word), word
