/**
 * `pathlight/search`: the knowledge-base search index on its own, for Node (no DOM) or a worker.
 * @example
 * import { createSearchIndex } from 'pathlight/search';
 * const index = createSearchIndex(feed, { locale: 'en' });
 * index.search('reset passw'); // [{ id, title, score, snippet, highlights }]
 */
export type {
  SearchHit,
  SearchIndex,
  SearchIndexAsyncOptions,
  SearchIndexOptions,
  SearchOptions,
} from './kb/search/index';

import { compounds } from './kb/search/compounds';
import {
  createSearchIndex as create,
  createSearchIndexAsync as createAsync,
  type SearchIndex,
  type SearchIndexAsyncOptions,
  type SearchIndexOptions,
} from './kb/search/index';
import { type Morphology, stemmedLanguages } from './kb/search/languages';
import { morphologyOptions } from './kb/search/morphology';
import { scanningWordTable } from './kb/search/scan';
import { stemGerman } from './kb/search/stem-de';
import { prefixes, stemLithuanian } from './kb/search/stem-lt';
import { stemRussian } from './kb/search/stem-ru';
import type { Article, KnowledgeBaseFeed } from './types';

export { fold, tokenize } from './kb/search/index';
export type { Article, KnowledgeBaseFeed };

const MORPHOLOGY: Record<string, Morphology> = {
  ru: { stem: stemRussian },
  de: { stem: stemGerman, formation: compounds },
  lt: { stem: stemLithuanian, formation: prefixes },
};

/**
 * In Node bytes do not count: a feed with Russian articles, or mostly German or Lithuanian ones, gets their stemmers
 * (and German compounds, Lithuanian verb prefixes) unless a stemmer is given; every index the faster word table.
 */
const withStemmer = <O extends SearchIndexOptions>(feed: KnowledgeBaseFeed | Article[], given: O): O => {
  const options = given.words ? given : { ...given, words: scanningWordTable };
  const list = Array.isArray(feed) ? feed : (feed?.articles ?? []);
  const locales = list.map((a) => a?.locale ?? (Array.isArray(feed) ? undefined : feed?.locale));
  if (options.stemmer || options.formation) return options;
  return { ...morphologyOptions(stemmedLanguages(locales).map((l) => MORPHOLOGY[l])), ...options };
};

/**
 * Builds a search index over a knowledge-base feed (or a list of articles) in one go; see the widget's
 * index for what it finds. Russian and German articles are stemmed with
 * Snowball's stemmers, Lithuanian ones by their grammar's endings; German compounds meet their parts.
 * @example
 * const index = createSearchIndex(feed, { locale: 'pl' });
 * index.search('haslo', { limit: 5 }); // [{ id: 'reset', title: 'Jak zmienić hasło', score: 7.1, … }]
 */
export const createSearchIndex = (
  feed: KnowledgeBaseFeed | Article[],
  options: SearchIndexOptions = {},
): SearchIndex => create(feed, withStemmer(feed, options));

/** {@link createSearchIndex} in slices of about 8 ms that yield to the event loop; `signal` stops it. */
export const createSearchIndexAsync = (
  feed: KnowledgeBaseFeed | Article[],
  options: SearchIndexAsyncOptions = {},
): Promise<SearchIndex> => createAsync(feed, withStemmer(feed, options));
