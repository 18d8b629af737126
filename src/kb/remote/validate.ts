import { describe, didYouMean, isObject, isText } from '../../core/validate';
import type { SearchConfig } from '../../types';

/** Each engine's options: required ones first. */
const ENGINES = {
  meilisearch: { required: ['host', 'apiKey', 'index'], optional: [] },
  typesense: { required: ['host', 'apiKey', 'collection'], optional: ['queryBy'] },
  algolia: { required: ['appId', 'apiKey', 'index'], optional: ['host'] },
  endpoint: { required: ['url'], optional: [] },
} as const;
export type EngineName = keyof typeof ENGINES;
const NAMES = Object.keys(ENGINES);

/**
 * Checks `config.search` deeper than the first script does: the engine's name, its options (each problem names
 * its path, with "did you mean"), an adapter's `search` function. Invalid: undefined, and the feed's index searches.
 * @example validateSearch({ provider: 'meili' }) // { problems: ['Config "search.provider" should be … Did you mean "meilisearch"?'] }
 */
export function validateSearch(input: unknown): { config?: SearchConfig; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(input)) return { problems: [wrong('search', 'an object', input)] };
  const { provider } = input;
  const known = ['provider', 'timeoutMs'];
  if (input.timeoutMs !== undefined && !(typeof input.timeoutMs === 'number' && input.timeoutMs > 0))
    problems.push(wrong('search.timeoutMs', 'a number of ms above 0', input.timeoutMs));
  if (isObject(provider)) {
    if (typeof provider.search !== 'function')
      return {
        problems: [
          wrong('search.provider.search', 'a function ({ query, signal, … }) => hits', provider.search),
        ],
      };
  } else if (typeof provider === 'string' && Object.hasOwn(ENGINES, provider)) {
    const engine = ENGINES[provider as EngineName];
    for (const key of engine.required)
      if (input[key] === undefined) {
        const typo = Object.keys(input).find((given) => didYouMean(given, [key]));
        const like = typo ? `, and "search.${typo}" looks like it` : '';
        return { problems: [...problems, `Config "search.${key}" is missing (a string)${like}${OFF}`] };
      } else if (!isText(input[key]))
        return { problems: [...problems, wrong(`search.${key}`, 'a string', input[key])] };
    for (const key of engine.optional)
      if (input[key] !== undefined && !isText(input[key]))
        problems.push(wrong(`search.${key}`, 'a string', input[key]));
    known.push(...engine.required, ...engine.optional);
  } else {
    const close = typeof provider === 'string' ? didYouMean(provider, NAMES) : undefined;
    const expected = `${NAMES.map((n) => `'${n}'`).join(' | ')} or an adapter object with search()`;
    return {
      problems: [wrong('search.provider', expected, provider) + (close ? ` Did you mean "${close}"?` : '')],
    };
  }
  for (const key of Object.keys(input)) {
    if (known.includes(key)) continue;
    const close = didYouMean(key, known);
    problems.push(
      `Unknown config key "search.${key}" was ignored.${close ? ` Did you mean "${close}"?` : ''}`,
    );
  }
  return { config: input as unknown as SearchConfig, problems };
}

const OFF = '; searching the help feed only.';
const wrong = (path: string, expected: string, got: unknown) =>
  `Config "${path}" should be ${expected}, got ${describe(got, 'js')}${OFF}`;
