// The search engines the benches compare, each as { name, build(corpus), search(index, query) → ids, usage }:
// Pathlight (dist/search.js, or src/search.ts built with esbuild) beside MiniSearch (defaults and tuned),
// FlexSearch, Fuse.js and Orama with their documented defaults. A corpus is { feed, docs }: the feed for
// Pathlight, and the same text as plain { id, title, body } documents for the others.

import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import * as esbuild from 'esbuild';
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const TOP = 5;

/** The ids of MiniSearch's first TOP results (asked alike in its default and its tuned configuration). */
const miniSearchTop = (m, q) =>
  m
    .search(q)
    .slice(0, TOP)
    .map((r) => r.id);
// Fuse.js scans every document on every query; at 10,000 articles it gets a sample of the queries.
const FUSE_SAMPLE = 18;

/** `--src` in argv builds src/search.ts even when dist/search.js exists. */
export async function loadPathlight(args = process.argv.slice(2)) {
  const dist = join(root, 'dist/search.js');
  if (existsSync(dist) && !args.includes('--src'))
    return { api: await import(pathToFileURL(dist).href), from: 'dist/search.js' };
  const out = join(root, '.tmp/search.js');
  mkdirSync(dirname(out), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, 'src/search.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: out,
    logLevel: 'warning',
  });
  return {
    api: await import(`${pathToFileURL(out).href}?${Date.now()}`),
    from: '.tmp/search.js (built from src/search.ts)',
  };
}

// MiniSearch "tuned as well as its docs allow": prefix, fuzzy, title boost, and a processTerm that folds
// diacritics through NFD (plus ł and đ, which NFD leaves alone).
const foldTerm = (term) =>
  term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');

/** @param pathlight the `pathlight/search` module; `options(corpus)` gives createSearchIndex its options. */
export const enginesFor = (pathlight, options = () => ({})) => [
  {
    name: 'Pathlight',
    build: (corpus) => pathlight.createSearchIndex(corpus.feed, options(corpus)),
    search: (index, q) => index.search(q, { limit: TOP }).map((h) => h.id),
    usage: `import { createSearchIndex } from './src/search.ts'; console.log(createSearchIndex([]).search('x'));`,
  },
  {
    name: 'MiniSearch (defaults)',
    build: ({ docs }) => {
      const m = new MiniSearch({ fields: ['title', 'body'] });
      m.addAll(docs);
      return m;
    },
    search: miniSearchTop,
    usage: `import MiniSearch from 'minisearch'; const m = new MiniSearch({ fields: ['title'] }); m.addAll([]); console.log(m.search('x'));`,
  },
  {
    name: 'MiniSearch (tuned)',
    build: ({ docs }) => {
      const m = new MiniSearch({
        fields: ['title', 'body'],
        processTerm: foldTerm,
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 } },
      });
      m.addAll(docs);
      return m;
    },
    search: miniSearchTop,
    usage: `import MiniSearch from 'minisearch'; const m = new MiniSearch({ fields: ['title'], processTerm: (t) => t.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '') }); m.addAll([]); console.log(m.search('x', { prefix: true, fuzzy: 0.2 }));`,
  },
  {
    name: 'FlexSearch (defaults)',
    build: ({ docs }) => {
      const f = new Document({ document: { id: 'id', index: ['title', 'body'] } });
      for (const d of docs) f.add(d);
      return f;
    },
    // A Document index answers per field: title hits first, then body hits, without duplicates.
    search: (f, q) => [...new Set(f.search(q, { limit: TOP }).flatMap((r) => r.result))].slice(0, TOP),
    usage: `import { Document } from 'flexsearch'; const f = new Document({ document: { id: 'id', index: ['title'] } }); f.add({ id: 1, title: 'a' }); console.log(f.search('x'));`,
  },
  {
    name: 'Fuse.js (defaults)',
    build: ({ docs }) => new Fuse(docs, { keys: ['title', 'body'] }),
    search: (f, q) => f.search(q, { limit: TOP }).map((r) => r.item.id),
    usage: `import Fuse from 'fuse.js'; console.log(new Fuse([], { keys: ['title'] }).search('x'));`,
    sample: FUSE_SAMPLE,
  },
  {
    name: 'Orama (defaults)',
    build: ({ docs }) => {
      const db = create({ schema: { id: 'string', title: 'string', body: 'string' } });
      insertMultiple(db, docs);
      return db;
    },
    search: (db, q) => oramaSearch(db, { term: q, limit: TOP }).hits.map((h) => h.id),
    usage: `import { create, insert, search } from '@orama/orama'; const db = create({ schema: { title: 'string' } }); insert(db, { title: 'a' }); console.log(search(db, { term: 'x' }));`,
  },
];
