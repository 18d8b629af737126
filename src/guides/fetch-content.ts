export interface FetchContentOptions {
  signal: AbortSignal;
  /** One attempt gives up after this long. @default 10000 */
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors, timeouts, 5xx, 408 and 429. @default 2 */
  retries?: number;
  /** First backoff, doubled per retry and jittered. @default 1000 */
  baseDelayMs?: number;
  /** @default Math.random */
  random?: () => number;
}

class Failure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', abort, { once: true });
  });

async function attempt(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // `no-cache` revalidates through the browser's HTTP cache (ETag) without a CORS preflight.
    const response = await fetch(url, {
      cache: 'no-cache',
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (!response.ok) {
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new Failure(`HTTP ${response.status}`, retryable);
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Failure('the response is not JSON', false);
    }
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof Failure) throw error;
    throw new Failure(timedOut ? `no answer within ${timeoutMs} ms` : 'network error', true);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches and parses a guide content file: each attempt times out, network errors and 5xx are
 * retried a bounded number of times with jittered backoff. Rejects with a readable message, or with
 * the signal's reason when aborted.
 *
 * @example
 * const json = await fetchContent('/help/guides.json', { signal: controller.signal });
 */
export async function fetchContent(url: string, options: FetchContentOptions): Promise<unknown> {
  const { signal, timeoutMs = 10_000, retries = 2, baseDelayMs = 1000, random = Math.random } = options;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(url, signal, timeoutMs);
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      if (!error.retryable || retry >= retries)
        throw new Error(retry > 0 ? `${error.message} after ${retry + 1} attempts` : error.message);
      const ceiling = baseDelayMs * 2 ** retry;
      await wait(Math.round(ceiling / 2 + random() * (ceiling / 2)), signal);
    }
  }
}
