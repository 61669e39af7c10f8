"""`ldtd show`: a cleaned article with every extracted fact marked, in the terminal or as HTML."""
from __future__ import annotations

from pathlib import Path

STYLES = {"FIGURE": "bold cyan", "DATE": "bold green", "OFFICIAL": "bold magenta",
          "DOCUMENT": "bold yellow", "CAMPAIGN": "bold blue"}
COLOURS = {"FIGURE": "#7fdbff", "DATE": "#a8e6a1", "OFFICIAL": "#f5b7f5", "DOCUMENT": "#ffe08a", "CAMPAIGN": "#b3c7ff"}


def non_overlapping(facts: list[dict]) -> list[dict]:
    """The facts to highlight: where spans overlap, the one starting first (then longest) wins."""
    kept, end = [], -1
    for fact in sorted(facts, key=lambda f: (f["start"], -(f["end"] - f["start"]))):
        if fact["start"] >= end:
            kept.append(fact)
            end = fact["end"]
    return kept


def render_terminal(article: dict, facts: list[dict], console) -> None:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    text = Text(article["text"])
    for fact in non_overlapping(facts):
        text.stylize(STYLES.get(fact["label"], "bold"), fact["start"], fact["end"])
    heading = f"{article['article_id']} · {article['kind']} · {article['outlet'] or 'outlet unknown'}"
    if article.get("published_at"):
        heading += f" · {article['published_at']:%Y-%m-%d}"
    console.print(Panel(text, title=heading, subtitle=article.get("url") or article.get("source_path")))
    table = Table("fact", "chars", "surface", "value", header_style="bold")
    for fact in facts:
        table.add_row(Text(fact["label"], style=STYLES.get(fact["label"], "")), f"{fact['start']}–{fact['end']}",
                      fact["surface"], fact["description"] or "")
    console.print(table)


def render_html(article: dict, facts: list[dict], out: Path) -> None:
    """displaCy's entity view of the article, one label per fact type."""
    from spacy import displacy

    data = {
        "text": article["text"],
        "ents": [{"start": f["start"], "end": f["end"], "label": f["label"]} for f in non_overlapping(facts)],
        "title": article.get("title") or article["article_id"],
    }
    html = displacy.render(data, style="ent", manual=True, page=True, options={"colors": COLOURS})
    out.write_text(html, encoding="utf-8")
