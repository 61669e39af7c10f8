# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · Emulation campaigns on a time line
#
# Union news is full of *phong trào thi đua* (emulation movements), *đợt thi đua* (campaign
# drives) and their phases, each with a period, a theme, an organiser and often the plan
# (*kế hoạch*) that launched it. The `campaigns` table holds one row per campaign (or phase) an
# article describes; `campaign_mentions` holds every later reference to it in the same article;
# `documents` holds the official documents articles cite, and `campaigns.document_id` links a
# campaign to the one that launched it.
#
# Below: every dated campaign and phase as a bar on a time axis, labelled with its organiser
# and theme; the programmes the articles name without a period; and the documents behind them.
#
# The database is `$LDTD_DB` (default `data/ldtd.duckdb`), opened read-only; the chart goes to
# `$LDTD_FIGURES` (default `notebooks/figures/`).

# %%
from datetime import timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt

from _common import connect, db_path, save, setup_plots, shorten, table

setup_plots()
con = connect()
print(f"database: {db_path()}")

# %% [markdown]
# ## Dated campaigns and phases
#
# The same campaign told by several articles (a host article and a teaser, or a repost) is one
# bar: rows are grouped on the name with tones folded, the phase and the period. `duration_days`
# is computed from the dates; `stated_days` is the duration the article states
# (*Sau 150 ngày…*), and `mismatch` flags the two disagreeing by more than a week.

# %%
# Tone-folded key, as the `figure_conflicts` view folds subjects: `Hoà` and `Hòa` group together.
FOLD = "strip_accents(replace(lower(trim({})), 'đ', 'd'))"
MAX_BARS = 40

dated = table(con, f"""
    SELECT * EXCLUDE (article_id, char_start) FROM campaign_periods
    ORDER BY start_date DESC, phase NULLS FIRST
    LIMIT {MAX_BARS}
""", max_width=45)

# %% [markdown]
# The documents that launched them, from `campaigns.document_id`: when a document's issue date
# is known it is drawn on the campaign's row as a diamond, so the gap between the plan and the
# start of the drive can be read off the chart.

# %%
launches = table(con, """
    SELECT c.name AS campaign, c.phase, c.start_date, d.doc_type, d.number, d.issued_on, d.issuer,
           d.title AS document_title, d.document_id
    FROM campaigns c JOIN documents d ON d.document_id = c.document_id
    ORDER BY d.issued_on NULLS LAST, d.number
""", max_width=45)
document_of = {r["document_id"]: r for r in launches}

# %%
def row_label(campaign: dict) -> str:
    """Name and phase on the first line; organiser and theme, shortened, on the second."""
    head = shorten(campaign["name"], 60)
    if campaign["phase"] is not None:
        head += f" · đợt {campaign['phase']}"
    details = [campaign["organizer"] or "organiser not stated"]
    if campaign["theme"]:
        details.append(f"“{shorten(campaign['theme'], 42)}”")
    return head + "\n" + " · ".join(details)


def day_label(day) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def draw_timeline(bars: list[dict]) -> None:
    """One bar per campaign or phase, earliest on top; a diamond where the launching document was issued."""
    organisers = sorted({c["organizer"] or "organiser not stated" for c in bars})
    palette = plt.get_cmap("tab10")
    colour_of = {name: palette(i % 10) for i, name in enumerate(organisers)}
    documents = [document_of[c["document_id"]] for c in bars if c["document_id"] in document_of]
    issued_days = [d["issued_on"] for d in documents if d["issued_on"]]

    fig, ax = plt.subplots(figsize=(14, max(3.5, 0.9 * len(bars) + 1.8)))
    for y, campaign in enumerate(bars):
        start, end = campaign["start_date"], campaign["end_date"]
        colour = colour_of[campaign["organizer"] or "organiser not stated"]
        # The end day is part of the campaign: the bar runs to the end of it.
        ax.barh(y, (end + timedelta(days=1)) - start, left=start, height=0.55, color=colour, alpha=0.85)
        days = campaign["duration_days"]
        extent = [f"{days} days"] if days else []
        stated = campaign["stated_days"]
        if stated is not None and stated != days:
            extent.append(f"the article says {stated}" + (" ≠" if campaign["mismatch"] else ""))
        note = f"{day_label(start)} – {day_label(end)}" + (f" ({'; '.join(extent)})" if extent else "")
        ax.text(end + timedelta(days=8), y, note, va="center", fontsize=8)
        document = document_of.get(campaign["document_id"])
        if document and document["issued_on"]:
            issued = document["issued_on"]
            ax.plot([issued], [y], marker="D", color="black", markersize=6, zorder=3)
            ax.plot([issued, start], [y, y], color="black", linewidth=0.8, linestyle=":", zorder=2)
            ax.annotate(f"{document['doc_type']} {document['number'] or ''}\n{day_label(issued)}",
                        (issued, y), xytext=(-8, 0), textcoords="offset points", ha="right", va="center",
                        fontsize=7.5)

    ax.set_yticks(range(len(bars)), [row_label(c) for c in bars], fontsize=8.5)
    ax.set_ylim(-0.8, len(bars) - 0.2)
    first = min([c["start_date"] for c in bars] + issued_days)
    last = max(c["end_date"] for c in bars)
    span = max((last - first).days, 60)
    # Room on the right for the period written after the last bar.
    ax.set_xlim(first - timedelta(days=span * 0.03), last + timedelta(days=span * 0.22))
    locator = mdates.AutoDateLocator(minticks=5, maxticks=14)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
    ax.set_xlabel("date (campaign periods as the articles state them)")
    ax.grid(axis="y", visible=False)
    ax.set_title(f"Emulation campaigns and phases with a stated period ({len(bars)})")
    handles = [plt.Rectangle((0, 0), 1, 1, color=colour_of[o], alpha=0.85) for o in organisers]
    labels = list(organisers)
    if issued_days:
        handles.append(plt.Line2D([], [], marker="D", color="black", linestyle="none"))
        labels.append("document that launched it (issue date)")
    ax.legend(handles, labels, title="organiser", fontsize=8, title_fontsize=8, loc="upper left",
              bbox_to_anchor=(1.01, 1))
    save(fig, "02_campaign_timeline.png")


if dated:
    draw_timeline(sorted(dated, key=lambda c: (c["start_date"], c["phase"] or 0, c["name"]), reverse=True))
else:
    print("No campaign with a stated period in this database: no time line.")

# %% [markdown]
# ## Programmes named without a period
#
# Most campaigns an article names are standing movements (*Lao động giỏi, lao động sáng tạo*,
# *Người tốt, việc tốt*) cited without dates. They cannot go on a time line; here they are with
# how many articles and mentions name them.

# %%
table(con, f"""
    SELECT mode(c.name)                              AS name,
           count(DISTINCT c.article_id)              AS n_articles,
           count(m.campaign_id)                      AS n_mentions,
           mode(c.organizer)                         AS organizer,
           string_agg(DISTINCT a.kind, ', ' ORDER BY a.kind) AS in_kinds,
           min(c.article_id)                         AS first_article
    FROM campaigns c
    JOIN articles a USING (article_id)
    LEFT JOIN campaign_mentions m ON m.campaign_id = c.campaign_id
    WHERE c.start_date IS NULL OR c.end_date IS NULL
    GROUP BY {FOLD.format('c.name')}
    ORDER BY n_articles DESC, n_mentions DESC, name
    LIMIT 60
""", max_width=70)

# %% [markdown]
# ## The official documents
#
# Every document the articles cite, with whether it launched a campaign. The same document
# cited in several articles (the Politburo's *Nghị quyết 02-NQ/TW* is cited by two) appears once
# per article: `n_articles` counts them.

# %%
table(con, """
    SELECT d.doc_type, d.number, min(d.issued_on) AS issued_on, mode(d.issuer) AS issuer,
           mode(d.title) AS title, count(DISTINCT d.article_id) AS n_articles,
           count(c.campaign_id) AS campaigns_launched
    FROM documents d LEFT JOIN campaigns c ON c.document_id = d.document_id
    GROUP BY d.doc_type, d.number, coalesce(d.number, d.document_id)
    ORDER BY issued_on NULLS LAST, d.number
""", max_width=60)

# %%
con.close()
