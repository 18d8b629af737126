import type { Runtime } from '../core/context';

/** Session keys `handoff.ts` reads to tell a human what the user already tried. */
export const RECENT_QUERIES = 'recent-queries';
export const FAILED_QUERIES = 'failed-queries';
export const VIEWED_ARTICLES = 'viewed-articles';
/** How many of each the session keeps (newest last). */
export const SESSION_LIMIT = 10;

function push<T>(rt: Runtime, key: string, value: T, same: (a: T) => boolean): void {
  const list = (rt.session.get<T[]>(key) ?? []).filter((item) => !same(item));
  list.push(value);
  rt.session.set(key, list.slice(-SESSION_LIMIT));
}

/**
 * Emits `search` for a query the user settled on and keeps it for hand-off; a query that is already
 * the latest one is not counted again (Back to the same results, a re-render).
 */
export function reportSearch(rt: Runtime, query: string, resultCount: number): void {
  const recent = rt.session.get<string[]>(RECENT_QUERIES) ?? [];
  if (!query || recent[recent.length - 1] === query) return;
  push(rt, RECENT_QUERIES, query, (q) => q === query);
  if (resultCount === 0) push(rt, FAILED_QUERIES, query, (q) => q === query);
  rt.emit('search', { query, resultCount });
}

/** Keeps the article for hand-off (`viewedArticles`). */
export function rememberArticle(rt: Runtime, article: { id: string; title: string }): void {
  push(rt, VIEWED_ARTICLES, { id: article.id, title: article.title }, (a) => a.id === article.id);
}
