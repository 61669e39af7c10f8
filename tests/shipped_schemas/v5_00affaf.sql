-- The ldtd store: every table a researcher queries, in one place.
-- Names follow ../shared/spec/CONTRACT.md; columns beyond the contract are marked "extra".
-- Offsets are 0-based, half-open, in characters of articles.text, so that for every fact row
--   substr(a.text, f.char_start + 1, f.char_end - f.char_start) = f.surface
-- Ids of facts are unique by construction (stable hashes of article, span and kind). Only the
-- small tables carry PRIMARY KEY constraints: DuckDB keeps those indexes in memory, and on the
-- sentence and fact tables they made the writer's memory grow with the corpus.
--
-- Descriptions: the comment lines right above a CREATE describe the table or view; the comment
-- at the end of a column's line (continued on comment-only lines below it) describes the column;
-- a view's columns are described above it, one `--   column: text` line each. The store makes
-- them DuckDB COMMENTs, so `SELECT table_name, column_name, comment FROM duckdb_columns()`
-- documents the schema. A change to a table here needs a migration (pipeline/migrate.py).

-- The schema version of this database: a row when it is created, one per migration since
-- (pipeline/migrate.py lists them), and one each time a changed schema.sql is applied again. The
-- highest version is the database's; an ldtd refuses a database whose version is newer than its own.
CREATE TABLE IF NOT EXISTS schema_versions (
    version       INTEGER NOT NULL,     -- the schema version reached
    applied_at    TIMESTAMP NOT NULL,   -- when
    ldtd_version  VARCHAR NOT NULL,     -- the ldtd release that wrote the row
    change        VARCHAR NOT NULL,     -- 'created', or what changed
    schema_sha256 VARCHAR NOT NULL      -- of the schemas/schema.sql applied
);

-- One row per `ldtd extract` run, with what it did to each input.
CREATE TABLE IF NOT EXISTS runs (
    run_id        VARCHAR PRIMARY KEY,  -- id of the run; every row written by it carries it
    started_at    TIMESTAMP NOT NULL,   -- when the run started
    finished_at   TIMESTAMP,            -- NULL while running, or when the run was killed
    version       VARCHAR NOT NULL,     -- the extraction code: ldtd release + fingerprint of code and lexicons
    n_input       INTEGER DEFAULT 0,    -- inputs seen (a file, or one line of a JSONL file)
    n_new         INTEGER DEFAULT 0,    -- inputs whose article was not stored before
    n_changed     INTEGER DEFAULT 0,    -- inputs whose article was stored and was replaced (new text or new code)
    n_unchanged   INTEGER DEFAULT 0,    -- inputs skipped: same bytes, same code
    n_quarantined INTEGER DEFAULT 0,    -- inputs refused by this run (see quarantine)
    n_teasers     INTEGER DEFAULT 0,    -- extra: teaser rows written by this run
    n_duplicates  INTEGER DEFAULT 0,    -- extra: inputs whose content was already stored under another id
    args          VARCHAR               -- extra: the command line
);

-- One row per input unit (a file, or one line of a JSONL file): lets a re-run skip what has not
-- changed before parsing it, and remembers inputs already quarantined.
CREATE TABLE IF NOT EXISTS sources (
    source_path    VARCHAR PRIMARY KEY, -- the input: a path (relative to where ldtd ran, when inside it), `#L<n>` for a JSONL line
    source_sha256  VARCHAR NOT NULL,    -- of the raw bytes
    pipeline_version VARCHAR NOT NULL,  -- a new version re-extracts everything
    status         VARCHAR NOT NULL,    -- 'stored', 'duplicate', 'quarantined'
    article_id     VARCHAR,             -- the host article made from it
    run_id         VARCHAR NOT NULL     -- the run that last handled it
);

-- Bytes of a stored input that ingest could not decode or would not keep: each run of
-- undecodable bytes became one U+FFFD in the text, each control character (NUL, ESC, ...) was
-- dropped. An input with more such bytes than ingest repairs (REPAIR_LIMIT of pipeline/ingest.py,
-- given in the README) is quarantined instead. The rows describe the input's bytes as last read.
CREATE TABLE IF NOT EXISTS repairs (
    source_path   VARCHAR NOT NULL,     -- the input (sources.source_path)
    byte_offset   BIGINT NOT NULL,      -- where the bytes start: 0-based offset in the input's raw bytes (in its line, for a JSONL line)
    bytes_hex     VARCHAR NOT NULL,     -- the bytes found there, in hex ('ff', 'e1bb', '00'; '5c7530303030' for the JSON escape \u0000)
    action        VARCHAR NOT NULL,     -- 'replaced' (by one U+FFFD) or 'dropped'
    reason        VARCHAR NOT NULL,     -- why: 'not utf-8', 'not windows-1258', 'control character', 'control character (JSON escape)'
    run_id        VARCHAR NOT NULL      -- the run that read the input
);

-- One row per distinct article (the same content twice is one row); teasers are articles of
-- their own, with kind = 'teaser'.
CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY, -- stable id: derived from the url, else the source path (a teaser's from its content)
    source_path     VARCHAR,            -- the input it was read from
    url             VARCHAR,            -- from the JSONL record or the manifest; NULL when not given
    outlet          VARCHAR,            -- 'LĐTĐ' when the lede starts with (LĐTĐ); else the marker found ('NBCN', 'TTXVN', ...), or NULL
    title           VARCHAR,            -- the headline
    sapo            VARCHAR,            -- the lede: `(LĐTĐ) …`
    byline          VARCHAR,            -- the author line (`Phạm Diệp (Thực hiện)`), never an official
    published_at    TIMESTAMP,          -- from the record, the manifest or the page's timestamp line; NULL when unknown, never invented
    kind            VARCHAR NOT NULL,   -- 'article' or 'teaser'
    host_article_id VARCHAR,            -- a teaser's host page; NULL for articles
    crawled_at      TIMESTAMP,          -- when the page was crawled, when the record or manifest says
    text            VARCHAR NOT NULL,   -- the cleaned article (NFC): title, sapo, body and captions; every fact's offsets count characters of it
    content_sha256  VARCHAR NOT NULL,   -- of text: the same article from two inputs is stored once
    n_sentences     INTEGER NOT NULL,   -- rows in sentences
    run_id          VARCHAR NOT NULL,   -- the run that wrote it
    encoding        VARCHAR,            -- extra: how the input was decoded ('utf-8', 'windows-1258', ...)
    repairs         VARCHAR[],          -- extra: what ingest repaired ('nfc', 'windows-1258', 'replaced-bytes', 'dropped-controls'; bytes in the repairs table)
    pipeline_version VARCHAR            -- extra: the code that extracted its facts
);

-- The sentences of each article, in order, with their underthesea words.
CREATE TABLE IF NOT EXISTS sentences (
    article_id    VARCHAR NOT NULL,     -- the article
    sentence_idx  INTEGER NOT NULL,     -- 0-based position in the article; facts point at it
    paragraph_idx INTEGER NOT NULL,     -- 0-based paragraph of the article it is in
    section       VARCHAR NOT NULL,     -- 'title', 'sapo', 'body', 'caption'
    char_start    INTEGER NOT NULL,     -- where it starts in articles.text (0-based)
    char_end      INTEGER NOT NULL,     -- where it ends in articles.text (exclusive)
    text          VARCHAR NOT NULL,     -- the sentence: substr(articles.text, char_start + 1, char_end - char_start)
    tokens        VARCHAR[] NOT NULL    -- underthesea words; a multi-syllable word keeps its space ('phát động')
);

-- The headlines a page shows after its sapo and in its teaser blocks. None of this text is in
-- the host's articles.text, and no fact of the host comes from it.
CREATE TABLE IF NOT EXISTS related_links (
    article_id VARCHAR NOT NULL,        -- the host page
    position   INTEGER NOT NULL,        -- order on the page, across blocks
    block      VARCHAR NOT NULL,        -- 'related', 'Nên xem', 'Tin khác', ...
    title      VARCHAR NOT NULL,        -- the headline as written
    teaser_id  VARCHAR                  -- extra: the teaser article this heading introduces
);

-- Inputs refused, with the reason and what to do; the batch went on without them.
CREATE TABLE IF NOT EXISTS quarantine (
    run_id      VARCHAR NOT NULL,       -- the run that refused it
    source_path VARCHAR NOT NULL,       -- the input
    stage       VARCHAR NOT NULL,       -- 'ingest', 'clean', 'tokenise', 'extract', 'store'
    error       VARCHAR NOT NULL,       -- why, and what to do about it
    quarantined_at TIMESTAMP DEFAULT current_timestamp,  -- extra: when
    source_sha256 VARCHAR                                -- extra: of the raw bytes refused
);

-- Numbers the articles state: counts, money, percentages, ratios, ranks, durations.
CREATE TABLE IF NOT EXISTS figures (
    figure_id    VARCHAR NOT NULL,      -- stable id of the figure
    article_id   VARCHAR NOT NULL,      -- the article
    sentence_idx INTEGER NOT NULL,      -- the sentence (sentences.sentence_idx)
    char_start   INTEGER NOT NULL,      -- where the words start in articles.text (0-based)
    char_end     INTEGER NOT NULL,      -- where they end (exclusive)
    surface      VARCHAR NOT NULL,      -- the words as written ('trên 144 tỷ đồng')
    value        DOUBLE,                -- the number, normalised ('2,9 tỷ đồng' is 2900000000; a range's low end)
    value_max    DOUBLE,                -- a range's high end ('10 - 15%'), else NULL
    denominator  DOUBLE,                -- a ratio's second number ('8.563/8.563'), else NULL
    kind         VARCHAR NOT NULL,      -- 'count', 'money', 'percent', 'ratio', 'rank', 'duration', 'ordinal', 'measure'
    unit         VARCHAR,               -- 'VND' for đồng (value in đồng), '%', or for a count the noun as written, lower-cased ('thí sinh')
    qualifier    VARCHAR NOT NULL,      -- 'exact', 'more_than' (hơn, trên), 'at_least', 'less_than', 'at_most', 'nearly' (gần), 'about' (khoảng, ước), 'vague' (hàng nghìn)
    change       VARCHAR,               -- 'increase' (tăng), 'decrease' (giảm), else NULL
    subject      VARCHAR,               -- what is counted or measured, as written
    in_name      BOOLEAN NOT NULL       -- TRUE when the number is part of a name or a quoted title ('1 triệu sáng kiến', Cụm thi đua số 6)
);

-- Dates and periods the articles state, resolved to calendar days.
CREATE TABLE IF NOT EXISTS dates (
    date_id       VARCHAR NOT NULL,     -- stable id of the date
    article_id    VARCHAR NOT NULL,     -- the article
    sentence_idx  INTEGER NOT NULL,     -- the sentence (sentences.sentence_idx)
    char_start    INTEGER NOT NULL,     -- where the words start in articles.text (0-based)
    char_end      INTEGER NOT NULL,     -- where they end (exclusive)
    surface       VARCHAR NOT NULL,     -- the words as written ('từ ngày 1/5 đến 30/9/2023')
    kind          VARCHAR NOT NULL,     -- 'date', 'range', 'term'
    start_date    DATE NOT NULL,        -- first day ('tháng 5/2023' starts 2023-05-01)
    end_date      DATE NOT NULL,        -- last day (= start_date for one day)
    granularity   VARCHAR NOT NULL,     -- 'day', 'month', 'quarter', 'year'
    year_inferred BOOLEAN NOT NULL,     -- TRUE when the year was not written next to it (taken from published_at or the article)
    calendar      VARCHAR NOT NULL,     -- 'gregorian', 'lunar'
    relative      BOOLEAN NOT NULL DEFAULT FALSE  -- extra: resolved from 'hôm nay', 'sáng nay', ...
);

-- Mentions of a person with a title: one row per mention; the roles are in official_roles.
CREATE TABLE IF NOT EXISTS officials (
    mention_id   VARCHAR NOT NULL,      -- stable id of the mention
    article_id   VARCHAR NOT NULL,      -- the article
    sentence_idx INTEGER NOT NULL,      -- the sentence (sentences.sentence_idx)
    char_start   INTEGER NOT NULL,      -- where the name starts in articles.text (0-based)
    char_end     INTEGER NOT NULL,      -- where it ends (exclusive)
    surface      VARCHAR NOT NULL,      -- the name as written
    person_id    VARCHAR NOT NULL,      -- the person: the same across articles, whatever the tone placement (Hoà = Hòa)
    name         VARCHAR NOT NULL,      -- the name as written
    honorific    VARCHAR,               -- 'đồng chí', 'ông', 'bà', or NULL
    role_text    VARCHAR                -- the role phrase as written
);

-- The titles of each mention, each with its organisation.
CREATE TABLE IF NOT EXISTS official_roles (
    mention_id            VARCHAR NOT NULL,   -- the mention (officials.mention_id)
    article_id            VARCHAR NOT NULL,   -- extra: lets a changed article replace its rows
    person_id             VARCHAR NOT NULL,   -- the person (officials.person_id)
    title                 VARCHAR NOT NULL,   -- 'Phó Chủ tịch', 'Ủy viên Ban Chấp hành', ...
    organization          VARCHAR,            -- as written ('LĐLĐ thành phố Hà Nội')
    organization_expanded VARCHAR,            -- abbreviations spelled out ('Liên đoàn Lao động thành phố Hà Nội')
    role_idx              INTEGER NOT NULL    -- extra: order within the mention
);

-- Official documents the articles cite (Kế hoạch, Nghị quyết, Quyết định, ...).
CREATE TABLE IF NOT EXISTS documents (
    document_id  VARCHAR NOT NULL,      -- stable id of the document
    article_id   VARCHAR NOT NULL,      -- the article
    sentence_idx INTEGER NOT NULL,      -- the sentence (sentences.sentence_idx)
    char_start   INTEGER NOT NULL,      -- where the citation starts in articles.text (0-based)
    char_end     INTEGER NOT NULL,      -- where it ends (exclusive)
    surface      VARCHAR NOT NULL,      -- the most complete citation, as written
    doc_type     VARCHAR NOT NULL,      -- 'Kế hoạch', 'Nghị quyết', 'Quyết định', 'Thông báo', 'Chỉ thị', 'Luật', 'Nghị định', ...
    number       VARCHAR,               -- '80/KH-LĐLĐ'
    issued_on    DATE,                  -- the day it was issued, when written
    issuer       VARCHAR,               -- who issued it, as written
    title        VARCHAR                -- what it is about, as written
);

-- Emulation campaigns (phong trào, đợt thi đua): one row per campaign, or per phase of a phased one.
CREATE TABLE IF NOT EXISTS campaigns (
    campaign_id   VARCHAR NOT NULL,     -- stable id of the campaign (or phase)
    article_id    VARCHAR NOT NULL,     -- the article
    sentence_idx  INTEGER NOT NULL,     -- the sentence of its fullest mention
    char_start    INTEGER NOT NULL,     -- where that mention starts in articles.text (0-based)
    char_end      INTEGER NOT NULL,     -- where it ends (exclusive)
    surface       VARCHAR NOT NULL,     -- that mention as written
    name          VARCHAR NOT NULL,     -- the campaign's name
    phase         INTEGER,              -- the phase (Đợt 1, Đợt III), NULL when not phased
    theme         VARCHAR,              -- the theme (chủ đề) as written
    start_date    DATE,                 -- first day of its period, NULL when the article gives none
    end_date      DATE,                 -- last day of its period
    duration_days INTEGER,              -- days of the period, both ends counted (1/5-30/9/2023 is 153)
    stated_duration_days INTEGER,       -- extra: 'Sau 150 ngày' as written
    duration_mismatch BOOLEAN NOT NULL DEFAULT FALSE,  -- extra: stated and computed differ by > 7 days
    organizer     VARCHAR,              -- who launched it, as written
    document_id   VARCHAR               -- the document that launched it (documents.document_id)
);

-- Every mention of each campaign (a campaign named ten times has ten rows).
CREATE TABLE IF NOT EXISTS campaign_mentions (
    campaign_id  VARCHAR NOT NULL,      -- the campaign (campaigns.campaign_id)
    article_id   VARCHAR NOT NULL,      -- the article
    sentence_idx INTEGER NOT NULL,      -- the sentence (sentences.sentence_idx)
    char_start   INTEGER NOT NULL,      -- where the mention starts in articles.text (0-based)
    char_end     INTEGER NOT NULL,      -- where it ends (exclusive)
    surface      VARCHAR NOT NULL       -- the mention as written
);

-- Abbreviations of each article, with their expansions.
CREATE TABLE IF NOT EXISTS abbreviations (
    abbr         VARCHAR NOT NULL,      -- 'LĐLĐ'
    expansion    VARCHAR NOT NULL,      -- 'Liên đoàn Lao động'
    article_id   VARCHAR NOT NULL,      -- the article
    source       VARCHAR NOT NULL,      -- 'defined' (in the text: `Liên đoàn Lao động (LĐLĐ)`) or 'lexicon'
    sentence_idx INTEGER,               -- extra: where it is defined or first used
    char_start   INTEGER,               -- extra: where that span starts in articles.text (0-based)
    char_end     INTEGER,               -- extra: where it ends (exclusive)
    surface      VARCHAR                -- extra: the definition or first use as written
);

-- ---------------------------------------------------------------- views

-- One row per person, with the name written most often.
--   person_id: the person (officials.person_id)
--   name: the spelling of the name used most often
--   n_mentions: mentions of the person with a title
--   n_articles: articles mentioning the person with a title
CREATE OR REPLACE VIEW persons AS
SELECT person_id,
       mode(name)                  AS name,
       count(*)                    AS n_mentions,
       count(DISTINCT article_id)  AS n_articles
FROM officials
GROUP BY person_id;

-- How many facts of each type every article holds.
--   article_id: the article
--   kind: 'article' or 'teaser'
--   outlet: the outlet marker of the article
--   title: the headline
--   n_figures: rows in figures
--   n_dates: rows in dates
--   n_officials: rows in officials
--   n_campaigns: rows in campaigns
--   n_documents: rows in documents
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
--   person_id: the person
--   name: the spelling of the name used most often
--   title: the title ('Phó Chủ tịch')
--   organization: the organisation as written most often
--   organization_expanded: the organisation spelled out, as most often
--   first_seen: the earliest day the title was seen
--   last_seen: the latest day the title was seen
--   n_articles: articles giving the person this title
--   n_mentions: mentions giving the person this title
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
--   subject: the subject both figures share, lower-cased and without tones
--   kind: the kind of both figures
--   unit: the unit of both figures
--   figure_id_a: the first figure
--   article_id_a: its article
--   surface_a: its words as written
--   value_a: its value
--   qualifier_a: its qualifier
--   figure_id_b: the second figure, from another article
--   article_id_b: its article
--   surface_b: its words as written
--   value_b: its value
--   qualifier_b: its qualifier
--   period_start: first day of the period both figures are stated for
--   period_end: last day of that period
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

-- The periods of dated campaigns and phases, one row per campaign name (tone-folded), phase and
-- period, however many articles report it: what the campaign timeline draws (`ldtd serve`'s
-- Campaigns page, notebook 02).
--   campaign_id: one of its campaign rows
--   name: its name as most often written
--   phase: the phase number, NULL for the whole campaign
--   start_date: first day of the period
--   end_date: last day of the period
--   duration_days: days in the period, both ends counted
--   stated_days: the length an article states, when one does
--   mismatch: TRUE when a stated length disagrees with the period
--   organizer: who launched it, as most often written
--   theme: its theme, as most often written
--   document_id: the document that launched it, when known
--   article_id: one article that reports it
--   char_start: where that article first names it
--   n_articles: articles that report it
--   n_mentions: its mentions in all of them
CREATE OR REPLACE VIEW campaign_periods AS
SELECT min(c.campaign_id)              AS campaign_id,
       mode(c.name)                    AS name,
       c.phase,
       c.start_date, c.end_date,
       max(c.duration_days)            AS duration_days,
       max(c.stated_duration_days)     AS stated_days,
       bool_or(c.duration_mismatch)    AS mismatch,
       mode(c.organizer)               AS organizer,
       mode(c.theme)                   AS theme,
       min(c.document_id)              AS document_id,
       min(c.article_id)               AS article_id,
       min(c.char_start)               AS char_start,
       count(DISTINCT c.article_id)    AS n_articles,
       (SELECT count(*) FROM campaign_mentions m
         WHERE list_contains(list(c.campaign_id), m.campaign_id)) AS n_mentions
FROM campaigns c
WHERE c.start_date IS NOT NULL AND c.end_date IS NOT NULL
GROUP BY strip_accents(replace(lower(trim(c.name)), 'đ', 'd')), c.phase, c.start_date, c.end_date;
