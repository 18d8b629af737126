// The ESM package as a browser would get it from an app's bundler: dist/index.js with its
// dependencies bundled, its lazy chunks split beside it, served at /pathlight.js by the demo
// server and the browser tests (examples/esm.html imports it).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ESM_BUILD_DIR = '.tmp/esm-build';

export async function buildEsmExample() {
  const outdir = join(root, ESM_BUILD_DIR);
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { pathlight: join(root, 'dist/index.js') },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    outdir,
    chunkNames: 'pathlight-esm-[hash]',
    logLevel: 'error',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildEsmExample();
