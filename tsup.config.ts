import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __PATHLIGHT_VERSION__: JSON.stringify(version) };

/** The script-tag build loads chunks with <script> tags instead of `import()`: swap the one module that differs. */
const scriptTagChunks: Plugin = {
  name: 'pathlight-script-tag-chunks',
  setup(build) {
    build.onResolve({ filter: /\/chunk-source$/ }, (args) => ({
      path: resolve(args.resolveDir, 'chunk-source.global.ts'),
    }));
  },
};

/** Lazy chunks of the script-tag build: each `src/chunks/<name>.ts` becomes `dist/pathlight.<name>.js`. */
const chunkNames = ['locales', 'markdown', 'tours', 'video'].filter((name) =>
  existsSync(`src/chunks/${name}.ts`),
);

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
  {
    ...browser,
    entry: { index: 'src/index.ts', ...(existsSync('src/search.ts') ? { search: 'src/search.ts' } : {}) },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    define,
  },
  {
    ...browser,
    entry: { pathlight: 'src/global.ts' },
    format: ['iife'],
    minify: true,
    sourcemap: true,
    define,
    esbuildPlugins: [scriptTagChunks],
  },
  {
    ...browser,
    entry: Object.fromEntries(chunkNames.map((name) => [`pathlight.${name}`, `src/chunks/${name}.ts`])),
    format: ['iife'],
    minify: true,
    sourcemap: true,
    define,
    esbuildPlugins: [scriptTagChunks],
    outExtension: () => ({ js: '.js' }),
  },
]);
