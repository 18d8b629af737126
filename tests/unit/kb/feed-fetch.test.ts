import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backoffMs,
  DEFAULT_POLICY,
  type FetchOutcome,
  fetchText,
  parseRetryAfter,
  readText,
} from '../../../src/core/fetch-text';

const URL_ = 'https://help.example.com/feed.json';
const answer = (status: number, body = '', headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : body, { status, headers });

/** A fetch that plays `script` in order (the last entry repeats); 'hang' never answers but honours abort. */
function scriptedFetch(script: Array<Response | Error | 'hang'>) {
  let call = 0;
  return vi.fn((_url: string, init?: RequestInit) => {
    const step = script[Math.min(call++, script.length - 1)]!;
    if (step === 'hang')
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step.clone());
  });
}

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-06-01T12:00:00Z') });
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Runs fetchText with no jitter (random 0: each backoff is exactly half its ceiling). */
function run(policy = {}) {
  let outcome: FetchOutcome | undefined;
  let error: unknown;
  const promise = fetchText(URL_, { signal: controller.signal, random: () => 0, policy }).then(
    (value) => {
      outcome = value;
    },
    (reason) => {
      error = reason;
    },
  );
  return { promise, outcome: () => outcome, error: () => error };
}

describe('fetchText', () => {
  it('asks the HTTP cache to revalidate, sends cookies only same-origin and sets no header (no preflight)', async () => {
    const fetch = scriptedFetch([answer(200, '{"version":1}')]);
    vi.stubGlobal('fetch', fetch);
    const { promise, outcome } = run();
    await promise;
    expect(outcome()).toEqual({ ok: true, text: '{"version":1}' });
    const init = fetch.mock.calls[0]![1]!;
    expect(init).toMatchObject({ cache: 'no-cache', credentials: 'same-origin' });
    expect(init.headers).toBeUndefined();
    expect(init.method).toBeUndefined();
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('retries 5xx with exponential backoff, then succeeds', async () => {
    const fetch = scriptedFetch([answer(503), answer(502), answer(200, 'ok')]);
    vi.stubGlobal('fetch', fetch);
    const { outcome } = run();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // first backoff: 1000 ms ceiling, half of it
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1); // second backoff: 2000 ms ceiling
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(outcome()).toEqual({ ok: true, text: 'ok' });
  });

  it('gives up after the bounded number of retries', async () => {
    const fetch = scriptedFetch([answer(500)]);
    vi.stubGlobal('fetch', fetch);
    const { outcome } = run();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1 + DEFAULT_POLICY.retries);
    expect(outcome()).toEqual({ ok: false, missing: false, reason: 'HTTP 500 after 4 attempts' });
  });

  it.each<[string, Response | Error, number]>([
    ['a network error', new TypeError('Failed to fetch'), 4],
    ['429 Too Many Requests', answer(429), 4],
    ['408 Request Timeout', answer(408), 4],
    ['400 Bad Request', answer(400), 1],
    ['401 Unauthorized', answer(401), 1],
  ])('%s is tried %i time(s)', async (_name, step, calls) => {
    const fetch = scriptedFetch([step]);
    vi.stubGlobal('fetch', fetch);
    const { outcome } = run();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(calls);
    expect(outcome()).toMatchObject({ ok: false, missing: false });
  });

  it.each([404, 410])('%i means missing (try the next locale), without retrying', async (status) => {
    const fetch = scriptedFetch([answer(status)]);
    vi.stubGlobal('fetch', fetch);
    const { promise, outcome } = run();
    await promise;
    expect(outcome()).toEqual({ ok: false, missing: true, status });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('waits what Retry-After asks (seconds) when it is longer than the backoff', async () => {
    const fetch = scriptedFetch([answer(503, '', { 'Retry-After': '5' }), answer(200, 'ok')]);
    vi.stubGlobal('fetch', fetch);
    const { outcome } = run();
    await vi.advanceTimersByTimeAsync(4999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(outcome()).toEqual({ ok: true, text: 'ok' });
  });

  it('waits until a Retry-After HTTP date', async () => {
    const when = new Date(Date.now() + 3000).toUTCString();
    const fetch = scriptedFetch([answer(429, '', { 'Retry-After': when }), answer(200, 'ok')]);
    vi.stubGlobal('fetch', fetch);
    run();
    await vi.advanceTimersByTimeAsync(2999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('stops retrying when Retry-After is longer than a minute', async () => {
    const fetch = scriptedFetch([answer(503, '', { 'Retry-After': '120' })]);
    vi.stubGlobal('fetch', fetch);
    const { promise, outcome } = run();
    await promise;
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(outcome()).toEqual({ ok: false, missing: false, reason: 'HTTP 503, retry after 120 s' });
  });

  it('aborts an attempt after the timeout and retries', async () => {
    const fetch = scriptedFetch(['hang', answer(200, 'late but fine')]);
    vi.stubGlobal('fetch', fetch);
    const { outcome } = run();
    await vi.advanceTimersByTimeAsync(7999);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.mock.calls[0]![1]!.signal!.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(outcome()).toEqual({ ok: true, text: 'late but fine' });
  });

  it('reports a server that never answers', async () => {
    vi.stubGlobal('fetch', scriptedFetch(['hang']));
    const { outcome } = run();
    await vi.advanceTimersByTimeAsync(4 * 8000 + 500 + 1000 + 2000);
    expect(outcome()).toEqual({ ok: false, missing: false, reason: 'no answer within 8 s after 4 attempts' });
  });

  it('does not try while the browser is offline', async () => {
    const fetch = scriptedFetch([answer(200, 'x')]);
    vi.stubGlobal('fetch', fetch);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { promise, outcome } = run();
    await promise;
    expect(fetch).not.toHaveBeenCalled();
    expect(outcome()).toEqual({ ok: false, missing: false, reason: 'offline' });
  });

  it('rejects when aborted during a backoff, leaving no timer behind', async () => {
    vi.stubGlobal('fetch', scriptedFetch([answer(503)]));
    const { error } = run();
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error('destroyed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(String(error())).toContain('destroyed');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects when aborted during a request, leaving no timer behind', async () => {
    const fetch = scriptedFetch(['hang']);
    vi.stubGlobal('fetch', fetch);
    const { error } = run();
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error('destroyed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(String(error())).toContain('destroyed');
    expect(fetch.mock.calls[0]![1]!.signal!.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it.each<[string | null, number | undefined]>([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 01 Jun 2025 12:00:30 GMT', 30_000],
    ['Sun, 01 Jun 2025 11:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('backoffMs', () => {
  it.each([
    [0, 500, 1000],
    [1, 1000, 2000],
    [2, 2000, 4000],
    [5, 7500, 15000],
  ])('retry %i waits between %i and %i ms (capped, jittered)', (retry, low, high) => {
    expect(backoffMs(retry, DEFAULT_POLICY, () => 0)).toBe(low);
    expect(backoffMs(retry, DEFAULT_POLICY, () => 1)).toBe(high);
    const middle = backoffMs(retry, DEFAULT_POLICY, () => 0.5);
    expect(middle).toBeGreaterThan(low);
    expect(middle).toBeLessThan(high);
  });
});

describe('readText', () => {
  /** A response whose body arrives in the given pieces of bytes. */
  const streamed = (pieces: Uint8Array[]) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const piece of pieces) controller.enqueue(piece);
          controller.close();
        },
      }),
    );
  // A BOM, and characters of two, three and four bytes, cut inside them.
  const TEXT = '\ufeff{"t":"Zmiana hasła — Сбросить 😀 Đặt lại"}';
  const BYTES = new TextEncoder().encode(TEXT);
  const cuts = [1, 2, 13, 14, 30, 33, 34, 41, BYTES.length];
  const pieces = cuts.map((end, i) => BYTES.slice(cuts[i - 1] ?? 0, end));

  it('reads what response.text() reads, chunks cut inside characters', async () => {
    vi.useRealTimers();
    const expected = await streamed(pieces).text();
    expect(expected.startsWith('{')).toBe(true);
    expect(await readText(streamed(pieces))).toBe(expected);
    expect(await readText(new Response(TEXT))).toBe(expected);
  });

  it('gives each chunk after the first a task of its own', async () => {
    vi.useRealTimers();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const reading = readText(streamed(pieces));
    const read = await reading;
    clearInterval(timer);
    expect(read).toBe(TEXT.slice(1));
    expect(ticks).toBeGreaterThan(0);
  });

  it('reads no body as no text', async () => {
    expect(await readText(new Response(null, { status: 204 }))).toBe('');
  });
});
