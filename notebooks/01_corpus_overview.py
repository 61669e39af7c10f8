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
# # 01 · What is in the database
#
# A first look at an `ldtd` database, the way a researcher would take stock before asking it
# anything: which runs built it, how many articles and teasers came from which outlet, how
# their sentences split into title, sapo, body and captions, which inputs were refused and why,
# and how many facts of each type every article gave.
#
# Everything here is plain SQL over DuckDB, opened **read-only**. The database is `$LDTD_DB`
# (default `data/ldtd.duckdb`, relative to the repository root); charts go to `$LDTD_FIGURES`
# (default `notebooks/figures/`). Run it with `python notebooks/01_corpus_overview.py`, or open
# it in Jupyter after `jupytext --to notebook notebooks/01_corpus_overview.py`.

# %%
import matplotlib.pyplot as plt

from _common import connect, db_path, print_table, rows, save, setup_plots, shorten, table

setup_plots()
con = connect()
print(f"database: {db_path()}")

# %% [markdown]
# ## The runs that built it
#
# Each `ldtd extract` is one row of `runs`: how many inputs it saw, how many were new, changed,
# unchanged (skipped by their hash), duplicates of stored content, or quarantined.

# %%
table(con, """
    SELECT run_id, started_at, finished_at, version, n_input, n_new, n_changed, n_unchanged,
           n_duplicates, n_quarantined, n_teasers
    FROM runs ORDER BY started_at DESC LIMIT 10
""")
table(con, "SELECT status, count(*) AS inputs FROM sources GROUP BY status ORDER BY inputs DESC",
      title="Inputs by what became of them (sources.status)")

# %% [markdown]
# ## Articles and teasers per outlet
#
# A crawled page holds one host article (`kind = 'article'`) and, in its *Nên xem* / *Tin khác*
# blocks, teasers of other articles: a headline and a summary, each stored as an article of its
# own (`kind = 'teaser'`, with `host_article_id`). The outlet is read from the lede marker:
# `(LĐTĐ)`, or another one such as `NBCN`; NULL when there is none.

# %%
table(con, """
    SELECT coalesce(outlet, '(none)')                AS outlet,
           count(*) FILTER (WHERE kind = 'article')  AS articles,
           count(*) FILTER (WHERE kind = 'teaser')   AS teasers,
           count(*)                                   AS total
    FROM articles GROUP BY ALL ORDER BY total DESC, outlet
""")

# %% [markdown]
# Each host page, with what it carried besides its own text: the line of related headlines
# after the sapo (`related_links.block = 'related'`) and its teasers.

# %%
table(con, """
    SELECT a.article_id, a.outlet, a.title, a.byline, a.n_sentences,
           (SELECT count(*) FROM articles t WHERE t.host_article_id = a.article_id)       AS teasers,
           (SELECT count(*) FROM related_links l
             WHERE l.article_id = a.article_id AND l.block = 'related')                   AS related_headlines
    FROM articles a WHERE a.kind = 'article'
    ORDER BY a.article_id LIMIT 30
""", max_width=50)
table(con, """
    SELECT block, count(*) AS headings, count(teaser_id) AS with_teaser_row
    FROM related_links GROUP BY block ORDER BY headings DESC
""", title="Headings of the related/teaser blocks (related_links)")

# %% [markdown]
# ## Sentences per section
#
# `sentences.section` says where a sentence stands on the page. Captions are kept apart so a
# figure read under a photo can be told from one in the body.

# %%
sections = table(con, """
    SELECT section,
           count(*) FILTER (WHERE a.kind = 'article')                    AS in_articles,
           count(*) FILTER (WHERE a.kind = 'teaser')                     AS in_teasers,
           count(*)                                                      AS total,
           round(avg(length(s.text)), 1)                                 AS mean_chars
    FROM sentences s JOIN articles a USING (article_id)
    GROUP BY section
    ORDER BY array_position(['title', 'sapo', 'body', 'caption'], section), section
""")

# %% [markdown]
# ## Quarantined inputs
#
# An input that cannot be read (empty, binary, unknown encoding, broken HTML, too large, a JSONL
# line that is not JSON) is not stored: it gets a row in `quarantine` with the stage that refused
# it and why, and the batch goes on. An empty table here means every input was read.

# %%
table(con, """
    SELECT run_id, source_path, stage, error, quarantined_at
    FROM quarantine ORDER BY quarantined_at DESC, source_path LIMIT 50
""", max_width=70)
table(con, """
    SELECT stage, regexp_replace(error, '^[^:]*: ', '') AS reason, count(*) AS inputs
    FROM quarantine GROUP BY ALL ORDER BY inputs DESC LIMIT 20
""", max_width=70, title="Why, grouped")

# %% [markdown]
# ## Every fact points at its words
#
# The contract promises that each fact's span, cut out of `articles.text`, is exactly its
# `surface`. A researcher can check it in SQL before trusting any number; every count of
# mismatches below should be 0.

# %%
FACT_TABLES = ["figures", "dates", "officials", "documents", "campaigns", "campaign_mentions"]
span_checks = [
    rows(con, f"""
        SELECT '{name}' AS fact_table, count(*) AS facts,
               count(*) FILTER (WHERE substr(a.text, f.char_start + 1, f.char_end - f.char_start) <> f.surface)
                   AS span_mismatches
        FROM {name} f JOIN articles a USING (article_id)
    """)[0]
    for name in FACT_TABLES
]
print_table(span_checks)

# %% [markdown]
# ## Facts per article, by type
#
# The `article_facts` view counts each article's facts; abbreviations are added from their
# table. Left: the host articles with the most facts, one bar each, split by type. Right: the
# mean per article, host articles against teasers (a teaser is a headline and two sentences, so
# it carries far fewer).

# %%
FACT_TYPES = ["figures", "dates", "officials", "campaigns", "documents", "abbreviations"]
COLOURS = dict(zip(FACT_TYPES, ["#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#d62728", "#8c564b"]))
MAX_BARS = 15

facts = rows(con, """
    SELECT f.article_id, f.kind, f.title, f.n_figures AS figures, f.n_dates AS dates,
           f.n_officials AS officials, f.n_campaigns AS campaigns, f.n_documents AS documents,
           (SELECT count(*) FROM abbreviations b WHERE b.article_id = f.article_id) AS abbreviations
    FROM article_facts f
""")
for record in facts:
    record["total"] = sum(record[t] for t in FACT_TYPES)

hosts = sorted((r for r in facts if r["kind"] == "article"), key=lambda r: (-r["total"], r["article_id"]))
print_table(hosts[:MAX_BARS], ["article_id", "title", "total", *FACT_TYPES], max_width=45,
            title=f"Host articles with the most facts (top {MAX_BARS})")

means = {}
for kind in ("article", "teaser"):
    group = [r for r in facts if r["kind"] == kind]
    means[kind] = {t: (sum(r[t] for r in group) / len(group) if group else 0.0) for t in FACT_TYPES}
    means[kind]["n"] = len(group)
print_table([{"kind": k, "articles": v["n"], **{t: round(v[t], 2) for t in FACT_TYPES}} for k, v in means.items()],
            title="Mean facts per article")

# %%
if hosts:
    shown = hosts[:MAX_BARS][::-1]  # barh draws bottom-up: the richest article on top
    fig, (left, right) = plt.subplots(1, 2, figsize=(15, max(4.5, 0.55 * len(shown) + 2)),
                                      gridspec_kw={"width_ratios": [2.2, 1]})
    offsets = [0] * len(shown)
    labels = [f"{shorten(r['title'], 55)}\n{r['article_id']}" for r in shown]
    for fact_type in FACT_TYPES:
        values = [r[fact_type] for r in shown]
        left.barh(range(len(shown)), values, left=offsets, color=COLOURS[fact_type], label=fact_type)
        offsets = [o + v for o, v in zip(offsets, values)]
    for y, total in enumerate(offsets):
        left.text(total + 0.3, y, str(total), va="center", fontsize=9)
    left.set_yticks(range(len(shown)), labels, fontsize=8)
    left.set_xlabel("facts extracted from the article's own text")
    left.set_title(f"Facts per host article, by type ({len(shown)} of {len(hosts)} articles, most facts first)")
    left.legend(loc="lower right", fontsize=8)
    left.grid(axis="y", visible=False)

    width = 0.38
    positions = range(len(FACT_TYPES))
    for shift, kind, colour in ((-width / 2, "article", "#4c72b0"), (width / 2, "teaser", "#dd8452")):
        right.bar([p + shift for p in positions], [means[kind][t] for t in FACT_TYPES], width,
                  color=colour, label=f"{kind}s (n = {means[kind]['n']})")
    right.set_xticks(list(positions), FACT_TYPES, rotation=30, ha="right")
    right.set_ylabel("mean facts per article")
    right.set_title("Mean facts per article: host articles vs teasers")
    right.legend(fontsize=8)
    right.grid(axis="x", visible=False)
    save(fig, "01_facts_per_article.png")
else:
    print("No host article in this database: no chart.")

# %%
con.close()
