import type { WordFormation } from './index';

// Lithuanian stemming, from the language's grammar: the endings of its five noun declensions, of adjectives
// (short and definite forms, comparative -esn-, superlative -iaus-), of verbs (infinitive, reflexive, present,
// past, future, imperative) and their participles. Words arrive folded
// (ą ę ė į ų ū č š ž without their marks), as the index keeps them: two forms only need to meet, and the folded
// endings still tell a word's inflection from its stem.

/** Folded inflectional endings. */
const ENDINGS = new Set(
  // Definite adjectives: gerasis, geroji, gerajam, gerąjį, geruoju, gerajame, gerieji, gerųjų, … (not gerojo:
  // naudotojo is naudotojas, a user)
  (
    'iesiems aisiais osiomis uosius osioms osiose iosios asias osios ajame ajai ajam ieji uoju ojoje oji asis ' +
    'uju aji esiems ' +
    // Nouns and short adjectives, singular and plural, all five declensions.
    'iuose iomis iams ioms iose ioje uose omis emis imis umis iais eniui enyje enimis enims enis ens ' +
    'ams oms ems ims ums ais ose ese yse oje eje yje uje iai iui ies ios ius iu io ia ie ' +
    'as is ys us os es ai ui ei au a e i o u ' +
    // Verbs: reflexive infinitive and present, infinitive, persons of the present, past and future, imperative.
    'tis asi osi isi esi uosi iesi yti ti ame ate ome ote ime ite eme ete sime site siu kite kime ' +
    // Active participles and gerunds.
    'damas dama dami antis anti ant usios usi'
  ).split(' '),
);
const LONGEST = 7;

/**
 * The stem of a folded Lithuanian word, or undefined for one with letters Lithuanian does not write (digits,
 * another script, q w x): those keep the built-in endings.
 * @example stemLithuanian('failuose') === stemLithuanian('failas') // 'fail'
 */
export function stemLithuanian(word: string): string | undefined {
  if (!/^[a-pr-vyz]+$/.test(word)) return undefined;
  let w = word;
  // The longest ending that leaves three letters.
  for (let n = Math.min(LONGEST, w.length - 3); n > 0; n--)
    if (ENDINGS.has(w.slice(-n))) {
      w = w.slice(0, -n);
      break;
    }
  // Comparatives and superlatives keep their adjective's stem (didesnis, didžiausias). Deverbal nouns keep their
  // -im-, -ym- (išjungimas, darymas): a noun for the act is not the verb.
  w = w.replace(/(?<=.{3})(?:esn|iausi?)$/, '');
  // A stem ends in č or dž before a soft ending and in t or d before the others (keičia, keitė; sodžiai, sodas).
  return w.replace(/c$/, 't').replace(/dz$/, 'd');
}

// Verb prefixes, and the reflexive -si- that follows one (pasidaryti: pa-si-daryti).
const PREFIX = /^(?:nebe|ne)?(?:api|ati|ap|at|is|nu|par|pa|per|pra|pri|su|uz|i)?(?=.{3})/;
const REFLEXIVE = /^si(?=.{3})/;
// How much a word counts for the same verb reflexive or not (padaryti, pasidaryti), and with or without a prefix
// (daryti, padaryti). Two prefixes make two verbs (nustatyti sets up, atstatyti restores; įjungti, išjungti).
const REFLEXIVE_ONLY = 0.8;
const PREFIXED = 0.6;

/**
 * Lithuanian makes verbs from verbs with prefixes (daryti, padaryti, pasidaryti): a word is related to the same
 * stem without its prefix or its -si-, below a form of the word itself.
 */
export function prefixes(terms: readonly string[], stem: (word: string) => string): WordFormation {
  /** A stem's prefix (without -si-) and what follows it. */
  const parse = (s: string): [string, string] => {
    const prefix = s.match(PREFIX)?.[0] ?? '';
    const rest = s.slice(prefix.length);
    const reflexive = prefix ? (rest.match(REFLEXIVE)?.[0] ?? '') : '';
    return [prefix, rest.slice(reflexive.length)];
  };
  let byRoot: Map<string, Array<[string, string, string]>> | undefined;
  const index = () => {
    byRoot = new Map();
    for (const t of terms) {
      if (!/^[a-z]+$/.test(t)) continue;
      const s = stem(t);
      const [prefix, root] = parse(s);
      const entry: [string, string, string] = [t, s, prefix];
      const list = byRoot.get(root);
      if (list) list.push(entry);
      else byRoot.set(root, [entry]);
    }
    return byRoot;
  };
  return {
    split: () => undefined,
    related: (word) => {
      const s = stem(word);
      const [prefix, root] = parse(s);
      const out: Array<[string, number]> = [];
      for (const [t, other, its] of (byRoot ?? index()).get(root) ?? [])
        if (other !== s && (its === prefix || !its || !prefix))
          out.push([t, its === prefix ? REFLEXIVE_ONLY : PREFIXED]);
      return out;
    },
  };
}
