// Russian stemming: Snowball's Russian algorithm (snowballstem.org/algorithms/russian/stemmer.html), written
// from its description. Words arrive folded (lowercase, ё as е), as the index keeps them.

const VOWEL = /[аеиоуыэюя]/;

/** Endings of one group, longest first; `after` letters must precede the ending (group 1's а/я rule). */
const group = (endings: string, after?: string) => ({
  endings: endings.split(' ').sort((a, b) => b.length - a.length),
  after,
});

const GERUND = [group('в вши вшись', 'ая'), group('ив ивши ившись ыв ывши ывшись')];
const ADJECTIVE = group(
  'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею',
);
const PARTICIPLE = [group('ем нн вш ющ щ', 'ая'), group('ивш ывш ующ')];
const REFLEXIVE = group('ся сь');
const VERB = [
  group('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно', 'ая'),
  group(
    'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
  ),
];
const NOUN = group(
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
);
const SUPERLATIVE = group('ейше ейш');
const DERIVATIONAL = group('ость ост');

/** The longest ending of `groups` that `word` has at or after `from`, as the length to cut (0: none). */
const ending = (word: string, from: number, groups: ReturnType<typeof group>[]): number => {
  let best = 0;
  for (const { endings, after } of groups)
    for (const e of endings) {
      if (e.length <= best || !word.endsWith(e)) continue;
      const at = word.length - e.length;
      if (at < from || (after && (at - 1 < from || !after.includes(word[at - 1]!)))) continue;
      best = e.length;
    }
  return best;
};

/** Where the region after the first vowel-then-consonant starting at `from` begins (Snowball's R1/R2). */
const region = (word: string, from: number): number => {
  for (let i = from + 1; i < word.length; i++)
    if (!VOWEL.test(word[i]!) && VOWEL.test(word[i - 1]!)) return i + 1;
  return word.length;
};

/**
 * The stem of a folded Russian word, or undefined for a word that is not Russian (a Ukrainian letter, another
 * script): the built-in ending list joins two forms only when both lose a listed ending, Snowball knows the
 * language's endings and derivations.
 * @example stemRussian('громкости') === stemRussian('громкость') // 'громкост'
 */
export function stemRussian(word: string): string | undefined {
  if (!/^[а-яй]+$/.test(word)) return undefined;
  const rv = word.search(VOWEL) + 1;
  if (!rv) return word;
  const r2 = region(word, region(word, 0) - 1);
  let w = word;
  const cut = (n: number) => {
    w = w.slice(0, w.length - n);
    return n;
  };
  // Step 1: a perfective gerund; else a reflexive ending, then an adjectival, verb or noun ending.
  if (!cut(ending(w, rv, GERUND))) {
    cut(ending(w, rv, [REFLEXIVE]));
    const adjective = ending(w, rv, [ADJECTIVE]);
    if (adjective) {
      cut(adjective);
      cut(ending(w, rv, PARTICIPLE));
    } else if (!cut(ending(w, rv, VERB))) cut(ending(w, rv, [NOUN]));
  }
  // Step 2: a final и.
  if (w.endsWith('и') && w.length - 1 >= rv) cut(1);
  // Step 3: a derivational ending inside R2.
  cut(ending(w, r2, [DERIVATIONAL]));
  // Step 4: undouble н, or drop a superlative ending (then undouble н), or a final soft sign.
  if (w.endsWith('нн') && w.length - 2 >= rv) cut(1);
  else if (cut(ending(w, rv, [SUPERLATIVE]))) {
    if (w.endsWith('нн')) cut(1);
  } else if (w.endsWith('ь') && w.length - 1 >= rv) cut(1);
  return w;
}
