// A split feed's article bodies (`bodyUrl`), fetched when an article opens. The article view imports this file, so
// it travels in the lazy `article` chunk; the fetcher and the feed cache it uses are the `kb` chunk's own (already
// loaded wherever an article is shown), so neither is copied into a second file.
import type { Runtime } from '../core/context';
import type { FetchDeps, FetchOutcome, FetchPolicy } from '../core/fetch-text';
import type { FeedCache } from './feed-cache';

/** The fetcher and the cache a body is loaded with (the `kb` chunk's; fakes in tests). */
export interface BodyDeps {
  fetchText(url: string, deps: FetchDeps): Promise<FetchOutcome>;
  cache: FeedCache;
  log?: (message: string) => void;
}

/**
 * How a body load ended. `ok`: a fresh copy was shown (and saved). Otherwise `problem` says why, `offline` whether
 * the browser is offline, and `saved` whether a saved copy was shown instead.
 */
export type BodyResult = { ok: true } | { ok: false; problem: string; offline: boolean; saved: boolean };

/** Someone is waiting for this text: one retry, not the feed's three. */
export const BODY_POLICY: Partial<FetchPolicy> = { retries: 1 };

/**
 * Why a fetched text is not an article body, or undefined when it is one. A static host that answers a missing file
 * with its site's page (an SPA fallback, a login page) says 200: a whole HTML document is never an article's body.
 * @example bodyProblem('<!doctype html><html>…') // 'a whole HTML page, not an article body'
 */
export function bodyProblem(text: string): string | undefined {
  if (!text.trim()) return 'empty';
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return 'a whole HTML page, not an article body';
  if (text.includes('\u0000')) return 'binary data, not text';
  return undefined;
}

/**
 * Loads the body at `url` the way the feed loads: the saved copy and the network are asked at once; the saved copy
 * (its read is bounded, a hanging store never holds the article back) is shown as soon as it is read, unless the
 * fresh copy came first; a fresh copy is shown when it differs, and saved. `show` gets each text to show. Rejects
 * only when `signal` aborts (the user left the article).
 * @example
 * const result = await loadBody(article.bodyUrl, deps, controller.signal, (text) => render(text));
 * if (!result.ok && !result.saved) showFailure(result.offline);
 */
export async function loadBody(
  url: string,
  deps: BodyDeps,
  signal: AbortSignal,
  show: (text: string) => void,
): Promise<BodyResult> {
  let shown: string | undefined;
  let fresh = false;
  const saved = deps.cache.read(url).then((stored) => {
    if (!stored || fresh || signal.aborted || bodyProblem(stored.text)) return;
    shown = stored.text;
    show(stored.text);
  });
  const outcome = await deps.fetchText(url, {
    signal,
    policy: BODY_POLICY,
    ...(deps.log ? { log: deps.log } : {}),
  });
  signal.throwIfAborted();
  const problem = outcome.ok
    ? bodyProblem(outcome.text)
    : outcome.missing
      ? `HTTP ${outcome.status}`
      : outcome.reason;
  if (outcome.ok && !problem) {
    fresh = true;
    if (outcome.text !== shown) show(outcome.text);
    void deps.cache.write(url, outcome.text);
    return { ok: true };
  }
  await saved;
  signal.throwIfAborted();
  return {
    ok: false,
    problem: problem ?? 'unknown',
    offline: !outcome.ok && !outcome.missing && outcome.reason === 'offline',
    saved: shown !== undefined,
  };
}

// Per runtime: each instance has its own cache connection, closed with it; an entry goes with its runtime.
const loaders = new WeakMap<Runtime, Promise<BodyDeps>>();

/**
 * The instance's body loader deps: the `kb` chunk's fetcher and a feed cache of its own (the same store as the
 * feed's, keyed by the body's URL), closed on destroy.
 */
export function bodyDeps(rt: Runtime): Promise<BodyDeps> {
  let deps = loaders.get(rt);
  if (!deps) {
    deps = rt.loadChunk('kb').then(({ createFeedCache, fetchText }) => {
      const log = (message: string) => rt.log(message);
      const cache = createFeedCache({ log });
      rt.onDestroy(() => cache.close());
      return { fetchText, cache, log };
    });
    // A chunk that failed to load is asked for again next time.
    deps.catch(() => loaders.delete(rt));
    loaders.set(rt, deps);
  }
  return deps;
}

/**
 * Loads an article's body with {@link loadBody}, reporting a failure (one console warning and one `error` event,
 * `article_fetch_failed`) unless the browser is offline and a saved copy is showing.
 */
export async function fetchBody(
  rt: Runtime,
  id: string,
  url: string,
  signal: AbortSignal,
  show: (text: string) => void,
): Promise<BodyResult> {
  let result: BodyResult;
  try {
    result = await loadBody(url, await bodyDeps(rt), signal, show);
  } catch (error) {
    signal.throwIfAborted();
    result = { ok: false, problem: String(error), offline: false, saved: false };
  }
  if (!result.ok && !(result.offline && result.saved))
    rt.report(
      'article_fetch_failed',
      `Could not load article "${id}" from ${url}: ${result.problem}${result.saved ? '; showing the saved copy.' : '.'}`,
    );
  return result;
}
