// Real-browser tests of tips, hotspots, announcements and targeting (issue 4; RELIABILITY.md lines
// 1, 7 and 8), against the built dist/pathlight.global.js and tests/browser/fixtures/tips-page.*.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import {
  activeElement,
  debugLines,
  focusMatching,
  openPage,
  root,
  setup,
  waitForWidget,
} from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const open = async (scenario, options) => {
  const opened = await openPage(env.browser, env.url(`/tips-page.html?scenario=${scenario}`), options);
  await waitForWidget(opened.page);
  return opened;
};
const events = (page) => page.evaluate(() => window.__events);

/** Tip placed (`data-placement`) and visible. */
const tipShown = (page) =>
  page.waitForFunction(() => {
    const tip = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip[data-placement]');
    return tip && getComputedStyle(tip).visibility === 'visible';
  });
/** Waits (up to 5 s) for the tip's last position: its box the same over three frames (the caller asserts on it). */
const tipSettled = (page) =>
  page.evaluate(async () => {
    const end = performance.now() + 5000;
    let last = '';
    for (let same = 0; same < 3 && performance.now() < end; ) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const tip = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip');
      const box = tip ? JSON.stringify(tip.getBoundingClientRect()) : '';
      same = tip && box === last ? same + 1 : 0;
      last = box;
    }
  });
const tipCount = (page) =>
  page.evaluate(() => document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-tip').length);

/**
 * How far the tip is from where it belongs next to `window.__target()` (placement bottom or right,
 * offset 12 px, centred on the element): 0 when attached.
 */
const offBy = (page, side = 'bottom') =>
  page.evaluate((placement) => {
    const tip = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip');
    const t = window.__target().getBoundingClientRect();
    const r = tip.getBoundingClientRect();
    if (placement === 'right')
      return Math.max(
        Math.abs(r.left - (t.right + 12)),
        Math.abs(r.top + r.height / 2 - (t.top + t.height / 2)),
      );
    return Math.max(
      Math.abs(r.top - (t.bottom + 12)),
      Math.abs(r.left + r.width / 2 - (t.left + t.width / 2)),
    );
  }, side);
/** Waits until the tip has caught up with its element (positions update after scroll/resize events). */
const attached = async (page, side) => {
  await page.waitForFunction(
    (placement) => {
      const tip = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip');
      const target = window.__target();
      if (!tip || !target) return false;
      const t = target.getBoundingClientRect();
      const r = tip.getBoundingClientRect();
      const d =
        placement === 'right'
          ? Math.max(
              Math.abs(r.left - (t.right + 12)),
              Math.abs(r.top + r.height / 2 - (t.top + t.height / 2)),
            )
          : Math.max(
              Math.abs(r.top - (t.bottom + 12)),
              Math.abs(r.left + r.width / 2 - (t.left + t.width / 2)),
            );
      return d <= 1.5;
    },
    side,
    { timeout: 3000 },
  );
  assert.ok((await offBy(page, side)) <= 1.5);
};

describe('tips stay with their element', () => {
  test('through scrolling a container and resizing the viewport; hidden while scrolled out of view', async () => {
    const { page, close, pageErrors } = await open('scroll');
    const scrollTo = (top) =>
      page.evaluate((value) => {
        document.getElementById('scroller').scrollTop = value;
      }, top);
    // The button starts below the container's fold: shown by targeting, but hidden until in view.
    await page.locator('pathlight-root .pl-tip[data-placement]').waitFor({ state: 'attached' });
    assert.equal(
      await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip'))
            .visibility,
      ),
      'hidden',
    );
    await scrollTo(100);
    await tipShown(page);
    await attached(page);
    const before = await page.evaluate(() => window.__target().getBoundingClientRect().top);
    await scrollTo(150);
    await page.waitForFunction((top) => window.__target().getBoundingClientRect().top < top - 40, before);
    await attached(page);
    await page.setViewportSize({ width: 700, height: 600 });
    await attached(page);
    await page.evaluate(() => window.scrollTo(0, 40));
    await attached(page);
    await scrollTo(400);
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip'))
          .visibility === 'hidden',
    );
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('hides when its element is removed and comes back when it is added again', async () => {
    const { page, close } = await open('remove');
    await tipShown(page);
    await page.evaluate(() => {
      window.__removed = document.getElementById('removable');
      window.__removed.remove();
    });
    await page.waitForFunction(
      () => !document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip'),
    );
    await page.evaluate(() => document.getElementById('slot').append(window.__removed));
    await tipShown(page);
    await attached(page);
    assert.deepEqual(await events(page), ['tip:show:remove', 'tip:show:remove']);
    await close();
  });

  test('points at an element inside a host open shadow root (a function target)', async () => {
    const { page, close } = await open('shadow');
    await tipShown(page);
    await attached(page, 'right');
    await close();
  });
});

describe('tips leave the form readable', () => {
  /** In the page: the form controls and labels (other than its own element) the tip covers, by what they are. */
  const covered = () => {
    const tip = document
      .querySelector('pathlight-root')
      .shadowRoot.querySelector('.pl-tip')
      .getBoundingClientRect();
    const target = document.getElementById('invoice-customer');
    const controls = 'input:not([type="hidden"]), select, textarea, label, button';
    return [...document.querySelectorAll(controls)]
      .filter((el) => el !== target && el.getClientRects().length > 0)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 2 &&
          r.height > 2 &&
          r.left < tip.right &&
          r.right > tip.left &&
          r.top < tip.bottom &&
          r.bottom > tip.top
        );
      })
      .map((el) =>
        el.tagName === 'LABEL' ? `label for ${el.htmlFor}` : `${el.tagName.toLowerCase()}#${el.id}`,
      );
  };

  test("the demo's New invoice tip covers no other field or label: beside the customer field on a desktop, above it on a phone", async () => {
    const demo = await serve({ spa: true });
    try {
      for (const [viewport, allowed] of [
        [{ width: 1280, height: 800 }, []],
        // A phone has no room beside the field: above it, the tip covers at most the field's own label.
        [{ width: 375, height: 812 }, ['label for invoice-customer']],
      ]) {
        const { page, close } = await openPage(env.browser, `${demo.url}/invoices/new`, { viewport });
        await waitForWidget(page);
        await tipShown(page);
        await tipSettled(page);
        const hidden = await page.evaluate(covered);
        assert.deepEqual(
          hidden.filter((what) => !allowed.includes(what)),
          [],
          `${viewport.width} px: the tip (${await page.evaluate(
            () =>
              document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip').dataset.placement,
          )}) covers`,
        );
        await close();
      }
    } finally {
      await demo.close();
    }
  });
});

describe('right to left', () => {
  test("a `placement: 'right'` tip sits on the element's left in an Arabic, dir=rtl page: the positions mirror", async () => {
    const sides = {};
    for (const dir of ['ltr', 'rtl']) {
      const { page, close, pageErrors } = await openPage(
        env.browser,
        env.url(`/tips-page.html?scenario=side&dir=${dir}`),
      );
      await waitForWidget(page);
      await tipShown(page);
      // Placed, and the Arabic strings in (the RTL page's close button is named in Arabic).
      if (dir === 'rtl')
        await page.locator('pathlight-root').getByRole('button', { name: 'إغلاق التلميح' }).waitFor();
      await tipSettled(page);
      sides[dir] = await page.evaluate(() => {
        const tip = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip');
        const t = window.__target().getBoundingClientRect();
        const r = tip.getBoundingClientRect();
        return {
          placement: tip.dataset.placement,
          // The gap between the element and the tip on the side it sits, and the tip's vertical centre.
          after: Math.round(r.left - t.right),
          before: Math.round(t.left - r.right),
          middle: Math.round(r.top + r.height / 2 - (t.top + t.height / 2)),
          lang: document.querySelector('pathlight-root').shadowRoot.querySelector('[lang]')?.lang,
        };
      });
      assert.deepEqual(pageErrors, []);
      await close();
    }
    assert.equal(sides.ltr.placement, 'right');
    assert.equal(sides.ltr.after, 12, JSON.stringify(sides.ltr));
    assert.equal(sides.rtl.placement, 'left', JSON.stringify(sides.rtl));
    assert.equal(sides.rtl.before, 12, 'the same 12 px gap, on the mirrored side');
    assert.equal(sides.rtl.middle, sides.ltr.middle, 'centred on the element in both');
  });
});

describe('the user decides', () => {
  test('a dismissed tip never returns after a reload', async () => {
    const { page, close } = await open('reload&debug');
    const { lines: logs, logged } = debugLines(page);
    await tipShown(page);
    await page.locator('pathlight-root').getByRole('button', { name: 'Close tip' }).click();
    await page.waitForFunction(
      () => !document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip'),
    );
    assert.deepEqual(await events(page), ['tip:show:reload', 'tip:dismiss:reload']);
    await page.reload();
    await waitForWidget(page);
    // The engine's verdict on the new page view (console messages reach the test a moment after): dismissed.
    assert.ok(await logged(/tip:reload \([^)]*\): not shown: .*dismiss/), logs.join('\n'));
    assert.equal(await tipCount(page), 0);
    assert.deepEqual(await events(page), []);
    await close();
  });

  test('a hotspot opens its tip on click; Escape closes it with focus back on the hotspot', async () => {
    const { page, close } = await open('hotspot');
    const beacon = page
      .locator('pathlight-root')
      .getByRole('button', { name: 'Show tip: Send this to your accountant' });
    await beacon.waitFor();
    assert.equal(await tipCount(page), 0);
    await beacon.click();
    await tipShown(page);
    let focused = await focusMatching(page, { role: 'dialog' });
    assert.equal(focused.role, 'dialog', 'the tip the user opened takes focus');
    await page.keyboard.press('Tab');
    focused = await activeElement(page);
    assert.equal(focused.label, 'Close tip', 'keyboard reachable: Tab moves through the tip');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip'),
    );
    focused = await activeElement(page);
    assert.match(focused.className, /pl-hotspot/);
    assert.equal(await beacon.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    await tipShown(page);
    await page.locator('pathlight-root').getByRole('button', { name: 'Got it' }).click();
    await beacon.waitFor({ state: 'detached' });
    assert.deepEqual(await events(page), [
      'tip:show:hotspot',
      'tip:show:hotspot',
      'tip:click:hotspot',
      'tip:dismiss:hotspot',
    ]);
    await close();
  });

  test("in the demo on a 375 px phone, the Reports hotspot stays on its button's end corner", async () => {
    // The demo's full-width phone button puts the end corner 16 px from the viewport edge, where
    // flip's alignment fallback once moved the beacon to the start corner.
    const demo = await serve({ spa: true });
    const { page, close } = await openPage(env.browser, `${demo.url}/reports`, {
      viewport: { width: 375, height: 812 },
    });
    try {
      await waitForWidget(page);
      await page.evaluate(() => window.Pathlight.showTip('export-csv-hotspot'));
      await page.waitForFunction(() => {
        const b = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-hotspot');
        return b?.dataset.placement && getComputedStyle(b).visibility === 'visible';
      });
      const { placement, beaconRight, targetRight } = await page.evaluate(() => {
        const b = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-hotspot');
        return {
          placement: b.dataset.placement,
          beaconRight: b.getBoundingClientRect().right,
          targetRight: document.getElementById('export-csv').getBoundingClientRect().right,
        };
      });
      assert.equal(placement, 'top-end', 'no flip to the start corner');
      assert.ok(
        Math.abs(beaconRight - targetRight) <= 12,
        `beacon right ${beaconRight}, button right ${targetRight}`,
      );
    } finally {
      await close();
      await demo.close();
    }
  });

  test('an announcement modal traps focus and gives it back', async () => {
    const { page, close } = await open('announce');
    await page.locator('#opener').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('pathlight-root').getByRole('dialog', { name: 'New: recurring invoices' });
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('aria-modal'), 'true');
    // The card takes focus in an effect after it is drawn (a Tab pressed before that reached the page first).
    assert.equal((await focusMatching(page, { role: 'dialog' })).role, 'dialog', 'focus moves into the card');
    const seen = new Set();
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press(i === 6 ? 'Shift+Tab' : 'Tab');
      const focused = await activeElement(page);
      assert.equal(focused.inWidget, true, `focus stays in the dialog (Tab ${i + 1})`);
      seen.add(focused.label);
    }
    assert.deepEqual([...seen].sort(), ['Close announcement', 'Maybe later', 'Show me how']);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const focused = await activeElement(page);
    assert.equal(focused.id, 'opener');
    assert.deepEqual(await events(page), ['announcement:show:news', 'announcement:dismiss:news']);
    await close();
  });
});

describe('targeting in the real page', () => {
  test('url + user trait + track event decide, and debug says why', async () => {
    const { page, close } = await openPage(env.browser, env.url('/tips-page.html?scenario=rules&debug'));
    const { lines: logs, logged: waitLine } = debugLines(page);
    const logged = (pattern) => waitLine(pattern, 5000);
    await waitForWidget(page);
    // The guides chunk has started (its first verdict is logged): identify() from here on is seen as one.
    assert.ok(await logged(/tip:rules \(/), logs.join('\n'));
    assert.equal(await tipCount(page), 0);
    await page.evaluate(() => window.Pathlight.identify('u1', { plan: 'team' }));
    // The engine's verdict on identify(), then nothing on screen.
    assert.ok(
      await logged(/tip:rules \(identify\): not shown: .*event report:exported has not happened/),
      logs.join('\n'),
    );
    assert.equal(await tipCount(page), 0, 'the event has not happened yet');
    await page.evaluate(() => window.Pathlight.track('report:exported'));
    await tipShown(page);
    assert.deepEqual(await events(page), ['tip:show:rules']);
    assert.ok(await logged(/tip:elsewhere .*url \/tips-page.html does not match "\/reports\/\*"/));
    await close();
  });
});

describe('accessibility and CSP', () => {
  test('axe-core finds no violations with a tip, a hotspot and an announcement open', async () => {
    const axe = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const { page, close } = await open('everything');
    await tipShown(page);
    await page.addScriptTag({ content: axe });
    const run = () =>
      page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('pathlight-root'), {
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    await page.locator('pathlight-root .pl-hotspot').click();
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-tip[data-placement]')
          .length === 2,
    );
    assert.deepEqual(await run(), [], 'tips');
    await page.evaluate(() => window.Pathlight.showAnnouncement('card'));
    await page.locator('pathlight-root .pl-announcement-slidein').waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('pathlight-root')
        .shadowRoot.getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    );
    assert.deepEqual(await run(), [], 'slide-in with tips');
    await page.evaluate(() => window.Pathlight.showAnnouncement('news'));
    await page.locator('pathlight-root [aria-modal="true"]').waitFor();
    // Contrast is measured once the entrance animations (opacity) are over.
    await page.waitForFunction(() =>
      document
        .querySelector('pathlight-root')
        .shadowRoot.getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    );
    assert.deepEqual(await run(), [], 'modal');
    await close();
  });

  test('no CSP violations, warnings or page errors under a strict CSP, media included', async () => {
    const { page, close, warnings, pageErrors, violations, onerrors } = await openPage(
      env.browser,
      env.url('/tips-csp.html?scenario=everything'),
    );
    await waitForWidget(page);
    await tipShown(page);
    await page.locator('pathlight-root .pl-hotspot').click();
    await page.evaluate(() => window.Pathlight.showAnnouncement('card'));
    await page.locator('pathlight-root').getByRole('button', { name: 'Play video' }).click();
    await page.waitForFunction(() => {
      const video = document.querySelector('pathlight-root').shadowRoot.querySelector('video');
      return video && video.readyState >= 1;
    });
    await page.evaluate(() => window.Pathlight.showAnnouncement('embed'));
    const frameButton = page
      .locator('pathlight-root [aria-modal="true"]')
      .getByRole('button', { name: 'Play video' });
    await frameButton.click();
    const frame = page.locator('pathlight-root iframe');
    await frame.waitFor({ state: 'attached' });
    assert.equal(
      await frame.getAttribute('src'),
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1',
    );
    // The frame's navigation has ended (the player or an error page; offline there is no YouTube): a CSP
    // violation it caused was reported by then.
    const player = await (await frame.elementHandle()).contentFrame();
    await player?.waitForLoadState('load', { timeout: 10_000 }).catch(() => {});
    assert.deepEqual(await violations(), []);
    assert.deepEqual(await onerrors(), []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(
      warnings.filter((w) => !/youtube-nocookie|ERR_|net::/.test(w)),
      [],
    );
    await close();
  });

  test("rich Markdown is built as DOM by the articles' parser, without the markdown chunk, also under Trusted Types", async () => {
    for (const fixture of ['/tips-page.html', '/tips-tt.html']) {
      const { page, close, pageErrors, violations } = await openPage(
        env.browser,
        env.url(`${fixture}?scenario=rich`),
      );
      await waitForWidget(page);
      await tipShown(page);
      await page.waitForFunction(
        () =>
          document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-tip-body li').length ===
          3,
      );
      const body = await page.evaluate(() => {
        const el = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-tip-body');
        return {
          strong: el.querySelector('li strong')?.textContent,
          img: !!el.querySelector('img[onerror]'),
          link: el.querySelector('a')?.rel,
        };
      });
      assert.deepEqual(body, { strong: 'CSV', img: false, link: 'noopener noreferrer' }, fixture);
      const files = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
      assert.ok(!files.includes('/pathlight.markdown.js'), `${fixture}: a tip body needs no sanitizer`);
      assert.equal(await page.evaluate(() => window.__xss), undefined);
      assert.deepEqual(await violations(), [], fixture);
      assert.deepEqual(pageErrors, [], fixture);
      await close();
    }
  });
});
