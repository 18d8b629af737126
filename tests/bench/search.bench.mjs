// Search benchmark: Pathlight's index against MiniSearch, FlexSearch, Fuse.js and Orama on the same
// multilingual corpus and labelled queries (tests/bench/corpus.mjs).
//
//   node tests/bench/search.bench.mjs            uses dist/search.js when it exists, else builds src/search.ts
//   node tests/bench/search.bench.mjs --src      always builds src/search.ts (to .tmp/search.js)
//   node tests/bench/search.bench.mjs --sizes=1000

import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { makeCorpus } from './corpus.mjs';
import { enginesFor, loadPathlight, root, TOP } from './engines.mjs';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1000,10000').split(',').map(Number);
const { api: pathlight, from } = await loadPathlight(args);
const ENGINES = enginesFor(pathlight);
// The collector, to weigh each index (Node exposes it to a new context once the flag is set).
setFlagsFromString('--expose-gc');
const gc = globalThis.gc ?? runInNewContext('gc');
/** The collector's own threads count in a process's CPU time: a busy machine stretches wall time, not this. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function gzipBytes(usage) {
  const out = await esbuild.build({
    stdin: { contents: usage, resolveDir: root, loader: 'ts', sourcefile: 'usage.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents).length;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
};

/**
 * One query per anchor, its kind rotating (queries come in families of five per anchor), so the sample spans
 * every language and kind; for engines too slow to run them all.
 */
const sampleOf = (queries, n) => queries.filter((_, i) => i % 5 === Math.floor(i / 5) % 5).slice(0, n);

function relevance(engine, index, queries) {
  let rr = 0;
  let found = 0;
  const byKind = {};
  for (const { q, expect, kind } of queries) {
    const rank = engine.search(index, q).indexOf(expect) + 1;
    const r = rank ? 1 / rank : 0;
    rr += r;
    if (rank) found++;
    byKind[kind] ??= [];
    byKind[kind].push(r);
  }
  const kinds = Object.fromEntries(
    Object.entries(byKind).map(([k, v]) => [k, v.reduce((a, b) => a + b, 0) / v.length]),
  );
  return { mrr: rr / queries.length, recall: found / queries.length, kinds };
}

/**
 * Each query's time is its best of `rounds` runs (rounds interleaved), which keeps the scheduler's noise of a
 * shared machine out; median and p95 are then taken over the queries.
 */
function latency(engine, index, queries, rounds) {
  const best = queries.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    queries.forEach(({ q }, i) => {
      const t = performance.now();
      engine.search(index, q);
      best[i] = Math.min(best[i], performance.now() - t);
    });
  }
  return { median: median(best), p95: p95(best) };
}

/**
 * Median wall and CPU time of `runs` builds, and the heap the first index holds: heap used after a full collection
 * with it, less before it (the corpus is held throughout, so only what the index adds counts).
 */
function buildTime(engine, corpus, runs) {
  const times = [];
  const cpu = [];
  let index;
  let heap = 0;
  for (let r = 0; r < runs; r++) {
    index = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    const c = cpuMs();
    const t = performance.now();
    index = engine.build(corpus);
    times.push(performance.now() - t);
    cpu.push(cpuMs() - c);
    gc();
    // The first build's: Orama's later builds in one process weigh next to nothing (0.1 of 16 MB at 1,000).
    if (!r) heap = process.memoryUsage().heapUsed - before;
  }
  return { ms: median(times), cpu: median(cpu), heap, index };
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, d = 2) => (x === undefined ? '-' : x.toFixed(d));
const ratio = (x, base) => (base ? `${(x / base).toFixed(1)}×` : '-');

console.log(`Pathlight search from ${from}; Node ${process.version}; top ${TOP} results per query.`);
console.log(
  'build: median of 5 builds at 1,000 articles, one build at 10,000, wall and CPU time (the whole process, the' +
    ' collector threads too); heap MB: what the index adds to the heap after a full collection. Query time:' +
    ' best of 5 runs (3 at 10,000)' +
    ' per query, then median and p95 over the queries. gzip: a minified ESM bundle of a one-line usage.',
);
console.log(
  'Pathlight indexes the feed articles (title, summary, keywords, tags, Markdown/HTML body, transcript);' +
    ' the others index the same text as plain {title, body = summary + body + transcript}.',
);
const bytes = {};
for (const e of ENGINES) bytes[e.name] = await gzipBytes(e.usage);
const searchModule = await esbuild.build({
  entryPoints: [join(root, 'src/kb/search/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
console.log(
  `Search module src/kb/search/index.ts, minified ESM: ${gzipSync(searchModule.outputFiles[0].contents).length} B gzip.`,
);

for (const size of sizes) {
  const corpus = makeCorpus(size);
  const { queries } = corpus;
  const rows = [];
  for (const engine of ENGINES) {
    const capped = engine.sample && size > 1000;
    const qs = capped ? sampleOf(queries, engine.sample) : queries;
    const { ms, cpu, heap, index } = buildTime(engine, corpus, size > 1000 ? 1 : 5);
    const rel = relevance(engine, index, qs);
    const lat = latency(engine, index, qs, capped ? 1 : size > 1000 ? 3 : 5);
    // Only Pathlight's index is kept (for the sampled comparison): the others would weigh on later timings.
    rows.push({
      engine,
      index: rows.length ? undefined : index,
      ms,
      cpu,
      heap,
      rel,
      lat,
      n: qs.length,
      capped,
    });
  }
  const base = rows[0];
  const langs = [...new Set(queries.map((q) => q.lang))].join('/');
  console.log(
    `\n## ${size.toLocaleString('en')} articles (~300 words, ${langs}), ${queries.length} labelled queries` +
      ` (${[...new Set(queries.map((q) => q.kind))].join(', ')})`,
  );
  const head = [
    pad('engine', 24),
    pad('build ms', 9),
    pad('×PL', 7),
    pad('CPU ms', 8),
    pad('heap MB', 8),
    pad('q med ms', 9),
    pad('q p95 ms', 9),
    pad('×PL p95', 8),
    pad('MRR@5', 6),
    pad('recall@5', 9),
    pad('gzip B', 7),
    '×PL',
  ].join(' ');
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const r of rows) {
    const name = r.engine.name + (r.capped ? '*' : '');
    console.log(
      [
        pad(name, 24),
        pad(num(r.ms, 1), 9),
        pad(ratio(r.ms, base.ms), 7),
        pad(num(r.cpu, 0), 8),
        pad(num(r.heap / 2 ** 20, 1), 8),
        pad(num(r.lat.median, 3), 9),
        pad(num(r.lat.p95, 3), 9),
        pad(ratio(r.lat.p95, base.lat.p95), 8),
        pad(num(r.rel.mrr, 3), 6),
        pad(num(r.rel.recall, 3), 9),
        pad(bytes[r.engine.name], 7),
        ratio(bytes[r.engine.name], bytes[base.engine.name]),
      ].join(' '),
    );
  }
  for (const r of rows.filter((x) => x.capped)) {
    const same = relevance(base.engine, base.index, sampleOf(queries, r.engine.sample));
    console.log(
      `* ${r.engine.name}: ${r.n} of ${queries.length} queries (one per anchor, kinds rotating; one timed pass),` +
        ` too slow for all at this size. Pathlight on the same ${r.n}: MRR@5 ${num(same.mrr, 3)},` +
        ` recall@5 ${num(same.recall, 3)}.`,
    );
  }
  const kinds = Object.keys(base.rel.kinds);
  console.log(`\nMRR@5 by query kind (${size.toLocaleString('en')} articles)`);
  console.log([pad('engine', 24), ...kinds.map((k) => pad(k, 14))].join(' '));
  for (const r of rows) {
    console.log(
      [
        pad(r.engine.name + (r.capped ? '*' : ''), 24),
        ...kinds.map((k) => pad(num(r.rel.kinds[k], 3), 14)),
      ].join(' '),
    );
  }
}
