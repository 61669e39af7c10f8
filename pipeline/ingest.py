"""Find inputs and turn their bytes into NFC text: files, JSONL crawl records, a manifest.

`iter_units` walks the inputs in a stable order and yields one `SourceUnit` per article-to-be
(a `.txt`/`.html` file, or one line of a `.jsonl` file) with the hash of its raw bytes, so the
runner can skip unchanged inputs before any parsing. `decode_unit` (run in a worker) detects the
encoding, repairs what can be repaired (Windows-1258, NFD, a few bad bytes or control characters,
each recorded) and refuses, with a message naming the problem and the fix, what cannot (empty,
binary, oversized, unreadable).
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

PAGE_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
RECORD_SUFFIXES = {".jsonl"}
DEFAULT_MAX_MB = 10.0


class IngestError(ValueError):
    """An input that cannot become text (the message says why and what to do)."""


@dataclass
class ManifestEntry:
    url: str | None = None
    published_at: datetime | None = None
    crawled_at: datetime | None = None


@dataclass
class SourceUnit:
    """The raw bytes of one article-to-be, with what the manifest says about it."""

    source_path: str
    sha256: str
    data: bytes | None          # None when refused before reading (too large)
    fmt: str                    # 'text', 'html' or 'record' (a JSONL line)
    meta: ManifestEntry = field(default_factory=ManifestEntry)
    refusal: str | None = None  # set when ingest refuses the unit without decoding it


@dataclass
class DecodedSource:
    content: str
    fmt: str                    # 'text' or 'html'
    encoding: str
    repairs: list[str]
    url: str | None = None
    published_at: datetime | None = None
    crawled_at: datetime | None = None
    byte_repairs: list["ByteRepair"] = field(default_factory=list)


# ------------------------------------------------------------------ finding inputs


def find_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Input files under `paths` (files as given, folders recursively), in a stable order."""
    wanted = set(PAGE_SUFFIXES) | RECORD_SUFFIXES
    for path in map(Path, paths):
        if path.is_dir():
            for found in _walk_in_order(path):
                if found.suffix.lower() in wanted and not found.name.startswith("."):
                    yield found
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")


def _walk_in_order(folder: Path) -> Iterator[Path]:
    """Files under `folder` in the order of `sorted(folder.rglob("*"))` (paths compare part by
    part), one folder's entries in memory at a time rather than the whole tree: a crawl of
    millions of pages is listed as it is read. Like rglob, symlinked folders are not entered."""
    try:
        with os.scandir(folder) as entries:
            names = sorted((entry.name, entry.is_dir(follow_symlinks=False), entry.is_file()) for entry in entries)
    except OSError:
        return
    for name, is_dir, is_file in names:
        if is_dir:
            yield from _walk_in_order(folder / name)
        elif is_file:
            yield folder / name


def display_path(path: Path) -> str:
    """The path as stored: relative to the working directory when inside it (stable ids)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def iter_units(paths: Iterable[str | Path], manifest: dict[str, ManifestEntry] | None = None,
               max_mb: float = DEFAULT_MAX_MB) -> Iterator[SourceUnit]:
    """One unit per page file or JSONL line, streamed: never the whole corpus in memory."""
    manifest = manifest or {}
    max_bytes = int(max_mb * 1024 * 1024)
    for path in find_input_files(paths):
        shown = display_path(path)
        meta = manifest.get(shown) or manifest.get(path.resolve().as_posix()) or manifest.get(path.name) or ManifestEntry()
        suffix = path.suffix.lower()
        if suffix in RECORD_SUFFIXES:
            yield from _record_units(path, shown, max_bytes)
            continue
        size = path.stat().st_size
        if size > max_bytes:
            yield SourceUnit(
                shown, _file_sha256(path), None, PAGE_SUFFIXES.get(suffix, "text"), meta,
                refusal=(f"file is {size / 1048576:.1f} MB, over the {max_mb:g} MB limit for one page; "
                         "a crawl export belongs in a .jsonl file (one article a line), or raise --max-mb"),
            )
            continue
        data = path.read_bytes()
        yield SourceUnit(shown, hashlib.sha256(data).hexdigest(), data, PAGE_SUFFIXES.get(suffix, "text"), meta)


def format_of(source_path: str) -> str:
    """The format a stored input path was read in: 'text', 'html', or 'record' (a JSONL line)."""
    path, _, line = source_path.rpartition("#L")
    if path and line.isdigit() and Path(path).suffix.lower() in RECORD_SUFFIXES:
        return "record"
    return PAGE_SUFFIXES.get(Path(source_path).suffix.lower(), "text")


def _record_units(path: Path, shown: str, max_bytes: int) -> Iterator[SourceUnit]:
    with path.open("rb") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{shown}#L{line_no}"
            digest = hashlib.sha256(line).hexdigest()
            if len(line) > max_bytes:
                yield SourceUnit(where, digest, None, "record",
                                 refusal=f"record is {len(line) / 1048576:.1f} MB, over the limit for one page; raise --max-mb")
                continue
            yield SourceUnit(where, digest, line, "record")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ------------------------------------------------------------------ manifest


def load_manifest(path: str | Path) -> dict[str, ManifestEntry]:
    """`path` → url, published_at, crawled_at, from a CSV or JSONL manifest."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: manifest not found")
    rows: list[dict] = []
    with path.open(encoding="utf-8-sig") as handle:
        if path.suffix.lower() in (".jsonl", ".json"):
            for line_no, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{path}:{line_no}: not JSON ({exc.msg}); fix the manifest line") from exc
        else:
            rows = list(csv.DictReader(handle))
    from pipeline.clean import parse_timestamp

    manifest: dict[str, ManifestEntry] = {}
    for row in rows:
        if not row.get("path"):
            raise ValueError(f"{path}: every manifest row needs a 'path' column")
        entry = ManifestEntry(
            url=(row.get("url") or None),
            published_at=parse_timestamp(row.get("published_at")),
            crawled_at=parse_timestamp(row.get("crawled_at")),
        )
        given = Path(row["path"])
        for key in {row["path"], given.as_posix(), display_path(given), given.name}:
            manifest[key] = entry
    return manifest


# ------------------------------------------------------------------ decoding

_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (docx/xlsx?)", b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
# A page is repaired rather than refused while at most this share of its bytes is bad (cannot be
# decoded, or is a control character): 1 in 100, so 200 in a 20 KB page. A stray NUL or a
# character cut at a crawl's chunk boundary is far below it; another encoding (VNI, Latin-1) or
# binary data far above.
REPAIR_LIMIT = 0.01
# Control characters are dropped from the text: C0 but tab, line feed and carriage return; DEL.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_CONTROL_BYTES = re.compile(f"[{_CONTROL}]".encode())
# Decoding with 'surrogateescape' turns each byte that cannot be decoded into a lone surrogate.
_UNDECODABLE = re.compile("[\udc80-\udcff]")
# The name of the encoding a codec decodes, as a repair's reason gives it ('not utf-8').
_ENCODING_NAMES = {"utf-8": "utf-8", "cp1258": "windows-1258", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}
# What a decoded text may need repaired: a run of bytes that could not be decoded, or a control character.
_REPAIRABLE = re.compile(f"(?P<undecodable>{_UNDECODABLE.pattern}+)|(?P<control>[{_CONTROL}])")
# In a JSONL line, also a control character written as a JSON escape (\u0000, \b, \f). Every
# escape is matched in turn (the last alternative, kept as it is), so that an escaped backslash
# followed by `u0000` is not taken for one.
_REPAIRABLE_IN_JSON = re.compile(
    _REPAIRABLE.pattern + r"|(?P<escape>\\u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])|\\[bf])|\\.")


@dataclass(frozen=True)
class ByteRepair:
    """Bytes of an input left out of its text: 'replaced' by one U+FFFD, or 'dropped'."""

    byte_offset: int   # in the input's raw bytes
    found: bytes
    action: str
    reason: str


class DecodedText(NamedTuple):
    """The text of some bytes, and what it took to get it."""

    text: str                      # NFC
    encoding: str
    repairs: list[str]             # what was repaired ('windows-1258', 'replaced-bytes', 'nfc', ...)
    byte_repairs: list[ByteRepair]


def detect_binary(data: bytes) -> str | None:
    """What the bytes are, when they are not text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if head and len(_CONTROL_BYTES.findall(head)) / len(head) > REPAIR_LIMIT:
        return "binary data (NUL bytes)" if b"\x00" in head else "binary data (control bytes)"
    return None


def decode_bytes(data: bytes, json_record: bool = False) -> DecodedText:
    """The text of the bytes: UTF-8 first, then the legacy Windows-1258, with a few bad bytes
    replaced or dropped (`json_record`: also control characters written as JSON escapes)."""
    if not data.strip():
        raise IngestError("empty file: nothing to extract; remove it or re-crawl the page")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        bom, encoding, repairs = 2, "utf-16", ["utf-16"]
    else:
        what = detect_binary(data)
        if what:
            raise IngestError(f"not a text file: looks like {what}; remove it from the input folder")
        bom = 3 if data.startswith(codecs.BOM_UTF8) else 0
        codec = _utf8_or_windows_1258(data[bom:])
        encoding, repairs = ("utf-8", []) if codec == "utf-8" else ("windows-1258", ["windows-1258"])
    text, byte_repairs = _repaired(data[bom:], codec, bom, json_record)
    # Each undecodable byte counts one, and so does each control character, even written as a JSON escape.
    n_bad = sum(len(r.found) if r.action == "replaced" else 1 for r in byte_repairs)
    if n_bad > REPAIR_LIMIT * len(data):
        raise IngestError(
            f"not UTF-8 or Vietnamese Windows-1258 text: {n_bad} of its {len(data)} bytes cannot be decoded or "
            f"are control characters (the first at offset {byte_repairs[0].byte_offset}), more than the "
            f"{REPAIR_LIMIT:.0%} ingest repairs; convert the file to UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`)"
        )
    actions = {r.action for r in byte_repairs}
    repairs += [marker for action, marker in (("replaced", "replaced-bytes"), ("dropped", "dropped-controls"))
                if action in actions]
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        repairs.append("nfc")
    if not text.strip():
        raise IngestError("empty file: only whitespace; remove it or re-crawl the page")
    return DecodedText(text, encoding, repairs, byte_repairs)


def _utf8_or_windows_1258(data: bytes) -> str:
    """UTF-8, unless the bytes look like Vietnamese Windows-1258 and that decodes more of them."""
    utf8_bad = len(_UNDECODABLE.findall(data.decode("utf-8", "surrogateescape")))
    if utf8_bad == 0 or _windows_1258_share(data) < 0.4:
        return "utf-8"
    return "cp1258" if len(_UNDECODABLE.findall(data.decode("cp1258", "surrogateescape"))) < utf8_bad else "utf-8"


def _repaired(data: bytes, codec: str, bom: int, json_record: bool) -> tuple[str, list[ByteRepair]]:
    """The decoded text with each run of undecodable bytes replaced by U+FFFD and each control
    character dropped, and where in the raw bytes each was (`bom`: bytes before `data`)."""
    text = data.decode(codec, "surrogateescape")
    pieces: list[str] = []
    repairs: list[ByteRepair] = []
    offset, done = bom, 0
    for match in (_REPAIRABLE_IN_JSON if json_record else _REPAIRABLE).finditer(text):
        kind = match.lastgroup
        if kind is None:  # a JSON escape that stays
            continue
        before = text[done:match.start()]
        offset += len(before.encode(codec, "surrogateescape"))
        found = match.group().encode(codec, "surrogateescape")
        pieces.append(before)
        if kind == "undecodable":
            pieces.append("\ufffd")
            repairs.append(ByteRepair(offset, found, "replaced", f"not {_ENCODING_NAMES[codec]}"))
        else:
            reason = "control character (JSON escape)" if kind == "escape" else "control character"
            repairs.append(ByteRepair(offset, found, "dropped", reason))
        offset += len(found)
        done = match.end()
    pieces.append(text[done:])
    return "".join(pieces), repairs


# In Windows-1258, Vietnamese is written with combining tone bytes and letters no Western
# language uses (ă â đ ê ô ơ ư): their share of the non-ASCII bytes tells it from Latin-1 text.
_CP1258_VIETNAMESE = set(b"\xcc\xec\xd2\xde\xf2" b"\xe3\xc3\xe2\xc2\xf0\xd0\xea\xca\xf4\xd4\xf5\xd5\xfd\xdd")


def _windows_1258_share(data: bytes) -> float:
    high = [b for b in data if b >= 0x80]
    return sum(b in _CP1258_VIETNAMESE for b in high) / len(high) if high else 0.0


def decode_unit(unit: SourceUnit) -> DecodedSource:
    """The unit's text, or IngestError saying what is wrong with it."""
    if unit.refusal:
        raise IngestError(unit.refusal)
    assert unit.data is not None
    meta = unit.meta
    if unit.fmt != "record":
        decoded = decode_bytes(unit.data)
        return DecodedSource(decoded.text, unit.fmt, decoded.encoding, decoded.repairs, meta.url,
                             meta.published_at, meta.crawled_at, decoded.byte_repairs)
    return _decode_record(unit)


def _decode_record(unit: SourceUnit) -> DecodedSource:
    from pipeline.clean import parse_timestamp

    decoded = decode_bytes(unit.data, json_record=True)
    try:
        record = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"JSONL line is not JSON ({exc.msg} at column {exc.colno}); fix or drop that line") from None
    if not isinstance(record, dict):
        raise IngestError("JSONL line is not an object; each line must be {\"url\": ..., \"html\" or \"text\": ...}")
    body = record.get("html") or record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise IngestError("JSONL record has no \"html\" or \"text\" field; each line needs one")
    fmt = "html" if record.get("html") else "text"
    repairs = decoded.repairs
    if not unicodedata.is_normalized("NFC", body):
        body = unicodedata.normalize("NFC", body)
        repairs = repairs + ["nfc"]
    return DecodedSource(
        content=body, fmt=fmt, encoding=decoded.encoding, repairs=repairs,
        url=record.get("url") or None,
        published_at=parse_timestamp(record.get("published_at")),
        crawled_at=parse_timestamp(record.get("crawled_at")),
        byte_repairs=decoded.byte_repairs,
    )


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
