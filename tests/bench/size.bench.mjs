// Bytes each tool adds to a page, measured in the same run: every library bundled the same way
// (esbuild --minify from its published ESM entry, all dependencies included) and gzipped, plus CSS.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { closure, FIRST_SCRIPT, isScriptTagFile } from '../../scripts/size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const gz = (text) => gzipSync(text, { level: 9 }).length;

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
    platform: 'browser',
  });
  return result.outputFiles[0].text;
}

const css = (path) => gz(readFileSync(join(root, 'node_modules', path)));
const peers = [
  [
    'driver.js 1.x (tours)',
    "import { driver } from 'driver.js'; window.x = driver;",
    'driver.js/dist/driver.css',
  ],
  [
    'Shepherd.js (tours)',
    "import Shepherd from 'shepherd.js'; window.x = Shepherd;",
    'shepherd.js/dist/css/shepherd.css',
  ],
  ['Intro.js (tours)', "import introJs from 'intro.js'; window.x = introJs;", 'intro.js/introjs.css'],
];

/** The README's developer snippet, as an app's own code importing the package. */
const README_SNIPPET = `import { createPathlight } from 'pathlight';
const currentUser = { id: 'u1' };
const myChat = { open() {} };
const help = createPathlight({
  feed: { en: '/help/en.json', pl: '/help/pl.json' },
  user: { id: currentUser.id, traits: { plan: 'pro' } },
  handoff: { onHandoff: (context) => myChat.open({ prefill: context.query, meta: context }) },
});
help.on('search', ({ query, resultCount }) => {
  if (resultCount === 0) console.info('nobody found', query);
});
document.querySelector('#help')?.addEventListener('click', () => help.open('search'));
`;

/**
 * The snippet bundled by esbuild the way an app would (--bundle --minify), without and with code
 * splitting: the entry file, and the entry with the files it imports statically (what the page loads
 * before anyone opens the panel).
 */
async function esmFigures() {
  const dir = mkdtempSync(join(tmpdir(), 'pathlight-esm-'));
  try {
    // `pathlight` resolves to this checkout's dist/, as it would from node_modules.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules/pathlight'));
    writeFileSync(join(dir, 'app.js'), README_SNIPPET);
    const figures = [];
    for (const [name, options] of [
      ['esbuild --bundle --minify', {}],
      ['esbuild --bundle --minify --splitting --format=esm', { splitting: true, format: 'esm' }],
    ]) {
      const outdir = join(dir, 'out', String(figures.length));
      await build({
        entryPoints: [join(dir, 'app.js')],
        bundle: true,
        minify: true,
        outdir,
        logLevel: 'silent',
        absWorkingDir: dir,
        ...options,
      });
      const entry = gz(readFileSync(join(outdir, 'app.js')));
      const loaded = closure(outdir, ['app.js']).reduce(
        (sum, f) => sum + gz(readFileSync(join(outdir, f))),
        0,
      );
      figures.push([name, entry, loaded]);
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const dist = join(root, 'dist');
  const main = gz(readFileSync(join(dist, FIRST_SCRIPT)));
  const later = readdirSync(dist)
    .filter((f) => isScriptTagFile(f) && f !== FIRST_SCRIPT)
    .map((f) => [f, gz(readFileSync(join(dist, f)))]);
  const rows = [['Pathlight first script (launcher; CSS inside)', main]];
  for (const [file, bytes] of later) rows.push([`  loaded later: ${file}`, bytes]);
  for (const [name, code, cssPath] of peers) {
    let bytes;
    try {
      bytes = gz(await bundle(code)) + css(cssPath);
    } catch (error) {
      bytes = Number.NaN;
      console.warn(`could not bundle ${name}: ${error.message}`);
    }
    rows.push([`${name}, JS + CSS`, bytes]);
  }
  console.log('\nSize added to a page (gzip, same run, esbuild --minify for peers)');
  console.log(`${'what'.padEnd(72)} ${'gzip'.padStart(9)}  vs Pathlight first script`);
  for (const [name, bytes] of rows) {
    console.log(
      `${name.padEnd(72)} ${`${(bytes / 1024).toFixed(1)} KB`.padStart(9)}  ${(bytes / main).toFixed(2)}×`,
    );
  }

  console.log("\nThe README's developer snippet (ESM package) in an app's bundle, gzip");
  console.log(`${'bundled with'.padEnd(56)} ${'entry'.padStart(9)} ${'entry + static imports'.padStart(24)}`);
  for (const [name, entry, loaded] of await esmFigures()) {
    console.log(
      `${name.padEnd(56)} ${`${(entry / 1024).toFixed(1)} KB`.padStart(9)} ${`${(loaded / 1024).toFixed(1)} KB`.padStart(24)}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
