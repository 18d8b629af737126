/**
 * `--engine duckdb`: loads the inputs into docs/insights.sql's `events` table and runs that file's queries, once per
 * range, through @duckdb/node-api (an optional dependency, imported only here). NDJSON (.gz too) is read as raw lines
 * so that malformed ones are counted with their file and line like the streaming engine does; Parquet rows are turned
 * into the same JSON first. The rows become the same `Tallies` as the streaming engine's, so one function builds both
 * reports.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  type ArticleTally,
  type ChecklistTally,
  type CommentTally,
  LIMITS,
  type LocaleTally,
  type PageTally,
  type QueryTally,
  type SurveyWeekTally,
  type Tallies,
  type TourTally,
  type VideoTally,
} from '../insights/tallies';
import { expandGlob } from './files';
import type { EngineResult, Ranges } from './insights';

/** docs/insights.sql, next to the package's dist/ (and to src/ when run from the sources). */
export const SQL_FILE = fileURLToPath(new URL('../../docs/insights.sql', import.meta.url));

/** The file's sections: `-- name: x` → its SQL. */
export function sqlSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = text.split(/^-- name: ([\w-]+)\s*$/m);
  for (let i = 1; i < parts.length; i += 2) sections.set(parts[i]!, parts[i + 1]!.trim());
  return sections;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** A control character no JSON line contains unescaped: the "delimiter" that keeps a line one column. */
const NO_DELIMITER = '\u0001';

type Row = Record<string, unknown>;
const n = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const s = (value: unknown): string => String(value);

/** PATHLIGHT_TIMINGS=1 prints each statement's time on stderr (where the engine spends it). */
const timings = Boolean(process.env.PATHLIGHT_TIMINGS);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (!timings) return work();
  const started = performance.now();
  const out = await work();
  const rss = (process.memoryUsage().rss / 1048576).toFixed(0);
  process.stderr.write(`duckdb ${label}: ${(performance.now() - started).toFixed(0)} ms, RSS ${rss} MB\n`);
  return out;
}

/** With PATHLIGHT_TIMINGS: what DuckDB holds (its own accounting, by tag) next to the process's RSS. */
async function memory(connection: DuckDBConnection): Promise<void> {
  const tags = (
    await connection.runAndReadAll(
      `SELECT tag, memory_usage_bytes AS bytes, temporary_storage_bytes AS spilled FROM duckdb_memory()
       WHERE memory_usage_bytes + temporary_storage_bytes > 1048576`,
    )
  ).getRowObjects();
  const mb = (value: unknown) => `${(Number(value) / 1048576).toFixed(0)} MB`;
  const list = tags.map(
    (t) => `${t.tag} ${mb(t.bytes)}${Number(t.spilled) > 0 ? ` (+${mb(t.spilled)} on disk)` : ''}`,
  );
  process.stderr.write(`duckdb memory: ${list.join(', ') || 'under 1 MB'}\n`);
}

async function rows(connection: DuckDBConnection, sql: string, label = sql.slice(0, 40)): Promise<Row[]> {
  return timed(label, async () => (await connection.runAndReadAll(sql)).getRowObjects() as Row[]);
}

const FIELDS = `['$.name', '$.ts', '$.sessionId', '$.locale', '$.path', '$.props']`;

/**
 * A file's lines (`text`, NULL for a blank one) → the envelope of each (`blank` marks the blank ones). json_type and
 * json_extract_string with a list of paths parse a line twice in all, for every field's type and text; the nested
 * CASE is there because they are errors on a text that is not JSON. Rows stay in the source's order: nothing here
 * filters or sorts.
 */
const envelope = (source: string) => `
SELECT
  blank,
  CASE WHEN t[1] = 'VARCHAR' THEN nullif(s[1], '') END AS name,
  CASE WHEN t[2] IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN try_cast(trunc(s[2]::DOUBLE) AS BIGINT)
    WHEN t[2] = 'VARCHAR' AND regexp_full_match(s[2],
        '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})')
      THEN epoch_ms(try_cast(s[2] AS TIMESTAMPTZ))
  END AS ts_ms,
  CASE WHEN t[3] = 'VARCHAR' THEN nullif(s[3], '') END AS session_id,
  coalesce(CASE WHEN t[4] = 'VARCHAR' THEN left(nullif(s[4], ''), 200) END, '(none)') AS locale,
  coalesce(CASE WHEN t[5] = 'VARCHAR' THEN left(nullif(s[5], ''), 200) END, '(none)') AS path,
  CASE WHEN t[6] = 'OBJECT' THEN s[6]::JSON ELSE '{}'::JSON END AS props
FROM (
  SELECT blank, json_type(record, ${FIELDS}) AS t, json_extract_string(record, ${FIELDS}) AS s
  FROM (
    SELECT text IS NULL AS blank,
      CASE WHEN json_valid(text) THEN CASE WHEN json_type(text) = 'OBJECT' THEN text END END AS record
    FROM (${source})
  )
)`;

/** `parsed`: every non-blank line's envelope and place; the documented `events` table is a view over it. */
const PARSED = `CREATE TEMP TABLE parsed (file_no INTEGER, line BIGINT, name VARCHAR, ts_ms BIGINT, session_id VARCHAR,
  locale VARCHAR, path VARCHAR, props JSON)`;

const EVENTS = `CREATE VIEW events AS
SELECT file_no::BIGINT * 4294967296 + line AS seq, name, ts_ms, session_id, locale, path, props
FROM parsed
WHERE name IS NOT NULL AND ts_ms IS NOT NULL`;

/**
 * Each input read and parsed by DuckDB in bulk into `parsed`; returns the files in order and the unreadable ones.
 * A file's envelopes land in `one` first because read_csv has no line number: a CTAS keeps the file's order, so
 * rowid + 1 is it (`row_number() OVER ()` on the reader takes twice the time: it reads and parses on one thread).
 * Only the envelope is kept, never the lines' text.
 */
async function load(connection: DuckDBConnection, inputs: string[]) {
  await connection.run(PARSED);
  const files: string[] = [];
  const unreadable: EngineResult['unreadable'] = [];
  for (const pattern of inputs) {
    if (pattern === '-') {
      unreadable.push({ file: '-', error: 'the DuckDB engine reads files, not stdin' });
      continue;
    }
    const found = expandGlob(pattern);
    if (found.length === 0) unreadable.push({ file: pattern, error: 'no file matches' });
    for (const file of found) {
      const no = files.length;
      files.push(file);
      try {
        const source = /\.parquet$/i.test(file) ? await parquetAsJson(connection, file) : ndjson(file);
        await timed(`read ${file}`, () =>
          connection.run(`CREATE OR REPLACE TEMP TABLE one AS ${envelope(source)}`),
        );
        await connection.run(
          `INSERT INTO parsed SELECT ${no}, rowid + 1, name, ts_ms, session_id, locale, path, props FROM one
           WHERE NOT blank`,
        );
      } catch (error) {
        unreadable.push({ file, error: (error as Error).message.split('\n')[0]! });
      } finally {
        await connection.run('DROP TABLE IF EXISTS one');
      }
    }
  }
  await connection.run(EVENTS);
  return { files, unreadable };
}

function ndjson(file: string): string {
  return `SELECT line AS text FROM read_csv(${quote(file)}, columns = {'line': 'VARCHAR'}, header = false,
    delim = ${quote(NO_DELIMITER)}, quote = '', escape = '', auto_detect = false, strict_mode = false,
    max_line_size = 4194304)`;
}

/** Parquet columns named like the record's keys → one JSON text per row (ts and props made JSON-friendly). */
async function parquetAsJson(connection: DuckDBConnection, file: string): Promise<string> {
  const columns = await rows(connection, `DESCRIBE SELECT * FROM read_parquet(${quote(file)})`);
  const fields = columns.map((c) => {
    const name = s(c.column_name);
    const type = s(c.column_type);
    const ref = `"${name.replace(/"/g, '""')}"`;
    let value = ref;
    if (name === 'ts' && /^TIMESTAMP/.test(type)) value = `epoch_ms(${ref}::TIMESTAMPTZ)`;
    if (name === 'props' && type === 'VARCHAR') value = `CASE WHEN json_valid(${ref}) THEN ${ref}::JSON END`;
    return `${quote(name)}: ${value}`;
  });
  return `SELECT to_json({${fields.join(', ')}})::VARCHAR AS text FROM read_parquet(${quote(file)})`;
}

function weeksOf(list: Row[], key: string): Map<string, QueryTally> {
  const out = new Map<string, QueryTally>();
  for (const row of list) {
    const query = s(row.query);
    let entry = out.get(query);
    if (!entry) {
      entry = { query, searches: n(row[key]), zero: n(row.zero), weeks: {} };
      out.set(query, entry);
    }
    entry.weeks[s(row.week)] = n(row.week_count);
  }
  return out;
}

const comment = (row: Row): CommentTally => ({
  id: s(row.id),
  text: s(row.text),
  ts: n(row.ts),
  locale: s(row.locale),
});

async function tallies(connection: DuckDBConnection, sql: Map<string, string>, base: Row): Promise<Tallies> {
  const q = (name: string) => {
    const text = sql.get(name);
    if (text === undefined) throw new Error(`docs/insights.sql has no section "${name}"`);
    return rows(connection, text, name);
  };
  const [counts] = await q('counts');
  const tours = new Map<string, TourTally>();
  for (const row of await q('tours'))
    tours.set(s(row.id), { id: s(row.id), starts: n(row.starts), completes: n(row.completes), steps: [] });
  const steps = new Map<string, TourTally['steps'][number]>();
  for (const row of await q('tour_steps')) {
    const step = {
      index: n(row.index),
      stepId: row.step_id === null ? null : s(row.step_id),
      views: n(row.views),
      dismisses: n(row.dismisses),
      reasons: {} as Record<string, number>,
    };
    steps.set(`${s(row.id)}\u0000${step.index}`, step);
    tours.get(s(row.id))?.steps.push(step);
  }
  for (const row of await q('tour_reasons')) {
    const step = steps.get(`${s(row.id)}\u0000${n(row.index)}`);
    if (step) step.reasons[s(row.reason)] = n(row.count);
  }
  const checklists = new Map<string, ChecklistTally>();
  for (const row of await q('checklists'))
    checklists.set(s(row.id), {
      id: s(row.id),
      sessions: n(row.sessions),
      completes: n(row.completes),
      dismisses: n(row.dismisses),
      items: [],
    });
  for (const row of await q('checklist_items'))
    checklists.get(s(row.id))?.items.push({
      id: s(row.item_id),
      index: row.index === null ? null : n(row.index),
      done: n(row.done),
    });

  return {
    lines: n(base.lines),
    malformed: n(base.malformed),
    malformedAt: [],
    outOfRange: n(counts?.out_of_range),
    events: n(counts?.events),
    first: counts?.first === null ? null : n(counts?.first),
    last: counts?.last === null ? null : n(counts?.last),
    names: Object.fromEntries((await q('names')).map((r) => [s(r.name), n(r.count)])),
    unknown: n(counts?.unknown),
    invalid: Object.fromEntries((await q('invalid')).map((r) => [s(r.name), n(r.count)])),
    sessions: n(counts?.sessions),
    helpSessions: n(counts?.help_sessions),
    deflected: n(counts?.deflected),
    queries: [...weeksOf(await q('queries'), 'searches').values()],
    zeroQueries: [...weeksOf(await q('zero_queries'), 'zero').values()],
    articles: (await q('articles')).map(
      (r): ArticleTally => ({
        id: s(r.id),
        views: n(r.views),
        helpful: n(r.helpful),
        notHelpful: n(r.not_helpful),
        handoffsAfter: n(r.handoffs_after),
      }),
    ),
    comments: (await q('comments')).map(comment),
    pages: (await q('pages')).map(
      (r): PageTally => ({
        path: s(r.path),
        opens: n(r.opens),
        handoffs: n(r.handoffs),
        zeroSearches: n(r.zero_searches),
      }),
    ),
    tours: [...tours.values()],
    checklists: [...checklists.values()],
    videos: (await q('videos')).map(
      (r): VideoTally => ({ id: s(r.id), p25: n(r.p25), p50: n(r.p50), p75: n(r.p75), p100: n(r.p100) }),
    ),
    surveys: (await q('surveys')).map(
      (r): SurveyWeekTally => ({
        type: s(r.type) as 'nps' | 'csat',
        week: s(r.week),
        answers: n(r.answers),
        promoters: n(r.promoters),
        detractors: n(r.detractors),
      }),
    ),
    surveyComments: (await q('survey_comments')).map(comment),
    locales: (await q('locales')).map(
      (r): LocaleTally => ({
        locale: s(r.locale),
        events: n(r.events),
        searches: n(r.searches),
        zero: n(r.zero),
        views: n(r.views),
        helpful: n(r.helpful),
        notHelpful: n(r.not_helpful),
        handoffs: n(r.handoffs),
        helpSessions: n(r.help_sessions),
        deflected: n(r.deflected),
        npsAnswers: n(r.nps_answers),
        promoters: n(r.promoters),
        detractors: n(r.detractors),
      }),
    ),
    approximations: [],
  };
}

/**
 * Bounded memory: DuckDB keeps at most PATHLIGHT_DUCKDB_MEMORY (default 512MB) of tables and intermediate results
 * and spills the rest to a temporary directory of its own (removed afterwards); one thread per core, at most 4.
 */
export function settings(spill: string): Record<string, string> {
  return {
    memory_limit: process.env.PATHLIGHT_DUCKDB_MEMORY || '512MB',
    threads: String(Math.min(availableParallelism(), 4)),
    temp_directory: spill,
  };
}

/** Milliseconds that stand for "no bound" (DuckDB variables are typed: keep both BIGINT). */
const NO_FROM = -9_007_199_254_740_991;
const NO_TO = 9_007_199_254_740_991;

export async function runDuckDb(inputs: string[], ranges: Ranges[]): Promise<EngineResult> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    throw new Error('@duckdb/node-api is not installed (npm install @duckdb/node-api)');
  }
  const sql = sqlSections(readFileSync(SQL_FILE, 'utf8'));
  const spill = mkdtempSync(join(tmpdir(), 'pathlight-duckdb-'));
  const instance = await api.DuckDBInstance.create(':memory:', settings(spill));
  const connection = await instance.connect();
  try {
    const { files, unreadable } = await load(connection, inputs);
    if (timings) await memory(connection);
    const [base] = await rows(
      connection,
      `SELECT count(*) AS lines, count(*) FILTER (WHERE name IS NULL OR ts_ms IS NULL) AS malformed FROM parsed`,
    );
    const malformedAt = (
      await rows(
        connection,
        `SELECT file_no, line FROM parsed WHERE name IS NULL OR ts_ms IS NULL ORDER BY file_no, line LIMIT ${LIMITS.malformedAt}`,
      )
    ).map((r) => ({ file: files[n(r.file_no)]!, line: n(r.line) }));
    const setup = sql.get('setup');
    if (setup === undefined) throw new Error('docs/insights.sql has no setup section');
    const out: Tallies[] = [];
    for (const range of ranges) {
      await connection.run(
        `SET VARIABLE from_ms = ${Math.trunc(range.from ?? NO_FROM)}::BIGINT; SET VARIABLE to_ms = ${Math.trunc(range.to ?? NO_TO)}::BIGINT`,
      );
      await timed('setup', () => connection.run(setup));
      if (timings) await memory(connection);
      out.push({ ...(await tallies(connection, sql, base ?? {})), malformedAt });
    }
    return { tallies: out, unreadable };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}
