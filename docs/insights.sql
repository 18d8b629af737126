-- Pathlight insights: the report's metrics as SQL over one event table.
--
-- Written for DuckDB (1.1 or later); `pathlight insights --engine duckdb` runs this file as it stands (its sections
-- are named `-- name: …`; `setup` first, then each query once per date range). The streaming engine
-- (src/insights/tally.ts) computes the same numbers; tests/unit/insights/insights.test.ts checks that both agree.
--
-- THE EVENT TABLE (one row per analytics record; the CLI loads NDJSON or Parquet into it, a warehouse keeps it):
--   events (
--     seq        BIGINT  NOT NULL,  -- any unique row key (the record's id in a warehouse)
--     name       VARCHAR NOT NULL,  -- the Pathlight event name ('search', 'article:view', …)
--     ts_ms      BIGINT  NOT NULL,  -- the record's ts as epoch milliseconds (UTC)
--     session_id VARCHAR,           -- NULL when the record has none
--     locale     VARCHAR NOT NULL,  -- '(none)' when the record has none; cut to 200 characters
--     path       VARCHAR NOT NULL,  -- '(none)' when the record has none; cut to 200 characters
--     props      JSON    NOT NULL   -- the payload; '{}' when it is not an object
--   )
-- Records without a string `name` or a usable `ts` (epoch ms, or ISO 8601 with Z or an offset) are malformed and
-- never reach the table. The payload rules (what makes an event "invalid", how queries are normalized) are those of
-- src/insights/record.ts and docs/insights.md; they are repeated here in the `facts` view.
--
-- PARAMETERS: the date range, as epoch milliseconds, `from_ms` inclusive and `to_ms` exclusive:
--   SET VARIABLE from_ms = 0;  SET VARIABLE to_ms = 9007199254740991;
--
-- OTHER DIALECTS (the same queries; what changes):
--   ClickHouse: parameters are `{from_ms:Int64}` / `{to_ms:Int64}` instead of getvariable(); JSON props is a String
--     column read with JSONType / JSONExtractString / JSONExtractFloat (json_type 'VARCHAR' is JSONType = 'String',
--     numbers are 'Int64' | 'UInt64' | 'Double', booleans 'Bool'); `count(*) FILTER (WHERE c)` is `countIf(c)`;
--     `min(x) FILTER (WHERE c)` is `minIf(x, c)`; `bool_or` is `max`; week is `toMonday(toDateTime64(ts_ms / 1000, 3))`
--     formatted with formatDateTime(…, '%F'); regexp_replace(s, p, r, 'g') is replaceRegexpAll(s, p, r);
--     viewed_articles is JSONExtractRaw(props, 'context', 'viewedArticles') and unnest of it is
--     arrayJoin(JSONExtractArrayRaw(viewed_articles)); the list form of json_extract is one JSONExtract per field
--     (ClickHouse parses each call; it is fast enough); the pl_week macro becomes
--     `CREATE FUNCTION pl_week AS (ts) -> …`; ORDER BY on strings is byte order as here.
--   BigQuery: parameters are `@from_ms` / `@to_ms`; props is a JSON column: JSON_TYPE(props.query) = 'string',
--     'number', 'boolean' and LAX_STRING / LAX_FLOAT64 / LAX_BOOL read them; `count(*) FILTER (WHERE c)` is
--     `COUNTIF(c)`, `min(x) FILTER (WHERE c)` is `MIN(IF(c, x, NULL))`, `bool_or` is `LOGICAL_OR`; week is
--     `FORMAT_DATE('%F', DATE_TRUNC(DATE(TIMESTAMP_MILLIS(ts_ms)), ISOWEEK))`; left(s, n) is SUBSTR(s, 1, n);
--     regexp_replace replaces every match by default (no 'g'); json_extract's list of paths is one JSON_QUERY per field;
--     viewed_articles is JSON_QUERY(props, '$.context.viewedArticles') and unnest of it is
--     `UNNEST(JSON_QUERY_ARRAY(viewed_articles))`; pl_week becomes a temporary SQL function (CREATE TEMP FUNCTION);
--     string order is byte order (use COLLATE '' explicitly if the dataset has a default collation).
--   Both: DuckDB reuses a column alias in the same SELECT; here `facts` is two views so that no query relies on it.

-- name: setup
-- The Monday (UTC) of ts_ms's week, as YYYY-MM-DD.
CREATE OR REPLACE TEMP MACRO pl_week(ts_ms) AS strftime(date_trunc('week', epoch_ms(ts_ms)), '%Y-%m-%d');

-- The names the report knows (src/insights/record.ts KNOWN_EVENTS; a test keeps both lists equal).
CREATE OR REPLACE TEMP TABLE pl_known AS SELECT unnest([
  'ready', 'open', 'close', 'search', 'article:view', 'article:feedback', 'video:progress',
  'tour:start', 'tour:step', 'tour:complete', 'tour:dismiss', 'tip:show', 'tip:click', 'tip:dismiss',
  'announcement:show', 'announcement:dismiss', 'announcement:click', 'checklist:item', 'checklist:complete',
  'checklist:dismiss', 'handoff', 'handoff:deflected', 'contact:sent', 'survey:show', 'survey:answer',
  'survey:dismiss', 'track', 'route', 'error'
]) AS name;

-- The events of the range, with the payload fields the report reads pulled out (NULL when absent or of another
-- type). json_extract with a list of paths parses props once per row; each value's type and text are then taken
-- once (t_query, s_query…) and the fields are read from those: a string is non-empty text (a key is cut to 200 code
-- points), a number is any JSON number, an integer a number without a fraction.
CREATE OR REPLACE TEMP VIEW facts0 AS
SELECT
  seq, name, ts_ms, session_id, locale, path,
  left(name, 200) AS name_key,
  name IN (SELECT name FROM pl_known) AS known,
  CASE WHEN name = 'search' AND t_query = 'VARCHAR' AND t_count IN ('BIGINT', 'UBIGINT', 'DOUBLE')
    THEN nullif(left(lower(trim(regexp_replace(s_query, '[ \t\n\r]+', ' ', 'g'))), 200), '')
  END AS query,
  CASE WHEN t_count IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN s_count::DOUBLE END AS result_count,
  CASE WHEN t_id = 'VARCHAR' THEN left(nullif(s_id, ''), 200) END AS p_id,
  CASE WHEN t_helpful = 'BOOLEAN' THEN s_helpful = 'true' END AS helpful,
  -- ASCII white space trimmed (the report's rule for comments), cut to 1,000 code points.
  CASE WHEN t_comment = 'VARCHAR' THEN left(regexp_replace(s_comment, '^[ \t\n\r]+|[ \t\n\r]+$', '', 'g'), 1000)
  END AS comment,
  coalesce(
    CASE WHEN t_tour = 'VARCHAR' THEN left(nullif(s_tour, ''), 200) END,
    CASE WHEN t_id = 'VARCHAR' THEN left(nullif(s_id, ''), 200) END
  ) AS tour_id,
  coalesce(
    CASE WHEN t_index IN ('BIGINT', 'UBIGINT', 'DOUBLE') AND s_index::DOUBLE = floor(s_index::DOUBLE)
      THEN try_cast(s_index::DOUBLE AS BIGINT) END,
    CASE WHEN t_step IN ('BIGINT', 'UBIGINT', 'DOUBLE') AND s_step::DOUBLE = floor(s_step::DOUBLE)
      THEN try_cast(s_step::DOUBLE AS BIGINT) END
  ) AS step_index,
  CASE WHEN t_step_id = 'VARCHAR' THEN left(nullif(s_step_id, ''), 200) END AS step_id,
  coalesce(CASE WHEN t_reason = 'VARCHAR' THEN left(nullif(s_reason, ''), 200) END, 'unknown') AS reason,
  CASE WHEN t_checklist = 'VARCHAR' THEN left(nullif(s_checklist, ''), 200) END AS checklist_id,
  CASE WHEN t_item = 'VARCHAR' THEN left(nullif(s_item, ''), 200) END AS item_id,
  CASE WHEN t_index IN ('BIGINT', 'UBIGINT', 'DOUBLE') AND s_index::DOUBLE = floor(s_index::DOUBLE)
    THEN try_cast(s_index::DOUBLE AS BIGINT) END AS item_index,
  CASE WHEN t_percent IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN s_percent::DOUBLE END AS percent,
  CASE WHEN t_type = 'VARCHAR' THEN nullif(s_type, '') END AS survey_type,
  CASE WHEN t_score IN ('BIGINT', 'UBIGINT', 'DOUBLE') AND s_score::DOUBLE = floor(s_score::DOUBLE)
    THEN try_cast(s_score::DOUBLE AS BIGINT) END AS score,
  -- The one part of props a query reads whole (the rest is not kept: facts is a table, held in memory).
  CASE WHEN name = 'handoff' AND json_type(v[16]) = 'ARRAY' THEN v[16] END AS viewed_articles
FROM (
  SELECT
    seq, name, ts_ms, session_id, locale, path, v,
    json_type(v[1]) AS t_query, json_extract_string(v[1], '$') AS s_query,
    json_type(v[2]) AS t_count, json_extract_string(v[2], '$') AS s_count,
    json_type(v[3]) AS t_id, json_extract_string(v[3], '$') AS s_id,
    json_type(v[4]) AS t_helpful, json_extract_string(v[4], '$') AS s_helpful,
    json_type(v[5]) AS t_comment, json_extract_string(v[5], '$') AS s_comment,
    json_type(v[6]) AS t_tour, json_extract_string(v[6], '$') AS s_tour,
    json_type(v[7]) AS t_index, json_extract_string(v[7], '$') AS s_index,
    json_type(v[8]) AS t_step, json_extract_string(v[8], '$') AS s_step,
    json_type(v[9]) AS t_step_id, json_extract_string(v[9], '$') AS s_step_id,
    json_type(v[10]) AS t_reason, json_extract_string(v[10], '$') AS s_reason,
    json_type(v[11]) AS t_checklist, json_extract_string(v[11], '$') AS s_checklist,
    json_type(v[12]) AS t_item, json_extract_string(v[12], '$') AS s_item,
    json_type(v[13]) AS t_percent, json_extract_string(v[13], '$') AS s_percent,
    json_type(v[14]) AS t_type, json_extract_string(v[14], '$') AS s_type,
    json_type(v[15]) AS t_score, json_extract_string(v[15], '$') AS s_score
  FROM (
    SELECT *, json_extract(props, ['$.query', '$.resultCount', '$.id', '$.helpful', '$.comment', '$.tourId', '$.index',
      '$.step', '$.stepId', '$.reason', '$.checklistId', '$.itemId', '$.percent', '$.type', '$.score',
      '$.context.viewedArticles']) AS v
    FROM events
    WHERE ts_ms >= getvariable('from_ms') AND ts_ms < getvariable('to_ms')
  )
);

-- A table, not a view: every query below reads it, and the JSON is parsed once.
CREATE OR REPLACE TEMP TABLE facts AS
SELECT
  f.*,
  -- coalesce: a comparison with a missing field is NULL, and NOT NULL would not count the event as invalid.
  coalesce(CASE f.name
    WHEN 'search' THEN f.query IS NOT NULL
    WHEN 'article:view' THEN f.p_id IS NOT NULL
    WHEN 'article:feedback' THEN f.p_id IS NOT NULL AND f.helpful IS NOT NULL
    WHEN 'video:progress' THEN f.p_id IS NOT NULL AND f.percent IN (25, 50, 75, 100)
    WHEN 'tour:start' THEN f.tour_id IS NOT NULL
    WHEN 'tour:complete' THEN f.tour_id IS NOT NULL
    WHEN 'tour:step' THEN f.tour_id IS NOT NULL AND f.step_index BETWEEN 0 AND 199
    WHEN 'tour:dismiss' THEN f.tour_id IS NOT NULL AND f.step_index BETWEEN 0 AND 199
    WHEN 'checklist:item' THEN f.checklist_id IS NOT NULL AND f.item_id IS NOT NULL
    WHEN 'checklist:complete' THEN f.p_id IS NOT NULL
    WHEN 'checklist:dismiss' THEN f.p_id IS NOT NULL
    WHEN 'survey:answer' THEN (f.survey_type = 'nps' AND f.score BETWEEN 0 AND 10)
      OR (f.survey_type = 'csat' AND f.score BETWEEN 1 AND 5)
    ELSE TRUE
  END, FALSE) AS valid
FROM facts0 AS f;

-- Help sessions: sessions with an `open`; deflected when the session has no `handoff`. A session's locale is the
-- smallest locale among its `open` events.
CREATE OR REPLACE TEMP TABLE help_sessions AS
SELECT
  min(locale) FILTER (WHERE name = 'open') AS locale,
  bool_or(name = 'handoff') AS handed_off
FROM facts
WHERE session_id IS NOT NULL
GROUP BY session_id
HAVING count(*) FILTER (WHERE name = 'open') > 0;

-- name: counts
SELECT
  (SELECT count(*) FROM events
    WHERE NOT (ts_ms >= getvariable('from_ms') AND ts_ms < getvariable('to_ms'))) AS out_of_range,
  count(*) AS events,
  min(ts_ms) AS first,
  max(ts_ms) AS last,
  count(DISTINCT session_id) AS sessions,
  count(*) FILTER (WHERE NOT known) AS unknown,
  (SELECT count(*) FROM help_sessions) AS help_sessions,
  (SELECT count(*) FROM help_sessions WHERE NOT handed_off) AS deflected
FROM facts;

-- name: names
SELECT name_key AS name, count(*) AS count FROM facts GROUP BY name_key ORDER BY count DESC, name;

-- name: invalid
SELECT name, count(*) AS count FROM facts WHERE known AND NOT valid GROUP BY name ORDER BY count DESC, name;

-- name: queries
-- Top searches, with how many found nothing, and their searches per week.
WITH top AS (
  SELECT query, count(*) AS searches, count(*) FILTER (WHERE result_count = 0) AS zero
  FROM facts WHERE query IS NOT NULL
  GROUP BY query ORDER BY searches DESC, query LIMIT 50
)
SELECT t.query, t.searches, t.zero, pl_week(f.ts_ms) AS week, count(*) AS week_count
FROM top AS t JOIN facts AS f ON f.query = t.query
GROUP BY t.query, t.searches, t.zero, week
ORDER BY t.searches DESC, t.query, week;

-- name: zero_queries
-- Searches that found nothing (the articles to write), per week.
WITH top AS (
  SELECT query, count(*) AS zero
  FROM facts WHERE query IS NOT NULL AND result_count = 0
  GROUP BY query ORDER BY zero DESC, query LIMIT 50
)
SELECT t.query, t.zero, pl_week(f.ts_ms) AS week, count(*) AS week_count
FROM top AS t JOIN facts AS f ON f.query = t.query AND f.result_count = 0
GROUP BY t.query, t.zero, week
ORDER BY t.zero DESC, t.query, week;

-- name: articles
-- Views, "Was this helpful?" answers (events without a comment: a comment repeats an answer already sent) and
-- hand-offs whose context lists the article among those read before.
WITH read_then_handoff AS (
  SELECT DISTINCT seq, left(json_extract_string(article, '$.id'), 200) AS id
  FROM (
    SELECT seq, unnest(json_extract(viewed_articles, '$[*]')) AS article
    FROM facts
    WHERE viewed_articles IS NOT NULL
  )
  WHERE json_type(article, '$.id') = 'VARCHAR' AND json_extract_string(article, '$.id') <> ''
),
feedback AS (
  SELECT
    p_id AS id,
    count(*) FILTER (WHERE name = 'article:view') AS views,
    count(*) FILTER (WHERE name = 'article:feedback' AND comment IS NULL AND helpful) AS helpful,
    count(*) FILTER (WHERE name = 'article:feedback' AND comment IS NULL AND NOT helpful) AS not_helpful
  FROM facts
  WHERE name IN ('article:view', 'article:feedback') AND valid
  GROUP BY p_id
),
handoffs AS (SELECT id, count(*) AS handoffs_after FROM read_then_handoff GROUP BY id)
SELECT
  coalesce(f.id, h.id) AS id,
  coalesce(f.views, 0) AS views,
  coalesce(f.helpful, 0) AS helpful,
  coalesce(f.not_helpful, 0) AS not_helpful,
  coalesce(h.handoffs_after, 0) AS handoffs_after
FROM feedback AS f FULL JOIN handoffs AS h ON f.id = h.id
ORDER BY views DESC, id;

-- name: comments
-- "What was missing": the latest 30, and the latest 3 of each article.
WITH c AS (
  SELECT p_id AS id, comment AS text, ts_ms AS ts, locale
  FROM facts WHERE name = 'article:feedback' AND valid AND comment <> ''
)
SELECT * FROM (SELECT * FROM c ORDER BY ts DESC, text, id, locale LIMIT 30)
UNION
SELECT id, text, ts, locale FROM (
  SELECT *, row_number() OVER (PARTITION BY id ORDER BY ts DESC, text, locale) AS n FROM c
) WHERE n <= 3;

-- name: pages
-- Where people get stuck: pages by help opens, then hand-offs.
SELECT
  path,
  count(*) FILTER (WHERE name = 'open') AS opens,
  count(*) FILTER (WHERE name = 'handoff') AS handoffs,
  count(*) FILTER (WHERE name = 'search' AND query IS NOT NULL AND result_count = 0) AS zero_searches
FROM facts
WHERE name IN ('open', 'handoff') OR (name = 'search' AND query IS NOT NULL AND result_count = 0)
GROUP BY path
ORDER BY opens DESC, handoffs DESC, path
LIMIT 50;

-- name: tours
SELECT
  tour_id AS id,
  count(*) FILTER (WHERE name = 'tour:start') AS starts,
  count(*) FILTER (WHERE name = 'tour:complete') AS completes
FROM facts
WHERE name IN ('tour:start', 'tour:complete', 'tour:step', 'tour:dismiss') AND valid
GROUP BY tour_id;

-- name: tour_steps
-- Each step: how many saw it, how many left on it, and why (reason → count).
SELECT
  tour_id AS id,
  step_index AS index,
  min(step_id) FILTER (WHERE name = 'tour:step') AS step_id,
  count(*) FILTER (WHERE name = 'tour:step') AS views,
  count(*) FILTER (WHERE name = 'tour:dismiss') AS dismisses
FROM facts
WHERE name IN ('tour:step', 'tour:dismiss') AND valid
GROUP BY tour_id, step_index;

-- name: tour_reasons
SELECT tour_id AS id, step_index AS index, reason, count(*) AS count
FROM facts
WHERE name = 'tour:dismiss' AND valid
GROUP BY tour_id, step_index, reason;

-- name: checklists
-- Sessions that ticked an item, completions and dismissals per checklist.
SELECT
  coalesce(checklist_id, p_id) AS id,
  count(DISTINCT session_id) FILTER (WHERE name = 'checklist:item') AS sessions,
  count(*) FILTER (WHERE name = 'checklist:complete') AS completes,
  count(*) FILTER (WHERE name = 'checklist:dismiss') AS dismisses
FROM facts
WHERE name IN ('checklist:item', 'checklist:complete', 'checklist:dismiss') AND valid
GROUP BY coalesce(checklist_id, p_id);

-- name: checklist_items
SELECT checklist_id AS id, item_id, min(item_index) AS index, count(*) AS done
FROM facts
WHERE name = 'checklist:item' AND valid
GROUP BY checklist_id, item_id;

-- name: videos
SELECT
  p_id AS id,
  count(*) FILTER (WHERE percent = 25) AS p25,
  count(*) FILTER (WHERE percent = 50) AS p50,
  count(*) FILTER (WHERE percent = 75) AS p75,
  count(*) FILTER (WHERE percent = 100) AS p100
FROM facts
WHERE name = 'video:progress' AND valid
GROUP BY p_id;

-- name: surveys
-- NPS (promoters 9–10, detractors 0–6) and CSAT (satisfied 4–5, unsatisfied 1–2) per week.
SELECT
  survey_type AS type,
  pl_week(ts_ms) AS week,
  count(*) AS answers,
  count(*) FILTER (WHERE CASE survey_type WHEN 'nps' THEN score >= 9 ELSE score >= 4 END) AS promoters,
  count(*) FILTER (WHERE CASE survey_type WHEN 'nps' THEN score <= 6 ELSE score <= 2 END) AS detractors
FROM facts
WHERE name = 'survey:answer' AND valid
GROUP BY survey_type, week;

-- name: survey_comments
SELECT upper(survey_type) || ' ' || score AS id, comment AS text, ts_ms AS ts, locale
FROM facts
WHERE name = 'survey:answer' AND valid AND comment <> ''
ORDER BY ts DESC, text, id, locale
LIMIT 30;

-- name: locales
WITH by_locale AS (
  SELECT
    locale,
    count(*) AS events,
    count(*) FILTER (WHERE query IS NOT NULL) AS searches,
    count(*) FILTER (WHERE query IS NOT NULL AND result_count = 0) AS zero,
    count(*) FILTER (WHERE name = 'article:view' AND valid) AS views,
    count(*) FILTER (WHERE name = 'article:feedback' AND valid AND comment IS NULL AND helpful) AS helpful,
    count(*) FILTER (WHERE name = 'article:feedback' AND valid AND comment IS NULL AND NOT helpful) AS not_helpful,
    count(*) FILTER (WHERE name = 'handoff') AS handoffs,
    count(*) FILTER (WHERE name = 'survey:answer' AND valid AND survey_type = 'nps') AS nps_answers,
    count(*) FILTER (WHERE name = 'survey:answer' AND valid AND survey_type = 'nps' AND score >= 9) AS promoters,
    count(*) FILTER (WHERE name = 'survey:answer' AND valid AND survey_type = 'nps' AND score <= 6) AS detractors
  FROM facts
  GROUP BY locale
),
sessions AS (
  SELECT locale, count(*) AS help_sessions, count(*) FILTER (WHERE NOT handed_off) AS deflected
  FROM help_sessions GROUP BY locale
)
SELECT l.*, coalesce(s.help_sessions, 0) AS help_sessions, coalesce(s.deflected, 0) AS deflected
FROM by_locale AS l LEFT JOIN sessions AS s ON s.locale = l.locale
ORDER BY l.events DESC, l.locale;
