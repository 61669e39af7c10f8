"""`ldtd serve` over HTTP: every page answers on the seed corpus, text is escaped, bad requests get a
clear message and a 4xx (never a 500 or a traceback), and the server listens on loopback only."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, seed

CLAIM = "Hội thi thợ giỏi thành phố Hà Nội năm 2023 có 363 thí sinh tham gia"
SCRIPT_TITLE = "<script>document.title='pwned'</script> Tin thử"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_server(db: Path, *extra: str):
    """`ldtd serve` on a free loopback port until the block ends; its base URL."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", str(port), *extra],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"ldtd serve exited {server.returncode}: {server.stderr.read()}")
            try:
                with urllib.request.urlopen(base + "/", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="session")
def served_db(tmp_path_factory) -> Path:
    """The seed pages and one more whose headline is a script, extracted once."""
    from pipeline.runner import run_batch

    work = tmp_path_factory.mktemp("served")
    shutil.copytree(CORPUS, work / "corpus")
    first, rest = seed("001").read_text(encoding="utf-8").split("\n", 1)
    (work / "corpus" / "900_script_title.txt").write_text(f"{SCRIPT_TITLE}\n{rest}", encoding="utf-8")
    db = work / "ldtd.duckdb"
    run_batch([work / "corpus"], db)
    return db


@pytest.fixture(scope="session")
def server(served_db):
    with running_server(served_db) as base:
        yield base


def get(url: str, data: bytes | None = None, method: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, method=method)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def post_claim(base: str, claim: str) -> tuple[int, str]:
    return get(base + "/check", urllib.parse.urlencode({"claim": claim}).encode("utf-8"))


def article_id_titled(db: Path, title_start: str) -> str:
    from pipeline.store import run_query

    _, rows = run_query(db, f"SELECT article_id FROM articles WHERE starts_with(title, '{title_start}')")
    return rows[0][0]


@pytest.mark.parametrize("path, words", [
    ("/", "Check a claim"),
    ("/check", "One claim, or a pasted draft"),
    ("/search", "Search articles"),
    ("/search?q=thi+dua+cao+diem", "Đợt thi đua cao điểm"),   # words match without tones
    ("/search?q=Đợt+thi+đua", "Đợt thi đua cao điểm"),
    ("/search?org=Liên+đoàn+Lao+động", "Articles ("),
    ("/search?from=2020-01-01&to=2030-12-31", "Articles ("),
    ("/conflicts", "Figures that disagree"),
    ("/campaigns", "Campaigns and phases on a time line"),
])
def test_pages_answer(server, path, words):
    status, html = get(server + urllib.parse.quote(path, safe="/?=&+"))
    assert status == 200, html
    assert words in html
    assert "Lao Động Thủ đô" in html or path != "/"


def test_a_checked_claim_shows_its_verdict_source_and_article_link(server):
    status, html = post_claim(server, CLAIM)
    assert status == 200, html
    assert 'class="verdict supported"' in html
    assert "<mark class=\"supported\">363" in html
    assert 'href="/article/' in html and "?at=" in html
    # The same check has a link of its own, answered the same way.
    status, linked = get(server + "/check?" + urllib.parse.urlencode({"claim": CLAIM}))
    assert status == 200 and 'class="verdict supported"' in linked


def test_a_draft_is_checked_sentence_by_sentence(server):
    draft = CLAIM + ". Năm nay có 9.999 thí sinh dự thi thợ giỏi thành phố Hà Nội năm 2023.\n\nTrời đẹp."
    status, html = post_claim(server, draft)
    assert status == 200, html
    # The engine of `ldtd check --file`: one block per sentence with a figure, none for the rest.
    assert html.count('<section class="claim">') == 2
    assert "9.999" in html and "Trời đẹp.</h2>" not in html


def test_a_claim_without_a_figure_says_there_is_nothing_to_check(server):
    status, html = post_claim(server, "Trời hôm nay đẹp.")
    assert status == 200, html
    assert "nothing to check" in html


def test_article_text_is_escaped(server, served_db):
    article_id = article_id_titled(served_db, "<script>")
    status, html = get(f"{server}/article/{article_id}")
    assert status == 200
    assert "&lt;script&gt;document.title=" in html
    assert "<script>" not in html


def test_an_article_marks_each_fact_and_lists_teasers_and_links(server, served_db):
    article_id = article_id_titled(served_db, "Đợt thi đua")
    status, html = get(f"{server}/article/{article_id}")
    assert status == 200
    for label in ("FIGURE", "DATE", "OFFICIAL"):
        assert f'class="fact {label}' in html, label
    assert "Teasers (" in html and "Related links" in html


def test_a_person_shows_titles_over_time(server, served_db):
    from pipeline.store import run_query

    _, rows = run_query(served_db, "SELECT person_id, name FROM official_titles ORDER BY n_articles DESC, person_id LIMIT 1")
    person_id, name = rows[0]
    status, html = get(f"{server}/person/{person_id}")
    assert status == 200
    assert name in html and "Titles over time" in html and "first seen" in html
    status, found = get(server + "/search?" + urllib.parse.urlencode({"person": name.split()[-1]}))
    assert f'href="/person/{person_id}"' in found


@pytest.mark.parametrize("method, path, body, status, words", [
    ("GET", "/check?claim=", None, 400, "The claim is empty"),
    ("POST", "/check", b"claim=+++", 400, "The claim is empty"),
    ("POST", "/check", ("claim=" + "Hội thi có 363 thí sinh. " * 8200).encode(), 413, "too long"),
    ("POST", "/check", ("claim=" + urllib.parse.quote("có 3 người. " * 900)).encode(), 413, "characters"),
    ("POST", "/check", b"claim=%FF%FE", 400, "UTF-8"),
    ("GET", "/article/no-such-article", None, 404, "no article"),
    ("GET", "/person/no-such-person", None, 404, "No person"),
    ("GET", "/search?from=2023-13-45", None, 400, "is not a date"),
    ("GET", "/search?to=yesterday", None, 400, "YYYY-MM-DD"),
    ("GET", "/search?from=2024-01-01&to=2023-01-01", None, 400, "ends"),
    ("GET", "/nowhere", None, 404, "No such page"),
    ("DELETE", "/check", None, 405, "does not take"),
])
def test_bad_requests_get_a_message_and_a_4xx(server, method, path, body, status, words):
    got, html = get(server + path, data=body, method=method)
    assert got == status, html[:500]
    assert words in html
    assert "Traceback" not in html


def test_listens_on_loopback_only(server):
    port = int(server.rsplit(":", 1)[1])
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        lines = Path(table).read_text().splitlines()[1:] if Path(table).exists() else []
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                listening.append(address)
    assert listening == ["0100007F"]  # 127.0.0.1, little-endian


def test_serve_without_a_database_says_so(tmp_path):
    run = subprocess.run([sys.executable, "-m", "pipeline", "serve", "--db", str(tmp_path / "none.duckdb"),
                          "--port", str(free_port())], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "no database here" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize("asked, opened", [
    ("{id}", "{id}"),          # a whole id is its article, though it begins `{id}~1` too
    ("{id}~1", "{id}~1"),
    ("{id}~", None),           # the beginning of two ids: which one is not guessed
])
def test_an_article_id_opens_that_article(seed_db, tmp_path, asked, opened):
    from pipeline.bench import scale_database
    from pipeline.store import StoreError, article_with_facts, run_query

    db = tmp_path / "scaled.duckdb"
    scale_database(seed_db, db, 150)
    article_id = run_query(db, "SELECT min(article_id) FROM articles WHERE kind = 'article'")[1][0][0]
    if opened is None:
        with pytest.raises(StoreError, match="matches"):
            article_with_facts(db, asked.format(id=article_id))
    else:
        assert article_with_facts(db, asked.format(id=article_id))[0]["article_id"] == opened.format(id=article_id)


def test_serving_leaves_the_database_as_it_was(served_db, tmp_path):
    import hashlib

    db = tmp_path / "copy.duckdb"
    shutil.copy(served_db, db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with running_server(db) as base:
        for path in ("/", "/search?q=thi+dua", "/conflicts", "/campaigns", "/check?claim=" + urllib.parse.quote(CLAIM)):
            assert get(base + path)[0] == 200, path
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.duckdb"]  # no WAL, no snapshot, nothing written
