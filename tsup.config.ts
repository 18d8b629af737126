import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { type Plugin, transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __PATHLIGHT_VERSION__: JSON.stringify(version) };

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
 * Inside chunks of the script-tag build, `preact` and `preact/hooks` are the main bundle's copies
 * (see SHARED_MODULES in src/core/script-chunks.ts), never a second copy.
 */
const preactFromMain: Plugin = {
  name: 'pathlight-preact-from-main',
  setup(build) {
    build.onResolve({ filter: /^preact(\/hooks)?$/ }, (args) => ({
      path: args.path,
      namespace: 'pathlight-shared',
    }));
    build.onLoad({ filter: /.*/, namespace: 'pathlight-shared' }, (args) => ({
      contents: `module.exports = globalThis.__pathlightShared[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

/** Lazy chunks of the script-tag build: each `src/chunks/<name>.ts` becomes `dist/pathlight.<name>.js`. */
const chunkNames = readdirSync('src/chunks')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

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
    esbuildPlugins: [minifyCssLiterals],
  },
  {
    ...browser,
    entry: { pathlight: 'src/global.ts' },
    format: ['iife'],
    minify: true,
    sourcemap: true,
    define,
    esbuildPlugins: [minifyCssLiterals],
  },
  {
    ...browser,
    entry: Object.fromEntries(chunkNames.map((name) => [`pathlight.${name}`, `src/chunks/${name}.ts`])),
    format: ['iife'],
    minify: true,
    sourcemap: true,
    define,
    esbuildPlugins: [preactFromMain, minifyCssLiterals],
    outExtension: () => ({ js: '.js' }),
  },
]);
