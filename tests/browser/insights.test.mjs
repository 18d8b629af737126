// The insights report in a real browser (issue 14): `pathlight insights` (the built bin) on a generated log with
// known answers, opened from file:// with no network, on a desktop (light and dark) and a 375 px phone. The numbers
// on screen are the log's, nothing runs (the report has no script and a CSP that allows none), a query that is
// markup stays text, the range filter switches views without script, and nothing overflows the phone's width.
// Screenshots: .tmp/insights-{desktop-light,desktop-dark,phone,phone-dark}.png (looked at by eye when the report changes).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { generateLog, START } from '../insights/generate-log.mjs';
import { openPage, root, setup } from './harness.mjs';

const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const log = generateLog({ sessions: 400, seed: 21, malformed: 3 });
const input = join(tmp, 'insights-browser.ndjson');
const output = join(tmp, 'insights-browser.html');
writeFileSync(input, log.text);
const { expected } = log;

let env;
before(async () => {
  execFileSync(
    process.execPath,
    [
      join(root, 'dist/cli/pathlight.js'),
      'insights',
      input,
      '--out',
      output,
      '--to',
      '2026-11-30',
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  env = await setup({ dirs: ['tests/browser/fixtures'] });
});
after(async () => {
  await env?.close();
});

const pct = (part, whole) => `${((part / whole) * 100).toFixed(1)}%`;

for (const [name, viewport, colorScheme] of [
  ['desktop-light', { width: 1280, height: 900 }, 'light'],
  ['desktop-dark', { width: 1280, height: 900 }, 'dark'],
  ['phone', { width: 375, height: 800 }, 'light'],
  ['phone-dark', { width: 375, height: 800 }, 'dark'],
]) {
  test(`the report from file:// on ${name}: the log's numbers, no script, no network, no overflow`, async () => {
    const { page, context, warnings, pageErrors, violations, close } = await openPage(
      env.browser,
      undefined,
      {
        viewport,
        colorScheme,
      },
    );
    const requests = [];
    context.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(output).href);
    const view = page.locator('.view-0');
    const metric = (scope, key) => scope.locator(`[data-metric="${key}"]`).first().textContent();

    assert.equal(await metric(view, 'helpSessions'), String(expected.helpSessions));
    assert.equal(await metric(view, 'deflectionRate'), pct(expected.deflected, expected.helpSessions));
    assert.equal(await metric(view, 'handoffs'), String(expected.handoffs));
    assert.equal(await metric(view, 'malformed'), '3');
    const searches = [...expected.searches.values()].reduce((a, b) => a + b, 0);
    assert.equal((await metric(view, 'searches')).replace(/,/g, ''), String(searches));

    // Every query row shows its count; the markup query is text, in both tables.
    const top = view.locator('table').first();
    for (const [query, count] of expected.searches) {
      const row = top.locator('tr', { has: page.locator(`th[data-query="${query.replace(/"/g, '\\"')}"]`) });
      assert.equal(await row.locator('[data-metric="searches"]').textContent(), String(count), query);
    }
    assert.equal(await view.getByText('<script>alert("q")</script>').count(), 2);

    const article = view.locator('.articles-views tr[data-article="refunds"]');
    assert.equal(
      await article.locator('[data-metric="views"]').textContent(),
      String(expected.views.get('refunds')),
    );
    assert.equal(
      await article.locator('[data-metric="helpfulRate"]').textContent(),
      pct(
        expected.helpful.get('refunds'),
        expected.helpful.get('refunds') + expected.notHelpful.get('refunds'),
      ),
    );
    assert.equal(
      await article.locator('[data-metric="handoffsAfter"]').textContent(),
      String(expected.handoffsAfter.get('refunds')),
    );
    const tour = view.locator('[data-tour="welcome"]');
    assert.equal(await metric(tour, 'starts'), String(expected.tourStarts));
    assert.equal(await metric(tour, 'completes'), String(expected.tourCompletes));
    assert.equal(await tour.locator('[data-metric="leaveStep"]').getAttribute('data-step'), '2');
    assert.equal(
      await metric(view, 'nps'),
      (
        Math.round(((expected.nps.promoters - expected.nps.detractors) / expected.nps.answers) * 1000) / 10
      ).toFixed(1),
    );

    // The filter: radio buttons and CSS, no script. "Last 7 days" ends with --to's day (30 November).
    assert.equal(await page.locator('.view-1').isVisible(), false);
    await page.locator('label', { hasText: 'Last 7 days' }).click();
    assert.equal(await page.locator('.view-0').isVisible(), false);
    assert.equal(await page.locator('.view-1').isVisible(), true);
    const week = log.records.filter((r) => {
      const ts = typeof r.ts === 'number' ? r.ts : Date.parse(r.ts);
      return ts >= START + 22 * 86_400_000 && ts < START + 29 * 86_400_000;
    }).length;
    assert.equal(
      await page.locator('.view-1 .quality [data-metric="events"]').textContent(),
      week.toLocaleString('en'),
    );
    await page.locator('label', { hasText: 'All' }).click();

    const scripts = await page.evaluate(() => document.scripts.length);
    assert.equal(scripts, 0, 'the report has no script');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= viewport.width, `no horizontal scroll of the page (${width} px)`);
    // Nor inside it: no table scrolls sideways, no element of any view reaches past the screen's edge.
    for (const label of ['All', 'Last 7 days']) {
      await page.locator('label', { hasText: label }).click();
      const wide = await page.evaluate((screen) => {
        const found = [];
        const view = [...document.querySelectorAll('.view')].find((v) => v.offsetParent !== null);
        for (const el of [view, ...view.querySelectorAll('*')]) {
          const box = el.getBoundingClientRect();
          // Empty, or visually hidden (a stacked table's header row, kept for screen readers).
          if (box.width <= 1 || box.height <= 1) continue;
          const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
          if (box.left < -0.5 || box.right > screen + 0.5) found.push(`${name} ${box.left}–${box.right}`);
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
            found.push(`${name} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
        }
        return found;
      }, viewport.width);
      assert.deepEqual(wide.slice(0, 10), [], `${label}: ${wide.length} elements too wide`);
    }
    await page.locator('label', { hasText: 'All' }).click();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.pl-insights')).backgroundColor,
    );
    assert.equal(background, colorScheme === 'dark' ? 'rgb(18, 20, 24)' : 'rgb(247, 248, 250)');

    await page.screenshot({ path: join(tmp, `insights-${name}.png`), fullPage: true });
    assert.deepEqual(requests, [], 'no network');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await violations(), [], 'nothing the CSP had to block');
    assert.deepEqual(warnings, []);
    await close();
  });
}
