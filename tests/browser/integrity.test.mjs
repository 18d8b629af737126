// Subresource Integrity for every file the first script loads (RELIABILITY 31): a page that pins
// pathlight.global.js with `integrity` gets every later file pinned too (each preloaded with its hash from the
// build's integrity list, whose own hash the first script carries), a tampered file never runs and is
// reported, a nonce-only CSP still loads everything, and a page that pins nothing loads as before.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openPage, root, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env?.close());

const dist = (file) => readFileSync(join(root, 'dist', file));
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const NONCE = 'pl-sri';

/** A page with the snippet and the pinned (or plain) first script; errors Pathlight reports go to __errors. */
const host = ({
  pinned = true,
  nonce = false,
} = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
${nonce ? `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self'; object-src 'none'">` : ''}
<title>SRI host</title></head><body><h1>Pinned</h1>
<script${nonce ? ` nonce="${NONCE}"` : ''} src="/sri-snippet.js"></script>
<script${nonce ? ` nonce="${NONCE}"` : ''} async src="/pathlight.global.js"${pinned ? ` integrity="${sri(dist('pathlight.global.js'))}" crossorigin="anonymous"` : ''}></script>
</body></html>`;
const snippet = `window.__errors = [];
window.Pathlight = function () { (Pathlight.q = Pathlight.q || []).push(arguments) };
Pathlight('init', { feed: '/feeds/kb.en.json' });
Pathlight('on', 'error', function (e) { window.__errors.push(e.code + ': ' + e.message) });`;

async function open(options, tamper) {
  const opened = await openPage(env.browser);
  const { page } = opened;
  await page.route('**/sri.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: host(options) }),
  );
  await page.route('**/sri-snippet.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: snippet }),
  );
  if (tamper)
    await page.route(`**/${tamper}`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
        // One statement more than the build: it would mark the page if it ever ran.
        body: `window.__tampered = true;\n${dist(tamper)}`,
      }),
    );
  await page.goto(env.url('/sri.html'));
  // A tampered app never mounts: its test waits for the first script's launcher only.
  if (tamper === 'pathlight.app.js') await page.getByRole('button', { name: 'Help', exact: true }).waitFor();
  else await waitForWidget(page);
  return opened;
}

const search = async (page) => {
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await page.getByRole('combobox').fill('invoice');
  await page.getByRole('option').first().waitFor();
};
/** Every pathlight file the page fetched, and the modulepreload links (with their integrity) it holds. */
const loaded = (page) =>
  page.evaluate(() => ({
    fetched: performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.slice(1))
      .filter((file) => file.startsWith('pathlight')),
    links: Object.fromEntries(
      [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => [
        new URL(l.href).pathname.slice(1),
        { integrity: l.integrity, crossOrigin: l.crossOrigin, nonce: l.nonce },
      ]),
    ),
  }));

describe('integrity for every lazy file (RELIABILITY 31)', () => {
  test('pinned: each file after the first script is preloaded with its own hash from the list, fetched once', async () => {
    const opened = await open();
    const { page, close } = opened;
    await search(page);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.Pathlight.setLocale('pl'));
    await page.getByRole('button', { name: 'Pomoc', exact: true }).waitFor();
    const { fetched, links } = await loaded(page);
    const manifest = JSON.parse(dist('pathlight.integrity.json'));
    const scripts = fetched.filter((file) => file.endsWith('.js') && file !== 'pathlight.global.js');
    for (const file of ['pathlight.app.js', 'pathlight.kb.js', 'pathlight.locale-pl.js'])
      assert.ok(scripts.includes(file), `${file} loaded`);
    for (const file of scripts) {
      assert.equal(links[file]?.integrity, manifest[file][0], `${file} is pinned with its build hash`);
      assert.equal(links[file].crossOrigin, 'anonymous');
    }
    assert.equal(new Set(scripts).size, scripts.length, `each file fetched once: ${scripts.join(', ')}`);
    assert.ok(fetched.includes('pathlight.integrity.json'));
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    assert.deepEqual(opened.pageErrors, []);
    assert.deepEqual(await opened.violations(), []);
    await close();
  });

  test('a tampered chunk never runs: the knowledge base reports it, the launcher and the page keep working', async () => {
    const opened = await open({}, 'pathlight.kb.js');
    const { page, close } = opened;
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 10_000 });
    const errors = await page.evaluate(() => window.__errors);
    assert.ok(
      errors.some((e) => /^chunk_load_failed: .*pathlight\.kb\.js failed its integrity check/.test(e)),
      errors.join('\n'),
    );
    assert.equal(await page.evaluate(() => window.__tampered), undefined, 'the tampered file never ran');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.equal(await page.locator('h1').textContent(), 'Pinned');
    await close();
  });

  test('a tampered app never runs: the first script reports it and its launcher stays', async () => {
    const opened = await open({}, 'pathlight.app.js');
    const { page, close } = opened;
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 10_000 });
    assert.match(
      (await page.evaluate(() => window.__errors)).join('\n'),
      /pathlight\.app\.js failed its integrity check/,
    );
    assert.equal(await page.evaluate(() => window.__tampered), undefined);
    assert.equal(await page.getByRole('button', { name: 'Help', exact: true }).count(), 1);
    await close();
  });

  test('under a nonce-only CSP the preloads carry the nonce, and everything loads without a violation', async () => {
    const opened = await open({ nonce: true });
    const { page, close } = opened;
    await search(page);
    const { links } = await loaded(page);
    assert.ok(Object.keys(links).length > 3);
    for (const [file, link] of Object.entries(links)) assert.equal(link.nonce, NONCE, file);
    assert.deepEqual(await opened.violations(), []);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    await close();
  });

  test('not pinned: no integrity list is fetched and nothing is preloaded (as before)', async () => {
    const opened = await open({ pinned: false });
    const { page, close } = opened;
    await search(page);
    const { fetched, links } = await loaded(page);
    assert.ok(!fetched.includes('pathlight.integrity.json'));
    assert.deepEqual(links, {});
    await close();
  });
});
