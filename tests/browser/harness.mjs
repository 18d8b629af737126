// Shared set-up for the real-browser suites: one Chromium per file, pages served from a local
// server started by the test itself (fixtures + dist), and helpers to reach into the widget.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install it with "apt-get install -y chromium" or set CHROME_PATH.`,
    );
  }
  return path;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/** Starts Chromium and a server for the fixtures; returns helpers and a close(). */
export async function setup({
  dirs = ['tests/browser/fixtures', 'dist', '.tmp/esm-build', 'examples'],
} = {}) {
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  const server = await serve({ dirs, spa: false });
  return {
    browser,
    url: (path) => server.url + path,
    /** The contact form's local endpoint (scripts/inbox.mjs): what it received, and failNext(). */
    inbox: server.inbox,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page that records console warnings, page errors, CSP violations and window.onerror
 * calls, so every test can assert none happened.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 800 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const warnings = [];
  const pageErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__violations = [];
    window.__onerror = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    window.addEventListener('error', (e) => window.__onerror.push(String(e.message)));
  });
  if (url) await page.goto(url);
  return {
    page,
    context,
    warnings,
    pageErrors,
    violations: () => page.evaluate(() => window.__violations),
    onerrors: () => page.evaluate(() => window.__onerror),
    close: () => context.close(),
  };
}

/**
 * Waits for the widget to be mounted: the launcher in the shadow root and the runtime behind it (the
 * script-tag build's first script draws the launcher; `pathlight:mounted` marks the app taking it over).
 */
export async function waitForWidget(page) {
  await page.waitForFunction(
    () =>
      !!document.querySelector('pathlight-root')?.shadowRoot?.querySelector('.pl-app') &&
      performance.getEntriesByName('pathlight:mounted').length > 0,
  );
}

/** The focused element's description, looking through shadow roots. */
export function activeElement(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role: el.getAttribute('role'),
      className: typeof el.className === 'string' ? el.className : '',
      inWidget: el.getRootNode() !== document,
      label: el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 40),
    };
  });
}

/**
 * Waits (up to 5 s) until the focused element, looked for through shadow roots, matches `want` (or one of an
 * array of them: each names some of `tag`, `id`, `role`, `notRole` (any role but this one), `className` (a part
 * of it), `label` (a part of its aria-label or text)), and returns `activeElement` for the caller to assert on:
 * views move focus in an effect, a frame (or a chunk) after what the test waited for was drawn.
 */
export async function focusMatching(page, want) {
  await page
    .waitForFunction(
      (wants) => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el) return false;
        const label = el.getAttribute('aria-label') || el.textContent?.trim() || '';
        const className = typeof el.className === 'string' ? el.className : '';
        return wants.some(
          (w) =>
            (w.tag === undefined || el.tagName.toLowerCase() === w.tag) &&
            (w.id === undefined || el.id === w.id) &&
            (w.role === undefined || el.getAttribute('role') === w.role) &&
            (w.notRole === undefined || el.getAttribute('role') !== w.notRole) &&
            (w.className === undefined || className.includes(w.className)) &&
            (w.label === undefined || label.includes(w.label)),
        );
      },
      Array.isArray(want) ? want : [want],
      { timeout: 5000 },
    )
    .catch(() => {});
  return activeElement(page);
}

/**
 * The page's `console.info` lines (the targeting engine's `Pathlight.debug()` verdicts), as the test receives
 * them, and `logged(pattern, ms)`: waits (10 s unless told) for a line that matches, and says whether one came —
 * console messages reach the test a moment after the page logs them.
 */
export function debugLines(page) {
  const lines = [];
  page.on('console', (msg) => {
    if (msg.type() === 'info') lines.push(msg.text());
  });
  const logged = async (pattern, ms = 10_000) => {
    for (let waited = 0; waited < ms && !lines.some((line) => pattern.test(line)); waited += 50)
      await page.waitForTimeout(50);
    return lines.some((line) => pattern.test(line));
  };
  return { lines, logged };
}

/** Asserts that a page from `openPage` recorded no page error, CSP violation or `window.onerror`. */
export async function noTrouble({ pageErrors, violations, onerrors }) {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(await onerrors(), []);
}

let axeSource;
/**
 * Runs axe-core (its default rule set: WCAG 2.x A/AA and best practices, without its experimental rules) on
 * everything Pathlight draws (the `<pathlight-root>`, shadow root and all) and asserts it finds no violation.
 * axe is evaluated through the DevTools protocol, so a page's CSP does not keep it out.
 */
export async function axe(page, what) {
  axeSource ??= readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('pathlight-root'), {
      resultTypes: ['violations'],
    });
    // A root that axe did not reach would pass vacuously.
    if (result.passes.length < 10) return [`axe checked only ${result.passes.length} rules`];
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], what);
}
