// What the widget costs the host page, in real Chromium (RELIABILITY 24), now and as landed before
// launcher-first loading (commit 1196309, built by scripts/bench.mjs; PATHLIGHT_BASELINE_DIST points at
// it): the first script's size, init() main-thread time and when the launcher is in the page (median of
// 7 cold loads), the bytes a page fetches when nobody opens the panel and when someone searches, main-
// thread script time beside the host page alone, long tasks over 50 ms and layout shifts.
import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSize } from '../../scripts/size.mjs';
import { openPage, root, setup } from '../browser/harness.mjs';

export const BASELINE_COMMIT = '1196309';
const RUNS = 7;
const rows = Array.from(
  { length: 400 },
  (_, i) => `<tr><td>INV-${1000 + i}</td><td>Customer ${i}</td><td>${(i * 37) % 900}.00</td></tr>`,
).join('');
// Element-level help at scale (issue 8.11): a form with 200 `data-pathlight-article` marks.
const MARKS = 200;
const markedFields = Array.from(
  { length: MARKS },
  (_, i) =>
    `<p><label for="f${i}">Field ${i}</label> <input id="f${i}" data-pathlight-article="getting-started"></p>`,
).join('');
const host = (
  withWidget,
  marks = false,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench host</title></head>
<body><header><h1>Invoices</h1></header><main>${marks ? markedFields : `<table>${rows}</table>`}</main>
${withWidget ? `<script src="/bench-settings.js"></script><script async src="/pathlight.global.js"></script>` : ''}
</body></html>`;

// The snippet stub and the config; no polling from the page (it would count as page script time).
const benchSettings = (
  feed,
) => `window.Pathlight = function () { (Pathlight.q = Pathlight.q || []).push(arguments) };
Pathlight('init', ${JSON.stringify(feed ? { feed } : {})});`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One cold load of the bench page. `use`: 'none' (nobody touches the widget) or 'search' (the panel
 * opens and a query is typed, the way a visitor would: a click on the launcher).
 */
async function load(env, { withWidget, feed, use = 'none', marks = false }) {
  const { page, context, close } = await openPage(env.browser);
  await page.addInitScript(() => {
    window.__long = [];
    window.__shift = 0;
    window.__shifted = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames name the scripts that ran in them: the longest stretch of Pathlight's own
    // code in one frame, whatever the host page did around it (a long task alone cannot tell whose it is).
    window.__ours = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        for (const script of e.scripts)
          if (/\/pathlight\.[\w-]+\.js/.test(script.sourceURL))
            window.__ours.push({
              ms: script.duration,
              what: `${script.sourceURL.split('/').pop()} ${script.invokerType} ${script.invoker}`.slice(
                0,
                90,
              ),
            });
    }).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__shift += e.value;
        // What moved, so a non-zero figure can be explained (the node is inside the widget's shadow
        // root when the widget moved itself).
        for (const s of e.sources) {
          const node = s.node;
          const where = node?.getRootNode?.() instanceof ShadowRoot ? 'widget' : 'page';
          const name = node
            ? `${node.nodeName.toLowerCase()}${node.className ? `.${node.className}` : ''}`
            : '?';
          const dy = Math.round(s.currentRect.y - s.previousRect.y);
          const dh = Math.round(s.currentRect.height - s.previousRect.height);
          window.__shifted.push(`${where} ${name} at ${Math.round(e.startTime)} ms (dy ${dy}, dh ${dh}px)`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/bench-host.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: host(withWidget, marks) }),
  );
  await page.route('**/bench-settings.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: benchSettings(feed) }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The user-timing marks in the trace carry the main thread's CPU clock too: init()'s CPU time, which a
  // busy machine inflates far less than the wall-clock measure.
  await env.browser.startTracing(page, { categories: ['blink.user_timing'] });
  await page.goto(env.url('/bench-host.html'));
  // Long enough for the page to go idle and everything lazy to load that loads without a visitor.
  await page.waitForTimeout(2500);
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  const trace = JSON.parse((await env.browser.stopTracing()).toString()).traceEvents;
  const tts = (name) => trace.find((e) => e.name === name)?.tts;
  const initCpu = ((tts('pathlight:init-end') ?? 0) - (tts('pathlight:init-start') ?? 0)) / 1000;
  if (use === 'search') {
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.getByRole('combobox').fill('invoice');
    await page.getByRole('option').first().waitFor();
    await page.waitForTimeout(300);
  }
  const result = await page.evaluate(() => ({
    long: window.__long,
    ours: window.__ours,
    shift: window.__shift,
    shifted: window.__shifted,
    init: performance.getEntriesByName('pathlight:init')[0]?.duration ?? 0,
    launcher: performance.getEntriesByName('pathlight:init-end')[0]?.startTime ?? 0,
    files: performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.slice(1))
      .filter((file) => file.startsWith('pathlight')),
  }));
  await close();
  return { script: metrics.ScriptDuration * 1000, initCpu, ...result };
}

async function measureBuild(dist) {
  const env = await setup({ dirs: ['tests/browser/fixtures', relative(root, dist), 'examples'] });
  const bytes = (files) => files.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);
  try {
    const runs = async (options) => {
      const all = [];
      for (let i = 0; i < RUNS; i++) all.push(await load(env, options));
      return all;
    };
    const alone = await runs({ withWidget: false });
    const bare = await runs({ withWidget: true });
    const idle = await runs({ withWidget: true, feed: '/feeds/kb.en.json' });
    const search = await runs({ withWidget: true, feed: '/feeds/kb.en.json', use: 'search' });
    const every = [...bare, ...idle, ...search];
    const marksAlone = await runs({ withWidget: false, marks: true });
    const marks = await runs({ withWidget: true, feed: '/feeds/kb.en.json', marks: true });
    const longest = (list) => Math.max(0, ...list.flatMap((r) => r.long));
    return {
      first: gzipSize(join(dist, 'pathlight.global.js')),
      init: median(bare.map((r) => r.init)),
      initCpu: median(bare.map((r) => r.initCpu)),
      launcher: median(bare.map((r) => r.launcher)),
      script: median(bare.map((r) => r.script)) - median(alone.map((r) => r.script)),
      idleBytes: median(idle.map((r) => bytes(r.files))),
      idleFiles: median(idle.map((r) => r.files.length)),
      searchBytes: median(search.map((r) => bytes(r.files))),
      longest: longest(every),
      marksLongest: longest(marks),
      marksAloneLongest: longest(marksAlone),
      oursLongest: Math.max(0, ...every.flatMap((r) => r.ours.map((o) => o.ms))),
      marksOursLongest: Math.max(0, ...marks.flatMap((r) => r.ours.map((o) => o.ms))),
      oursWhat: [...every, ...marks]
        .flatMap((r) => r.ours)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((o) => `${o.ms.toFixed(0)} ms ${o.what}`),
      shift: Math.max(...every.map((r) => r.shift)),
      shifted: [...new Set(every.flatMap((r) => r.shifted))],
    };
  } finally {
    await env.close();
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const FIGURES = [
  ['first script (pathlight.global.js), gzip', 'first', kb],
  [`init() main thread, wall clock (median of ${RUNS} cold loads)`, 'init', ms],
  ['init() main thread, CPU time (median)', 'initCpu', ms],
  ['launcher in the page, after navigation start', 'launcher', ms],
  ['script time added to the page, first 2.5 s', 'script', ms],
  ['fetched, feed set, panel never opened, gzip', 'idleBytes', kb],
  ['  files fetched', 'idleFiles', String],
  ['fetched, panel opened and a search typed, gzip', 'searchBytes', kb],
  ['longest task (any run; long tasks are > 50 ms)', 'longest', ms],
  [`longest task, a form with ${MARKS} marks (${RUNS} loads)`, 'marksLongest', ms],
  ['  the same form without the widget', 'marksAloneLongest', ms],
  // From long animation frames' script attribution (Chromium reports scripts over 5 ms in frames over 50 ms).
  ["longest run of Pathlight's own scripts in a frame (any run)", 'oursLongest', ms],
  [`  the same, the form with ${MARKS} marks`, 'marksOursLongest', ms],
  // Unrounded: 0.000043 once hid behind "0.000".
  ['layout shift (CLS, worst run, unrounded)', 'shift', (n) => (n === 0 ? '0' : n.toPrecision(3))],
];

export async function run() {
  const baselineDist = process.env.PATHLIGHT_BASELINE_DIST;
  const builds = [];
  if (baselineDist && existsSync(join(baselineDist, 'pathlight.global.js')))
    builds.push([`landed (${BASELINE_COMMIT})`, baselineDist]);
  else
    console.log(`(no baseline: run through \`npm run bench\` to build ${BASELINE_COMMIT} beside this one)`);
  builds.push(['now', join(root, 'dist')]);
  const results = [];
  for (const [, dist] of builds) {
    if (!readdirSync(dist).includes('pathlight.global.js')) throw new Error(`no build in ${dist}`);
    results.push(await measureBuild(dist));
  }
  console.log(`\nHost-page cost in Chromium, same machine and run (a 400-row page, the 40-article feed)`);
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.log(`${'figure'.padEnd(52)} ${builds.map(([name]) => name.padStart(16)).join(' ')}`);
  for (const [label, key, format] of FIGURES) {
    console.log(`${label.padEnd(52)} ${results.map((r) => format(r[key]).padStart(16)).join(' ')}`);
  }
  builds.forEach(([name], i) => {
    for (const line of results[i].shifted) console.log(`  shifted (${name}): ${line}`);
    for (const line of results[i].oursWhat) console.log(`  longest of ours (${name}): ${line}`);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
