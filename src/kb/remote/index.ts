import type { Article, RemoteSearchHit, SearchAdapter } from '../../types';
import type { SearchHit } from '../search';
import { validRanges } from './markup';

/** How long the engine may take before the feed's index answers instead. */
export const DEFAULT_TIMEOUT_MS = 3000;
/** Queries kept per instance (query × locale); the oldest goes first. */
export const CACHE_SIZE = 50;
/** Hits asked of the engine whatever the caller's limit, so one cached answer serves the panel and related lists. */
export const FETCH_LIMIT = 20;

/** A remote hit as the panel keeps it: a search hit, and where the article lives. */
export type RemoteHit = SearchHit & { url?: string };

/** What `lookup` has for a query: hits, an answer still coming, or nothing (use the feed's index). */
export type Lookup = { hits: RemoteHit[] } | 'pending' | 'failed';

export interface RemoteSearchDeps {
  adapter: Promise<SearchAdapter>;
  /** Said once per outage: the first failure after a success (or since the start). */
  report(message: string, cause?: unknown): void;
  /** An answer arrived, failed or was given up: what `lookup` returns changed. */
  onChange(): void;
  /** A fetched article arrived: what `article` returns changed. */
  onArticle(): void;
  context(): { path: string };
  /** @default () => navigator.onLine */
  online?: () => boolean;
  /** @default DEFAULT_TIMEOUT_MS */
  timeoutMs?: number;
}

export interface RemoteSearch {
  lookup(query: string, locale: string, limit: number): Lookup;
  /** True while an answer is on its way. */
  readonly pending: boolean;
  /** True from a failure until the next answer. */
  readonly failing: boolean;
  /** An article of the engine's hits: fetched through `getArticle`, or drawn from the hit until then. */
  article(id: string, locale: string): Article | undefined;
  /** Ask the engine again for queries it failed (the "Try again" button, back online). */
  retry(): void;
  destroy(): void;
}

/** The hits of an adapter, checked: strings where strings belong, ranges inside their text, nothing else kept. */
export function toSearchHits(hits: unknown): RemoteHit[] {
  if (!Array.isArray(hits)) return [];
  const out: RemoteHit[] = [];
  for (const hit of hits as Partial<Record<keyof RemoteSearchHit, unknown>>[]) {
    if (!hit || typeof hit.id !== 'string' || !hit.id || typeof hit.title !== 'string') continue;
    const ranges = (hit.ranges ?? {}) as { title?: unknown; snippet?: unknown };
    const snippet = typeof hit.snippet === 'string' && hit.snippet ? hit.snippet : undefined;
    out.push({
      id: hit.id,
      title: hit.title,
      score: 0,
      highlights: {
        title: validRanges(ranges.title, hit.title),
        snippet: validRanges(ranges.snippet, snippet ?? ''),
      },
      ...(snippet ? { snippet } : {}),
      ...(typeof hit.url === 'string' ? { url: hit.url } : {}),
      ...(typeof hit.locale === 'string' ? { locale: hit.locale } : {}),
    });
  }
  // The engine's order is its ranking.
  return out.map((hit, i) => ({ ...hit, score: out.length - i }));
}

/**
 * The panel's search against a remote engine: one request at a time (a new query aborts the one before), each
 * bounded by a timeout, answers cached per query and locale, failures remembered until the engine answers again
 * (those queries go to the feed's index) and reported once per outage. Pure: the adapter, the clock's timers and
 * the reporting are given.
 */
export function createRemoteSearch(deps: RemoteSearchDeps): RemoteSearch {
  const online = deps.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cache = new Map<string, RemoteHit[]>();
  const failed = new Set<string>();
  const hitsById = new Map<string, RemoteHit>();
  const articles = new Map<string, Article | 'loading'>();
  const stop = new AbortController();
  let inflight: { key: string; controller: AbortController } | undefined;
  let failing = false;

  const settle = (request: typeof inflight, fail?: unknown) => {
    if (inflight !== request || stop.signal.aborted) return;
    inflight = undefined;
    if (fail !== undefined) {
      failed.add(request!.key);
      if (!failing)
        deps.report(`Help search engine failed, searching the help feed instead: ${reason(fail)}`, fail);
      failing = true;
    } else {
      failing = false;
      failed.clear();
    }
    deps.onChange();
  };

  const start = (key: string, query: string, locale: string) => {
    inflight?.controller.abort(new DOMException('The query changed', 'AbortError'));
    const controller = new AbortController();
    const request = { key, controller };
    inflight = request;
    const timer = setTimeout(
      () => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    );
    deps.adapter
      .then((adapter) =>
        adapter.search({
          query,
          locale,
          limit: FETCH_LIMIT,
          context: deps.context(),
          signal: controller.signal,
        }),
      )
      .then(
        (found) => {
          if (controller.signal.aborted) throw controller.signal.reason;
          const hits = toSearchHits(found);
          cache.delete(key);
          cache.set(key, hits);
          if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
          for (const hit of hits) hitsById.set(hit.id, hit);
          settle(request);
        },
        (error) =>
          settle(request, controller.signal.aborted ? controller.signal.reason : (error ?? 'failed')),
      )
      .catch((error) => settle(request, error ?? 'failed'))
      .finally(() => clearTimeout(timer));
  };

  const fetchArticle = (id: string, locale: string) => {
    articles.set(id, 'loading');
    deps.adapter
      .then((adapter) => adapter.getArticle?.(id, { locale, signal: stop.signal }))
      .then(
        (article) => {
          if (article && typeof article.body === 'string' && typeof article.title === 'string') {
            articles.set(id, { ...article, id });
            deps.onArticle();
          }
        },
        () => articles.delete(id),
      );
  };

  return {
    lookup(query, locale, limit) {
      const key = `${locale}\n${query.trim().toLowerCase()}`;
      const cached = cache.get(key);
      if (cached) return { hits: cached.slice(0, limit) };
      if (failed.has(key) || stop.signal.aborted) return 'failed';
      // Offline the engine cannot answer: the feed's index does, without a request that would only time out.
      if (!online()) return 'failed';
      if (inflight?.key !== key) start(key, query, locale);
      return 'pending';
    },
    get pending() {
      return inflight !== undefined;
    },
    get failing() {
      return failing;
    },
    article(id, locale) {
      const known = articles.get(id);
      if (known && known !== 'loading') return known;
      const hit = hitsById.get(id);
      if (!hit) return undefined;
      if (!known) fetchArticle(id, locale);
      // Until (or without) the whole article: what the engine said of it, as text, with the way to its page.
      return {
        id,
        title: hit.title,
        body: hit.snippet ?? '',
        format: 'markdown',
        ...(hit.url ? { url: hit.url } : {}),
        ...(hit.locale ? { locale: hit.locale } : {}),
      };
    },
    retry() {
      failed.clear();
      deps.onChange();
    },
    destroy() {
      stop.abort();
      inflight?.controller.abort();
      inflight = undefined;
    },
  };
}

const reason = (error: unknown): string =>
  error instanceof Error || error instanceof DOMException ? error.message : String(error);
