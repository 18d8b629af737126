// Relevance on a real help corpus nobody here wrote: GNOME Help in eight languages (tests/bench/gnome-help.mjs
// reads Debian's gnome-user-docs), with hand-written queries (tests/bench/gnome-queries.mjs). Each language's
// pages are one feed, as a help centre with one feed per locale has them; every engine indexes that feed alone.
//
//   node tests/bench/search-real.bench.mjs            uses dist/search.js when it exists, else builds src/search.ts
//   node tests/bench/search-real.bench.mjs --src      always builds src/search.ts
//   node tests/bench/search-real.bench.mjs --misses   also lists every query Pathlight does not rank first

import { enginesFor, loadPathlight, TOP } from './engines.mjs';
import { GNOME_LOCALES, gnomeHelpFeed, INSTALL_HINT } from './gnome-help.mjs';
import { QUERIES } from './gnome-queries.mjs';

const args = process.argv.slice(2);
// The peers index plain text: the Markdown body without its heading, list and table marks.
const plain = (md) => md.replace(/^#+ |^- |\| /gm, '').replace(/\s+/g, ' ');
const fold = (s) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');
const words = (s) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The fixed held-out part: about 30 % of the queries, chosen by a hash of language and query text (FNV-1a), so
 * adding a query never moves another between the parts. Pathlight's ranker is tuned on the rest only.
 */
export const HELD_OUT = (lang, q) => {
  let h = 0x811c9dc5;
  for (const c of `${lang}:${q}`) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h % 10 < 3;
};

/**
 * Share of the query's words that are the title's words (folded; a query word of 3+ letters that starts a title
 * word counts too, since a half-typed title word is the title's word).
 */
const titleShare = (q, title) => {
  const t = words(title);
  const qs = words(q);
  const shared = qs.filter((w) => t.some((x) => x === w || (w.length >= 3 && x.startsWith(w))));
  return qs.length ? shared.length / qs.length : 0;
};

const missing = GNOME_LOCALES.filter((l) => !gnomeHelpFeed(l));
if (missing.length === GNOME_LOCALES.length) {
  console.log(`Skipped: ${INSTALL_HINT}`);
  process.exit(0);
}
if (missing.length) console.log(`Languages without GNOME Help here (skipped): ${missing.join(', ')}.`);

const { api: pathlight, from } = await loadPathlight(args);
const ENGINES = enginesFor(pathlight, ({ feed }) => ({ locale: feed.locale }));

const queries = [];
const corpora = {};
for (const lang of GNOME_LOCALES) {
  const feed = gnomeHelpFeed(lang);
  if (!feed) continue;
  const docs = feed.articles.map((a) => ({
    id: a.id,
    title: a.title,
    body: `${a.summary ?? ''} ${plain(a.body)}`,
  }));
  corpora[lang] = { feed, docs };
  const titles = new Map(feed.articles.map((a) => [a.id, a.title]));
  for (const [id, list] of Object.entries(QUERIES[lang] ?? {})) {
    if (!titles.has(id)) throw new Error(`gnome-queries.mjs: ${lang} has no page ${id}`);
    for (const entry of list) {
      const at = entry.indexOf(': ');
      const kind = entry.slice(0, at);
      const q = entry.slice(at + 2);
      queries.push({ lang, id, kind, q, heldOut: HELD_OUT(lang, q), share: titleShare(q, titles.get(id)) });
    }
  }
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(3));
const titleLike = queries.filter((q) => q.share > 0.5);

console.log(`Pathlight search from ${from}; top ${TOP} results per query.`);
console.log(
  `Corpus: GNOME Help (gnome-user-docs), topic pages whose title is translated, one feed per language: ` +
    Object.entries(corpora)
      .map(([l, c]) => `${l} ${c.feed.articles.length}`)
      .join(', ') +
    ' articles.',
);
console.log(
  `Queries: ${queries.length} hand-written (${queries.filter((q) => !q.heldOut).length} tuning, ` +
    `${queries.filter((q) => q.heldOut).length} held out); ${titleLike.length} (${((100 * titleLike.length) / queries.length).toFixed(1)} %) ` +
    'share more than half their words with the expected title (at most 15 % allowed).',
);

/** Per engine: per query, the rank of the expected page in the top 5 (0: not there). */
const ranks = new Map();
for (const engine of ENGINES) {
  const r = new Map();
  for (const [lang, corpus] of Object.entries(corpora)) {
    const index = engine.build(corpus);
    for (const q of queries.filter((x) => x.lang === lang)) {
      r.set(q, engine.search(index, q.q).slice(0, TOP).indexOf(q.id) + 1);
    }
  }
  ranks.set(engine.name, r);
}

const score = (name, qs) => {
  const r = ranks.get(name);
  const n = qs.length;
  if (!n) return {};
  let mrr = 0;
  let r1 = 0;
  let r3 = 0;
  for (const q of qs) {
    const k = r.get(q);
    if (k) mrr += 1 / k;
    if (k === 1) r1++;
    if (k && k <= 3) r3++;
  }
  return { mrr: mrr / n, r1: r1 / n, r3: r3 / n, n };
};

const table = (title, groups) => {
  console.log(`\n${title}`);
  const head = [pad('engine', 24), ...groups.map(([g, qs]) => pad(`${g} (${qs.length})`, 15))].join(' ');
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const e of ENGINES) {
    console.log([pad(e.name, 24), ...groups.map(([, qs]) => pad(num(score(e.name, qs).mrr), 15))].join(' '));
  }
};

console.log('\n## All queries: MRR@5 / recall@1 / recall@3');
const parts = [
  ['all', queries],
  ['tuning', queries.filter((q) => !q.heldOut)],
  ['held out', queries.filter((q) => q.heldOut)],
];
const head = [pad('engine', 24), ...parts.map(([p, qs]) => pad(`${p} (${qs.length})`, 22))].join(' ');
console.log(head);
console.log('-'.repeat(head.length));
for (const e of ENGINES) {
  console.log(
    [
      pad(e.name, 24),
      ...parts.map(([, qs]) => {
        const s = score(e.name, qs);
        return pad(`${num(s.mrr)} ${num(s.r1)} ${num(s.r3)}`, 22);
      }),
    ].join(' '),
  );
}

const langs = Object.keys(corpora);
table(
  'MRR@5 by language (queries)',
  langs.map((l) => [l, queries.filter((q) => q.lang === l)]),
);
table(
  'MRR@5 by language, held-out queries only',
  langs.map((l) => [l, queries.filter((q) => q.lang === l && q.heldOut)]),
);
const kinds = [...new Set(queries.map((q) => q.kind))];
table(
  'MRR@5 by kind of query',
  kinds.map((k) => [k, queries.filter((q) => q.kind === k)]),
);

// The goal: ahead of every peer in every language with at least 20 queries, MRR@5 ≥ 0.85 overall.
const big = langs.filter((l) => queries.filter((q) => q.lang === l).length >= 20);
const behind = [];
for (const l of big) {
  const qs = queries.filter((q) => q.lang === l);
  const mine = score('Pathlight', qs).mrr;
  for (const e of ENGINES.slice(1)) if (score(e.name, qs).mrr >= mine) behind.push(`${l}: ${e.name}`);
}
const overall = score('Pathlight', queries).mrr;
console.log(
  `\nGoal (ahead of every peer in ${big.join('/')}, each with ≥ 20 queries; MRR@5 ≥ 0.85 overall): ` +
    `${behind.length ? `not ahead in ${behind.join(', ')}` : 'ahead everywhere'}; overall ${num(overall)}` +
    ` ${overall >= 0.85 ? '≥' : '<'} 0.85.`,
);

if (args.includes('--misses')) {
  console.log('\nPathlight, queries not ranked first (rank 0: not in the top 5):');
  const r = ranks.get('Pathlight');
  for (const q of queries)
    if (r.get(q) !== 1) console.log(`  ${q.lang} ${pad(q.kind, 10)} ${r.get(q)}  ${pad(q.q, 44)} → ${q.id}`);
}

if (args.includes('--vs')) {
  console.log(
    '\nQueries where MiniSearch (tuned) ranks the answer higher than Pathlight (rank 0: not in the top 5):',
  );
  const mine = ranks.get('Pathlight');
  const theirs = ranks.get('MiniSearch (tuned)');
  const worse = (a, b) => (a || 99) > (b || 99);
  for (const q of queries)
    if (worse(mine.get(q), theirs.get(q)))
      console.log(
        `  ${q.lang} ${pad(q.kind, 10)} PL ${mine.get(q)} MS ${theirs.get(q)}  ${pad(q.q, 44)} → ${q.id}`,
      );
}
