import { atom } from 'nanostores';
import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import { fetchText } from '../core/fetch-text';
import { whenIdle } from '../core/idle';
import { sliced } from '../core/slices';
import type { Article, KnowledgeBaseFeed } from '../types';
import { createFeedCache } from './feed-cache';
import { articlesFor, feedSource, feedUrls, language, PLACEHOLDER } from './locale';
import type { PanelRemoteSearch } from './remote/chunk';
import { createSearchIndexAsync, type SearchHit, type SearchIndex, tokenize, type WordTable } from './search';
import { detectLanguages } from './search/detect';
import { stemmedLanguages } from './search/languages';
import { suggest } from './suggest';
import { TOPIC_ICONS } from './topic-icons';
import type { KnowledgeBase, KnowledgeBaseStatus, TopicCategory } from './types';
import { type FeedValidation, validateFeed, validateFeedAsync } from './validate';

export { CACHE_NAME, IDB_NAME, IDB_STORE } from './feed-cache';
export type { SearchHit } from './search';
export type { KnowledgeBase, KnowledgeBaseStatus } from './types';
export type { FeedValidation } from './validate';
export { FEED_VERSION, validateFeed, validateFeedAsync } from './validate';

/** From this many characters on, a feed is parsed and stored with the `bigfeed` chunk's code, in slices. */
export const BIG_FEED = 512 * 1024;

/** Problems reported one by one for a feed; the rest are counted in one summary. */
export const MAX_REPORTED_PROBLEMS = 10;

interface Shown {
  /** Absolute URL, or `config.feed` for a feed given as an object. */
  url: string;
  text: string;
  feed: KnowledgeBaseFeed;
  validation: FeedValidation;
  /** A large feed's word table, from the `bigfeed` chunk: its index builds with less CPU time. */
  words?: () => WordTable;
}

/** Other languages tried for one query that found nothing, besides the one its letters name. */
export const MAX_OTHER_LANGUAGES = 3;

/**
 * An article as the panel gets it: with a language (its own, else its feed's) and, from a split feed, its
 * `bodyUrl` made absolute against the feed's URL. It stays as it is when that cannot be done: a feed given as an
 * object has no URL (`config.feed`), so its bodies are fetched relative to the page; a malformed one fails on open.
 */
const placed = (article: Article, locale: string | undefined, feedUrl: string): Article => {
  const own = article.locale || !locale ? article : { ...article, locale };
  try {
    if (own.bodyUrl) return { ...own, bodyUrl: new URL(own.bodyUrl, feedUrl).href };
  } catch {}
  return own;
};

/** Without a body (split feeds) the headings stand in for it in the index: searched, and cut into snippets. */
const searchable = (a: Article): Article =>
  a.body !== undefined || !a.headings ? a : { ...a, body: a.headings.join('\n\n') };

/** Folded words of an article’s title and summary: the stand-in search while the index is being built. */
const words = (article: Article) => tokenize(`${article.title} ${article.summary ?? ''}`);

/**
 * The knowledge base of one instance: loads `config.feed` for the current locale once the page is
 * idle, keeps the last good copy in Cache Storage (or IndexedDB, or memory) and serves it at once on
 * the next visit while a fresh copy loads, validates every copy, and keeps a search index over the
 * articles. Until the index is built, `search` matches query words as prefixes of title and summary
 * words. Never throws into the host; problems go through `rt.report`.
 *
 * @example
 * const kb = setupKnowledgeBase(rt);
 * kb.$status.listen((status) => console.log(status)); // 'loading' → 'ready'
 * kb.search('reset passw', { limit: 5 });
 */
export function setupKnowledgeBase(rt: Runtime): KnowledgeBase {
  const $status = atom<KnowledgeBaseStatus>('none');
  const $articles = atom<readonly Article[]>([]);
  const $categories = atom<readonly TopicCategory[]>([]);
  const $searchReady = atom(false);
  const source = feedSource(rt.config.feed);
  // Without the chunk (it failed to load), a large feed is read as a small one is: correct, in one long task.
  const bigFeed = async (text: string) =>
    text.length < BIG_FEED ? undefined : rt.loadChunk('bigfeed').catch(() => undefined);
  const cache = createFeedCache({
    log: (message) => rt.log(message),
    encode: async (text) => {
      const big = await bigFeed(text);
      return big ? sliced(big.encodeSteps(text)) : text;
    },
  });
  const reported = new Set<string>();
  let shown: Shown | undefined;
  let applying: Promise<unknown> = Promise.resolve();
  let byId = new Map<string, Article>();
  let index: SearchIndex | undefined;
  let indexIsStale = false;
  let building: AbortController | undefined;
  let loading: AbortController | undefined;
  let idle = false;
  let failed = false;
  // Other languages' indexes, for a query the shown articles do not answer ("Results in Polish"): built on the
  // first such query, from the feed's own articles in that language or that language's feed (cache first).
  const others = new Map<string, Promise<unknown> | SearchIndex | undefined>();
  const otherArticles = new Map<string, Article>();
  const otherLoads = new AbortController();
  let indexReady = false;
  // `config.search`'s engine (its own chunk): search is not ready while that loads or the engine answers.
  let remote: PanelRemoteSearch | undefined;
  let remoteLoading = !!rt.config.search;
  // No feed shown (none, or it failed): no index to wait for, the engine alone answers.
  const syncReady = () => $searchReady.set((indexReady || !shown) && !remoteLoading && !remote?.pending);

  const reportProblems = (label: string, { feed, problems, droppedArticles }: FeedValidation) => {
    if (problems.length === 0) return;
    // The reason a feed was not used comes first, so the cap never hides it.
    const ordered = feed ? problems : [problems[problems.length - 1]!, ...problems.slice(0, -1)];
    const lines = ordered.map((problem) => `Help feed ${label}: ${problem}`);
    if (!feed) lines[0] += shown ? ' (feed not used; keeping the last good copy)' : ' (feed not used)';
    const more = lines.length - MAX_REPORTED_PROBLEMS;
    const total = (feed?.articles.length ?? 0) + droppedArticles;
    const summary =
      more > 0 || (feed && droppedArticles > 0)
        ? `Help feed ${label}: ${problems.length} problem${problems.length === 1 ? '' : 's'}` +
          (more > 0 ? `, ${more} not listed` : '') +
          (feed ? `; ${droppedArticles} of ${total} articles dropped, the others are shown.` : '.')
        : undefined;
    for (const line of [...lines.slice(0, MAX_REPORTED_PROBLEMS), ...(summary ? [summary] : [])]) {
      if (reported.has(line)) continue;
      reported.add(line);
      rt.report('feed_invalid', line);
    }
  };

  const rebuildIndex = (feed: KnowledgeBaseFeed, locale: string) => {
    building?.abort();
    const controller = new AbortController();
    building = controller;
    indexIsStale = index !== undefined;
    indexReady = false;
    syncReady();
    // A feed with Russian articles, or mostly German or Lithuanian ones, is indexed with that language's stemmer
    // (its own chunk); without the chunk (offline, blocked) with the built-in endings, as before.
    Promise.all(
      stemmedLanguages(feed.articles.map((a) => a.locale ?? feed.locale)).map((l) =>
        rt.loadChunk(`stem-${l}`).catch(() => undefined),
      ),
    )
      .then((chunks) =>
        createSearchIndexAsync(feed, {
          locale,
          signal: controller.signal,
          words: shown?.words,
          // Any loaded chunk combines them all.
          ...chunks.find((c) => c)?.morphologyOptions(chunks.map((c) => c?.morphology)),
        }),
      )
      .then(
        (built) => {
          if (building !== controller) return;
          index = built;
          indexIsStale = false;
          indexReady = true;
          syncReady();
        },
        (error) => {
          if (!controller.signal.aborted)
            rt.report('internal', `Building the help search index failed: ${errorMessage(error)}`, error);
        },
      );
  };

  const render = (feed: KnowledgeBaseFeed) => {
    const locale = rt.$locale.get();
    // Each article carries its language, its own or its feed's: the panel gives content in another language
    // than the UI (an English fallback in an Arabic UI) that language's `lang` and direction.
    const articles = articlesFor(feed, locale).map((a) => placed(a, feed.locale, shown?.url ?? ''));
    byId = new Map(articles.map((article) => [article.id, article]));
    $categories.set(
      (feed.categories ?? []).map((category) => {
        const iconPath = category.icon ? TOPIC_ICONS[category.icon] : undefined;
        return iconPath ? { ...category, iconPath } : category;
      }),
    );
    $articles.set(articles);
    rebuildIndex({ ...feed, articles: articles.map(searchable) }, locale);
  };

  /**
   * Shows a copy if it is usable; a fresh copy's problems are reported. Validation runs in slices: copies are
   * applied one after the other, in the order they came (a fresh copy that equals the saved one is not validated
   * again, and one that arrives while the saved one is validated waits for it).
   */
  const apply = (url: string, text: string, fresh: boolean, signal: AbortSignal) => {
    const applied = applying.then(async (): Promise<'same' | 'applied' | 'rejected'> => {
      if (shown && shown.url === url && shown.text === text) {
        if (fresh) reportProblems(url, shown.validation);
        return 'same';
      }
      const big = await bigFeed(text);
      const validation = await validateFeedAsync(text, signal, big?.parseJsonSteps);
      // A saved copy was valid when it was saved; its problems are reported when the fresh copy arrives.
      if (fresh) reportProblems(url, validation);
      if (!validation.feed) return 'rejected';
      shown = { url, text, feed: validation.feed, validation, words: big?.scanningWordTable };
      render(validation.feed);
      $status.set('ready');
      return 'applied';
    });
    applying = applied.catch(() => undefined);
    return applied;
  };

  const fail = (message: string) => {
    failed = true;
    rt.report('feed_fetch_failed', shown ? `${message}; showing the saved copy.` : `${message}.`);
    if (!shown) $status.set('error');
  };

  const absolute = (url: string): string | undefined => {
    try {
      return new URL(url, document.baseURI).href;
    } catch {
      rt.report('config_invalid', `feed: "${url}" is not a valid URL.`);
      return undefined;
    }
  };

  async function load(signal: AbortSignal, immediate: boolean): Promise<void> {
    const urls = feedUrls(source, rt.$locale.get())
      .map(absolute)
      .filter((url): url is string => url !== undefined);
    if (urls.length === 0) {
      if (!shown) $status.set('error');
      return;
    }
    // Stale-while-revalidate: the saved copy of the best URL that has one, shown while the network is asked.
    // The network never waits for the cache (a stuck store must not hold the feed back); a fresh copy wins.
    let fresh = false;
    const saved = (async () => {
      for (const url of urls) {
        if (shown?.url === url) break;
        const stored = await cache.read(url);
        if (signal.aborted || fresh) return;
        if (stored && (await apply(url, stored.text, false, signal)) !== 'rejected') break;
      }
    })().catch((error) => {
      if (!signal.aborted)
        rt.report('internal', `Showing the saved help feed failed: ${errorMessage(error)}`, error);
    });
    if (!idle && !immediate) {
      await whenIdle(signal);
      idle = true;
    }
    const missing: string[] = [];
    for (const url of urls) {
      const outcome = await fetchText(url, { signal, log: (message) => rt.log(message) });
      if (signal.aborted) return;
      if (outcome.ok) {
        failed = false;
        fresh = true;
        const result = await apply(url, outcome.text, true, signal);
        if (result === 'applied') void cache.write(url, outcome.text);
        else if (result === 'rejected' && !shown) $status.set('error');
        return;
      }
      if (!outcome.missing) {
        // Whether a saved copy is showing decides what the failure says: the read is bounded, so waiting is too.
        await saved;
        if (!signal.aborted) fail(`Could not load the help feed ${url}: ${outcome.reason}`);
        return;
      }
      missing.push(`${url} (HTTP ${outcome.status})`);
    }
    await saved;
    if (!signal.aborted) fail(`Help feed not found: ${missing.join(', ')}`);
  }

  const start = (immediate: boolean) => {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    if (!shown) $status.set('loading');
    load(controller.signal, immediate).catch((error) => {
      if (!controller.signal.aborted)
        rt.report('internal', `Loading the help feed failed: ${errorMessage(error)}`, error);
    });
  };

  if (source.kind === 'inline') {
    const validation = validateFeed(source.feed);
    reportProblems('config.feed', validation);
    if (validation.feed) {
      shown = { url: 'config.feed', text: '', feed: validation.feed, validation };
      render(validation.feed);
      $status.set('ready');
    } else $status.set('error');
  } else if (source.kind === 'invalid') {
    rt.report('config_invalid', 'feed: expected a URL, a feed object, or a map of locale to URL.');
    $status.set('error');
  } else if (source.kind !== 'none') {
    start(false);
    const onOnline = () => {
      if (failed) start(true);
    };
    window.addEventListener('online', onOnline);
    rt.onDestroy(() => window.removeEventListener('online', onOnline));
  }

  if (rt.config.search) {
    // Without a feed the engine is all there is: loading until its chunk says otherwise.
    if (source.kind === 'none') $status.set('loading');
    rt.loadChunk('search-remote')
      .then(({ setupRemoteSearch }) => {
        remote = setupRemoteSearch(rt, {
          $status,
          $articles,
          $searchReady,
          sync: syncReady,
          shown: () => !!shown,
        });
      })
      .finally(() => {
        remoteLoading = false;
        syncReady();
      })
      .catch(() => rt.log('The remote search chunk did not load; the help feed answers.'));
  }

  rt.onDestroy(
    rt.$locale.listen(() => {
      // One feed for every locale: only the choice of articles changes. Otherwise, load this locale's feed.
      if (source.kind === 'inline' || source.kind === 'url') {
        if (shown) render(shown.feed);
      } else if (source.kind === 'map' || source.kind === 'template') start(idle);
    }),
  );
  rt.onDestroy(() => {
    otherLoads.abort();
    loading?.abort();
    building?.abort();
    cache.close();
  });

  /** Another language's articles: the shown feed's, else that language's own feed (saved copy, else fetched). */
  const articlesIn = async (lang: string): Promise<Article[]> => {
    const tagged = (list: readonly Article[], fallback?: string) =>
      list.filter((a) => language(a.locale ?? fallback) === lang);
    const own = shown ? tagged(shown.feed.articles, shown.feed.locale) : [];
    if (own.length) return own;
    const url =
      source.kind === 'template'
        ? source.url.split(PLACEHOLDER).join(encodeURIComponent(lang))
        : source.kind === 'map'
          ? Object.entries(source.urls).find(([key]) => language(key) === lang)?.[1]
          : undefined;
    const href = url && absolute(url);
    if (!href || href === shown?.url) return [];
    const signal = otherLoads.signal;
    let text = (await cache.read(href))?.text;
    if (text === undefined) {
      const outcome = await fetchText(href, { signal, log: (message) => rt.log(message) });
      if (!outcome.ok) return [];
      text = outcome.text;
      void cache.write(href, text);
    }
    const { feed } = await validateFeedAsync(text, signal);
    return feed ? tagged(articlesFor(feed, lang), feed.locale).map((a) => placed(a, lang, href)) : [];
  };

  /**
   * Hits in another language for a query the shown articles do not answer: the query's own language (from its
   * letters) first, then the other languages of the feed or of the feed map. A language not indexed yet starts
   * building, and the results follow once it is ready ($searchReady goes false, then true again).
   */
  const elsewhere = (query: string, limit: number): SearchHit[] => {
    const shownLanguage = language($articles.get()[0]?.locale ?? rt.$locale.get());
    const feedLanguages = shown ? shown.feed.articles.map((a) => a.locale ?? shown?.feed.locale) : [];
    const mapped = source.kind === 'map' ? Object.keys(source.urls) : [];
    const detected = detectLanguages(query);
    const candidates = [...new Set([...detected, ...[...feedLanguages, ...mapped].map(language)])]
      .filter((lang) => lang && lang !== shownLanguage)
      .slice(0, detected.length + MAX_OTHER_LANGUAGES);
    for (const lang of candidates) {
      const other = others.get(lang);
      if (other && 'search' in other) {
        const hits = other.search(query, { limit });
        if (hits.length) return hits;
      } else if (!others.has(lang)) {
        const built = articlesIn(lang)
          .then((articles) => {
            if (!articles.length) return undefined;
            const keyed = articles.map((a) => (byId.has(a.id) ? { ...a, id: `${lang}:${a.id}` } : a));
            for (const a of keyed) otherArticles.set(a.id, a);
            return createSearchIndexAsync(keyed.map(searchable), { locale: lang, signal: otherLoads.signal });
          })
          .then(
            (index) => {
              others.set(lang, index);
              if (!index || !$searchReady.get()) return;
              $searchReady.set(false);
              setTimeout(() => $searchReady.set(true));
            },
            () => others.set(lang, undefined),
          );
        others.set(lang, built);
      }
    }
    return [];
  };

  const fallbackSearch = (query: string, limit: number): SearchHit[] => {
    const wanted = tokenize(query);
    if (wanted.length === 0) return [];
    const hits: SearchHit[] = [];
    for (const article of $articles.get()) {
      const have = words(article);
      if (wanted.every((word) => have.some((candidate) => candidate.startsWith(word))))
        hits.push({ id: article.id, title: article.title, score: 1 });
      if (hits.length >= limit) break;
    }
    return hits;
  };

  return {
    $status,
    $articles,
    $categories,
    $searchReady,
    search(query, options = {}) {
      try {
        if (typeof query !== 'string' || query.trim() === '') return [];
        const limit = Math.max(1, Math.floor(options.limit ?? 10));
        const found = options.local ? undefined : remote?.lookup(query, rt.$locale.get(), limit);
        if (found) return found;
        if (!index) return fallbackSearch(query, limit);
        if (!indexIsStale) {
          const hits = index.search(query, { limit });
          return hits.length ? hits : elsewhere(query, limit);
        }
        // The previous index serves while the new one builds; drop articles that are gone.
        return index
          .search(query, { limit: limit * 2 })
          .filter((hit) => byId.has(hit.id))
          .slice(0, limit);
      } catch (error) {
        rt.report('internal', `Help search failed: ${errorMessage(error)}`, error);
        return [];
      }
    },
    getArticle: (id) => byId.get(id) ?? otherArticles.get(id) ?? remote?.article(id, rt.$locale.get()),
    suggestionsFor: (path, limit = 5) => {
      try {
        return suggest($articles.get(), path, limit);
      } catch (error) {
        rt.report('internal', `Suggesting help articles failed: ${errorMessage(error)}`, error);
        return [];
      }
    },
    retry() {
      remote?.retry();
      if (source.kind === 'url' || source.kind === 'map' || source.kind === 'template') start(true);
    },
  };
}
