import type { WordFormation } from './index';

// German writes compounds as one word (Bildschirm + Sperre = Bildschirmsperre), so a query word meets an article
// word only in part. Words are split against the index's own vocabulary (no dictionary to ship): a compound is a
// known word, a linking element (Fugenelement: -s-, -es-, -n-, -en-, -e-, -er-) and a known word.

// Each part has four letters or more: shorter "words" are mostly particles and prefixes (ab, an, aus, ein, ver).
const PART = 4;
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
// Verb particles of four letters or more: a particle verb is not a compound (herunterfahren is not fahren,
// wiederherstellen not herstellen).
const PARTICLES = new Set(
  'durch fest hinter hoch nach uber unter voll wider wieder zuruck zusammen weiter vorbei voran voraus herunter herauf heraus herein herbei hinunter hinauf hinaus hinein hinweg runter rauf raus rein empor entgegen'.split(
    ' ',
  ),
);
// How much a compound counts for one of its parts. The last part names what the compound is (a Bildschirmsperre
// is a Sperre); the first only says which kind.
const LAST = 0.7;
const FIRST = 0.5;

/**
 * Compound splitting over an index's folded words, for {@link SearchIndexOptions.formation}.
 * @example compounds(['bildschirm', 'sperre', 'bildschirmsperre'], stemGerman).related('sperre') // [['bildschirmsperre', 0.7]]
 */
export function compounds(terms: readonly string[], stem: (word: string) => string): WordFormation {
  const whole = new Set(terms);
  const stems = new Map<string, string>();
  const stemOf = (w: string) => {
    let s = stems.get(w);
    if (s === undefined) {
      s = stem(w);
      stems.set(w, s);
    }
    return s;
  };
  let sorted: string[] | undefined;
  /** Whether the index holds another form of the word (an indexed word with its stem). */
  const inflected = (word: string) => {
    const s = stemOf(word);
    sorted ??= [...terms].sort();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(s); i++)
      if (stemOf(sorted[i]!) === s) return true;
    return false;
  };
  const known = (part: string) => part.length >= PART && whole.has(part) && !PARTICLES.has(part);

  /** The first and last part of a word: the longest first part that leaves a known last part. */
  const parts = (word: string): [string, string] | undefined => {
    if (!/^[a-z]+$/.test(word)) return undefined;
    for (let end = word.length - PART; end >= PART; end--) {
      // The last part as a word, or in the genitive (Benutzerkontos: Benutzer, Konto).
      const tail = word.slice(end);
      const last = known(tail)
        ? tail
        : tail.endsWith('s') && known(tail.slice(0, -1))
          ? tail.slice(0, -1)
          : '';
      if (!last) continue;
      for (const link of LINKS) {
        const first = word.slice(0, end);
        const head = first.slice(0, first.length - link.length);
        if (first.endsWith(link) && known(head)) return [head, last];
      }
    }
    return undefined;
  };

  // Every indexed compound under the stems of its two parts.
  // Every indexed compound under the stems of its two parts.
  let byPart: Map<string, Array<[string, number]>> | undefined;
  const add = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const index = () => {
    byPart = new Map();
    for (const t of terms) {
      const found = t.length >= 2 * PART && parts(t);
      if (!found) continue;
      add(byPart, stemOf(found[1]), [t, LAST] as [string, number]);
      add(byPart, stemOf(found[0]), [t, FIRST] as [string, number]);
    }
    return byPart;
  };

  return {
    // Only a word the index holds in no form: one it has inflected (herunterfahren, Herunterfahrens) is that word.
    split: (word) => {
      const found = word.length >= 2 * PART && !inflected(word) ? parts(word) : undefined;
      return found && [found[0], found[1]];
    },
    related: (word) => (word.length >= PART ? ((byPart ?? index()).get(stemOf(word)) ?? []) : []),
  };
}
