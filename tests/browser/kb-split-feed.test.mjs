// A split feed in real Chromium (issue 15): a manifest whose articles carry `bodyUrl`, under the strict CSP with
// Trusted Types. Search finds articles by the manifest (snippets from summary and headings); opening one shows the
// loading state, then the body, sanitized by the same renderer as inline bodies; a body read once opens offline from
// Cache Storage; one never read says so offline and loads by itself once online; a missing body, or a site page
// where it should be, is one warning, one `error` event and a friendly state with Try again. Screenshots of the
// loading and failure states (desktop and 375 px) go to .tmp/split-feed/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { noTrouble, openPage, root, setup, waitForWidget } from './harness.mjs';

const SHOTS = join(root, '.tmp/split-feed');
const CACHE_NAME = 'pathlight-feeds';
const $ = (page, selector) => page.locator(`pathlight-root ${selector}`);
const events = (page, name) => page.evaluate((n) => window.__events.filter(([e]) => e === n), name);
const body = (page) => $(page, '.pl-article-body[data-state="ready"]');
const unavailable = (page, reason) => $(page, `.pl-article-unavailable[data-reason="${reason}"]`);

let env;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  env = await setup({ dirs: ['tests/browser/fixtures', 'dist'] });
});
after(async () => {
  await env?.close();
});

/** Holds requests for `path` until `release()`; `asked` resolves with the first one. */
async function hold(page, path) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  let asked;
  const requested = new Promise((resolve) => {
    asked = resolve;
  });
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      asked(route.request());
      await held;
      await route.continue().catch(() => {});
    },
  );
  return { release, requested };
}

async function openSplit(options) {
  const opened = await openPage(env.browser, undefined, options);
  await opened.page.goto(env.url('/kb-split.html'));
  await waitForWidget(opened.page);
  return opened;
}

/** The article view is drawn and its title has focus: the view is settled. */
const articleShown = (page, title) =>
  page.waitForFunction(
    (text) =>
      document.querySelector('pathlight-root')?.shadowRoot?.activeElement?.textContent === text &&
      document.querySelector('pathlight-root').shadowRoot.activeElement.id === 'pl-article-title',
    title,
  );

describe('a split feed', () => {
  test('search finds an article by its manifest; opening it shows the loading state, then the sanitized body, saved for offline use', async () => {
    const opened = await openSplit();
    const { page, warnings } = opened;
    const held = await hold(page, '/split/bodies/en/reset-password.md');
    await page.evaluate(() => Pathlight.open());
    await $(page, '[role="combobox"]').fill('email never comes');
    const option = $(page, '[role="option"]').first();
    await option.waitFor();
    assert.match(await option.textContent(), /Reset your password/);
    assert.match(
      await option.textContent(),
      /When the e-mail never comes/,
      'the snippet comes from the headings',
    );
    await option.click();
    await held.requested;
    const loading = $(page, '.pl-article .pl-skeleton');
    await loading.waitFor();
    await articleShown(page, 'Reset your password');
    await page.screenshot({ path: join(SHOTS, 'loading-desktop.png') });
    held.release();
    await body(page).locator('h2', { hasText: 'Steps' }).waitFor();
    assert.equal(await loading.count(), 0, 'the loading state is gone');
    assert.equal(await body(page).locator('h2').nth(1).textContent(), 'When the e-mail never comes');
    assert.equal(await body(page).locator('img[onerror]').count(), 0, 'the body went through the sanitizer');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(
      await $(page, '.pl-article-meta').textContent(),
      '1 min read',
      'reading time from the fetched body',
    );
    assert.deepEqual(
      (await events(page, 'article:view')).map(([, e]) => e.id),
      ['reset-password'],
      'one article:view',
    );
    const saved = await page.evaluate(
      async ([name, url]) => (await (await caches.open(name)).match(url))?.text(),
      [CACHE_NAME, env.url('/split/bodies/en/reset-password.md')],
    );
    assert.match(saved ?? '', /^## Steps/, 'the body is in Cache Storage, keyed by its URL');

    // An HTML body, through the same renderer.
    await page.evaluate(() => Pathlight.showArticle('export-reports'));
    await body(page).locator('h2', { hasText: 'Scheduled exports' }).waitFor();
    assert.equal(await body(page).locator('script').count(), 0);
    assert.equal(await body(page).locator('a[href^="javascript"]').count(), 0);
    assert.deepEqual(await events(page, 'error'), []);
    assert.deepEqual(warnings, []);
    await noTrouble(opened);
    await opened.close();
  });

  test('offline: a body read before opens from the saved copy; one never read says so, and loads once online', async () => {
    const first = await openSplit();
    await first.page.evaluate(() => Pathlight.showArticle('reset-password'));
    await body(first.page).locator('h2', { hasText: 'Steps' }).waitFor();
    await first.page.waitForFunction(
      async ([name, url]) => !!(await (await caches.open(name)).match(url)),
      [CACHE_NAME, env.url('/split/bodies/en/reset-password.md')],
    );
    await first.page.close();

    // A new page of the same origin: nothing in memory, the feed and the body only in Cache Storage.
    const page = await first.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(env.url('/kb-split.html'));
    await waitForWidget(page);
    // The article view's chunks load online (a real page has them in its HTTP cache), then the network goes.
    await page.evaluate(() => Pathlight.showArticle('inline'));
    await body(page).locator('h2', { hasText: 'Shortcuts' }).waitFor();
    await first.context.setOffline(true);
    await page.evaluate(() => Pathlight.showArticle('reset-password'));
    await body(page).locator('h2', { hasText: 'Steps' }).waitFor();
    assert.deepEqual(await events(page, 'error'), [], 'offline with a saved copy is no error');

    await page.evaluate(() => Pathlight.showArticle('change-email'));
    const offline = unavailable(page, 'offline');
    await offline.waitFor();
    assert.match(await offline.textContent(), /You’re offline\..*isn’t saved on this device yet/);
    assert.equal(await offline.getByRole('button', { name: 'Try again' }).count(), 1);
    await first.context.setOffline(false);
    await body(page).locator('h2', { hasText: 'Change it' }).waitFor();
    assert.equal(await offline.count(), 0, 'back online, the article loaded by itself');
    assert.deepEqual(pageErrors, []);
    await first.close();
  });

  test('a missing body, or a site page where it should be: one warning, one error event, a friendly state with Try again', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 700 },
    ]) {
      const opened = await openSplit({ viewport });
      const { page, warnings } = opened;
      await page.evaluate(() => Pathlight.showArticle('close-account'));
      const failed = unavailable(page, 'failed');
      await failed.waitFor();
      await articleShown(page, 'Close your account');
      assert.match(await failed.textContent(), /This article could not be loaded\./);
      await page.screenshot({ path: join(SHOTS, `error-${viewport.width}.png`) });
      const errors = (await events(page, 'error')).map(([, e]) => e);
      assert.equal(errors.length, 1);
      assert.equal(errors[0].code, 'article_fetch_failed');
      assert.match(
        errors[0].message,
        /"close-account" from http:\S+\/split\/bodies\/en\/close-account\.md: HTTP 404\.$/,
      );
      assert.equal(warnings.filter((w) => w.includes('close-account')).length, 1, 'one console warning');

      if (viewport.width === 375) {
        await noTrouble(opened);
        await opened.close();
        continue;
      }
      // Try again, once the file is there.
      await page.route(
        (url) => url.pathname === '/split/bodies/en/close-account.md',
        (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/markdown',
            body: '## Before you go\n\nExport your data.',
          }),
      );
      await failed.getByRole('button', { name: 'Try again' }).click();
      await body(page).locator('h2', { hasText: 'Before you go' }).waitFor();
      assert.equal(await failed.count(), 0);

      // The way to a human still follows, with the article in the hand-off context.
      await $(page, '.pl-feedback button:has-text("No")').click();
      await $(page, 'button:has-text("Contact us")').first().click();
      await page.waitForFunction(() => window.__events.some(([n]) => n === 'handoff'));
      const [[, handoff]] = await events(page, 'handoff');
      assert.ok(handoff.context.viewedArticles.some((a) => a.id === 'close-account'));

      // A static host answering a missing file with its site's page (200, HTML): not an article body.
      await page.route(
        (url) => url.pathname === '/split/bodies/en/invite-team.md',
        (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<!doctype html><html><title>App</title><div id="app"></div>',
          }),
      );
      await page.evaluate(() => Pathlight.showArticle('site-page'));
      await failed.waitFor();
      const last = (await events(page, 'error')).at(-1)[1];
      assert.match(last.message, /"site-page" .*: a whole HTML page, not an article body\.$/);
      assert.equal(await $(page, '.pl-article-body #app').count(), 0);
      await noTrouble(opened);
      await opened.close();
    }
  });

  test('the loading state on a phone, and leaving an article aborts its body’s request', async () => {
    const opened = await openSplit({ viewport: { width: 375, height: 700 } });
    const { page, warnings } = opened;
    const held = await hold(page, '/split/bodies/en/change-email.md');
    const aborted = page.waitForEvent('requestfailed', {
      predicate: (request) => request.url().endsWith('/change-email.md'),
      timeout: 15000,
    });
    await page.evaluate(() => Pathlight.showArticle('change-email'));
    await held.requested;
    await $(page, '.pl-article .pl-skeleton').waitFor();
    await articleShown(page, 'Change your e-mail address');
    await page.screenshot({ path: join(SHOTS, 'loading-375.png') });
    await page.evaluate(() => Pathlight.open('home'));
    const request = await aborted;
    assert.match(request.failure()?.errorText ?? '', /ABORTED|cancel/i);
    held.release();
    await $(page, '#pl-topics').waitFor();
    assert.deepEqual(await events(page, 'error'), [], 'leaving is not a failure');
    assert.deepEqual(warnings, []);
    await noTrouble(opened);
    await opened.close();
  });
});
