// The built-in contact form in real Chromium, against the local endpoint every test server answers
// (scripts/inbox.mjs): from a failed search and from an article rated "No" in one click, with the context; the
// outbox (RELIABILITY 19 and 33: an endpoint that fails twice, the browser offline then online, a reload in
// between: each message stored exactly once, under one idempotency key); nothing of attachments left in storage
// after sending (RELIABILITY 29); the draft across closing and reloading; deflection; axe; a phone; screenshots.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { axe, CHROME_ARGS, chromePath, openPage, root, setup, waitForWidget } from './harness.mjs';

/** Screenshots to look at (desktop light and dark, a 375 px phone, Arabic): .tmp/shots/contact-*.png */
const shots = join(root, '.tmp/shots');
mkdirSync(shots, { recursive: true });

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});
beforeEach(() => env.inbox.reset());

const $ = (page, selector) => page.locator(`pathlight-root ${selector}`);
const events = (page, prefix = '') =>
  page.evaluate((p) => window.__events.filter(([name]) => name.startsWith(p)), prefix);

async function openContact(query = '', options) {
  const opened = await openPage(env.browser, env.url(`/contact.html${query}`), options);
  await waitForWidget(opened.page);
  return opened;
}

/** What the outbox's IndexedDB database holds, and every pathlight: key in localStorage. */
const stored = (page) =>
  page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('pathlight-outbox', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('messages');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise((resolve) => {
      const request = db.transaction('messages', 'readonly').objectStore('messages').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const local = Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('pathlight:'))
        .map((k) => [k, localStorage.getItem(k)]),
    );
    return { outbox: all.map((item) => ({ key: item.key, files: item.files.length })), local };
  });

async function write(page, text) {
  await $(page, '#pl-contact-message').fill(text);
}
/** The fixture with the form open and `text` written in the message. */
async function openForm(text, query, options) {
  const opened = await openContact(query, options);
  await opened.page.evaluate(() => Pathlight.open('contact'));
  await write(opened.page, text);
  return opened;
}
const send = (page) => $(page, '.pl-contact-send').click();
const doneTitle = (page) => $(page, '.pl-contact-done .pl-mail-title');

describe('reaching the form', () => {
  test('one click from a search that found nothing: the form, prefilled, and the failed query in the context', async () => {
    const { page, close, warnings, violations } = await openContact();
    await page.evaluate(() => Pathlight.open());
    await $(page, '[role="combobox"]').fill('zebra quota teleport');
    const contact = $(page, '.pl-empty button:has-text("Contact us")');
    await contact.click();
    await $(page, '.pl-contact').waitFor();
    assert.equal(await $(page, '#pl-contact-name').inputValue(), 'Maya Chen', 'name from identify traits');
    assert.equal(await $(page, '#pl-contact-email').inputValue(), 'maya@example.com', 'email from traits');
    await write(page, 'I need to move my whole team to another workspace.');
    await send(page);
    assert.equal(await doneTitle(page).textContent(), 'Message sent');
    const [message] = env.inbox.messages.values();
    assert.equal(env.inbox.messages.size, 1);
    assert.equal(message.context.query, 'zebra quota teleport');
    assert.deepEqual(message.context.failedQueries, ['zebra quota teleport']);
    assert.equal(message.message, 'I need to move my whole team to another workspace.');
    assert.equal(message.context.userId, 'u-42');
    assert.equal(message.context.path, '/contact.html');
    const [[, handoff]] = await events(page, 'handoff');
    assert.equal(handoff.context.query, 'zebra quota teleport', 'the handoff event carries the same context');
    const [[, sent]] = await events(page, 'contact:');
    assert.deepEqual(sent, { id: message.idempotencyKey, attachments: 0, queued: false, attempts: 1 });
    assert.deepEqual(env.inbox.requests, [{ key: message.idempotencyKey, status: 201 }]);
    assert.deepEqual((await stored(page)).outbox, [], 'nothing left in the outbox');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(warnings, []);
    await close();
  });

  test('from an article rated "No": the form, and the article in the context', async () => {
    const { page, close } = await openContact();
    await page.evaluate(() => Pathlight.showArticle('pdf-not-generating'));
    await $(page, '.pl-article-title').waitFor();
    await $(page, '.pl-feedback button:has-text("No")').click();
    await $(page, '.pl-card button:has-text("Contact us")').click();
    await $(page, '.pl-contact').waitFor();
    await write(page, 'The PDF is still blank after clearing the cache.');
    await send(page);
    await doneTitle(page).waitFor();
    const [message] = env.inbox.messages.values();
    assert.ok(
      message.context.viewedArticles.some((a) => a.id === 'pdf-not-generating'),
      JSON.stringify(message.context.viewedArticles),
    );
    await close();
  });
});

describe('validation, draft, attachments', () => {
  test('missing message and a bad email are said next to their fields, focus on the first', async () => {
    const { page, close } = await openContact();
    await page.evaluate(() => Pathlight.open('contact'));
    await $(page, '#pl-contact-email').fill('maya@');
    await send(page);
    assert.match(await $(page, '#pl-contact-email-error').textContent(), /email address we can reply to/);
    assert.match(await $(page, '#pl-contact-message-error').textContent(), /what you need/);
    assert.equal(await $(page, '#pl-contact-email').getAttribute('aria-invalid'), 'true');
    assert.equal(
      await page.evaluate(() => document.querySelector('pathlight-root').shadowRoot.activeElement?.id),
      'pl-contact-email',
    );
    assert.equal(env.inbox.requests.length, 0, 'nothing sent');
    await close();
  });

  test('the draft survives closing the panel and a reload; sending forgets it', async () => {
    const { page, close } = await openForm('Half-written question about VAT');
    await page.evaluate(() => Pathlight.close());
    await page.evaluate(() => Pathlight.open('contact'));
    assert.equal(await $(page, '#pl-contact-message').inputValue(), 'Half-written question about VAT');
    await page.waitForTimeout(400); // the draft is saved 300 ms after the last keystroke (and on pagehide)
    await page.reload();
    await waitForWidget(page);
    await page.evaluate(() => Pathlight.open('contact'));
    assert.equal(await $(page, '#pl-contact-message').inputValue(), 'Half-written question about VAT');
    await send(page);
    await doneTitle(page).waitFor();
    assert.deepEqual(
      Object.keys((await stored(page)).local).filter((k) => k.includes('draft')),
      [],
    );
    await close();
  });

  test('signing out (reset) forgets the draft, and a message already queued is still delivered once', async () => {
    env.inbox.failNext(1, 503);
    const { page, close } = await openForm('Please refund invoice 2041.');
    await send(page);
    assert.equal(await doneTitle(page).textContent(), 'Message saved');
    await page.evaluate(() => Pathlight.open('contact'));
    await $(page, '.pl-contact-done button:has-text("Write another message")').click();
    await write(page, 'And one more thing about my private address');
    await page.waitForTimeout(400); // saved 300 ms after the last keystroke
    const draftKeys = async () => Object.keys((await stored(page)).local).filter((k) => k.includes('draft'));
    assert.equal((await draftKeys()).length, 1);
    await page.evaluate(() => Pathlight.reset());
    await page.waitForTimeout(400);
    assert.deepEqual(await draftKeys(), []);
    assert.ok(!JSON.stringify((await stored(page)).local).includes('maya@example.com'));
    for (const field of ['name', 'email', 'message'])
      assert.equal(await $(page, `#pl-contact-${field}`).inputValue(), '', field);
    // What the user sent before signing out goes out as it would have: the retry delivers it, once.
    await page.waitForFunction(() => window.__events.some(([n]) => n === 'contact:sent'), null, {
      timeout: 20000,
    });
    assert.equal(env.inbox.messages.size, 1);
    assert.equal([...env.inbox.messages.values()][0].message, 'Please refund invoice 2041.');
    await page.reload();
    await waitForWidget(page);
    await page.evaluate(() => Pathlight.open('contact'));
    assert.equal(await $(page, '#pl-contact-message').inputValue(), '');
    await close();
  });

  test('attachments: thumbnails, localized limits, multipart with the files, nothing of them stored after', async () => {
    const { page, close } = await openContact('?attachments=small');
    await page.evaluate(() => Pathlight.open('contact'));
    // A 1×1 PNG (under the fixture's 1 KB limit), a large PNG and a PDF (not an image).
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await $(page, 'input[type="file"]').setInputFiles([
      { name: 'dot.png', mimeType: 'image/png', buffer: png },
      { name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(4096, 1) },
      { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    await $(page, '.pl-attachment').first().waitFor();
    assert.equal(await $(page, '.pl-attachment').count(), 1);
    assert.match(await $(page, '.pl-attachment-thumb').getAttribute('src'), /^data:image\/jpeg/);
    const errors = await $(page, '.pl-attach-errors li').allTextContents();
    assert.deepEqual(errors, [
      '“huge.png” is too large: files can be up to 1 kB.',
      '“invoice.pdf” is not a type of file we accept.',
    ]);
    await write(page, 'Screenshot of the broken total attached.');
    await send(page);
    await doneTitle(page).waitFor();
    const [message] = env.inbox.messages.values();
    assert.deepEqual(message.files, [{ name: 'dot.png', type: 'image/png', size: png.length }]);
    assert.deepEqual(message.attachments, [{ name: 'dot.png', type: 'image/png', size: png.length }]);
    const after = await stored(page);
    assert.deepEqual(after.outbox, [], 'no file left in IndexedDB');
    assert.ok(!JSON.stringify(after.local).includes('dot.png'), 'no file named in localStorage');
    await close();
  });
});

describe('the outbox: exactly once', () => {
  test('an endpoint that fails twice then succeeds stores the message once, under one key', async () => {
    env.inbox.failNext(2, 503);
    const { page, close } = await openForm('Our bank feed stopped syncing yesterday.');
    await send(page);
    assert.equal(await doneTitle(page).textContent(), 'Message saved');
    assert.match(await $(page, '.pl-contact-done [role="status"]').textContent(), /when you're back online/);
    const [[, queued]] = await events(page, 'contact:queued');
    assert.equal(queued.reason, 'unreachable');
    assert.equal((await stored(page)).outbox.length, 1, 'kept in IndexedDB while it waits');
    // Retries 2 s and 4 s (jittered) later.
    await page.waitForFunction(() => window.__events.some(([n]) => n === 'contact:sent'), null, {
      timeout: 20000,
    });
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-contact-done')?.dataset
          .state === 'sent',
    );
    assert.equal(env.inbox.messages.size, 1);
    assert.deepEqual(
      env.inbox.requests.map((r) => [r.key, r.status]),
      [
        [queued.id, 503],
        [queued.id, 503],
        [queued.id, 201],
      ],
    );
    const sent = (await events(page, 'contact:sent'))[0][1];
    assert.deepEqual(sent, { id: queued.id, attachments: 0, queued: true, attempts: 3 });
    assert.deepEqual(await stored(page), { outbox: [], local: (await stored(page)).local });
    assert.ok(
      !Object.keys((await stored(page)).local).some((k) => k.endsWith(':outbox') || k === 'pathlight:outbox'),
    );
    await close();
  });

  test('offline then online (context.setOffline): queued with the offline message, then sent once', async () => {
    const { page, context, close } = await openForm('Writing this on the train.');
    await context.setOffline(true);
    await send(page);
    assert.equal(await doneTitle(page).textContent(), 'Message saved');
    assert.equal(
      await $(page, '.pl-contact-done [role="status"]').textContent(),
      "You're offline. We'll send it when you're back online.",
    );
    assert.equal(env.inbox.requests.length, 0, 'nothing tried while offline');
    await context.setOffline(false);
    await page.waitForFunction(() => window.__events.some(([n]) => n === 'contact:sent'), null, {
      timeout: 10000,
    });
    assert.equal(env.inbox.messages.size, 1);
    assert.equal(env.inbox.requests.length, 1, 'one request after coming back');
    await page.waitForTimeout(500);
    assert.equal(env.inbox.requests.length, 1, 'and no second one');
    await close();
  });

  test('a reload while queued keeps the key: the next load sends it once, without opening the panel', async () => {
    env.inbox.failNext(50, 500);
    const { page, close } = await openForm('Please delete my old workspace.');
    await send(page);
    await doneTitle(page).waitFor();
    const [[, queued]] = await events(page, 'contact:queued');
    const tries = env.inbox.requests.length;
    assert.ok(tries >= 1);
    env.inbox.failNext(0);
    await page.reload();
    await waitForWidget(page);
    await page.waitForFunction(() => window.__events.some(([n]) => n === 'contact:sent'), null, {
      timeout: 10000,
    });
    assert.equal(env.inbox.messages.size, 1);
    const keys = new Set(env.inbox.requests.map((r) => r.key));
    assert.deepEqual([...keys], [queued.id], 'one key on every attempt, before and after the reload');
    assert.equal(env.inbox.requests.at(-1).status, 201);
    assert.equal(await $(page, '.pl-panel').count(), 0, 'the panel never opened');
    assert.deepEqual((await stored(page)).outbox, []);
    await close();
  });

  test('a 4xx is not retried: the form says so and offers e-mail, the draft stays', async () => {
    env.inbox.failNext(1, 422);
    const { page, close } = await openForm('Refused on purpose.');
    await send(page);
    const problem = $(page, '.pl-contact-problem');
    await problem.waitFor();
    assert.match(await problem.textContent(), /error 422/);
    assert.match(
      await problem.locator('a').getAttribute('href'),
      /^mailto:help@example\.com\?subject=.*body=Refused%20on%20purpose\./,
    );
    assert.equal(await $(page, '#pl-contact-message').inputValue(), 'Refused on purpose.');
    const [[, failed]] = await events(page, 'contact:failed');
    assert.equal(failed.status, 422);
    assert.deepEqual((await stored(page)).outbox, [], 'a refused message is not kept');
    await page.waitForTimeout(2500);
    assert.equal(env.inbox.requests.length, 1, 'and not retried');
    await close();
  });
});

describe('one more chance to self-serve', () => {
  test('up to three articles match the message; opening one and leaving without sending is deflected', async () => {
    const { page, close } = await openForm('How do I export invoices to PDF?');
    const rows = $(page, '.pl-contact-suggest .pl-row');
    await rows.first().waitFor();
    const count = await rows.count();
    assert.ok(count >= 1 && count <= 3, `${count} suggestions`);
    const title = (await rows.first().textContent()).trim();
    await rows.first().click();
    assert.equal((await $(page, '.pl-article-title').textContent()).trim(), title);
    assert.deepEqual(await events(page, 'handoff:deflected'), [], 'not before leaving');
    await page.evaluate(() => Pathlight.close());
    const deflected = await events(page, 'handoff:deflected');
    assert.equal(deflected.length, 1);
    assert.equal(typeof deflected[0][1].articleId, 'string');
    await close();
  });
});

describe('screen capture', () => {
  test("where the page's Permissions-Policy forbids display-capture, the form says so instead of buttons", async () => {
    const server = await serve({
      dirs: ['tests/browser/fixtures', 'dist', 'examples'],
      spa: false,
      headers: { 'Permissions-Policy': 'display-capture=()' },
    });
    const { page, close } = await openPage(env.browser, `${server.url}/contact.html`);
    await waitForWidget(page);
    await page.evaluate(() => Pathlight.open('contact'));
    await $(page, '.pl-contact').waitFor();
    assert.equal(await $(page, 'button:has-text("Screenshot this page")').count(), 0);
    assert.equal(await $(page, 'button:has-text("Record your screen")').count(), 0);
    assert.match(await $(page, '.pl-attach-note').textContent(), /doesn't allow screen capture/);
    assert.equal(await $(page, 'button:has-text("Attach files")').count(), 1, 'files still attach');
    await close();
    await server.close();
  });

  test('screenshot and recording in Chromium (this tab, auto-accepted): attached, sent, not kept', async () => {
    // Chromium's own prompt for preferCurrentTab, accepted by a flag: what a user's click on "Share" does.
    const browser = await chromium.launch({
      executablePath: chromePath(),
      args: [...CHROME_ARGS, '--auto-accept-this-tab-capture'],
    });
    try {
      const { page, close } = await openPage(browser, env.url('/contact.html'));
      await waitForWidget(page);
      await page.evaluate(() => Pathlight.open('contact'));
      await $(page, 'button:has-text("Screenshot this page")').click();
      await $(page, '.pl-attachment').first().waitFor({ timeout: 15000 });
      assert.match(await $(page, '.pl-attachment-name').first().textContent(), /^screenshot-.*\.png$/);
      assert.match(await $(page, '.pl-attachment-thumb').first().getAttribute('src'), /^data:image\/jpeg/);
      await $(page, 'button:has-text("Record your screen")').click();
      const stop = $(page, '.pl-recording button');
      await stop.waitFor({ timeout: 15000 });
      assert.equal(
        await page.evaluate(
          () => document.querySelector('pathlight-root').shadowRoot.activeElement?.textContent,
        ),
        'Stop',
        'focus on Stop while recording',
      );
      await page.waitForTimeout(2200);
      assert.match(await $(page, '.pl-recording-time').textContent(), /^Recording 0:0[12] of 1:00$/);
      await stop.click();
      await $(page, '.pl-preview video').waitFor();
      await $(page, '.pl-preview button:has-text("Attach recording")').click();
      await $(page, '.pl-attachment').nth(1).waitFor();
      await write(page, 'Screenshot and a short recording of the glitch.');
      await send(page);
      await doneTitle(page).waitFor();
      const [message] = env.inbox.messages.values();
      assert.equal(message.files.length, 2);
      assert.equal(message.files[0].type, 'image/png');
      assert.match(message.files[1].type, /^video\/webm/);
      assert.ok(message.files[1].size > 1000, `${message.files[1].size} B of video`);
      assert.deepEqual((await stored(page)).outbox, []);
      await close();
    } finally {
      await browser.close();
    }
  });
});

describe('accessibility, phone, looks', () => {
  test('axe-core is clean on the form (with errors shown) and on the confirmation', async () => {
    const { page, close } = await openContact();
    await page.evaluate(() => Pathlight.open('contact'));
    await $(page, '.pl-contact').waitFor();
    await page.waitForTimeout(300);
    await axe(page, 'form');
    await send(page);
    await axe(page, 'form with errors');
    await write(page, 'How do I export invoices to PDF?');
    await $(page, '.pl-contact-suggest .pl-row').first().waitFor();
    await axe(page, 'form with suggestions');
    await send(page);
    await doneTitle(page).waitFor();
    await axe(page, 'confirmation');
    await close();
  });

  test('a 375 px phone: the form fits the width, fields are 16 px (no zoom on focus), Send is full width', async () => {
    const { page, close } = await openContact('', {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.evaluate(() => Pathlight.open('contact'));
    await $(page, '.pl-contact').waitFor();
    const layout = await page.evaluate(() => {
      const shadow = document.querySelector('pathlight-root').shadowRoot;
      const body = shadow.querySelector('.pl-panel-body');
      const send = shadow.querySelector('.pl-contact-send').getBoundingClientRect();
      const input = getComputedStyle(shadow.querySelector('#pl-contact-email'));
      return {
        overflow: body.scrollWidth - body.clientWidth,
        send: send.width,
        body: body.clientWidth,
        font: input.fontSize,
      };
    });
    assert.equal(layout.overflow, 0, 'no sideways scrolling');
    assert.ok(layout.send >= layout.body - 40, `Send ${layout.send}px of ${layout.body}px`);
    assert.ok(Number.parseFloat(layout.font) >= 16, `inputs ${layout.font}`);
    await close();
  });

  test('screenshots: desktop light and dark, a 375 px phone, Arabic', async () => {
    for (const [name, query, viewport] of [
      ['contact-light', '', { width: 1280, height: 800 }],
      ['contact-dark', '?dark', { width: 1280, height: 800 }],
      ['contact-phone', '', { width: 375, height: 740 }],
      ['contact-ar', '?locale=ar', { width: 1280, height: 800 }],
    ]) {
      const { page, close } = await openForm('How do I export invoices to PDF?', query, { viewport });
      await $(page, '.pl-contact-suggest .pl-row').first().waitFor();
      if (name === 'contact-ar') {
        // An address reads left to right in a right-to-left form, lined up with the other fields on the right.
        const email = await $(page, '#pl-contact-email').evaluate((el) => {
          const style = getComputedStyle(el);
          return [style.direction, style.textAlign, getComputedStyle(el.closest('.pl-app')).direction];
        });
        assert.deepEqual(email, ['ltr', 'right', 'rtl']);
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shots, `${name}.png`) });
      await send(page);
      await doneTitle(page).waitFor();
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(shots, `${name}-sent.png`) });
      if (name === 'contact-ar')
        assert.equal(await doneTitle(page).textContent(), 'تم إرسال الرسالة', 'the confirmation in Arabic');
      await close();
    }
  });
});
