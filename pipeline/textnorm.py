"""Vietnamese text normal forms: NFC for storage, a folded key for comparison.

Stored text stays as written. Comparison goes through `fold_key`, under which `Hoà` and `Hòa`
(old and new tone placement), case and spacing differences compare equal, while different
tones (`Hà`/`Hạ`) stay different.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The five Vietnamese tone marks as combining characters (NFD).
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
_SPACES = re.compile(r"\s+")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold_syllable(syllable: str) -> str:
    tone = ""
    kept = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            kept.append(ch)
    # Tone moves to the end of the syllable, so its placement on a vowel no longer matters.
    return unicodedata.normalize("NFC", "".join(kept)) + tone


# `hòa`, `khỏe`, `ủy` (the tone on the first vowel of a syllable-final `oa`, `oe`, `uy`): the newer
# placement, which older text writes on the second vowel (`hoà`, `khoẻ`, `uỷ`).
_NEWER_TONE_PLACE = re.compile(r"([òóỏõọÒÓỎÕỌ])([aeAE])(?![^\W\d_])|([ùúủũụÙÚỦŨỤ])([yY])(?![^\W\d_])")


def _to_older_place(match: re.Match) -> str:
    first, second = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    base, tone = unicodedata.normalize("NFD", first)  # a vowel and its one tone mark
    return base + unicodedata.normalize("NFC", second + tone)


def segmenter_spelling(text: str) -> str:
    """The text as underthesea's word model reads it best, character for character: the older
    tone placement (`older_tone_placement`), and every dash a hyphen (its syllable pattern takes
    `-` for punctuation but glues `–` to the words around it: `– Thương binh và`)."""
    return older_tone_placement(text).translate(_DASHES)


def older_tone_placement(text: str) -> str:
    """`Ủy ban`, `hòa bình` -> `Uỷ ban`, `hoà bình`: the same text, character for character, with
    the older placement of the tone. underthesea's word model learnt its words from text spelt
    that way: it keeps `Uỷ ban nhân dân` and `cấp uỷ` whole but splits `Ủy` from `ban nhân dân`."""
    return _NEWER_TONE_PLACE.sub(_to_older_place, text)


@lru_cache(maxsize=1 << 16)  # the same words are folded again and again: keep the answers
def fold_key(text: str) -> str:
    """Key under which spellings of the same words compare equal (`Hoà` == `Hòa`, `HÒA` == `hòa`,
    `Lao động – Thương binh` == `Lao động - Thương binh`: a dash is a dash whatever its length)."""
    words = _SPACES.split(nfc(text).strip().lower().translate(_DASHES))
    return " ".join(_fold_syllable(w) for w in words if w)


@lru_cache(maxsize=1 << 16)
def strip_tones(text: str) -> str:
    """Text without tone marks or other diacritics, lower-cased: the loosest match (`đ` -> `d`)."""
    decomposed = unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
