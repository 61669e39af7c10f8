"""End to end on the seeds: what `make run` stores, re-runs, changes, and the span rule."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from pipeline.runner import run_batch
from schemas.models import FACT_TABLES
from tests.conftest import CORPUS, seed, table_snapshot


def test_seed_database_holds_five_pages_and_their_teasers(db_con):
    kinds = dict(db_con.execute("SELECT kind, count(*) FROM articles GROUP BY kind").fetchall())
    assert kinds == {"article": 5, "teaser": 68}  # 4 pages x 17 teasers; 004 has none
    outlets = dict(db_con.execute("SELECT outlet, count(*) FROM articles WHERE kind = 'article' GROUP BY ALL").fetchall())
    assert outlets == {"LĐTĐ": 4, "NBCN": 1}
    hosts = db_con.execute(
        "SELECT count(*) FROM articles t JOIN articles h ON t.host_article_id = h.article_id WHERE t.kind = 'teaser'"
    ).fetchone()[0]
    assert hosts == 68


@pytest.mark.parametrize("marker", ["Có thể bạn quan tâm", "Tin khác", "Phiên bản di động", "Nên xem", "Xem thêm"])
def test_no_stored_text_holds_page_furniture(db_con, marker):
    assert db_con.execute("SELECT count(*) FROM articles WHERE contains(text, ?)", [marker]).fetchone()[0] == 0


def test_sentences_cover_the_text_with_exact_offsets(db_con):
    bad = db_con.execute(
        """SELECT count(*) FROM sentences s JOIN articles a USING (article_id)
           WHERE substr(a.text, s.char_start + 1, s.char_end - s.char_start) <> s.text"""
    ).fetchone()[0]
    assert bad == 0
    sections = dict(db_con.execute(
        "SELECT section, count(*) FROM sentences s JOIN articles a USING (article_id) "
        "WHERE a.kind = 'article' GROUP BY section").fetchall())
    assert sections["title"] == 5 and sections["caption"] >= 9 and sections["sapo"] >= 4
    n = db_con.execute("SELECT sum(n_sentences) FROM articles").fetchone()[0]
    assert n == db_con.execute("SELECT count(*) FROM sentences").fetchone()[0]


def test_tokens_keep_multi_syllable_words(db_con):
    tokens = db_con.execute(
        "SELECT tokens FROM sentences s JOIN articles a USING (article_id) "
        "WHERE a.source_path LIKE '%000_%' AND contains(s.text, 'phát động (từ ngày')").fetchone()[0]
    assert "phát động" in tokens and "150" in tokens and "ngày" in tokens


@pytest.mark.parametrize("table", list(FACT_TABLES))
def test_every_stored_fact_satisfies_the_span_rule(db_con, table):
    columns = {r[0] for r in db_con.execute(f"DESCRIBE {table}").fetchall()}
    if "surface" not in columns:
        return
    bad = db_con.execute(
        f"""SELECT count(*) FROM {table} f JOIN articles a USING (article_id)
            WHERE f.char_start IS NOT NULL
              AND substr(a.text, f.char_start + 1, f.char_end - f.char_start) <> f.surface"""
    ).fetchone()[0]
    assert bad == 0
    orphans = db_con.execute(
        f"SELECT count(*) FROM {table} f LEFT JOIN sentences s USING (article_id, sentence_idx) "
        "WHERE f.sentence_idx IS NOT NULL AND s.article_id IS NULL").fetchone()[0]
    assert orphans == 0


def test_related_links_are_not_host_text(db_con):
    rows = db_con.execute(
        "SELECT count(*) FROM related_links r JOIN articles a USING (article_id) WHERE contains(a.text, r.title)"
    ).fetchone()[0]
    assert rows == 0
    assert db_con.execute("SELECT count(*) FROM related_links WHERE block = 'related'").fetchone()[0] == 11


def test_rerun_adds_nothing_and_changed_page_replaces_its_rows(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    db = tmp_path / "db.duckdb"
    first = run_batch([corpus], db)
    assert (first.counts.n_new, first.counts.n_teasers) == (5, 68)

    again = run_batch([corpus], db)
    assert (again.counts.n_new, again.counts.n_changed, again.counts.n_unchanged) == (0, 0, 5)

    # Same content under another name: one article row, the copy is a duplicate.
    shutil.copy(corpus / seed("004").name, corpus / "copy_of_004.txt")
    dup = run_batch([corpus], db)
    assert (dup.counts.n_new, dup.counts.n_duplicates) == (0, 1)

    page = corpus / seed("002").name
    page.write_text(page.read_text(encoding="utf-8").replace("14.791 sáng kiến", "14.792 sáng kiến"), encoding="utf-8")
    changed = run_batch([corpus], db)
    assert (changed.counts.n_new, changed.counts.n_changed, changed.counts.n_unchanged) == (0, 1, 5)
    con = duckdb.connect(str(db), read_only=True)
    text = con.execute("SELECT text FROM articles WHERE source_path LIKE '%002_%' AND kind = 'article'").fetchone()[0]
    assert "14.792 sáng kiến" in text and "14.791 sáng kiến" not in text
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 73
    assert con.execute("SELECT count(*) FROM sentences WHERE contains(text, '14.791 sáng kiến')").fetchone()[0] == 0
    runs = con.execute("SELECT n_new, n_changed, n_unchanged, finished_at IS NOT NULL FROM runs ORDER BY started_at").fetchall()
    assert runs[-1] == (0, 1, 5, True)
    con.close()


def test_changed_page_that_drops_a_teaser_drops_it_from_the_store(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = corpus / "p.txt"
    original = seed("001").read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    db = tmp_path / "db.duckdb"
    run_batch([corpus], db)
    headline = "Phụ nữ Hà Nội chung tay thu hẹp khoảng cách giới"
    start = original.index(headline)
    end = original.index("Tin khác")
    page.write_text(original[:start] + original[end:], encoding="utf-8")
    run_batch([corpus], db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles WHERE title = ?", [headline]).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM articles WHERE kind = 'teaser'").fetchone()[0] == 16
    con.close()


def test_workers_give_the_same_database(tmp_path, seed_db):
    db = tmp_path / "w2.duckdb"
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    run_batch([corpus], db, workers=2)
    # Ids come from source paths, which differ between the two folders: compare the content.
    query = """SELECT a.kind, a.content_sha256, a.n_sentences, h.content_sha256 AS host_sha,
                      (SELECT count(*) FROM related_links r WHERE r.article_id = a.article_id) AS n_links
               FROM articles a LEFT JOIN articles h ON a.host_article_id = h.article_id ORDER BY ALL"""
    one = duckdb.connect(str(seed_db), read_only=True)
    two = duckdb.connect(str(db), read_only=True)
    assert one.execute(query).fetchall() == two.execute(query).fetchall()
    one.close()
    two.close()


def test_official_questions_are_one_query_away(db_con):
    # "Who were the Phó Chủ tịch of LĐLĐ thành phố Hà Nội?"
    names = {r[0] for r in db_con.execute(
        "SELECT DISTINCT name FROM official_titles WHERE title = 'Phó Chủ tịch' "
        "AND organization_expanded ILIKE 'Liên đoàn Lao động thành phố%'").fetchall()}
    assert {"Lê Đình Hùng", "Nguyễn Huy Khánh"} <= names
    # "What was Lê Đình Hùng's title?" — with the organisation spelled out.
    titles = db_con.execute(
        "SELECT title, organization_expanded FROM official_titles WHERE name = 'Lê Đình Hùng' ORDER BY n_mentions DESC"
    ).fetchall()
    assert ("Phó Chủ tịch", "Liên đoàn Lao động thành phố Hà Nội") in titles
    assert ("Ủy viên Ban Chấp hành", "Tổng Liên đoàn Lao động Việt Nam") in titles


def test_one_person_across_articles_whatever_the_tone_placement(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, spelling in (("a.txt", "Hoà"), ("b.txt", "Hòa")):
        (corpus / name).write_text(
            f"Tin số {name}\n\n(LĐTĐ) Chủ tịch LĐLĐ huyện Ứng Hòa Nguyễn Văn {spelling} phát biểu tại hội nghị "
            f"của bài {name}.\n", encoding="utf-8")
    db = tmp_path / "p.duckdb"
    run_batch([corpus], db)
    con = duckdb.connect(str(db), read_only=True)
    people = con.execute("SELECT person_id, n_mentions, n_articles FROM persons").fetchall()
    names = sorted(r[0] for r in con.execute("SELECT name FROM officials").fetchall())
    con.close()
    assert len(people) == 1 and people[0][1:] == (2, 2)
    assert names == ["Nguyễn Văn Hoà", "Nguyễn Văn Hòa"]  # stored as written


@pytest.mark.parametrize("table, key", [
    ("figures", "figure_id"), ("dates", "date_id"), ("officials", "mention_id"), ("documents", "document_id"),
    ("campaigns", "campaign_id"), ("sentences", "article_id, sentence_idx"),
    ("related_links", "article_id, position"), ("official_roles", "mention_id, role_idx"),
])
def test_ids_are_unique(db_con, table, key):
    # No PRIMARY KEY index on these (it would hold memory): uniqueness comes from stable ids.
    total, distinct = db_con.execute(f"SELECT count(*), count(DISTINCT ({key})) FROM {table}").fetchone()
    assert total == distinct


# Writes are grouped (one transaction per group of inputs); the database must not depend on it.
GROUP_COMPARED = {
    "articles": "article_id, kind, host_article_id, content_sha256, n_sentences",
    "sentences": "article_id, sentence_idx, char_start, char_end",
    "related_links": "article_id, position, teaser_id",
    "figures": "figure_id, value, unit", "officials": "mention_id, name",
    "quarantine": "source_path, stage", "sources": "source_path, status, article_id",
}


def test_one_group_gives_the_same_database_as_page_by_page(tmp_path, monkeypatch):
    import pipeline.runner as runner

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copy(corpus / seed("001").name, corpus / "001_again.txt")  # a duplicate inside the group
    (corpus / "000_empty.txt").write_bytes(b"")  # a failure inside the group
    # A second page showing seed 000's teasers: they must be stored once, linked twice.
    text = seed("000").read_text(encoding="utf-8")
    (corpus / "000_variant.txt").write_text(text.replace("\n", " (bản khác)\n", 1), encoding="utf-8")

    monkeypatch.setattr(runner, "GROUP_PAGES", 1)
    one_by_one = run_batch([corpus], tmp_path / "single.duckdb")
    monkeypatch.setattr(runner, "GROUP_PAGES", 100)
    monkeypatch.setattr(runner, "GROUP_SECONDS", 3600)
    grouped = run_batch([corpus], tmp_path / "grouped.duckdb")

    assert grouped.counts == one_by_one.counts
    assert (grouped.counts.n_new, grouped.counts.n_duplicates, grouped.counts.n_quarantined) == (6, 1, 1)
    assert table_snapshot(tmp_path / "grouped.duckdb", GROUP_COMPARED) == table_snapshot(tmp_path / "single.duckdb", GROUP_COMPARED)


def test_a_page_the_store_refuses_is_quarantined_and_the_rest_of_its_group_stored(tmp_path, monkeypatch):
    import pipeline.process as process
    import pipeline.runner as runner

    def broken_for_002(unit, run_id):
        result = process.process_source(unit, run_id)
        if "002_" in unit.source_path:
            # A row the database cannot take (a bug in an extractor would look like this).
            result.host.sentences[0].__dict__["char_start"] = "not an offset"
        return result

    monkeypatch.setattr(runner, "_process_in_worker", broken_for_002)
    monkeypatch.setattr(runner, "GROUP_SECONDS", 3600)
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    db = tmp_path / "db.duckdb"
    report = run_batch([corpus], db)

    assert (report.counts.n_new, report.counts.n_quarantined) == (4, 1)
    ((path, stage, error),) = report.quarantined
    assert "002_" in path and stage == "store" and "not an offset" in error
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles WHERE kind = 'article'").fetchone()[0] == 4
    assert con.execute("SELECT count(*) FROM articles WHERE source_path LIKE '%002_%'").fetchone()[0] == 0
    assert con.execute("SELECT stage FROM quarantine WHERE source_path LIKE '%002_%'").fetchall() == [("store",)]
    con.close()


def _slow_for_004(unit, run_id):
    """A worker that holds seed 004 until the pages before it are reported committed (or 60 s)."""
    import os
    import time
    from pathlib import Path

    import pipeline.process as process

    if "004_" in unit.source_path:
        gate = Path(os.environ["LDTD_TEST_GATE"])
        deadline = time.monotonic() + 60
        while not (gate / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        (gate / "verdict").write_text("released" if (gate / "go").exists() else "timed out")
    return process.process_source(unit, run_id)


def test_pages_before_a_slow_one_are_committed_while_it_runs(tmp_path, monkeypatch):
    """With workers, the writer commits what it holds instead of waiting for a slow input."""
    import pipeline.runner as runner

    committed: list[str] = []

    def progress(path: str, status: str) -> None:
        committed.append(path)
        if len(committed) == 4:
            (tmp_path / "go").touch()

    monkeypatch.setenv("LDTD_TEST_GATE", str(tmp_path))
    monkeypatch.setattr(runner, "_process_in_worker", _slow_for_004)  # workers are forked: they see it
    monkeypatch.setattr(runner, "GROUP_SECONDS", 0.5)
    monkeypatch.setattr(runner, "GROUP_PAGES", 100)
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    report = run_batch([corpus], tmp_path / "db.duckdb", workers=2, on_progress=progress)
    assert report.counts.n_new == 5
    assert (tmp_path / "verdict").read_text() == "released"
    assert "004_" in committed[-1]


def _note_and_wait(unit, run_id):
    """A worker that takes 0.1 s per input and leaves a file for each input it ran."""
    import os
    import time
    from pathlib import Path

    time.sleep(0.1)
    (Path(os.environ["LDTD_TEST_RAN"]) / Path(unit.source_path).name).touch()
    return unit.source_path


def test_stopping_a_batch_drops_its_queued_inputs(tmp_path, monkeypatch):
    """Ctrl-C (or a failing writer) must not wait for every queued input to be extracted first."""
    import pipeline.runner as runner
    from pipeline.ingest import iter_units

    corpus, ran = tmp_path / "corpus", tmp_path / "ran"
    corpus.mkdir(), ran.mkdir()
    for i in range(40):
        (corpus / f"page_{i:02d}.txt").write_text(f"Trang {i}\n\nNội dung {i}.\n", encoding="utf-8")
    monkeypatch.setenv("LDTD_TEST_RAN", str(ran))
    monkeypatch.setattr(runner, "_process_in_worker", _note_and_wait)  # workers are forked: they see it

    results = runner._ordered_results(iter_units([corpus], None, 10), "run", 2, frozenset())
    first_unit, first = next(results)
    assert first == first_unit.source_path
    results.close()  # what an exception in the writer, or Ctrl-C, does to it

    # 32 inputs were queued (16 per worker); the two running and the few already handed to the
    # workers finish, the rest are dropped.
    assert len(list(ran.iterdir())) < 16
