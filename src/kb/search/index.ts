import { distance } from '../../core/edit-distance';
import { sliced } from '../../core/slices';
import type { Article, KnowledgeBaseFeed } from '../../types';
import { fold, foldChar, tokenize, WORD } from './fold';
import { stem as builtIn } from './stem';
import { isStopword, STOPWORDS } from './stopwords';
import { sentences, strip } from './text';

export { fold, tokenize } from './fold';

/** One search result, best first. */
export interface SearchHit {
  id: string;
  title: string;
  score: number;
  /** Plain text around the best match, from the summary, the body or a video transcript line. */
  snippet?: string;
  /** `[start, end)` ranges of matched words in the original `title` and `snippet` strings. */
  highlights?: { title: Array<[number, number]>; snippet: Array<[number, number]> };
  /** Seconds into the video, when the best match was a transcript line. */
  at?: number;
  locale?: string;
  category?: string;
}

export interface SearchOptions {
  /** @default 10 */
  limit?: number;
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of articles indexed. */
  readonly size: number;
}

export interface SearchIndexOptions {
  /** Articles in this language rank higher; the others stay searchable. */
  locale?: string;
  /**
   * A language's own stemmer, for the folded words it knows (it returns undefined for the others, which get the
   * built-in ending list): `pathlight/search` passes the Russian Snowball stemmer for a feed with Russian
   * articles, the widget loads it as the `stem-ru` chunk.
   */
  stemmer?: (word: string) => string | undefined;
  /**
   * Makes a table that numbers the articles' words while cutting them (./scan.ts: faster than `WORD` and a map of
   * strings on a large feed): `pathlight/search` passes it, the widget does for a large feed (the `bigfeed` chunk).
   */
  words?: () => WordTable;
  /**
   * How a language makes words from words, over the index's own folded words (German compounds, Lithuanian
   * verb prefixes): built at the first query. `pathlight/search` passes it for German and Lithuanian feeds,
   * the widget loads it with their stemmers (./languages.ts).
   */
  formation?: (terms: readonly string[], stem: (word: string) => string) => WordFormation;
}

/** What {@link SearchIndexOptions.formation} answers for a folded query word. */
export interface WordFormation {
  /** The indexed words a word the index does not hold is made of (bildschirmlupe → bildschirm, lupe). */
  split(word: string): string[] | undefined;
  /** Indexed words made from this word, each with how much it counts (0–1): sperre → bildschirmsperre. */
  related(word: string): Array<[string, number]>;
}

/** The distinct words of the articles as written, numbered in the order they were first seen. */
export interface WordTable {
  readonly list: string[];
  /** The number of each word of `text`, as `WORD` cuts it. */
  scan(text: string): number[];
  get(word: string): number | undefined;
}

export interface SearchIndexAsyncOptions extends SearchIndexOptions {
  /** Stops the build between two slices; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

// Fields: title, summary, keywords, tags, body, video chapters and transcript.
const WEIGHTS = [6, 3, 2.5, 2, 1, 0.8];
// Typical length of each field in words: the index is built in one pass, before the averages are known.
const LENGTHS = [6, 24, 4, 4, 300, 300];
const K1 = 1.2;
const B = 0.75;
// How much a match counts, by kind (an exact match counts 1).
const STEM = 0.85;
const NEAR_STEM = 0.7;
const PREFIX = 0.9;
const TYPO = [1, 0.55, 0.35];
const SYNONYM = 0.8;
// How much the other forms of a query word in an article add to its best form.
const ALSO = 0.6;
const SAME_MARKS = 1.25;
const LOCALE = 1.5;
const TITLE = 2;
// A keyword phrase the author listed that the query holds whole ("delete account") counts like a title phrase.
const KEYPHRASE = 1.5;
// The most the title and keyword factors below multiply a base score by.
const MAX_FACTOR = 1 + TITLE + 1 + 1 + KEYPHRASE;
const SNIPPET = 160;
const MAX_WORDS = 8;
// Postings entries (docs) a typed prefix may expand to.
const PREFIX_BUDGET = 20000;

/** A distinct word's term, and the docs that spell it with its diacritics (when it has any). */
type Entry = [number, number[] | undefined];

/** Folded words that matched → how many folded letters to highlight, and which query words they answer (bits). */
type Marks = Map<string, [number, number]>;

const mask = (word: string): number => {
  let m = 0;
  // 30 bits keep the mask a small integer for the engine.
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) % 30);
  return m;
};

const bits = (x: number): number => {
  let n = 0;
  for (; x; n++) x &= x - 1;
  return n;
};

const language = (locale?: string) => locale?.toLowerCase().split('-')[0];

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** `[start, end)` of each word of `text` found in `marks`; a prefix match marks only the typed part. */
const ranges = (text: string, marks: Marks, folded: (word: string) => string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const length = marks.get(folded(word))?.[0];
    if (length === undefined) continue;
    let i = 0;
    // Walk the original word until the folded length is covered: ß folds to two letters, a combining mark to none.
    for (let folded = 0; i < word.length && folded < length; i++) folded += foldChar(word[i]!).length;
    while (i < word.length && !foldChar(word[i]!)) i++;
    out.push([m.index!, m.index! + i]);
  }
  return out;
};

const cut = (text: string, at: number): string => {
  if (text.length <= SNIPPET) return text;
  // Start at a word about 40 characters before the match, end at a word.
  const start = at > 40 ? Math.min(at, text.indexOf(' ', at - 40) + 1 || at) : 0;
  let end = Math.min(text.length, start + SNIPPET);
  const space = text.lastIndexOf(' ', end);
  if (end < text.length && space > at) end = space;
  return (start ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
};

function builder(feed: KnowledgeBaseFeed | Article[], options: SearchIndexOptions) {
  const list = Array.isArray(feed);
  const articles = (list ? feed : feed.articles) ?? [];
  const feedLocale = list ? undefined : feed.locale;
  const wanted = language(options.locale);
  const own = options.stemmer;
  const stem = own ? (word: string) => own(word) ?? builtIn(word) : builtIn;
  let formation: WordFormation | undefined;
  const formed = () => (formation ??= options.formation?.(terms, stem));
  const docs: Article[] = [];
  const boosts: number[] = [];
  // Per doc, the terms of its title in order.
  const titleTerms: number[][] = [];
  // Per doc, the terms of each keyword of two words or more (a one-word keyword is weighed as its field is).
  const keyphrases: number[][][] = [];
  const plains: string[] = [];
  const terms: string[] = [];
  const ids = new Map<string, number>();
  // Per term, one small integer per doc: doc << 11 | in title << 10 | weight × 30 (a word weighs 34 at
  // most; docs up to 2^20). Small integers take half the memory of doubles and are cheap for the collector.
  const postings: number[][] = [];
  const lastDoc: number[] = [];
  const counts: number[] = [];
  const masks: number[] = [];
  const stems: string[] = [];
  // Terms by their first two letters (prefixes, stems), their first letter (typos after it) and all but their
  // first letter (typos in it).
  const pairs = new Map<string, number[]>();
  const heads = new Map<string, number[]>();
  const tails = new Map<string, number[]>();
  // Lowercase words that carry diacritics → the docs that spell them so.
  const marked = new Map<string, number[]>();
  // Per term, its spellings with diacritics (keys of `marked`).
  const forms: string[][] = [];
  // Each distinct word as written → its term and its `marked` list; with a `table`, by the word's number (an
  // index uses one kind of key only: a word of digits cannot meet a number). No prototype: "constructor" is a word.
  const words: Record<string | number, Entry> = Object.create(null);
  const table = options.words?.();
  const touched: number[] = [];
  const synonyms = new Map<string, string[]>();

  for (const [key, values] of Object.entries((!list && feed.synonyms) || {})) {
    const group = [key, ...(values ?? [])].map(tokenize);
    for (const member of group) {
      if (member.length !== 1) continue;
      for (const form of [member[0]!, stem(member[0]!)]) {
        const others = synonyms.get(form) ?? [];
        synonyms.set(form, others);
        for (const other of group) if (other !== member) others.push(...other);
      }
    }
  }

  // The index already folded every word it saw: snippets and highlights reuse that work.
  const folded = (word: string): string => {
    const entry = words[table ? (table.get(word) ?? -1) : word];
    return entry ? terms[entry[0]]! : fold(word);
  };

  const term = (folded: string): number => {
    let t = ids.get(folded);
    if (t === undefined) {
      t = terms.push(folded) - 1;
      ids.set(folded, t);
      postings.push([]);
      lastDoc.push(-1);
      counts.push(0);
      masks.push(mask(folded));
      push(pairs, folded.slice(0, 2), t);
      push(heads, folded[0]!, t);
      push(tails, folded.slice(1), t);
    }
    return t;
  };

  const add = (a: Article): void => {
    if (!a) return;
    const d = docs.push(a) - 1;
    boosts.push(wanted && language(a.locale ?? feedLocale) === wanted ? LOCALE : 1);
    const video = a.video;
    const title: number[] = [];
    titleTerms.push(title);
    const fields = [
      a.title,
      a.summary,
      a.keywords?.join(' '),
      a.tags?.join(' '),
      strip(`${a.body ?? ''}`),
      [...(video?.chapters ?? []), ...(video?.transcript ?? [])]
        .map((l) => ('text' in l ? l.text : l.title))
        .join(' '),
    ];
    fields.forEach((text, f) => {
      const found = table ? table.scan(`${text ?? ''}`) : (`${text ?? ''}`.match(WORD) ?? []);
      for (const key of found) {
        let entry = words[key];
        if (!entry) {
          const w = table ? table.list[key as number]! : (key as string);
          const folded = fold(w);
          const lower = w.toLowerCase().normalize('NFC');
          const t = term(folded);
          let docsOf = marked.get(lower);
          if (lower !== folded && !docsOf) {
            docsOf = [];
            marked.set(lower, docsOf);
            forms[t] = [...(forms[t] ?? []), lower];
          }
          entry = [t, docsOf];
          words[key] = entry;
        }
        const t = entry[0];
        if (!f) title.push(t);
        if (!counts[t]!++) touched.push(t);
        const docsOf = entry[1];
        if (docsOf && docsOf[docsOf.length - 1] !== d) docsOf.push(d);
      }
      // BM25 saturation per field, then the field's weight.
      const norm = K1 * (1 - B + (B * found.length) / LENGTHS[f]!);
      for (const t of touched) {
        const tf = counts[t]!;
        counts[t] = 0;
        const weight = Math.round((30 * WEIGHTS[f]! * tf * (K1 + 1)) / (tf + norm)) || 1;
        const p = postings[t]!;
        const last = p.length - 1;
        if (lastDoc[t] === d) p[last] = p[last]! + Math.min(weight, 1023 - (p[last]! & 1023));
        else {
          lastDoc[t] = d;
          p.push((d << 11) | (f ? 0 : 1024) | Math.min(weight, 1023));
        }
      }
      touched.length = 0;
    });
    keyphrases.push(
      (a.keywords ?? [])
        .map((k) =>
          (`${k}`.match(WORD) ?? []).map((w) => ids.get(fold(w))!).filter((t) => !STOPWORDS.has(terms[t]!)),
        )
        .filter((k) => k.length > 1),
    );
  };

  /** Adds to `into` every term that `q` should find, with how much it counts. */
  const expand = (
    q: string,
    bit: number,
    typing: boolean,
    factor: number,
    into: Map<number, number>,
    marks: Marks,
    synonymsInto: Map<number, number> = into,
  ) => {
    const put = (t: number, quality: number, mark = 1e9) => {
      quality *= factor;
      if ((into.get(t) ?? 0) < quality) into.set(t, quality);
      // What a synonym found is not what the user typed: it ranks, but is not highlighted.
      if (factor < 1) return;
      const w = terms[t]!;
      const old = marks.get(w);
      marks.set(w, [Math.max(old?.[0] ?? 0, mark), (old?.[1] ?? 0) | bit]);
    };
    const exact = ids.get(q);
    if (exact !== undefined) put(exact, 1);
    const s = stem(q);
    // Only the last word is still being typed: the others are whole words, met through their stem.
    const prefix = typing && q.length > 1;
    // A stem that kept a doubled last letter also meets (resetting → resett, reset; stopped → stopp, stop).
    const start = s.length > 4 ? s.slice(0, -1) : s;
    const prefixed: number[] = [];
    if (prefix || start.length > 2) {
      for (const t of pairs.get(start.slice(0, 2)) ?? []) {
        const w = terms[t]!;
        if (t === exact || !w.startsWith(start)) continue;
        stems[t] ??= stem(w);
        const o = stems[t];
        if (o === s) put(t, STEM);
        else if (prefix && w.startsWith(q)) prefixed.push(t);
        else if (o.length > s.length ? o !== w && o === s + s.slice(-1) : s !== q && s === o + o.slice(-1))
          put(t, NEAR_STEM);
      }
    }
    // A short prefix matches much of the dictionary: the closest completions first, within a budget.
    let budget = PREFIX_BUDGET;
    for (const t of prefixed.sort((x, y) => terms[x]!.length - terms[y]!.length)) {
      if (budget < 0) break;
      budget -= postings[t]!.length;
      put(t, PREFIX * Math.sqrt(q.length / terms[t]!.length), q.length);
    }
    if (factor < 1) return;
    // Typos only for a word the index does not know in any form: a known word is what the user meant,
    // and this keeps the scan over the dictionary off most queries.
    if (q.length > 3 && !into.size) {
      // 1 typo from 4 letters, 2 from 8; a typo flips at most two bits of the letter mask. Words that
      // start alike are scanned; a typo in the first letter is looked up (then that is the only typo).
      const max = q.length > 7 ? 2 : 1;
      const m = mask(q);
      for (const t of heads.get(q[0]!) ?? []) {
        const w = terms[t]!;
        if (Math.abs(w.length - q.length) > max || bits(masks[t]! ^ m) > 2 * max) continue;
        const d = distance(q, w, max);
        if (d && d <= max) put(t, TYPO[d]!);
      }
      for (const t of [
        ...(tails.get(q.slice(1)) ?? []),
        ...(tails.get(q) ?? []),
        ids.get(q[1]! + q[0] + q.slice(2)),
        ids.get(q.slice(1)),
      ]) {
        if (t !== undefined && terms[t]![0] !== q[0]) put(t, TYPO[1]!);
      }
    }
    for (const [w, quality] of formed()?.related(q) ?? []) {
      const t = ids.get(w);
      if (t !== undefined && t !== exact) put(t, quality);
    }
    for (const other of synonyms.get(q) ?? synonyms.get(s) ?? [])
      expand(other, bit, false, SYNONYM, synonymsInto, marks);
  };

  const snippet = (d: number, marks: Marks, all: number): [string, number | undefined] => {
    const a = docs[d]!;
    plains[d] ??= sentences(`${a.body ?? ''}`);
    const body = plains[d];
    let best: [number, string, number, number?] = [0, `${a.summary || body}`, 0];
    const consider = (text: string, at?: number) => {
      if (best[0] === all) return;
      const found: Array<[number, number]> = [];
      let pos = 0;
      for (const w of text.match(WORD) ?? []) {
        pos = text.indexOf(w, pos);
        const owners = marks.get(folded(w))?.[1];
        if (owners) found.push([pos, owners]);
        pos += w.length;
      }
      // The window answering the most query words wins; earlier sources win ties.
      for (let i = 0; i < found.length && i < 20; i++) {
        const start = found[i]![0];
        let owners = 0;
        for (let j = i; j < found.length && found[j]![0] < start + SNIPPET - 40; j++) owners |= found[j]![1];
        if (bits(owners) > best[0]) best = [bits(owners), text, start, at];
      }
    };
    consider(`${a.summary ?? ''}`);
    consider(body);
    for (const line of a.video?.transcript ?? []) consider(`${line.text}`, line.at);
    return [cut(best[1], best[2]), best[3]];
  };

  // Scratch space reused by every query: per query word, each doc's score and title score.
  let scratch = new Float32Array(0);
  // Per query word, each doc's sum over every form and synonym of it that the doc holds.
  let also = new Float32Array(0);
  let seen = new Uint8Array(0);

  const search = (query: string, { limit = 10 }: SearchOptions = {}): SearchHit[] => {
    let q: string[] = [];
    let written: string[] = [];
    for (const w of `${query ?? ''}`.match(WORD) ?? []) {
      const f = fold(w);
      if (!q.includes(f)) {
        q.push(f);
        written.push(w);
      }
    }
    // The word being typed is the last one written; once a stopword is dropped, the last kept word is whole.
    let typing = q.length > 0;
    const stop = written.map(isStopword);
    if (stop.includes(false)) {
      typing = !stop[stop.length - 1];
      q = q.filter((_, i) => !stop[i]);
      written = written.filter((_, i) => !stop[i]);
    }
    // A compound the index holds only in parts is searched as its parts.
    const parts = q.map((w) => (ids.has(w) ? undefined : formed()?.split(w)));
    q = q.flatMap((w, i) => parts[i] ?? w).slice(0, MAX_WORDS);
    written = written.flatMap((w, i) => parts[i] ?? w).slice(0, MAX_WORDS);
    const n = docs.length;
    if (!q.length || !n || !(limit >= 1)) return [];
    if (seen.length < n) {
      scratch = new Float32Array(n * MAX_WORDS * 2);
      also = new Float32Array(n * MAX_WORDS);
      seen = new Uint8Array(n);
    }
    const marks: Marks = new Map();
    const weights: number[] = [];
    const found: number[] = [];
    // Candidate term → the query words it answers (bits).
    const answers = new Map<number, number>();
    q.forEach((word, i) => {
      const candidates = new Map<number, number>();
      const viaSynonyms = new Map<number, number>();
      expand(word, 1 << i, typing && i === q.length - 1, 1, candidates, marks, viaSynonyms);
      const scores = 2 * i * n;
      const titles = scores + n;
      let weight = 0;
      const lower = written[i]!.toLowerCase().normalize('NFC');
      const idf = (t: number) => Math.log(1 + (n - postings[t]!.length + 0.5) / (postings[t]!.length + 0.5));
      // The word as typed, when the index has it: no other form of it (a rarer completion, stem or synonym) is
      // worth more than the word itself, or "invoice" would rank by the rare "invoicing" or "receipts".
      // A short word still being typed ("hóa đơ") is a fragment, not the word meant: its completions stay free.
      const exact = ids.get(word);
      const cap = exact === undefined || (typing && i === q.length - 1 && word.length < 4) ? 0 : idf(exact);
      const take = (quality: number, t: number, synonym: boolean) => {
        const p = postings[t]!;
        // Typed with diacritics, a word (or completion) whose spellings all lack them counts less.
        const w = terms[t]!;
        if (lower !== word && w.startsWith(word) && !forms[t]?.some((f) => f.startsWith(lower)))
          quality /= SAME_MARKS;
        let v = quality * (cap && t !== exact ? Math.min(idf(t), cap) : idf(t));
        // A synonym is never worth more than the word typed (a rare synonym would otherwise outrank every
        // article that has the word itself); the title factors below only count the words typed.
        if (synonym && weight) v = Math.min(v, SYNONYM * weight);
        else answers.set(t, (answers.get(t) ?? 0) | (1 << i));
        if (v > weight) weight = v;
        for (const e of p) {
          const d = e >> 11;
          const x = (v * (e & 1023)) / 30;
          also[i * n + d]! += x;
          if (e & 1024 && !synonym && v > scratch[titles + d]!) scratch[titles + d] = v;
          if (x > scratch[scores + d]!) {
            scratch[scores + d] = x;
            if (!seen[d]) {
              seen[d] = 1;
              found.push(d);
            }
          }
        }
      };
      if (exact !== undefined && candidates.has(exact)) take(candidates.get(exact)!, exact, false);
      candidates.forEach((quality, t) => {
        if (t !== exact) take(quality, t, false);
      });
      viaSynonyms.forEach((quality, t) => {
        if (!candidates.has(t)) take(quality, t, true);
      });
      // A query typed with diacritics prefers the articles that spell the word exactly so.
      if (lower !== word) for (const d of marked.get(lower) ?? []) scratch[scores + d]! *= SAME_MARKS;
      weights.push(weight);
    });
    const total = weights.reduce((x, y) => x + y, 0);
    const top: Array<[number, number]> = [];
    for (const d of found) {
      let sum = 0;
      let covered = 0;
      let title = 0;
      for (let i = 0; i < q.length; i++) {
        const best = scratch[2 * i * n + d]!;
        // The best form of the word counts whole; the other forms and synonyms the article also holds (a
        // title's "invoice", the tags' "invoices", a keyword's "bill") add a little: corroboration.
        const x = best && best + ALSO * Math.max(0, also[i * n + d]! - best);
        const t = scratch[(2 * i + 1) * n + d]!;
        // Read and clear: the scratch space is clean again for the next query.
        scratch[2 * i * n + d] = scratch[(2 * i + 1) * n + d] = also[i * n + d] = 0;
        if (x) {
          sum += x;
          covered += weights[i]!;
          title += t;
        }
      }
      seen[d] = 0;
      // AND-ish: an article missing a rare query word falls far behind one that has them all.
      const base = sum * (covered / total) ** 3 * boosts[d]!;
      // Skip what cannot reach the top even with the best title and keyword factors.
      if (top.length === limit && base * MAX_FACTOR <= top[limit - 1]![1]) continue;
      // A title that holds the whole query, in its order and with little else, beats one that holds part of
      // it: the share of the query weight found in the title, the share of title words that answer the
      // query, and the longest run of them in the query's order.
      let matched = 0;
      let run = 0;
      let phrase = 0;
      let previous = 0;
      for (const t of titleTerms[d]!) {
        const bits = answers.get(t) ?? 0;
        if (bits) matched++;
        run = bits & (previous << 1) ? run + 1 : bits ? 1 : 0;
        previous = bits;
        phrase = Math.max(phrase, run);
      }
      let held = 0;
      for (const k of keyphrases[d]!) {
        let union = 0;
        for (const t of k) {
          const b = answers.get(t) ?? 0;
          union = b && union | b;
          if (!b) break;
        }
        held |= union;
      }
      const score =
        base *
        (1 +
          TITLE * (title / total) ** 2 +
          matched / Math.max(titleTerms[d]!.length, q.length) +
          phrase / q.length +
          (KEYPHRASE * bits(held)) / q.length);
      if (top.length < limit || score > top[top.length - 1]![1]) {
        let k = top.length;
        while (k && top[k - 1]![1] < score) k--;
        top.splice(k, 0, [d, score]);
        if (top.length > limit) top.pop();
      }
    }
    return top.map(([d, score]) => {
      const a = docs[d]!;
      const title = `${a.title ?? ''}`;
      const [text, at] = snippet(d, marks, q.length);
      const hit: SearchHit = {
        id: a.id,
        title,
        score,
        snippet: text || undefined,
        highlights: { title: ranges(title, marks, folded), snippet: ranges(text, marks, folded) },
        at,
        locale: a.locale ?? feedLocale,
        category: a.category,
      };
      // Optional fields are absent, not undefined.
      for (const key in hit)
        if (hit[key as keyof SearchHit] === undefined) delete hit[key as keyof SearchHit];
      return hit;
    });
  };

  const index: SearchIndex = {
    search,
    get size() {
      return docs.length;
    },
  };
  return { articles, add, index };
}

/**
 * Builds a search index over a knowledge-base feed (or a list of articles) in one go. Works in Node, no DOM.
 * Finds words by prefix, with typos, without diacritics, in other inflected forms and through the feed's
 * synonyms; ranks title over summary, keywords, tags, body and video transcript.
 * @example
 * const index = createSearchIndex(feed, { locale: 'pl' });
 * index.search('haslo', { limit: 5 }); // [{ id: 'reset', title: 'Jak zmienić hasło', score: 7.1, … }]
 */
export function createSearchIndex(
  feed: KnowledgeBaseFeed | Article[],
  options: SearchIndexOptions = {},
): SearchIndex {
  const { articles, add, index } = builder(feed, options);
  articles.forEach(add);
  return index;
}

/**
 * The same index as {@link createSearchIndex}, built in slices of about 8 ms that yield to the event loop,
 * so a large feed never blocks the page.
 * @example
 * const controller = new AbortController();
 * const index = await createSearchIndexAsync(feed, { locale: 'vi', signal: controller.signal });
 */
export async function createSearchIndexAsync(
  feed: KnowledgeBaseFeed | Article[],
  options: SearchIndexAsyncOptions = {},
): Promise<SearchIndex> {
  const { articles, add, index } = builder(feed, options);
  return sliced(
    (function* () {
      for (const a of articles) {
        add(a);
        yield;
      }
      return index;
    })(),
    options.signal,
  );
}
