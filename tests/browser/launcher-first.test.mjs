// Real-browser tests of launcher-first loading (issue 7): the first script draws the launcher, and the
// runtime + panel (pathlight.app.js) arrive later; each test holds that file back to see the page before it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { activeElement, openPage, root, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Holds every request for pathlight.app.js until `release()`. */
async function holdApp(page) {
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  const requested = [];
  await page.route('**/pathlight.app.js', async (route) => {
    requested.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { release, requested };
}

/** Sums layout-shift entries from the start of the page, recent input or not. */
const watchShifts = (page) =>
  page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });

const launcherVisible = (page) => page.getByRole('button', { name: 'Help', exact: true }).waitFor();
const mounted = (page) => page.evaluate(() => performance.getEntriesByName('pathlight:mounted').length > 0);

describe('before the runtime arrives', () => {
  test('the first script draws the launcher and fires ready; the app is not part of it', async () => {
    const { page, close, pageErrors } = await openPage(env.browser);
    const app = await holdApp(page);
    await page.goto(env.url('/basic.html'));
    await launcherVisible(page);
    assert.equal(await mounted(page), false, 'the runtime has not arrived');
    const events = await page.evaluate(() => window.__events.map(([name]) => name));
    assert.deepEqual(events, ['ready']);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/pathlight')),
    );
    assert.deepEqual(scripts, ['/pathlight.global.js']);
    app.release();
    await waitForWidget(page);
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('a click on the launcher before the runtime arrives opens the panel when it does', async () => {
    const { page, close, pageErrors } = await openPage(env.browser);
    const app = await holdApp(page);
    await page.goto(env.url('/basic.html'));
    await launcherVisible(page);
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.waitForFunction(() => true);
    assert.equal(app.requested.length, 1, 'the click (or the pointer before it) asked for the app at once');
    assert.equal(await page.getByRole('dialog').count(), 0);
    app.release();
    const dialog = page.getByRole('dialog', { name: 'Help' });
    await dialog.waitFor();
    const focused = await activeElement(page);
    assert.equal(
      focused.role,
      'combobox',
      'focus lands in the search field, as after a click on a live launcher',
    );
    const launcher = page.locator('pathlight-root .pl-launcher');
    assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
    const opens = await page.evaluate(() => window.__events.filter(([name]) => name === 'open'));
    assert.deepEqual(opens, [['open', { view: 'home' }]], 'one click, one open');
    // Escape returns focus to the launcher: the element the first script drew, now the app's.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.match((await activeElement(page)).className, /pl-launcher/);
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('a key press on the focused launcher before the runtime arrives opens the panel too', async () => {
    const { page, close } = await openPage(env.browser);
    const app = await holdApp(page);
    await page.goto(env.url('/basic.html'));
    await launcherVisible(page);
    await page.getByRole('button', { name: 'Help', exact: true }).focus();
    await page.keyboard.press('Enter');
    app.release();
    await page.getByRole('dialog').waitFor();
    await close();
  });

  test('calls made before the runtime arrives are replayed in order', async () => {
    const { page, close, pageErrors } = await openPage(env.browser);
    const app = await holdApp(page);
    await page.goto(env.url('/basic.html'));
    await launcherVisible(page);
    await page.evaluate(() => {
      const P = window.Pathlight;
      P.on('track', ({ name }) => window.__events.push(['track', name]));
      P.track('first');
      P.open('contact');
      P('track', 'second');
      P.close();
      P.q.push(['search', 'password']);
      P.setLocale('de');
    });
    const before = await page.evaluate(() => window.__events.map(([name]) => name));
    assert.deepEqual(before, ['ready'], 'nothing ran yet');
    app.release();
    await waitForWidget(page);
    await page.getByRole('button', { name: 'Hilfe', exact: true }).waitFor();
    const events = await page.evaluate(() =>
      window.__events.filter(([name]) => name !== 'route').map(([name, payload]) => [name, payload]),
    );
    assert.deepEqual(events.slice(0, 6), [
      ['ready', {}],
      ['track', 'first'],
      ['open', { view: 'contact' }],
      ['track', 'second'],
      ['close', {}],
      ['open', { view: 'search' }],
    ]);
    assert.equal(await page.getByRole('combobox').inputValue(), 'password');
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('destroy() before the runtime arrives removes the launcher and nothing comes back', async () => {
    const { page, close, pageErrors } = await openPage(env.browser);
    const app = await holdApp(page);
    await page.goto(env.url('/basic.html'));
    await launcherVisible(page);
    await page.evaluate(() => {
      window.Pathlight.open();
      window.Pathlight.destroy();
    });
    assert.equal(await page.locator('pathlight-root').count(), 0);
    app.release();
    // The app module has arrived and run: importing it again resolves once it has (the same module), after the
    // loader's own continuation, which was queued first and found the instance destroyed. A task and a frame more.
    await page.evaluate(async (url) => {
      await import(url);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }, env.url('/pathlight.app.js'));
    assert.equal(app.requested.length, 1, 'the app was asked for once');
    assert.equal(await page.locator('pathlight-root').count(), 0);
    assert.equal(await mounted(page), false);
    assert.deepEqual(pageErrors, []);
    await close();
  });
});

describe('the app takes the launcher over', () => {
  for (const [name, viewport, options] of [
    ['desktop', { width: 1280, height: 800 }, {}],
    ['phone, dark, Polish', { width: 375, height: 740 }, { colorScheme: 'dark', locale: 'pl-PL' }],
  ]) {
    test(`${name}: the same button, pixel-identical, no layout shift`, async () => {
      const { page, close } = await openPage(env.browser, undefined, {
        viewport,
        reducedMotion: 'reduce',
        ...options,
      });
      await watchShifts(page);
      const app = await holdApp(page);
      // The Polish page: the label is "Pomoc" from the first byte, not "Help" then "Pomoc".
      if (options.locale)
        await page.route('**/basic.html', async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('<html lang="en">', '<html lang="pl">');
          await route.fulfill({ response, body });
        });
      await page.goto(env.url('/basic.html'));
      const label = options.locale ? 'Pomoc' : 'Help';
      const launcher = page.getByRole('button', { name: label, exact: true });
      await launcher.waitFor();
      await page.evaluate(() => {
        window.__firstLauncher = document
          .querySelector('pathlight-root')
          .shadowRoot.querySelector('.pl-launcher');
      });
      const box = await launcher.boundingBox();
      const shot = await page.screenshot({ clip: box });
      app.release();
      await waitForWidget(page);
      // The app renders on a microtask after it arrives; give it frames to settle.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.equal(
        await page.evaluate(
          () =>
            window.__firstLauncher ===
            document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-launcher'),
        ),
        true,
        'preact adopted the button the first script drew',
      );
      assert.equal(await page.locator('pathlight-root .pl-launcher').count(), 1);
      assert.deepEqual(await launcher.boundingBox(), box, 'same place and size');
      assert.ok((await page.screenshot({ clip: box })).equals(shot), 'same pixels');
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
      await close();
    });
  }
});

describe('where the app comes from', () => {
  test('assetsUrl on another origin: the app and its chunks come from there', async () => {
    const cdn = 'https://cdn.example.test/pathlight/';
    const { page, close, pageErrors } = await openPage(env.browser);
    const fetched = [];
    // The "CDN" answers from dist/. (Playwright adds Access-Control-Allow-Origin to fulfilled cross-origin
    // responses, as a CDN serving module scripts must: the README says so.)
    await page.route(`${cdn}**`, (route) => {
      const file = new URL(route.request().url()).pathname.slice('/pathlight/'.length);
      fetched.push(file);
      return route.fulfill({ path: join(root, 'dist', file), contentType: 'text/javascript' });
    });
    await page.route('**/cdn-settings.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.pathlightSettings = { assetsUrl: ${JSON.stringify(cdn)} };`,
      }),
    );
    await page.route('**/cdn.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><body><script src="/cdn-settings.js"></script><script src="/pathlight.global.js"></script></body></html>',
      }),
    );
    await page.goto(env.url('/cdn.html'));
    await launcherVisible(page);
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.evaluate(() => window.Pathlight.setLocale('de'));
    await page.getByRole('button', { name: 'Hilfe', exact: true }).waitFor();
    assert.ok(fetched.includes('pathlight.app.js'), fetched.join(', '));
    assert.ok(fetched.includes('pathlight.locale-de.js'), fetched.join(', '));
    const local = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.origin === location.origin && u.pathname.startsWith('/pathlight'))
        .map((u) => u.pathname),
    );
    assert.deepEqual(local, ['/pathlight.global.js'], 'only the first script comes from the page');
    assert.deepEqual(pageErrors, []);
    await close();
  });
});
