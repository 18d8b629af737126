// A 20 MB help feed in real Chromium (issue 8 item 11): from the response to a working search, no task of the
// widget's runs long. The page is the kb-feed fixture and does nothing once loaded, so every task of its main
// thread from the feed's release to the first result is the widget's. Two measures of each task: its main-thread
// CPU time (from a trace), which the assertion uses because a loaded 2-core machine stretches wall time by
// descheduling slices that are short, and its wall time (PerformanceObserver long tasks, with the scripts the Long
// Animation Frame entry names), printed beside it. BIG_FEED_LOADS=5 for the before/after figures;
// BIG_FEED_ARTICLES=10000 for the 10,000-article feed of the size budget (~38 MB: too long for every run of the suite).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { LANGS, makeCorpus } from '../bench/corpus.mjs';
import { openPage, root, setup, waitForWidget } from './harness.mjs';

const DIR = '.tmp/big-feed';
const FEED_PATH = '/big-feed.json';
const LOADS = Number(process.env.BIG_FEED_LOADS) || 2;
/**
 * The long-task threshold, for the main-thread CPU time of the widget's longest task. Before the feed was read,
 * parsed and validated in slices it was 350-490 ms here (one task: decode, JSON.parse, validation, render); now
 * about 30 ms.
 */
const MAX_TASK_MS = 50;
/** A word only one article's body holds: the fallback search (titles and summaries) cannot find it. */
const NEEDLE = 'quokkaroo';
const ARTICLES = Number(process.env.BIG_FEED_ARTICLES) || 5200;
/** About 3.9 KB an article: 5,200 make the usual ~20 MB. */
const SCALE = ARTICLES / 5200;

/** Non-ASCII as `\uXXXX`, the way Python's json.dumps writes it by default. */
const asciiOnly = (json) =>
  json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * A deterministic ~20 MB feed: the search bench's multilingual corpus (en, pl, ru, lt, ro, vi; Markdown and HTML
 * bodies, some video transcripts) with categories, synonyms, contexts, URLs and dates, written the ways real feed
 * builders write JSON: compact, pretty-printed, and ASCII-only with unicode escapes.
 */
function bigFeed() {
  const { feed } = makeCorpus(ARTICLES, 8);
  const categories = LANGS.flatMap((lang) => [
    { id: lang, title: `Help (${lang})` },
    ...Array.from({ length: 8 }, (_, k) => ({
      id: `${lang}-${k + 1}`,
      title: `Topic ${k + 1}`,
      parent: lang,
    })),
  ]);
  const needle = Math.floor(ARTICLES * 0.8);
  const articles = feed.articles.map((article, i) => {
    const { locale: _locale, ...rest } = article;
    const out = {
      ...rest,
      url: `/help/${article.id}`,
      updatedAt: new Date(Date.UTC(2024, i % 12, (i % 28) + 1)).toISOString(),
      ...(i % 10 === 0 ? { contexts: [`/app/${article.locale}/**`, `/settings/${i}`] } : {}),
    };
    if (i === needle) out.body += `\n\nThe "${NEEDLE}" export [sic] {keeps} \\ every column.`;
    return out;
  });
  const written = articles.map((article, i) => {
    if (i % 5 === 1) return JSON.stringify(article, null, 2);
    if (i % 3 === 2) return asciiOnly(JSON.stringify(article));
    return JSON.stringify(article);
  });
  const head = JSON.stringify({
    version: 1,
    categories,
    synonyms: { export: ['download'], invoice: ['bill'] },
  }).slice(0, -1);
  return { text: `${head},\n"articles": [\n${written.join(',\n')}\n]}\n`, expected: articles[needle] };
}

let env;
let expected;
let bytes;
before(async () => {
  const feed = bigFeed();
  expected = feed.expected;
  bytes = Buffer.byteLength(feed.text);
  mkdirSync(join(root, DIR), { recursive: true });
  writeFileSync(join(root, DIR, FEED_PATH), feed.text);
  env = await setup({ dirs: ['tests/browser/fixtures', 'dist', DIR] });
});
after(async () => {
  await env?.close();
});

/** Records long tasks, and the scripts of long animation frames, from the start of the page. */
const observe = () => {
  window.__long = [];
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__frames.push({
          start: e.startTime,
          end: e.startTime + e.duration,
          scripts: e.scripts.map((s) => ({
            source: `${s.sourceURL.split('/').pop()} ${s.invoker}`,
            duration: Math.round(s.duration),
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
};

/**
 * The tasks of the page renderer's main thread between two user-timing marks, as [wall ms, CPU ms]: its top-level
 * trace slices (a task, or a microtask checkpoint the scheduler runs outside one).
 */
function mainThreadTasks(events, from, to) {
  const start = events.find((e) => e.name === from);
  const end = events.find((e) => e.name === to && e.pid === start?.pid);
  assert.ok(start && end, `the trace holds the marks ${from} and ${to}`);
  const main = events.find(
    (e) =>
      e.ph === 'M' && e.name === 'thread_name' && e.pid === start.pid && e.args.name === 'CrRendererMain',
  );
  const slices = events
    .filter(
      (e) =>
        e.ph === 'X' && e.pid === start.pid && e.tid === main.tid && e.ts + e.dur > start.ts && e.ts < end.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let until = 0;
  for (const e of slices) {
    if (e.ts < until) continue;
    until = e.ts + e.dur;
    tasks.push([e.dur / 1000, (e.tdur ?? e.dur) / 1000]);
  }
  return tasks;
}

/**
 * One cold load: the panel opens while the feed is held back (opening it is not measured); then the feed is let
 * through, the home view draws its topics, and a word only the full index finds is typed.
 */
async function load() {
  const { page, close, pageErrors } = await openPage(env.browser);
  await page.addInitScript(observe);
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  let asked;
  const requested = new Promise((resolve) => {
    asked = resolve;
  });
  await page.route(
    (url) => url.pathname === FEED_PATH,
    async (route) => {
      asked();
      await held;
      await route.continue();
    },
  );
  await page.goto(env.url(`/kb-feed.html?feed=${FEED_PATH}`));
  await waitForWidget(page);
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await requested;
  await page.waitForTimeout(500);
  await env.browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
  });
  await page.evaluate(() => performance.mark('big-feed:release'));
  release();
  await page.locator('#pl-topics').waitFor({ timeout: 120000 });
  await page.getByRole('combobox').fill(NEEDLE);
  const found = await page.waitForFunction(
    (title) => {
      const option = document.querySelector('pathlight-root').shadowRoot.querySelector('[role="option"]');
      if (!option?.textContent.includes(title)) return false;
      performance.mark('big-feed:found');
      return performance.now();
    },
    expected.title,
    { timeout: 120000, polling: 'raf' },
  );
  const result = await page.evaluate(
    ([path, at]) => {
      const feed = performance.getEntriesByType('resource').find((e) => e.name.endsWith(path));
      const from = performance.getEntriesByName('big-feed:release')[0].startTime;
      const tasks = window.__long.filter((t) => t.start + t.duration > from && t.start < at);
      const worst = tasks.reduce((a, b) => (b.duration > a.duration ? b : a), { start: 0, duration: 0 });
      const frame = window.__frames.find((f) => f.start <= worst.start + 1 && f.end >= worst.start);
      return {
        longest: Math.round(worst.duration),
        tasks: tasks.map((t) => Math.round(t.duration)),
        readyAfter: Math.round(at - feed.responseEnd),
        download: Math.round(feed.responseEnd - feed.responseStart),
        scripts: frame?.scripts.filter((s) => s.duration > 5) ?? [],
        errors: window.__events.filter(([name]) => name === 'error').map(([, e]) => e.code),
      };
    },
    [FEED_PATH, await found.jsonValue()],
  );
  const trace = JSON.parse((await env.browser.stopTracing()).toString()).traceEvents;
  const main = mainThreadTasks(trace, 'big-feed:release', 'big-feed:found');
  // The task with the most CPU time, and how long it took by the clock.
  const [wall, cpu] = main.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  result.cpu = {
    longest: Math.round(cpu),
    wall: Math.round(wall),
    over: main.filter(([, c]) => c > 50).length,
    total: Math.round(main.reduce((sum, [, c]) => sum + c, 0)),
  };
  assert.deepEqual(pageErrors, []);
  await close();
  return result;
}

test(`a ~${Math.round(20 * SCALE)} MB feed: no task of the widget over ${MAX_TASK_MS} ms of CPU from the response to search, and search finds its article`, async () => {
  assert.ok(bytes > 19e6 * SCALE && bytes < 22e6 * SCALE, `the feed is ${(bytes / 1e6).toFixed(1)} MB`);
  const runs = [];
  for (let i = 0; i < LOADS; i++) runs.push(await load());
  console.log(
    `big feed (${(bytes / 1e6).toFixed(1)} MB, ${ARTICLES} articles), ${LOADS} cold loads, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores:\n` +
      runs
        .map(
          (r) =>
            `  longest task by CPU ${r.cpu.longest} ms (${r.cpu.wall} ms wall; ${r.cpu.over} over 50 ms of CPU;` +
            ` ${r.cpu.total} ms of CPU in all); ${r.tasks.length} long tasks by wall time` +
            ` (longest ${Math.max(0, ...r.tasks)} ms); search ready ${r.readyAfter} ms after the response` +
            ` (download ${r.download} ms)` +
            (r.scripts.length ? `; worst long task's scripts: ${JSON.stringify(r.scripts)}` : ''),
        )
        .join('\n'),
  );
  for (const run of runs) assert.deepEqual(run.errors, [], 'the feed is valid: no error event');
  const longest = Math.max(...runs.map((r) => r.cpu.longest));
  assert.ok(longest < MAX_TASK_MS, `the widget's longest task took ${longest} ms of main-thread CPU`);
});
