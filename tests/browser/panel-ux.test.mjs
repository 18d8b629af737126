// The panel's dead ends a new user hit (issue 9), in real Chromium on the demo's English feed with an e-mail
// hand-off: home means an empty field, the e-mail hand-off says what happened, "No" offers what could help
// next, the error and not-found states, and the no-results state.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { focusMatching, openPage, root, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const shadow = (page, selector) => page.locator(`pathlight-root ${selector}`);

async function openKbPage(options, { beforeLoad } = {}) {
  const opened = await openPage(env.browser, undefined, options);
  await beforeLoad?.(opened.page);
  await opened.page.goto(env.url('/kb-panel-basic.html'));
  await waitForWidget(opened.page);
  return opened;
}

/** Chromium shows :focus-visible rings after keyboard use: press Tab the way a keyboard user would have. */
const useKeyboard = (page) => page.keyboard.press('Tab');

/** Records every `article:feedback` payload in window.__feedback. */
const recordFeedback = (page) =>
  page.evaluate(() => {
    window.__feedback = [];
    window.Pathlight.on('article:feedback', (payload) => window.__feedback.push(payload));
  });

describe('home means an empty field', () => {
  test('Back from search results shows home with an empty field; so does open("home")', async () => {
    const { page, close, pageErrors } = await openKbPage();
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    const input = page.getByRole('combobox', { name: 'Search help articles' });
    await input.waitFor();
    await page.keyboard.type('invoice');
    await page.getByRole('option').first().waitFor();

    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByText('How can we help?').waitFor();
    assert.equal(await input.inputValue(), '');
    assert.equal(await page.getByRole('button', { name: 'Clear search' }).count(), 0);
    assert.equal(
      (await focusMatching(page, { role: 'combobox' })).role,
      'combobox',
      'focus stays in the field',
    );

    await page.keyboard.type('payment');
    await page.getByRole('option').first().waitFor();
    await page.evaluate(() => window.Pathlight.open('home'));
    await page.getByText('How can we help?').waitFor();
    assert.equal(await input.inputValue(), '');
    assert.deepEqual(pageErrors, []);
    await close();
  });
});

describe('e-mail hand-off', () => {
  test('says the mail app should open, gives the address with a working Copy, and puts a subject in the mailto', async () => {
    const { page, context, close, pageErrors } = await openKbPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url('') });
    await page.evaluate(() => {
      window.__opened = [];
      window.open = (...args) => {
        window.__opened.push(args);
        return null;
      };
    });
    await page.evaluate(() => window.Pathlight.search('zzqx'));
    await shadow(page, '.pl-empty').waitFor();
    await page.getByRole('button', { name: 'Contact us' }).first().click();

    await page.getByRole('heading', { name: 'Your mail app should open' }).waitFor();
    const opened = await page.evaluate(() => window.__opened);
    assert.equal(opened.length, 1);
    const mailto = new URL(opened[0][0]);
    assert.equal(mailto.protocol, 'mailto:');
    assert.equal(mailto.pathname, 'help@example.com');
    const subject = mailto.searchParams.get('subject');
    assert.ok(subject, `a subject in ${opened[0][0]}`);
    assert.match(subject, /Pathlight fixture: knowledge-base panel/, 'the subject names the page');
    assert.match(mailto.searchParams.get('body'), /Searched for: zzqx/);

    const active = await focusMatching(page, { notRole: 'dialog' });
    assert.notEqual(active.role, 'dialog', 'focus is not left on the dialog');
    assert.ok(active.inWidget);
    const panelText = await shadow(page, '.pl-panel-body').textContent();
    assert.match(panelText, /No mail app\?/);
    assert.match(panelText, /help@example\.com/);

    const copy = page.getByRole('button', { name: /^Copy/ });
    await copy.click();
    await page.getByRole('button', { name: /^Copied/ }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'help@example.com');
    const live = await shadow(page, '.pl-panel-body [aria-live="polite"]').allTextContents();
    assert.ok(
      live.some((text) => /Copied/.test(text)),
      `"Copied" is announced: ${JSON.stringify(live)}`,
    );

    // Back returns to where the user was.
    await page.getByRole('button', { name: 'Back' }).click();
    await shadow(page, '.pl-empty').waitFor();
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('open("contact") puts focus on something in the view, not on the dialog', async () => {
    const { page, close } = await openKbPage();
    await useKeyboard(page);
    await page.evaluate(() => window.Pathlight.open('contact'));
    await page.getByRole('button', { name: 'Contact us' }).waitFor();
    assert.notEqual((await focusMatching(page, { notRole: 'dialog' })).role, 'dialog');
    await close();
  });
});

describe('"Was this helpful?"', () => {
  test('"No" offers related articles and asks what was missing; the comment goes with article:feedback', async () => {
    const { page, close, pageErrors } = await openKbPage();
    await recordFeedback(page);
    await page.evaluate(() => window.Pathlight.showArticle('reset-password'));
    await shadow(page, '.pl-article-body[data-state="ready"]').waitFor();
    await page.getByRole('button', { name: 'No', exact: true }).click();

    await page.getByText('Sorry this didn’t help.').waitFor();
    assert.equal(await page.getByText('Thanks for your feedback!').count(), 0, 'not the "Yes" thanks');
    const focused = await focusMatching(page, { label: 'Sorry this didn’t help' });
    assert.match(focused.label, /Sorry this didn’t help/, 'focus stays on the answer');
    assert.deepEqual(await page.evaluate(() => window.__feedback), [
      { id: 'reset-password', helpful: false },
    ]);

    const related = shadow(page, '.pl-feedback .pl-list button');
    assert.ok((await related.count()) >= 2, 'related articles are offered');
    const titles = await related.allTextContents();
    assert.ok(!titles.some((title) => /How do I reset my password\?/.test(title)), 'not the article itself');
    assert.equal(await page.getByRole('button', { name: 'Contact us' }).count(), 1, 'and the way to a human');

    const field = page.getByRole('textbox', { name: /What were you looking for/ });
    await field.fill('Reset without access to my e-mail');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thanks, this helps us improve the article.').waitFor();
    assert.equal(await field.count(), 0);
    assert.match((await focusMatching(page, { label: 'Thanks, this helps' })).label, /Thanks, this helps/);
    assert.deepEqual(await page.evaluate(() => window.__feedback), [
      { id: 'reset-password', helpful: false },
      { id: 'reset-password', helpful: false, comment: 'Reset without access to my e-mail' },
    ]);

    // A related article opens in the panel.
    const first = titles[0].trim();
    await related.first().click();
    await page.getByRole('heading', { name: first, level: 3 }).waitFor();
    assert.deepEqual(pageErrors, []);
    await close();
  });

  test('"Yes" still thanks the user, with no form', async () => {
    const { page, close } = await openKbPage();
    await page.evaluate(() => window.Pathlight.showArticle('change-email'));
    await shadow(page, '.pl-article-body[data-state="ready"]').waitFor();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await page.getByText('Thanks for your feedback!').waitFor();
    assert.equal(await shadow(page, '.pl-feedback textarea').count(), 0);
    await close();
  });
});

describe('error and not-found states', () => {
  test('help unavailable offers "Contact us" once', async () => {
    const { page, close } = await openKbPage(undefined, {
      beforeLoad: (p) => p.route('**/feeds/kb.en.json', (route) => route.fulfill({ status: 404, body: '' })),
    });
    await page.evaluate(() => window.Pathlight.open());
    await shadow(page, '.pl-unavailable').waitFor({ timeout: 20000 });
    assert.equal(await page.getByRole('button', { name: 'Contact us' }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
    await close();
  });

  test('showArticle("nope") is a friendly state with focus on its heading, and a way to search', async () => {
    const { page, close, warnings } = await openKbPage();
    await page.evaluate(() => window.Pathlight.open());
    await shadow(page, '.pl-section').first().waitFor();
    await useKeyboard(page);
    await page.evaluate(() => window.Pathlight.showArticle('nope'));
    const heading = page.getByRole('heading', { name: 'This article is not available.' });
    await heading.waitFor();
    // The view moves focus to its heading in an effect, a frame after it is drawn.
    const focused = await focusMatching(page, { label: 'This article is not available' });
    assert.notEqual(focused.role, 'dialog', 'not a focus ring around the whole dialog');
    assert.match(focused.label ?? '', /This article is not available/);
    assert.match(await shadow(page, '.pl-panel-body').textContent(), /may have moved or been removed/);

    await page.getByRole('button', { name: 'Search help articles' }).click();
    const input = page.getByRole('combobox', { name: 'Search help articles' });
    await input.waitFor();
    assert.equal((await focusMatching(page, { role: 'combobox' })).role, 'combobox');
    assert.equal(await input.inputValue(), '');
    assert.deepEqual(
      warnings.filter((w) => w.includes('Pathlight')),
      [],
    );
    await close();
  });

  test('showArticle() before the feed arrives ends with focus on the title, not the dialog', async () => {
    const setupScript = readFileSync(`${root}/tests/browser/fixtures/kb-panel-setup.js`, 'utf8');
    const { page, close } = await openKbPage(undefined, {
      beforeLoad: async (p) => {
        // The call is queued in the snippet, before the widget or its feed have arrived.
        await p.route('**/kb-panel-setup.js', (route) =>
          route.fulfill({
            contentType: 'text/javascript',
            body: `${setupScript}\nPathlight('showArticle', 'reset-password');`,
          }),
        );
        await p.route('**/feeds/kb.en.json', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1200));
          await route.continue();
        });
      },
    });
    await page.getByRole('heading', { name: 'How do I reset my password?', level: 3 }).waitFor();
    const focused = await focusMatching(page, { tag: 'h3' });
    assert.equal(focused.tag, 'h3', JSON.stringify(focused));
    await close();
  });
});

describe('no results', () => {
  test('offers popular articles and the contact action, not one line in an empty panel', async () => {
    const { page, close } = await openKbPage();
    await page.evaluate(() => window.Pathlight.search('zzqx'));
    await shadow(page, '.pl-empty').waitFor();
    const section = page.getByRole('region', { name: 'Popular articles' });
    await section.waitFor();
    const links = section.getByRole('button');
    assert.ok((await links.count()) >= 3);
    assert.equal(await page.getByRole('button', { name: 'Contact us' }).count(), 1);
    const title = (await links.first().textContent()).trim();
    await links.first().click();
    await page.getByRole('heading', { name: title, level: 3 }).waitFor();
    await close();
  });

  test('on a page with suggestions, those come first', async () => {
    const { page, close } = await openKbPage();
    await page.evaluate(() => history.pushState(null, '', '/settings'));
    await page.evaluate(() => window.Pathlight.search('zzqx'));
    const section = page.getByRole('region', { name: 'Suggested for this page' });
    await section.waitFor();
    assert.ok((await section.getByRole('button').count()) >= 1);
    await close();
  });
});
