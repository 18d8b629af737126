import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = {
  __PATHLIGHT_VERSION__: JSON.stringify(version),
  // Replaced after the build by the hash of dist/pathlight.integrity.json (scripts/integrity.mjs).
  __PATHLIGHT_MANIFEST_HASH__: JSON.stringify(`sha384-${'0'.repeat(64)}`),
};

/** The first script imports `pathlight.app.js` by URL instead of bundling the app: swap the one module that differs. */
const appByUrl: Plugin = {
  name: 'pathlight-app-by-url',
  setup(build) {
    build.onResolve({ filter: /\/app-loader$/ }, (args) => ({
      path: resolve(args.resolveDir, 'app-loader.global.ts'),
    }));
  },
};

/**
 * CSS lives in template literals tagged with a css comment (adopted as constructable stylesheets): minify it at
 * build time like the code around it. Literals with interpolations are left alone.
 */
const minifyCssLiterals: Plugin = {
  name: 'pathlight-minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /styles\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      let out = '';
      let last = 0;
      for (const match of source.matchAll(/\/\* css \*\/ `([^`$]*)`/g)) {
        const { code } = await transform(match[1] ?? '', { loader: 'css', minify: true });
        out += `${source.slice(last, match.index)}\`${code.trim()}\``;
        last = (match.index ?? 0) + match[0].length;
      }
      return { contents: out + source.slice(last), loader: 'ts' };
    });
  },
};

/**
 * The lazy chunks of the script-tag build, named after their keys in the composition root's loader map
 * (`kb: () => import('./kb/chunk')` in src/compose.ts becomes `dist/pathlight.kb.js`): each is an entry of
 * the app's build, so `import()` from the app reaches that file. Package paths resolve like imports.
 */
const chunkEntries = Object.fromEntries(
  [
    ...readFileSync('src/compose.ts', 'utf8').matchAll(/^\s+'?([\w-]+)'?: \(\) => import\('([^']+)'\),$/gm),
  ].map(([, name = '', path = '']) => [
    `pathlight.${name}`,
    path.startsWith('.')
      ? `src/${path.slice(2)}.ts`
      : relative('.', fileURLToPath(import.meta.resolve(path))),
  ]),
);
if (Object.keys(chunkEntries).length === 0) throw new Error('no chunk loaders found in src/compose.ts');

/**
 * V8's explicit compile hint, on the first line of the first script: every function is compiled with the
 * script instead of on its first call (first-call compiling was a third of init()'s main-thread time on a
 * cold page). The hint must come first, before the IIFE wrapper, so it is added after the build; the source
 * map gets the extra line.
 */
async function prependCompileHint(): Promise<void> {
  const hint = '//# allFunctionsCalledOnLoad\n';
  const file = 'dist/pathlight.global.js';
  const code = readFileSync(file, 'utf8');
  if (code.startsWith(hint)) return;
  writeFileSync(file, hint + code);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string };
  map.mappings = `;${map.mappings}`;
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

const browser: Options = {
  platform: 'browser',
  target: 'es2020',
  treeshake: true,
  esbuildOptions(options) {
    options.jsx = 'automatic';
    options.jsxImportSource = 'preact';
    options.legalComments = 'none';
    options.charset = 'utf8';
  },
};

export default defineConfig([
  // `npx pathlight …` (src/cli/): Node only, its own build, so no widget file changes when it does.
  {
    entry: { 'cli/pathlight': 'src/cli/pathlight.ts' },
    platform: 'node',
    target: 'node20',
    format: ['esm'],
    // One file: the DuckDB engine's module is inlined (it imports @duckdb/node-api only when asked for).
    splitting: false,
    sourcemap: true,
    define,
    // Optional: installed by default, imported only by `--engine duckdb`.
    // Optional too: `check` imports playwright-core only when it runs (an optional peer dependency).
    external: ['@duckdb/node-api', 'playwright-core'],
    banner: { js: '#!/usr/bin/env node' },
    outExtension: () => ({ js: '.js' }),
  },
  // The insights report's tally and renderer as one browser ES module (the demo's Insights page).
  {
    ...browser,
    entry: { insights: 'src/insights/index.ts' },
    format: ['esm'],
    minify: true,
    sourcemap: true,
    define,
    outExtension: () => ({ js: '.js' }),
  },
  {
    ...browser,
    // `global-types`: the declarations `pathlight/global` points its `types` at (its JavaScript is the first script).
    entry: {
      index: 'src/index.ts',
      ...(existsSync('src/search.ts') ? { search: 'src/search.ts' } : {}),
      'global-types': 'src/global-types.ts',
      // Framework bindings: React and Vue are peer dependencies, left external.
      react: 'src/react/index.ts',
      vue: 'src/vue/index.ts',
    },
    external: ['react', 'vue'],
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    define,
    esbuildPlugins: [minifyCssLiterals],
  },
  // The first script: a classic script (pages paste `<script async src>`), no preact, no capability.
  {
    ...browser,
    entry: { pathlight: 'src/global.ts' },
    format: ['iife'],
    minify: true,
    sourcemap: true,
    define,
    esbuildPlugins: [appByUrl, minifyCssLiterals],
    onSuccess: prependCompileHint,
    esbuildOptions(options, context) {
      browser.esbuildOptions?.(options, context);
      // ASCII only: a classic script is decoded in the page's encoding when the server names no charset
      // (a windows-1252 page would turn the launcher's non-English labels into mojibake). Modules are UTF-8.
      options.charset = 'ascii';
    },
  },
  // Everything else, as ES modules that share code: `pathlight.app.js`, the lazy chunks, and the
  // `pathlight.shared-<hash>.js` files holding what more than one of them imports (preact, nanostores, core).
  {
    ...browser,
    entry: { 'pathlight.app': 'src/app.ts', ...chunkEntries },
    format: ['esm'],
    splitting: true,
    // Browsers load these files as they are: bundle the dependencies (tsup leaves them external by default).
    noExternal: [/./],
    minify: true,
    sourcemap: true,
    define,
    esbuildPlugins: [minifyCssLiterals],
    outExtension: () => ({ js: '.js' }),
    esbuildOptions(options, context) {
      browser.esbuildOptions?.(options, context);
      options.chunkNames = 'pathlight.shared-[hash]';
    },
  },
]);
