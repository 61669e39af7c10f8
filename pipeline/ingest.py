"""Find inputs and turn their bytes into NFC text: files, JSONL crawl records, a manifest.

`iter_units` walks the inputs in a stable order and yields one `SourceUnit` per article-to-be
(a `.txt`/`.html` file, or one line of a `.jsonl` file) with the hash of its raw bytes, so the
runner can skip unchanged inputs before any parsing. `decode_unit` (run in a worker) detects the
encoding, repairs what can be repaired (Windows-1258, NFD) and refuses, with a message naming
the problem and the fix, what cannot (empty, binary, oversized, unreadable).
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

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


# ------------------------------------------------------------------ finding inputs


def find_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Input files under `paths` (files as given, folders recursively), in a stable order."""
    wanted = set(PAGE_SUFFIXES) | RECORD_SUFFIXES
    for path in map(Path, paths):
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and found.suffix.lower() in wanted and not found.name.startswith("."):
                    yield found
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")


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
def detect_binary(data: bytes) -> str | None:
    """What the bytes are, when they are not text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and control / len(head) > 0.05:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """(NFC text, encoding, repairs). UTF-8 first, then the legacy Windows-1258."""
    if not data.strip():
        raise IngestError("empty file: nothing to extract; remove it or re-crawl the page")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding, repairs = data.decode("utf-16"), "utf-16", ["utf-16"]
    else:
        what = detect_binary(data)
        if what:
            raise IngestError(f"not a text file: looks like {what}; remove it from the input folder")
        repairs = []
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError as exc:
            text = data.decode("cp1258", errors="strict") if _decodes(data, "cp1258") else None
            if text is None or _windows_1258_share(data) < 0.4:
                raise IngestError(
                    f"not UTF-8 (bad byte at offset {exc.start}) and not Vietnamese Windows-1258 text; "
                    "convert the file to UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`)"
                ) from None
            encoding, repairs = "windows-1258", ["windows-1258"]
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        repairs.append("nfc")
    if not text.strip():
        raise IngestError("empty file: only whitespace; remove it or re-crawl the page")
    return text, encoding, repairs


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


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
        text, encoding, repairs = decode_bytes(unit.data)
        return DecodedSource(text, unit.fmt, encoding, repairs, meta.url, meta.published_at, meta.crawled_at)
    return _decode_record(unit)


def _decode_record(unit: SourceUnit) -> DecodedSource:
    from pipeline.clean import parse_timestamp

    text, encoding, repairs = decode_bytes(unit.data)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"JSONL line is not JSON ({exc.msg} at column {exc.colno}); fix or drop that line") from None
    if not isinstance(record, dict):
        raise IngestError("JSONL line is not an object; each line must be {\"url\": ..., \"html\" or \"text\": ...}")
    body = record.get("html") or record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise IngestError("JSONL record has no \"html\" or \"text\" field; each line needs one")
    fmt = "html" if record.get("html") else "text"
    if not unicodedata.is_normalized("NFC", body):
        body = unicodedata.normalize("NFC", body)
        repairs = repairs + ["nfc"]
    return DecodedSource(
        content=body, fmt=fmt, encoding=encoding, repairs=repairs,
        url=record.get("url") or None,
        published_at=parse_timestamp(record.get("published_at")),
        crawled_at=parse_timestamp(record.get("crawled_at")),
    )


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
