import type { SearchIndexOptions, WordFormation } from './index';

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
export const stemmedLanguages = (locales: ReadonlyArray<string | undefined>): StemmedLanguage[] => {
  const counts: Record<string, number> = {};
  for (const l of locales) {
    const language = `${l?.toLowerCase().split('-')[0]}`;
    counts[language] = (counts[language] ?? 0) + 1;
  }
  const found: StemmedLanguage[] = counts.ru ? ['ru'] : [];
  for (const l of ['de', 'lt'] as const) if ((counts[l] ?? 0) * 2 > locales.length) found.push(l);
  return found;
};

/**
 * The index options for these languages' morphologies (a missing one, whose chunk did not load, is skipped): the
 * first language whose stemmer knows a word stems it, every language's word formation is asked.
 */
export function morphologyOptions(
  list: ReadonlyArray<Morphology | undefined>,
): Pick<SearchIndexOptions, 'stemmer' | 'formation'> {
  const found = list.filter((m): m is Morphology => !!m);
  if (!found.length) return {};
  const stemmer = (word: string) => {
    for (const m of found) {
      const s = m.stem(word);
      if (s !== undefined) return s;
    }
    return undefined;
  };
  const formations = found.flatMap((m) => m.formation ?? []);
  if (!formations.length) return { stemmer };
  return {
    stemmer,
    formation: (terms, stem): WordFormation => {
      const each = formations.map((f) => f(terms, stem));
      return {
        split: (word) => {
          for (const f of each) {
            const parts = f.split(word);
            if (parts) return parts;
          }
          return undefined;
        },
        related: (word) => each.flatMap((f) => f.related(word)),
      };
    },
  };
}
