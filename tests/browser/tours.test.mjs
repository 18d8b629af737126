// Real-browser tests of product tours (issue 10; RELIABILITY.md lines 8, 13 and 30), against the built
// dist/ files and tests/browser/fixtures/tours-page.*: every resilience case asserts that the highlight
// (driver.js's cut-out) covers the step's element and that the card is inside the viewport.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { activeElement, debugLines, openPage, root, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const open = async (query, options) => {
  const opened = await openPage(env.browser, env.url(`/tours-page.html?${query}`), options);
  await waitForWidget(opened.page);
  return opened;
};
const events = (page) => page.evaluate(() => window.__events);
const start = (page, id, step) => page.evaluate(([i, s]) => window.__start(i, s), [id, step]);

/** Waits for the card of step `stepId` to be placed and visible. */
const cardShows = (page, title) =>
  page.waitForFunction(
    (wanted) => {
      const card = document.querySelector('pathlight-tour')?.shadowRoot?.querySelector('.pl-tour');
      if (!card?.matches(':popover-open') || getComputedStyle(card).visibility !== 'visible') return false;
      if (!card.hasAttribute('data-centred') && !card.dataset.placement) return false;
      return !wanted || card.querySelector('.pl-tour-title')?.textContent === wanted;
    },
    title,
    { timeout: 5000 },
  );

/**
 * The card, the element, the cut-out of the overlay (parsed from driver.js's SVG path) and the viewport,
 * once they have settled (two frames without change).
 */
async function geometry(page, selector) {
  return page.evaluate(async (sel) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const read = () => {
      const layer = document.querySelector('pathlight-tour').shadowRoot;
      const card = layer.querySelector('.pl-tour').getBoundingClientRect();
      const target = (window.__target ?? (() => document.querySelector(sel)))();
      const t = target.getBoundingClientRect();
      const d = layer.querySelector('.pl-tour-overlay path')?.getAttribute('d') ?? '';
      const hole = /M([\d.-]+),([\d.-]+) h([\d.-]+) a([\d.-]+),[\d.-]+ [^v]*v([\d.-]+)/.exec(
        d.split('\n')[1] ?? '',
      );
      const [x, y, w, r, h] = hole ? hole.slice(1).map(Number) : [0, 0, 0, 0, 0];
      return {
        card: { left: card.left, top: card.top, right: card.right, bottom: card.bottom },
        target: { left: t.left, top: t.top, right: t.right, bottom: t.bottom },
        hole: { left: x - r, top: y, right: x + w + r, bottom: y + h + 2 * r },
        viewport: { width: innerWidth, height: innerHeight },
      };
    };
    let last = '';
    for (let i = 0; i < 60; i++) {
      await frame();
      const now = JSON.stringify(read());
      if (now === last) break;
      last = now;
    }
    return JSON.parse(last);
  }, selector);
}

const overlap = (a, b) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** The three assertions every resilience case makes. */
function assertPlaced(g, what) {
  const { card, target, hole, viewport } = g;
  // The cut-out covers the element (driver.js pads it by 6 px).
  assert.ok(
    hole.left <= target.left + 1 &&
      hole.top <= target.top + 1 &&
      hole.right >= target.right - 1 &&
      hole.bottom >= target.bottom - 1,
    `${what}: the highlight ${JSON.stringify(hole)} covers the element ${JSON.stringify(target)}`,
  );
  assert.ok(overlap(hole, target) > 0, `${what}: the highlight overlaps the element`);
  assert.ok(
    card.left >= 0 && card.top >= 0 && card.right <= viewport.width && card.bottom <= viewport.height,
    `${what}: the card ${JSON.stringify(card)} is inside the viewport ${JSON.stringify(viewport)}`,
  );
  assert.equal(overlap(card, target), 0, `${what}: the card does not cover its element`);
  // The element is actually visible (not scrolled out of its container or under a bar).
  assert.ok(target.top >= 0 && target.bottom <= viewport.height, `${what}: the element is on screen`);
}

/** The card's fade-in is over (contrast and pixels are read on the finished card). */
const animationsDone = (page) =>
  page.waitForFunction(() =>
    document
      .querySelector('pathlight-tour')
      .shadowRoot.getAnimations()
      .every((a) => a.playState === 'finished'),
  );

const clickIn = (page, selector) =>
  page.evaluate(
    (sel) => document.querySelector('pathlight-tour').shadowRoot.querySelector(sel).click(),
    selector,
  );

describe('a tour runs', () => {
  test('steps, "2 of 4", Back and Next, a centred step, Done, events and no console noise', async () => {
    const { page, close, warnings, pageErrors, onerrors } = await open('scenario=basic');
    await start(page);
    await cardShows(page, 'Start here');
    const text = () =>
      page.evaluate(() => {
        const card = document.querySelector('pathlight-tour').shadowRoot.querySelector('.pl-tour');
        return {
          progress: card.querySelector('.pl-tour-progress')?.textContent,
          buttons: [...card.querySelectorAll('.pl-tour-button')].map((b) => b.textContent),
          body: card.querySelector('.pl-tour-body').innerHTML,
          role: card.getAttribute('role'),
          labelled: card.getAttribute('aria-labelledby'),
          centred: card.hasAttribute('data-centred'),
        };
      });
    let now = await text();
    assert.equal(now.progress, '1 of 4');
    assert.deepEqual(now.buttons, ['Next']);
    assert.equal(now.role, 'dialog');
    assert.match(now.body, /This is the <strong>first<\/strong> button\.<br>It does the first thing\./);
    assertPlaced(await geometry(page, '#first'), 'step 1');

    await clickIn(page, '[data-primary]');
    await cardShows(page, 'In a scroller');
    assertPlaced(await geometry(page, '#in-scroll'), 'step 2 (in a scroll container)');
    now = await text();
    assert.deepEqual(now.buttons, ['Back', 'Next']);

    await clickIn(page, '[data-primary]');
    await cardShows(page, 'A word in the middle');
    assert.equal((await text()).centred, true);

    await clickIn(page, '[data-secondary]');
    await cardShows(page, 'In a scroller');
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'A word in the middle');
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'The end');
    assert.deepEqual((await text()).buttons, ['Back', 'Done']);
    await clickIn(page, '[data-primary]');
    await page.waitForFunction(() => !document.querySelector('pathlight-tour'));

    assert.deepEqual(await events(page), [
      'tour:start:basic',
      'tour:step:basic:start:0',
      'tour:step:basic:2:1',
      'tour:step:basic:centre:2',
      'tour:step:basic:2:1',
      'tour:step:basic:centre:2',
      'tour:step:basic:4:3',
      'tour:complete:basic',
    ]);
    // Nothing of the tour stays on the page: no overlay, no classes or attributes on the host's elements.
    const left = await page.evaluate(() => ({
      body: document.body.className,
      svg: document.querySelectorAll('svg.driver-overlay').length,
      marked: document.querySelectorAll('.driver-active-element, [aria-controls="driver-popover-content"]')
        .length,
      dummy: !!document.getElementById('driver-dummy-element'),
    }));
    assert.deepEqual(left, { body: '', svg: 0, marked: 0, dummy: false });
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await onerrors(), []);
    assert.deepEqual(
      warnings.filter((w) => !w.includes('404')),
      [],
    );
    await close();
  });

  test('keyboard: focus moves into the card, arrows move, Tab stays in the card, Escape ends and focus returns', async () => {
    const { page, close } = await open('scenario=basic');
    await page.focus('#opener');
    await page.keyboard.press('Enter'); // a real keyboard user
    await start(page);
    await cardShows(page, 'Start here');
    await page.waitForFunction(
      () => document.querySelector('pathlight-tour').shadowRoot.activeElement !== null,
    );
    let focused = await activeElement(page);
    assert.equal(focused.role, 'dialog');
    await page.keyboard.press('ArrowRight');
    await cardShows(page, 'In a scroller');
    await page.keyboard.press('ArrowLeft');
    await cardShows(page, 'Start here');
    // Tab cycles through the card's buttons and the highlighted element, never off into the page.
    const seen = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const a = await activeElement(page);
      seen.push(a.inWidget ? a.label : `#${a.id}`);
    }
    assert.deepEqual(seen, ['Close tour', 'Next', '#first', 'Close tour']);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('pathlight-tour'));
    focused = await activeElement(page);
    assert.equal(focused.id, 'opener');
    const log = await events(page);
    assert.equal(log.at(-1), 'tour:dismiss:basic:start:0:escape');
    await close();
  });

  test('the close button dismisses (reason close), and a dismissed tour does not start by itself again', async () => {
    const { page, close } = await open('scenario=basic&auto&debug');
    const { lines: logs, logged } = debugLines(page);
    await cardShows(page, 'Start here');
    await clickIn(page, '.pl-tour-close');
    await page.waitForFunction(() => !document.querySelector('pathlight-tour'));
    assert.deepEqual(await events(page), [
      'tour:start:basic',
      'tour:step:basic:start:0',
      'tour:dismiss:basic:start:0:close',
    ]);
    await page.reload();
    await waitForWidget(page);
    // The engine's verdict on the new page view (console messages reach the test a moment after): dismissed.
    assert.ok(await logged(/tour:basic \([^)]*\): not shown: .*dismiss/), logs.join('\n'));
    assert.deepEqual(await events(page), []);
    assert.equal(await page.evaluate(() => !!document.querySelector('pathlight-tour')), false);
    await close();
  });
});

describe('resilience: the highlight covers the element and the card is on screen', () => {
  test('a late element: the step waits for it (the shared element watcher), then shows', async () => {
    const { page, close } = await open('scenario=late&lateMs=900');
    // Every frame until the element arrives: is a card open? (Looked at in the page, not after a fixed wait: a
    // busy machine may reach the element's arrival before the test looks.)
    await page.evaluate(() => {
      window.__early = { frames: 0, open: 0 };
      const look = () => {
        if (document.getElementById('late')) return;
        window.__early.frames++;
        if (document.querySelector('pathlight-tour')?.shadowRoot.querySelector('.pl-tour:popover-open'))
          window.__early.open++;
        requestAnimationFrame(look);
      };
      look();
    });
    await start(page);
    await cardShows(page, 'Late element');
    const early = await page.evaluate(() => window.__early);
    assert.ok(early.frames > 1, `looked before the element came (${early.frames} frames)`);
    assert.equal(early.open, 0, 'nothing shows while the element is not there yet');
    assertPlaced(await geometry(page, '#late'), 'a late element');
    await close();
  });

  test('a missing element degrades as configured: skip, center, end', async () => {
    let { page, close } = await open('scenario=missing-skip');
    await start(page);
    await cardShows(page, 'One');
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'Three');
    assert.deepEqual(await events(page), [
      'tour:start:missing-skip',
      'tour:step:missing-skip:1:0',
      'tour:step:missing-skip:3:2',
    ]);
    await close();

    ({ page, close } = await open('scenario=missing-center'));
    await start(page);
    await cardShows(page, 'One');
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'Missing but shown');
    assert.equal(
      await page.evaluate(() =>
        document
          .querySelector('pathlight-tour')
          .shadowRoot.querySelector('.pl-tour')
          .hasAttribute('data-centred'),
      ),
      true,
    );
    await close();

    ({ page, close } = await open('scenario=missing-end'));
    await start(page);
    await cardShows(page, 'One');
    await clickIn(page, '[data-primary]');
    await page.waitForFunction(() => window.__events.some((e) => e.startsWith('tour:dismiss')));
    assert.equal((await events(page)).at(-1), 'tour:dismiss:missing-end:2:1:target-missing');
    await page.waitForFunction(() => !document.querySelector('pathlight-tour'));
    await close();
  });

  test('in a scroll container: the highlight follows when the container scrolls', async () => {
    const { page, close } = await open('scenario=scroll');
    await start(page);
    await cardShows(page, 'In a scroller');
    assertPlaced(await geometry(page, '#in-scroll'), 'in a scroll container');
    await page.evaluate(() => {
      document.getElementById('scroller').scrollTop -= 40;
    });
    const g = await geometry(page, '#in-scroll');
    assertPlaced(g, 'after the container scrolled');
    await close();
  });

  test('under a fixed header: the element is scrolled out from under it', async () => {
    const { page, close } = await open('scenario=header');
    // The element sits right under the 72 px fixed bar before the tour starts.
    await page.evaluate(() => {
      const second = document.getElementById('second').getBoundingClientRect();
      window.scrollTo(0, window.scrollY + second.top - 30);
    });
    await start(page);
    await cardShows(page, 'Under the header');
    const g = await geometry(page, '#second');
    assertPlaced(g, 'under a fixed header');
    const bar = await page.evaluate(
      () => document.getElementById('fixed-bar').getBoundingClientRect().bottom,
    );
    assert.ok(g.target.top >= bar, `the element (top ${g.target.top}) is below the bar (bottom ${bar})`);
    await close();
  });

  test('in a transformed parent', async () => {
    const { page, close } = await open('scenario=transform');
    await start(page);
    await cardShows(page, 'Transformed');
    assertPlaced(await geometry(page, '#in-transform'), 'in a transformed parent');
    await close();
  });

  test('inside an open shadow root (a function target) — RELIABILITY 8', async () => {
    const { page, close } = await open('scenario=shadow');
    await start(page);
    await cardShows(page, 'Inside a web component');
    assertPlaced(await geometry(page), 'inside an open shadow root');
    await close();
  });

  test('inside a modal <dialog> in the top layer: the overlay and card show above it and the card works', async () => {
    const { page, close } = await open('scenario=dialog');
    await page.click('#opener'); // showModal()
    await start(page);
    await cardShows(page, 'In the dialog');
    assertPlaced(await geometry(page), 'in a modal dialog');
    const stack = await page.evaluate(() => {
      const layer = document.querySelector('pathlight-tour');
      const card = layer.shadowRoot.querySelector('.pl-tour').getBoundingClientRect();
      const x = card.left + card.width / 2;
      const y = card.top + 12;
      const hit = document.elementFromPoint(x, y);
      // Outside the cut-out and the card, the overlay is what the pointer meets, not the dialog.
      const dlg = document.getElementById('dlg').getBoundingClientRect();
      const overDialog = document.elementFromPoint(dlg.right - 8, dlg.bottom - 8);
      return {
        inDialog: layer.parentElement.id,
        cardOnTop: hit === layer,
        overlayOnTop: overDialog === layer,
      };
    });
    assert.deepEqual(stack, { inDialog: 'dlg', cardOnTop: true, overlayOnTop: true });
    // The card's buttons are not inert: a real click moves on.
    const next = await page.evaluate(() => {
      const b = document
        .querySelector('pathlight-tour')
        .shadowRoot.querySelector('[data-primary]')
        .getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.click(next.x, next.y);
    await cardShows(page, 'Close it');
    await close();
  });

  test('a modal <dialog> the page opens during the tour: the layer moves into it and stays on top', async () => {
    const { page, close } = await open('scenario=dialog-late');
    await start(page);
    await cardShows(page, 'Open the dialog');
    await page.click('#opener'); // through the cut-out; the page calls showModal()
    await cardShows(page, 'Now in the dialog');
    assertPlaced(await geometry(page), 'in a dialog opened during the tour');
    const where = await page.evaluate(() => {
      const layer = document.querySelector('pathlight-tour');
      const card = layer.shadowRoot.querySelector('.pl-tour').getBoundingClientRect();
      return {
        parent: layer.parentElement.id,
        onTop: document.elementFromPoint(card.left + card.width / 2, card.top + 12) === layer,
      };
    });
    assert.deepEqual(where, { parent: 'dlg', onTop: true });
    await clickIn(page, '[data-primary]');
    await page.waitForFunction(() => window.__events.includes('tour:complete:dialog-late'));
    await close();
  });

  test('inside an open popover of the page: the card is above it, and clicking the card does not close it', async () => {
    const { page, close } = await open('scenario=popover');
    await page.click('#opener'); // showPopover()
    await start(page);
    await cardShows(page, 'In a popover');
    assertPlaced(await geometry(page, '#in-popover'), 'in an auto popover');
    const next = await page.evaluate(() => {
      const b = document
        .querySelector('pathlight-tour')
        .shadowRoot.querySelector('[data-primary]')
        .getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.click(next.x, next.y);
    await cardShows(page, 'Still in it');
    assert.equal(await page.evaluate(() => document.getElementById('pop').matches(':popover-open')), true);
    assert.equal(await page.evaluate(() => document.querySelector('pathlight-tour').parentElement.id), 'pop');
    await close();
  });

  test('resize and orientation change: the card and the highlight move along', async () => {
    const { page, close } = await open('scenario=basic');
    await start(page, 'basic', 3);
    await cardShows(page, 'The end');
    assertPlaced(await geometry(page, '#second'), 'before the resize');
    await page.setViewportSize({ width: 700, height: 900 });
    assertPlaced(await geometry(page, '#second'), 'after the resize');
    await page.setViewportSize({ width: 900, height: 500 });
    assertPlaced(await geometry(page, '#second'), 'landscape');
    await close();
  });

  test('a layout change above the element (content inserted) moves the highlight and the card along', async () => {
    const { page, close } = await open('scenario=basic');
    await start(page, 'basic', 3);
    await cardShows(page, 'The end');
    const before = await geometry(page, '#second');
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '120px';
      banner.textContent = 'A banner the app inserted';
      document.getElementById('main').prepend(banner);
    });
    const after = await geometry(page, '#second');
    assert.ok(after.target.top - before.target.top > 100, 'the element moved down');
    assertPlaced(after, 'after the layout change');
    await close();
  });

  test('under prefers-reduced-motion nothing animates', async () => {
    const { page, close } = await open('scenario=basic', { reducedMotion: 'reduce' });
    await start(page);
    await cardShows(page, 'Start here');
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'In a scroller');
    const running = await page.evaluate(() => ({
      card: document.querySelector('pathlight-tour').shadowRoot.getAnimations().length,
      body: document.body.classList.contains('driver-simple'),
    }));
    assert.deepEqual(running, { card: 0, body: true });
    // The cut-out jumps to the next element at once instead of gliding there.
    assertPlaced(await geometry(page, '#in-scroll'), 'reduced motion');
    await close();
  });

  test('at 375×667 the card fits the screen and never covers its element', async () => {
    const { page, close } = await open('scenario=phone', {
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
    });
    await start(page);
    for (const [title, selector] of [
      ['On a phone', '#first'],
      ['Far down on a phone', '#far'],
      ['A field', '#field'],
    ]) {
      await cardShows(page, title);
      const g = await geometry(page, selector);
      assertPlaced(g, `phone: ${title}`);
      assert.ok(g.card.right - g.card.left >= 340, 'the card spans the phone screen');
      await clickIn(page, '[data-primary]');
    }
    await close();
  });
});

describe('what moves a tour on', () => {
  test('advanceOn: a click on the element, a track() event, a route change; Next is hidden for them', async () => {
    const { page, close } = await open('scenario=advance');
    await start(page);
    await cardShows(page, 'Click it');
    const buttons = () =>
      page.evaluate(() =>
        [...document.querySelector('pathlight-tour').shadowRoot.querySelectorAll('.pl-tour-button')].map(
          (b) => b.textContent,
        ),
      );
    assert.deepEqual(await buttons(), []);
    await page.click('#first'); // through the cut-out: the element itself stays clickable
    await cardShows(page, 'Track it');
    await page.evaluate(() => window.Pathlight('track', 'second:done'));
    await cardShows(page, 'Route it');
    await page.evaluate(() => {
      location.hash = '#/elsewhere';
    });
    await cardShows(page, 'Done');
    await close();
  });

  test('when: a step whose rule does not hold is skipped', async () => {
    let { page, close } = await open('scenario=when');
    await start(page);
    await cardShows(page, 'For everyone');
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'Last');
    await close();
    ({ page, close } = await open('scenario=when&pro'));
    await start(page);
    await cardShows(page, 'For everyone');
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'Only for pro');
    await close();
  });

  test('starting another tour ends the first cleanly (reason replaced), also from another instance', async () => {
    const { page, close } = await openPage(env.browser, env.url('/tours-two-instances.html'));
    await page.waitForFunction(() => window.__a && window.__b);
    await page.evaluate(() => window.__a.startTour('a'));
    await cardShows(page, 'Tour a');
    await page.evaluate(() => window.__b.startTour('b'));
    await cardShows(page, 'Tour b');
    assert.deepEqual(await events(page), [
      'tour:start:a',
      'tour:step:a:0',
      'tour:start:b',
      'tour:dismiss:a:0:replaced',
      'tour:step:b:0',
    ]);
    assert.equal(await page.evaluate(() => document.querySelectorAll('pathlight-tour').length), 1);
    // driver.js's one overlay, moved into the layer's shadow root (nothing of it left in <body>).
    const overlays = await page.evaluate(() => [
      document.querySelectorAll('svg.driver-overlay').length,
      document.querySelector('pathlight-tour').shadowRoot.querySelectorAll('svg.driver-overlay').length,
    ]);
    assert.deepEqual(overlays, [0, 1]);
    await close();
  });
});

describe('multi-page tours', () => {
  test('a step on another page loads it (url), resumes there, follows an SPA route, and survives a reload', async () => {
    const { page, close } = await open('scenario=multi');
    await start(page);
    await cardShows(page, 'Page one');
    await Promise.all([page.waitForURL(/tours-two\.html/), clickIn(page, '[data-primary]')]);
    await waitForWidget(page);
    await cardShows(page, 'Page two');
    assertPlaced(await geometry(page, '#second'), 'after a full page load');
    // A reload in the middle of the tour comes back to the same step.
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'Still page two');
    await page.reload();
    await waitForWidget(page);
    await cardShows(page, 'Still page two');
    assertPlaced(await geometry(page, '#in-scroll'), 'after a reload');
    // The next step lives on an SPA route of this page: the tour waits there, and shows when the route comes.
    await clickIn(page, '[data-primary]');
    await page.waitForFunction(() => !document.querySelector('pathlight-tour'));
    await page.evaluate(() => {
      location.hash = '#/settings';
    });
    await cardShows(page, 'A route of page two');
    await clickIn(page, '[data-primary]');
    await page.waitForFunction(() => window.__events.includes('tour:complete:multi'));
    // After the reload only the steps of this page load are logged; the tour never started twice.
    const log = await events(page);
    assert.equal(log.filter((e) => e.startsWith('tour:start')).length, 0);
    assert.deepEqual(log, ['tour:step:multi:3:2', 'tour:step:multi:4:3', 'tour:complete:multi']);
    await page.reload();
    await waitForWidget(page);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => !!document.querySelector('pathlight-tour')), false);
    await close();
  });
});

describe('the page stays safe — RELIABILITY 13 and 30', () => {
  test('under CSP and Trusted Types: every step, zero violations; driver.js gets no text, author HTML stays text', async () => {
    const { page, close, pageErrors, warnings, violations } = await openPage(
      env.browser,
      env.url('/tours-tt.html?scenario=basic'),
    );
    await waitForWidget(page);
    await page.evaluate(() =>
      window.Pathlight('startTour', {
        id: 'xss',
        steps: [
          {
            target: '#first',
            title: '<b>Bold?</b>',
            body: 'Hi <img src=x onerror="window.__xss=1"> **there**',
          },
          { title: 'Centred', body: '<script>window.__xss=2</script>[a link](javascript:alert(1))' },
        ],
      }),
    );
    await cardShows(page, '<b>Bold?</b>');
    const card = await page.evaluate(() => {
      const c = document.querySelector('pathlight-tour').shadowRoot.querySelector('.pl-tour');
      return { imgs: c.querySelectorAll('img').length, text: c.querySelector('.pl-tour-body').textContent };
    });
    assert.equal(card.imgs, 0);
    assert.match(card.text, /Hi <img src=x onerror="window.__xss=1"> there/);
    await clickIn(page, '[data-primary]');
    await cardShows(page, 'Centred');
    assert.equal(
      await page.evaluate(
        () =>
          document
            .querySelector('pathlight-tour')
            .shadowRoot.querySelectorAll('a[href^="javascript"], script').length,
      ),
      0,
    );
    await clickIn(page, '[data-primary]');
    await page.evaluate(() => window.__start('basic'));
    for (const title of ['Start here', 'In a scroller', 'A word in the middle', 'The end']) {
      await cardShows(page, title);
      await clickIn(page, '[data-primary]');
    }
    await page.waitForFunction(() => window.__events.includes('tour:complete:basic'));
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.driver-popover').length), 0);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(
      warnings.filter((w) => !w.includes('404')),
      [],
    );
    await close();
  });

  test('under hostile host CSS: the card looks the same and the overlay still dims, cuts out and takes clicks', async () => {
    const shoot = async (file) => {
      const { page, close } = await openPage(env.browser, env.url(`/${file}?scenario=basic`));
      await waitForWidget(page);
      await start(page, 'basic', 2);
      await cardShows(page, 'A word in the middle');
      await geometry(page, '#first');
      const card = await page.evaluate(() => {
        const c = document
          .querySelector('pathlight-tour')
          .shadowRoot.querySelector('.pl-tour')
          .getBoundingClientRect();
        return { x: c.x, y: c.y, width: c.width, height: c.height };
      });
      await animationsDone(page);
      // Inside the rounded corners: the page behind them differs, the card must not.
      const inset = 14;
      const image = await page.screenshot({
        clip: {
          x: card.x + inset,
          y: card.y + inset,
          width: card.width - 2 * inset,
          height: card.height - 2 * inset,
        },
      });
      const overlay = await page.evaluate(() => {
        const path = document
          .querySelector('pathlight-tour')
          .shadowRoot.querySelector('.pl-tour-overlay path');
        const s = getComputedStyle(path);
        return {
          fill: s.fill,
          pointer: s.pointerEvents,
          hit: document.elementFromPoint(5, innerHeight - 5)?.localName,
        };
      });
      await clickIn(page, '[data-secondary]');
      await cardShows(page, 'In a scroller');
      const g = await geometry(page, '#in-scroll');
      await close();
      return { card, image, overlay, g };
    };
    const plain = await shoot('tours-page.html');
    const hostile = await shoot('tours-hostile.html');
    assert.deepEqual(hostile.card, plain.card);
    assert.ok(hostile.image.equals(plain.image), 'the card renders pixel for pixel the same');
    assert.deepEqual(hostile.overlay, plain.overlay);
    assert.deepEqual(plain.overlay.hit, 'pathlight-tour');
    assertPlaced(hostile.g, 'under hostile CSS');
  });

  test('axe-core finds no violations with a step open (desktop and phone)', async () => {
    const axe = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 667 },
    ]) {
      const { page, close } = await open('scenario=basic', { viewport });
      await page.addScriptTag({ content: axe });
      await start(page);
      await cardShows(page, 'Start here');
      await animationsDone(page);
      const run = () =>
        page.evaluate(async () => {
          const result = await window.axe.run(
            { include: [['pathlight-tour'], ['#first']] },
            { resultTypes: ['violations'] },
          );
          return result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
      assert.deepEqual(await run(), [], `step with an element at ${viewport.width}px`);
      await start(page, 'basic', 2);
      await cardShows(page, 'A word in the middle');
      await animationsDone(page);
      assert.deepEqual(await run(), [], `centred step at ${viewport.width}px`);
      await close();
    }
  });
});

describe('right to left', () => {
  test('on an Arabic page the card mirrors, `right` is the end side, and ArrowLeft moves on', async () => {
    const { page, close } = await open('scenario=arabic&locale=ar');
    await start(page);
    await cardShows(page, 'ابدأ من هنا');
    const look = await page.evaluate(() => {
      const card = document.querySelector('pathlight-tour').shadowRoot.querySelector('.pl-tour');
      const first = document.getElementById('first').getBoundingClientRect();
      const box = card.getBoundingClientRect();
      return {
        dir: card.dir,
        lang: card.lang,
        placement: card.dataset.placement,
        leftOfElement: box.right <= first.left,
        buttons: [...card.querySelectorAll('.pl-tour-button')].map((b) => b.textContent),
        progress: card.querySelector('.pl-tour-progress').textContent,
      };
    });
    assert.deepEqual(look, {
      dir: 'rtl',
      lang: 'ar',
      placement: 'left',
      leftOfElement: true,
      buttons: ['التالي'],
      progress: '1 من 2',
    });
    assertPlaced(await geometry(page, '#first'), 'right to left');
    await page.keyboard.press('ArrowLeft');
    await cardShows(page, 'الخطوة الثانية');
    await page.keyboard.press('ArrowRight');
    await cardShows(page, 'ابدأ من هنا');
    await close();
  });
});
