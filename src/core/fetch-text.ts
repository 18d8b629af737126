/**
 * The one fetcher of remote JSON (knowledge-base feeds, guide content): timeouts, bounded
 * jittered retries, `Retry-After`, and revalidation through the browser's HTTP cache.
 */
import { pause } from './slices';

/** How hard to try before giving up on a URL. */
export interface FetchPolicy {
  /** Abort one attempt (headers and body) after this long. */
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff; doubles with every retry, then jittered. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this ends the retries instead of holding the help back for minutes. */
  maxRetryAfterMs: number;
}

export const DEFAULT_POLICY: FetchPolicy = {
  timeoutMs: 8000,
  retries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 15000,
  maxRetryAfterMs: 60000,
};

export type FetchOutcome =
  | { ok: true; text: string }
  /** 404 or 410: try the next locale's feed. */
  | { ok: false; missing: true; status: number }
  /** Retries used up, a status not worth retrying, or offline. */
  | { ok: false; missing: false; reason: string };

export interface FetchDeps {
  signal: AbortSignal;
  policy?: Partial<FetchPolicy>;
  /** Between 0 and 1. @default Math.random */
  random?: () => number;
  log?: (message: string) => void;
}

class Attempt {
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    readonly missing?: number,
  ) {}
}

const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('Aborted', 'AbortError');

/** Resolves after `ms`, or rejects as soon as `signal` aborts (clearing the timer). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * `Retry-After` as milliseconds from now: delta-seconds or an HTTP date. `undefined` when absent
 * or unreadable (cross-origin servers must list it in `Access-Control-Expose-Headers`).
 * @example parseRetryAfter('120') // 120000
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; bare numbers like "-5" are not dates, whatever Date.parse thinks.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half fixed, half random, so many clients do not retry in step. */
export function backoffMs(retry: number, policy: FetchPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * A response's text, like `response.text()`, decoded a chunk at a time (64 KB to 2 MB), each chunk in a task of its
 * own: decoding a 20 MB body at once is a long task. A body of one chunk is read at once.
 * @example const text = await readText(await fetch(url));
 */
export async function readText(response: Response): Promise<string> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  // No body (a 204): no text.
  if (!reader) return text;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    // The read decoded this chunk (in the task that appended the one before): the rest waits for a task of its own.
    if (text) await pause();
    text += chunk.value;
  }
  return text;
}

const RETRYABLE_STATUS = new Set([408, 425, 429]);

async function attempt(url: string, signal: AbortSignal, timeoutMs: number): Promise<string | Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(abortReason(signal));
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('Timed out', 'TimeoutError'));
  }, timeoutMs);
  try {
    // `no-cache`: the browser revalidates its HTTP-cached copy (If-None-Match / If-Modified-Since)
    // itself. No custom header is set, so a cross-origin URL needs no CORS preflight.
    const response = await fetch(url, {
      cache: 'no-cache',
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (response.status === 404 || response.status === 410)
      return new Attempt(`HTTP ${response.status}`, false, undefined, response.status);
    if (!response.ok) {
      const retryable = response.status >= 500 || RETRYABLE_STATUS.has(response.status);
      return new Attempt(
        `HTTP ${response.status}`,
        retryable,
        parseRetryAfter(response.headers.get('Retry-After')),
      );
    }
    return await readText(response);
  } catch (error) {
    if (signal.aborted) throw abortReason(signal);
    if (timedOut) return new Attempt(`no answer within ${Math.round(timeoutMs / 1000)} s`, true);
    return new Attempt(`network error (${error instanceof Error ? error.message : String(error)})`, true);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches a URL's text: each attempt aborted after `timeoutMs`, network errors, timeouts, 5xx, 408
 * and 429 retried up to `retries` times with jittered exponential backoff, waiting at least what a
 * readable `Retry-After` asks. Rejects only when `signal` aborts.
 * @example
 * const outcome = await fetchText('/help/feed.json', { signal: controller.signal });
 * if (outcome.ok) use(outcome.text);
 */
export async function fetchText(url: string, deps: FetchDeps): Promise<FetchOutcome> {
  const policy = { ...DEFAULT_POLICY, ...deps.policy };
  const random = deps.random ?? Math.random;
  const { signal } = deps;
  for (let retry = 0; ; retry++) {
    if (typeof navigator !== 'undefined' && navigator.onLine === false)
      return { ok: false, missing: false, reason: 'offline' };
    const result = await attempt(url, signal, policy.timeoutMs);
    if (typeof result === 'string') return { ok: true, text: result };
    const tries = `${retry + 1} attempt${retry === 0 ? '' : 's'}`;
    if (result.missing) return { ok: false, missing: true, status: result.missing };
    if (!result.retryable) return { ok: false, missing: false, reason: result.reason };
    if (retry >= policy.retries)
      return { ok: false, missing: false, reason: `${result.reason} after ${tries}` };
    if (result.retryAfterMs !== undefined && result.retryAfterMs > policy.maxRetryAfterMs) {
      const seconds = Math.round(result.retryAfterMs / 1000);
      return { ok: false, missing: false, reason: `${result.reason}, retry after ${seconds} s` };
    }
    const delay = Math.max(backoffMs(retry, policy, random), result.retryAfterMs ?? 0);
    deps.log?.(`${url}: ${result.reason}; retrying in ${delay} ms`);
    await sleep(delay, signal);
  }
}
