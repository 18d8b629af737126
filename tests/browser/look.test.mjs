// The widget's look in real Chromium (issue 9): right-to-left mirroring, the desktop panel's offsets, the
// host's own dark mode and setTheme(), motion both ways, the home view's layout, the header, the phone's
// scroll lock, and content in another language than the UI.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { activeElement, openPage, setup, waitForWidget } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** The look fixture with `config` merged into its own, and attributes set on `<html>` before the widget loads. */
async function openLook({ config = {}, html, ...options } = {}) {
  const query = new URLSearchParams({ config: JSON.stringify(config) });
  if (html) query.set('html', JSON.stringify(html));
  const opened = await openPage(env.browser, env.url(`/look.html?${query}`), options);
  await waitForWidget(opened.page);
  return opened;
}

/** Opens the panel and waits until it has finished coming in. */
async function openPanel(page) {
  await page.evaluate(() => window.Pathlight.open());
  await page.locator('pathlight-root .pl-panel').waitFor();
  await page.waitForFunction(() =>
    document
      .querySelector('pathlight-root')
      .shadowRoot.querySelector('.pl-panel')
      .getAnimations()
      .every((a) => a.playState === 'finished'),
  );
}

/** Bounding boxes of widget elements, by selector (inside the shadow root). */
function rects(page, selectors) {
  return page.evaluate((list) => {
    const root = document.querySelector('pathlight-root').shadowRoot;
    return Object.fromEntries(
      list.map((sel) => [sel, root.querySelector(sel)?.getBoundingClientRect().toJSON() ?? null]),
    );
  }, selectors);
}

describe('right to left', () => {
  /** Distances from the inline-start (s) or inline-end (e) edge, for the direction given. */
  async function insets(locale) {
    const { page, close } = await openLook({ config: { locale } });
    await page.waitForFunction(
      (dir) => document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dir === dir,
      locale === 'ar' ? 'rtl' : 'ltr',
    );
    await openPanel(page);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const r = await rects(page, [
      '.pl-panel',
      '.pl-panel-title',
      '.pl-panel-header .pl-icon-button[aria-label]',
      '.pl-launcher',
      '.pl-launcher svg',
      '.pl-search-icon',
      '.pl-search input',
    ]);
    await close();
    const rtl = locale === 'ar';
    // Start and end distances of `box` inside `outer`, mirrored for right to left.
    const within = (box, outer) =>
      rtl
        ? { start: outer.right - box.right, end: box.left - outer.left }
        : { start: box.left - outer.left, end: outer.right - box.right };
    const viewport = { left: 0, right: width };
    const panel = r['.pl-panel'];
    return {
      panel: within(panel, viewport).end,
      launcher: within(r['.pl-launcher'], viewport).end,
      launcherIcon: within(r['.pl-launcher svg'], r['.pl-launcher']).start,
      title: within(r['.pl-panel-title'], panel).start,
      close: within(r['.pl-panel-header .pl-icon-button[aria-label]'], panel).end,
      searchIcon: within(r['.pl-search-icon'], r['.pl-search input']).start,
    };
  }

  test('Arabic mirrors English: the header title, close button, search icon, launcher and panel edge', async () => {
    const ltr = await insets('en');
    const rtl = await insets('ar');
    for (const [name, value] of Object.entries(ltr)) {
      assert.ok(
        Math.abs(rtl[name] - value) < 0.5,
        `${name}: ${value} px in English, ${rtl[name]} px in Arabic`,
      );
    }
    assert.ok(ltr.title >= 16, `the title sits ${ltr.title} px from the panel's edge`);
  });
});

describe('desktop panel offsets', () => {
  test("at 1280×800 the panel clears the host's 64 px top bar and sits above the launcher", async () => {
    const { page, close } = await openLook();
    await openPanel(page);
    const r = await rects(page, ['.pl-panel', '.pl-launcher']);
    assert.ok(r['.pl-panel'].top >= 72, `the panel's top is at ${r['.pl-panel'].top} px`);
    assert.ok(r['.pl-panel'].bottom <= r['.pl-launcher'].top - 8, 'the panel ends above the launcher');
    assert.ok(r['.pl-panel'].height >= 560, `the panel is ${r['.pl-panel'].height} px tall`);
    await close();
  });

  test('panel.offsetTop and panel.offsetBottom place it; a short window keeps it usable', async () => {
    const { page, close, warnings } = await openLook({
      config: { panel: { offsetTop: 100, offsetBottom: 40 } },
    });
    await openPanel(page);
    let r = await rects(page, ['.pl-panel']);
    assert.equal(r['.pl-panel'].top, 100);
    assert.equal(r['.pl-panel'].bottom, 800 - 40);
    await page.setViewportSize({ width: 1280, height: 420 });
    r = await rects(page, ['.pl-panel']);
    assert.ok(r['.pl-panel'].height >= 360, `${r['.pl-panel'].height} px tall in a 420 px window`);
    assert.ok(r['.pl-panel'].top >= 0, 'and still inside the window');
    assert.deepEqual(warnings, []);
    await close();
  });

  test('a bad offset is named in one warning and the default stays', async () => {
    const { page, close, warnings } = await openLook({ config: { panel: { offsetTop: '80px' } } });
    await openPanel(page);
    assert.ok(
      warnings.some((w) => w.includes(`"panel.offsetTop" should be a number of px (0 or more), got '80px'`)),
      warnings.join('\n'),
    );
    assert.ok((await rects(page, ['.pl-panel']))['.pl-panel'].top >= 72);
    await close();
  });
});

describe('motion', () => {
  /**
   * Closes the panel with Escape and records, at the DOM change that follows the `close` event (so a busy
   * machine cannot make the test late), what the page shows: the panel (still there? inert? hidden from
   * assistive technology? animating, how long?), the launcher's icons, focus and aria-expanded.
   */
  async function closeAndWatch(page) {
    await page.evaluate(() => {
      window.__afterClose = new Promise((resolve) => {
        const off = window.Pathlight.on('close', () => {
          off();
          const root = document.querySelector('pathlight-root').shadowRoot;
          const watcher = new MutationObserver(() => {
            watcher.disconnect();
            const panel = root.querySelector('.pl-panel');
            let active = document.activeElement;
            while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
            const timing = (a) => ({
              name: a.animationName ?? a.transitionProperty,
              ms: a.effect.getTiming().duration,
            });
            resolve({
              panel: panel && {
                inert: panel.inert,
                ariaHidden: panel.getAttribute('aria-hidden'),
                animations: panel.getAnimations().map(timing),
              },
              iconMotion: [...root.querySelectorAll('.pl-launcher svg')].flatMap((svg) =>
                svg.getAnimations().map(timing),
              ),
              focus: active?.className,
              expanded: root.querySelector('.pl-launcher').getAttribute('aria-expanded'),
            });
          });
          watcher.observe(root, { subtree: true, childList: true, attributes: true });
        });
      });
    });
    await page.keyboard.press('Escape');
    return page.evaluate(() => window.__afterClose);
  }

  test('closing animates out (the panel, inert, fades for 120–250 ms) while focus and aria-expanded change at once', async () => {
    const { page, close } = await openLook();
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.locator('pathlight-root .pl-panel').waitFor();
    const opening = await page.evaluate(() => {
      const { animationName, animationDuration } = getComputedStyle(
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-panel'),
      );
      return [animationName, animationDuration];
    });
    assert.deepEqual(opening, ['pl-pop', '0.2s'], 'opening animates 200 ms');
    await openPanel(page);
    const seen = await closeAndWatch(page);
    assert.ok(seen.panel, 'the panel is still drawn on the frame after close');
    assert.equal(seen.panel.inert, true, 'inert while it leaves');
    assert.equal(seen.panel.ariaHidden, 'true', 'hidden from assistive technology while it leaves');
    assert.equal(seen.panel.animations.length, 1);
    const [{ ms }] = seen.panel.animations;
    assert.ok(ms >= 120 && ms <= 250, `it leaves in ${ms} ms`);
    assert.match(seen.focus, /pl-launcher/, 'focus is back on the launcher at once');
    assert.equal(seen.expanded, 'false');
    assert.ok(seen.iconMotion.length >= 2, `the launcher's icons turn (${JSON.stringify(seen.iconMotion)})`);
    await page.locator('pathlight-root .pl-panel').waitFor({ state: 'detached' });
    assert.equal((await activeElement(page)).className.includes('pl-launcher'), true);
    await close();
  });

  test('reopening while it leaves brings the same panel back, focused', async () => {
    const { page, close } = await openLook();
    await openPanel(page);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.Pathlight.open());
    await openPanel(page);
    const state = await page.evaluate(() => {
      const panel = document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-panel');
      return { count: panel.length, inert: panel[0].inert, leaving: panel[0].hasAttribute('data-leaving') };
    });
    assert.deepEqual(state, { count: 1, inert: false, leaving: false });
    await page.waitForTimeout(400);
    assert.equal(
      await page.locator('pathlight-root .pl-panel').count(),
      1,
      'the exit that was cut short removes nothing',
    );
    assert.equal((await activeElement(page)).role, 'combobox');
    await close();
  });

  test('under prefers-reduced-motion nothing moves: the panel goes at once, the icons swap', async () => {
    const { page, close } = await openLook({ reducedMotion: 'reduce' });
    await openPanel(page);
    const seen = await closeAndWatch(page);
    const moving = [...(seen.panel?.animations ?? []), ...seen.iconMotion].filter(({ ms }) => ms > 1);
    assert.deepEqual(moving, []);
    await page.locator('pathlight-root .pl-panel').waitFor({ state: 'detached', timeout: 200 });
    await close();
  });
});

describe("theme: the host page's dark mode and setTheme()", () => {
  /** The container's scheme and the panel's background, as drawn. */
  const look = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('pathlight-root').shadowRoot;
      const panel = root.querySelector('.pl-panel');
      return {
        scheme: root.querySelector('.pl-app').dataset.scheme,
        panel: panel ? getComputedStyle(panel).backgroundColor : undefined,
      };
    });
  const WHITE = 'rgb(255, 255, 255)';

  test('{ followHost: \'[data-theme="dark"]\' } follows the attribute on <html>, both ways, while the system is light', async () => {
    const { page, close, warnings } = await openLook({
      config: { theme: { colorScheme: { followHost: '[data-theme="dark"]' } } },
      html: { 'data-theme': 'dark' },
      colorScheme: 'light',
    });
    await openPanel(page);
    const seen = await look(page);
    assert.equal(seen.scheme, 'dark');
    assert.notEqual(seen.panel, WHITE, 'a dark panel on the dark page');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme ===
        'light',
    );
    assert.equal((await look(page)).panel, WHITE);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme ===
        'dark',
    );
    assert.deepEqual(warnings, []);
    await close();
  });

  test('{ followHost: true } reads class="dark" before the app arrives, and destroy() stops watching <html>', async () => {
    const { page, close } = await openPage(env.browser);
    // Counts the observers watching <html>'s own attributes (not the shared subtree watcher).
    await page.addInitScript(() => {
      window.__htmlObservers = new Set();
      const { observe, disconnect } = MutationObserver.prototype;
      MutationObserver.prototype.observe = function (target, options) {
        if (target === document.documentElement && !options?.subtree) window.__htmlObservers.add(this);
        return observe.call(this, target, options);
      };
      MutationObserver.prototype.disconnect = function () {
        window.__htmlObservers.delete(this);
        return disconnect.call(this);
      };
    });
    const query = new URLSearchParams({
      config: JSON.stringify({ theme: { colorScheme: { followHost: true } } }),
      html: JSON.stringify({ class: 'dark' }),
    });
    await page.goto(env.url(`/look.html?${query}`));
    await page.locator('pathlight-root .pl-launcher').waitFor();
    assert.equal(
      await page.evaluate(
        () => document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme,
      ),
      'dark',
      "the first script's launcher is drawn dark already",
    );
    await waitForWidget(page);
    assert.equal(await page.evaluate(() => window.__htmlObservers.size), 1);
    await page.evaluate(() => window.Pathlight.destroy());
    assert.equal(await page.evaluate(() => window.__htmlObservers.size), 0, 'destroy() disconnects it');
    await close();
  });

  test('setTheme() changes any theme key at once, returns one to its default, and names a bad value', async () => {
    const { page, close, warnings } = await openLook({ colorScheme: 'light' });
    await openPanel(page);
    assert.equal((await look(page)).scheme, 'light');
    const brand = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-launcher'))
            .backgroundColor,
      );
    const defaultBrand = await brand();
    await page.evaluate(() =>
      window.Pathlight.setTheme({ colorScheme: 'dark', brandColor: '#0a7d55', radius: 4 }),
    );
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme ===
        'dark',
    );
    assert.equal(await brand(), 'rgb(10, 125, 85)');
    const radius = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-panel'))
          .borderRadius,
    );
    assert.equal(radius, '4px');
    await page.evaluate(() =>
      window.Pathlight.setTheme({ brandColor: undefined, radius: '8px', colorScheme: 'dusk' }),
    );
    await page.waitForFunction((before) => {
      const launcher = document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-launcher');
      return getComputedStyle(launcher).backgroundColor === before;
    }, defaultBrand);
    assert.equal((await look(page)).scheme, 'dark', 'a bad colorScheme leaves it as it was');
    assert.ok(
      warnings.some((w) =>
        w.includes(`setTheme(): "radius" should be a number, got '8px'; it keeps its value.`),
      ),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.some((w) => w.includes(`setTheme(): "colorScheme" should be 'auto' | 'light' | 'dark'`)),
    );
    await page.evaluate(() => window.Pathlight.setTheme({ colorScheme: { followHost: '.night' } }));
    await page.evaluate(() => document.documentElement.classList.add('night'));
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme ===
        'dark',
    );
    await page.evaluate(() => window.Pathlight.setTheme({ colorScheme: 'light' }));
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme ===
        'light',
    );
    await close();
  });

  test("the demo's dark-mode switch (data-theme on <html>) switches the widget", async () => {
    const { page, close } = await openPage(env.browser, undefined, { colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('ledgerly:theme', 'dark'));
    await page.route('**/feeds/guides.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"version":1}' }),
    );
    await page.goto(env.url('/index.html'));
    await waitForWidget(page);
    const scheme = () =>
      page.evaluate(
        () => document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme,
      );
    assert.equal(await scheme(), 'dark', 'the saved dark theme, with the system light');
    // What the switch on the Settings page does.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await page.waitForFunction(
      () =>
        document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-app').dataset.scheme ===
        'light',
    );
    await close();
  });
});

describe('phones: the page does not scroll under the full-screen panel', () => {
  const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
  const page = (p) => ({
    y: () => p.evaluate(() => window.scrollY),
    style: () => p.evaluate(() => document.documentElement.getAttribute('style')),
  });

  test('locked while the modal panel is open, restored exactly on close (scroll position and <html> style)', async () => {
    const { page: p, close } = await openLook(PHONE);
    const host = page(p);
    await p.evaluate(() => {
      document.documentElement.style.setProperty('overflow-y', 'auto');
      window.scrollTo(0, 900);
    });
    const before = { y: await host.y(), style: await host.style() };
    assert.equal(before.y, 900);
    await openPanel(p);
    assert.equal(await p.getByRole('dialog').getAttribute('aria-modal'), 'true');
    // A wheel over the panel's header (not a scroll container) would scroll the page behind it.
    const header = (await rects(p, ['.pl-panel-header']))['.pl-panel-header'];
    await p.mouse.move(header.x + 60, header.y + header.height / 2);
    await p.mouse.wheel(0, 600);
    await p.waitForTimeout(250);
    assert.equal(await host.y(), 900, 'the page stayed where it was');
    assert.equal(await p.evaluate(() => getComputedStyle(document.documentElement).overflowY), 'hidden');
    await p.keyboard.press('Escape');
    await p.locator('pathlight-root .pl-panel').waitFor({ state: 'detached' });
    assert.deepEqual({ y: await host.y(), style: await host.style() }, before);
    await p.mouse.wheel(0, 300);
    await p.waitForFunction(() => window.scrollY > 900);
    await close();
  });

  test('destroy() while open unlocks too; on a desktop nothing about the page changes', async () => {
    const { page: p, close } = await openLook(PHONE);
    await openPanel(p);
    await p.evaluate(() => window.Pathlight.destroy());
    assert.equal(await page(p).style(), null, 'no style attribute left on <html>');
    await close();

    const desktop = await openLook();
    await desktop.page.evaluate(() => window.scrollTo(0, 500));
    await openPanel(desktop.page);
    assert.equal(await page(desktop.page).style(), null);
    await desktop.page.mouse.move(200, 400);
    await desktop.page.mouse.wheel(0, 300);
    await desktop.page.waitForFunction(() => window.scrollY > 500);
    await desktop.close();
  });
});

describe('content in another language than the UI', () => {
  test('an English article in the Arabic UI gets lang and dir from its locale: title, eyebrow and badges start on one edge', async () => {
    const { page, close } = await openLook({ config: { locale: 'ar' } });
    await page.evaluate(() => window.Pathlight.showArticle('create-invoice'));
    await page.locator('pathlight-root .pl-article-title').waitFor();
    const seen = await page.evaluate(() => {
      const root = document.querySelector('pathlight-root').shadowRoot;
      // Where each line of text starts: the left edge of its first rendered text.
      const start = (sel) => {
        const el = root.querySelector(sel);
        const range = document.createRange();
        range.selectNodeContents(el);
        return Math.round(range.getClientRects()[0].left);
      };
      const header = root.querySelector('.pl-article-header');
      const body = root.querySelector('.pl-article-body');
      return {
        ui: root.querySelector('.pl-app').dir,
        header: [header.lang, header.dir],
        body: [body.lang, body.dir],
        starts: ['.pl-eyebrow', '.pl-article-title', '.pl-article-meta'].map(start),
        headerLeft: Math.round(header.getBoundingClientRect().left),
      };
    });
    assert.equal(seen.ui, 'rtl', 'the UI is Arabic');
    assert.deepEqual(seen.header, ['en', 'ltr']);
    assert.deepEqual(seen.body, ['en', 'ltr']);
    for (const [i, left] of seen.starts.entries()) {
      assert.ok(
        Math.abs(left - seen.headerLeft) <= 1,
        `line ${i} starts at ${left}, the header at ${seen.headerLeft}`,
      );
    }
    await close();
  });
});

describe('header: title and logo', () => {
  test('panel.title and panel.logo brand the header (and name the dialog), in both directions', async () => {
    for (const locale of ['en', 'ar']) {
      const { page, close, warnings } = await openLook({
        config: { locale, panel: { title: 'Ledgerly help', logo: '/look-logo.svg' } },
      });
      await openPanel(page);
      assert.equal(await page.getByRole('dialog', { name: 'Ledgerly help' }).count(), 1);
      await page.waitForFunction(
        () => document.querySelector('pathlight-root').shadowRoot.querySelector('.pl-logo')?.naturalWidth > 0,
      );
      const r = await rects(page, ['.pl-panel-header', '.pl-logo', '.pl-panel-title']);
      const logo = r['.pl-logo'];
      const header = r['.pl-panel-header'];
      assert.equal(logo.height, 24);
      assert.equal(logo.width, 48, 'a wide logo keeps its shape');
      assert.ok(
        Math.abs(logo.y + logo.height / 2 - (header.y + header.height / 2)) <= 1,
        'centred in the header',
      );
      const title = r['.pl-panel-title'];
      if (locale === 'en') assert.equal(logo.x, title.x, 'the logo starts the title');
      else assert.equal(logo.right, title.right, 'on the right in Arabic');
      // The article view keeps the brand; the hand-off view has its own title.
      await page.evaluate(() => window.Pathlight.showArticle('create-invoice'));
      await page.getByRole('dialog', { name: 'Ledgerly help' }).waitFor();
      assert.deepEqual(warnings, []);
      await close();
    }
  });

  test('a logo URL the content rules refuse is named once and not drawn', async () => {
    const { page, close, warnings } = await openLook({ config: { panel: { logo: 'javascript:alert(1)' } } });
    await openPanel(page);
    assert.equal(await page.locator('pathlight-root .pl-logo').count(), 0);
    assert.equal(await page.getByRole('dialog', { name: 'Help' }).count(), 1);
    assert.equal(
      warnings.filter((w) => w.includes('"panel.logo" should be an https:, http: or relative URL')).length,
      1,
    );
    await close();
  });
});

describe('home: the field in reach, a human in sight, topic icons, fewer weights', () => {
  test('at 1280×800 "Contact us" shows without scrolling, above the demo feed\'s topics', async () => {
    const { page, close } = await openLook();
    await openPanel(page);
    await page.locator('pathlight-root .pl-topics li').first().waitFor();
    const seen = await page.evaluate(() => {
      const root = document.querySelector('pathlight-root').shadowRoot;
      const body = root.querySelector('.pl-panel-body').getBoundingClientRect();
      const contact = [...root.querySelectorAll('.pl-panel-body button')].find((b) =>
        b.textContent.includes('Contact us'),
      );
      const r = contact.getBoundingClientRect();
      return {
        topics: root.querySelectorAll('.pl-topics li').length,
        inView: r.top >= body.top && r.bottom <= body.bottom,
        beforeTopics: !!(
          contact.compareDocumentPosition(root.querySelector('.pl-topics')) & Node.DOCUMENT_POSITION_FOLLOWING
        ),
      };
    });
    assert.equal(seen.topics, 10, 'ten top-level topics (eleven categories)');
    assert.deepEqual([seen.inView, seen.beforeTopics], [true, true]);
    await close();
  });

  test('the search field stays in reach (sticky) on home and in results; the greeting scrolls away', async () => {
    const { page, close } = await openLook();
    await openPanel(page);
    await page.locator('pathlight-root .pl-topics li').first().waitFor();
    const fieldInView = () =>
      page.evaluate(() => {
        const root = document.querySelector('pathlight-root').shadowRoot;
        const body = root.querySelector('.pl-panel-body');
        body.scrollTop = body.scrollHeight;
        const b = body.getBoundingClientRect();
        const f = root.querySelector('.pl-search input').getBoundingClientRect();
        const hero = root.querySelector('.pl-hero')?.getBoundingClientRect();
        const hit = root.elementFromPoint(f.x + f.width / 2, f.y + f.height / 2);
        return {
          scrolled: body.scrollTop > 200,
          top: Math.round(f.top - b.top),
          inView: f.top >= b.top && f.bottom <= b.bottom,
          onTop: hit?.closest('.pl-search') !== null,
          greetingHidden: hero ? hero.bottom <= b.top + 1 : true,
        };
      });
    const home = await fieldInView();
    assert.deepEqual(home, {
      scrolled: true,
      top: home.top,
      inView: true,
      onTop: true,
      greetingHidden: true,
    });
    assert.ok(home.top >= 8 && home.top <= 16, `${home.top} px from the top`);
    await page.keyboard.type('invoice');
    await page.locator('pathlight-root [role="option"]').nth(8).waitFor();
    const results = await fieldInView();
    assert.deepEqual(results, { ...results, scrolled: true, inView: true, onTop: true });
    await close();
  });

  test('topics show their feed icons: a built-in name, an image URL; a bad one falls back to the folder and is named', async () => {
    const article = (id, category) => ({
      id,
      title: `Article ${id}`,
      body: 'Text.',
      format: 'markdown',
      category,
    });
    const feed = {
      version: 1,
      locale: 'en',
      categories: [
        { id: 'pay', title: 'Payments', icon: 'card' },
        { id: 'brand', title: 'Brand', icon: '/look-logo.svg' },
        { id: 'bad', title: 'Bad', icon: 'javascript:alert(1)' },
        { id: 'none', title: 'None' },
      ],
      articles: [article('a', 'pay'), article('b', 'brand'), article('c', 'bad'), article('d', 'none')],
    };
    const { page, close, warnings } = await openLook({ config: { feed } });
    await openPanel(page);
    await page.locator('pathlight-root .pl-topics li').nth(3).waitFor();
    const icons = await page.evaluate(() =>
      [...document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-topic-icon')].map(
        (el) => ({
          path: el.querySelector('path')?.getAttribute('d') ?? null,
          img: el.querySelector('img')?.getAttribute('src') ?? null,
        }),
      ),
    );
    const folder = icons[3].path;
    assert.ok(icons[0].path && icons[0].path !== folder, 'card is not the folder');
    assert.equal(icons[1].img, '/look-logo.svg');
    assert.equal(icons[2].path, folder);
    assert.ok(
      warnings.some((w) => w.includes('categories[2].icon: expected a built-in icon')),
      warnings.join('\n'),
    );
    await close();
  });

  test("the demo's topics do not all show the same folder", async () => {
    const { page, close } = await openLook();
    await openPanel(page);
    await page.locator('pathlight-root .pl-topics li').nth(9).waitFor();
    const paths = await page.evaluate(
      () =>
        new Set(
          [
            ...document.querySelector('pathlight-root').shadowRoot.querySelectorAll('.pl-topic-icon path'),
          ].map((p) => p.getAttribute('d')),
        ).size,
    );
    assert.equal(paths, 10);
    await close();
  });

  test('text in the panel uses at most one bold weight (400, 500 and 600 only)', async () => {
    const { page, close } = await openLook();
    await openPanel(page);
    await page.locator('pathlight-root .pl-topics li').first().waitFor();
    const weights = async () =>
      page.evaluate(() => {
        const root = document.querySelector('pathlight-root').shadowRoot;
        const seen = new Set();
        for (const el of root.querySelectorAll('.pl-panel *, .pl-launcher *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
          if (own && el.getClientRects().length) seen.add(getComputedStyle(el).fontWeight);
        }
        return [...seen].sort();
      });
    const home = await weights();
    await page.evaluate(() => window.Pathlight.showArticle('create-invoice'));
    await page.locator('pathlight-root .pl-article-body[data-state="ready"]').waitFor();
    const all = [...new Set([...home, ...(await weights())])].sort();
    assert.deepEqual(
      all.filter((w) => !['400', '500', '600'].includes(w)),
      [],
      `weights used: ${all.join(', ')}`,
    );
    await close();
  });
});
