// Targeting engine cost in real Chromium: a 5,000-element page, 100 rules (url/user/element/event).
// Run: node tests/bench/targeting.bench.mjs   (CHROME_PATH overrides /usr/bin/chromium)
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
// localhost counts as a secure context, which cross-origin isolation needs; the route answers, no server runs.
const ORIGIN = 'http://localhost:9';
const ITERATIONS = 300;

const bundle = await build({
  entryPoints: [`${root}src/targeting/index.ts`],
  bundle: true,
  format: 'iife',
  globalName: 'PathlightTargeting',
  target: 'es2020',
  write: false,
  minify: true,
});
const script = bundle.outputFiles[0].text;

/** 250 sections × 20 elements = 5,000 elements. */
function pageHtml() {
  const sections = [];
  for (let s = 0; s < 250; s++) {
    const items = [];
    for (let i = 0; i < 9; i++)
      items.push(`<div class="item-${i}" data-k="${s}-${i}"><span>Row ${i}</span></div>`);
    sections.push(
      `<section id="sec-${s}" class="card">${items.join('')}<button data-tour="step-${s}">Go</button></section>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench</title>
<style>.is-hidden{display:none}.card{padding:2px;border:1px solid #ccc}</style></head>
<body><main id="app">${sections.join('')}</main></body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  const page = await browser.newPage();
  // A routed (never fetched) origin with COOP/COEP, so the page is cross-origin isolated and
  // performance.now() has 5 µs resolution instead of 100 µs.
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
      body: pageHtml(),
    }),
  );
  await page.goto(`${ORIGIN}/invoices/42`);
  await page.addScriptTag({ content: script });

  const result = await page.evaluate(async (iterations) => {
    const { createTargetingEngine } = window.PathlightTargeting;
    const elementCount = document.querySelectorAll('*').length;

    // --- 100 rules, a mix of what real guide content uses ---------------------------------
    const rules = [];
    for (let i = 0; i < 100; i++) {
      const frequency = 'always';
      switch (i % 4) {
        case 0:
          rules.push({
            url: [
              `/settings/${i}`,
              i % 8 === 0 ? '/invoices/*' : '/reports/**',
              'regex:^/invoices/\\d+/edit$',
            ],
            frequency,
          });
          break;
        case 1:
          rules.push({
            user: {
              plan: { op: 'in', value: ['pro', 'team'] },
              seats: { op: 'gt', value: i },
              signedUpAt: { op: 'after', value: '-30d' },
            },
            locale: ['en', 'de'],
            frequency,
          });
          break;
        case 2:
          rules.push(
            i % 3 === 0
              ? { url: '/invoices/*', element: `#sec-${i * 2} .item-${i % 9}`, frequency }
              : { element: i % 3 === 1 ? `[data-tour="step-${i}"]` : `#missing-${i}`, frequency },
          );
          break;
        default:
          rules.push({
            any: [{ event: `evt-${i}` }, { all: [{ element: `#sec-${i} button` }, { event: 'opened' }] }],
            from: '2020-01-01',
            frequency,
          });
      }
    }
    const kinds = (i) => (i < 70 ? 'tip' : i < 80 ? 'checklist' : i < 90 ? 'announcement' : 'tour');
    const itemsByKind = { tip: [], checklist: [], announcement: [], tour: [] };
    rules.forEach((trigger, i) => {
      itemsByKind[kinds(i)].push({ id: `item-${i}`, trigger, priority: i % 5 });
    });
    // Tours and announcements never become eligible, so every pass evaluates all 100 rules
    // (a visible blocking item would make the steady state too cheap to be honest).
    for (const kind of ['tour', 'announcement']) {
      for (const item of itemsByKind[kind]) item.trigger = { ...item.trigger, url: '/never' };
    }

    const shown = new Map();
    const events = new Map([
      ['evt-3', Date.now()],
      ['opened', Date.now()],
    ]);
    const isVisible = (selector) => {
      const el = document.querySelector(selector);
      if (!el) return false;
      return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
    };
    let lookups = 0;
    const makeEngine = (log) =>
      createTargetingEngine({
        // The kinds as tips, tours and checklists register them.
        kinds: [
          { kind: 'announcement', order: 0, blocking: true },
          { kind: 'tour', order: 1, blocking: true },
          { kind: 'checklist', order: 2, blocking: false },
          { kind: 'tip', order: 3, blocking: false, ambient: true },
        ],
        getContext: () => ({
          path: location.pathname,
          locale: 'en-US',
          now: Date.now(),
          user: {
            id: 'u1',
            traits: { plan: 'pro', seats: 40, signedUpAt: new Date(Date.now() - 864e5).toISOString() },
          },
          events,
          completed: new Set(),
          history: {
            shownCount: (key) => shown.get(key) ?? 0,
            shownThisSession: (key) => shown.has(key),
            dismissed: () => false,
          },
          elementVisible: (selector) => {
            lookups++;
            return isVisible(selector);
          },
        }),
        show: (item) => shown.set(`${item.kind}:${item.id}`, 1),
        hide: () => {},
        log,
      });
    const load = (engine) => {
      for (const [kind, list] of Object.entries(itemsByKind)) engine.setItems(kind, list);
    };

    const stats = (samples) => {
      const sorted = [...samples].sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], n: sorted.length };
    };
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    /** Time one coalesced pass: evaluate() queues it as a microtask, which runs at the await. */
    const timePass = async (engine, reason) => {
      const t0 = performance.now();
      engine.evaluate(reason);
      await null;
      return performance.now() - t0;
    };

    // A host-page DOM update: class toggles, inserts, removals, one section shown/hidden.
    let round = 0;
    const app = document.getElementById('app');
    const mutateBatch = () => {
      round++;
      for (let k = 0; k < 20; k++) {
        const s = (round * 7 + k * 13) % 250;
        document.querySelector(`#sec-${s} .item-${k % 9}`)?.classList.toggle('active');
      }
      for (let k = 0; k < 10; k++) {
        const div = document.createElement('div');
        div.className = 'toast';
        div.textContent = `Saved ${round}.${k}`;
        app.appendChild(div);
      }
      for (const old of [...app.querySelectorAll(':scope > .toast')].slice(0, -10)) old.remove();
      document.getElementById(`sec-${(round * 2) % 250}`)?.classList.toggle('is-hidden');
    };

    const out = { elementCount, crossOriginIsolated: self.crossOriginIsolated, rows: {} };

    // 1. Full passes (route), without and with debug logging.
    for (const [label, log] of [
      ['full pass (route)', undefined],
      ['full pass, debug log on', () => {}],
    ]) {
      const engine = makeEngine(log);
      load(engine);
      for (let i = 0; i < 100; i++) await timePass(engine, 'route'); // warm up (JIT, style)
      const samples = [];
      for (let i = 0; i < iterations; i++) samples.push(await timePass(engine, 'route'));
      out.rows[label] = stats(samples);
      engine.destroy();
    }

    // 2. Element pass right after a batch of DOM mutations (includes the style/layout flush that
    //    checkVisibility forces).
    {
      const engine = makeEngine(undefined);
      load(engine);
      await timePass(engine, 'start');
      for (let i = 0; i < 20; i++) {
        mutateBatch();
        await timePass(engine, 'element');
      }
      const samples = [];
      lookups = 0;
      for (let i = 0; i < iterations; i++) {
        mutateBatch();
        samples.push(await timePass(engine, 'element'));
        await nextTask();
      }
      out.rows['element pass after mutations'] = stats(samples);
      out.lookupsPerElementPass = lookups / iterations;
      const clean = [];
      for (let i = 0; i < iterations; i++) clean.push(await timePass(engine, 'element'));
      out.rows['element pass, DOM unchanged'] = stats(clean);
      out.selectors = engine.selectors().length;
      engine.destroy();
    }

    // 3. The real wiring: MutationObserver → evaluate('element') → elementVisible. Measures the
    //    main-thread time from the observer callback to the end of the pass, and the whole
    //    mutation task with and without the observer.
    {
      const engine = makeEngine(undefined);
      load(engine);
      await timePass(engine, 'start');
      let callbackStart = 0;
      const callbackCosts = [];
      const observer = new MutationObserver(() => {
        callbackStart = performance.now();
        engine.evaluate('element');
        // Queued after the engine's pass, so it runs when the pass is done.
        queueMicrotask(() => callbackCosts.push(performance.now() - callbackStart));
      });
      const observe = () =>
        observer.observe(document.documentElement, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['class', 'hidden', 'style', 'open', 'aria-hidden'],
        });
      /** One host task: mutate, let observers run (microtasks), then force the style flush the
       *  next frame would do anyway, so both variants pay it. */
      const hostTask = async () => {
        const t0 = performance.now();
        mutateBatch();
        await null;
        await null;
        document.body.getBoundingClientRect();
        return performance.now() - t0;
      };
      for (let i = 0; i < 20; i++) await hostTask();
      const without = [];
      const withObserver = [];
      for (let i = 0; i < iterations; i++) {
        without.push(await hostTask());
        await nextTask();
      }
      observe();
      for (let i = 0; i < 20; i++) {
        await hostTask();
        await nextTask();
      }
      callbackCosts.length = 0;
      for (let i = 0; i < iterations; i++) {
        withObserver.push(await hostTask());
        await nextTask();
      }
      observer.disconnect();
      out.rows['observer callback → pass done'] = stats(callbackCosts);
      out.rows['host mutation task, no observer'] = stats(without);
      out.rows['host mutation task, with engine'] = stats(withObserver);
      engine.destroy();
    }
    return out;
  }, ITERATIONS);

  const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`).padStart(10);
  console.log(
    `Targeting bench — Chromium, ${result.elementCount} elements, 100 rules, ` +
      `${result.selectors} distinct selectors, ${ITERATIONS} samples per row` +
      (result.crossOriginIsolated ? ' (5 µs timer)' : ' (coarse 100 µs timer)'),
  );
  console.log(`element lookups per element pass: ${result.lookupsPerElementPass.toFixed(1)}`);
  console.log(
    `| ${'measure'.padEnd(34)} | ${'median'.padStart(10)} | ${'p95'.padStart(10)} | ${'max'.padStart(10)} |`,
  );
  console.log(`| ${'-'.repeat(34)} | ${'-'.repeat(10)} | ${'-'.repeat(10)} | ${'-'.repeat(10)} |`);
  for (const [label, s] of Object.entries(result.rows)) {
    console.log(`| ${label.padEnd(34)} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.max)} |`);
  }
  const overhead =
    result.rows['host mutation task, with engine'].median -
    result.rows['host mutation task, no observer'].median;
  console.log(`main-thread cost added per mutation batch (median difference): ${fmt(overhead).trim()}`);
} finally {
  await browser.close();
}
