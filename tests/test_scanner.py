"""compile_scanner: the same matches as re.compile, found faster (a look-ahead at first characters)."""
from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.scanner import compile_scanner
from tests.conftest import ROOT, SEEDS

SEED_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)

# pattern, flags, the look-ahead expected in front (None: none can help)
CASES = [
    (r"(?<!\w)(?:ngày|tháng)\s+\d", re.IGNORECASE, "(?=[nt])"),
    (r"(?<![\d/])(?<!\d[.,])\d{1,2}[/.-]\d{1,2}", 0, r"(?=[\d])"),
    (r"(?:^|(?<=[\s(]))(?P<p>Top|xếp thứ)\s+$", re.IGNORECASE, "(?=[Tx])"),
    (r"(?:x|)y", 0, "(?=[xy])"),  # an empty alternative lets the next item start the match
    (r"(?<!\w)\w+", 0, None),  # \w: nearly any character
    (r"a?b*", 0, None),  # can match nothing, anywhere
    (r"[^a]b", 0, None),  # a negated class
    (r"(?i:ab)c", 0, None),  # flags inside: the class would not follow them
    (r"\s*(?:đồng|USD)(?![^\W\d_])", 0, None),  # leading \s* then words: \s and the words
]


@pytest.mark.parametrize("pattern, flags, lookahead", CASES)
def test_look_ahead_and_same_matches(pattern, flags, lookahead):
    fast = compile_scanner(pattern, flags)
    plain = re.compile(pattern, flags)
    if lookahead is None and pattern.startswith(r"\s*"):
        assert fast.pattern.startswith("(?=[") and r"\s" in fast.pattern.split("]")[0]
    elif lookahead is None:
        assert fast.pattern == pattern
    else:
        assert fast.pattern.startswith(lookahead)
    assert [m.span() for m in fast.finditer(SEED_TEXT)] == [m.span() for m in plain.finditer(SEED_TEXT)]


def _extractor_patterns():
    from pipeline.extract import dates, figures

    grammar = vars(dates._grammar())
    yield from ((f"dates.{k}", v) for k, v in grammar.items() if isinstance(v, re.Pattern))
    lexicon = vars(figures._lex())
    yield from ((f"figures.{k}", v) for k, v in lexicon.items() if isinstance(v, re.Pattern))
    for name in ("DATE_SHAPES", "TIME_SHAPES", "YEAR_RANGE", "PHONE", "DOCUMENT_NUMBER"):
        yield f"figures.{name}", getattr(figures, name)


@pytest.mark.parametrize("name, compiled", list(_extractor_patterns()))
def test_extractor_patterns_find_what_their_plain_regex_finds(name, compiled):
    """Every scanning regex of the extractors, against its pattern without the look-ahead, on
    every line of the seeds (line ends make the `$`-anchored context patterns match too)."""
    pattern = compiled.pattern
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", r"\1", pattern, flags=re.S), compiled.flags)
    for line in SEED_TEXT.splitlines():
        assert [m.span() for m in compiled.finditer(line)] == [m.span() for m in plain.finditer(line)], (name, line)
        for cut in range(0, len(line), 37):  # left contexts: the text before a position
            left = line[:cut] + " "
            assert bool(compiled.search(left)) == bool(plain.search(left)), (name, left)


_PATTERN_TEXTS = (
    "import json\n"
    "from pipeline.extract import dates, figures\n"
    "from pipeline.scanner import _programs\n"
    "patterns = [v for v in vars(dates._grammar()).values() if hasattr(v, 'pattern')]\n"
    "patterns += [v for v in vars(figures._lex()).values() if hasattr(v, 'pattern')]\n"
    "print(json.dumps({'patterns': [[p.pattern, p.flags] for p in patterns],\n"
    "                  'stored': len(_programs().stored), 'new': _programs().new}))\n"
)


def _patterns_in_a_new_process(cache: Path, hash_seed: str) -> dict:
    env = {**os.environ, "LDTD_CACHE_DIR": str(cache), "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-c", _PATTERN_TEXTS], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_compiled_programs_are_kept_between_processes(tmp_path):
    """The first process compiles the scanners and keeps their programs; the next builds them from
    there. The patterns are the same text in every process (a phrase list's order does not follow
    the hash of its strings), or their programs could not be found again."""
    first = _patterns_in_a_new_process(tmp_path, "1")
    again = _patterns_in_a_new_process(tmp_path, "2")
    assert first["stored"] == 0 and first["new"]
    assert again["stored"] > 0 and not again["new"]
    assert again["patterns"] == first["patterns"]


def test_a_scanner_from_its_stored_program_is_the_compiled_pattern(tmp_path):
    from pipeline.scanner import _Programs, scanner_pattern

    pattern, flags = r"(?<!\w)(?:ngày|tháng)\s+(?P<n>\d+)", re.IGNORECASE
    writer = _Programs(tmp_path / "scanners.pickle")
    writer.keep(pattern, flags, re.compile(scanner_pattern(pattern, flags), flags))
    writer.save()
    stored = _Programs(tmp_path / "scanners.pickle").compiled(pattern, flags)
    # equal: the same pattern text, flags and compiled code
    assert stored == re.compile(scanner_pattern(pattern, flags), flags) and stored.groupindex == {"n": 1}
    assert [m.span("n") for m in stored.finditer(SEED_TEXT)] == [m.span("n") for m in re.finditer(pattern, SEED_TEXT, flags)]


def test_a_broken_cache_file_is_not_used(tmp_path):
    from pipeline.scanner import _Programs

    (tmp_path / "garbage.pickle").write_bytes(b"not a pickle")
    assert _Programs(tmp_path / "garbage.pickle").compiled("a", 0) is None
    wrong = tmp_path / "wrong.pickle"
    wrong.write_bytes(pickle.dumps({("a", 0): ("a", 32, [1, 2, 3], 0, {}, (None,))}))  # not a program
    assert _Programs(wrong).compiled("a", 0) is None
