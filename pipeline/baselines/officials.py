"""Baseline for officials: underthesea's named-entity tagger, every PER entity a person, no titles.

This is what an off-the-shelf tagger gives without the title grammar: a name per PER entity of
each sentence, the honorific and the titles left empty. It cannot score on the officials key
(name and every title), so tests/gold/officials/SPEC.toml scores it on `baseline_key = ["name"]`;
the extractor is reported on that same key beside it (see the SPEC) so the two compare fairly.
"""
from __future__ import annotations

from pipeline.tokenise import split_paragraphs


def _entities(tagged: list[tuple]) -> list[str]:
    """The PER entities of one tagged sentence, B-PER then I-PER words joined by a space."""
    names: list[str] = []
    current: list[str] = []
    for word, *_tags, label in tagged:
        if label == "I-PER" and current:
            current.append(word)
            continue
        if current:
            names.append(" ".join(current))
        current = [word] if label in ("B-PER", "I-PER") else []
    if current:
        names.append(" ".join(current))
    return names


def ner_person_names(text: str) -> list[dict[str, str]]:
    """One row per PER entity that underthesea's `ner` finds in the sentences of `text`."""
    from underthesea import ner, sent_tokenize

    rows = []
    for paragraph in split_paragraphs(text):
        for sentence in sent_tokenize(text[paragraph.char_start:paragraph.char_end]):
            for name in _entities(ner(sentence)):
                rows.append({"name": name, "honorific": "", "titles": ""})
    return rows
