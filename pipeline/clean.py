"""Clean one crawled page into its parts: title, sapo, body, captions, byline, related links, teasers.

Two readers turn a page into typed blocks — `text_blocks` for the crawler's text dumps (layout
heuristics) and `html_blocks` for HTML pages (markup) — and one assembler, `assemble_page`,
turns blocks into a `CleanPage`: the host article, its teasers (each an article of its own) and
the related headlines. Nothing here knows about the database.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.lexicon import load_lexicon
from pipeline.textnorm import fold_key, nfc
from pipeline.tokenise import ParagraphSpan
from schemas.models import stable_id

PARAGRAPH_SEPARATOR = "\n\n"


class CleanError(ValueError):
    """The page holds no article we can store (the message says why and what to do)."""


# ------------------------------------------------------------------ results


@dataclass
class CleanArticle:
    """One article (or teaser) ready to tokenise: `text` is what `articles.text` will hold."""

    article_id: str
    text: str
    paragraphs: list[ParagraphSpan]
    title: str | None
    sapo: str | None = None
    byline: str | None = None
    outlet: str | None = None
    kind: str = "article"
    host_article_id: str | None = None
    source_path: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    crawled_at: datetime | None = None
    encoding: str | None = None
    repairs: list[str] = field(default_factory=list)
    # Years the page's crawl metadata gives without a day (`date 2020-08`): no publication date,
    # but the year a date written without one most likely has.
    page_years: tuple[int, ...] = ()

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class RelatedHeadline:
    position: int
    block: str
    title: str
    teaser_id: str | None = None


@dataclass
class CleanPage:
    article: CleanArticle
    teasers: list[CleanArticle]
    related: list[RelatedHeadline]


# ------------------------------------------------------------------ typed blocks

# Block kinds shared by both readers.
TITLE, LEDE, PARA, CAPTION, RELATED, BYLINE, TEASER_HEADING, TEASER_TITLE, TEASER_SUMMARY = (
    "title", "lede", "para", "caption", "related", "byline", "teaser_heading", "teaser_title",
    "teaser_summary",
)
# A related line that is one headline (a slug-marked line), not several glued together.
RELATED_HEADLINE = "related_headline"


@dataclass
class Block:
    kind: str
    text: str


@dataclass
class PageMeta:
    """What a reader learnt about the page besides its blocks."""

    outlet_marker: str | None = None
    published_at: datetime | None = None
    byline: str | None = None
    url: str | None = None
    page_years: list[int] = field(default_factory=list)


# Every capital letter Python knows up to the Vietnamese block: regex classes cannot say "upper case".
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper())


def _compile_furniture(pattern: str) -> re.Pattern:
    """A page.toml pattern, {UPPER} and {NAME} spelled out; case matters only where they stand."""
    if "{UPPER}" not in pattern and "{NAME}" not in pattern:
        return re.compile(pattern, re.IGNORECASE)
    name = rf"[{_UPPER}]\w*(?:\s[{_UPPER}]\w*){{0,4}}"
    return re.compile(pattern.replace("{NAME}", name).replace("{UPPER}", _UPPER))


@cache
def _page_rules() -> dict:
    lex = load_lexicon("page")
    furniture = lex["furniture"]
    return {
        "teaser_headings": {fold_key(h): h for h in lex["teaser_blocks"]["headings"]},
        "footer_lines": {fold_key(line) for line in lex["footer"]["lines"]},
        "footer_prefixes": tuple(lex["footer"]["prefixes"]),
        "ledes": [(re.compile(e["pattern"]), e["outlet"]) for e in lex["outlets"]["lede"]],
        "header_line": re.compile(lex["outlets"]["header_line"]),
        "timestamps": [re.compile(p.replace("{ZONE}", furniture["timestamp_zone"]), re.IGNORECASE)
                       for p in furniture["timestamps"]],
        "credit_prefixes": tuple(furniture["credit_prefixes"]),
        "credit_tail": re.compile(furniture["credit_tail"]),
        "junk": [_compile_furniture(p) for p in furniture["junk_lines"]],
        "image_markers": [re.compile(p, re.IGNORECASE) for p in furniture["image_markers"]],
        "image_with_caption": re.compile(furniture["image_with_caption"]),
        "image_alt_prefix": re.compile(furniture["image_alt_prefix"]),
        "ascii_alt_max_words": furniture["ascii_alt_max_words"],
        "table_cell": re.compile(furniture["table_cell"]),
        "slug_prefix": re.compile(furniture["slug_prefix"]),
        "metadata_prefix": re.compile(furniture["metadata_prefix"]),
        "file_name_date": re.compile(furniture["file_name_date"]),
        "timestamp_suffix": re.compile(furniture["timestamp_suffix"]),
        "sentence_end": re.compile(furniture["sentence_end"]),
        "inner_sentence_end": _compile_furniture(furniture["inner_sentence_end"]),
        "same_headline_share": furniture["same_headline_share"],
        "kicker_max_words": furniture["kicker_max_words"],
        "section_label_max_words": furniture["section_label_max_words"],
        "breadcrumb": re.compile(furniture["breadcrumb"]),
        "title_max_words": furniture["title_max_words"],
        "sentence_title_max_words": furniture["sentence_title_max_words"],
        "bullet": re.compile(furniture["bullets"]),
        "place_headline": _compile_furniture(furniture["place_headline"]),
        "place_headline_run": furniture["place_headline_run"],
        "caption_opener": re.compile(furniture["caption_opener"]),
        "byline": lex["byline"],
    }


def normalise_text(text: str) -> str:
    """NFC, unix newlines, no-break and odd spaces as plain spaces, trailing spaces removed."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = re.sub(r"[\u00a0\u2007\u202f\u200b\t]", " ", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def outlet_of_lede(lede: str) -> str | None:
    for pattern, outlet in _page_rules()["ledes"]:
        if pattern.match(lede):
            return outlet
    return None


def _timestamp(line: str) -> datetime | None:
    for pattern in _page_rules()["timestamps"]:
        m = pattern.match(line)
        if m:
            try:
                return datetime(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
    return None


def _is_junk(line: str) -> bool:
    rules = _page_rules()
    return any(p.match(line) for p in rules["junk"]) or line.startswith(rules["footer_prefixes"])


def _strip_credit(line: str) -> tuple[str, bool]:
    """A caption without its photo credit; True when a credit was there."""
    m = _page_rules()["credit_tail"].search(line)
    if m and m.start() > 0:
        return line[: m.start()].rstrip(), True
    return line, False


def looks_like_byline(line: str) -> bool:
    rules = _page_rules()["byline"]
    words = line.split()
    if not words or len(words) > rules["max_words"] or line.endswith((".", ":", ";", ",", "?")):
        return False
    if any(s in line for s in rules["suffixes"]) or line.startswith(tuple(rules["prefixes"])):
        return True
    # A bare name: 2-4 capitalised syllables, nothing else (`Phương Thảo`); or initials, alone or
    # for several authors (`N.Hoa`, `T.Vũ – P.T`).
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words):
        return True
    names = [w for w in words if w not in ("-", "–", "&")]
    return bool(names) and len(names) <= 3 and all(_initials(w) for w in names)


def _initials(word: str) -> bool:
    """`N.Hoa`, `P.T`, `B.C.Đ`: capital initials with dots, maybe ending in a name."""
    parts = word.split(".")
    return (len(parts) > 1 and any(len(p) == 1 for p in parts)
            and all(p == "" or (p[:1].isupper() and p.isalpha()) for p in parts))


# ------------------------------------------------------------------ reader: text dumps


# What the line reader learnt of a line before it knows its place on the page.
_PLAIN, _CELL, _WIDE_CELL, _RELATED_LINE, _IMAGE, _IMAGE_CAPTION, _TEASER = (
    "plain", "cell", "wide_cell", "related", "image", "image_caption", "teaser")


@dataclass
class _Line:
    text: str
    hint: str = _PLAIN


def _read_line(line: str) -> list[_Line]:
    """A non-blank line of a dump as zero, one or two typed lines (furniture already dropped)."""
    rules = _page_rules()
    if any(p.match(line) for p in rules["image_markers"]):
        return [_Line("", _IMAGE)]
    if m := rules["image_with_caption"].match(line):
        return [_Line("", _IMAGE)] + ([_Line(m["caption"], _IMAGE_CAPTION)] if m["caption"] else [])
    if m := rules["image_alt_prefix"].match(line):
        return [_Line("", _IMAGE), _Line(line[m.end():].strip(), _IMAGE_CAPTION)]
    if line.isascii() and any(c.isalpha() for c in line) and 2 <= len(line.split()) <= rules["ascii_alt_max_words"] \
            and not _ends_sentence(line):
        return [_Line("", _IMAGE)]
    hint = _PLAIN
    cell = rules["table_cell"].match(line)
    if cell["open"] or cell["close"]:
        line = cell["cell"].strip()
        # `| Headline | |`: a second, empty cell is the layout of a table of links.
        hint = _WIDE_CELL if (cell["close"] or "").count("|") > 1 else _CELL
        if not line:
            return []
    if m := rules["slug_prefix"].match(line):
        return [_Line(m["rest"], _RELATED_LINE)] if m["rest"] else [_Line("", _IMAGE)]
    half = len(line) // 2
    if len(line) > 20 and line[:half] == line[half + 1:] and line[half] == " ":
        # A teaser's headline written twice on one line; its summary is the next line.
        return [_Line(line[:half], _TEASER)]
    return [_Line(line, hint)]


def _headline_words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", fold_key(text)))


def same_headline(line: str, headline: str) -> bool:
    """The line repeats the headline, maybe with a word changed or a quote mark dropped."""
    a, b = _headline_words(line), _headline_words(headline)
    longest = max(sum(a.values()), sum(b.values()))
    return longest > 0 and sum((a & b).values()) >= _page_rules()["same_headline_share"] * longest


def _continues_body(text: str) -> bool:
    """A line under the sapo that is a paragraph: it ends a sentence and is no headline's length."""
    return _ends_sentence(text) and len(text.split()) > _page_rules()["title_max_words"] // 2


def _ends_sentence(text: str) -> bool:
    return bool(_page_rules()["sentence_end"].search(text))


def text_blocks(raw: str) -> tuple[list[Block], PageMeta]:
    """Typed blocks of a crawler text dump.

    The dump's layout: title (maybe after a kicker line ending in a colon); blank; `(LĐTĐ)
    sapo` or a first paragraph, with the related headlines glued on the next line; body
    paragraphs separated by blank lines; each image is the headline repeated (or a marker, a
    slug of its alt text, a table cell) on one line and its caption on the next; a byline; then
    teaser blocks, each teaser a headline twice and its summary; then the footer. Furniture
    (timestamps, credits, links, HTML debris: lexicon `page.toml`) is dropped wherever it is.
    """
    rules = _page_rules()
    meta = PageMeta()
    lines = normalise_text(raw).split("\n")
    groups: list[list[_Line]] = []  # runs of non-blank lines
    current: list[_Line] = []
    tail_start = None
    label = None
    last_crumb = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        key = fold_key(stripped)
        if key in rules["teaser_headings"] or key in rules["footer_lines"]:
            tail_start = i
            break
        if not stripped:
            if current:
                groups.append(current)
                current = []
            continue
        stamp = _timestamp(stripped)
        if stamp is not None:
            if meta.published_at is None and not groups and len(current) == 1:
                label = current[0].text  # maybe a section's name: see below
            meta.published_at = meta.published_at or stamp
            continue
        file_name = rules["file_name_date"].match(stripped)
        if file_name:
            meta.page_years.append(int(file_name.group("y")))
            continue
        metadata = rules["metadata_prefix"].match(stripped)
        if metadata:
            meta.page_years.append(int(metadata.group("y")))
            stripped = stripped[metadata.end():]
        glued = rules["timestamp_suffix"].search(stripped)
        if glued and glued.start() > 0:
            # a headline with the page's timestamp glued after it: the timestamp is furniture
            try:
                meta.published_at = meta.published_at or datetime(int(glued["y"]), int(glued["m"]), int(glued["d"]))
            except ValueError:
                pass
            stripped = stripped[:glued.start()]
            if looks_like_byline(stripped):
                # `Quốc Định 04/10/2022 19:03` (dev 1087): the author's name before the timestamp
                meta.byline = meta.byline or stripped
                continue
        crumb = rules["breadcrumb"].match(stripped)
        if crumb:
            last_crumb = fold_key(crumb["last"])
        if _is_junk(stripped) or stripped.startswith(rules["credit_prefixes"]):
            continue
        current.extend(_read_line(stripped))
    if current:
        groups.append(current)
    groups = [g for g in groups if any(line.text for line in g)]
    if (label is not None and groups and len(groups[0]) > 1 and groups[0][0].text == label
            and len(label.split()) <= rules["section_label_max_words"] and not _ends_sentence(label)
            and not _ends_sentence(groups[0][1].text) and len(groups[0][1].text.split()) <= rules["title_max_words"]
            and (len(groups[0]) > 2 or len(groups) > 1)):
        # the section's name, the timestamp, then the headline (dev 996)
        groups[0] = groups[0][1:]
    elif (last_crumb is not None and groups and len(groups[0]) > 1 and fold_key(groups[0][0].text) == last_crumb
          and not _ends_sentence(groups[0][1].text)):
        # the section's name, a breadcrumb ending in it, then the headline (dev 1026)
        groups[0] = groups[0][1:]

    blocks: list[Block] = []
    if groups and len(groups[0]) == 1 and (m := rules["header_line"].match(groups[0][0].text)):
        meta.outlet_marker = m.group(1)
        groups = groups[1:]
    # The title is the first line of text; a page of one long line has none.
    while groups and not groups[0][0].text:
        groups[0] = groups[0][1:] or groups.pop(0)
    if not groups:
        return blocks, meta
    first = groups[0][0].text
    words = len(first.split())
    if words > rules["title_max_words"] or (
            _ends_sentence(first) and (words > rules["sentence_title_max_words"] or len(groups) == len(groups[0]) == 1)):
        title = None  # no headline in the dump: it starts with a paragraph
        rest = groups
    else:
        title = first
        rest = [groups[0][1:]] + groups[1:]
    # Whether rest[0] holds the lines glued under the headline in its own group.
    title_group = title is not None and len(groups[0]) > 1
    rest = [g for g in rest if g]
    headlines = [title] if title else []
    if (title and title.endswith(":") and len(title.split()) <= rules["kicker_max_words"] and rest
            and rest[0][0].hint == _PLAIN and not _ends_sentence(rest[0][0].text)):
        headlines.append(rest[0][0].text)
        title = f"{title} {rest[0][0].text}"
        rest = [rest[0][1:]] + rest[1:]
        if not rest[0]:
            rest, title_group = rest[1:], False
    if title:
        blocks.append(Block(TITLE, title))

    def repeats_headline(text: str) -> bool:
        return any(same_headline(text, h) for h in headlines)

    def is_headline(text: str) -> bool:
        return any(fold_key(text) == fold_key(h) for h in headlines)

    # The sapo opens the first group, or the second after a subtitle (`Bài 2: …`).
    lede_group = next((g for g, group in enumerate(rest[:2]) if outlet_of_lede(group[0].text)), None)
    listed_headlines = _place_headline_groups(rest)
    first_paragraph_group = None
    teaser_waiting = False
    for g_idx, group in enumerate(rest):
        if g_idx == lede_group:
            blocks.append(Block(LEDE, group[0].text))
            # Related headlines are glued under the sapo; a line there that ends a sentence is the
            # body going on under it, on the next line rather than after a blank one, and the line
            # after the headline repeated (before an image) is that image's caption.
            caption_next = False
            for line in (line for line in group[1:] if line.text):
                if line.hint == _PLAIN and repeats_headline(line.text):
                    caption_next = True
                elif caption_next:
                    blocks.append(Block(CAPTION, _strip_credit(line.text)[0]))
                    caption_next = False
                else:
                    blocks.append(Block(PARA if _continues_body(line.text) else RELATED, line.text))
            first_paragraph_group = g_idx
            continue
        if g_idx in listed_headlines:
            blocks.append(Block(RELATED_HEADLINE, group[0].text))
            continue
        i = 0
        caption_next = False
        while i < len(group):
            line = group[i]
            text, hint = line.text, line.hint
            i += 1
            repeated = hint == _PLAIN and repeats_headline(text)
            caption, credited = _strip_credit(text) if repeated else (text, False)
            if credited:
                # The headline repeated with a photo credit is the caption itself (`Ra mắt Ban Chấp
                # hành … khóa XI, nhiệm kỳ 2022-2027. (Ảnh: Q.C).`, dev 1087).
                blocks.append(Block(CAPTION, caption))
                caption_next = False
                continue
            if repeated and g_idx == len(rest) - 1 and i == len(group) and not is_headline(text):
                # The page's last line, the headline reworded (`Đồng chí X tái đắc cử chức Bí thư …`
                # under `… tái đắc cử Bí thư …, nhiệm kỳ …`, dev 887): no caption follows it, so it is
                # the caption of the last photo.
                blocks.append(Block(CAPTION, text))
                continue
            if hint == _IMAGE or repeated:
                # The crawler repeats the headline (or leaves a marker) before each image caption.
                caption_next = True
                continue
            if caption_next and hint == _CELL and is_headline(text):
                # `![]() |` then `| <headline> |` (dev 407): the image's caption cell is the headline
                # word for word, which says nothing of the image; the body goes on after it. (`| Lễ
                # tuyên dương 90 Công nhân giỏi Thủ đô |` under `Tuyên dương … năm 2019` is a caption.)
                caption_next = False
                continue
            after_headline = next((text[len(h):].strip() for h in headlines
                                   if hint == _PLAIN and fold_key(text).startswith(fold_key(h) + " ")), None)
            if after_headline and not _ends_sentence(text):
                # `<headline> <related headline>`: the image's alt text, then a related article.
                blocks.append(Block(RELATED_HEADLINE, after_headline))
                continue
            if hint == _RELATED_LINE:
                blocks.append(Block(RELATED_HEADLINE, text))
                caption_next = False
                continue
            if teaser_waiting:
                blocks.append(Block(TEASER_SUMMARY, text))
                teaser_waiting = False
                continue
            if hint == _TEASER:
                blocks.append(Block(TEASER_TITLE, text))
                teaser_waiting = True  # its summary is the next line, in this group or the next
                continue
            body_started = first_paragraph_group is not None
            if not caption_next and (hint == _WIDE_CELL or (hint == _CELL and not body_started)):
                blocks.append(Block(RELATED, text))
                continue
            if caption_next or hint in (_CELL, _IMAGE_CAPTION):
                blocks.append(Block(CAPTION, _strip_credit(text)[0]))
                caption_next = False
                continue
            if title_group and g_idx == 0 and first_paragraph_group is None and not _ends_sentence(text):
                # Lines glued under the headline before any paragraph: related headlines.
                blocks.append(Block(RELATED_HEADLINE, text))
                continue
            run = group[i - 1:]
            if (g_idx == first_paragraph_group and i >= 2 and blocks[-1].kind == PARA and len(run) >= 2
                    and all(line.hint == _PLAIN and line.text and not _ends_sentence(line.text)
                            and not repeats_headline(line.text) and not rules["caption_opener"].match(line.text)
                            and not rules["inner_sentence_end"].search(line.text)
                            for line in run)):
                # Headlines of related articles listed one per line after the first paragraph, up to
                # the end of its group (a body subheading stands alone between blank lines). A line
                # with a full stop inside is a paragraph whose last full stop the crawl lost (dev 982).
                blocks.extend(Block(RELATED_HEADLINE, line.text) for line in run)
                break
            if (g_idx == first_paragraph_group and i == 2 and not _ends_sentence(text)
                    and not rules["inner_sentence_end"].search(text)
                    and blocks[-1].kind == PARA and len(split_related_line(text)) > 1):
                # Headlines of related articles glued on the line after the first paragraph (a
                # single headline-like line there is a caption whose image was dropped).
                blocks.append(Block(RELATED, text))
                continue
            text, had_credit = _strip_credit(text)
            if had_credit and len(group) == 1:
                blocks.append(Block(CAPTION, text))
            else:
                blocks.append(Block(PARA, rules["bullet"].sub("", text)))
                if first_paragraph_group is None:
                    first_paragraph_group = g_idx
    if not any(b.kind in (PARA, LEDE) for b in blocks):
        # Nothing on the page reads as the article: what was taken for furniture by where it
        # stands (lines glued under the headline without a full stop, table cells, captions, a
        # run of `Place: …` lines) is the article's text in an unusual layout, as an excerpt cut
        # mid-sentence. Keeping it beats setting the whole page aside; a page of the headline
        # alone is still rejected.
        blocks = [Block(PARA, b.text) if b.kind in (RELATED, RELATED_HEADLINE, CAPTION) else b for b in blocks]
    if tail_start is not None:
        blocks.extend(_teaser_blocks(lines[tail_start:]))
    return blocks, meta


def _place_headline_groups(groups: list[list[_Line]]) -> set[int]:
    """Indices of the one-line groups that list related headlines opened by a place and a colon,
    in runs of `place_headline_run` or more, none ending a sentence."""
    rules = _page_rules()

    def listed(group: list[_Line]) -> bool:
        return (len(group) == 1 and group[0].hint == _PLAIN and not _ends_sentence(group[0].text)
                and rules["place_headline"].match(group[0].text) is not None
                and len(group[0].text.split()) <= rules["title_max_words"])

    found: set[int] = set()
    run: list[int] = []
    for g_idx, group in enumerate([*groups, []]):
        if group and listed(group):
            run.append(g_idx)
            continue
        if len(run) >= rules["place_headline_run"]:
            found.update(run)
        run = []
    return found


def _teaser_blocks(lines: list[str]) -> Iterator[Block]:
    """Teaser blocks of a text dump: a heading line, then teasers (headline twice, then summary)."""
    rules = _page_rules()
    items = [line.strip() for line in lines if line.strip()]
    i = 0
    while i < len(items):
        line = items[i]
        key = fold_key(line)
        if key in rules["footer_lines"]:
            return
        if key in rules["teaser_headings"]:
            yield Block(TEASER_HEADING, rules["teaser_headings"][key])
            i += 1
            continue
        yield Block(TEASER_TITLE, line)
        i += 1
        if i < len(items) and items[i] == line:
            i += 1
        if i < len(items):
            nxt = items[i]
            nkey = fold_key(nxt)
            is_next_headline = i + 1 < len(items) and items[i + 1] == nxt
            if not (nkey in rules["teaser_headings"] or nkey in rules["footer_lines"] or is_next_headline):
                yield Block(TEASER_SUMMARY, nxt)
                i += 1


# ------------------------------------------------------------------ reader: HTML


def html_blocks(html: str) -> tuple[list[Block], PageMeta]:
    """Typed blocks of an HTML article page (beautifulsoup4; tolerant of broken markup)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    rules = _page_rules()
    meta = PageMeta()

    def meta_content(*selectors: tuple[str, str]) -> str | None:
        for attr, value in selectors:
            tag = soup.find("meta", attrs={attr: value})
            if tag and tag.get("content"):
                return nfc(tag["content"].strip())
        return None

    ld = _json_ld(soup)
    published = meta_content(("property", "article:published_time"), ("itemprop", "datePublished"),
                              ("name", "pubdate")) or ld.get("datePublished")
    meta.published_at = parse_timestamp(published)
    meta.url = meta_content(("property", "og:url")) or _canonical(soup)
    author = meta_content(("name", "author"), ("property", "article:author"))
    if not author:
        ld_author = ld.get("author")
        if isinstance(ld_author, list) and ld_author:
            ld_author = ld_author[0]
        if isinstance(ld_author, dict):
            ld_author = ld_author.get("name")
        author = ld_author if isinstance(ld_author, str) else None
    if not author:
        tag = soup.select_one(".author, .article-author, .byline, [rel=author]")
        author = _text(tag) if tag else None
    meta.byline = author or None

    h1 = soup.find("h1")
    title = _text(h1) if h1 else None
    title = title or meta_content(("property", "og:title")) or (ld.get("headline") or None)
    if not title and soup.title:
        title = _text(soup.title)

    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "form", "iframe"]):
        tag.decompose()
    body = soup.find("article") or _densest_container(soup) or soup.body or soup
    blocks: list[Block] = []
    if title:
        blocks.append(Block(TITLE, title))
    sapo_tag = body.select_one(".sapo, .article-sapo, .lead, .summary, h2.sapo")
    if sapo_tag is not None:
        sapo = _text(sapo_tag)
        if sapo:
            blocks.append(Block(LEDE, sapo))
        sapo_tag.decompose()
    block_name = None
    for tag in body.find_all(["p", "figcaption", "h2", "h3", "h4", "li", "div"]):
        if tag.name == "div" and tag.find(["p", "div", "figcaption", "h2", "h3", "li"]):
            continue  # only leaf divs carry text of their own
        if tag.name in ("p", "div", "li") and tag.find_parent("figcaption"):
            continue
        text = _text(tag)
        if not text:
            continue
        key = fold_key(text)
        if key in rules["footer_lines"]:
            break
        if key in rules["teaser_headings"]:
            block_name = rules["teaser_headings"][key]
            blocks.append(Block(TEASER_HEADING, block_name))
            continue
        if block_name is not None:
            kind = TEASER_TITLE if tag.name in ("h2", "h3", "h4") or tag.find("a") else TEASER_SUMMARY
            blocks.append(Block(kind, text))
            continue
        if tag.name == "figcaption":
            blocks.append(Block(CAPTION, _strip_credit(text)[0]))
        elif tag.name in ("h2", "h3", "h4"):
            blocks.append(Block(PARA, text))
        elif _is_junk(text) or text.startswith(rules["credit_prefixes"]) or _timestamp(text):
            continue
        elif not any(b.kind == LEDE for b in blocks) and outlet_of_lede(text):
            blocks.append(Block(LEDE, text))
        else:
            blocks.append(Block(PARA, text))
    return blocks, meta


def _text(tag) -> str:
    return re.sub(r"\s+", " ", nfc(tag.get_text(" ", strip=True))).strip()


def _json_ld(soup) -> dict:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def _canonical(soup) -> str | None:
    link = soup.find("link", attrs={"rel": "canonical"})
    return link.get("href") if link and link.get("href") else None


def _densest_container(soup):
    best, best_count = None, 0
    for tag in soup.find_all(["div", "section", "main"]):
        count = len(tag.find_all("p", recursive=False))
        if count > best_count:
            best, best_count = tag, count
    return best


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO-8601 (or `dd/mm/yyyy`) stamp as a naive datetime; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return stamp.replace(tzinfo=None)
    except ValueError:
        pass
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})", value)
    if m:
        try:
            return datetime(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    return None


# ------------------------------------------------------------------ assembly


def split_related_line(line: str) -> list[str]:
    """The headlines of a line where the crawler glued several related headlines together."""
    return list(_split_related_line(line))


# The same related-headlines block is on page after page of a site (like the teasers): its
# split, which needs underthesea's words, is remembered rather than tokenised again.
@lru_cache(maxsize=4096)
def _split_related_line(line: str) -> tuple[str, ...]:
    """The headlines of a line where the crawler glued several related headlines together.

    There is no separator, so the line is cut into underthesea words and a headline is taken to
    start at a sentence-case word (`Phát động`, `Công nhân`: capital first syllable, lower-case
    rest) that follows either a lower-case word that does not glue capitals to itself (`các`,
    `năm`, `quận` ...: lexicon `page_related`) or a proper name / closing quote followed by a
    multi-syllable sentence-case word (`quận Long Biên | Dấu ấn`).
    """
    from pipeline.tokenise import word_spans

    lex = load_lexicon("page_related")
    glue = set(lex["glue_words"])
    spans = word_spans(line, 0, len(line))
    cuts, syllables, in_quote = [], 0, False
    for i, (start, end) in enumerate(spans):
        word = line[start:end]
        if word in ('"', "“", "”", "«", "»"):
            in_quote = word in ("“", "«") or (word == '"' and not in_quote)
        if i > 0 and not in_quote and syllables >= lex["min_syllables"] and _sentence_case(word):
            prev = line[spans[i - 1][0]:spans[i - 1][1]]
            after_lower = prev[:1].islower() and prev.lower() not in glue
            after_name = (_proper_name(prev) or prev in ("”", '"', "»")) and (" " in word or prev in ("”", '"', "»"))
            # `… Ngày Quốc tế Phụ nữ 8/3 | Nỗ lực chăm lo …`: a headline may end on a number.
            after_number = prev[-1:].isdigit() and " " in word
            if after_lower or after_name or after_number:
                cuts.append(start)
                syllables = 0
        elif i > 0 and not in_quote and syllables >= lex["min_syllables"] and _place_label(line, spans, i):
            cuts.append(start)
            syllables = 0
        syllables += len(word.split())
    bounds = [0] + cuts + [len(line)]
    return tuple(line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip())


def _place_label(line: str, spans: list[tuple[int, int]], i: int) -> bool:
    """`… Tháng Công nhân | Đông Anh: Phát động …`, `… năm 2024 | Hà Nội: Thành lập …`: a place's name
    and a colon open a headline. After a lower-case word the name ends an organisation's (`Công đoàn
    các Khu công nghiệp và chế xuất Hà Nội: Biểu dương …`)."""
    word = line[spans[i][0]:spans[i][1]]
    prev = line[spans[i - 1][0]:spans[i - 1][1]]
    return (_proper_name(word) and not prev[:1].islower() and i + 1 < len(spans)
            and line[spans[i + 1][0]:spans[i + 1][1]] == ":")


def _sentence_case(word: str) -> bool:
    syllables = word.split()
    return (
        word[:1].isupper()
        and not word.isupper()
        and all(s[:1].islower() for s in syllables[1:])
    )


def _proper_name(word: str) -> bool:
    syllables = word.split()
    return len(syllables) > 1 and all(s[:1].isupper() for s in syllables)


def _paragraphs_text(parts: list[tuple[str, str]]) -> tuple[str, list[ParagraphSpan]]:
    text_parts, spans, pos = [], [], 0
    for section, para in parts:
        if text_parts:
            pos += len(PARAGRAPH_SEPARATOR)
        spans.append(ParagraphSpan(pos, pos + len(para), section))
        text_parts.append(para)
        pos += len(para)
    return PARAGRAPH_SEPARATOR.join(text_parts), spans


def teaser_id(title: str, summary: str | None) -> str:
    """A teaser's id comes from its words: the same teaser on several pages is one row."""
    return stable_id("t", fold_key(title), fold_key(summary or ""))


def assemble_page(
    blocks: list[Block],
    meta: PageMeta,
    *,
    article_id: str,
    source_path: str | None = None,
    url: str | None = None,
    published_at: datetime | None = None,
    crawled_at: datetime | None = None,
    encoding: str | None = None,
    repairs: Iterable[str] = (),
) -> CleanPage:
    """The host article, its teasers and related headlines, from a reader's blocks."""
    title = next((b.text for b in blocks if b.kind == TITLE), None)
    lede = next((b.text for b in blocks if b.kind == LEDE), None)
    parts: list[tuple[str, str]] = []
    if title:
        parts.append(("title", title))
    if lede:
        parts.append(("sapo", lede))
    seen: list[str] = []  # paragraphs kept so far, for repeat detection
    seen_keys: set[str] = set()
    body: list[Block] = [b for b in blocks if b.kind in (PARA, CAPTION)]
    byline = meta.byline
    if body and body[-1].kind == PARA and looks_like_byline(body[-1].text):
        byline = byline or body[-1].text
        body = body[:-1]
    for block in body:
        text = block.text
        if block.kind == PARA:
            # A paragraph repeated verbatim is kept once; one that repeats an earlier paragraph
            # and then goes on keeps only what is new.
            if fold_key(text) in seen_keys:
                continue  # the same words again, maybe in another case (`giải thưởng`/`Giải thưởng`)
            for earlier in seen:
                if len(earlier) > 80 and text.startswith(earlier):
                    text = text[len(earlier):].lstrip()
                    break
            if not text:
                continue
            seen.append(block.text)
            seen_keys.add(fold_key(block.text))
        parts.append(("caption" if block.kind == CAPTION else "body", text))
    if not parts or not any(section in ("sapo", "body") for section, _ in parts):
        raise CleanError(
            "no article text found (no paragraphs after the title); check that the file is a "
            "crawled article page"
        )
    text, spans = _paragraphs_text(parts)
    outlet = outlet_of_lede(lede) if lede else None
    if outlet is None and meta.outlet_marker:
        outlet = meta.outlet_marker
    article = CleanArticle(
        article_id=article_id,
        text=text,
        paragraphs=spans,
        title=title,
        sapo=lede,
        byline=byline,
        outlet=outlet,
        source_path=source_path,
        url=url or meta.url,
        published_at=published_at or meta.published_at,
        crawled_at=crawled_at,
        encoding=encoding,
        repairs=list(repairs),
        page_years=tuple(dict.fromkeys(meta.page_years)),
    )
    teasers, related = _teasers_and_related(blocks, article)
    return CleanPage(article=article, teasers=teasers, related=related)


def _teasers_and_related(blocks: list[Block], host: CleanArticle) -> tuple[list[CleanArticle], list[RelatedHeadline]]:
    related: list[RelatedHeadline] = []
    teasers: dict[str, CleanArticle] = {}
    for block in blocks:
        if block.kind == RELATED:
            for headline in split_related_line(block.text):
                related.append(RelatedHeadline(len(related), "related", headline))
        elif block.kind == RELATED_HEADLINE:
            related.append(RelatedHeadline(len(related), "related", block.text))
    block_name = None
    pending: RelatedHeadline | None = None
    for block in blocks:
        if block.kind == TEASER_HEADING:
            block_name = block.text
        elif block.kind == TEASER_TITLE:
            pending = RelatedHeadline(len(related), block_name or "related", block.text)
            related.append(pending)
        elif block.kind == TEASER_SUMMARY and pending is not None:
            tid = teaser_id(pending.title, block.text)
            pending.teaser_id = tid
            if tid not in teasers:
                text, spans = _paragraphs_text([("title", pending.title), ("sapo", block.text)])
                teasers[tid] = CleanArticle(
                    article_id=tid,
                    text=text,
                    paragraphs=spans,
                    title=pending.title,
                    sapo=block.text,
                    outlet=outlet_of_lede(block.text),
                    kind="teaser",
                    host_article_id=host.article_id,
                    source_path=host.source_path,
                    crawled_at=host.crawled_at,
                    encoding=host.encoding,
                )
            pending = None
    return list(teasers.values()), related


def article_id_for(url: str | None, source_path: str | None) -> str:
    """Stable article id: from the url when known, else from the source path."""
    if url:
        return stable_id("a", url.strip())
    return stable_id("a", Path(source_path or "").as_posix())


def clean_page(
    content: str,
    fmt: str,
    *,
    source_path: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    **fields,
) -> CleanPage:
    """Clean a page given as text (`fmt='text'`) or HTML (`fmt='html'`)."""
    blocks, meta = html_blocks(content) if fmt == "html" else text_blocks(content)
    url = url or meta.url
    return assemble_page(
        blocks,
        meta,
        article_id=article_id or article_id_for(url, source_path),
        source_path=source_path,
        url=url,
        **fields,
    )


def clean_file(path: str | Path) -> CleanPage:
    """Clean one UTF-8 text or HTML file (for tests and exploration; batches go through ingest)."""
    path = Path(path)
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    return clean_page(path.read_text(encoding="utf-8"), fmt, source_path=path.as_posix())
