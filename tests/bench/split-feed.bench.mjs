// Split feeds (issue 15): the synthetic 10,000-article corpus (corpus.mjs) as one whole feed and as a manifest plus
// one body file per article (`pathlight build-feed --split`'s splitFeed, built from src/ with esbuild), and what that
// changes for a page: gzip bytes of each, the bytes of one body, and the time to the first search result in
// Chromium (from navigation start: the feed fetched, validated and indexed, a query typed, its first option drawn),
// then the time to open a split article (its body fetched and drawn). `npm run bench` runs it after the build;
// alone: `node tests/bench/split-feed.bench.mjs [--size=10000] [--runs=3]` (needs dist/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { openPage, setup, waitForWidget } from '../browser/harness.mjs';
import { makeCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SIZE = arg('size', 10000);
const RUNS = arg('runs', 3);
const DIR = join(root, '.tmp/split-bench');

/** splitFeed from src/cli/build-feed.ts, bundled for Node. */
async function loadSplitFeed() {
  const out = join(DIR, 'split-feed.mjs');
  await build({
    stdin: { contents: "export { splitFeed } from './src/cli/build-feed';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(out).href)).splitFeed;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** One cold page: navigation start → the first search option for `query`; then, for a split feed, an article. */
async function firstSearch(env, feed, query, article) {
  const { page, close } = await openPage(env.browser);
  await page.goto(env.url(`/kb-feed.html?feed=${feed}`));
  await waitForWidget(page);
  await page.evaluate(() => Pathlight.open());
  const box = page.locator('pathlight-root [role="combobox"]');
  await box.fill(query);
  // The panel answers from titles and summaries while the index builds: wait for the indexed answer (its snippet).
  const found = await page.waitForFunction(
    (title) => {
      const root = document.querySelector('pathlight-root').shadowRoot;
      const option = root.querySelector('[role="option"]');
      return option?.textContent.includes(title) && option.querySelector('.pl-snippet')
        ? performance.now()
        : false;
    },
    article.title,
    { timeout: 120000, polling: 'raf' },
  );
  const searched = await found.jsonValue();
  const transfer = await page.evaluate(
    (path) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(path))?.encodedBodySize,
    feed,
  );
  let opened;
  if (article.bodyUrl) {
    const started = await page.evaluate(() => performance.now());
    await page.locator('pathlight-root [role="option"]').first().click();
    const at = await page.waitForFunction(
      () =>
        document
          .querySelector('pathlight-root')
          .shadowRoot.querySelector('.pl-article-body[data-state="ready"]')
          ? performance.now()
          : false,
      undefined,
      { timeout: 30000, polling: 'raf' },
    );
    opened = (await at.jsonValue()) - started;
  }
  await close();
  return { searched, transfer, opened };
}

async function run() {
  mkdirSync(DIR, { recursive: true });
  const splitFeed = await loadSplitFeed();
  const { feed } = makeCorpus(SIZE);
  const whole = JSON.stringify(feed);
  const { manifest, bodies } = splitFeed(feed, 'mixed');
  const manifestText = JSON.stringify(manifest);
  writeFileSync(join(DIR, 'whole.json'), whole);
  writeFileSync(join(DIR, 'manifest.json'), manifestText);
  const sizes = [...bodies.values()].map((b) => [Buffer.byteLength(b), gzipSync(b).length]);
  for (const [path, text] of bodies) {
    mkdirSync(dirname(join(DIR, path)), { recursive: true });
    writeFileSync(join(DIR, path), text);
  }
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const [bodyBytes, bodyGzip] = [median(sizes.map((s) => s[0])), median(sizes.map((s) => s[1]))];
  console.log(`Split feed, ${SIZE} synthetic articles (~300 words each; tests/bench/corpus.mjs):`);
  console.log(
    `  whole feed   ${kb(Buffer.byteLength(whole)).padStart(10)}  ${kb(gz(whole)).padStart(10)} gzip`,
  );
  console.log(
    `  manifest     ${kb(Buffer.byteLength(manifestText)).padStart(10)}  ${kb(gz(manifestText)).padStart(10)} gzip` +
      `  (${Math.round((100 * gz(manifestText)) / gz(whole))} % of the whole feed)`,
  );
  console.log(
    `  one body     ${`${bodyBytes} B`.padStart(10)}  ${`${bodyGzip} B`.padStart(10)} gzip  (median)`,
  );

  // The query: an English anchor article's title, half typed; both feeds answer it with that article.
  const target = manifest.articles.find((a) => a.title === 'Reset your password') ?? manifest.articles[0];
  const query = 'reset your passw';
  const env = await setup({ dirs: ['tests/browser/fixtures', 'dist', '.tmp/split-bench'] });
  const times = { whole: [], split: [], open: [], wholeBytes: 0, splitBytes: 0 };
  try {
    for (let i = 0; i < RUNS; i++) {
      const a = await firstSearch(env, '/whole.json', query, { title: target.title });
      const b = await firstSearch(env, '/manifest.json', query, target);
      times.whole.push(a.searched);
      times.split.push(b.searched);
      times.open.push(b.opened);
      times.wholeBytes = a.transfer;
      times.splitBytes = b.transfer;
    }
  } finally {
    await env.close();
  }
  const ms = (list) => `${Math.round(median(list))} ms`;
  console.log(
    `Time to first search in Chromium (navigation start → first indexed result for "${query}"), median of ${RUNS}` +
      ` cold loads, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (served uncompressed, local):`,
  );
  console.log(
    `  whole feed   ${ms(times.whole).padStart(8)}   (runs: ${times.whole.map(Math.round).join(', ')} ms)`,
  );
  console.log(
    `  manifest     ${ms(times.split).padStart(8)}   (runs: ${times.split.map(Math.round).join(', ')} ms)`,
  );
  console.log(`  then opening a split article (body fetched, drawn): ${ms(times.open)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
