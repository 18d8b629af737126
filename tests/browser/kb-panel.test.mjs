// The knowledge-base panel in real Chromium, on the demo's English feed: search with the keyboard,
// articles, video chapters and transcript hits, the "?" beside marked host elements, axe-core, and
// the same flows under Trusted Types.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { activeElement, axe, openPage, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const panel = (page) => page.locator('pathlight-root .pl-panel');
const prose = (page) => page.locator('pathlight-root .pl-article-body[data-state="ready"]');

async function openKbPage(path = '/kb-panel-basic.html', options) {
  const opened = await openPage(env.browser, env.url(path), options);
  await waitForWidget(opened.page);
  return opened;
}

async function openVideoArticle(page, id = 'getting-started') {
  await page.evaluate((article) => window.Pathlight.showArticle(article), id);
  await page.locator('pathlight-root .pl-article-title').waitFor();
}

/** Waits until the panel's <video> is near `seconds` and returns its currentTime. */
async function videoTimeNear(page, seconds) {
  const handle = await page.waitForFunction(
    (target) => {
      const video = document.querySelector('pathlight-root').shadowRoot.querySelector('video');
      return video && video.readyState >= 1 && Math.abs(video.currentTime - target) < 1.5
        ? video.currentTime
        : false;
    },
    seconds,
    { timeout: 10000 },
  );
  return handle.jsonValue();
}

describe('search and articles', () => {
  test('type, arrow to a result, Enter opens the article, Back returns to the results; axe is clean', async () => {
    const { page, close, pageErrors, warnings, violations } = await openKbPage();
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    const input = page.getByRole('combobox', { name: 'Search help articles' });
    await input.waitFor();
    assert.equal((await activeElement(page)).role, 'combobox');

    await page.keyboard.type('reset password', { delay: 30 });
    const first = page.getByRole('option').first();
    await first.waitFor();
    assert.match(await first.textContent(), /reset your password|reset my password/i);
    assert.ok(await page.locator('pathlight-root [role="option"] mark').count(), 'matches are highlighted');
    await page.waitForFunction(() =>
      /\d+ results?/.test(
        document.querySelector('pathlight-root').shadowRoot.querySelector('[aria-live="polite"]')
          ?.textContent ?? '',
      ),
    );
    await axe(page, 'search view');

    await page.keyboard.press('ArrowDown');
    const firstId = await first.getAttribute('id');
    assert.equal(await input.getAttribute('aria-activedescendant'), firstId);
    assert.equal(await first.getAttribute('aria-selected'), 'true');
    const title = (await first.locator('.pl-row-title').textContent()).trim();

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: title, level: 3 }).waitFor();
    await prose(page).waitFor();
    assert.ok(await prose(page).locator('p, ol, ul').count(), 'the Markdown body rendered');
    await axe(page, 'article view');

    await page.getByRole('button', { name: 'Back' }).click();
    await first.waitFor();
    assert.equal(await input.inputValue(), 'reset password');
    assert.equal((await page.getByRole('option').count()) > 0, true);

    const searches = await page.evaluate(() =>
      window.__events.filter(([name]) => name === 'search').map(([, p]) => p),
    );
    assert.equal(searches.length, 1, JSON.stringify(searches));
    assert.equal(searches[0].query, 'reset password');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(
      warnings.filter((w) => w.includes('Pathlight')),
      [],
    );
    await close();
  });

  test('Escape clears the query, then closes the panel and returns focus to the launcher', async () => {
    const { page, close } = await openKbPage();
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.getByRole('combobox').waitFor();
    await page.keyboard.type('invoice');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('combobox').inputValue(), '');
    assert.equal(await panel(page).count(), 1);
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    assert.match((await activeElement(page)).className, /pl-launcher/);
    await close();
  });
});

describe('video tutorials', () => {
  test('a chapter seeks the file video; axe is clean on the video view', async () => {
    const { page, close, pageErrors, violations } = await openKbPage();
    await openVideoArticle(page);
    await page.getByRole('button', { name: /^Play video/ }).waitFor();
    assert.equal(await page.locator('pathlight-root video').count(), 0, 'nothing loads before Play');
    await axe(page, 'video view, before play');

    await page.getByRole('button', { name: /^0:10 / }).click();
    const time = await videoTimeNear(page, 10);
    assert.ok(Math.abs(time - 10) < 1.5, `currentTime ${time}`);
    await page.locator('pathlight-root .pl-transcript summary').click();
    await axe(page, 'video view, playing, transcript open');

    // The transcript filter, then a line seeks.
    await page.getByRole('searchbox', { name: 'Search the transcript' }).fill('paid');
    const lines = page.locator('pathlight-root .pl-transcript-line');
    assert.equal(await lines.count(), 1);
    await lines.first().click();
    const lineTime = await videoTimeNear(page, 15);
    assert.ok(Math.abs(lineTime - 15) < 1.5, `currentTime ${lineTime}`);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await violations(), []);
    await close();
  });

  test('a transcript hit opens the article with the video at that moment', async () => {
    const { page, close } = await openKbPage();
    await page.evaluate(() => window.Pathlight.search('reminds your customer until the invoice is paid'));
    const hit = page.locator('pathlight-root [role="option"]:has(.pl-time)').first();
    await hit.waitFor();
    const [minutes, seconds] = (await hit.locator('.pl-time').textContent()).trim().split(':').map(Number);
    const at = minutes * 60 + seconds;
    await hit.click();
    await page.locator('pathlight-root .pl-article-title').waitFor();
    const time = await videoTimeNear(page, at);
    assert.ok(Math.abs(time - at) < 1.5, `currentTime ${time}, hit at ${at}`);
    await close();
  });

  test('an embed loads nothing from its host until Play, then a sandboxed no-cookie frame', async () => {
    // The demo's videos are local files: the embeds are in the video fixtures' feed.
    const { page, close } = await openKbPage('/kb-video.html');
    const external = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(env.url('/'))) external.push(request.url());
    });
    await openVideoArticle(page, 'yt');
    await page.getByRole('button', { name: /^Play video/ }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(external, []);
    assert.equal(await page.locator('pathlight-root iframe').count(), 0);
    await page.getByRole('button', { name: /^Play video/ }).click();
    const frame = page.locator('pathlight-root iframe');
    await frame.waitFor({ state: 'attached' });
    assert.match(
      await frame.getAttribute('src'),
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/Lg7rEcUrR1v\?/,
    );
    assert.equal(
      await frame.getAttribute('sandbox'),
      'allow-scripts allow-same-origin allow-presentation allow-popups',
    );
    assert.equal(await frame.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin');
    await page.getByRole('button', { name: /^0:22 / }).click();
    await page.waitForFunction(() =>
      document.querySelector('pathlight-root').shadowRoot.querySelector('iframe')?.src.includes('start=22'),
    );
    await close();
  });
});

describe('element-level help', () => {
  const rects = (page) =>
    page.evaluate(() => {
      const button = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-element-help');
      const field = document.getElementById('pw');
      return {
        button: button.getBoundingClientRect().toJSON(),
        field: field.getBoundingClientRect().toJSON(),
        visibility: getComputedStyle(button).visibility,
        initial: window.__initialRect,
      };
    });
  const nextFrames = (page) =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  test('a "?" sits beside the marked field, follows its scroll container, never moves it, and opens the article', async () => {
    const { page, close } = await openKbPage();
    const button = page.getByRole('button', { name: 'Help: How do I reset my password?' });
    await button.waitFor();
    await page.waitForFunction(() =>
      document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-element-help[data-placed]'),
    );
    let r = await rects(page);
    assert.deepEqual(r.field, r.initial, 'the host element did not move or resize');
    assert.equal(r.visibility, 'visible');
    assert.ok(
      Math.abs(r.button.left - (r.field.right + 6)) <= 1,
      `beside the field: ${r.button.left} vs ${r.field.right}`,
    );
    assert.ok(
      Math.abs(r.button.top + r.button.height / 2 - (r.field.top + r.field.height / 2)) <= 1,
      'vertically centred',
    );

    await page.evaluate(() => {
      document.getElementById('scroller').scrollTop = 60;
    });
    await nextFrames(page);
    const scrolled = await rects(page);
    assert.equal(scrolled.field.top, r.field.top - 60);
    assert.equal(
      Math.round(scrolled.button.top - scrolled.field.top),
      Math.round(r.button.top - r.field.top),
    );

    await page.evaluate(() => {
      document.getElementById('scroller').scrollTop = 400;
    });
    await nextFrames(page);
    assert.equal((await rects(page)).visibility, 'hidden', 'hidden while its field is scrolled out of view');

    await page.evaluate(() => {
      document.getElementById('scroller').scrollTop = 0;
    });
    await nextFrames(page);
    r = await rects(page);
    assert.equal(r.visibility, 'visible');
    await button.click();
    await page.getByRole('heading', { name: 'How do I reset my password?', level: 3 }).waitFor();
    await close();
  });
});

describe('Trusted Types', () => {
  test('search, an article and a video work under require-trusted-types-for with no violation', async () => {
    const { page, close, pageErrors, violations } = await openKbPage('/kb-panel-tt.html');
    await page.evaluate(() => window.Pathlight.search('reset password'));
    await page.getByRole('option').first().click();
    await prose(page).waitFor();
    assert.ok(await prose(page).locator('p, ol, ul, h2').count());
    await openVideoArticle(page);
    await page.getByRole('button', { name: /^0:05 / }).click();
    await videoTimeNear(page, 5);
    await prose(page).waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(pageErrors, []);
    await close();
  });
});
