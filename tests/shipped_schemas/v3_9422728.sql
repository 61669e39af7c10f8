-- The ldtd store: every table a researcher queries, in one place.
-- Names follow ../shared/spec/CONTRACT.md; columns beyond the contract are marked "extra".
-- Offsets are 0-based, half-open, in characters of articles.text, so that for every fact row
--   substr(a.text, f.char_start + 1, f.char_end - f.char_start) = f.surface

CREATE TABLE IF NOT EXISTS runs (
    run_id        VARCHAR PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,            -- NULL while running, or when the run was killed
    version       VARCHAR NOT NULL,
    n_input       INTEGER DEFAULT 0,
    n_new         INTEGER DEFAULT 0,
    n_changed     INTEGER DEFAULT 0,
    n_unchanged   INTEGER DEFAULT 0,
    n_quarantined INTEGER DEFAULT 0,
    n_teasers     INTEGER DEFAULT 0,    -- extra: teaser rows written by this run
    n_duplicates  INTEGER DEFAULT 0,    -- extra: inputs whose content was already stored under another id
    args          VARCHAR               -- extra: the command line
);

-- One row per input unit (a file, or one line of a JSONL file): lets a re-run skip what has not
-- changed before parsing it, and remembers inputs already quarantined.
CREATE TABLE IF NOT EXISTS sources (
    source_path    VARCHAR PRIMARY KEY,
    source_sha256  VARCHAR NOT NULL,    -- of the raw bytes
    pipeline_version VARCHAR NOT NULL,  -- a new version re-extracts everything
    status         VARCHAR NOT NULL,    -- 'stored', 'duplicate', 'quarantined'
    article_id     VARCHAR,             -- the host article made from it
    run_id         VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,
    source_path     VARCHAR,
    url             VARCHAR,
    outlet          VARCHAR,
    title           VARCHAR,
    sapo            VARCHAR,
    byline          VARCHAR,
    published_at    TIMESTAMP,
    kind            VARCHAR NOT NULL,   -- 'article' or 'teaser'
    host_article_id VARCHAR,
    crawled_at      TIMESTAMP,
    text            VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    n_sentences     INTEGER NOT NULL,
    run_id          VARCHAR NOT NULL,
    encoding        VARCHAR,            -- extra: how the input was decoded ('utf-8', 'windows-1258', ...)
    repairs         VARCHAR[],          -- extra: what ingest repaired ('nfc', 'windows-1258', ...)
    pipeline_version VARCHAR            -- extra: the code that extracted its facts
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id    VARCHAR NOT NULL,
    sentence_idx  INTEGER NOT NULL,
    paragraph_idx INTEGER NOT NULL,
    section       VARCHAR NOT NULL,     -- 'title', 'sapo', 'body', 'caption'
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    tokens        VARCHAR[] NOT NULL,
    PRIMARY KEY (article_id, sentence_idx)
);

CREATE TABLE IF NOT EXISTS related_links (
    article_id VARCHAR NOT NULL,        -- the host page
    position   INTEGER NOT NULL,        -- order on the page, across blocks
    block      VARCHAR NOT NULL,        -- 'related', 'Nên xem', 'Tin khác', ...
    title      VARCHAR NOT NULL,
    teaser_id  VARCHAR,                 -- extra: the teaser article this heading introduces
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS quarantine (
    run_id      VARCHAR NOT NULL,
    source_path VARCHAR NOT NULL,
    stage       VARCHAR NOT NULL,       -- 'ingest', 'clean', 'tokenise', 'extract', 'store'
    error       VARCHAR NOT NULL,
    quarantined_at TIMESTAMP DEFAULT current_timestamp,  -- extra
    source_sha256 VARCHAR                                -- extra
);

-- ---------------------------------------------------------------- facts
CREATE TABLE IF NOT EXISTS figures (
    figure_id    VARCHAR PRIMARY KEY,
    article_id   VARCHAR NOT NULL,
    sentence_idx INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    surface      VARCHAR NOT NULL,
    value        DOUBLE,
    value_max    DOUBLE,
    denominator  DOUBLE,
    kind         VARCHAR NOT NULL,
    unit         VARCHAR,
    qualifier    VARCHAR NOT NULL,
    change       VARCHAR,
    subject      VARCHAR,
    in_name      BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS dates (
    date_id       VARCHAR PRIMARY KEY,
    article_id    VARCHAR NOT NULL,
    sentence_idx  INTEGER NOT NULL,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    surface       VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,     -- 'date', 'range', 'term'
    start_date    DATE NOT NULL,
    end_date      DATE NOT NULL,
    granularity   VARCHAR NOT NULL,     -- 'day', 'month', 'quarter', 'year'
    year_inferred BOOLEAN NOT NULL,
    calendar      VARCHAR NOT NULL,     -- 'gregorian', 'lunar'
    relative      BOOLEAN NOT NULL DEFAULT FALSE  -- extra: resolved from 'hôm nay', 'sáng nay', ...
);

CREATE TABLE IF NOT EXISTS officials (
    mention_id   VARCHAR PRIMARY KEY,
    article_id   VARCHAR NOT NULL,
    sentence_idx INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    surface      VARCHAR NOT NULL,
    person_id    VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    honorific    VARCHAR,
    role_text    VARCHAR
);

CREATE TABLE IF NOT EXISTS official_roles (
    mention_id            VARCHAR NOT NULL,
    article_id            VARCHAR NOT NULL,   -- extra: lets a changed article replace its rows
    person_id             VARCHAR NOT NULL,
    title                 VARCHAR NOT NULL,
    organization          VARCHAR,
    organization_expanded VARCHAR,
    role_idx              INTEGER NOT NULL    -- extra: order within the mention
);

CREATE TABLE IF NOT EXISTS documents (
    document_id  VARCHAR PRIMARY KEY,
    article_id   VARCHAR NOT NULL,
    sentence_idx INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    surface      VARCHAR NOT NULL,
    doc_type     VARCHAR NOT NULL,
    number       VARCHAR,
    issued_on    DATE,
    issuer       VARCHAR,
    title        VARCHAR
);

CREATE TABLE IF NOT EXISTS campaigns (
    campaign_id   VARCHAR PRIMARY KEY,
    article_id    VARCHAR NOT NULL,
    sentence_idx  INTEGER NOT NULL,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    surface       VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    phase         INTEGER,
    theme         VARCHAR,
    start_date    DATE,
    end_date      DATE,
    duration_days INTEGER,
    stated_duration_days INTEGER,       -- extra: 'Sau 150 ngày' as written
    duration_mismatch BOOLEAN NOT NULL DEFAULT FALSE,  -- extra: stated and computed differ by > 7 days
    organizer     VARCHAR,
    document_id   VARCHAR
);

CREATE TABLE IF NOT EXISTS campaign_mentions (
    campaign_id  VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    sentence_idx INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    surface      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS abbreviations (
    abbr         VARCHAR NOT NULL,
    expansion    VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,      -- 'defined' or 'lexicon'
    sentence_idx INTEGER,               -- extra: where it is defined or first used
    char_start   INTEGER,
    char_end     INTEGER,
    surface      VARCHAR
);

-- ---------------------------------------------------------------- views
CREATE OR REPLACE VIEW persons AS
SELECT person_id,
       mode(name)                  AS name,
       count(*)                    AS n_mentions,
       count(DISTINCT article_id)  AS n_articles
FROM officials
GROUP BY person_id;

CREATE OR REPLACE VIEW article_facts AS
SELECT a.article_id, a.kind, a.outlet, a.title,
       (SELECT count(*) FROM figures f WHERE f.article_id = a.article_id)   AS n_figures,
       (SELECT count(*) FROM dates d WHERE d.article_id = a.article_id)     AS n_dates,
       (SELECT count(*) FROM officials o WHERE o.article_id = a.article_id) AS n_officials,
       (SELECT count(*) FROM campaigns c WHERE c.article_id = a.article_id) AS n_campaigns,
       (SELECT count(*) FROM documents d WHERE d.article_id = a.article_id) AS n_documents
FROM articles a;

-- Who held which title, with the first and last date seen: the article's published_at, else
-- (crawls without dates) the latest date the article itself states with its year written.
-- Spellings of one organisation (`LĐLĐ thành phố Hà Nội`, `Liên đoàn Lao động (LĐLĐ) thành phố Hà
-- Nội`) are one row through their expansion, compared case-insensitively.
CREATE OR REPLACE VIEW official_titles AS
WITH article_day AS (
    SELECT a.article_id,
           coalesce(CAST(a.published_at AS DATE),
                    (SELECT max(d.end_date) FROM dates d
                      WHERE d.article_id = a.article_id AND d.kind = 'date'
                        AND NOT d.year_inferred)) AS seen_on
    FROM articles a
)
SELECT r.person_id,
       p.name,
       r.title,
       mode(r.organization)          AS organization,
       mode(r.organization_expanded) AS organization_expanded,
       min(ad.seen_on)               AS first_seen,
       max(ad.seen_on)               AS last_seen,
       count(DISTINCT o.article_id)  AS n_articles,
       count(*)                      AS n_mentions
FROM official_roles r
JOIN officials o USING (mention_id)
JOIN persons p ON p.person_id = r.person_id
JOIN article_day ad ON ad.article_id = o.article_id
GROUP BY r.person_id, p.name, r.title, lower(replace(coalesce(r.organization_expanded, r.organization, ''), ' ', ''));

-- An editor's review queue: figures in different articles about the same subject (tone-folded),
-- with the same kind and unit, stated for overlapping periods (dates in their sentences), whose
-- values disagree beyond rounding. Vague amounts and numbers inside names are left out.
CREATE OR REPLACE VIEW figure_conflicts AS
WITH keyed AS (
    SELECT f.*, strip_accents(replace(lower(trim(coalesce(f.subject, f.unit))), 'đ', 'd')) AS subject_key
    FROM figures f
    WHERE NOT f.in_name AND f.value IS NOT NULL AND f.qualifier <> 'vague'
      AND coalesce(f.subject, f.unit) IS NOT NULL
),
dated AS (
    SELECT k.figure_id, d.start_date, d.end_date
    FROM keyed k JOIN dates d USING (article_id, sentence_idx)
)
SELECT a.subject_key                      AS subject,
       a.kind, a.unit,
       a.figure_id                        AS figure_id_a,
       a.article_id                       AS article_id_a,
       a.surface                          AS surface_a,
       a.value                            AS value_a,
       a.qualifier                        AS qualifier_a,
       b.figure_id                        AS figure_id_b,
       b.article_id                       AS article_id_b,
       b.surface                          AS surface_b,
       b.value                            AS value_b,
       b.qualifier                        AS qualifier_b,
       max(greatest(da.start_date, db.start_date)) AS period_start,
       min(least(da.end_date, db.end_date))        AS period_end
FROM keyed a
JOIN keyed b
  ON a.subject_key = b.subject_key AND a.kind = b.kind AND a.unit IS NOT DISTINCT FROM b.unit
 AND a.article_id < b.article_id
JOIN dated da ON da.figure_id = a.figure_id
JOIN dated db ON db.figure_id = b.figure_id
WHERE da.start_date <= db.end_date AND db.start_date <= da.end_date
  AND abs(a.value - b.value) > 0.005 * greatest(abs(a.value), abs(b.value))
GROUP BY ALL;
