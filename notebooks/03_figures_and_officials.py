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
# # 03 · Figures, officials, and checking a claim
#
# What the articles say in numbers and who they say holds which office — and how a journalist
# goes from a claim to the sentence that supports (or contradicts) it.
#
# * `figures` holds every number an article states, normalised: `value`, `kind` (`count`,
#   `money`, `percent`, …), `unit` (`'VND'` for đồng; the counted noun for counts), `qualifier`
#   (`exact`, `more_than` for *hơn/trên*, `nearly` for *gần*, `about`, `vague` for *hàng trăm*…),
#   `subject` and `in_name` (the number is part of a name: “1 triệu sáng kiến”).
# * `officials` / `official_roles` hold each mention of a person with a title; the
#   `official_titles` view gathers who held which title, first and last seen.
# * `pipeline.check.check_claim` is what `ldtd check` runs.
#
# The database is `$LDTD_DB` (default `data/ldtd.duckdb`), opened read-only; charts go to
# `$LDTD_FIGURES` (default `notebooks/figures/`).

# %%
from collections import defaultdict
from datetime import timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from _common import (connect, db_path, excerpt, print_table, rows, save, setup_plots, shorten, table, vietnamese_number,
                     vnd)

setup_plots()
con = connect()
print(f"database: {db_path()}")

# %% [markdown]
# ## Money
#
# Amounts in đồng (`kind = 'money'`, `unit = 'VND'`, value in đồng) written back the way the
# paper writes them, in *tỷ* (10⁹) or *triệu* (10⁶) đồng, with their qualifier: `more_than`
# is a floor (*trên 144 tỷ đồng*), `vague` an order of magnitude (*hàng trăm tỷ đồng*), never an
# exact figure. The sentence says what the money is.

# %%
money = rows(con, """
    SELECT f.figure_id, f.article_id, a.kind AS article_kind, f.surface, f.value, f.value_max,
           f.qualifier, f.change, f.subject, s.text AS sentence,
           f.char_start - s.char_start AS start_in_sentence, f.char_end - s.char_start AS end_in_sentence
    FROM figures f
    JOIN articles a USING (article_id)
    JOIN sentences s USING (article_id, sentence_idx)
    WHERE f.kind = 'money' AND f.unit = 'VND' AND NOT f.in_name
    ORDER BY f.value DESC NULLS LAST, f.article_id, f.char_start
""")
for record in money:
    record["amount"] = vnd(record["value"]) + (f" – {vnd(record['value_max'])}" if record["value_max"] else "")
    record["context"] = excerpt(record["sentence"], record["start_in_sentence"], record["end_in_sentence"], 75)
print_table(money, ["amount", "qualifier", "change", "surface", "article_id", "article_kind", "context"],
            max_width=80)

# %%
QUALIFIER_COLOURS = {"exact": "#1f77b4", "more_than": "#2ca02c", "at_least": "#17becf", "less_than": "#bcbd22",
                     "nearly": "#ff7f0e", "about": "#9467bd", "vague": "#7f7f7f"}
MAX_BARS = 25

# A log axis needs positive amounts; a figure whose value could not be read stays in the table only.
drawable = [r for r in money if r["value"] is not None and r["value"] > 0]
if drawable:
    shown = drawable[:MAX_BARS][::-1]
    fig, ax = plt.subplots(figsize=(13, max(3.5, 0.5 * len(shown) + 1.6)))
    for y, record in enumerate(shown):
        colour = QUALIFIER_COLOURS.get(record["qualifier"], "#333333")
        ax.barh(y, record["value"], color=colour, height=0.6, hatch="//" if record["qualifier"] == "vague" else None)
        change = {"increase": " ↑ tăng", "decrease": " ↓ giảm"}.get(record["change"], "")
        ax.text(record["value"] * 1.3, y, f"{record['amount']}{change}  ({record['qualifier']})", va="center",
                fontsize=8.5)
    ax.set_xscale("log")
    ax.set_xlim(left=min(r["value"] for r in shown) / 3, right=max(r["value"] for r in shown) * 1000)
    # Ticks in the words the paper uses rather than powers of ten.
    scale_ticks = [(1, "1 đồng"), (1e3, "1 nghìn"), (1e6, "1 triệu"), (1e9, "1 tỷ"), (1e12, "1 nghìn tỷ"),
                   (1e15, "1 triệu tỷ"), (1e18, "1 tỷ tỷ")]
    low, high = ax.get_xlim()
    ticks = [(v, t) for v, t in scale_ticks if low <= v <= high]
    ax.set_xticks([v for v, _ in ticks], [t for _, t in ticks])
    ax.minorticks_off()
    ax.set_yticks(range(len(shown)), [f"{excerpt(r['sentence'], r['start_in_sentence'], r['end_in_sentence'], 70)}"
                                      f"\n{r['article_id']}" for r in shown], fontsize=7.5)
    ax.set_xlabel("amount in đồng (log scale)")
    ax.set_title(f"Money figures in the corpus ({len(drawable)}; largest {len(shown)} shown)")
    ax.grid(axis="y", visible=False)
    used = sorted({r["qualifier"] for r in shown}, key=list(QUALIFIER_COLOURS).index)
    ax.legend([plt.Rectangle((0, 0), 1, 1, color=QUALIFIER_COLOURS[q]) for q in used], used, title="qualifier",
              fontsize=8, title_fontsize=8, loc="lower right")
    save(fig, "03_money_figures.png")
else:
    print("No money figures in this database: no chart.")

# %% [markdown]
# ## Counts per subject
#
# Counts (`kind = 'count'`) grouped on the counted noun (`unit`, lower-cased as the contract
# says), leaving out numbers inside names. Left: how many counts the corpus states of each
# noun. Right: the values themselves, one dot per figure on a log scale, coloured by qualifier —
# the same number twice (a figure repeated in the title, the sapo and the body) is one dot drawn
# over another; different values for one noun are different groups (*100 doanh nghiệp*, *30 quận*)
# or, if they should agree, a lead for the editor (see `figure_conflicts` below).

# %%
MAX_SUBJECTS = 20
counts = rows(con, """
    SELECT coalesce(f.unit, lower(f.subject), '(no noun)') AS noun, f.value, f.qualifier, f.subject, f.surface,
           f.article_id
    FROM figures f
    WHERE f.kind = 'count' AND NOT f.in_name AND f.value IS NOT NULL
""")
by_noun = defaultdict(list)
for record in counts:
    by_noun[record["noun"]].append(record)
ranked = sorted(by_noun, key=lambda n: (-len(by_noun[n]), n))[:MAX_SUBJECTS]
print_table([{"noun": n, "figures": len(by_noun[n]),
              "articles": len({r["article_id"] for r in by_noun[n]}),
              "values": ", ".join(sorted({f"{r['value']:,.0f}".replace(",", ".") for r in by_noun[n]},
                                         key=lambda v: float(v.replace(".", "")))),
              "subjects as written": "; ".join(sorted({r["subject"] or "" for r in by_noun[n]}))}
             for n in ranked], max_width=60, title=f"The {len(ranked)} most counted nouns")

# %%
if ranked:
    order = ranked[::-1]
    fig, (left, right) = plt.subplots(1, 2, sharey=True, figsize=(13, max(4, 0.38 * len(order) + 1.8)),
                                      gridspec_kw={"width_ratios": [1, 2]})
    left.barh(range(len(order)), [len(by_noun[n]) for n in order], color="#4c72b0")
    left.set_yticks(range(len(order)), order)
    left.set_xlabel("count figures stated")
    left.xaxis.get_major_locator().set_params(integer=True)
    left.set_title("How many counts, per noun")
    left.grid(axis="y", visible=False)
    for y, noun in enumerate(order):
        values = [r["value"] for r in by_noun[noun]]
        colours = [QUALIFIER_COLOURS.get(r["qualifier"], "#333333") for r in by_noun[noun]]
        right.scatter(values, [y] * len(values), c=colours, s=45, alpha=0.8, edgecolors="white", linewidths=0.5,
                      zorder=3)
        previous, above = None, False
        for value in sorted(set(values)):
            # Values close on the log scale take turns above and below their dots, so labels do not collide.
            above = not above if previous is not None and value / previous < 3 else True
            right.annotate(vietnamese_number(value), (value, y), xytext=(0, 6 if above else -11),
                           textcoords="offset points", ha="center", fontsize=7)
            previous = value
    right.set_xscale("log")
    right.xaxis.set_major_formatter(FuncFormatter(lambda value, _: vietnamese_number(value) if value >= 1 else ""))
    right.set_xlabel("value stated (log scale)")
    right.set_title("The values, one dot per figure")
    right.grid(axis="y", visible=False)
    used = sorted({r["qualifier"] for n in order for r in by_noun[n]}, key=list(QUALIFIER_COLOURS).index)
    right.legend([Line2D([], [], marker="o", linestyle="none", color=QUALIFIER_COLOURS[q]) for q in used], used,
                 title="qualifier", fontsize=8, title_fontsize=8, loc="lower right")
    fig.suptitle(f"Counts per subject (counted noun; top {len(order)} of {len(by_noun)})", fontweight="bold")
    save(fig, "03_counts_per_subject.png")
else:
    print("No count figures in this database: no chart.")

# %% [markdown]
# ### Figures that disagree
#
# The `figure_conflicts` view is an editor's review queue: figures in different articles about
# the same subject, of the same kind and unit, stated for overlapping periods, whose values differ
# beyond rounding. An empty queue is good news, not a failure.

# %%
table(con, """
    SELECT subject, kind, unit, surface_a, article_id_a, surface_b, article_id_b, period_start, period_end
    FROM figure_conflicts ORDER BY subject, period_start LIMIT 30
""", max_width=40)

# %% [markdown]
# ## Officials and their titles over time
#
# `official_titles` lists who held which title in which organisation, with the first and last
# day seen. The seed pages carry no publication date (`published_at` is NULL: never invented),
# so the view falls back on the latest date each article writes in full — a proxy for when the
# article appeared, good to a year or so. Titles of one person across articles line up on one
# row per title; a segment means the title was seen in articles of different dates.

# %%
titles = table(con, """
    SELECT name, title, coalesce(organization_expanded, organization) AS organization, first_seen, last_seen,
           n_articles, person_id
    FROM official_titles ORDER BY name, first_seen NULLS LAST, title
""", max_width=55)
table(con, "SELECT name, n_mentions, n_articles, person_id FROM persons ORDER BY n_articles DESC, n_mentions DESC, name",
      title="Persons (the same person across articles is one person_id)")

# %%
# One chart row per person, title and organisation as spelled out. The view already folds the
# spellings of one office (`LĐLĐ quận Thanh Xuân`, `Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân`);
# folding here too keeps one row each on a database whose view predates that.
merged: dict[tuple, dict] = {}
for record in titles:
    key = (record["person_id"], record["title"], record["organization"])
    seen = merged.setdefault(key, {**record, "first_seen": None, "last_seen": None})
    for end, pick in (("first_seen", min), ("last_seen", max)):
        if record[end] is not None:
            seen[end] = record[end] if seen[end] is None else pick(seen[end], record[end])
dated_titles = sorted((r for r in merged.values() if r["first_seen"] is not None),
                      key=lambda r: (r["name"], r["first_seen"], r["title"]))
undated_titles = [r for r in merged.values() if r["first_seen"] is None]
print_table(undated_titles, ["name", "title", "organization", "n_articles"], max_width=60,
            title="Titles seen only in articles that write no full date (not on the chart)")

# %%
if dated_titles:
    order = dated_titles[::-1]
    people = sorted({r["name"] for r in order})
    palette = plt.get_cmap("tab20")
    colour_of = {name: palette(i % 20) for i, name in enumerate(people)}
    fig, ax = plt.subplots(figsize=(13, max(4, 0.42 * len(order) + 1.8)))
    for y, record in enumerate(order):
        colour = colour_of[record["name"]]
        first, last = record["first_seen"], record["last_seen"]
        ax.plot([first, last], [y, y], color=colour, linewidth=3, solid_capstyle="round")
        ax.plot([first, last], [y, y], marker="o", linestyle="none", color=colour, markersize=7)
        seen = f"{first:%d/%m/%Y}" + (f" – {last:%d/%m/%Y}" if last != first else "")
        ax.annotate(seen, (last, y), xytext=(8, 0), textcoords="offset points", va="center", fontsize=7.5)

    def title_label(record: dict) -> str:
        office = shorten(record["title"], 34)
        if record["organization"]:
            office += f", {shorten(record['organization'], 38)}"
        return f"{record['name']} — {office}"

    ax.set_yticks(range(len(order)), [title_label(r) for r in order], fontsize=8)
    first_day = min(r["first_seen"] for r in order)
    last_day = max(r["last_seen"] for r in order)
    pad = max((last_day - first_day) * 0.08, timedelta(days=60))
    # Wider on the right: the dates are written after the last dot.
    ax.set_xlim(first_day - pad, last_day + 2.5 * pad)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel("seen on (publication date, else the latest full date the article writes)")
    ax.set_title(f"Officials and their titles, first to last seen ({len(people)} people, {len(order)} titles)")
    ax.grid(axis="y", visible=False)
    save(fig, "03_official_titles.png")
else:
    print("No official title has a date in this database: see the tables above.")

# %% [markdown]
# ## A worked fact-check
#
# A claim as a reader might write it. `check_claim` runs the same extractors over the claim as
# over the articles, then looks for stored figures of the same kind and unit whose subject shares
# its words, ranked by subject overlap, time overlap and outlet. The verdict is `supported`,
# `differs` (the corpus says something else: its value is shown) or `not_found`.

# %%
from pipeline.check import check_claim  # noqa: E402  (imported here: it loads the NLP models)

CLAIM = "Hội thi thợ giỏi thành phố Hà Nội năm 2023 có 363 thí sinh tham gia"
report = check_claim(CLAIM, db_path())
print(f"claim: {report.claim}")
print(f"dates in the claim: {report.claim_dates or 'none'}")
for verdict in report.figures:
    print(f"\n{verdict.verdict.upper()}: {verdict.claim_surface} "
          f"(value {verdict.claim_value:,.0f}, unit {verdict.claim_unit}, qualifier {verdict.claim_qualifier})")
    best = verdict.best
    if best is None:
        print("  no figure in the corpus about this subject")
        continue
    start, end = best.highlight
    print(f"  source sentence: {excerpt(best.sentence, start, end, width=10_000)}")
    print(f"  article: {best.title} ({best.article_id}, {best.kind}, outlet {best.outlet or 'unknown'}, "
          f"published {best.published_at or 'date unknown'}, {best.url or 'no url'})")
    print(f"  corpus figure: {best.surface} = {best.value:,.0f} {best.unit or ''}, qualifier {best.qualifier}, "
          f"subject {best.subject!r}")
    print_table([{"sentence": excerpt(m.sentence, *m.highlight, 70), "surface": m.surface, "consistent": m.consistent,
                  "subject_score": m.subject_score, "article_id": m.article_id} for m in verdict.others],
                max_width=70, title="  other candidates, best first")
for official in report.officials:
    print(f"\n{official.verdict.upper()}: {official.name}: {', '.join(official.claimed_titles)}")

# %% [markdown]
# From the verdict back to the words: the figure's span, cut out of the stored article text, is
# exactly its surface — the check a journalist can run in SQL before quoting the corpus.

# %%
supported = [v.best for v in report.figures if v.best is not None]
for match in supported:
    table(con, """
        SELECT a.article_id, a.title, s.sentence_idx, s.section,
               substr(a.text, ? + 1, ? - ?) AS span_in_text, ? AS surface,
               substr(a.text, ? + 1, ? - ?) = ? AS span_matches
        FROM articles a JOIN sentences s ON s.article_id = a.article_id AND s.char_start <= ? AND ? <= s.char_end
        WHERE a.article_id = ?
    """, [match.char_start, match.char_end, match.char_start, match.surface,
          match.char_start, match.char_end, match.char_start, match.surface,
          match.char_start, match.char_end, match.article_id], max_width=60)

# %% [markdown]
# The same claim with a wrong number: the check finds the same sentence and says what it says.

# %%
wrong = check_claim(CLAIM.replace("363", "400"), db_path())
for verdict in wrong.figures:
    best = verdict.best
    said = f" — the corpus says {best.surface}: “{excerpt(best.sentence, *best.highlight, 90)}”" if best else ""
    print(f"{verdict.verdict.upper()}: {verdict.claim_surface} {verdict.claim_unit or ''}{said}")

# %%
con.close()
