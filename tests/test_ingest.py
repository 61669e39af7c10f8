"""Bad input: each case is quarantined with a clear reason or repaired, and the batch goes on."""
from __future__ import annotations

import json
import shutil
import unicodedata

import duckdb
import pytest

from pipeline.ingest import IngestError, decode_bytes, load_manifest
from pipeline.runner import run_batch
from tests.conftest import seed


def to_windows_1258(text: str) -> bytes:
    """Text as the legacy Windows-1258 writes it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in "\u0300\u0301\u0303\u0309\u0323"))
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            out += (base + tones).encode("cp1258")
    return bytes(out)


SEED_TEXT = seed("002").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"abc\x00\x01\x02def" * 100, "binary"),
        (b"Le caf\xe9 na\xefve du gar\xe7on, tr\xe8s fran\xe7ais. " * 3, "not UTF-8"),
    ],
)
def test_refused_bytes(data, message):
    with pytest.raises(IngestError, match=message):
        decode_bytes(data)


def test_windows_1258_is_repaired_to_the_same_text():
    raw = to_windows_1258(SEED_TEXT)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    decoded = decode_bytes(raw)
    assert decoded.encoding == "windows-1258" and decoded.repairs == ["windows-1258", "nfc"]
    assert decoded.text == SEED_TEXT and decoded.byte_repairs == []


def test_nfd_is_repaired_to_nfc():
    decoded = decode_bytes(unicodedata.normalize("NFD", SEED_TEXT).encode("utf-8"))
    assert decoded.text == SEED_TEXT and decoded.repairs == ["nfc"] and decoded.byte_repairs == []


def spliced(text: str, at: int, inserted: bytes, encode=lambda t: t.encode("utf-8")) -> bytes:
    """The encoded text with raw bytes inserted after its first `at` characters."""
    return encode(text[:at]) + inserted + encode(text[at:])


SEED_AT = 40
SEED_OFFSET = len(SEED_TEXT[:SEED_AT].encode("utf-8"))  # where the inserted bytes start
LEGACY_OFFSET = len(to_windows_1258(SEED_TEXT[:SEED_AT]))
BODY = SEED_TEXT.replace('"', "'").replace("\n", " ")[:2000]


@pytest.mark.parametrize("data, json_record, byte_repairs, text", [
    # One byte that is not UTF-8: replaced by U+FFFD, the rest kept.
    (spliced(SEED_TEXT, SEED_AT, b"\xff"), False, [(SEED_OFFSET, "ff", "replaced", "not utf-8")],
     SEED_TEXT[:SEED_AT] + "\ufffd" + SEED_TEXT[SEED_AT:]),
    # A character cut short (the last byte of `ệ` lost): one U+FFFD for the run.
    (spliced(SEED_TEXT, SEED_AT, "ệ".encode()[:2]), False, [(SEED_OFFSET, "e1bb", "replaced", "not utf-8")],
     SEED_TEXT[:SEED_AT] + "\ufffd" + SEED_TEXT[SEED_AT:]),
    # A stray NUL, an ESC: dropped.
    (spliced(SEED_TEXT, SEED_AT, b"\x00"), False, [(SEED_OFFSET, "00", "dropped", "control character")], SEED_TEXT),
    (spliced(SEED_TEXT, SEED_AT, b"\x1b"), False, [(SEED_OFFSET, "1b", "dropped", "control character")], SEED_TEXT),
    # Offsets count the byte-order mark.
    (b"\xef\xbb\xbf" + spliced(SEED_TEXT, SEED_AT, b"\x00"), False,
     [(SEED_OFFSET + 3, "00", "dropped", "control character")], SEED_TEXT),
    # Windows-1258 with a byte it does not define.
    (spliced(SEED_TEXT, SEED_AT, b"\x81", to_windows_1258), False,
     [(LEGACY_OFFSET, "81", "replaced", "not windows-1258")], SEED_TEXT[:SEED_AT] + "\ufffd" + SEED_TEXT[SEED_AT:]),
    # In a JSONL line, a NUL written as a JSON escape is dropped; an escaped backslash before `u0000` is text.
    (f'{{"text": "{BODY[:30]}\\u0000{BODY[30:]} \\\\u0000"}}'.encode(), True,
     [(len(f'{{"text": "{BODY[:30]}'.encode()), "5c7530303030", "dropped", "control character (JSON escape)")],
     f'{{"text": "{BODY} \\\\u0000"}}'),
    # Good text is left alone.
    (SEED_TEXT.encode(), False, [], SEED_TEXT),
])
def test_a_few_bad_bytes_are_repaired_and_recorded(data, json_record, byte_repairs, text):
    decoded = decode_bytes(data, json_record=json_record)
    assert [(r.byte_offset, r.found.hex(), r.action, r.reason) for r in decoded.byte_repairs] == byte_repairs
    assert decoded.text == text
    for offset, found, _, _ in byte_repairs:
        assert data[offset:offset + len(found) // 2].hex() == found


@pytest.mark.parametrize("bad_bytes, refused", [
    (len(SEED_TEXT.encode()) // 100, False),  # 1 in 100: the most ingest repairs
    (len(SEED_TEXT.encode()) // 50, True),    # 1 in 50: quarantined
])
def test_a_page_is_repaired_up_to_one_bad_byte_in_a_hundred(bad_bytes, refused):
    raw = SEED_TEXT.encode()
    # Bad bytes spread over the page, each after an ASCII space (never inside a character).
    spaces = [i for i, b in enumerate(raw) if b == 0x20][:bad_bytes]
    data = bytearray(raw)
    for n, i in enumerate(spaces):
        data.insert(i + n + 1, 0xFF)
    assert len(spaces) == bad_bytes
    if refused:
        with pytest.raises(IngestError, match="more than the 1% ingest repairs"):
            decode_bytes(bytes(data))
    else:
        assert decode_bytes(bytes(data)).repairs == ["replaced-bytes"]


def test_repaired_pages_are_stored_with_their_repairs(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = spliced(SEED_TEXT, SEED_AT, b"\xff")
    page = page[:-10] + b"\x00" + page[-10:]
    (inbox / "repaired.txt").write_bytes(page)
    record = json.dumps({"url": "https://ldtd.example/nul", "text": seed("004").read_text(encoding="utf-8") + "\x00"},
                        ensure_ascii=False)
    (inbox / "crawl.jsonl").write_text(record + "\n", encoding="utf-8")
    (inbox / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 20 + SEED_TEXT.encode()[:2000])
    db = tmp_path / "r.duckdb"
    run_batch([inbox], db)

    def stored() -> tuple[dict, list, dict, str]:
        con = duckdb.connect(str(db), read_only=True)
        articles = dict(con.execute(
            "SELECT split_part(source_path, '/', -1), array_to_string(repairs, ',') FROM articles WHERE kind = 'article'"
        ).fetchall())
        repairs = con.execute(
            "SELECT split_part(source_path, '/', -1), byte_offset, bytes_hex, action FROM repairs ORDER BY ALL").fetchall()
        quarantined = dict(con.execute("SELECT split_part(source_path, '/', -1), error FROM quarantine").fetchall())
        text = con.execute("SELECT text FROM articles WHERE source_path LIKE '%repaired.txt'").fetchone()[0]
        con.close()
        return articles, repairs, quarantined, text

    articles, repairs, quarantined, text = stored()
    assert articles == {"repaired.txt": "replaced-bytes,dropped-controls", "crawl.jsonl#L1": "dropped-controls"}
    assert "\ufffd" in text and "\x00" not in text
    nul_escape = len(record.encode()) - len('\\u0000"}')
    assert repairs == [("crawl.jsonl#L1", nul_escape, "5c7530303030", "dropped"),
                       ("repaired.txt", SEED_OFFSET, "ff", "replaced"),
                       ("repaired.txt", len(page) - 11, "00", "dropped")]
    assert "more than the 1% ingest repairs" in quarantined["undecodable.txt"]

    # A re-run keeps the repairs as they are; a page whose bytes are mended has none left.
    assert run_batch([inbox], db).counts.n_unchanged == 2
    assert stored()[1] == repairs
    (inbox / "repaired.txt").write_bytes(SEED_TEXT.encode())
    assert run_batch([inbox], db).counts.n_changed == 1
    assert [r[0] for r in stored()[1]] == ["crawl.jsonl#L1"]


@pytest.fixture
def bad_batch(tmp_path):
    """A folder holding one good seed page and every kind of bad input the contract lists."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(seed("000"), inbox / "good.txt")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (inbox / "legacy.txt").write_bytes(to_windows_1258(SEED_TEXT))
    (inbox / "nfd.txt").write_bytes(unicodedata.normalize("NFD", seed("001").read_text(encoding="utf-8")).encode())
    (inbox / "broken.html").write_text("<html><body><div><p class='x'>  <b><i></div></span>", encoding="utf-8")
    (inbox / "sloppy.html").write_text(
        "<html><body><h1>Trang lỗi thẻ<p>(LĐTĐ) Đoạn mở đầu không đóng thẻ<p>Đoạn thân bài thứ hai", encoding="utf-8")
    with (inbox / "huge.txt").open("wb") as handle:
        line = ("Dòng văn bản rất dài của một tệp quá lớn. " * 40 + "\n").encode()
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line)
    records = [
        json.dumps({"url": "https://ldtd.example/a1", "text": seed("004").read_text(encoding="utf-8"),
                    "published_at": "2020-01-02T08:00:00"}, ensure_ascii=False),
        '{"url": "https://ldtd.example/broken", "text": "không đóng ngoặc',
        json.dumps({"url": "https://ldtd.example/a3", "html": "<h1>Tiêu đề ba</h1><p>(LĐTĐ) Nội dung ba.</p>"},
                   ensure_ascii=False),
        json.dumps({"url": "https://ldtd.example/a4"}),
    ]
    (inbox / "crawl.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return inbox


def test_bad_inputs_are_quarantined_and_the_batch_goes_on(bad_batch, tmp_path):
    db = tmp_path / "bad.duckdb"
    report = run_batch([bad_batch], db)
    con = duckdb.connect(str(db), read_only=True)
    quarantined = dict(con.execute("SELECT source_path, stage || ': ' || error FROM quarantine").fetchall())
    by_name = {path.rsplit("/", 1)[-1]: why for path, why in quarantined.items()}
    assert set(by_name) == {"empty.txt", "binary.txt", "broken.html", "huge.txt", "crawl.jsonl#L2", "crawl.jsonl#L4"}
    assert "empty file" in by_name["empty.txt"]
    assert "PNG image" in by_name["binary.txt"]
    assert by_name["broken.html"].startswith("clean: no article text")
    assert "over the 10 MB limit" in by_name["huge.txt"]
    assert "not JSON" in by_name["crawl.jsonl#L2"]
    assert 'no "html" or "text"' in by_name["crawl.jsonl#L4"]
    assert report.counts.n_quarantined == 6

    stored = dict(con.execute(
        "SELECT split_part(source_path, '/', -1), encoding || ':' || array_to_string(repairs, ',') "
        "FROM articles WHERE kind = 'article'").fetchall())
    assert stored == {
        "good.txt": "utf-8:", "legacy.txt": "windows-1258:windows-1258,nfc", "nfd.txt": "utf-8:nfc",
        "sloppy.html": "utf-8:", "crawl.jsonl#L1": "utf-8:", "crawl.jsonl#L3": "utf-8:",
    }
    # The repaired legacy page is stored as the same NFC text as its UTF-8 original would be.
    legacy = con.execute("SELECT text FROM articles WHERE source_path LIKE '%legacy.txt'").fetchone()[0]
    assert unicodedata.is_normalized("NFC", legacy) and "Trần Thanh Hải" in legacy
    # A record's url and published_at come from the record.
    url, published = con.execute(
        "SELECT url, published_at FROM articles WHERE source_path LIKE '%#L1'").fetchone()
    assert url == "https://ldtd.example/a1" and published.isoformat() == "2020-01-02T08:00:00"
    con.close()

    # A second run adds nothing: known-bad inputs are not quarantined again, good ones are unchanged.
    again = run_batch([bad_batch], db)
    assert (again.counts.n_new, again.counts.n_changed, again.counts.n_quarantined) == (0, 0, 0)
    assert again.counts.n_unchanged == 6 and again.counts.n_known_bad == 6
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 6
    con.close()


def test_manifest_fills_url_and_dates(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy(seed("002"), inbox / "page.txt")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,url,published_at,crawled_at\n"
                        f"{inbox / 'page.txt'},https://laodongthudo.vn/x.html,2023-04-13T10:00:00,2024-12-23\n",
                        encoding="utf-8")
    assert load_manifest(manifest)["page.txt"].url == "https://laodongthudo.vn/x.html"
    db = tmp_path / "m.duckdb"
    run_batch([inbox], db, manifest_path=manifest)
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT url, published_at, crawled_at FROM articles WHERE kind = 'article'").fetchone()
    assert row[0] == "https://laodongthudo.vn/x.html"
    assert row[1].isoformat() == "2023-04-13T10:00:00" and row[2].isoformat() == "2024-12-23T00:00:00"
    con.close()


def test_manifest_without_path_column_is_a_clear_error(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("url\nhttps://x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a 'path' column"):
        load_manifest(manifest)


@pytest.mark.parametrize("layout", [
    ["a/x.txt", "a-b/y.txt", "a.txt", "ab/z.txt"],          # a folder beside names it prefixes
    ["b/c/d/e.txt", "b/c.txt", "b/c-d.txt", "b.html"],        # nested folders
    ["Đà Nẵng/1.txt", "Hà Nội/2.txt", "a b/3.txt", "A/4.txt"],  # Vietnamese names, spaces, case
])
def test_folders_are_listed_in_sorted_order_without_holding_the_tree(tmp_path, layout):
    """Streaming the walk (one folder's entries at a time) keeps the order of sorted(rglob)."""
    from pipeline.ingest import find_input_files

    for rel in layout:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    expected = [p for p in sorted(tmp_path.rglob("*")) if p.is_file()]
    assert list(find_input_files([tmp_path])) == expected
