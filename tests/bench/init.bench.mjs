// What the widget costs the host page, in real Chromium (RELIABILITY 24): main-thread script time
// of loading and starting Pathlight (CDP ScriptDuration, page with vs without the widget), long
// tasks over 50 ms and layout shifts while it starts, opens the panel and loads the feed.
import { fileURLToPath } from 'node:url';
import { openPage, setup, waitForWidget } from '../browser/harness.mjs';

const RUNS = 7;
const rows = Array.from(
  { length: 400 },
  (_, i) => `<tr><td>INV-${1000 + i}</td><td>Customer ${i}</td><td>${(i * 37) % 900}.00</td></tr>`,
).join('');
const host = (
  withWidget,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench host</title></head>
<body><header><h1>Invoices</h1></header><main><table>${rows}</table></main>
${withWidget ? `<script src="/bench-settings.js"></script><script async src="/pathlight.global.js"></script>` : ''}
</body></html>`;

// The snippet stub plus a ready mark; no polling from the test (it would count as page script time).
const benchSettings = (
  feed,
) => `window.Pathlight = function () { (Pathlight.q = Pathlight.q || []).push(arguments) };
Pathlight('on', 'ready', function () { window.__ready = performance.now(); });
Pathlight('init', ${JSON.stringify(feed ? { feed } : {})});`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(env, withWidget, feed) {
  const { page, context, close } = await openPage(env.browser);
  await page.addInitScript(() => {
    window.__long = [];
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/bench-host.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: host(withWidget) }),
  );
  await page.route('**/bench-settings.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: benchSettings(feed) }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(env.url('/bench-host.html'));
  await page.waitForTimeout(1000);
  if (withWidget) {
    if (!(await page.evaluate(() => window.__ready))) await waitForWidget(page);
    await page.evaluate(() => window.Pathlight.open());
  }
  await page.waitForTimeout(feed ? 1500 : 300);
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
  const result = await page.evaluate(() => ({
    long: window.__long,
    shift: window.__shift,
    init: performance.getEntriesByName('pathlight:init')[0]?.duration ?? 0,
  }));
  await close();
  return { script: metrics.ScriptDuration * 1000, task: metrics.TaskDuration * 1000, ...result };
}

export async function run() {
  const env = await setup({ dirs: ['tests/browser/fixtures', 'dist', 'examples'] });
  try {
    const scenarios = [
      ['host page alone', false],
      ['with Pathlight, no feed', true],
      ['with Pathlight + 40-article feed, panel opened', true, '/feeds/kb.en.json'],
    ];
    const results = [];
    for (const [name, withWidget, feed] of scenarios) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(env, withWidget, feed));
      results.push({
        name,
        script: median(runs.map((r) => r.script)),
        task: median(runs.map((r) => r.task)),
        init: median(runs.map((r) => r.init)),
        longest: Math.max(0, ...runs.flatMap((r) => r.long)),
        longCount: Math.max(...runs.map((r) => r.long.length)),
        shift: Math.max(...runs.map((r) => r.shift)),
      });
    }
    const base = results[0];
    console.log(`\nHost-page cost in Chromium (median of ${RUNS} loads; long tasks and CLS: worst run)`);
    console.log(
      `${'scenario'.padEnd(50)} ${'script ms'.padStart(10)} ${'+ vs host'.padStart(10)} ${'init()'.padStart(7)} ${'long tasks'.padStart(11)} ${'longest'.padStart(8)} ${'CLS'.padStart(6)}`,
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(50)} ${r.script.toFixed(1).padStart(10)} ${(r.script - base.script).toFixed(1).padStart(10)} ${r.init.toFixed(1).padStart(7)} ${String(r.longCount).padStart(11)} ${r.longest.toFixed(0).padStart(8)} ${r.shift.toFixed(3).padStart(6)}`,
      );
    }
  } finally {
    await env.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
