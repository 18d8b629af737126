// The framework bindings in real apps (issue 16), each bundled here with esbuild from the built package the
// way an app's bundler would: a React 19 app in StrictMode (development build, so every effect runs twice)
// through `pathlight/react`, and a Vue 3 app through `pathlight/vue`. Also the checklist issue's host we did
// not design: in the React app an element rule and an event rule complete and are remembered after reload.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { openPage, root, setup, waitForWidget } from './harness.mjs';

const OUT = '.tmp/bindings-apps';
let env;
before(async () => {
  const outdir = join(root, OUT);
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      'react-app': join(root, 'tests/browser/apps/react-app.js'),
      'vue-app': join(root, 'tests/browser/apps/vue-app.js'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir,
    // The package as installed: its exports map, resolved against this checkout's dist/.
    alias: { 'pathlight/react': join(root, 'dist/react.js'), 'pathlight/vue': join(root, 'dist/vue.js') },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'error',
  });
  env = await setup({ dirs: [OUT, 'tests/browser/fixtures', 'examples'] });
});
after(() => env?.close());

const page = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head><body><div id="root"></div><script type="module" src="/${script}.js"></script></body></html>`;

async function openApp(script) {
  const opened = await openPage(env.browser);
  await opened.page.route('**/app.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: page(script) }),
  );
  await opened.page.goto(env.url('/app.html'));
  await waitForWidget(opened.page);
  return opened;
}
const roots = (page) => page.evaluate(() => document.querySelectorAll('pathlight-root').length);
const badge = (page) =>
  page.evaluate(
    () =>
      document.querySelector('pathlight-root')?.shadowRoot.querySelector('.pl-launcher .pl-badge')
        ?.textContent ?? null,
  );
const waitBadge = (page, value) =>
  page.waitForFunction(
    (want) =>
      (document.querySelector('pathlight-root')?.shadowRoot.querySelector('.pl-launcher .pl-badge')
        ?.textContent ?? null) === want,
    value,
    { timeout: 10_000 },
  );
const clean = async ({ pageErrors, warnings, violations }) => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(
    warnings.filter((w) => !/Download the React DevTools|You are running a development build of Vue/.test(w)),
    [],
  );
  assert.deepEqual(await violations(), []);
};

describe('pathlight/react', () => {
  test('StrictMode mounts one widget; usePathlight opens the panel; usePathlightEvent hears it; unmount removes it', async () => {
    const opened = await openApp('react-app');
    const { page, close } = opened;
    assert.equal(await roots(page), 1, 'one widget after the double mount');
    await page.click('#contact');
    await page.locator('pathlight-root >> role=dialog').waitFor();
    await page.waitForFunction(() => document.getElementById('opens').textContent === '1');
    // The provider unmounts: the widget leaves the page; it mounts again: it comes back, once.
    await page.click('#unmount');
    await page.waitForFunction(() => document.querySelectorAll('pathlight-root').length === 0);
    await page.click('#unmount');
    await waitForWidget(page);
    assert.equal(await roots(page), 1);
    await clean(opened);
    await close();
  });

  test('a checklist in the React app: an element rule and an event rule complete, and are remembered after reload', async () => {
    const opened = await openApp('react-app');
    const { page, close } = opened;
    await waitBadge(page, '3');
    // The element appears in a component that re-renders (and re-creates it) every 50 ms.
    await page.click('#connect');
    await waitBadge(page, '2');
    await page.click('#invoice');
    await waitBadge(page, '1');
    await page.reload();
    await waitForWidget(page);
    await waitBadge(page, '1');
    await page.waitForTimeout(300); // the app re-renders every 50 ms meanwhile: nothing ticks twice
    assert.equal(await badge(page), '1');
    await clean(opened);
    await close();
  });
});

describe('pathlight/vue', () => {
  test('app.use starts one widget; usePathlight searches; usePathlightEvent hears the panel open; unmount removes it', async () => {
    const opened = await openApp('vue-app');
    const { page, close } = opened;
    assert.equal(await roots(page), 1);
    await page.click('#search');
    await page.locator('pathlight-root >> role=dialog').waitFor();
    assert.equal(await page.locator('pathlight-root >> role=combobox').inputValue(), 'invoice');
    await page.waitForFunction(() => document.getElementById('opened').textContent === 'search');
    await page.evaluate(() => window.unmountVueApp());
    await page.waitForFunction(() => document.querySelectorAll('pathlight-root').length === 0);
    await clean(opened);
    await close();
  });
});
