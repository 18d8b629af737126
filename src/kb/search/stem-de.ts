// German stemming: Snowball's German algorithm (snowballstem.org/algorithms/german/stemmer.html), written from its
// description, without its step 2: that second -en, -er or -st takes what is left of a stem that ends so itself
// (sicheren → sicher → sich, anderen → ander → and), and joins words a help search must keep apart. The price:
// a genitive -s after -er stays apart (Druckers → drucker, Drucker → druck); the index still meets it as a prefix
// of the word being typed. Words arrive folded (lowercase, ß as ss, umlauts without their dots), as the index keeps them:
// Snowball removes the dots at its end anyway, and ä ö ü are vowels like a o u.

// Tested a letter at a time: this runs over every word of a German feed.
const vowel = (c: string | undefined) => c !== undefined && 'aeiouy'.includes(c);

/** Where the region after the first vowel-then-consonant starting at `from` begins (Snowball's R1/R2). */
const region = (word: string, from: number): number => {
  for (let i = from + 1; i < word.length; i++) if (!vowel(word[i]) && vowel(word[i - 1])) return i + 1;
  return word.length;
};

/** The longest of `endings` that `word` ends with, or ''. */
const longest = (word: string, endings: string[]): string => {
  let best = '';
  for (const e of endings) if (e.length > best.length && word.endsWith(e)) best = e;
  return best;
};

const STEP1 = ['em', 'ern', 'er', 'e', 'en', 'es', 's'];
const STEP3 = ['end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit'];
// Letters that may precede a removable -s.
const S_ENDING = 'bdfghklmnrt';

/**
 * The stem of a folded German word, or undefined for a word that has letters German does not (digits, another
 * script): those keep the built-in endings.
 * @example stemGerman('hauser') === stemGerman('haus') // 'haus' (Häuser, Haus)
 */
export function stemGerman(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  // An abbreviation's plural (DVDs, CDs) has no vowel to set its regions by.
  if (/^[^aeiouy]+s$/.test(word)) return word.slice(0, -1);
  // Nor does Snowball take the -s of a loanword's plural after a vowel (Akkus, Kontos, Fotos, Handys).
  if (/^[a-z]{3,}[aiouy]s$/.test(word)) word = word.slice(0, -1);
  // u and y between vowels are consonants (bauen, Bayern): upper case keeps them out of the vowels.
  let w = /[aeiouy][uy][aeiouy]/.test(word)
    ? word.replace(/([aeiouy])([uy])(?=[aeiouy])/g, (_, v: string, c: string) => v + c.toUpperCase())
    : word;
  const r1 = Math.max(3, region(w, 0));
  const r2 = region(w, region(w, 0) - 1);
  const cut = (n: number) => {
    w = w.slice(0, w.length - n);
  };

  // Step 1: -em -ern -er, -e -en -es (and niss → nis), -s after a valid s-ending; in R1.
  let e = longest(w, STEP1);
  if (e === 's' && !S_ENDING.includes(w[w.length - 2] ?? '')) e = '';
  if (e && w.length - e.length >= r1) {
    cut(e.length);
    if ((e === 'e' || e === 'en' || e === 'es') && w.endsWith('niss')) cut(1);
  }
  // Snowball's step 3: derivational endings, in R2.
  e = longest(w, STEP3);
  const at = w.length - e.length;
  if (e && at >= r2) {
    const before = w.slice(0, at);
    if (e === 'end' || e === 'ung') {
      cut(e.length);
      if (before.endsWith('ig') && !before.endsWith('eig') && at - 2 >= r2) cut(2);
    } else if (e === 'ig' || e === 'ik' || e === 'isch') {
      if (!before.endsWith('e')) cut(e.length);
    } else if (e === 'lich' || e === 'heit') {
      cut(e.length);
      if ((before.endsWith('er') || before.endsWith('en')) && at - 2 >= r1) cut(2);
    } else {
      cut(e.length);
      const also = before.endsWith('lich') ? 4 : before.endsWith('ig') ? 2 : 0;
      if (also && at - also >= r2) cut(also);
    }
  }
  return w.toLowerCase();
}
