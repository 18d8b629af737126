// Bytes each tool adds to a page, measured in the same run: every library bundled the same way
// (esbuild --minify from its published ESM entry, all dependencies included) and gzipped, plus CSS.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

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

export async function run() {
  const dist = join(root, 'dist');
  const main = gz(readFileSync(join(dist, 'pathlight.global.js')));
  const chunks = readdirSync(dist)
    .filter((f) => /^pathlight\.[a-z]+\.js$/.test(f) && f !== 'pathlight.global.js')
    .map((f) => [f, gz(readFileSync(join(dist, f)))]);
  const rows = [['Pathlight main bundle (everything a first visit loads; CSS inside)', main]];
  for (const [file, bytes] of chunks) rows.push([`  lazy chunk ${file}`, bytes]);
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
  console.log(`${'what'.padEnd(72)} ${'gzip'.padStart(9)}  vs Pathlight main`);
  for (const [name, bytes] of rows) {
    console.log(
      `${name.padEnd(72)} ${`${(bytes / 1024).toFixed(1)} KB`.padStart(9)}  ${(bytes / main).toFixed(2)}×`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
