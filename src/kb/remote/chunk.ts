// The remote search as a lazy chunk (`pathlight.search-remote.js`): the knowledge base loads it only when
// `config.search` is set, and it loads the one engine adapter that config names (its own chunk).
import type { WritableAtom } from 'nanostores';
import type { Runtime } from '../../core/context';
import type { Article, SearchAdapter } from '../../types';
import type { SearchHit } from '../search';
import type { KnowledgeBaseStatus } from '../types';
import { createRemoteSearch } from './index';
import { validateSearch } from './validate';

export { default as english } from '../../i18n/catalogs/en-search';

/** What the knowledge base shares with its remote search: its stores, and what it knows of the feed. */
export interface RemoteSearchHost {
  $status: WritableAtom<KnowledgeBaseStatus>;
  $articles: WritableAtom<readonly Article[]>;
  $searchReady: WritableAtom<boolean>;
  /** Sets `$searchReady` from the index and `pending`. */
  sync(): void;
  /** True when a feed copy is shown (its index can answer instead of the engine). */
  shown(): boolean;
}

/** The remote search as the knowledge base asks it. */
export interface PanelRemoteSearch {
  /** Hits for the panel (none while the engine answers), or undefined: the feed's index answers. */
  lookup(query: string, locale: string, limit: number): SearchHit[] | undefined;
  readonly pending: boolean;
  article(id: string, locale: string): Article | undefined;
  retry(): void;
}

/**
 * The instance's remote search, or undefined when `config.search` is not usable (its problems reported).
 * Without a feed, the knowledge base's status follows the engine: `error` (the panel's "unavailable") from a
 * failure (or offline) until the next answer.
 */
export function setupRemoteSearch(rt: Runtime, host: RemoteSearchHost): PanelRemoteSearch | undefined {
  const { config, problems } = validateSearch(rt.config.search);
  for (const problem of problems) rt.report('config_invalid', problem);
  if (!config) return undefined;
  const { provider } = config;
  const adapter: Promise<SearchAdapter> =
    typeof provider === 'string'
      ? rt.loadChunk(`search-${provider}`).then((chunk) => chunk.createAdapter(config as never))
      : Promise.resolve(provider);
  // A chunk that does not load is the engine failing: reported once, the feed's index answers.
  adapter.catch(() => {});
  // Without a feed copy to show, the engine is all there is and the status follows it: no feed configured, or
  // one that failed (a network error, a malformed feed: its status is `error`), so a working engine still
  // searches. While a feed loads, and once it shows, the feed's status stands.
  const alone = () => rt.config.feed === undefined || (!host.shown() && host.$status.get() !== 'loading');
  const follow = (failed = remote.failing || !navigator.onLine) => {
    if (alone()) host.$status.set(failed ? 'error' : 'ready');
  };
  // The panel asks again when search turns ready: off now, on after the render that asked.
  const ask = () => {
    host.$searchReady.set(false);
    queueMicrotask(host.sync);
  };
  const remote = createRemoteSearch({
    adapter,
    report: (message, cause) => rt.report('search_failed', message, cause),
    onChange: () => {
      follow();
      host.sync();
    },
    // ArticleView reads articles when `$articles` changes: the same list again draws the fetched one.
    onArticle: () => host.$articles.set([...host.$articles.get()]),
    context: () => ({ path: typeof location === 'undefined' ? '/' : location.pathname }),
    ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
  });
  follow();
  // The feed failing later (or again, after "Try again") hands the status to the engine.
  rt.onDestroy(host.$status.listen((status) => status === 'error' && follow()));
  const onOnline = () => remote.retry();
  window.addEventListener('online', onOnline);
  rt.onDestroy(() => {
    window.removeEventListener('online', onOnline);
    remote.destroy();
  });
  return {
    lookup(query, locale, limit) {
      const found = remote.lookup(query, locale, limit);
      if (found === 'pending') queueMicrotask(host.sync);
      else if (found !== 'failed') return found.hits;
      // Offline, nothing failed yet nothing can answer: unavailable too (after the render that asked).
      else queueMicrotask(() => follow(true));
      // Failed with no feed to ask instead: nothing (the status says unavailable).
      return found === 'pending' || !host.shown() ? [] : undefined;
    },
    get pending() {
      return remote.pending;
    },
    article: (id, locale) => remote.article(id, locale),
    retry() {
      remote.retry();
      ask();
    },
  };
}

declare module '../../core/chunks' {
  interface Chunks {
    'search-remote': typeof import('./chunk');
  }
}
