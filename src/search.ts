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
export { createSearchIndex, createSearchIndexAsync, fold, tokenize } from './kb/search/index';
export type { Article, KnowledgeBaseFeed } from './types';
