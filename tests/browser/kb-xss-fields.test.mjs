// XSS payloads in every field of the feed, not only in article bodies (issue 8): titles, summaries, tags,
// keywords, category titles, article URLs, video src and poster, chapter titles and transcripts. Every view that
// shows them is drawn (home topics, search results with highlights, articles, the video player with its chapters
// and transcript), then synthetic events are fired at every element the widget rendered. Nothing may run, no
// inline handler or script URL may reach the DOM, and the page's CSP reports nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openPage, root, setup, waitForWidget } from './harness.mjs';

const bodies = JSON.parse(
  readFileSync(join(root, 'tests/browser/fixtures/kb-xss-feed.json'), 'utf8'),
).articles.map((article) => article.body);
// Payloads that matter where a URL is expected.
const urls = [
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=2',
  'java\tscript:window.__pwned=3',
  'data:text/html,<script>window.__pwned=4</script>',
  'vbscript:msgbox(5)',
  '"><img src=x onerror="window.__pwned=6">',
];
const payloads = [...bodies, ...urls];
const MARK = 'zzcorpus';

const feed = {
  version: 1,
  locale: 'en',
  categories: payloads.map((payload, i) => ({ id: `c${i}`, title: payload })),
  articles: [
    ...payloads.flatMap((payload, i) => [
      {
        id: `t${i}`,
        title: `${MARK} ${payload}`,
        summary: payload,
        body: `Body ${i}`,
        format: 'markdown',
        category: `c${i}`,
        tags: [payload, MARK],
        keywords: [payload, MARK],
      },
      {
        id: `v${i}`,
        title: `${MARK} video ${i}`,
        body: payload,
        format: 'html',
        video: {
          provider: 'file',
          src: '/media/getting-started.webm',
          poster: '/media/getting-started-poster.png',
          chapters: [{ at: 1, title: payload }],
          transcript: [{ at: 1, text: `${MARK} ${payload}` }],
        },
      },
    ]),
    // Where a URL goes: the article link, a video's src and poster, an embed's src. The validator may refuse these
    // articles whole (reported); whatever it keeps must be safe.
    ...[...urls, ...bodies.slice(0, 8)].flatMap((payload, i) => [
      { id: `u${i}`, title: `${MARK} url ${i}`, body: 'Link', format: 'markdown', url: payload },
      {
        id: `p${i}`,
        title: `${MARK} poster ${i}`,
        body: 'Poster',
        format: 'markdown',
        video: { provider: 'file', src: payload, poster: payload },
      },
      {
        id: `e${i}`,
        title: `${MARK} embed ${i}`,
        body: 'Embed',
        format: 'markdown',
        video: { provider: ['youtube', 'vimeo', 'wistia', 'loom'][i % 4], src: payload },
      },
    ]),
  ],
};

let env;
before(async () => {
  env = await setup({ dirs: ['tests/browser/fixtures', 'dist', 'examples'] });
});
after(async () => {
  await env?.close();
});

/** Unsafe things in the widget's shadow root: inline handlers, script URLs, scripts, frames off the allow-list. */
const inspect = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('pathlight-root').shadowRoot;
    const findings = [];
    for (const element of shadow.querySelectorAll('*')) {
      if (['script', 'object', 'embed', 'base', 'meta', 'link'].includes(element.localName))
        findings.push(`<${element.localName}>`);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) findings.push(`${element.localName}[${name}]`);
        const compact = [...value].filter((c) => c.charCodeAt(0) > 32).join('');
        if (/(href|src|action|poster|data)$/i.test(name) && /^(javascript|vbscript|data:text)/i.test(compact))
          findings.push(`${element.localName}[${name}=${value}]`);
      }
      if (element.localName === 'iframe' && !/^https:\/\//.test(element.getAttribute('src') ?? ''))
        findings.push(`iframe ${element.getAttribute('src')}`);
    }
    return findings;
  });

/** Fires synthetic events at every element the widget drew (no clicks on links: they would navigate). */
const provoke = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('pathlight-root').shadowRoot;
    const names = [
      'mouseover',
      'mouseenter',
      'focus',
      'blur',
      'error',
      'load',
      'animationstart',
      'toggle',
      'input',
    ];
    for (const element of shadow.querySelectorAll('*')) {
      for (const name of names) element.dispatchEvent(new Event(name, { bubbles: true }));
      if (element.localName !== 'a' && element.localName !== 'button')
        element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
  });

test(`payloads in every feed field (${feed.articles.length} articles) run nothing in any view`, async () => {
  const { page, close, pageErrors, onerrors, violations } = await openPage(env.browser);
  await page.route('**/kb-xss-feed.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(feed) }),
  );
  await page.goto(env.url('/kb-xss-basic.html'));
  await waitForWidget(page);
  const report = [];
  const dropped = [];
  const drawn = { options: 0, chapters: 0, transcriptLines: 0, eyebrows: 0 };
  const count = async () => {
    const now = await page.evaluate(() => {
      const shadow = document.querySelector('pathlight-root').shadowRoot;
      const n = (selector) => shadow.querySelectorAll(selector).length;
      return {
        options: n('[role="option"]'),
        chapters: n('.pl-chapter'),
        transcriptLines: n('.pl-transcript-line'),
        eyebrows: n('.pl-eyebrow'),
      };
    });
    for (const key of Object.keys(drawn)) drawn[key] = Math.max(drawn[key], now[key]);
  };
  const check = async (where) => {
    await count();
    for (const finding of await inspect(page)) report.push(`${where}: ${finding}`);
    await provoke(page);
  };

  // Home: topics (category titles) and page suggestions.
  await page.evaluate(() => window.Pathlight.open('home'));
  await page.getByRole('dialog').waitFor();
  await page.waitForFunction(() =>
    document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-topic, [class*="topic"]'),
  );
  await check('home');
  // Search results, with highlights in titles and snippets.
  for (const query of [MARK, 'img', 'script', 'onerror', 'svg']) {
    await page.evaluate((q) => window.Pathlight.search(q), query);
    await page.waitForTimeout(150);
    await check(`search "${query}"`);
  }
  // Every article; the file videos opened with their chapters and transcript.
  for (const article of feed.articles) {
    await page.evaluate((id) => window.Pathlight.showArticle(id), article.id);
    // An article whose video the validator refused is dropped from the feed (reported, not shown).
    const shown = await page
      .waitForFunction(
        ([title, missing]) => {
          const shadow = document.querySelector('pathlight-root').shadowRoot;
          if (shadow.querySelector('.pl-article-title')?.textContent === title) return 'shown';
          return shadow.querySelector('[role="dialog"]')?.textContent?.includes(missing) ? 'missing' : false;
        },
        [article.title, 'This article is not available.'],
        { timeout: 10000 },
      )
      .then((handle) => handle.jsonValue());
    assert.ok(shown, `article ${article.id} was neither shown nor reported missing`);
    if (shown !== 'shown') {
      dropped.push(article.id);
      continue;
    }
    if (article.video?.provider === 'file') {
      await page.evaluate(() => {
        const shadow = document.querySelector('pathlight-root').shadowRoot;
        for (const details of shadow.querySelectorAll('details')) details.open = true;
        shadow.querySelector('.pl-player-poster')?.click();
      });
    }
    await page.waitForTimeout(30);
    await check(`article ${article.id}`);
  }
  await page.waitForTimeout(800);
  // Only articles with a payload where a URL goes may be refused; every other article was drawn.
  assert.deepEqual(
    dropped.filter((id) => /^[tv]/.test(id)),
    [],
  );
  // The payloads were really drawn: results, category eyebrows, chapters and transcript lines.
  for (const [what, n] of Object.entries(drawn)) assert.ok(n > 0, `no ${what} were drawn`);
  assert.deepEqual(report, [], 'unsafe markup reached the DOM');
  assert.deepEqual(await page.evaluate(() => window.__fired), [], 'a payload ran');
  assert.deepEqual(await onerrors(), []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await violations(), []);
  await close();
});
