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


@lru_cache(maxsize=1 << 16)  # the same words are folded again and again: keep the answers
def fold_key(text: str) -> str:
    """Key under which spellings of the same words compare equal (`Hoà` == `Hòa`, `HÒA` == `hòa`)."""
    words = _SPACES.split(nfc(text).strip().lower())
    return " ".join(_fold_syllable(w) for w in words if w)


@lru_cache(maxsize=1 << 16)
def strip_tones(text: str) -> str:
    """Text without tone marks or other diacritics, lower-cased: the loosest match (`đ` -> `d`)."""
    decomposed = unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
