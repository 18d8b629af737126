// Video tutorials that fail to play, in real Chromium (issue 9): a removed video, a player host nobody can
// reach, a page whose CSP blocks the player, no network, a missing file. Each shows the fallback (watch on
// the provider's site, the transcript, try again) instead of a broken frame. Also: opening the transcript
// scrolls it into view, the header's duration is the player's, and every sample video of the demo plays.
// Browser tests have no internet: the providers' player URLs are routed to fake players that speak each
// provider's postMessage protocol (tests/browser/fixtures/kb-video-feed.json lists the cases).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { activeElement, openPage, root, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** A player page that answers like YouTube's (`enablejsapi=1`): `listening` → initialDelivery + onReady, or onError. */
const youtubePlayer = (reply) => `<!doctype html><title>Fake YouTube player</title>
<body style="margin:0;background:#000;color:#fff;font:16px sans-serif">Fake YouTube player
<script>
addEventListener('message', (event) => {
  let data;
  try { data = JSON.parse(event.data); } catch { return; }
  if (data.event !== 'listening') return;
  for (const message of ${JSON.stringify(reply)})
    parent.postMessage(JSON.stringify({ ...message, id: data.id, channel: 'widget' }), '*');
});
</script></body>`;

/** Like Vimeo's player: `ready` on load, and the answer to `getDuration`. */
const vimeoPlayer = `<!doctype html><title>Fake Vimeo player</title><body style="margin:0;background:#123">
<script>
parent.postMessage(JSON.stringify({ event: 'ready', player_id: 'x' }), '*');
addEventListener('message', (event) => {
  const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  if (data.method === 'getDuration') parent.postMessage(JSON.stringify({ method: 'getDuration', value: 101.4 }), '*');
  if (data.method === 'ping') parent.postMessage(JSON.stringify({ method: 'ping' }), '*');
});
</script></body>`;

/** Routes every provider's player to the fakes: a playing and a removed YouTube video, an unreachable one. */
async function fakePlayers(context) {
  const html = (body) => ({ status: 200, contentType: 'text/html', body });
  await context.route('https://www.youtube-nocookie.com/embed/**', (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop();
    if (id === 'BBBBBBBBBBB') return route.abort('connectionrefused');
    if (id === 'AAAAAAAAAAA') return route.fulfill(html(youtubePlayer([{ event: 'onError', info: 100 }])));
    return route.fulfill(
      html(youtubePlayer([{ event: 'initialDelivery', info: { duration: 140.2 } }, { event: 'onReady' }])),
    );
  });
  await context.route('https://player.vimeo.com/video/**', (route) => route.fulfill(html(vimeoPlayer)));
  await context.route('https://www.loom.com/embed/**', (route) => route.fulfill(html('<title>Loom</title>')));
}

const shadow = (page, fn, arg) =>
  page.evaluate(
    ([source, value]) =>
      new Function('root', 'value', `return (${source})(root, value)`)(
        document.querySelector('pathlight-root').shadowRoot,
        value,
      ),
    [fn.toString(), arg],
  );

async function openVideo(id, { path = '/kb-video.html', clock = false, offline = false } = {}) {
  const opened = await openPage(env.browser, undefined);
  await fakePlayers(opened.context);
  await opened.page.goto(env.url(path));
  await waitForWidget(opened.page);
  await opened.page.evaluate((article) => window.Pathlight.showArticle(article), id);
  await opened.page.getByRole('button', { name: /^Play video/ }).waitFor();
  // From here time runs as usual, and the test can move it on past the ready timeout instead of waiting.
  if (clock) await opened.page.clock.install();
  if (offline) await opened.context.setOffline(true);
  return opened;
}

const fallback = (page) => page.locator('pathlight-root [data-pl-fallback]');
const frames = (page) => page.locator('pathlight-root iframe').count();
const header = (page) => page.locator('pathlight-root .pl-article-meta').textContent();

/** The fallback's text and ways on, and whether focus moved into it. */
async function fallbackShown(page) {
  await fallback(page).waitFor();
  const links = await fallback(page)
    .locator('a')
    .evaluateAll((as) => as.map((a) => [a.textContent, a.href]));
  const buttons = await fallback(page).locator('button').allTextContents();
  return { text: (await fallback(page).locator('p').textContent()).trim(), links, buttons };
}

describe('a video that will not play shows a fallback, not a broken frame', () => {
  test('a removed YouTube video (the player reports onError): watch on YouTube, the transcript, try again', async () => {
    const { page, close, pageErrors, warnings } = await openVideo('yt-removed');
    await page.getByRole('button', { name: /^Play video/ }).click();
    const shown = await fallbackShown(page);
    assert.deepEqual(shown, {
      text: 'This video cannot be played here.',
      links: [['Watch on YouTube', 'https://www.youtube.com/watch?v=AAAAAAAAAAA']],
      buttons: ['Transcript', 'Try again'],
    });
    assert.equal(await frames(page), 0, 'the frame is gone');
    assert.equal(
      (await activeElement(page)).className,
      'pl-video-fallback ',
      'focus, lost with Play, is here',
    );
    // "Transcript" opens it below and brings it into view.
    await fallback(page).getByRole('button', { name: 'Transcript' }).click();
    await page.waitForFunction(() => {
      const root = document.querySelector('pathlight-root').shadowRoot;
      const details = root.querySelector('.pl-transcript');
      const body = root.querySelector('.pl-panel-body');
      const box = details.getBoundingClientRect();
      const view = body.getBoundingClientRect();
      return details.open && box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    });
    // Try again makes a new frame, which fails the same way.
    await fallback(page).getByRole('button', { name: 'Try again' }).click();
    await fallbackShown(page);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(
      warnings.filter((w) => !/net::|ERR_/.test(w)),
      [],
    );
    await close();
  });

  test('a player host nobody can reach: the fallback once the player stayed silent past the timeout', async () => {
    const { page, close } = await openVideo('yt-unreachable', { clock: true });
    await page.getByRole('button', { name: /^Play video/ }).click();
    await page.locator('pathlight-root iframe').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    assert.equal(await fallback(page).count(), 0, 'still loading: no verdict yet');
    await page.clock.fastForward(13_000);
    const shown = await fallbackShown(page);
    assert.deepEqual(shown.links, [['Watch on YouTube', 'https://www.youtube.com/watch?v=BBBBBBBBBBB']]);
    await close();
  });

  test('a player that answers stays past the timeout, and the header shows its duration (YouTube, Vimeo)', async () => {
    for (const [id, duration] of [
      ['yt', '2:20'],
      ['vimeo', '1:41'],
    ]) {
      const { page, close } = await openVideo(id, { clock: true });
      assert.match(await header(page), id === 'yt' ? /2:14/ : /1:36/, 'the feed says this before Play');
      await page.getByRole('button', { name: /^Play video/ }).click();
      await page.waitForFunction((d) => {
        const meta = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-article-meta');
        return meta?.textContent.includes(d);
      }, duration);
      await page.clock.fastForward(20_000);
      await page.waitForTimeout(300);
      assert.equal(await fallback(page).count(), 0, `${id}: no fallback`);
      assert.equal(await frames(page), 1, `${id}: the frame plays on`);
      await close();
    }
  });

  test('a player Pathlight cannot ask (Loom) is never timed out', async () => {
    const { page, close } = await openVideo('loom', { clock: true });
    await page.getByRole('button', { name: /^Play video/ }).click();
    await page.locator('pathlight-root iframe').waitFor({ state: 'attached' });
    await page.clock.fastForward(60_000);
    await page.waitForTimeout(300);
    assert.equal(await fallback(page).count(), 0);
    await close();
  });

  test('offline: no frame is made, the fallback shows at once; Try again works once back online', async () => {
    const { page, context, close } = await openVideo('yt', { offline: true });
    await page.getByRole('button', { name: /^Play video/ }).click();
    await fallbackShown(page);
    assert.equal(await frames(page), 0);
    await context.setOffline(false);
    await fallback(page).getByRole('button', { name: 'Try again' }).click();
    await page.locator('pathlight-root iframe').waitFor({ state: 'attached' });
    await page.waitForFunction(() =>
      document
        .querySelector('pathlight-root')
        .shadowRoot.querySelector('.pl-article-meta')
        ?.textContent.includes('2:20'),
    );
    assert.equal(await fallback(page).count(), 0);
    await close();
  });

  test("the page's CSP blocks the player (frame-src): the fallback, not the browser's blocked-frame page", async () => {
    const { page, close } = await openVideo('yt', { path: '/kb-video-blocked.html' });
    await page.getByRole('button', { name: /^Play video/ }).click();
    const shown = await fallbackShown(page);
    assert.equal(shown.links[0][0], 'Watch on YouTube');
    assert.equal(await frames(page), 0);
    await close();
  });

  test('a file that fails to load (404): the fallback with the transcript and Try again', async () => {
    const { page, close } = await openVideo('file-missing');
    await page.getByRole('button', { name: /^Play video/ }).click();
    const shown = await fallbackShown(page);
    assert.deepEqual(shown, {
      text: 'This video cannot be played here.',
      links: [],
      buttons: ['Transcript', 'Try again'],
    });
    assert.equal(await page.locator('pathlight-root video').count(), 0);
    await close();
  });
});

describe('the player around the video', () => {
  test('opening the transcript scrolls it into view', async () => {
    const { page, close } = await openVideo('file');
    const summary = page.locator('pathlight-root .pl-transcript summary');
    // On a 1280×800 desktop the transcript starts below the chapters, at the panel's fold.
    const before = await shadow(page, (root) => {
      const body = root.querySelector('.pl-transcript').closest('.pl-panel-body');
      return { scrollTop: body.scrollTop };
    });
    await summary.click();
    await page.waitForFunction(() => {
      const root = document.querySelector('pathlight-root').shadowRoot;
      const details = root.querySelector('.pl-transcript');
      const body = details.closest('.pl-panel-body');
      const box = details.getBoundingClientRect();
      const view = body.getBoundingClientRect();
      return details.open && box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    });
    const after = await shadow(page, (root) => ({
      scrollTop: root.querySelector('.pl-transcript').closest('.pl-panel-body').scrollTop,
    }));
    assert.ok(
      after.scrollTop > before.scrollTop,
      `the panel scrolled (${before.scrollTop} → ${after.scrollTop})`,
    );
    await close();
  });

  test("a file video: the header's duration becomes the player's once it knows it", async () => {
    const { page, close } = await openVideo('file');
    assert.match(await header(page), /0:25/, 'the feed says 25 s');
    await page.getByRole('button', { name: /^Play video/ }).click();
    const player = await page.waitForFunction(() => {
      const video = document.querySelector('pathlight-root').shadowRoot.querySelector('video');
      return video && Number.isFinite(video.duration) && video.duration;
    });
    const seconds = Math.floor(await player.jsonValue());
    const shown = `0:${String(seconds).padStart(2, '0')}`;
    await page.waitForFunction(
      (text) =>
        document
          .querySelector('pathlight-root')
          .shadowRoot.querySelector('.pl-article-meta')
          ?.textContent.includes(text),
      shown,
    );
    await close();
  });
});

describe('the demo', () => {
  test('every sample video plays, and the header says how long the player says it is', async () => {
    const feed = JSON.parse(readFileSync(join(root, 'examples/feeds/kb.en.json'), 'utf8'));
    const videos = feed.articles.filter((article) => article.video);
    assert.ok(videos.length >= 4, `${videos.length} videos`);
    const demo = await serve({ spa: true });
    const { page, close, pageErrors } = await openPage(env.browser, `${demo.url}/customers`);
    const problems = [];
    try {
      await waitForWidget(page);
      for (const article of videos) {
        await page.evaluate((id) => window.Pathlight.showArticle(id), article.id);
        const play = page.getByRole('button', { name: /^Play video/ });
        await play.waitFor();
        await play.click();
        const played = await page
          .waitForFunction(
            () => {
              const video = document.querySelector('pathlight-root').shadowRoot.querySelector('video');
              return video && video.currentTime > 0.3 && !video.error && video.duration;
            },
            null,
            { timeout: 8000 },
          )
          .then((handle) => handle.jsonValue())
          .catch(() => undefined);
        if (!played) {
          problems.push(`${article.id} (${article.video.provider}) does not play`);
          continue;
        }
        const seconds = Math.floor(played);
        const expected = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
        const meta = await header(page);
        if (!meta.includes(expected)) problems.push(`${article.id}: header "${meta}", player ${expected}`);
        if (Math.floor(article.video.duration) !== seconds)
          problems.push(`${article.id}: feed says ${article.video.duration} s, the file is ${played} s`);
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await close();
      await demo.close();
    }
  });
});
