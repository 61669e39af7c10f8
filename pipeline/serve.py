"""`ldtd serve`: a local, read-only web application over the database for journalists.

A thin door: a claim or draft is checked by `pipeline.check.check_text` (the engine of `ldtd check`), an
article is read by `pipeline.store.read_article` (what `ldtd show` reads), and the other
pages come from `pipeline.pages`. Pages are rendered on the server by Jinja2 with every text
escaped, work without JavaScript and each has a stable URL. A request is answered by opening
the database read-only for that request only, so a batch can start while the server runs; while
it runs, readers see the snapshot it publishes (pipeline/store.py).
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from pipeline import pages
from pipeline.check import CheckReport, check_text, excerpt, format_value
from pipeline.show import COLOURS
from pipeline.store import StoreError, read_article, reader
from pipeline.textnorm import nfc

TEMPLATES = Path(__file__).resolve().parent / "templates"
# The box takes one claim or a draft of a few pages; longer texts are refused, not truncated.
MAX_CLAIM_CHARS = 10_000
# A form body (URL-encoded: up to 9 bytes per Vietnamese letter) is read up to this size.
MAX_FORM_BYTES = 16 * MAX_CLAIM_CHARS
# A link to a check is offered when the claim fits in a URL any browser keeps.
MAX_LINK_CHARS = 1800
LOOPBACK = ("127.0.0.1", "localhost", "::1")
VERDICT_NAMES = {"supported": "supported", "differs": "differs", "not_found": "not found"}


class RequestRefused(HTTPException):
    """A bad request: the page shows the message (and the form again) with a 4xx status."""


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "svg"]),
                      trim_blocks=True, lstrip_blocks=True)
    # The colours of `ldtd show --html`, so a fact type looks the same in both.
    env.globals.update(verdict_names=VERDICT_NAMES, label_names=pages.LABEL_NAMES, fact_colours=COLOURS)
    env.filters["value"] = format_value
    env.filters["day"] = lambda d: d.isoformat()[:10] if d else "date unknown"
    # Escaping keeps a stored URL from breaking the page, not from being `javascript:`: only web links.
    env.filters["web_url"] = lambda url: url if url and url.lower().startswith(("http://", "https://")) else None
    return env


def create_app(db_path: str | Path) -> Starlette:
    """The application over one database file."""
    db_path = Path(db_path)
    env = _environment()

    def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
        html = env.get_template(template).render(request=request, db_name=db_path.name, **context)
        return HTMLResponse(html, status_code=status)

    async def home(request: Request) -> HTMLResponse:
        with reader(db_path) as con:
            counts = con.execute("SELECT count(*) FILTER (kind = 'article'), count(*) FILTER (kind = 'teaser'), "
                                 "min(published_at)::DATE, max(published_at)::DATE FROM articles").fetchone()
            latest = pages.rows_of(con, "SELECT article_id, title, CAST(published_at AS DATE) AS published_on, outlet "
                                      "FROM articles WHERE kind = 'article' "
                                      "ORDER BY published_at DESC NULLS LAST, article_id LIMIT 20")
        return page(request, "home.html", counts=counts, latest=latest)

    async def check(request: Request) -> HTMLResponse:
        if request.method == "POST":
            claim = (await _form(request)).get("claim", "")
        elif "claim" in request.query_params:
            claim = request.query_params["claim"]
        else:
            return page(request, "check.html", claim="", results=None)
        claim = nfc(claim).strip()
        if not claim:
            raise RequestRefused(400, "The claim is empty: write or paste a sentence with a figure "
                                      "(Hội thi có 363 thí sinh tham gia).")
        if len(claim) > MAX_CLAIM_CHARS:
            raise RequestRefused(413, f"The text has {len(claim):,} characters; the box takes up to "
                                      f"{MAX_CLAIM_CHARS:,} (a draft of a few pages): check it in parts.")
        # The engine of `ldtd check --file`: every sentence with a figure or an official, each
        # dated by its own dates or its paragraph's.
        draft = check_text(claim, db_path)
        results = [(sentence.text, sentence) for sentence in draft.sentences] or [(claim, CheckReport(claim, [], [], []))]
        link = "/check?" + urlencode({"claim": claim}) if len(claim) <= MAX_LINK_CHARS else None
        return page(request, "check.html", claim=claim, results=results, link=link, excerpt=excerpt)

    async def article(request: Request) -> HTMLResponse:
        article_id = request.path_params["article_id"]
        target = request.query_params.get("at", "")
        target_start = int(target) if target.isdigit() else None
        with reader(db_path) as con:
            try:
                row, facts = read_article(con, article_id)
            except StoreError as exc:
                raise RequestRefused(404, str(exc)) from None
            extras = pages.article_extras(con, row["article_id"])
            host = None
            if row.get("host_article_id"):
                host = pages.rows_of(con, "SELECT article_id, title FROM articles WHERE article_id = ?",
                                   [row["host_article_id"]])
        segments = pages.marked_segments(row["text"], facts, target_start)
        marked = {s["fact"]["start"] for s in segments if s["fact"]}
        return page(request, "article.html", article=row, facts=facts, segments=segments, marked=marked,
                    target=target_start, host=host[0] if host else None, **extras)

    async def search(request: Request) -> HTMLResponse:
        params = request.query_params
        query = pages.SearchQuery(
            words=nfc(params.get("q", "")).strip(), person=nfc(params.get("person", "")).strip(),
            organisation=nfc(params.get("org", "")).strip(),
            date_from=_day(params.get("from", ""), "from"), date_to=_day(params.get("to", ""), "to"))
        if query.date_from and query.date_to and query.date_from > query.date_to:
            raise RequestRefused(400, f"The date range ends ({query.date_to}) before it starts ({query.date_from}).")
        if any(len(v) > 200 for v in (query.words, query.person, query.organisation)):
            raise RequestRefused(413, "A search field takes up to 200 characters.")
        results = persons = None
        if not query.empty:
            with reader(db_path) as con:
                results = pages.search_articles(con, query)
                persons = pages.search_persons(con, query.person) if query.person else []
        return page(request, "search.html", query=query, results=results, persons=persons, limit=pages.SEARCH_LIMIT)

    async def person(request: Request) -> HTMLResponse:
        with reader(db_path) as con:
            found = pages.person(con, request.path_params["person_id"])
        if found is None:
            raise RequestRefused(404, f"No person with id {request.path_params['person_id']!r}: "
                                      "find one through Search (by person).")
        return page(request, "person.html", person=found)

    async def conflicts(request: Request) -> HTMLResponse:
        with reader(db_path) as con:
            rows = pages.conflicts(con)
        return page(request, "conflicts.html", rows=rows, limit=pages.CONFLICT_LIMIT)

    async def campaigns(request: Request) -> HTMLResponse:
        with reader(db_path) as con:
            periods = pages.campaign_periods(con)
            undated = pages.undated_campaigns(con)
        return page(request, "campaigns.html", timeline=pages.timeline(periods), undated=undated)

    async def refused(request: Request, exc: HTTPException) -> HTMLResponse:
        messages = {404: "No such page: use the links above.", 405: "This page does not take that kind of request."}
        message = exc.detail if isinstance(exc, RequestRefused) else messages.get(exc.status_code, exc.detail)
        if isinstance(exc, RequestRefused) and request.url.path == "/check":
            return page(request, "check.html", status=exc.status_code, claim="", results=None, error=message)
        return page(request, "error.html", status=exc.status_code, message=message)

    async def unavailable(request: Request, exc: StoreError) -> HTMLResponse:
        return page(request, "error.html", status=503, message=str(exc))

    async def failed(request: Request, exc: Exception) -> HTMLResponse:
        # Never a traceback on a page: the message names the error; the server's log has the traceback.
        return page(request, "error.html", status=500,
                    message=f"The server failed on this request ({type(exc).__name__}).")

    routes = [
        Route("/", home), Route("/check", check, methods=["GET", "POST"]),
        Route("/article/{article_id}", article), Route("/search", search),
        Route("/person/{person_id}", person), Route("/conflicts", conflicts), Route("/campaigns", campaigns),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: refused, StoreError: unavailable,
                                                        Exception: failed})


def _day(value: str, field: str):
    try:
        return pages.parse_day(value, field)
    except pages.BadRequest as exc:
        raise RequestRefused(400, str(exc)) from None


async def _form(request: Request) -> dict[str, str]:
    """A URL-encoded form, read up to MAX_FORM_BYTES (a longer body is refused, not read)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise RequestRefused(413, f"The text is too long ({int(declared) // 1024} KB sent); the box takes up to "
                                  f"{MAX_CLAIM_CHARS:,} characters: check it in parts.")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_FORM_BYTES:
            raise RequestRefused(413, f"The text is too long; the box takes up to {MAX_CLAIM_CHARS:,} characters.")
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise RequestRefused(400, "The form was not sent as UTF-8 text.") from None
    return {name: values[0] for name, values in fields.items()}


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the application until interrupted (the check engine's models are loaded first)."""
    import uvicorn

    from pipeline.extract.base import analyse

    with reader(db_path):
        pass  # a missing or unreadable database stops here, with its one-line message
    analyse("Khởi động.")  # load the models now, so that the first check is as fast as the next
    print(f"ldtd serve: http://{host}:{port}/ over {db_path} (read-only); Ctrl-C stops", flush=True)
    if host not in LOOPBACK:
        print(f"ldtd serve: listening on {host}, beyond this machine: whoever reaches it can read the database",
              file=sys.stderr, flush=True)
    uvicorn.run(create_app(db_path), host=host, port=port, log_level="warning", server_header=False)
