// Cyrillic endings are written one ASCII character per letter (а = @, б = A, … я = _, і = f, ї = g) and
// decoded once: the bundler would otherwise spell each letter as a six-character \u escape.
const CYRILLIC =
  '@LH _LH NCN ECN NLS ELS [LH HLH H_L H_U @U _U NB EB NI EI HI [I @_ __ NE EE S^ ^^ NL EL @L _L H^ H_ HE fB ' +
  'N^ E^ Ng fI R\\ ER HR [ H @ _ N E S ^ \\ f';

/** Decodes Cyrillic written one ASCII character per letter (@ → а … _ → я, d → є, f → і, g → ї). */
export const cyrillic = (ascii: string): string =>
  ascii.replace(/[@-g]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 1008));

/**
 * Endings of pl, ru, uk, lt, ro and en words, already folded. One union list serves every language: a
 * stem only ever makes two forms of the same word meet, and the index checks that both forms share it.
 */
const SUFFIXES = (
  'ului ilor elor iach iami ings uose ami ach ams oms ims oje eje ose ego emu ymi ych ich imi iem ing ies lor ' +
  'ile ele iow ow om em ie ia iu ym ej im ac ic as is ys us os es ai ei ui ii ea ul le ed io a e i o u y s ' +
  cyrillic(CYRILLIC)
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/**
 * Strips the longest known ending from a folded word, keeping at least three letters.
 * @example stem('hasla') === stem('haslo') // 'hasl'
 */
export function stem(word: string): string {
  for (const s of SUFFIXES)
    if (word.length - s.length > 2 && word.endsWith(s)) return word.slice(0, -s.length);
  return word;
}
