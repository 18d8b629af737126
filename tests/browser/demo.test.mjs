// The demo app (`npm start`) as a new visitor meets it (issue 9): every visible button, link and
// stand-alone select of Ledgerly, on every page, and whatever a click on one reveals (menus, dialogs,
// drawers), is used once, and each must do something a person can see: another address, a change on
// screen, the help panel, a download, a tour. No console warning, page error or missing file on the way.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { openPage, root, setup, waitForWidget } from './harness.mjs';

let env;
let demo;
before(async () => {
  env = await setup();
  // The server `npm start` runs: examples/ at the root, dist/ and the ESM example beside it, deep links.
  demo = await serve({ spa: true });
});
after(async () => {
  await demo?.close();
  await env?.close();
});

const ROUTES = [
  '/',
  '/invoices',
  '/invoices/new',
  '/invoices/INV-1040',
  '/customers',
  '/reports',
  '/settings',
  '/insights',
];

/**
 * In the page: every visible, enabled control of the app (the widget lives in a shadow root, so it is
 * not listed), named by what it is, where it goes and what it says. Selects inside a form only take
 * data, so only stand-alone ones (filters, preferences) are listed.
 */
function controls() {
  const found = [];
  window.__controls = [];
  const selector = 'a[href], button, summary, [role="button"], select';
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('[hidden], dialog:not([open])') || el.disabled) continue;
    if (el.tagName === 'SELECT' && el.form) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || getComputedStyle(el).visibility === 'hidden') continue;
    const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
    const key = `${el.tagName.toLowerCase()}#${el.id} ${el.getAttribute('href') ?? ''} ${text}`;
    found.push({ key, label: text.slice(0, 60) || el.id || el.className });
    window.__controls.push(el);
  }
  return found;
}

/**
 * In the page: starts counting what the next action changes, in the page and in the widget, and where
 * focus is. Where the widget's floating layers sit (their `style`) is not a change a click made.
 */
function watch() {
  const deepFocus = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  window.__changes = 0;
  window.__from = location.href;
  window.__focus = deepFocus();
  const observer = new MutationObserver((records) => {
    window.__changes += records.filter(
      (r) => !(r.type === 'attributes' && r.attributeName === 'style' && r.target.getRootNode() !== document),
    ).length;
  });
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(document.documentElement, options);
  const shadow = document.querySelector('pathlight-root')?.shadowRoot;
  if (shadow) observer.observe(shadow, options);
  /** What happened so far, the observer still watching. */
  window.__peek = () => ({
    changes: window.__changes,
    moved: location.href !== window.__from,
    focused: deepFocus() !== window.__focus,
  });
  window.__result = () => {
    observer.disconnect();
    return {
      changes: window.__changes,
      moved: location.href !== window.__from,
      focused: deepFocus() !== window.__focus,
    };
  };
}

test('every button, link and select of the demo does something, with no warning, error or missing file', async () => {
  const { page, context, warnings, pageErrors, close } = await openPage(env.browser, undefined, {
    acceptDownloads: true,
  });
  const inert = [];
  const missing = [];
  const seen = new Set();
  let outcomes = 0;
  page.on('download', () => outcomes++);
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  context.on('page', (opened) => {
    outcomes++;
    opened.close().catch(() => {});
  });

  const guides = [];
  let welcomed = false;
  let signedOut = false;
  const load = async (route) => {
    // What the widget emitted on the page being left: no tour or checklist may ever start.
    const names = await page
      .evaluate(() => window.ledgerlyPathlightLog?.map((e) => e.name) ?? [])
      .catch(() => []);
    guides.push(...names.filter((name) => /^(tour|checklist):/.test(name)));
    await page.goto(demo.url + route);
    await waitForWidget(page);
    if (route === '/' && !welcomed) {
      // A first visit to the dashboard meets the welcome announcement; the visitor closes it.
      welcomed = true;
      const later = page.locator('pathlight-root').getByRole('button', { name: 'Maybe later' });
      await later.click({ timeout: 8000 });
      await later.waitFor({ state: 'detached' });
    } else if (route === '/' && signedOut) {
      // "Sign out" (reset) forgot that the visitor closed it: it comes back 1.5 s into the next visit, over the
      // page, and would take the next click (whether it beat that click was a matter of timing). Closed again.
      signedOut = false;
      const later = page.locator('pathlight-root').getByRole('button', { name: 'Maybe later' });
      if (
        await later.click({ timeout: 8000 }).then(
          () => true,
          () => false,
        )
      )
        await later.waitFor({ state: 'detached' });
    }
    await page.waitForTimeout(300);
  };

  /** Uses the control named `key`; returns whether anything a person could notice happened. */
  const use = async (key) => {
    const index = (await page.evaluate(controls)).findIndex((item) => item.key === key);
    if (index < 0) return undefined;
    const handle = await page.evaluateHandle((i) => window.__controls[i], index);
    const element = handle.asElement();
    if (!element) return undefined;
    // Whatever the page was still doing (a tip arriving, the event log) settles first.
    for (let quiet = 0; quiet < 10; quiet++) {
      await page.evaluate(watch);
      await page.waitForTimeout(150);
      const idle = await page.evaluate(() => window.__result());
      if (idle.changes === 0 && !idle.moved) break;
    }
    // A tour an earlier control started (or a reload resumed) dims the page: the visitor ends it first.
    if (await page.evaluate(() => !!document.querySelector('pathlight-tour'))) {
      await page.evaluate(() => window.Pathlight('endTour'));
      await page.waitForFunction(() => !document.querySelector('pathlight-tour'));
      await page.waitForTimeout(300);
    }
    // A survey this visitor earned sits beside the launcher (the NPS of a returning visitor: a link above
    // opened a tab of its own, a second visit): the visitor closes it first.
    const survey = page.locator('pathlight-root >> .pl-survey-close');
    if (await survey.count()) {
      await survey.click();
      await survey.waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
    }
    // A Pathlight card beside the launcher (the checklist's "3 steps left", a survey) may lie over the control, as
    // it would for a person, who closes it first: its close button, found from the point the click would land on.
    const cover = await element.evaluateHandle((el) => {
      el.scrollIntoView({ block: 'nearest' });
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const root = document.querySelector('pathlight-root');
      if (document.elementFromPoint(x, y) !== root) return null;
      const card = root.shadowRoot.elementFromPoint(x, y)?.closest('[role="region"], [role="dialog"]');
      return card?.querySelector('button.pl-icon-button') ?? null;
    });
    if (cover.asElement()) {
      await cover.asElement().click();
      await page.waitForTimeout(300);
    }
    await page.evaluate(watch);
    const before = outcomes;
    const kind = await element.evaluate((el) => {
      el.scrollIntoView({ block: 'nearest' });
      const box = el.getBoundingClientRect();
      const offscreen = box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth;
      return el.tagName === 'SELECT' ? 'select' : offscreen ? 'offscreen' : 'click';
    });
    if (kind === 'select') {
      // Another option than the current one, as a visitor would pick.
      const value = await element.evaluate(
        (el) => el.options[(el.selectedIndex + 1) % el.options.length].value,
      );
      await element.selectOption(value);
    } else if (kind === 'offscreen') {
      // The skip link sits off-screen until it has focus: a keyboard user's click is Enter.
      await element.focus();
      await page.keyboard.press('Enter');
    } else if (
      !(await element.click({ timeout: 5000 }).then(
        () => true,
        () => false,
      ))
    ) {
      // Something arrived over it after the check above (the checklist's reminder comes on a timer): what
      // lies there is closed if it is a Pathlight card, the control is brought to the middle of the screen,
      // and clicked again, as a person would. Still covered, the test names the control and what covers it.
      const over = await element.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
        const box = el.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        const top = document.elementFromPoint(x, y);
        const root = document.querySelector('pathlight-root');
        const inner = top === root ? root.shadowRoot.elementFromPoint(x, y) : null;
        inner
          ?.closest('[role="region"], [role="dialog"], [role="status"]')
          ?.querySelector('button.pl-icon-button')
          ?.click();
        const name = (node) => node && `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`;
        return `${name(top)}${inner ? ` > ${name(inner)}` : ''}`;
      });
      await page.waitForTimeout(300);
      await element.click({ timeout: 5000 }).catch((error) => {
        throw new Error(
          `"${key.trim()}" on ${page.url()} is covered by ${over}: ${error.message.split('\n')[0]}`,
        );
      });
    }
    await page.waitForTimeout(300);
    // What a control does may come later on a busy machine (a chunk it loads, a tab, a download): looked for up
    // to 5 s more before it counts as doing nothing. A page that went away has no __peek: it moved.
    const noticed = (r) => r.moved || r.changes > 0 || r.focused || outcomes > before;
    const gone = { changes: 0, moved: true, focused: false };
    for (let waited = 0; waited < 5000; waited += 100) {
      if (noticed(await page.evaluate(() => window.__peek()).catch(() => gone))) break;
      await page.waitForTimeout(100);
    }
    return noticed(await page.evaluate(() => window.__result()).catch(() => gone));
  };

  const tried = (route, path, did) => {
    if (did === false) inert.push(`${route}: ${path.map((key) => `"${key.trim()}"`).join(' → ')}`);
  };

  try {
    for (const route of ROUTES) {
      await load(route);
      const first = (await page.evaluate(controls)).map((item) => item.key);
      for (const key of first) {
        if (seen.has(key)) continue;
        seen.add(key);
        const did = await use(key);
        tried(route, [key], did);
        // What this click revealed (a menu, a dialog, a drawer) is used too, each from the same state.
        const revealed =
          did && new URL(page.url()).pathname === new URL(demo.url + route).pathname
            ? (await page.evaluate(controls))
                .map((item) => item.key)
                .filter((k) => !seen.has(k) && !first.includes(k))
            : [];
        for (const next of revealed) {
          seen.add(next);
          await load(route);
          if (await use(key)) tried(route, [key, next], await use(next));
          if (/sign out/i.test(next)) signedOut = true;
        }
        // Back to the page as it was: a new address, or what was revealed, loads it again; otherwise the
        // panel and whatever the click opened are closed.
        if (revealed.length || page.url() !== demo.url + route) await load(route);
        else {
          await page.keyboard.press('Escape');
          await page.evaluate(() => window.Pathlight('close'));
        }
      }
    }
    assert.deepEqual(inert, [], 'controls that did nothing');
    assert.deepEqual(missing, [], 'every file the demo asks for exists');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(warnings, []);
    assert.ok(guides.includes('tour:start'), `the tour buttons start a tour (${guides.join(', ')})`);
    assert.ok(seen.size > 60, `used ${seen.size} controls`);
  } finally {
    await close();
  }
});

test('the demo content promises nothing that is not built: no checklist in an article, no tour button', () => {
  const feeds = ['en', 'pl', 'ru', 'lt', 'vi', 'ro'].map((locale) =>
    JSON.parse(readFileSync(join(root, `examples/feeds/kb.${locale}.json`), 'utf8')),
  );
  // The getting-started article once sent readers to "the checklist in the help panel", in every language.
  const promises =
    /checklist|lista startowa|чек-лист|kontrolinis sąrašas|danh sách việc cần làm|lista de pași/i;
  const promising = feeds.flatMap((feed) =>
    feed.articles.filter((a) => promises.test(a.body)).map((a) => `${feed.locale ?? 'en'}:${a.id}`),
  );
  assert.deepEqual(promising, []);
  const guides = JSON.parse(readFileSync(join(root, 'examples/feeds/guides.json'), 'utf8'));
  const shown = [...(guides.tips ?? []), ...(guides.announcements ?? [])];
  assert.deepEqual(
    shown.flatMap((item) => (item.buttons ?? []).filter((b) => b.action === 'tour').map(() => item.id)),
    [],
    'a tip or announcement button that would start a tour',
  );
});

test('the Insights page on a 375 px phone, light and dark: no table scrolls sideways, nothing past the edge', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await openPage(env.browser, `${demo.url}/`, {
      viewport: { width: 375, height: 800 },
      colorScheme,
    });
    await waitForWidget(page);
    // This tab's events, as the widget would log them: searches (one found nothing), in two locales.
    await page.evaluate(() => {
      for (const [query, resultCount] of [
        ['invoice pdf export', 3],
        ['recurring invoices', 2],
        ['zahlungserinnerung senden', 0],
      ]) {
        window.ledgerlyLog('open', { view: 'search' });
        window.ledgerlyLog('search', { query, resultCount });
      }
      window.ledgerlyLog('article:view', { id: 'send-invoice' });
      window.ledgerlyLog('article:feedback', { id: 'send-invoice', helpful: false });
      history.pushState({}, '', '/insights');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(
      () => document.querySelector('#insights-report')?.shadowRoot?.querySelectorAll('table').length >= 4,
    );
    const wide = await page.evaluate(() => {
      const found = [];
      const report = document.querySelector('#insights-report').shadowRoot;
      for (const el of report.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        // Empty, or visually hidden (a stacked table's header row, kept for screen readers).
        if (box.width <= 1 || box.height <= 1) continue;
        const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`;
        if (box.right > innerWidth + 0.5) found.push(`${name} ends at ${box.right}`);
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          found.push(`${name} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
      }
      return found;
    });
    assert.deepEqual(wide.slice(0, 10), [], `${colorScheme}: ${wide.length} elements too wide`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
    mkdirSync(join(root, '.tmp/shots'), { recursive: true });
    await page.screenshot({ path: join(root, `.tmp/shots/demo-insights-phone-${colorScheme}.png`) });
    await close();
  }
});
