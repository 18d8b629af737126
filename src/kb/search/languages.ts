import type { SearchIndexOptions } from './index';

/** A language's own stemmer and word formation, as its `stem-<language>` chunk exports them. */
export interface Morphology {
  stem: (word: string) => string | undefined;
  formation?: NonNullable<SearchIndexOptions['formation']>;
}

/** The languages with a stemmer of their own, each in a lazy chunk (`stem-ru`, `stem-de`, `stem-lt`). */
export type StemmedLanguage = 'ru' | 'de' | 'lt';

/**
 * The stemmed languages of a feed, from its articles' locales: Russian for any Russian article (its stemmer knows
 * Cyrillic words only), German or Lithuanian when most articles are in it (their stemmers would take every Latin
 * word, and an English word is not a German one).
 * @example stemmedLanguages(['de-AT', 'de', 'ru']) // ['ru', 'de']
 */
export const stemmedLanguages = (locales: ReadonlyArray<string | undefined>): StemmedLanguage[] =>
  (['ru', 'de', 'lt'] as const).filter(
    (l, i) =>
      locales.filter((x) => x?.toLowerCase().split('-')[0] === l).length * (i ? 2 : 1e9) > locales.length,
  );
