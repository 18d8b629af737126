// Element-level help at scale (issue 8 item 11): a page with 200 `data-pathlight-article` marks must not become
// one long task. Buttons are drawn only for marks near the viewport, and placed a batch per frame.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, setup, waitForWidget } from './harness.mjs';

const MARKS = 200;
const ids = ['getting-started', 'dashboard-overview', 'company-profile'];
const fields = Array.from(
  { length: MARKS },
  (_, i) =>
    `<div class="f"><label for="f${i}">Field ${i}</label> <input id="f${i}" data-pathlight-article="${ids[i % 3]}"></div>`,
).join('');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>200 marks</title>
<style>.f { padding: 6px }</style></head><body><h1>A long form</h1>${fields}
<script src="/marks-settings.js"></script><script async src="/pathlight.global.js"></script></body></html>`;
const settings = `window.Pathlight = function () { (Pathlight.q = Pathlight.q || []).push(arguments) };
Pathlight('init', { feed: '/feeds/kb.en.json' });`;

let env;
before(async () => {
  env = await setup({ dirs: ['tests/browser/fixtures', 'dist', 'examples'] });
});
after(async () => {
  await env?.close();
});

const buttons = (page) =>
  page.evaluate(
    () => document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-element-help').length,
  );

test('200 marks: buttons only near the viewport, at most one batch placed per task, more on scroll', async () => {
  const { page, close, pageErrors } = await openPage(env.browser);
  await page.route('**/marks.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.route('**/marks-settings.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: settings }),
  );
  // Every batch of DOM changes to the shadow root (one per task): how many buttons it added.
  await page.addInitScript(() => {
    window.__added = [];
    const watch = () => {
      const root = document.querySelector('pathlight-root')?.shadowRoot;
      if (!root) return requestAnimationFrame(watch);
      new MutationObserver((records) => {
        let added = 0;
        for (const record of records)
          for (const node of record.addedNodes)
            if (node.nodeType === 1)
              added += node.matches('.pl-element-help')
                ? 1
                : node.querySelectorAll('.pl-element-help').length;
        if (added) window.__added.push(added);
      }).observe(root, { childList: true, subtree: true });
    };
    requestAnimationFrame(watch);
  });
  await page.goto(env.url('/marks.html'));
  await waitForWidget(page);
  await page.waitForFunction(
    () =>
      document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-element-help[data-placed]')
        .length > 20,
    null,
    { timeout: 20000 },
  );
  // How many marks lie near the viewport (within half its height), as the page sees them.
  await page.evaluate(() => {
    window.__near = () => {
      const margin = innerHeight * 0.5;
      return [...document.querySelectorAll('[data-pathlight-article]')].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.bottom >= -margin && box.top <= innerHeight + margin;
      }).length;
    };
  });
  // Buttons come a batch per frame: the last batches may still be on their way (later on a busy machine).
  await page
    .waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-element-help').length ===
        window.__near(),
      null,
      { timeout: 10000 },
    )
    .catch(() => {});
  const near = await page.evaluate(() => window.__near());
  assert.ok(near < MARKS / 2, `the test page is long enough (${near} marks near the viewport)`);
  assert.equal(await buttons(page), near, 'one button per mark near the viewport, none for the rest');
  const added = await page.evaluate(() => window.__added);
  assert.ok(Math.max(...added) <= 24, `buttons added in one task: ${added.join(', ')} (of ${near})`);

  // Scrolled to the end: the marks there get their buttons, those far above lose theirs.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(
    () => {
      const last = document.getElementById('f199').getBoundingClientRect();
      const root = document.querySelector('pathlight-root').shadowRoot;
      return [...root.querySelectorAll('.pl-element-help[data-placed]')].some((button) => {
        const box = button.getBoundingClientRect();
        return Math.abs(box.top + box.height / 2 - (last.top + last.height / 2)) < 4;
      });
    },
    null,
    { timeout: 10000 },
  );
  assert.ok((await buttons(page)) < MARKS / 2, 'still only the marks near the viewport');
  assert.deepEqual(pageErrors, []);
  await close();
});
