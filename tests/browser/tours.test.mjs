// Real-browser tests of product tours (issue 10; RELIABILITY.md lines 8, 13 and 30), against the built
// dist/ files and tests/browser/fixtures/tours-page.*: every resilience case asserts that the highlight
// (driver.js's cut-out) covers the step's element and that the card is inside the viewport.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { activeElement, openPage, setup, waitForWidget } from './harness.mjs';

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
    const { page, close } = await open('scenario=basic&auto');
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
    await page.waitForTimeout(600);
    assert.deepEqual(await events(page), []);
    assert.equal(await page.evaluate(() => !!document.querySelector('pathlight-tour')), false);
    await close();
  });
});

describe('resilience: the highlight covers the element and the card is on screen', () => {
  test('a late element: the step waits for it (the shared element watcher), then shows', async () => {
    const { page, close } = await open('scenario=late&lateMs=900');
    await start(page);
    await page.waitForTimeout(400);
    const early = await page.evaluate(
      () => !!document.querySelector('pathlight-tour')?.shadowRoot.querySelector('.pl-tour:popover-open'),
    );
    assert.equal(early, false, 'nothing shows while the element is not there yet');
    await cardShows(page, 'Late element');
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
