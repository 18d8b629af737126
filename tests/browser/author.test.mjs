// Authoring mode (issue 16): `?pathlight=author` or `Pathlight('author')` loads the lazy `author` file (no other
// page view fetches it); hovering outlines the element under the pointer, a click picks it without reaching the
// page, the panel gives a selector and JSON that, pasted into content, shows a tip on that very element; the
// content's missing targets are listed. Under a strict CSP, with no violation.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { activeElement, openPage, root, setup, waitForWidget } from './harness.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; img-src 'self' data:";
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme</title>
<link rel="stylesheet" href="/author-host.css"></head><body>
<header><h1>Acme books</h1><button id="account" type="button">Account</button><nav><a href="/author.html" class="nav-link">Home</a></nav></header>
<main><section class="card"><h2>Drafts</h2><p data-testid="total">42 drafts</p>
<button id="save" class="btn primary is-active" type="button">Save draft</button></section></main>
<script src="/author-settings.js"></script><script async src="/pathlight.global.js"></script></body></html>`;
const css =
  'body { font: 16px system-ui; margin: 0; } header, main { padding: 24px; } header { position: relative; } #account { position: absolute; top: 28px; right: 48px; } .card { border: 1px solid #ccc; padding: 16px; max-width: 420px; }';
const settings = `window.__clicks = 0;
document.addEventListener('click', (e) => { if (e.target.closest && e.target.closest('#save')) window.__clicks++; });
window.Pathlight = function () { (Pathlight.q = Pathlight.q || []).push(arguments) };
Pathlight('init', { locale: new URLSearchParams(location.search).get('locale') || undefined, content: {
  version: 1,
  tips: [{ id: 'broken-tip', target: '#does-not-exist', title: 'Broken' }],
  tours: [{ id: 'intro', steps: [{ target: '#save', title: 'Save' }, { target: '.gone-button', title: 'Gone' }] }],
  checklists: [{ id: 'start', title: 'Start', items: [{ id: 'saved', title: 'Save', completeWhen: { element: '#saved-badge' } }] }]
} });`;

let env;
before(async () => {
  env = await setup({ dirs: ['dist'] });
});
after(async () => {
  await env?.close();
});

async function open(path, options) {
  const opened = await openPage(env.browser, undefined, options);
  const { page } = opened;
  const fulfill = (type, body) => (route) =>
    route.fulfill({ contentType: type, body, headers: { 'Content-Security-Policy': CSP } });
  await page.route('**/author.html*', fulfill('text/html', html));
  await page.route('**/author-host.css', fulfill('text/css', css));
  await page.route('**/author-settings.js', fulfill('text/javascript', settings));
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(env.url(path));
  await waitForWidget(page);
  return { ...opened, fetched };
}

test('a normal page view fetches no authoring file', async () => {
  const { page, fetched, close } = await open('/author.html');
  await page.waitForFunction(() => performance.getEntriesByName('pathlight:mounted').length > 0);
  // The guides and tips arrive for the content; authoring must not.
  await page.waitForFunction(
    () => !!document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app'),
  );
  // The guides chunk comes at idle (later on a busy machine); once it has, the page view has fetched what it
  // fetches for this content.
  for (
    let waited = 0;
    waited < 10_000 && !fetched.some((path) => path.endsWith('/pathlight.guides.js'));
    waited += 50
  )
    await page.waitForTimeout(50);
  assert.ok(
    fetched.some((path) => path.endsWith('/pathlight.guides.js')),
    'the guides chunk loaded',
  );
  assert.deepEqual(
    fetched.filter((path) => /author\.js$/.test(path)),
    [],
    'no author file is fetched on a normal page view',
  );
  assert.equal(
    await page.evaluate(() =>
      document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-author'),
    ),
    null,
  );
  await close();
});

test('?pathlight=author: hover outlines, a click picks without reaching the page, the JSON shows a tip there', async () => {
  const { page, fetched, close, violations, pageErrors, warnings } = await open(
    '/author.html?pathlight=author',
    {
      permissions: ['clipboard-read', 'clipboard-write'],
    },
  );
  await page.waitForSelector('.pl-author[data-picking]');
  assert.ok(fetched.some((path) => path.endsWith('/pathlight.author.js')));

  // Hover: an outline in our shadow root over the button; the button itself is not restyled.
  await page.hover('#save');
  await page.waitForSelector('.pl-author-hover');
  const [outline, box] = await Promise.all([
    page.$eval('.pl-author-hover', (el) => el.getBoundingClientRect().toJSON()),
    page.$eval('#save', (el) => el.getBoundingClientRect().toJSON()),
  ]);
  assert.ok(
    Math.abs(outline.x - box.x) < 1 && Math.abs(outline.width - box.width) < 1,
    'the outline covers the button',
  );
  assert.equal(
    await page.$eval('#save', (el) => el.getAttribute('style')),
    null,
    'no style on the host element',
  );

  // Click: picked, and the page's own click handler never ran.
  await page.click('#save');
  await page.waitForSelector('.pl-author:not([data-picking]) .pl-author-selector');
  assert.equal(await page.evaluate(() => window.__clicks), 0, 'the click did not reach the host app');
  const selector = await page.$eval('.pl-author-selector', (el) => el.value);
  assert.equal(selector, '#save');
  assert.ok(await page.$eval('.pl-author-picked', (el) => el.getBoundingClientRect().width > 0));

  // Copy the tip: the clipboard and the panel hold the same JSON.
  await page.click('.pl-author [data-copy="tip"]');
  await page.waitForSelector('.pl-author-json[data-kind="tip"]');
  const json = await page.$eval('.pl-author-json', (el) => el.value);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clipboard, json);
  const tip = JSON.parse(json);
  assert.equal(tip.target, '#save');

  // The other two formats.
  await page.click('.pl-author [data-copy="step"]');
  await page.waitForSelector('.pl-author-json[data-kind="step"]');
  assert.equal(JSON.parse(await page.$eval('.pl-author-json', (el) => el.value)).target, '#save');
  await page.click('.pl-author [data-copy="checklist"]');
  await page.waitForSelector('.pl-author-json[data-kind="checklist"]');
  assert.deepEqual(JSON.parse(await page.$eval('.pl-author-json', (el) => el.value)).completeWhen, {
    click: '#save',
  });

  // Pasted into content: the tip shows on that element.
  await page.evaluate((item) => {
    window.Pathlight('addContent', { version: 1, tips: [item] });
    window.Pathlight('showTip', item.id);
  }, tip);
  await page.waitForSelector('.pl-tip[data-placement]');
  const [tipBox, target] = await Promise.all([
    page.$eval('.pl-tip', (el) => ({ ...el.getBoundingClientRect().toJSON(), text: el.textContent })),
    page.$eval('#save', (el) => el.getBoundingClientRect().toJSON()),
  ]);
  assert.match(tipBox.text, /Save draft/);
  const near = Math.min(Math.abs(tipBox.top - target.bottom), Math.abs(tipBox.bottom - target.top));
  assert.ok(near < 24, `the tip sits next to #save (${JSON.stringify({ tipBox, target })})`);

  // The missing targets: the broken tip and tour step, the completion element apart; the found step not listed.
  const missing = await page.$eval('.pl-author', (el) => el.textContent);
  assert.match(missing, /tips\[0\]\.target.*#does-not-exist/);
  assert.match(missing, /tours\[0\]\.steps\[1\]\.target.*\.gone-button/);
  assert.match(missing, /checklists\[0\]\.items\[0\]\.completeWhen\.element.*#saved-badge/);
  assert.doesNotMatch(missing, /tours\[0\]\.steps\[0\]/);

  mkdirSync(join(root, '.tmp'), { recursive: true });
  await page.screenshot({ path: join(root, '.tmp/author-desktop.png') });

  // Keyboard: pick again, Escape leaves picking, and the page gets its clicks back.
  await page.click('.pl-author .pl-button[aria-pressed="false"]');
  await page.waitForSelector('.pl-author[data-picking]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.pl-author:not([data-picking])');
  await page.click('#save');
  assert.equal(await page.evaluate(() => window.__clicks), 1, 'after Escape the page is clickable again');

  // Picking with the keyboard: focus a host element, Enter picks it (and does not press it).
  await page.click('.pl-author .pl-button[aria-pressed="false"]');
  await page.focus('.nav-link');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.pl-author:not([data-picking])');
  assert.equal(await page.$eval('.pl-author-selector', (el) => el.value), '.nav-link');
  assert.ok(
    (await page.evaluate(() => location.search)).includes('pathlight=author'),
    'Enter did not follow the link',
  );
  const focused = await activeElement(page);
  assert.deepEqual(
    [focused.inWidget, focused.label],
    [true, 'Copy tip JSON'],
    'focus moves to the first copy button',
  );

  assert.deepEqual(await violations(), []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(
    warnings.filter((w) => !/content/i.test(w)),
    [],
  );
  await close();
});

test('in Arabic the selector, the JSON and the missing targets read left to right (code is not mirrored)', async () => {
  const { page, close } = await open('/author.html?pathlight=author&locale=ar');
  await page.waitForSelector('.pl-author[data-picking]');
  // Picked with the keyboard: in a right-to-left layout the panel sits over the card on the left.
  await page.focus('#save');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.pl-author:not([data-picking]) .pl-author-selector');
  await page.click('.pl-author [data-copy="tip"]');
  await page.waitForSelector('.pl-author-json[data-kind="tip"]');
  const read = await page.evaluate(() => {
    const shadow = document.querySelector('pathlight-root').shadowRoot;
    const direction = (el) => getComputedStyle(el).direction;
    return {
      panel: direction(shadow.querySelector('.pl-author')),
      selector: direction(shadow.querySelector('.pl-author-selector')),
      json: direction(shadow.querySelector('.pl-author-json')),
      // Each entry's path, its kind and label (the kind is English, as the JSON is), its selector.
      code: [...shadow.querySelectorAll('.pl-author-targets li > *')].map(direction),
    };
  });
  assert.equal(read.panel, 'rtl', 'the panel itself is right to left');
  assert.equal(read.selector, 'ltr');
  assert.equal(read.json, 'ltr');
  assert.ok(read.code.length >= 6, `paths, labels and targets of the missing ones: ${read.code}`);
  assert.deepEqual(new Set(read.code), new Set(['ltr']));
  mkdirSync(join(root, '.tmp'), { recursive: true });
  await page.screenshot({ path: join(root, '.tmp/author-ar.png') });
  await close();
});

test('Pathlight("author") on the script-tag API opens it; at 375 px the panel fits the screen', async () => {
  const { page, close, violations } = await open('/author.html', { viewport: { width: 375, height: 740 } });
  await page.evaluate(() => window.Pathlight('author'));
  await page.waitForSelector('.pl-author[data-picking]');
  await page.click('#save');
  await page.waitForSelector('.pl-author .pl-author-selector');
  await page.click('.pl-author [data-copy="tip"]');
  const panel = await page.$eval('.pl-author', (el) => el.getBoundingClientRect().toJSON());
  assert.ok(panel.left >= 0 && panel.right <= 375, `inside the screen: ${JSON.stringify(panel)}`);
  await page.screenshot({ path: join(root, '.tmp/author-375.png') });
  // Leaving authoring removes the panel and the outlines.
  await page.click('.pl-author-header .pl-icon-button');
  await page.waitForFunction(
    () =>
      !document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-author, .pl-author-outline'),
  );
  assert.deepEqual(await violations(), []);
  await close();
});

test('the panel moves to the other corner when the element pointed at lies under it', async () => {
  const { page, close } = await open('/author.html?pathlight=author');
  await page.waitForSelector('.pl-author[data-picking]');
  const under = await page.$eval('#account', (el) => el.getBoundingClientRect().toJSON());
  const panel = await page.$eval('.pl-author', (el) => el.getBoundingClientRect().toJSON());
  assert.ok(under.right > panel.left && under.top < panel.bottom, 'the button starts under the panel');
  // On the way to it, the pointer crosses the header, which the panel covers part of.
  await page.mouse.move(panel.left - 40, 40);
  await page.waitForSelector('.pl-author[data-flipped]');
  await page.click('#account');
  await page.waitForSelector('.pl-author .pl-author-selector');
  assert.equal(await page.$eval('.pl-author-selector', (el) => el.value), '#account');
  await close();
});
