// Real-browser tests of onboarding checklists (issue 11), against the built script-tag bundle: the demo's
// five-item list completed the natural way (each path ticks without a reload), progress across reloads,
// the launcher badge, the reminder, axe-core on what checklists draw, and a host page we did not design
// (a reactive app that re-renders everything, with a custom element) where an element rule and an event
// rule complete and are remembered after reload. The demo runs under its strict CSP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { axe, debugLines, noTrouble, openPage, setup, waitForWidget } from './harness.mjs';

let env;
let demo;
before(async () => {
  env = await setup();
  demo = await serve({ dirs: ['examples', 'dist'] });
});
after(async () => {
  await env?.close();
  await demo?.close();
});

const widget = (page, selector) => page.locator(`pathlight-root >> ${selector}`);
const badge = (page) =>
  page.evaluate(
    () =>
      document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-launcher .pl-badge')
        ?.textContent ?? null,
  );
const waitBadge = (page, value) =>
  page.waitForFunction(
    (want) =>
      (document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-launcher .pl-badge')
        ?.textContent ?? null) === want,
    value,
    { timeout: 10_000 },
  );
/** `id:state` of every item in the open checklist view. */
const items = (page) =>
  page.evaluate(() =>
    [...document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-cl-item')].map(
      (el) => `${el.dataset.item}:${el.dataset.state}`,
    ),
  );
const launcherNote = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('pathlight-root').shadowRoot;
    const id = shadow.querySelector('.pl-launcher').getAttribute('aria-describedby');
    return id ? shadow.getElementById(id)?.textContent : null;
  });

/** A new demo user: fresh storage, the welcome announcement closed the way a user closes it. */
async function openDemo(path = '/', options = {}) {
  const opened = await openPage(env.browser, demo.url + path, options);
  await waitForWidget(opened.page);
  const later = widget(opened.page, '.pl-announcement >> text=Maybe later');
  await later.click({ timeout: 10_000 });
  return opened;
}

describe('the demo: a new user completes the five-item list the natural way', () => {
  test('each item ticks at once, without a reload; the badge counts down; the list is remembered', async () => {
    const opened = await openDemo();
    const { page, close } = opened;
    await waitBadge(page, '5');
    assert.equal(await launcherNote(page), '5 steps left in “Get started with Ledgerly”');

    await page.getByRole('button', { name: 'Open checklist' }).click();
    await widget(page, '.pl-cl-item').first().waitFor();
    // The panel is named after what it shows (a screen reader hears "Getting started, dialog").
    assert.equal(await widget(page, '.pl-panel-title').textContent(), 'Getting started');
    assert.ok(await page.getByRole('dialog', { name: 'Getting started' }).isVisible());
    assert.deepEqual(await items(page), [
      'welcome-tour:next',
      'see-reports:todo',
      'first-invoice:todo',
      'card-payments:todo',
      'invite-team:todo',
    ]);

    // 1. The welcome tour's item: its button starts the tour; finishing the tour ticks it.
    await widget(page, '.pl-cl-body >> role=button[name="Take the tour"]').click();
    const tourCard = () => page.locator('pathlight-tour >> [data-primary]');
    await tourCard().waitFor();
    assert.equal(await page.locator('pathlight-root >> role=dialog').count(), 0, 'the panel made way');
    for (let i = 0; i < 4; i++) await tourCard().click();
    // Step 5 moves on when the user clicks the link itself; step 6 is on the invoices page.
    await page.click(".sidebar [data-nav='/invoices']");
    await page.waitForURL(/\/invoices$/);
    await page.locator('pathlight-tour >> text=Bill a client in a minute').waitFor();
    await tourCard().click();
    await page.waitForFunction(() => !document.querySelector('pathlight-tour'));
    await waitBadge(page, '4');
    await page.evaluate(() => window.Pathlight.open('checklist'));
    await page.waitForFunction(() =>
      document
        .querySelector('pathlight-root')
        .shadowRoot.querySelector('[data-item="welcome-tour"][data-state="done"]'),
    );
    await widget(page, 'role=button[name="Close"]').click();

    // 2. A page visited, through the app's own router (pushState).
    await page.getByRole('link', { name: 'Reports' }).first().click();
    await waitBadge(page, '3');
    assert.equal(await page.evaluate(() => location.pathname), '/reports');

    // The list survives a reload in the middle.
    await page.reload();
    await waitForWidget(page);
    await waitBadge(page, '3');

    // 3. A tracked event: the new invoice form tracks `invoice:created`.
    await page.getByRole('link', { name: 'Invoices' }).first().click();
    await page.locator('#new-invoice-button').click();
    await page.locator('#invoice-customer').selectOption({ index: 1 });
    await page.locator('#invoice-amount').fill('120');
    await page.locator('#invoice-submit').click();
    await waitBadge(page, '2');

    // 4. An element appearing: connecting Stripe shows #stripe-connected.
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.locator('#connect-stripe').click();
    await waitBadge(page, '1');
    assert.equal(await launcherNote(page), '1 step left in “Get started with Ledgerly”');

    // 5. An API call: the invite form calls completeChecklistItem.
    await page.locator('#invite-email').fill('ana@maplefinch.example');
    await page.getByRole('button', { name: 'Send invite' }).click();
    await waitBadge(page, null);
    await widget(page, '.pl-cl-nudge[data-kind="celebration"]').waitFor();
    const log = await page.evaluate(() =>
      window.ledgerlyPathlightLog
        .filter((e) => e.name.startsWith('checklist:'))
        .map((e) => (e.name === 'checklist:item' ? e.payload.itemId : e.name)),
    );
    // The demo's event log starts again with each page view: since the reload in the middle.
    assert.deepEqual(log, ['first-invoice', 'card-payments', 'invite-team', 'checklist:complete']);

    // Remembered after a reload: all done, out of the way, nothing ticks twice.
    await page.reload();
    await waitForWidget(page);
    await page.evaluate(() => window.Pathlight.open('checklist'));
    await widget(page, '.pl-cl-item').first().waitFor();
    assert.deepEqual(await items(page), [
      'welcome-tour:done',
      'see-reports:done',
      'first-invoice:done',
      'card-payments:done',
      'invite-team:done',
    ]);
    assert.equal(await badge(page), null);
    await noTrouble(opened);
    await close();
  });

  test("reading the getting-started guide ticks the welcome item too (its completeWhen's other key)", async () => {
    const opened = await openDemo();
    const { page, close } = opened;
    await waitBadge(page, '5');
    await page.evaluate(() => window.Pathlight.showArticle('getting-started'));
    await widget(page, '.pl-article-title').waitFor();
    await waitBadge(page, '4');
    await page.evaluate(() => window.Pathlight.open('checklist'));
    await widget(page, '[data-item="welcome-tour"][data-state="done"]').waitFor();
    await noTrouble(opened);
    await close();
  });

  test('the reminder shows beside the launcher, once per visit, and axe-core finds nothing wrong', async () => {
    // axe-core is injected as an inline script: the page's CSP is bypassed for these checks only.
    const opened = await openDemo('/', { bypassCSP: true });
    const { page, close } = opened;
    const nudge = widget(page, '.pl-cl-nudge[data-kind="reminder"]');
    await nudge.waitFor({ timeout: 10_000 });
    assert.match(await nudge.textContent(), /5 steps left/);
    await axe(page, 'the reminder');
    await nudge.getByRole('button', { name: 'Not now' }).click();
    await nudge.waitFor({ state: 'detached' });
    const { lines, logged } = debugLines(page);
    await page.evaluate(() => window.Pathlight.debug(true));
    await page.getByRole('link', { name: 'Customers' }).first().click();
    // The engine's verdict on the new page: not again this visit. Then nothing shows.
    assert.ok(
      await logged(/checklist:getting-started \([^)]*route[^)]*\): not shown: .*already shown this session/),
      lines.join('\n'),
    );
    assert.equal(await nudge.count(), 0, 'once per visit (frequency: session)');
    await noTrouble(opened);
    await close();
  });

  test('axe-core finds no violations in the view and the home card, on a desktop and a phone', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      for (const colorScheme of ['light', 'dark']) {
        const opened = await openDemo('/', { viewport, colorScheme, bypassCSP: true });
        const { page, close } = opened;
        await page.evaluate(() => window.Pathlight.completeChecklistItem('getting-started', 'see-reports'));
        await page.evaluate(() => window.Pathlight.open('checklist'));
        await widget(page, '.pl-cl-item').first().waitFor();
        await axe(page, `view ${viewport.width} ${colorScheme}`);
        // A locked-looking and an optional item are covered by the unit tests; here: the open item's action.
        await widget(page, 'role=button[name="Back"]').click();
        await widget(page, '.pl-cl-card').waitFor();
        await axe(page, `home ${viewport.width} ${colorScheme}`);
        await noTrouble(opened);
        await close();
      }
    }
  });

  test('dismissed means dismissed: no badge, no reminder on the next visit, and "Show onboarding again"', async () => {
    const opened = await openDemo();
    const { page, context, close } = opened;
    await page.evaluate(() => window.Pathlight.open('checklist'));
    await widget(page, 'role=button[name="Dismiss checklist"]').click();
    await waitBadge(page, null);
    // A new visit (a new tab of the same browser profile).
    const next = await context.newPage();
    // Debug lines from the start (the snippet keeps a queue that is already there): the engine's first verdict.
    await next.addInitScript(() => {
      window.Pathlight = function () {
        window.Pathlight.q = window.Pathlight.q || [];
        // biome-ignore lint/complexity/noArguments: the queue format of the documented snippet.
        window.Pathlight.q.push(arguments);
      };
      window.Pathlight('debug', true);
    });
    const { lines, logged } = debugLines(next);
    await next.goto(demo.url + '/');
    await waitForWidget(next);
    assert.ok(await logged(/checklist:getting-started \([^)]*\): not shown: .*dismiss/), lines.join('\n'));
    assert.equal(await widget(next, '.pl-cl-nudge').count(), 0);
    assert.equal(await badge(next), null);
    await next.evaluate(() => window.Pathlight.open());
    await widget(next, 'role=button[name="Show onboarding again"]').click();
    await widget(next, '.pl-cl-item').first().waitFor();
    await waitBadge(next, '5');
    await close();
  });
});

describe('a host page we did not design', () => {
  test('a re-rendering reactive app with a custom element: an element rule and an event rule complete, and are remembered', async () => {
    const opened = await openPage(env.browser, env.url('/checklist-host.html'));
    const { page, close } = opened;
    await waitForWidget(page);
    await waitBadge(page, '2');

    // The element rule: the app renders a .project-card (all of #app is replaced on every change).
    await page.getByRole('textbox', { name: 'Project name' }).fill('Launch');
    await page.getByRole('button', { name: 'Create project' }).click();
    await waitBadge(page, '1');

    // The event rule: "Invite" lives in a custom element's open shadow root and calls track().
    await page.locator('member-panel').getByRole('button', { name: 'Invite a member' }).click();
    await waitBadge(page, null);
    const events = await page.evaluate(() =>
      window.__events.map(([name, p]) => (p.itemId ? `${name}:${p.itemId}` : name)),
    );
    assert.deepEqual(events, ['checklist:item:project', 'checklist:item:invite', 'checklist:complete']);

    await page.reload();
    await waitForWidget(page);
    await page.evaluate(() => window.Pathlight.open('checklist'));
    await widget(page, '.pl-cl-item').first().waitFor();
    assert.deepEqual(await items(page), ['project:done', 'invite:done']);
    assert.equal(await badge(page), null);
    assert.deepEqual(await page.evaluate(() => window.__events), [], 'nothing ticks twice after the reload');
    await noTrouble(opened);
    await close();
  });

  test("a click inside the custom element's shadow root and a trait complete items too", async () => {
    const opened = await openPage(env.browser, env.url('/checklist-host.html'));
    const { page, close } = opened;
    await waitForWidget(page);
    // The checklists chunk has arrived and watches the page's own list: only from then on does a click count
    // (a full CI run clicked before the chunk came, and the click was never seen).
    await waitBadge(page, '2');
    await page.evaluate(() =>
      window.Pathlight.addContent({
        version: 1,
        checklists: [
          {
            id: 'more',
            title: 'More',
            items: [
              { id: 'click', title: 'Press Invite', completeWhen: { click: '#invite' } },
              { id: 'pro', title: 'Go pro', completeWhen: { user: { plan: 'pro' } } },
            ],
          },
        ],
      }),
    );
    await page.locator('member-panel').getByRole('button', { name: 'Invite a member' }).click();
    await page.evaluate(() => window.Pathlight.identify('ana', { plan: 'pro' }));
    await page.waitForFunction(
      () => window.__events.some(([name, p]) => name === 'checklist:complete' && p.id === 'more'),
      null,
      { timeout: 10_000 },
    );
    const more = await page.evaluate(() =>
      window.__events.filter(([, p]) => p.checklistId === 'more').map(([, p]) => p.itemId),
    );
    assert.deepEqual(more, ['click', 'pro']);
    await noTrouble(opened);
    await close();
  });
});
