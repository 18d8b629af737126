// Untrusted article content in real Chromium (RELIABILITY.md lines 9–12): a feed of XSS payloads
// (DOMPurify's well-known vectors and friends) is opened article by article in the panel; nothing may
// run, the rendered DOM keeps only safe markup, sanitizing is idempotent, the host's DOMPurify is
// never used, and the same holds under Trusted Types.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openPage, root, setup, waitForWidget } from './harness.mjs';

const feed = JSON.parse(readFileSync(join(root, 'tests/browser/fixtures/kb-xss-feed.json'), 'utf8'));

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Opens an article through the public API and waits until its body is rendered (or refused). */
async function showArticle(page, article) {
  await page.evaluate((id) => window.Pathlight.showArticle(id), article.id);
  await page.waitForFunction((title) => {
    const shadow = document.querySelector('pathlight-root')?.shadowRoot;
    return (
      shadow?.querySelector('.pl-article-title')?.textContent === title &&
      !!shadow.querySelector('.pl-article-body[data-state="ready"], .pl-article-body[data-state="failed"]')
    );
  }, article.title);
}

/** Everything unsafe left in the rendered article: a list of findings, empty when clean. */
function inspectArticle(page) {
  return page.evaluate(() => {
    const shadow = document.querySelector('pathlight-root').shadowRoot;
    const prose = shadow.querySelector('.pl-article-body');
    const findings = [];
    if (prose.dataset.state !== 'ready') findings.push(`state ${prose.dataset.state}`);
    const forbidden =
      'script,style,svg,math,object,embed,form,input,button,meta,base,link,template,frame,frameset,noscript,textarea,select';
    for (const element of prose.querySelectorAll(forbidden)) findings.push(`<${element.localName}>`);
    const frameHosts =
      /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/|fast\.wistia\.net\/embed\/|www\.loom\.com\/embed\/)/;
    for (const element of prose.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) findings.push(`${element.localName}[${name}]`);
        if (['style', 'class', 'srcdoc', 'srcset', 'formaction', 'action', 'ping'].includes(name))
          findings.push(`${element.localName}[${name}]`);
        // Browsers ignore whitespace and control characters in a URL's scheme.
        const compact = [...value].filter((c) => c.charCodeAt(0) > 32).join('');
        if (/(href|src|action|data)$/i.test(name) && /^(javascript|vbscript|data):/i.test(compact))
          findings.push(`${element.localName}[${name}=${value}]`);
      }
      if (
        element.localName === 'a' &&
        element.getAttribute('target') === '_blank' &&
        element.getAttribute('rel') !== 'noopener noreferrer'
      )
        findings.push('a[target=_blank] without rel');
      if (
        element.localName === 'a' &&
        /^https?:/.test(element.getAttribute('href') ?? '') &&
        new URL(element.href).origin !== location.origin &&
        element.getAttribute('target') !== '_blank'
      )
        findings.push(`external link in the same tab: ${element.href}`);
      if (element.localName === 'iframe') {
        if (!frameHosts.test(element.getAttribute('src') ?? ''))
          findings.push(`iframe ${element.getAttribute('src')}`);
        if (
          element.getAttribute('sandbox') !==
          'allow-scripts allow-same-origin allow-presentation allow-popups'
        )
          findings.push(`iframe sandbox ${element.getAttribute('sandbox')}`);
        if (element.getAttribute('referrerpolicy') !== 'strict-origin-when-cross-origin')
          findings.push('iframe referrerpolicy');
        if (element.getAttribute('loading') !== 'lazy') findings.push('iframe loading');
      }
      if (element.id && !element.id.startsWith('user-content-')) findings.push(`id ${element.id}`);
    }
    return findings;
  });
}

describe('XSS corpus in the feed', () => {
  test(`none of the ${feed.articles.length} payloads runs, and the rendered markup is clean`, async () => {
    assert.ok(feed.articles.length >= 40, 'the corpus has at least 40 payloads');
    const { page, close, pageErrors, warnings, onerrors, violations } = await openPage(
      env.browser,
      env.url('/kb-xss-basic.html'),
    );
    await waitForWidget(page);
    const report = {};
    for (const article of feed.articles) {
      await showArticle(page, article);
      const findings = await inspectArticle(page);
      if (findings.length) report[article.id] = findings;
    }
    // Give load/error events of images, media and frames time to fire.
    await page.waitForTimeout(800);
    assert.deepEqual(report, {}, 'unsafe markup survived');
    assert.deepEqual(await page.evaluate(() => window.__fired), [], 'a payload ran');
    assert.deepEqual(await onerrors(), []);
    assert.deepEqual(pageErrors, []);
    // Not even a blocked attempt: inline handlers and styles never reach a parser, so CSP reports nothing.
    assert.deepEqual(await violations(), []);
    assert.deepEqual(
      await page.evaluate(() => window.__hostPurifyCalls),
      [],
      "the host's DOMPurify was used",
    );
    assert.deepEqual(
      warnings.filter((w) => /Pathlight|DOMPurify|TrustedTypes/i.test(w)),
      [],
      'no warnings from Pathlight or the sanitizer',
    );
    await close();
  });

  test('links: external ones open in a new tab with noopener noreferrer; mailto and relative stay', async () => {
    const { page, close } = await openPage(env.browser, env.url('/kb-xss-basic.html'));
    await waitForWidget(page);
    const links = {};
    for (const id of ['x51', 'x52', 'x34']) {
      await showArticle(
        page,
        feed.articles.find((a) => a.id === id),
      );
      links[id] = await page.evaluate(() =>
        [...document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-article-body a')].map(
          (a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')],
        ),
      );
    }
    assert.deepEqual(links, {
      x51: [
        ['https://example.com/ok', '_blank', 'noopener noreferrer'],
        ['mailto:help@example.com', null, null],
      ],
      x52: [
        ['https://example.com/docs', '_blank', 'noopener noreferrer'],
        ['/billing', null, null],
      ],
      x34: [['/relative', null, null]],
    });
    await close();
  });

  test('sanitizing is idempotent: every payload and 600 random inputs', async () => {
    const { page, close } = await openPage(env.browser, env.url('/kb-xss-basic.html'));
    await waitForWidget(page);
    await showArticle(page, feed.articles[0]);
    const failures = await page.evaluate(
      async (payloads) => {
        const { createArticleRenderer } = await import('/pathlight.markdown.js');
        const { sanitize } = createArticleRenderer(window);
        // mulberry32: a seeded generator, so a failure can be replayed.
        let seed = 20240611;
        const random = () => {
          seed = (seed + 0x6d2b79f5) | 0;
          let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
          t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const tokens = [
          '<',
          '>',
          '</',
          '/>',
          '"',
          "'",
          '=',
          ' ',
          '\n',
          'a',
          'p',
          'b',
          'img',
          'svg',
          'math',
          'style',
          'script',
          'table',
          'tr',
          'td',
          'mglyph',
          'mtext',
          'noscript',
          'template',
          'select',
          'option',
          'form',
          'iframe',
          'title',
          'textarea',
          'xmp',
          'desc',
          'foreignObject',
          'annotation-xml',
          'src',
          'href',
          'onerror',
          'id',
          'name',
          'javascript:',
          'https://x.test/',
          'https://www.youtube-nocookie.com/embed/x',
          '<!--',
          '-->',
          '<![CDATA[',
          ']]>',
          '&lt;',
          '&amp;',
          '&#x3c;',
          'x',
          'ul',
          'li',
          'h2',
          'details',
          'summary',
          'a href=',
          'img src=x onerror=',
          'target=_blank',
          'srcdoc=',
          'xlink:href=',
          'is=',
        ];
        const inputs = [...payloads];
        for (let i = 0; i < 600; i++) {
          const length = 3 + Math.floor(random() * 40);
          let text = '';
          for (let j = 0; j < length; j++) text += tokens[Math.floor(random() * tokens.length)];
          inputs.push(text);
        }
        const out = [];
        for (const input of inputs) {
          const once = sanitize(input);
          const twice = sanitize(once);
          if (once !== twice) out.push({ input, once, twice });
        }
        return out;
      },
      feed.articles.filter((a) => a.format === 'html').map((a) => a.body),
    );
    assert.deepEqual(failures.slice(0, 3), []);
    await close();
  });
});

describe('Trusted Types', () => {
  test("under require-trusted-types-for 'script', articles render through the pathlight policy and nothing runs", async () => {
    const { page, close, pageErrors, violations } = await openPage(env.browser, env.url('/kb-xss-tt.html'));
    await waitForWidget(page);
    assert.equal(await page.evaluate(() => typeof window.trustedTypes?.createPolicy), 'function');
    const report = {};
    for (const article of feed.articles) {
      await showArticle(page, article);
      const findings = await inspectArticle(page);
      if (findings.length) report[article.id] = findings;
    }
    await page.waitForTimeout(500);
    assert.deepEqual(report, {});
    assert.deepEqual(await page.evaluate(() => window.__fired), []);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(pageErrors, []);
    // A rendered Markdown article really has markup (it was not refused and shown as text).
    await showArticle(
      page,
      feed.articles.find((a) => a.id === 'x52'),
    );
    assert.equal(
      await page.evaluate(
        () =>
          document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-article-body a').length,
      ),
      2,
    );
    await close();
  });
});
