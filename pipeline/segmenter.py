"""Word segmentation with underthesea's own CRF model, decoded here instead of by underthesea.

underthesea's `word_tokenize` turns every syllable into 43 feature strings ("T[-1,0].lower=hà
nội", ...) in Rust, hands them back to Python, and its tagger turns them into ids again: two
thirds of a batch's segmenting time went to building and converting those strings. The model is
a CRFsuite file (`models.bin`) whose weights are readable, and each feature depends only on the
one, two or three syllables it names. So this module reads the weights once and scores a syllable
sequence from cached per-n-gram sums (a syllable, a pair or a triple seen before costs one dict
lookup), then runs the same Viterbi search. Same model, same features, same labels: checked
against underthesea's tagger on every sentence of the seeds, on shuffled sequences of their
syllables and on a model trained with other weights (tests/test_segmenter.py). The syllables
themselves are underthesea's regex's, found with less of that regex (`regex_syllables`).

Another model format or feature set makes `crf_word_segmenter()` return None; then, or when the
decoder fails tokenise's self-check, tokenise falls back to underthesea's own tagger.

Reading the model and loading underthesea take seconds, too long for `ldtd check` from a shell:
a decoder that passed the self-check is pickled to a cache file (`save_cached`), keyed by the
model files, this module's source and underthesea's version, and the next process loads it in a
tenth of that (`load_cached`), with a featurizer that needs no dictionary
(`light_syllable_features`).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import struct
from operator import add
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

# A feature template: T[a] or T[a,b] (syllables a..b around the current one), then a function.
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")
_FUNCTIONS = {None, "lower", "isdigit", "istitle", "is_in_dict"}
# Spans by width, in the order their n-gram sums are stored: position i takes the sum of span
# (a, b) from the n-gram starting at i + a.
_SPANS = {
    1: [(-2, -2), (-1, -1), (0, 0), (1, 1), (2, 2)],
    2: [(-2, -1), (-1, 0), (0, 1), (1, 2)],
    3: [(-2, 0), (-1, 1), (0, 2)],
}


_CHUNK = re.compile(r"\S+")
# A chunk between spaces made of letters, perhaps opened by a bracket or quote and closed by
# one punctuation mark: the three parts are syllables of their own (see regex_syllables).
_PLAIN_CHUNK = re.compile(r"([(“]?)([^\W\d_]+)([,;:?!)”]?)")


def _th_s_at(text: str, at: int) -> bool:
    """Whether underthesea's `Th.S|Th.s` matches at `at` (its `.` takes any character)."""
    return text.startswith("Th", at) and text[at + 3:at + 4] in ("S", "s")


def regex_syllables(text: str, syllable_pattern: re.Pattern) -> list[tuple[int, int]]:
    """The spans `syllable_pattern.finditer(text)` gives, for underthesea's syllable regex, with
    the regex run only on chunks (text between spaces) where it can split otherwise.

    That regex tries a dozen alternatives (URLs, e-mails, dates, numbers, abbreviations...) at
    every syllable, most of the cost of segmenting once the model is decoded here. A run of
    letters is one syllable (its `\\w+` alternative): each alternative before that one needs a
    digit, dot, hyphen, `&`, `@` or `'` in the run, except `Th.S|Th.s`, whose `.` matches any
    character, a space too. A lone `(` or `,` is punctuation, `:` a symbol, and `“;?!)”` are
    each a syllable of their own (`non_word`). No alternative starts with a space, so a scan that
    reaches a chunk is in the state of a scan started there. So a chunk `_PLAIN_CHUNK` describes
    is split here, unless `Th?S` or `Th?s` starts its letters; the regex is run from any other
    chunk (from where the last match ended, if one ran over a space). Same spans: tested against
    `finditer` on every seed sentence and on cases made to break it.
    """
    spans: list[tuple[int, int]] = []
    end_of_last = 0
    for chunk in _CHUNK.finditer(text):
        start, end = chunk.span()
        if end <= end_of_last:
            continue  # taken by a match that ran over a space (`Th S`)
        if start >= end_of_last:
            word = chunk.group()
            if word.isalpha() and not _th_s_at(text, start):
                spans.append((start, end))  # the usual case, in short
                end_of_last = end
                continue
            plain = _PLAIN_CHUNK.fullmatch(word)
            if plain is not None:
                letters = start + plain.end(1)
                if not _th_s_at(text, letters):
                    if letters > start:
                        spans.append((start, letters))
                    spans.append((letters, start + plain.end(2)))
                    if plain.group(3):
                        spans.append((end - 1, end))
                    end_of_last = end
                    continue
        for match in syllable_pattern.finditer(text, max(start, end_of_last)):
            if match.start() >= end:
                break  # the next chunk's: found again from there
            spans.append(match.span())
            end_of_last = match.end()
            if end_of_last >= end:
                break
    return spans


class CrfsuiteModel:
    """The labels, state weights and transition weights of a CRFsuite model file."""

    def __init__(self, path: Path):
        buf = path.read_bytes()
        magic, _size, kind, _version, _, n_labels, n_attrs, off_features, off_labels, off_attrs = (
            struct.unpack_from("<4sI4sIIIIIII", buf, 0)
        )
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path}: not a CRFsuite first-order model")
        self.labels = _cqdb_strings(buf, off_labels)
        attributes = _cqdb_strings(buf, off_attrs)
        if len(self.labels) != n_labels or len(attributes) != n_attrs:
            raise ValueError(f"{path}: label or attribute table does not match its header")
        chunk, _chunk_size, n_features = struct.unpack_from("<4sII", buf, off_features)
        if chunk != b"FEAT":
            raise ValueError(f"{path}: no feature table where the header says")
        self.state: dict[str, list[float]] = {}
        self.transition = [[0.0] * n_labels for _ in range(n_labels)]
        start = off_features + 12
        for kind_id, src, dst, weight in struct.iter_unpack("<IIId", buf[start:start + 20 * n_features]):
            if kind_id == 0:  # attribute src fires for label dst
                self.state.setdefault(attributes[src], [0.0] * n_labels)[dst] += weight
            elif kind_id == 1:  # label src followed by label dst
                self.transition[src][dst] += weight
            else:
                raise ValueError(f"{path}: unknown feature type {kind_id}")


def _cqdb_strings(buf: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk, by id (read through its id → record array)."""
    chunk, _size, _flag, _order, n_ids, ids_offset = struct.unpack_from("<4sIIIII", buf, offset)
    if chunk != b"CQDB":
        raise ValueError("no string table where the header says")
    strings = []
    for record in struct.unpack_from(f"<{n_ids}I", buf, offset + ids_offset):
        _id, size = struct.unpack_from("<II", buf, offset + record)
        strings.append(buf[offset + record + 8:offset + record + 7 + size].decode("utf-8"))
    return strings


class _Syllable(NamedTuple):
    lower: str
    title: bool
    sums: tuple[float, ...]  # its features' weights in each one-syllable span


class CrfWordSegmenter:
    """Labels a sequence of syllables B-W (a word starts) or I-W (it continues the word).

    Each memo (syllables, pairs, triples) starts afresh when full, so memory stays flat over a
    crawl. A language has few syllables; text repeats most of its pairs and many of its triples.
    `ngram_memo_size = 0` keeps no pair or triple: what text in which every one is new costs.
    """

    syllable_memo_size = 100_000
    ngram_memo_size = 100_000

    def __init__(self, model: CrfsuiteModel, templates: Sequence[str], dictionary: set[str],
                 syllable_features: Callable[[str], dict[str, str]]):
        if model.labels != ["B-W", "I-W"]:
            raise ValueError(f"unexpected labels {model.labels}")
        if not {"T[0].lower", "T[0].istitle"} <= set(templates):
            # A pair's or triple's values are built from its syllables' lowercase and title case.
            raise ValueError("the templates give no syllable's lowercase or title case")
        (self._t_bb, self._t_bi), (self._t_ib, self._t_ii) = model.transition
        self.templates = list(templates)
        self._dictionary = dictionary
        self._syllable_features = syllable_features
        # Where each template reads: the width of its n-gram, its span's index among that
        # width's spans, and its function.
        where: dict[str, tuple[int, int, str | None]] = {}
        for template in templates:
            match = _TEMPLATE.fullmatch(template)
            if match is None or match[3] not in _FUNCTIONS:
                raise ValueError(f"unknown feature template {template!r}")
            a = int(match[1])
            b = int(match[2]) if match[2] is not None else a
            spans = _SPANS.get(b - a + 1, [])
            if (a, b) not in spans:
                raise ValueError(f"feature template {template!r} reaches beyond two syllables")
            where[template] = (b - a + 1, spans.index((a, b)), match[3])
        # The weights as tables: per width and function, a feature value -> its weight in each
        # span. With two labels only the difference of their scores matters to Viterbi: one
        # float per feature and span (I-W weight minus B-W weight), one per syllable position.
        tables: dict[int, dict[str | None, dict[str, list[float]]]] = {width: {} for width in _SPANS}
        for attribute, (b_weight, i_weight) in model.state.items():
            template, _, value = attribute.partition("=")
            if template in where and i_weight != b_weight:
                width, span, function = where[template]
                table = tables[width].setdefault(function, {})
                table.setdefault(value, [0.0] * len(_SPANS[width]))[span] += i_weight - b_weight
        self._tables = {width: {function: {value: tuple(w) for value, w in table.items()}
                                for function, table in by_function.items()}
                        for width, by_function in tables.items()}
        # Sums for a span outside the sentence: each of its features has the value BOS or EOS.
        self._outside = {
            edge: {width: self._span_sums(width, dict.fromkeys(_FUNCTIONS, edge)) for width in _SPANS}
            for edge in ("BOS", "EOS")
        }
        # A new pair or triple: the sums of its true/false features, for each (istitle,
        # is_in_dict), then its text and lowercase text looked up in one table each.
        self._flag_sums = {
            width: {(title, in_dict): self._span_sums(width, {"isdigit": "False", "istitle": str(title),
                                                              "is_in_dict": str(in_dict)})
                    for title in (False, True) for in_dict in (False, True)}
            for width in (2, 3)
        }
        # In the order _ngram_sums looks them up: the text as written, then lowercased.
        self._text_tables = {width: (self._tables[width].get(None, {}), self._tables[width].get("lower", {}))
                             for width in (2, 3)}
        self._syllables: dict[str, _Syllable] = {}
        self._memo: dict[int, dict[tuple[str, ...], tuple[float, ...]]] = {2: {}, 3: {}}

    def __getstate__(self) -> dict:
        # The featurizer is underthesea's (Rust) object: attached again after loading.
        state = dict(self.__dict__)
        state["_syllable_features"] = None
        state["_memo"] = {2: {}, 3: {}}
        return state

    def attach_syllable_features(self, syllable_features: Callable[[str], dict[str, str]]) -> None:
        self._syllable_features = syllable_features

    def keep_ngrams(self, size: int) -> None:
        """Keep at most `size` pairs and triples in memo (0: none), starting afresh."""
        self.ngram_memo_size = size
        self._memo[2].clear()
        self._memo[3].clear()

    def _span_sums(self, width: int, values: dict[str | None, str]) -> tuple[float, ...]:
        """For each span of this width, the summed weights of its features given their values
        (a function without a value adds nothing)."""
        sums = (0.0,) * len(_SPANS[width])
        for function, table in self._tables[width].items():
            if function not in values:
                continue
            weights = table.get(values[function])
            if weights is not None:
                sums = tuple(map(add, sums, weights))
        return sums

    def _syllable(self, syllable: str) -> _Syllable:
        """A syllable's lowercase, whether it is title case, and the sums of its features.

        Its feature values (lower, isdigit, istitle, is_in_dict) are the featurizer's own:
        Python's and Rust's Unicode case tables differ a little.
        """
        known = self._syllables.get(syllable)
        if known is None:
            if len(self._syllables) >= self.syllable_memo_size:
                self._syllables.clear()
            values = {None: syllable, **self._syllable_features(syllable)}
            known = self._syllables[syllable] = _Syllable(
                values["lower"], values["istitle"] == "True", self._span_sums(1, values))
        return known

    def _ngram_sums(self, ngram: tuple[str, ...], parts: Sequence[_Syllable]) -> tuple[float, ...]:
        """The sums of a pair or triple of syllables not in memo (then kept in it)."""
        memo = self._memo[len(ngram)]
        if len(memo) >= self.ngram_memo_size:
            memo.clear()
        lower = " ".join([p.lower for p in parts])
        # Joined syllables are title case when each one is; no template asks whether joined
        # syllables are digits.
        sums = self._flag_sums[len(ngram)][all([p.title for p in parts]), lower in self._dictionary]
        for table, value in zip(self._text_tables[len(ngram)], (" ".join(ngram), lower), strict=True):
            weights = table.get(value)
            if weights is not None:
                sums = tuple(map(add, sums, weights))
        memo[ngram] = sums
        return sums

    def continues_word(self, syllables: Sequence[str]) -> list[bool]:
        """For each syllable, whether it continues the word before it (label I-W)."""
        if not syllables:
            return []
        known = [self._syllable(s) for s in syllables]
        pairs, triples, new = self._memo[2].get, self._memo[3].get, self._ngram_sums
        bos, eos = self._outside["BOS"], self._outside["EOS"]
        # Padded so that position i reads span (a, b) at index i + a + 2 of its width's list.
        uni = [bos[1], bos[1], *(k.sums for k in known), eos[1], eos[1]]
        bi = [bos[2], bos[2],
              *(pairs(p) or new(p, known[i:i + 2]) for i, p in enumerate(zip(syllables, syllables[1:]))),
              eos[2], eos[2]]
        tri = [bos[3], bos[3],
               *(triples(t) or new(t, known[i:i + 3])
                 for i, t in enumerate(zip(syllables, syllables[1:], syllables[2:]))),
               eos[3], eos[3]]
        scores = [
            u0[0] + u1[1] + u2[2] + u3[3] + u4[4] + b0[0] + b1[1] + b2[2] + b3[3] + t0[0] + t1[1] + t2[2]
            for u0, u1, u2, u3, u4, b0, b1, b2, b3, t0, t1, t2 in zip(
                uni, uni[1:], uni[2:], uni[3:], uni[4:], bi, bi[1:], bi[2:], bi[3:], tri, tri[1:], tri[2:]
            )
        ]
        return self._viterbi(scores)

    def _viterbi(self, scores: list[float]) -> list[bool]:
        """Best label sequence given each position's I-W minus B-W score (B-W scored 0)."""
        t_bb, t_bi, t_ib, t_ii = self._t_bb, self._t_bi, self._t_ib, self._t_ii
        best_b, best_i = 0.0, scores[0]
        # For each later position: whether its best B-W and best I-W paths come from I-W.
        back: list[tuple[bool, bool]] = []
        for score in scores[1:]:
            from_b, from_i = best_b + t_bb, best_i + t_ib
            b_from_i = from_i > from_b  # ties keep the first label, as the tagger does
            new_b = from_i if b_from_i else from_b
            from_b, from_i = best_b + t_bi, best_i + t_ii
            i_from_i = from_i > from_b
            best_i = (from_i if i_from_i else from_b) + score
            best_b = new_b
            back.append((b_from_i, i_from_i))
        label = best_i > best_b
        labels = [label]
        for b_from_i, i_from_i in reversed(back):
            label = i_from_i if label else b_from_i
            labels.append(label)
        labels.reverse()
        return labels


def crf_word_segmenter(model_dir: str, featurize: Callable) -> CrfWordSegmenter | None:
    """The segmenter for underthesea's word segmentation model in `model_dir`, or None if that
    model is not what this module reads."""
    import joblib

    try:
        folder = Path(model_dir)
        templates = joblib.load(folder / "features.bin")
        dictionary = joblib.load(folder / "dictionary.bin")
        model = CrfsuiteModel(folder / "models.bin")
        return CrfWordSegmenter(model, templates, set(dictionary), lambda s: syllable_features(featurize, s))
    except (OSError, ValueError, KeyError, IndexError, struct.error, UnicodeDecodeError, ImportError):
        return None


def syllable_features(featurize: Callable, syllable: str) -> dict[str, str]:
    """The featurizer's values of one syllable's own features (T[0].lower, .istitle, ...)."""
    features = featurize([[[syllable]]])[0][0]
    prefix = "T[0]."
    return {name[len(prefix):]: value
            for name, _, value in (f.partition("=") for f in features)
            if name.startswith(prefix)}


def light_syllable_features(templates: list[str], dictionary: set[str]) -> Callable[[str], dict[str, str]]:
    """`syllable_features` from a featurizer built without the dictionary, which costs nothing to
    build (with it, a sixth of a second): whether a syllable is in the dictionary is its lowercase
    looked up here, as the featurizer does (tests/test_segmenter.py compares the two)."""
    from underthesea_core import CRFFeaturizer

    process = CRFFeaturizer(templates, set()).process

    def features(syllable: str) -> dict[str, str]:
        values = syllable_features(process, syllable)
        if "is_in_dict" in values:
            values["is_in_dict"] = str(values["lower"] in dictionary)
        return values

    return features


# Bumped when what the cache holds changes shape.
CACHE_FORMAT = 1


def cache_dir() -> Path:
    """Where derived model tables are kept: $LDTD_CACHE_DIR, else the user's cache folder."""
    explicit = os.environ.get("LDTD_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ldtd"


def cache_key(model_dir: Path, *versions: str) -> str:
    """Changes when a model file, this module or one of `versions` changes."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{'|'.join(versions)}".encode())
    digest.update(Path(__file__).read_bytes())
    for name in ("models.bin", "features.bin", "dictionary.bin"):
        stat = (model_dir / name).stat()
        digest.update(f"|{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def load_cached(path: Path, key: str) -> dict | None:
    """The payload `save_cached` wrote under `key`, or None (no file, another key, unreadable)."""
    try:
        with path.open("rb") as f:
            stored = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    return stored["payload"]


def save_cached(path: Path, key: str, payload: dict) -> None:
    """Write the payload atomically; a cache that cannot be written is simply not kept."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        with partial.open("wb") as f:
            pickle.dump({"key": key, "payload": payload}, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except OSError:
        pass
