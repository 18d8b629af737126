// Remote search in real Chromium: a fake engine served by this test on another port (CORS, a preflight for
// Meilisearch's Authorization header), the panel typed into like a person would. Results come from the engine,
// its highlight ranges render as <mark> (and its markup as text), a query typed on aborts the one before, and
// with the engine down the feed's index answers, with one warning and one error event.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openPage, root, setup, waitForWidget } from './harness.mjs';

/** Screenshots to look at: .tmp/shots/search-remote-*.png */
const shots = join(root, '.tmp/shots');
mkdirSync(shots, { recursive: true });

const ENGINE_HITS = [
  {
    id: 'reset-password',
    title: 'How do I reset my password?',
    snippet: 'From the engine: a new password <b>by e-mail</b>',
    ranges: { title: [[18, 26]], snippet: [[23, 31]] },
  },
  { id: 'engine-only', title: 'Password rules (engine only)', snippet: 'At least 12 characters.' },
];

/** The fake engine: `mode` is 'up' or 'down' (503); queries starting "slo" answer after a second. */
function fakeEngine() {
  const engine = { mode: 'up', requests: [] };
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type');
    if (req.method === 'OPTIONS') return res.end();
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url, 'http://engine');
      const parsed = body ? JSON.parse(body) : undefined;
      const query = url.searchParams.get('q') ?? parsed?.q ?? '';
      engine.requests.push({
        method: req.method,
        path: url.pathname,
        params: url.searchParams,
        headers: req.headers,
        body: parsed,
      });
      if (engine.mode === 'down') {
        res.statusCode = 503;
        return res.end('{"message":"down"}');
      }
      const answer = () => {
        res.setHeader('Content-Type', 'application/json');
        if (url.pathname.startsWith('/indexes/')) {
          // Meilisearch's shape: _formatted with <em> around the matches.
          return res.end(
            JSON.stringify({
              hits: [
                {
                  id: 'reset-password',
                  title: 'How do I reset my password?',
                  _formatted: {
                    title: 'How do I reset my <em>password</em>?',
                    body: 'Meili: choose <em>Forgot password</em>',
                  },
                },
              ],
              query,
              processingTimeMs: 0,
              limit: 20,
              offset: 0,
              estimatedTotalHits: 1,
            }),
          );
        }
        res.end(JSON.stringify({ hits: ENGINE_HITS }));
      };
      if (!query.startsWith('slo')) return answer();
      setTimeout(answer, 1000);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      engine.origin = `http://127.0.0.1:${server.address().port}`;
      engine.close = () => new Promise((done) => server.close(done));
      resolve(engine);
    }),
  );
}

let env;
let engine;
before(async () => {
  env = await setup({ dirs: ['tests/browser/fixtures', 'dist', 'examples'] });
  engine = await fakeEngine();
});
after(async () => {
  await env?.close();
  await engine?.close();
});

/** `brokenFeed`: the feed answers JSON cut short (malformed), nothing of it saved. */
async function openSearch(params, { brokenFeed = false, viewport } = {}) {
  const opened = await openPage(env.browser, undefined, viewport ? { viewport } : {});
  if (brokenFeed)
    await opened.page.route('**/feeds/kb.en.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"version": 1, "articles": [{"id": "a' }),
    );
  await opened.page.goto(env.url(`/search-remote.html?engine=${engine.origin}&${params}`));
  await waitForWidget(opened.page);
  const arabic = params.includes('locale=ar');
  await opened.page.getByRole('button', { name: arabic ? 'مساعدة' : 'Help', exact: true }).click();
  const input = opened.page.getByRole('combobox', {
    name: arabic ? 'البحث في مقالات المساعدة' : 'Search help articles',
  });
  await input.waitFor();
  await input.focus();
  return { ...opened, input };
}
const options = (page) => page.locator('pathlight-root [role="option"]');
const texts = (locator) => locator.evaluateAll((nodes) => nodes.map((n) => n.textContent));

describe('remote search', () => {
  test('results come from the engine, its ranges render as <mark>, its markup as text', async () => {
    engine.mode = 'up';
    engine.requests.length = 0;
    const { page, close, pageErrors, violations, input } = await openSearch('provider=endpoint');
    // One input event, so the request checked below is the whole query's (see the Meilisearch test).
    await input.fill('password');
    await page.getByRole('option', { name: /Password rules \(engine only\)/ }).waitFor();
    const rows = await texts(options(page));
    assert.equal(rows.length, 2);
    assert.match(rows[0], /From the engine: a new password <b>by e-mail<\/b>/);
    assert.equal(
      await page.locator('pathlight-root [role="option"] b').count(),
      0,
      'engine markup stays text',
    );
    assert.deepEqual(await texts(options(page).first().locator('mark')), ['password', 'password']);
    const last = engine.requests.at(-1);
    assert.equal(last.method, 'GET');
    assert.equal(last.path, '/search');
    assert.deepEqual(Object.fromEntries(last.params), { q: 'password', locale: 'en', limit: '20' });

    // An article only the engine knows opens from its hit.
    await page.getByRole('option', { name: /engine only/ }).click();
    await page
      .locator('pathlight-root .pl-article-title', { hasText: 'Password rules (engine only)' })
      .waitFor();
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await violations(), []);
    await close();
  });

  test('typing on aborts the request for the query before', async () => {
    engine.mode = 'up';
    const { page, close } = await openSearch('provider=endpoint');
    // Chromium keeps the connection of an aborted request that got no headers yet, so the engine cannot tell:
    // the page's fetch says which requests were aborted.
    await page.evaluate(() => {
      const fetch = window.fetch;
      window.__aborted = [];
      window.fetch = (input, init) => {
        init?.signal?.addEventListener('abort', () =>
          window.__aborted.push(new URL(String(input)).searchParams.get('q')),
        );
        return fetch(input, init);
      };
    });
    await page.keyboard.type('slo', { delay: 20 });
    // Past the panel's debounce, the request for "slo" reaches the engine (which takes a second to answer).
    while (!engine.requests.some((r) => r.params.get('q') === 'slo'))
      await new Promise((resolve) => setTimeout(resolve, 20));
    await page.keyboard.type('w', { delay: 20 });
    await options(page).first().waitFor({ timeout: 5000 });
    assert.deepEqual(await page.evaluate(() => window.__aborted), ['slo']);
    await close();
  });

  test('Meilisearch: POST with the search key (a CORS preflight), _formatted turned into marks', async () => {
    engine.mode = 'up';
    engine.requests.length = 0;
    const { page, close, input } = await openSearch('provider=meilisearch');
    // One input event: typed letter by letter, a busy machine paused past the debounce after "forg" (a request of
    // its own, answered first). What is checked here is the request and the marks, not typing.
    await input.fill('forgot');
    await page.getByRole('option', { name: /reset my password/ }).waitFor();
    assert.deepEqual(await texts(options(page).first().locator('mark')), ['password', 'Forgot password']);
    const request = engine.requests.find((r) => r.method === 'POST');
    assert.equal(request.path, '/indexes/help-en/search');
    assert.equal(request.headers.authorization, 'Bearer search-only-key');
    assert.equal(request.body.q, 'forgot');
    await close();
  });

  test('with the engine down, the feed answers, with one warning and one error event', async () => {
    engine.mode = 'down';
    const { page, close, warnings, input } = await openSearch('provider=endpoint');
    await page.keyboard.type('invoice', { delay: 20 });
    await page.getByRole('option', { name: /Create and send your first invoice/ }).waitFor();
    assert.ok(await options(page).first().locator('mark').count(), 'local highlights');
    await input.fill('');
    await page.keyboard.type('password', { delay: 20 });
    await page.getByRole('option', { name: /reset my password/ }).waitFor();
    const errors = await page.evaluate(() => window.__errors.filter((e) => e.code === 'search_failed'));
    assert.equal(errors.length, 1);
    assert.equal(warnings.filter((w) => /Help search engine failed/.test(w)).length, 1);
    await close();
  });

  test('with the feed malformed, the working engine still searches; home says suggestions are unavailable', async () => {
    engine.mode = 'up';
    for (const [name, params, viewport] of [
      ['light', '', { width: 1280, height: 800 }],
      ['dark', '&dark', { width: 1280, height: 800 }],
      ['phone', '', { width: 375, height: 740 }],
      ['ar', '&locale=ar', { width: 1280, height: 800 }],
    ]) {
      const { page, close, warnings } = await openSearch(`provider=endpoint${params}`, {
        brokenFeed: true,
        viewport,
      });
      const note = page.locator('pathlight-root .pl-empty');
      await note.waitFor();
      if (name !== 'ar') {
        assert.equal(
          await note.textContent(),
          'Suggested articles are unavailable right now. You can still search.',
        );
      }
      assert.equal(await page.locator('pathlight-root .pl-unavailable').count(), 0, 'not "unavailable"');
      await page.screenshot({ path: join(shots, `search-remote-broken-feed-${name}.png`) });
      await page.keyboard.type('password', { delay: 20 });
      await options(page).nth(1).waitFor();
      assert.match((await texts(options(page)))[1], /Password rules \(engine only\)/);
      await page.screenshot({ path: join(shots, `search-remote-broken-feed-${name}-results.png`) });
      assert.ok(
        warnings.some((w) => /Help feed/.test(w)),
        `the broken feed is reported: ${warnings.join(' | ')}`,
      );
      await close();
    }
  });

  test('with the engine down and no feed, the panel says help is unavailable', async () => {
    engine.mode = 'down';
    const { page, close } = await openSearch('provider=endpoint&feed=0');
    await page.keyboard.type('invoice', { delay: 20 });
    await page.getByText('Help is unavailable right now.').waitFor();
    assert.equal(await options(page).count(), 0);
    await close();
  });
});
