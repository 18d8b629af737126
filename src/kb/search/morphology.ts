import type { SearchIndexOptions, WordFormation } from './index';
import type { Morphology } from './languages';

// Kept out of the kb chunk: only the stem-<language> chunks import this (a shared chunk loaded with them).

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
