// Real-browser tests of analytics (issue 13; RELIABILITY.md lines 26–28 and 34), against the built
// dist/pathlight.global.js: every request the page makes is recorded, and a local endpoint receives the batches.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROME_ARGS, chromePath, root, waitForWidget } from './harness.mjs';

/** What the endpoint does with the next POSTs: 'ok', or a flaky cycle (503, stored-then-reset, reset, ok). */
let mode = 'ok';
/** Every POST body's records, in arrival order, with what the endpoint answered. */
let posts = [];
/** The receiver's store: one line per id, as README's "The record" asks (NDJSON, duplicates dropped). */
let stored = new Map();
let flakyTurn = 0;

function collect(req, res) {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    const events = JSON.parse(body).events;
    const turn = mode === 'flaky' ? flakyTurn++ % 4 : 3;
    const post = { events, contentType: req.headers['content-type'], cookie: req.headers.cookie, answer: 0 };
    posts.push(post);
    if (turn === 0) {
      post.answer = 503;
      res.writeHead(503).end();
      return;
    }
    if (turn === 2) {
      // Stored, but the connection dies before the answer: the client must send these again.
      for (const event of events) if (!stored.has(event.id)) stored.set(event.id, JSON.stringify(event));
      req.socket.destroy();
      return;
    }
    if (turn === 1) {
      req.socket.destroy();
      return;
    }
    for (const event of events) if (!stored.has(event.id)) stored.set(event.id, JSON.stringify(event));
    post.answer = 204;
    res.writeHead(204).end();
  });
}

/** A page that embeds Pathlight with the script tag; `analytics` is inlined as code, so it may hold functions. */
const page = (analytics, { body = '' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ledgerly</title></head>
<body>
<form id="billing"><input id="card" name="card" autocomplete="off"><input id="email" name="email"></form>
${body}
<script>
  window.__records = [];
  window.Pathlight = window.Pathlight || function () { (Pathlight.q = Pathlight.q || []).push(arguments) };
  Pathlight('init', { feed: '/feed.json', analytics: Object.assign({ onEvent: (e) => window.__records.push(e) }, ${analytics}) });
</script>
<script async src="/pathlight.global.js"></script>
</body></html>`;

const PAGES = {
  '/consent.html': page(`{ endpoint: '/collect', requireConsent: true }`),
  '/plain.html': page(`{ endpoint: '/collect' }`),
  '/gpc.html': page(`{ endpoint: '/collect', forward: ['posthog'] }`, {
    body: `<script>window.posthog = { capture: (...args) => (window.__posthog = window.__posthog || []).push(args) };</script>`,
  }),
  '/next.html': '<!doctype html><title>next</title><p>another page</p>',
};
const FEED = JSON.stringify({
  version: 1,
  categories: [],
  articles: [{ id: 'refunds', title: 'Refunds', body: 'How refunds work.', format: 'markdown' }],
});

let server;
let base;
let browser;
before(async () => {
  const dist = sirv(join(root, 'dist'), { dev: true });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/collect' && req.method === 'POST') return collect(req, res);
    if (PAGES[path]) return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGES[path]);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path === '/feed.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(FEED);
    dist(req, res, () => res.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A fresh context that records every request its pages make. */
async function open(path, { gpc = false } = {}) {
  mode = 'ok';
  posts = [];
  stored = new Map();
  flakyTurn = 0;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  if (gpc)
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
  });
  tab.on('pageerror', (error) => warnings.push(error.message));
  await tab.goto(base + path);
  await waitForWidget(tab);
  return { context, tab, requests, warnings };
}

/** Uses the widget: opens the panel, searches (typing into Pathlight), closes it, and tracks an event. */
async function useWidget(tab) {
  await tab.locator('#card').fill('4111 1111 1111 1111');
  await tab.locator('#email').fill('host-form@ledgerly.example');
  await tab.evaluate(() => {
    window.__searched = false;
    window.Pathlight.on('search', () => {
      window.__searched = true;
    });
    window.Pathlight.open();
  });
  const input = tab.locator('pathlight-root').locator('input[role="combobox"]');
  await input.fill('refund for jan.kowalski@firma.pl');
  // The search event follows the results (debounced; the knowledge base's chunk comes first).
  await tab.waitForFunction(() => window.__searched, null, { timeout: 15_000 });
  await tab.evaluate(() => {
    window.Pathlight.track('invoice_opened', { invoice: 'INV-1042' });
    window.Pathlight.close();
  });
}

const analyticsRequests = (requests) => requests.filter((url) => url.includes('/collect'));
const storageKeys = (tab) =>
  tab.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort());
const waitFor = async (check, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('analytics in a real browser', () => {
  test('before consent(true): zero analytics requests and nothing of analytics stored; then they arrive once', async () => {
    const { context, tab, requests, warnings } = await open('/consent.html');
    // The pipeline is there (its chunk loaded), and it holds everything.
    await waitFor(() => requests.some((url) => url.endsWith('/pathlight.analytics.js')));
    await useWidget(tab);
    await tab.waitForTimeout(2500);
    assert.deepEqual(analyticsRequests(requests), []);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(base)),
      [],
      'no request leaves the site',
    );
    assert.deepEqual(
      (await storageKeys(tab)).filter((key) => key.includes('analytics')),
      [],
      'no queue, no anonymous or session id before consent',
    );
    assert.deepEqual(await tab.evaluate(() => window.__records), []);

    await tab.evaluate(() => window.Pathlight.consent(true));
    await waitFor(
      () => stored.size > 0 && [...stored.values()].some((line) => line.includes('invoice_opened')),
    );
    const records = [...stored.values()].map((line) => JSON.parse(line));
    const names = records.map((r) => r.name);
    for (const name of ['open', 'search', 'track', 'close']) assert.ok(names.includes(name), name);
    const text = [...stored.values()].join('\n');
    assert.doesNotMatch(
      text,
      /4111|host-form|firma\.pl/,
      'no host form values, the email in the query masked',
    );
    assert.match(text, /refund for \[email\]/);
    assert.equal(posts[0].contentType, 'application/json');
    assert.equal(posts[0].cookie, undefined);
    // Each record once.
    assert.equal(posts.flatMap((p) => p.events).length, stored.size);
    assert.deepEqual(await tab.evaluate(() => document.cookie), '');
    assert.deepEqual(warnings, []);
    await context.close();
  });

  test('consent(false) sends nothing, ever, and keeps only the preference', async () => {
    const { context, tab, requests } = await open('/consent.html');
    await waitFor(() => requests.some((url) => url.endsWith('/pathlight.analytics.js')));
    await useWidget(tab);
    await tab.evaluate(() => window.Pathlight.consent(false));
    await tab.evaluate(() => window.Pathlight.track('after_no'));
    await tab.waitForTimeout(2000);
    assert.deepEqual(analyticsRequests(requests), []);
    assert.ok((await storageKeys(tab)).includes('pathlight:consent'));
    assert.deepEqual(
      (await storageKeys(tab)).filter((key) => key.includes('analytics')),
      [],
    );
    await context.close();
  });

  test('under Global Privacy Control: no analytics chunk, no request, no forwarding', async () => {
    const { context, tab, requests } = await open('/gpc.html', { gpc: true });
    await tab.waitForTimeout(1500);
    await useWidget(tab);
    await tab.waitForTimeout(2500);
    assert.deepEqual(analyticsRequests(requests), []);
    assert.ok(
      !requests.some((url) => url.includes('pathlight.analytics.js')),
      'the chunk is not even loaded',
    );
    assert.equal(await tab.evaluate(() => window.__posthog), undefined);
    assert.deepEqual(await tab.evaluate(() => window.__records), []);
    await context.close();
  });

  test('without GPC the same page forwards to PostHog and sends to the endpoint', async () => {
    const { context, tab } = await open('/gpc.html');
    await useWidget(tab);
    await waitFor(() => [...stored.values()].some((line) => line.includes('invoice_opened')));
    await tab.waitForFunction(() => window.__posthog?.some(([name]) => name === 'help searched'));
    const captured = await tab.evaluate(() => window.__posthog.map(([name]) => name));
    assert.ok(captured.includes('help panel opened'), captured.join());
    // The host's own track() is not forwarded: its tool has it already.
    assert.ok(!captured.some((name) => name.includes('invoice')));
    await context.close();
  });

  test('pagehide: what is queued arrives with keepalive as the page goes; the receiver keeps it once', async () => {
    const { context, tab, requests } = await open('/plain.html');
    await waitFor(() => requests.some((url) => url.endsWith('/pathlight.analytics.js')));
    // The pipeline has started once a record made now reaches the receiver (a batch delay later): before it,
    // the tap holds what is tracked in memory only, which would go with the page.
    await tab.evaluate(() => window.Pathlight.track('settled'));
    await waitFor(() => [...stored.values()].some((line) => line.includes('settled')));
    const before = stored.size;
    // Leave at once: the batch's one-second wait never ends on this page.
    await tab.evaluate(() => window.Pathlight.track('left_in_a_hurry', { at: 'checkout' }));
    await tab.goto(`${base}/next.html`);
    // It arrives while the visitor is on a page without Pathlight: sent by the page that went away.
    await waitFor(() => [...stored.values()].some((line) => line.includes('left_in_a_hurry')), 5000);
    assert.ok(stored.size > before);
    // Back on a Pathlight page, the record may be sent again (nobody heard the keepalive answer): same id,
    // so the receiver keeps one.
    await tab.goto(`${base}/plain.html`);
    await waitForWidget(tab);
    // What this page found queued goes in its first batch, with (or before) a record made now.
    await tab.evaluate(() => window.Pathlight.track('came_back'));
    await waitFor(() => [...stored.values()].some((line) => line.includes('came_back')));
    const kept = [...stored.values()].filter((line) => line.includes('left_in_a_hurry'));
    assert.equal(kept.length, 1);
    const copies = posts.flatMap((p) => p.events).filter((e) => e.props?.name === 'left_in_a_hurry');
    assert.ok(copies.length <= 2, `${copies.length} copies`);
    assert.equal(new Set(copies.map((e) => e.id)).size, 1);
    await context.close();
  });

  test('a flaky endpoint (503, resets, answers lost after storing) and a reload: no loss, no duplicate kept', async () => {
    const { context, tab } = await open('/plain.html');
    mode = 'flaky';
    const sent = [];
    for (let i = 0; i < 30; i++) {
      sent.push(`e${i}`);
      await tab.evaluate((n) => window.Pathlight.track('flaky', { n }), `e${i}`);
      if (i === 14) {
        // A reload in the middle: the queue survives it.
        await tab.reload();
        await waitForWidget(tab);
      }
      await tab.waitForTimeout(60);
    }
    const trackedIds = () =>
      new Set(
        [...stored.values()]
          .map((line) => JSON.parse(line))
          .filter((r) => r.name === 'track' && r.props.name === 'flaky')
          .map((r) => r.props.props.n),
      );
    await waitFor(() => trackedIds().size === sent.length, 90_000);
    assert.deepEqual([...trackedIds()].sort(), [...sent].sort());
    // The receiver kept one line per id. The client sends again only what went as the first page unloaded
    // (nobody was left to hear that answer), never what a live page heard acknowledged.
    const ackedTimes = new Map();
    for (const post of posts.filter((p) => p.answer === 204))
      for (const e of post.events) ackedTimes.set(e.id, (ackedTimes.get(e.id) ?? 0) + 1);
    const byId = new Map(posts.flatMap((p) => p.events).map((e) => [e.id, e]));
    for (const [id, times] of ackedTimes) {
      assert.ok(times <= 2, `${id} acknowledged ${times} times`);
      if (times === 2) {
        const n = byId.get(id).props?.props?.n;
        assert.ok(!n || Number(n.slice(1)) <= 14, `only records of the first page come twice, not ${n}`);
      }
    }
    const lines = [...stored.values()].map((line) => JSON.parse(line).id);
    assert.equal(new Set(lines).size, lines.length);
    await context.close();
  });
});
