// Bundles examples/esm.js the way an app's bundler would (`import … from 'pathlight'` resolves to
// the built ESM package in dist/), into .tmp/esm-build/ which the demo server serves at the root.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildEsmExample() {
  const entry = join(root, 'examples/esm.js');
  const outdir = join(root, '.tmp/esm-build/esm-build');
  rmSync(outdir, { recursive: true, force: true });
  if (!existsSync(entry)) return;
  await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir,
    alias: { pathlight: join(root, 'dist/index.js') },
    logLevel: 'warning',
  });
}
