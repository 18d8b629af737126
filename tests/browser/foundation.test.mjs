// Real-browser tests of the foundation (issue 2, RELIABILITY.md lines 1–7, 14, 20–25),
// against the built dist/pathlight.global.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { activeElement, focusMatching, openPage, root, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/**
 * Waits (up to 5 s) until `list` has a line that includes `text`: console messages reach the test a moment
 * after the page logs them.
 */
const logged = async (list, text) => {
  for (let waited = 0; waited < 5000 && !list.some((line) => line.includes(text)); waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
};

const shadow = (page, selector) =>
  page.evaluateHandle(
    (sel) => document.querySelector('pathlight-root').shadowRoot.querySelector(sel),
    selector,
  );

describe('script tag and snippet', () => {
  test('queued snippet calls replay in order after the async script loads', async () => {
    const { page, close, pageErrors } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    const events = await page.evaluate(() => window.__events.map(([name]) => name));
    assert.equal(events[0], 'ready', 'the on(ready) queued before init hears ready');
    assert.equal(await page.evaluate(() => typeof window.Pathlight.open), 'function');
    assert.equal(await page.evaluate(() => window.Pathlight.__pathlight), true);
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('Pathlight("open") and Pathlight.open() both work after load', async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    await page.evaluate(() => window.Pathlight('open'));
    await page.locator('pathlight-root [role="dialog"]').waitFor();
    await page.evaluate(() => window.Pathlight.close());
    await page.locator('pathlight-root [role="dialog"]').waitFor({ state: 'detached' });
    await close();
  });

  test('a second copy of the script and a second snippet keep one launcher and warn once', async () => {
    const { page, close, warnings } = await openPage(env.browser, env.url('/double.html'));
    await waitForWidget(page);
    await page.waitForFunction(() => window.__secondLoaded === true);
    assert.equal(await page.locator('pathlight-root').count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Help', exact: true }).count(), 1);
    await logged(warnings, 'init() was called again');
    const initWarnings = warnings.filter((w) => w.includes('init() was called again'));
    assert.equal(initWarnings.length, 1, warnings.join('\n'));
    await close();
  });

  for (const [fixture, expectedLabel] of [
    ['/settings.html', 'Support'],
    ['/data-attrs.html', 'Help'],
  ]) {
    test(`auto-init from ${fixture}`, async () => {
      const { page, close } = await openPage(env.browser, env.url(fixture));
      await waitForWidget(page);
      await page.getByRole('button', { name: expectedLabel, exact: true }).waitFor();
      await close();
    });
  }
});

describe('launcher and panel', () => {
  test('launcher opens the panel with focus inside; Escape closes and focus returns to the launcher', async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    const launcher = page.getByRole('button', { name: 'Help', exact: true });
    // The closed launcher is a pill with its own padding (a base reset once zeroed it).
    const padding = await launcher.evaluate((el) => getComputedStyle(el).padding);
    assert.equal(padding, '0px 20px 0px 16px');
    await launcher.click();
    const dialog = page.getByRole('dialog', { name: 'Help' });
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('aria-modal'), null, 'non-modal on a wide screen');
    const focused = await focusMatching(page, { role: 'combobox' });
    assert.equal(focused.inWidget, true);
    assert.equal(focused.role, 'combobox', 'focus lands in the search field');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const back = await focusMatching(page, { className: 'pl-launcher' });
    assert.match(back.className, /pl-launcher/);
    await close();
  });

  test('focus returns to the host button that opened the panel', async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    await page.click('#host-open');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.equal((await focusMatching(page, { id: 'host-open' })).id, 'host-open');
    await close();
  });

  // Layout shifts after a programmatic open count against the host's CLS (no user input excuses them).
  test('loading, opening and closing the widget shift nothing on the page (CLS exactly 0)', async () => {
    const { page, close } = await openPage(env.browser);
    await page.addInitScript(() => {
      window.__shifts = [];
      window.__shiftObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts.push(entry.value);
      });
      window.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(env.url('/basic.html'));
    await waitForWidget(page);
    await page.evaluate(() => window.Pathlight.open());
    await page.getByRole('dialog').waitFor();
    await page.evaluate(() => window.Pathlight.close());
    // The panel has gone (its exit animation over) and two frames were drawn since: a shift they made is in the
    // observer's buffer, which takeRecords() empties without waiting for the observer's own task.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const shifts = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const entry of window.__shiftObserver.takeRecords()) window.__shifts.push(entry.value);
      return window.__shifts;
    });
    assert.deepEqual(shifts, []);
    await close();
  });

  test('on a 375 px phone the panel fills the screen, is modal and traps Tab', async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'), {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await waitForWidget(page);
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('aria-modal'), 'true');
    await dialog.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const box = await dialog.boundingBox();
    assert.deepEqual([box.x, box.y, box.width, box.height].map(Math.round), [0, 0, 375, 740]);
    const fontSize = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('pathlight-root').shadowRoot.querySelector('input')).fontSize,
    );
    assert.ok(Number.parseFloat(fontSize) >= 16, `search input is ${fontSize}: phones would zoom`);
    // The panel puts focus in its search field once drawn; the Tabs below start from there.
    assert.equal((await focusMatching(page, { role: 'combobox' })).role, 'combobox');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      assert.equal((await activeElement(page)).inWidget, true, `Tab #${i + 1} left the modal panel`);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.equal((await activeElement(page)).inWidget, true, `Shift+Tab #${i + 1} left the modal panel`);
    }
    await close();
  });

  // On phones the panel is modal (a focusin trap) and the launcher hidden while it is open: closing must still
  // give focus back to whatever opened it, never leave it on <body>.
  for (const [opener, how] of [
    ['the launcher', 'Escape'],
    ['the launcher', 'Close'],
    ['a host button', 'Escape'],
    ['a button in a host shadow root', 'Escape'],
  ])
    test(`on a phone, closing with ${how} returns focus to ${opener}`, async () => {
      const { page, close } = await openPage(env.browser, env.url('/basic.html'), {
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      await waitForWidget(page);
      await page.evaluate(() => {
        const host = document.createElement('div');
        host.id = 'shadow-host';
        host.attachShadow({ mode: 'open' }).innerHTML =
          '<button id="inner-open" type="button">Help inside</button>';
        host.shadowRoot.firstChild.addEventListener('click', () => window.Pathlight.open());
        document.querySelector('main').append(host);
      });
      if (opener === 'the launcher') await page.getByRole('button', { name: 'Help', exact: true }).click();
      else if (opener === 'a host button') await page.click('#host-open');
      else await page.locator('#inner-open').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
      const expected = {
        'the launcher': 'pl-launcher',
        'a host button': 'host-open',
        'a button in a host shadow root': 'inner-open',
      }[opener];
      const focused = await focusMatching(page, [{ id: expected }, { className: expected }]);
      assert.ok(
        focused && (focused.id === expected || focused.className.includes(expected)),
        `focus is on ${JSON.stringify(focused)}, not ${expected}`,
      );
      await close();
    });

  test('reduced motion removes the opening animation; dark scheme is followed', async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'), {
      reducedMotion: 'reduce',
      colorScheme: 'dark',
    });
    await waitForWidget(page);
    await page.evaluate(() => window.Pathlight.open());
    await page.getByRole('dialog').waitFor();
    const { duration, scheme, bg } = await page.evaluate(() => {
      const sr = document.querySelector('pathlight-root').shadowRoot;
      const panel = sr.querySelector('.pl-panel');
      return {
        duration: getComputedStyle(panel).animationDuration,
        scheme: sr.querySelector('.pl-app').dataset.scheme,
        bg: getComputedStyle(panel).backgroundColor,
      };
    });
    assert.ok(Number.parseFloat(duration) < 0.001, `animation ${duration}`);
    assert.equal(scheme, 'dark');
    assert.equal(bg, 'rgb(22, 24, 29)');
    await close();
  });

  test("setLocale loads that locale's catalog only; Arabic turns the widget right-to-left", async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    await page.evaluate(() => window.Pathlight.setLocale('pl'));
    await page.getByRole('button', { name: 'Pomoc', exact: true }).waitFor();
    await page.evaluate(() => window.Pathlight.setLocale('ar'));
    await page.waitForFunction(
      () => document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dir === 'rtl',
    );
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const catalogs = scripts
      .filter((s) => /\/pathlight\.locale-[a-z]+\.js$/.test(s))
      .map((s) => s.split('/').pop());
    // One file per locale asked for, each once: a Polish visitor never downloads the other ten languages.
    assert.deepEqual(catalogs.sort(), ['pathlight.locale-ar.js', 'pathlight.locale-pl.js']);
    await close();
  });
});

describe('isolation (RELIABILITY 1–7)', () => {
  for (const fixture of ['/csp.html', '/trusted-types.html', '/nonce.html']) {
    test(`strict CSP ${fixture}: styled widget, chunk loads, no violation`, async () => {
      const { page, close, violations, pageErrors } = await openPage(env.browser, env.url(fixture));
      await waitForWidget(page);
      const launcher = page.getByRole('button', { name: 'Help', exact: true });
      await launcher.waitFor();
      const bg = await launcher.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(bg, 'rgb(10, 125, 85)', 'brand colour applied: the stylesheet reached the shadow root');
      await launcher.click();
      await page.getByRole('dialog').waitFor();
      await page.evaluate(() => window.Pathlight.setLocale('de'));
      await page.getByRole('button', { name: 'Hilfe', exact: true }).waitFor();
      assert.deepEqual(await violations(), []);
      assert.deepEqual(pageErrors, []);
      await close();
    });
  }

  // Audit (issue 8.6): `document.currentScript`, `document.body` and window globals can be shadowed by markup.
  test('host markup naming the globals Pathlight reads changes nothing: files, mount point, articles, search', async () => {
    const { page, close, violations, pageErrors } = await openPage(env.browser);
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(env.url('/clobber.html'));
    assert.equal(
      await page.evaluate(() => document.currentScript instanceof HTMLImageElement),
      true,
      'the page really shadows document.currentScript',
    );
    await waitForWidget(page);
    assert.deepEqual(
      requests.filter((path) => path.startsWith('/clobber/') && path !== '/clobber/pixel.gif'),
      [],
      "no file of Pathlight's is asked from the image's folder",
    );
    assert.equal(
      await page.evaluate(() => document.querySelector('pathlight-root').parentElement.tagName),
      'BODY',
    );
    await page.evaluate(() => window.Pathlight.showArticle('reset-password'));
    const body = page.locator('pathlight-root .pl-article-body');
    await body.locator('p').first().waitFor();
    await page.evaluate(() => window.Pathlight.open('search'));
    await page.getByRole('combobox').fill('password');
    await page.getByRole('option').first().waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('the built bundles contain no eval, new Function or string timers', () => {
    for (const file of ['pathlight.global.js', 'pathlight.locale-pl.js', 'index.js']) {
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      assert.doesNotMatch(code, /\beval\(|new Function\(|set(Timeout|Interval)\(\s*["'`]/, file);
    }
  });

  test('hostile host CSS leaves the widget pixel-identical', async () => {
    const shots = [];
    // The same page twice: once with its hostile stylesheet emptied, once with it.
    for (const hostile of [false, true]) {
      const { page, close } = await openPage(env.browser, undefined, { reducedMotion: 'reduce' });
      if (!hostile)
        await page.route('**/hostile.css', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
      await page.goto(env.url('/hostile.html'));
      await waitForWidget(page);
      await page.evaluate(() => window.Pathlight.open());
      await page.getByRole('dialog').waitFor();
      // Compare the settled widget: wait for the opening animation (0.01 ms under reduced motion) to end.
      await page.evaluate(() =>
        Promise.all(
          document
            .querySelector('pathlight-root')
            .shadowRoot.getAnimations()
            .map((a) => a.finished),
        ),
      );
      await page.evaluate(() => document.activeElement?.blur());
      await page.evaluate(() => document.querySelector('pathlight-root').shadowRoot.activeElement?.blur());
      const widget = await page.evaluate(() => {
        const sr = document.querySelector('pathlight-root').shadowRoot;
        const rects = [...sr.querySelectorAll('.pl-panel, .pl-launcher')].map((el) =>
          el.getBoundingClientRect(),
        );
        const x = Math.min(...rects.map((r) => r.left));
        const y = Math.min(...rects.map((r) => r.top));
        return {
          x,
          y,
          width: Math.max(...rects.map((r) => r.right)) - x,
          height: Math.max(...rects.map((r) => r.bottom)) - y,
        };
      });
      shots.push({ widget, png: await page.screenshot({ clip: widget }) });
      await close();
    }
    assert.deepEqual(shots[1].widget, shots[0].widget, 'same geometry');
    assert.ok(shots[0].png.equals(shots[1].png), 'same pixels');
  });

  test('the panel stays above a fixed header with z-index 2147483000, also one added after the widget', async () => {
    const { page, close } = await openPage(env.browser, env.url('/hostile.html'));
    await waitForWidget(page);
    // A header appended after init comes later in DOM order: only a higher z-index keeps the panel on top.
    await page.evaluate(() => {
      document.querySelector('.fixed-header').remove();
      const header = document.createElement('header');
      header.className = 'topbar fixed-header';
      document.body.append(header);
    });
    await page.evaluate(() => window.Pathlight.open());
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.tagName.toLowerCase(),
      [box.x + box.width / 2, box.y + 10],
    );
    assert.equal(hit, 'pathlight-root');
    await close();
  });

  test('a widget inside a page whose localStorage throws still works and says so once', async () => {
    const { page, close, warnings } = await openPage(env.browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(env.url('/basic.html'));
    await waitForWidget(page);
    await page.evaluate(() => window.Pathlight.setLocale('pl'));
    await page.getByRole('button', { name: 'Pomoc', exact: true }).waitFor();
    const storageErrors = await page.evaluate(
      () => window.__events.filter(([n, p]) => n === 'error' && p.code === 'storage_unavailable').length,
    );
    assert.equal(storageErrors, 1);
    await logged(warnings, 'localStorage is unavailable');
    assert.equal(warnings.filter((w) => w.includes('localStorage is unavailable')).length, 1);
    await close();
  });

  test('no exception from Pathlight reaches window.onerror', async () => {
    const { page, close, onerrors, pageErrors } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    await page.evaluate(() => {
      const P = window.Pathlight;
      P.on('open', () => {
        throw new Error('host listener bug');
      });
      P.open('nowhere');
      P.showArticle(42);
      P.track();
      P.identify({});
      P.setLocale(null);
      P('noSuchCommand');
      P.init({ feed: 42 });
    });
    // The panel opened (the throwing listener ran, and was reported) and drew its home: then nothing reached onerror.
    await page.getByRole('dialog').getByRole('combobox').waitFor();
    assert.ok(
      await page.evaluate(() =>
        window.__events.some(([n, p]) => n === 'error' && p.code === 'listener_failed'),
      ),
      'the listener that threw is reported',
    );
    assert.deepEqual(await onerrors(), []);
    assert.deepEqual(pageErrors, []);
    await close();
  });
});

describe('single-page apps and life cycle (RELIABILITY 20–23)', () => {
  // Firefox and older Safari have no Navigation API: there popstate and hashchange arrive in separate tasks.
  for (const [mode, hideNavigation] of [
    ['with the Navigation API', false],
    ['without it (history patching)', true],
  ])
    test(`pushState, replaceState, back and hash changes each cause exactly one route event, ${mode}`, async () => {
      const { page, close } = await openPage(env.browser);
      if (hideNavigation)
        await page.addInitScript(() => Object.defineProperty(window, 'navigation', { value: undefined }));
      await page.goto(env.url('/basic.html'));
      await waitForWidget(page);
      assert.equal(await page.evaluate(() => window.navigation === undefined), hideNavigation);
      const count = () => page.evaluate(() => window.__events.filter(([n]) => n === 'route').length);
      const steps = [
        () => history.pushState({}, '', '/a'),
        () => history.replaceState({}, '', '/b'),
        () => {
          location.hash = '#section';
        },
        () => history.back(),
      ];
      for (const [i, step] of steps.entries()) {
        const beforeCount = await count();
        await page.evaluate(step);
        // The route event comes (back and hash changes a task later); a second one would follow within 80 ms.
        await page
          .waitForFunction(
            (n) => window.__events.filter(([name]) => name === 'route').length > n,
            beforeCount,
            { timeout: 5000 },
          )
          .catch(() => {});
        await page.waitForTimeout(80);
        assert.equal((await count()) - beforeCount, 1, `step ${i} caused one route evaluation`);
      }
      await close();
    });

  test('another library patching history as well still gives exactly one route event', async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    await page.evaluate(() => {
      const original = history.pushState;
      history.pushState = function (...args) {
        window.__patched = (window.__patched ?? 0) + 1;
        return original.apply(this, args);
      };
      history.pushState({}, '', '/patched');
    });
    await page
      .waitForFunction(() => window.__events.some(([n]) => n === 'route'), null, { timeout: 5000 })
      .catch(() => {});
    // A second route event would follow within 50 ms.
    await page.waitForTimeout(50);
    const routes = await page.evaluate(() => window.__events.filter(([n]) => n === 'route').length);
    assert.equal(routes, 1);
    assert.equal(await page.evaluate(() => window.__patched), 1);
    await close();
  });

  test('destroy leaves the document as before; 50 init/destroy cycles leak no listeners or observers', async () => {
    const { page, close } = await openPage(env.browser);
    await page.addInitScript(() => {
      // Count live listeners and observers the page creates, to compare with the baseline.
      const live = { listeners: 0, observers: 0 };
      window.__live = live;
      const add = EventTarget.prototype.addEventListener;
      const remove = EventTarget.prototype.removeEventListener;
      const seen = new WeakMap();
      EventTarget.prototype.addEventListener = function (type, fn, opts) {
        if (this === window || this === document || this?.constructor?.name === 'Navigation') {
          const key = `${type}`;
          const set = seen.get(this) ?? new Map();
          seen.set(this, set);
          const fns = set.get(key) ?? new Set();
          set.set(key, fns);
          if (fn && !fns.has(fn)) {
            fns.add(fn);
            live.listeners++;
          }
        }
        return add.call(this, type, fn, opts);
      };
      EventTarget.prototype.removeEventListener = function (type, fn, opts) {
        const fns = seen.get(this)?.get(`${type}`);
        if (fns?.delete(fn)) live.listeners--;
        return remove.call(this, type, fn, opts);
      };
      const MO = window.MutationObserver;
      window.MutationObserver = class extends MO {
        observe(...args) {
          if (!this.__on) live.observers++;
          this.__on = true;
          return super.observe(...args);
        }
        disconnect() {
          if (this.__on) live.observers--;
          this.__on = false;
          return super.disconnect();
        }
      };
    });
    await page.goto(env.url('/empty.html'));
    await page.waitForFunction(() => typeof window.Pathlight?.init === 'function');
    const snapshot = () =>
      page.evaluate(() => ({
        html: document.body.innerHTML,
        head: document.head.innerHTML,
        pushState: history.pushState.toString(),
        ...window.__live,
      }));
    const baseline = await snapshot();
    for (let i = 0; i < 50; i++) {
      await page.evaluate(() => {
        window.Pathlight.init({});
        window.Pathlight.open();
        window.Pathlight.destroy();
      });
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    assert.deepEqual(await snapshot(), baseline);
    await page.evaluate(() => window.Pathlight.init({}));
    await waitForWidget(page);
    assert.equal(await page.locator('pathlight-root').count(), 1, 'init after destroy works');
    await close();
  });

  test('a framework that re-renders <body> does not lose the widget', async () => {
    const { page, close } = await openPage(env.browser, env.url('/basic.html'));
    await waitForWidget(page);
    await page.evaluate(() => {
      document.body.innerHTML = '<main><h1>Re-rendered</h1></main>';
    });
    await page.waitForFunction(() => !!document.querySelector('pathlight-root'));
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await close();
  });

  test('two instances from the ESM build do not share state', async () => {
    const { page, close } = await openPage(env.browser, env.url('/two-instances.html'));
    await page.waitForFunction(() => document.querySelectorAll('pathlight-root').length === 2);
    await page.evaluate(() => window.__a.open());
    const open = await page.evaluate(() =>
      [...document.querySelectorAll('pathlight-root')].map(
        (r) => !!r.shadowRoot.querySelector('[role="dialog"]'),
      ),
    );
    assert.deepEqual(open, [true, false]);
    // Saved state is per instance too: B's user is not A's, also after a reload.
    await page.evaluate(() => window.__b.identify('bob'));
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('pathlight-root').length === 2);
    await page.evaluate(() => window.__a.identify('alice'));
    const users = await page.evaluate(() =>
      ['pathlight:user', 'pathlight:2:user'].map((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.d),
    );
    assert.deepEqual(users, ['alice', 'bob']);
    await close();
  });
});

describe('accessibility', () => {
  test('axe-core finds no violations in the launcher and the open panel', async () => {
    const axe = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page, close } = await openPage(env.browser, env.url('/basic.html'), { viewport });
      await waitForWidget(page);
      await page.addScriptTag({ content: axe });
      const run = () =>
        page.evaluate(async () => {
          const result = await window.axe.run(document.querySelector('pathlight-root'), {
            resultTypes: ['violations'],
          });
          return result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
      assert.deepEqual(await run(), [], 'closed');
      await page.evaluate(() => window.Pathlight.open());
      await page.getByRole('dialog').waitFor();
      // Contrast is read on the settled panel, not halfway through its opening fade.
      await page.evaluate(() =>
        Promise.all(
          document
            .querySelector('pathlight-root')
            .shadowRoot.getAnimations({ subtree: true })
            .map((animation) => animation.finished),
        ),
      );
      assert.deepEqual(await run(), [], 'open');
      await close();
    }
  });
});

void shadow;
