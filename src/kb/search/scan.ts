import type { WordTable } from './index';

/**
 * Code unit classes of `WORD` (./fold.ts): 0 between words, 1 part of a word, 2 a word on its own (a CJK
 * ideograph or kana). Made from the same ranges as the expression; tests/unit/search compares all 65,536.
 */
let classes: Uint8Array | undefined;
const classOf = (): Uint8Array => {
  if (classes) return classes;
  const c = new Uint8Array(65536).fill(1);
  // \s, ASCII punctuation, Latin-1 punctuation, × ÷, Arabic and Devanagari punctuation, general punctuation,
  // CJK punctuation, kana and ideographs, surrogates, the byte order mark, fullwidth punctuation.
  const between = [
    9, 13, 32, 47, 58, 64, 91, 96, 123, 126, 0xa0, 0xbf, 0xd7, 0xd7, 0xf7, 0xf7, 0x60c, 0x60c, 0x61b, 0x61b,
    0x61f, 0x61f, 0x964, 0x965, 0x1680, 0x1680, 0x2000, 0x206f, 0x3000, 0x30ff, 0x3400, 0x9fff, 0xd800,
    0xdfff, 0xfeff, 0xfeff, 0xff00, 0xff0f, 0xff1a, 0xff20,
  ];
  for (let i = 0; i < between.length; i += 2) c.fill(0, between[i], between[i + 1]! + 1);
  c.fill(2, 0x3040, 0x3100).fill(2, 0x3400, 0xa000);
  classes = c;
  return c;
};

// FNV-1a over UTF-16 code units.
const SEED = 0x811c9dc5 | 0;
const PRIME = 16777619;

/**
 * The words of a text as `WORD` cuts them, numbered through a hash table that is read while scanning: a word
 * seen before costs no string of its own and no lookup by string. Building the synthetic bench's index takes
 * about a quarter less CPU time with it at 10,000 articles (59,000 distinct words), under a tenth less at 1,000
 * (tests/bench/README.md); the widget loads it with large feeds (the `bigfeed` chunk), `pathlight/search` always
 * uses it.
 */
export function scanningWordTable(): WordTable {
  const cls = classOf();
  const list: string[] = [];
  let hashes = new Int32Array(1024);
  // Open addressing: a word's number + 1, 0 for an empty slot; kept at most half full.
  let slots = new Int32Array(2048);
  // Reused by every scan: its caller reads it before the next.
  const out: number[] = [];

  /** The slot of the word `text[start, end)` with hash `h`: its own, or the empty one where it goes. */
  const find = (text: string, start: number, end: number, h: number): number => {
    const last = slots.length - 1;
    for (let s = h & last; ; s = (s + 1) & last) {
      const id = slots[s]! - 1;
      if (id < 0) return s;
      const w = list[id]!;
      if (hashes[id] === h && w.length === end - start && text.startsWith(w, start)) return s;
    }
  };

  const add = (word: string, h: number, s: number): number => {
    const id = list.push(word) - 1;
    if (id === hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[id] = h;
    slots[s] = id + 1;
    if (list.length * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2);
      const last = slots.length - 1;
      for (let k = 0; k < list.length; k++) {
        let t = hashes[k]! & last;
        while (slots[t]) t = (t + 1) & last;
        slots[t] = k + 1;
      }
    }
    return id;
  };

  const hash = (text: string, start: number, end: number): number => {
    let h = SEED;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
    return h;
  };

  return {
    list,
    scan(text) {
      let n = 0;
      for (let i = 0; i < text.length; ) {
        const c = cls[text.charCodeAt(i)];
        if (!c) {
          i++;
          continue;
        }
        const start = i;
        let h = SEED;
        do h = Math.imul(h ^ text.charCodeAt(i++), PRIME);
        while (c === 1 && i < text.length && cls[text.charCodeAt(i)] === 1);
        const s = find(text, start, i, h);
        out[n++] = slots[s] ? slots[s]! - 1 : add(text.slice(start, i), h, s);
      }
      out.length = n;
      return out;
    },
    get(word) {
      const h = hash(word, 0, word.length);
      const id = slots[find(word, 0, word.length, h)]! - 1;
      return id < 0 ? undefined : id;
    },
  };
}
