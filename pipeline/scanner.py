"""Compile regexes that scan whole articles so that the regex engine skips to where a match can start.

Python's regex engine jumps straight to candidate positions when a pattern starts with a
literal or a character class, but not when it starts with a look-behind (`(?<!\\w)…`), as the
extractors' patterns do to keep whole words: it then tries every position of the text. Putting
a look-ahead at the characters any match must start with in front restores the jump (5-10x
faster over an article) and matches exactly the same text.

Compiling these patterns (long alternations of the lexicons' words) took a cold `ldtd check` a
fifth of a second and more, every time. So the compiled program of each one, what `re` hands to
its engine, is kept in a cache file between processes (`_Programs`), and a new process builds
its patterns from there without parsing them: the same patterns, equal to what `re.compile`
gives (that is checked before a program is kept).
"""
from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import re
import sys
from functools import cache
from pathlib import Path

import _sre

try:  # the parser and compiler behind `re` (Python 3.11+; `sre_parse`, `sre_compile` before)
    from re import _compiler as _sre_compile
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compile
    import sre_constants as _c
    import sre_parse as _sre_parse

_CATEGORY_CLASSES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = {_c.ASSERT, _c.ASSERT_NOT, _c.AT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class _Unbounded(Exception):
    """A match could start with (almost) any character: no look-ahead helps."""


def compile_scanner(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, led by a look-ahead at the possible first characters."""
    programs = _programs()
    compiled = programs.compiled(pattern, flags)
    if compiled is None:
        compiled = re.compile(scanner_pattern(pattern, flags), flags)
        programs.keep(pattern, flags, compiled)
    return compiled


def scanner_pattern(pattern: str, flags: int = 0) -> str:
    """The pattern led by a look-ahead at the characters a match can start with (as it is when
    none helps)."""
    try:
        first, can_be_empty = _first(_sre_parse.parse(pattern, flags))
    except _Unbounded:
        return pattern
    if can_be_empty or not first:
        return pattern
    return f"(?=[{''.join(sorted(first))}])(?:{pattern})"


def _first(items) -> tuple[set[str], bool]:
    """(class fragments a match of the sequence can start with, whether it can match nothing)."""
    fragments: set[str] = set()
    for op, av in items:
        item_first, can_be_empty = _first_of_item(op, av)
        fragments |= item_first
        if not can_be_empty:
            return fragments, False
    return fragments, True


def _first_of_item(op, av) -> tuple[set[str], bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _c.IN:
        return _class_fragments(av), False
    if op is _c.BRANCH:
        fragments: set[str] = set()
        can_be_empty = False
        for alternative in av[1]:
            alt_first, alt_empty = _first(alternative)
            fragments |= alt_first
            can_be_empty = can_be_empty or alt_empty
        return fragments, can_be_empty
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # `(?i:…)` inside: the outer flags would not apply to the class
            raise _Unbounded
        return _first(sub)
    if op in _REPEATS:
        low, _high, sub = av
        sub_first, sub_empty = _first(sub)
        return sub_first, low == 0 or sub_empty
    raise _Unbounded  # any character, a negated literal, a back-reference …


def _class_fragments(items) -> set[str]:
    fragments = set()
    for op, av in items:
        if op is _c.LITERAL:
            fragments.add(re.escape(chr(av)))
        elif op is _c.RANGE:
            fragments.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORY_CLASSES:
            fragments.add(_CATEGORY_CLASSES[av])
        else:  # a negated class, \w, \S …: nearly every character
            raise _Unbounded
    return fragments


# The cache file starts afresh when it would hold more programs than this: patterns the lexicons
# no longer make are dropped then (the extractors compile about a hundred).
PROGRAM_CACHE_SIZE = 2000


def _program(pattern: str, flags: int) -> tuple:
    """The arguments `re.compile` gives the regex engine for `pattern` (what `_sre.compile`
    takes): the pattern, its flags, its compiled code, its groups and their names."""
    parsed = _sre_parse.parse(pattern, flags)
    code = [int(c) for c in _sre_compile._code(parsed, flags)]  # plain ints: opcodes are named ints
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))


class _Programs:
    """Compiled scanner programs by (pattern, flags), read from a cache file and written back at
    exit when this process compiled new ones. The file is keyed by Python's version and its
    regex engine's, and by this module's source; a program is kept only when the pattern it
    makes is equal (same pattern, flags and code) to the one `re.compile` made; a file that
    cannot be read or written is simply not used."""

    def __init__(self, path: Path | None):
        self.path = path
        self.stored = self._load()
        self.used: dict[tuple[str, int], tuple] = {}
        self.new = False

    def _load(self) -> dict[tuple[str, int], tuple]:
        if self.path is None:
            return {}
        try:
            with self.path.open("rb") as f:
                stored = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return {}
        return stored if isinstance(stored, dict) else {}

    def compiled(self, pattern: str, flags: int) -> re.Pattern | None:
        """The compiled scanner from its stored program, or None when there is none (or it is not one)."""
        program = self.stored.get((pattern, flags))
        if program is None:
            return None
        try:
            compiled = _sre.compile(*program)  # the engine checks the code before taking it
        except (TypeError, ValueError, RuntimeError, OverflowError):
            return None
        self.used[pattern, flags] = program
        return compiled

    def keep(self, pattern: str, flags: int, compiled: re.Pattern) -> None:
        """Remember the program of a scanner compiled here, to be written at exit."""
        if self.path is None:
            return
        try:
            program = _program(compiled.pattern, flags)
            if _sre.compile(*program) != compiled:
                return
        except Exception:  # noqa: BLE001 — another engine than this module reads: compile as before
            return
        self.used[pattern, flags] = program
        if not self.new:
            self.new = True
            atexit.register(self.save)

    def save(self) -> None:
        programs = {**self.stored, **self.used}
        if len(programs) > PROGRAM_CACHE_SIZE:
            programs = dict(self.used)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
            with partial.open("wb") as f:
                pickle.dump(programs, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, self.path)
        except OSError:
            pass


@cache
def _programs() -> _Programs:
    from pipeline.segmenter import cache_dir

    digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    digest.update(Path(__file__).read_bytes())
    try:
        path = cache_dir() / f"scanners-{digest.hexdigest()[:24]}.pickle"
    except RuntimeError:  # no home folder to cache in
        path = None
    return _Programs(path)
