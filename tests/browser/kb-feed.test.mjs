// Real-browser tests of the knowledge-base feed (issue 3, RELIABILITY.md lines 15–19): the feed
// cache (Cache Storage, never localStorage), offline use, malformed feeds, Retry-After and
// revalidation through the HTTP cache. Runs against the built dist/pathlight.global.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROME_ARGS, chromePath, root, waitForWidget } from './harness.mjs';

const FEED = readFileSync(join(root, 'tests/browser/fixtures/kb-feed-en.json'), 'utf8');
const CACHE_NAME = 'pathlight-feeds';

let browser;
let server;
let base;
/** Every request for a feed the dynamic routes answer: { path, method, at, ifNoneMatch, status }. */
const seen = [];
let flaky = 0;

/** Feeds whose answers the tests script; everything else comes from the fixtures and dist/. */
const routes = {
  // 503 with Retry-After the first time, then 200 with an ETag; 304 when the browser revalidates.
  '/kb-feed-flaky.json'(req, res) {
    flaky += 1;
    if (flaky === 1) {
      res.writeHead(503, { 'Retry-After': '2', 'Cache-Control': 'no-store' });
      return res.end('busy');
    }
    return sendFeed(req, res);
  },
  // A sign-in page where the feed should be, as a misconfigured proxy serves it.
  '/kb-feed-not-json.json'(_req, res) {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end('<!doctype html><title>Sign in</title><p>Your session expired.');
  },
  // Another origin (localhost vs 127.0.0.1): CORS allows it; a preflight would show up as OPTIONS.
  '/kb-feed-cors.json'(req, res) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      return res.end();
    }
    return sendFeed(req, res);
  },
};

function sendFeed(req, res) {
  const etag = '"feed-v1"';
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' });
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': 'no-cache' });
  return res.end(FEED);
}

before(async () => {
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  const statics = ['tests/browser/fixtures', 'dist'].map((dir) =>
    sirv(join(root, dir), { dev: true, etag: true }),
  );
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const route = routes[path];
    if (route) {
      const at = Date.now();
      const end = res.end.bind(res);
      res.end = (...args) => {
        seen.push({
          path,
          method: req.method,
          at,
          ifNoneMatch: req.headers['if-none-match'],
          status: res.statusCode,
        });
        return end(...args);
      };
      return route(req, res);
    }
    let i = 0;
    const next = () => {
      const handler = statics[i++];
      if (handler) return handler(req, res, next);
      res.statusCode = 404;
      res.end('Not found');
    };
    next();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections?.();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page of `context` that records page errors, with the fixture's events in window.__events. */
async function visit(context, feed) {
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__onerror = [];
    window.addEventListener('error', (e) => window.__onerror.push(String(e.message)));
  });
  await page.goto(`${base}/kb-feed.html?feed=${encodeURIComponent(feed)}`);
  await waitForWidget(page);
  return { page, pageErrors };
}

const events = (page, name) =>
  page.evaluate((n) => window.__events.filter(([e]) => e === n).map(([, payload]) => payload), name);

/** Waits for an event whose payload has every key-value of `match`; returns the payload. */
async function waitForEvent(page, name, match = {}) {
  const handle = await page.waitForFunction(
    ([n, wanted]) =>
      window.__events.find(
        ([e, payload]) => e === n && Object.entries(wanted).every(([key, value]) => payload[key] === value),
      )?.[1],
    [name, match],
    { timeout: 15000 },
  );
  return handle.jsonValue();
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` in node until it returns something truthy (waitForFunction does not await promises). */
async function until(fn, what, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await pause(50);
  }
}

/** The feed Cache Storage holds for `url`, polled until present. */
async function cachedFeed(page, url) {
  const text = await until(
    () =>
      page.evaluate(
        async ([name, key]) => (await (await caches.open(name)).match(key))?.text(),
        [CACHE_NAME, url],
      ),
    `${url} in Cache Storage`,
  );
  return JSON.parse(text);
}

/** Runs `Pathlight.search(query)` and returns the `search` event it causes. */
async function search(page, query) {
  await page.evaluate((q) => window.Pathlight.search(q), query);
  return waitForEvent(page, 'search', { query });
}

describe('knowledge-base feed in a real browser', () => {
  test('offline, the copy saved in Cache Storage is served (not localStorage)', async () => {
    const context = await browser.newContext();
    const online = await visit(context, '/kb-feed-en.json');
    const saved = await cachedFeed(online.page, `${base}/kb-feed-en.json`);
    assert.equal(saved.articles.length, 2);
    const first = await search(online.page, 'password');
    assert.ok(first.resultCount > 0, `online search found ${first.resultCount}`);
    const local = await online.page.evaluate(() =>
      Object.keys(localStorage).map((k) => [k, localStorage[k]]),
    );
    assert.ok(
      local.every(([key, value]) => key.startsWith('pathlight:') && !value.includes('Reset your password')),
      `the feed must not be in localStorage: ${JSON.stringify(local).slice(0, 200)}`,
    );
    await online.page.close();

    // Next visit, offline: the app shell (page, bundle, chunks) comes from the "service worker" (routes); the feed cannot.
    await context.setOffline(true);
    await context.route('**/*', (route) => {
      const { pathname } = new URL(route.request().url());
      const file = /^\/pathlight\.[a-z]+(-[A-Z0-9]+)?\.js$/.test(pathname) // the first script, the app and its chunks
        ? join(root, 'dist', pathname)
        : /^\/(kb-feed\.(html|js)|fixture\.css)$/.test(pathname)
          ? join(root, 'tests/browser/fixtures', pathname)
          : undefined;
      return file ? route.fulfill({ path: file }) : route.continue();
    });
    const offline = await visit(context, '/kb-feed-en.json');
    assert.equal(await offline.page.evaluate(() => navigator.onLine), false);
    const failed = await waitForEvent(offline.page, 'error', { code: 'feed_fetch_failed' });
    assert.match(failed.message, /offline; showing the saved copy\.$/);
    const result = await search(offline.page, 'passw');
    assert.ok(result.resultCount > 0, `offline search found ${result.resultCount}`);
    assert.deepEqual(offline.pageErrors, []);
    await context.close();
  });

  // Plain-http origins have no Cache Storage, and WebKit can leave indexedDB.open pending forever.
  test('with no Cache Storage and an IndexedDB that never opens, the feed still loads and search works', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'caches', { value: undefined });
      Object.defineProperty(window, 'indexedDB', { value: { open: () => ({}) } });
    });
    const { page, pageErrors } = await visit(context, '/kb-feed-en.json');
    assert.equal(await page.evaluate(() => window.caches), undefined);
    const result = await search(page, 'password');
    assert.ok(result.resultCount > 0, `search found ${result.resultCount}`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test('a feed with a bad article: the error names the JSON path, the rest works, the host is unharmed', async () => {
    const context = await browser.newContext();
    const { page, pageErrors } = await visit(context, '/kb-feed-broken.json');
    const problem = await waitForEvent(page, 'error', { code: 'feed_invalid' });
    assert.equal(
      problem.message,
      `Help feed ${base}/kb-feed-broken.json: articles[0].video.chapters[0].at: expected seconds as a number`,
    );
    const saved = await cachedFeed(page, `${base}/kb-feed-broken.json`);
    assert.equal(saved.articles.length, 2, 'the raw copy is saved; it is validated again when used');
    const result = await search(page, 'two-factor');
    assert.ok(result.resultCount > 0, 'the other article is still found');
    await page.click('#host-count');
    assert.equal(await page.textContent('#host-clicks'), '1');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await page.evaluate(() => window.__onerror), []);
    await context.close();
  });

  test('a feed that is not JSON is reported and nothing breaks', async () => {
    const context = await browser.newContext();
    const { page, pageErrors } = await visit(context, '/kb-feed-not-json.json');
    const problem = await waitForEvent(page, 'error', { code: 'feed_invalid' });
    assert.match(problem.message, /: feed: not valid JSON \(.+\) \(feed not used\)$/);
    assert.equal(
      await page.evaluate(
        async (name) => (await caches.open(name)).keys().then((keys) => keys.length),
        CACHE_NAME,
      ),
      0,
      'an unusable feed is never saved',
    );
    await page.evaluate(() => window.Pathlight.open());
    await page.locator('pathlight-root [role="dialog"]').waitFor();
    await page.click('#host-count');
    assert.equal(await page.textContent('#host-clicks'), '1');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await page.evaluate(() => window.__onerror), []);
    await context.close();
  });

  test('503 with Retry-After is retried after the wait; the next visit revalidates with If-None-Match', async () => {
    const context = await browser.newContext();
    seen.length = 0;
    flaky = 0;
    const first = await visit(context, '/kb-feed-flaky.json');
    const saved = await cachedFeed(first.page, `${base}/kb-feed-flaky.json`);
    assert.equal(saved.articles.length, 2);
    const calls = seen.filter((r) => r.path === '/kb-feed-flaky.json');
    assert.deepEqual(
      calls.map((r) => r.status),
      [503, 200],
    );
    const waited = calls[1].at - calls[0].at;
    assert.ok(waited >= 1900, `Retry-After: 2 was honoured (waited ${waited} ms)`);
    assert.deepEqual(await events(first.page, 'error'), [], 'a retried 503 is not an error');
    await first.page.close();

    const second = await visit(context, '/kb-feed-flaky.json');
    const revalidation = await until(
      () => seen.filter((r) => r.path === '/kb-feed-flaky.json')[2],
      'the revalidation request',
    );
    assert.equal(
      revalidation?.ifNoneMatch,
      '"feed-v1"',
      'the browser revalidates its HTTP-cached copy itself',
    );
    assert.equal(revalidation?.status, 304);
    const result = await search(second.page, 'password');
    assert.ok(result.resultCount > 0);
    assert.deepEqual(await events(second.page, 'error'), []);
    await context.close();
  });

  test('a cross-origin feed is fetched without a CORS preflight', async () => {
    const context = await browser.newContext();
    seen.length = 0;
    const url = `${base.replace('127.0.0.1', 'localhost')}/kb-feed-cors.json`;
    const { page } = await visit(context, url);
    const saved = await cachedFeed(page, url);
    assert.equal(saved.articles.length, 2);
    assert.deepEqual(
      seen.filter((r) => r.path === '/kb-feed-cors.json').map((r) => r.method),
      ['GET'],
    );
    await context.close();
  });
});
