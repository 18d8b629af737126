// @vitest-environment node
// The insights report (issue 14): known answers from generated logs, both engines agreeing, the CLI's handling of
// bad input, escaping, and the bounds of the streaming engine.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runDuckDb, SQL_FILE, settings, sqlSections } from '../../../src/cli/duckdb';
import { EXIT, insights, runJs } from '../../../src/cli/insights';
import { KNOWN_EVENTS, normalizeQuery, weekOf } from '../../../src/insights/record';
import { renderReport } from '../../../src/insights/render';
import { buildReport, type InsightsReport } from '../../../src/insights/report';
import { Tally, tallyRecords } from '../../../src/insights/tally';
import {
  ARTICLES,
  CHECKLIST,
  generateLog,
  QUERIES,
  START,
  TOUR,
  VIDEOS,
} from '../../insights/generate-log.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pathlight-insights-'));
afterAll(() => {
  // Left for inspection when a test fails; the OS cleans tmp.
});
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

function cli(args: string[], now = START + 30 * 86_400_000) {
  const out: string[] = [];
  const err: string[] = [];
  return insights(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => now }).then(
    (code) => ({ code, stdout: out.join(''), stderr: err.join('\n') }),
  );
}

async function jsReport(
  path: string,
  ranges: { label: string; from?: number; to?: number }[] = [{ label: 'All' }],
): Promise<InsightsReport[]> {
  const { tallies } = await runJs([path], ranges);
  return tallies.map((t, i) => buildReport(t, ranges[i]));
}

const toObject = (map: Map<string, number>) => Object.fromEntries([...map].sort());

describe('the report on a generated log gives the known answers', () => {
  const log = generateLog({ sessions: 600, seed: 11, malformed: 6 });
  const path = file('known.ndjson', log.text);
  const { expected } = log;

  it('counts lines, events, malformed lines with their place, unknown names and sessions', async () => {
    const [report] = await jsReport(path);
    expect(report!.input.lines).toBe(expected.lines);
    expect(report!.input.events).toBe(expected.events);
    expect(report!.input.malformed).toBe(6);
    expect(report!.input.malformedAt).toEqual(
      expected.malformedAt.map((line: number) => ({ file: path, line })),
    );
    expect(report!.input.unknown).toBe(expected.unknown);
    expect(report!.input.unknownNames).toEqual([{ name: 'custom:clicked-upgrade', count: expected.unknown }]);
    expect(report!.input.invalid).toEqual([]);
    expect(report!.totals.sessions).toBe(expected.sessions);
  });

  it("the widget's survey events are known names, not counted as unknown", async () => {
    const record = (name: string, props: object) =>
      JSON.stringify({ name, ts: START, sessionId: 's1', props: { surveyId: 'nps', type: 'nps', ...props } });
    const path = file(
      'surveys.ndjson',
      [
        record('survey:show', { trigger: 'rule' }),
        record('survey:answer', { score: 9, trigger: 'rule' }),
        record('survey:show', { trigger: 'code' }),
        record('survey:dismiss', { trigger: 'code' }),
      ].join('\n'),
    );
    const [report] = await jsReport(path);
    expect(report!.input.events).toBe(4);
    expect(report!.input.unknownNames).toEqual([]);
    expect(report!.surveys.nps.answers).toBe(1);
  });

  it('searches: counts per normalized query, the ones that found nothing, weekly trend', async () => {
    const [report] = await jsReport(path);
    const top = Object.fromEntries(report!.searches.top.map((q) => [q.query, q.count]));
    expect(top).toEqual(toObject(expected.searches));
    const zero = Object.fromEntries(report!.searches.zero.map((q) => [q.query, q.count]));
    expect(zero).toEqual(toObject(expected.zero));
    expect(new Set(report!.searches.zero.map((q) => q.query))).toEqual(
      new Set(QUERIES.filter((q) => q[2] === 0).map((q) => q[0])),
    );
    // 28 days from a Monday: four weeks, and each query's trend sums to its count.
    expect(report!.searches.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    for (const q of report!.searches.top) expect(q.trend.reduce((a, b) => a + b, 0)).toBe(q.count);
    expect(report!.totals.searches).toBe([...expected.searches.values()].reduce((a, b) => a + b, 0));
  });

  it('articles: views, helpful answers, hand-offs after reading, what was missing', async () => {
    const [report] = await jsReport(path);
    const by = Object.fromEntries(report!.articles.map((a) => [a.id, a]));
    expect(Object.keys(by).sort()).toEqual(ARTICLES.map((a) => a[0]).sort());
    for (const [id] of ARTICLES) {
      expect(by[id]!.views).toBe(expected.views.get(id) ?? 0);
      expect(by[id]!.helpful).toBe(expected.helpful.get(id) ?? 0);
      expect(by[id]!.notHelpful).toBe(expected.notHelpful.get(id) ?? 0);
      expect(by[id]!.handoffsAfter).toBe(expected.handoffsAfter.get(id) ?? 0);
    }
    expect(report!.comments.length).toBe(Math.min(30, expected.comments));
    expect(report!.comments.map((c) => c.ts)).toEqual(
      [...report!.comments.map((c) => c.ts)].sort((a, b) => b - a),
    );
  });

  it('pages, deflection, tours, checklists, videos, NPS and CSAT, per locale', async () => {
    const [report] = await jsReport(path);
    expect(Object.fromEntries(report!.pages.map((p) => [p.path, p.opens]))).toEqual(
      toObject(expected.opensByPath),
    );
    expect(
      Object.fromEntries(report!.pages.filter((p) => p.handoffs).map((p) => [p.path, p.handoffs])),
    ).toEqual(toObject(expected.handoffsByPath));
    expect(report!.totals.helpSessions).toBe(expected.helpSessions);
    expect(report!.totals.deflected).toBe(expected.deflected);
    expect(report!.totals.deflectionRate).toBe(
      Math.round((expected.deflected / expected.helpSessions) * 1e4) / 1e4,
    );
    expect(report!.totals.handoffs).toBe(expected.handoffs);

    const tour = report!.tours.find((t) => t.id === TOUR.id)!;
    expect(tour.starts).toBe(expected.tourStarts);
    expect(tour.completes).toBe(expected.tourCompletes);
    expect(tour.leaveStep).toBe(2);
    expect(tour.steps.map((s) => s.stepId)).toEqual(TOUR.steps);
    for (const step of tour.steps) {
      expect(step.dismisses).toBe(expected.tourDismissAt.get(step.index) ?? 0);
      for (const r of step.reasons)
        expect(r.count).toBe(expected.tourReasons.get(`${step.index} ${r.reason}`));
    }

    const checklist = report!.checklists.find((c) => c.id === CHECKLIST.id)!;
    expect(checklist.sessions).toBe(expected.checklistSessions);
    expect(checklist.completes).toBe(expected.checklistCompletes);
    expect(checklist.items.map((i) => i.id)).toEqual(CHECKLIST.items);
    for (const item of checklist.items) expect(item.done).toBe(expected.checklistItems.get(item.id));

    for (const video of report!.videos) {
      expect(VIDEOS).toContain(video.id);
      expect([video.p25, video.p50, video.p75, video.p100]).toEqual(
        [25, 50, 75, 100].map((p) => expected.video.get(`${video.id} ${p}`) ?? 0),
      );
    }

    const { nps, csat } = report!.surveys;
    expect([nps.answers, nps.promoters, nps.detractors]).toEqual([
      expected.nps.answers,
      expected.nps.promoters,
      expected.nps.detractors,
    ]);
    expect(nps.score).toBe(
      Math.round(((expected.nps.promoters - expected.nps.detractors) / expected.nps.answers) * 1000) / 10,
    );
    expect([csat.answers, csat.promoters]).toEqual([expected.csat.answers, expected.csat.promoters]);
    expect(nps.weeks.reduce((n, w) => n + w.answers, 0)).toBe(expected.nps.answers);

    expect(Object.fromEntries(report!.locales.map((l) => [l.locale, l.events]))).toEqual(
      toObject(expected.localeEvents),
    );
    expect(Object.fromEntries(report!.locales.map((l) => [l.locale, l.helpSessions]))).toEqual(
      toObject(expected.localeHelpSessions),
    );
    expect(
      Object.fromEntries(report!.locales.filter((l) => l.deflected).map((l) => [l.locale, l.deflected])),
    ).toEqual(toObject(expected.localeDeflected));
  });

  it('events in the wrong order give the same report', async () => {
    const shuffled = generateLog({ sessions: 600, seed: 11, shuffle: true });
    const ordered = generateLog({ sessions: 600, seed: 11 });
    const a = await jsReport(file('shuffled.ndjson', shuffled.text));
    const b = await jsReport(file('ordered.ndjson', ordered.text));
    expect(a).toEqual(b);
    expect(a[0]!.input.events).toBe(ordered.expected.events);
  });
});

describe('the DuckDB engine runs docs/insights.sql and gives the same numbers', () => {
  // A log with every kind of trouble: malformed lines, wrong order, unknown names, invalid payloads, ISO and
  // numeric times, a second file gzipped.
  const log = generateLog({ sessions: 500, seed: 5, malformed: 7, shuffle: true });
  const invalid = [
    { name: 'search', ts: START + 5000, sessionId: 'x1', locale: 'en', path: '/', props: { query: 42 } },
    {
      name: 'search',
      ts: START + 6000,
      sessionId: 'x1',
      locale: 'en',
      path: '/',
      props: { query: '   ', resultCount: 0 },
    },
    {
      name: 'tour:step',
      ts: START + 7000,
      sessionId: 'x1',
      locale: 'en',
      path: '/',
      props: { tourId: 't', index: 1.5 },
    },
    { name: 'survey:answer', ts: START + 8000, sessionId: 'x1', props: { type: 'nps', score: 11 } },
    { name: 'article:feedback', ts: '2026-11-03T10:00:00+02:00', props: { id: 'vat', helpful: 'no' } },
    { name: 'video:progress', ts: START + 9000, props: { id: 'intro-video', percent: 30 } },
    { name: 'open', ts: START + 9500, sessionId: 'x2', props: [] },
    {
      name: 'handoff',
      ts: START + 9600,
      sessionId: 'x2',
      props: { context: { viewedArticles: [{ id: 'vat' }, { id: 'vat' }, 3, { id: '' }] } },
    },
    {
      name: 'checklist:item',
      ts: START + 9700,
      sessionId: 'x2',
      props: { checklistId: 'getting-started', itemId: 'company', index: 0 },
    },
    { name: 'weird', ts: START + 9800 },
  ];
  const a = file('both-a.ndjson', log.text);
  const b = file('both-b.ndjson.gz', gzipSync(`${invalid.map((r) => JSON.stringify(r)).join('\r\n')}\r\n\n`));
  const ranges = [
    { label: 'All' },
    { label: 'Last 7 days', from: START + 21 * 86_400_000, to: START + 28 * 86_400_000 },
    { label: 'One day', from: START, to: START + 86_400_000 },
  ];

  it('identical reports for every range (NDJSON and gzip, malformed lines located alike)', async () => {
    const js = await runJs([a, b], ranges);
    const duck = await runDuckDb([a, b], ranges);
    expect(duck.unreadable).toEqual([]);
    const jsReports = js.tallies.map((t, i) => buildReport(t, ranges[i]));
    const duckReports = duck.tallies.map((t, i) => buildReport(t, ranges[i]));
    expect(duckReports).toEqual(jsReports);
    // The agreement is about real numbers, not two empty reports.
    const all = jsReports[0]!;
    expect(all.input.malformed).toBe(7);
    expect(all.input.events).toBe(log.expected.events + invalid.length);
    expect(all.input.invalid).toEqual([
      { name: 'search', count: 2 },
      { name: 'article:feedback', count: 1 },
      { name: 'survey:answer', count: 1 },
      { name: 'tour:step', count: 1 },
      { name: 'video:progress', count: 1 },
    ]);
    expect(all.input.unknownNames.map((n) => n.name).sort()).toEqual(['custom:clicked-upgrade', 'weird']);
    expect(all.articles.find((x) => x.id === 'vat')!.handoffsAfter).toBe(
      (log.expected.handoffsAfter.get('vat') ?? 0) + 1,
    );
    expect(jsReports[1]!.input.events).toBeGreaterThan(0);
    expect(jsReports[1]!.input.events).toBeLessThan(all.input.events);
    expect(jsReports[2]!.input.outOfRange).toBeGreaterThan(0);
  });

  it('reads Parquet with the record’s columns and gives the JS engine’s numbers', async () => {
    const clean = generateLog({ sessions: 200, seed: 9, isoTs: false });
    const ndjson = file('clean.ndjson', clean.text);
    const parquet = join(dir, 'clean.parquet');
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(
      `COPY (SELECT * FROM read_json('${ndjson}', format = 'newline_delimited', columns = {id: 'VARCHAR', name: 'VARCHAR', ts: 'BIGINT', sessionId: 'VARCHAR', anonymousId: 'VARCHAR', userId: 'VARCHAR', locale: 'VARCHAR', path: 'VARCHAR', props: 'JSON'})) TO '${parquet}' (FORMAT parquet)`,
    );
    c.closeSync();
    db.closeSync();
    const js = (await runJs([ndjson], [{ label: 'All' }])).tallies.map((t) => buildReport(t));
    const duck = (await runDuckDb([parquet], [{ label: 'All' }])).tallies.map((t) => buildReport(t));
    expect(duck).toEqual(js);
    expect(js[0]!.input.events).toBe(clean.expected.events);
  });

  it('malformed lines keep their line numbers after blank lines, in both engines', async () => {
    const good = JSON.stringify({ name: 'open', ts: START, sessionId: 's' });
    const path = file(
      'blanks.ndjson',
      [good, '', '{"name":', '', '', good, 'not json', '[]', good].join('\n'),
    );
    const js = (await runJs([path], [{ label: 'All' }])).tallies[0]!;
    const duck = (await runDuckDb([path], [{ label: 'All' }])).tallies[0]!;
    const at = [3, 7, 8].map((line) => ({ file: path, line }));
    expect(js.malformedAt).toEqual(at);
    expect(duck.malformedAt).toEqual(at);
    expect(buildReport(duck)).toEqual(buildReport(js));
  });

  it('DuckDB works in bounded memory: a memory limit, a spill directory, at most 4 threads', () => {
    const given = settings('/tmp/spill');
    expect(given).toMatchObject({ memory_limit: '512MB', temp_directory: '/tmp/spill' });
    expect(Number(given.threads)).toBeGreaterThanOrEqual(1);
    expect(Number(given.threads)).toBeLessThanOrEqual(4);
  });

  it('the SQL knows the same event names as the streaming engine', () => {
    const setup = sqlSections(readFileSync(SQL_FILE, 'utf8')).get('setup')!;
    const list = /pl_known AS SELECT unnest\(\[([^\]]+)\]\)/.exec(setup)![1]!;
    expect([...list.matchAll(/'([^']+)'/g)].map((m) => m[1])).toEqual([...KNOWN_EVENTS]);
  });
});

describe('pathlight insights (the command)', () => {
  it('writes the HTML and the JSON; malformed lines are skipped, counted and located, exit 0', async () => {
    const log = generateLog({ sessions: 50, seed: 2, malformed: 3 });
    const input = file('cli.ndjson', log.text);
    const out = join(dir, 'cli.html');
    const result = await cli([input, '--out', out, '--json']);
    expect(result.code).toBe(EXIT.ok);
    const json = JSON.parse(result.stdout) as InsightsReport;
    expect(json.input.malformed).toBe(3);
    for (const line of log.expected.malformedAt)
      expect(result.stderr).toContain(`malformed: ${input}:${line}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain(`data-metric="helpSessions">${json.totals.helpSessions}<`);
  });

  it('empty input: a report of zeros, exit 0', async () => {
    const input = file('empty.ndjson', '');
    const out = join(dir, 'empty.html');
    const result = await cli([input, '--out', out, '--json']);
    expect(result.code).toBe(EXIT.ok);
    const json = JSON.parse(result.stdout) as InsightsReport;
    expect(json.input).toMatchObject({ lines: 0, events: 0, malformed: 0 });
    expect(json.totals.deflectionRate).toBeNull();
    expect(readFileSync(out, 'utf8')).toContain('No searches in this range.');
  });

  it('a single session', async () => {
    const log = generateLog({ sessions: 1, seed: 4 });
    const result = await cli([file('one.ndjson', log.text), '--json']);
    expect(result.code).toBe(EXIT.ok);
    const json = JSON.parse(result.stdout) as InsightsReport;
    expect(json.totals.sessions).toBe(1);
    expect(json.input.events).toBe(log.expected.events);
    expect(json.totals.helpSessions).toBe(log.expected.helpSessions);
  });

  it('unknown names, a missing file, globs and .gz; exit 1 names what could not be read', async () => {
    const sub = join(dir, 'logs');
    const log = generateLog({ sessions: 30, seed: 8 });
    const half = Math.floor(log.lines.length / 2);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(sub, 'day2'), { recursive: true });
    writeFileSync(
      join(sub, 'day1.ndjson'),
      `${log.lines.slice(0, half).join('\n')}\n{"name":"brand:new","ts":1}\n`,
    );
    writeFileSync(join(sub, 'day2', 'part.ndjson.gz'), gzipSync(`${log.lines.slice(half).join('\n')}\n`));
    const result = await cli([`${sub}/**/*.ndjson*`, join(dir, 'nope.ndjson'), '--json']);
    expect(result.code).toBe(EXIT.unreadable);
    expect(result.stderr).toContain('nope.ndjson');
    const json = JSON.parse(result.stdout) as InsightsReport;
    expect(json.input.events).toBe(log.expected.events + 1);
    expect(json.input.unknownNames).toContainEqual({ name: 'brand:new', count: 1 });
    const broken = file(
      'broken.ndjson.gz',
      Buffer.concat([gzipSync(log.lines.slice(0, 5).join('\n')).subarray(0, 30)]),
    );
    const bad = await cli([broken, '--json']);
    expect(bad.code).toBe(EXIT.unreadable);
    expect(bad.stderr).toContain('broken.ndjson.gz');
  });

  it('bad command lines exit 2; --help exits 0; --from/--to filter', async () => {
    expect((await cli([])).code).toBe(EXIT.usage);
    expect((await cli(['x.ndjson', '--frob'])).code).toBe(EXIT.usage);
    expect((await cli(['x.ndjson', '--from', 'last tuesday'])).code).toBe(EXIT.usage);
    expect((await cli(['x.ndjson', '--from', '2026-11-10', '--to', '2026-11-01'])).code).toBe(EXIT.usage);
    expect((await cli(['x.ndjson', '--engine', 'spark'])).code).toBe(EXIT.usage);
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('Exit codes');
    const log = generateLog({ sessions: 100, seed: 6 });
    const input = file('range.ndjson', log.text);
    const week = JSON.parse(
      (await cli([input, '--json', '--from', '2026-11-09', '--to', '2026-11-15'])).stdout,
    );
    const inWeek = log.records.filter((r: { ts: number | string }) => {
      const ts = typeof r.ts === 'number' ? r.ts : Date.parse(r.ts);
      return ts >= Date.UTC(2026, 10, 9) && ts < Date.UTC(2026, 10, 16);
    }).length;
    expect(week.input.events).toBe(inWeek);
    expect(week.input.outOfRange).toBe(log.expected.events - inWeek);
  });

  it('--engine duckdb gives the JSON of the default engine', async () => {
    const log = generateLog({ sessions: 80, seed: 12, malformed: 2 });
    const input = file('engines.ndjson', log.text);
    const js = await cli([input, '--json', '--quiet']);
    const duck = await cli([input, '--json', '--quiet', '--engine', 'duckdb']);
    expect(duck.code).toBe(EXIT.ok);
    expect(JSON.parse(duck.stdout)).toEqual(JSON.parse(js.stdout));
  });
});

describe('everything from the log is escaped', () => {
  it('a query, a comment, an id, a path and a locale that are markup stay text', () => {
    const evil = '<script>alert(1)</script>';
    const records = [
      {
        name: 'open',
        ts: START,
        sessionId: 's',
        locale: `<b>${evil}`,
        path: `/"><svg onload=alert(2)>`,
        props: {},
      },
      {
        name: 'search',
        ts: START + 1,
        sessionId: 's',
        locale: 'en',
        path: '/',
        props: { query: evil, resultCount: 0 },
      },
      {
        name: 'article:view',
        ts: START + 2,
        sessionId: 's',
        props: { id: `a'"><img src=x onerror=alert(3)>` },
      },
      {
        name: 'article:feedback',
        ts: START + 3,
        sessionId: 's',
        props: { id: 'x', helpful: false, comment: `</blockquote>${evil}` },
      },
      { name: 'tour:dismiss', ts: START + 4, props: { tourId: evil, index: 0, reason: evil, stepId: evil } },
      { name: 'checklist:item', ts: START + 5, props: { checklistId: evil, itemId: evil } },
      { name: evil, ts: START + 6 },
      { name: 'survey:answer', ts: START + 7, props: { type: 'nps', score: 3, comment: evil } },
    ];
    const report = buildReport(tallyRecords(records));
    const html = renderReport([{ label: `All ${evil}`, report }], { title: evil });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // A CSP that runs no script, in case anything ever slipped through.
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
});

describe('the report on a phone', () => {
  it('names every cell by its column (data-label, shown when a row stacks); a query with <td stays text', () => {
    const query = '<td data-label="x">';
    const records = [
      { name: 'search', ts: START, sessionId: 's', props: { query, resultCount: 0 } },
      { name: 'search', ts: START + 1, sessionId: 's', props: { query: 'refund', resultCount: 2 } },
    ];
    const html = renderReport([{ label: 'All', report: buildReport(tallyRecords(records)) }]);
    const top = /<h3>Top searches<\/h3>(.*?)<\/table>/s.exec(html)![1]!;
    const labels = [...top.matchAll(/<td data-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels).toEqual(['Searches', 'No result', 'Trend', 'Searches', 'No result', 'Trend']);
    expect(html).not.toContain('<td data-label="x">');
    expect(html).toContain('&lt;td data-label=&quot;x&quot;&gt;');
    expect(html).toMatch(/@container \(max-width:520px\)/);
  });
});

describe('the streaming engine stays bounded', () => {
  it('a table over its cap keeps the heavy keys exact and says that counts are approximate', () => {
    const tally = new Tally({ cap: 100 });
    const search = (query: string, ts: number) =>
      tally.record({
        name: 'search',
        ts,
        sessionId: null,
        locale: 'en',
        path: '/',
        props: { query, resultCount: 1 },
      });
    for (let i = 0; i < 5000; i++) {
      search(`rare ${i}`, START + i);
      if (i % 10 === 0) search('popular', START + i);
    }
    const tallies = tally.finish();
    expect(tallies.queries.length).toBeLessThanOrEqual(100);
    expect(tallies.queries.find((q) => q.query === 'popular')!.searches).toBe(500);
    expect(tallies.approximations.join(' ')).toMatch(
      /queries: \d+ rare keys dropped; counts may be low by up to 1/,
    );
  });

  it('the session table closes the oldest sessions at its cap and says so', () => {
    const tally = new Tally({ sessionCap: 10 });
    for (let i = 0; i < 100; i++)
      tally.record({ name: 'open', ts: START + i, sessionId: `s${i}`, locale: 'en', path: '/', props: {} });
    const tallies = tally.finish();
    expect(tallies.helpSessions).toBe(100);
    expect(tallies.deflected).toBe(100);
    expect(tallies.approximations.join(' ')).toContain('sessions: 90 closed early');
  });

  it('queries are grouped case- and space-insensitively; weeks start on Monday (UTC)', () => {
    expect(normalizeQuery('  Invoice\t PDF \n')).toBe('invoice pdf');
    expect(normalizeQuery('x'.repeat(300)).length).toBe(200);
    expect(weekOf(Date.UTC(2026, 10, 8, 23, 59))).toBe('2026-11-02');
    expect(weekOf(Date.UTC(2026, 10, 9))).toBe('2026-11-09');
    expect(weekOf(Date.UTC(1970, 0, 1))).toBe('1969-12-29');
  });
});
