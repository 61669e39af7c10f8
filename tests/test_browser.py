"""End to end in a real browser: headless Chromium (Debian's, driven by Playwright) through every page
of `ldtd serve`, with JavaScript off, as a reporter would use it.

Without Chromium or Playwright these tests are skipped with the reason; under CI (CI=true) they fail.
LDTD_SCREENSHOTS=DIR keeps a screenshot of each page there (`make screenshots` writes docs/screenshots/).
"""
from __future__ import annotations

import os
import shutil
import urllib.parse
from pathlib import Path

import pytest

from tests.test_serve import CLAIM, running_server

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


def _missing(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests under CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason} (make test installs Chromium when run as root with apt)")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    if not CHROMIUM.exists():
        _missing(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def app_url(seed_db):
    with running_server(seed_db) as base:
        yield base


@pytest.fixture
def page(browser):
    # Pages must work without JavaScript: it is off for every test here.
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900}, locale="vi-VN")
    try:
        yield context.new_page()
    finally:
        context.close()


def keep(page, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LDTD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))  # what a reader first sees
    assert path.stat().st_size > 10_000  # a page was drawn, not an empty frame
    return path


def test_check_a_claim_then_follow_the_link_to_the_marked_figure(page, app_url, tmp_path):
    page.goto(app_url + "/check")
    page.fill("textarea[name=claim]", CLAIM)
    page.click("button[type=submit]")
    verdict = page.locator(".figure-verdict .verdict").first
    assert verdict.inner_text().strip().lower() == "supported"
    assert page.locator(".figure-verdict mark").first.inner_text().startswith("363")
    assert page.locator(".figure-verdict .meta").first.inner_text().count("·") >= 3  # title · date · outlet · url
    keep(page, "check", tmp_path)

    page.locator("a.article-link").first.click()
    assert "/article/" in page.url and "#c" in page.url
    marked = page.locator(".fact.FIGURE.target")
    assert marked.count() == 1
    assert marked.inner_text().startswith("363")
    assert page.locator("aside.side li").count() > 5
    assert page.locator("h2", has_text="Teasers").count() == 1
    keep(page, "article", tmp_path)


def test_search_by_words_then_open_a_person(page, app_url, seed_db, tmp_path):
    from pipeline.store import run_query

    page.goto(app_url + "/search")
    page.fill("input[name=q]", "thi đua")
    page.click("button[type=submit]")
    assert page.locator("ul.results li").count() >= 1
    assert "q=" in page.url  # a search has a URL of its own
    keep(page, "search", tmp_path)

    _, rows = run_query(seed_db, "SELECT name FROM official_titles ORDER BY n_articles DESC, person_id LIMIT 1")
    name = rows[0][0]
    page.goto(app_url + "/search?" + urllib.parse.urlencode({"person": name}))
    page.locator("a.person-link").first.click()
    assert page.locator("h1").inner_text() == name
    assert page.locator("table.titles tr").count() >= 2
    keep(page, "person", tmp_path)


def test_conflicts_side_by_side(page, app_url, tmp_path):
    page.goto(app_url + "/conflicts")
    assert page.locator("h1").inner_text() == "Figures that disagree"
    for pair in page.locator(".conflict .pair").all():
        assert pair.locator("mark").count() == 2
    keep(page, "conflicts", tmp_path)


def test_campaign_timeline(page, app_url, tmp_path):
    page.goto(app_url + "/campaigns")
    bars = page.locator("svg.timeline rect.bar")
    assert bars.count() >= 1
    # Each bar is labelled with its campaign's name and its period, day/month/year.
    assert page.locator("svg.timeline a").first.locator("text").count() == 3
    assert "/20" in page.locator("svg.timeline a").first.locator("text").nth(2).text_content()
    keep(page, "campaigns", tmp_path)


def test_a_bad_request_shows_a_message(page, app_url, tmp_path):
    response = page.goto(app_url + "/search?from=2023-02-30")
    assert response.status == 400
    assert "is not a date" in page.locator(".error").inner_text()
