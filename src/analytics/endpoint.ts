import type { KeyValueStorage } from '../core/storage';

/** One record as the endpoint receives it: the event without `timestamp` (it says `ts`). */
export type WireRecord = Record<string, unknown> & { id: string };

export interface EndpointOptions {
  url: string;
  storage: KeyValueStorage;
  /** Events were dropped: how many and why (reported by the caller, once per cause and batch). */
  onDrop(count: number, why: string): void;
  log(message: string): void;
  /** For tests; the browser's by default. */
  fetch?: typeof fetch;
  random?: () => number;
  /** Where `pagehide` and `online` are heard. @default window */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Where `visibilitychange` is heard. @default document */
  doc?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  sendBeacon?: (url: string, body: string) => boolean;
}

/** Stored under the instance's prefix (`pathlight:analytics:queue`), so a reload sends what this page could not. */
const QUEUE_KEY = 'analytics:queue';
/** The queue's bound: about 100 KB of storage at the most, well inside Pathlight's 256 KB. */
export const MAX_QUEUE = 200;
export const BATCH_SIZE = 20;
/** Events of one burst (a search, a tour step) go in one request. */
const FLUSH_DELAY_MS = 1000;
const TIMEOUT_MS = 10_000;
/** Retries go on while the page is open: the first after about a second, the wait doubling up to a minute. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 60_000;
/** What a request made while the page unloads may carry (the browser's keepalive budget is 64 KB in all). */
const UNLOAD_BYTES = 60_000;
const RETRYABLE = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;

export interface Endpoint {
  add(record: WireRecord): void;
  /** Send the next batch now instead of after the delay. */
  flush(): void;
  /** Forget everything queued, in memory and in storage (`consent(false)`). */
  drop(): void;
  /** Stop: timers and listeners. The queue stays stored for the next page. */
  stop(): void;
}

/**
 * The endpoint transport: records wait in a bounded queue that survives reloads, go out in batched POSTs
 * (`{ "events": [...] }`) a second after the last one, and leave the queue only when the endpoint answered
 * 2xx, so a failed request is retried (jittered backoff, `Retry-After` honoured) with the same event ids and
 * the receiver can drop what it saw twice. When the page is hidden or unloads, what is queued goes with
 * `fetch(…, { keepalive: true })`, or `sendBeacon` where that throws. Past the bound the oldest are dropped,
 * counted and reported; a 4xx other than 408/429 drops the batch (the endpoint will never take it). No record
 * is ever in two requests at once.
 */
export function createEndpoint(options: EndpointOptions): Endpoint {
  const { url, storage, onDrop, log } = options;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const random = options.random ?? Math.random;
  const win = options.win ?? window;
  const doc = options.doc ?? document;
  const beacon =
    options.sendBeacon ??
    ((to: string, body: string) =>
      typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(to, body));

  const stored = storage.get<WireRecord[]>(QUEUE_KEY);
  const queue: WireRecord[] = Array.isArray(stored)
    ? stored.filter((r) => r && typeof r.id === 'string')
    : [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The ids in a request that has not been answered: never put in a second request meanwhile. */
  const pending = new Set<string>();
  /** A regular (not keepalive) request is under way: one at a time. */
  let busy = false;
  let retry = 0;
  let stopped = false;

  const save = () => {
    if (queue.length) storage.set(QUEUE_KEY, queue);
    else storage.remove(QUEUE_KEY);
  };
  const remove = (sent: WireRecord[]) => {
    const ids = new Set(sent.map((r) => r.id));
    for (let i = queue.length - 1; i >= 0; i--) if (ids.has(queue[i]!.id)) queue.splice(i, 1);
  };
  const schedule = (ms: number) => {
    if (stopped || timer !== undefined || busy || !queue.length) return;
    timer = setTimeout(() => {
      timer = undefined;
      void send();
    }, ms);
  };
  const sendSoon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    schedule(0);
  };
  const body = (records: WireRecord[]) => JSON.stringify({ events: records });
  const request = (records: WireRecord[], more: { keepalive?: boolean; signal?: AbortSignal }) =>
    doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body(records),
      credentials: 'omit',
      ...more,
    });

  /** What an answer means for its batch: delivered, retried later, or refused for good (dropped, reported). */
  const settle = (batch: WireRecord[], status: number, retryAfterMs?: number) => {
    for (const record of batch) pending.delete(record.id);
    if (stopped) return;
    if (status >= 200 && status < 300) {
      retry = 0;
      remove(batch);
      save();
      schedule(0);
    } else if (RETRYABLE(status)) {
      // "Full jitter" between a tenth of the doubled ceiling and all of it: pages that failed together do
      // not retry together. A `Retry-After` asking for longer wins.
      const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** retry);
      const delay = Math.round(Math.max(retryAfterMs ?? 0, ceiling * (0.1 + 0.9 * random())));
      retry++;
      log(`analytics: ${status ? `HTTP ${status}` : 'no answer'}; retrying in ${delay} ms`);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      schedule(delay);
    } else {
      remove(batch);
      save();
      onDrop(batch.length, `the endpoint refused them (HTTP ${status})`);
      schedule(0);
    }
  };

  async function send(): Promise<void> {
    if (stopped || busy) return;
    const batch = queue.filter((r) => !pending.has(r.id)).slice(0, BATCH_SIZE);
    if (!batch.length) return;
    save();
    busy = true;
    for (const record of batch) pending.add(record.id);
    let status = 0;
    let retryAfterMs: number | undefined;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await request(batch, { signal: controller.signal });
      status = response.status;
      // Seconds only: what rate-limiting endpoints send (an HTTP date is read as no hint).
      retryAfterMs = Number(response.headers.get('Retry-After')) * 1000 || undefined;
    } catch {
      // Offline, refused, reset, timed out: retried like a 5xx.
    } finally {
      clearTimeout(timeout);
      busy = false;
    }
    settle(batch, status, retryAfterMs);
  }

  /**
   * When the page is hidden or unloads: what is queued (and not already in a request) goes in one request that
   * outlives the page, keepalive `fetch` or, where that throws (over the browser's budget), `sendBeacon`.
   * The records stay stored until an answer says 2xx: a page that lives on (only hidden) hears it and is done;
   * after an unload nobody hears it, so the next page sends them again and the receiver drops the copies by
   * id. At least once, so a flaky endpoint loses nothing.
   */
  const sendOnUnload = () => {
    if (stopped) return;
    const batch: WireRecord[] = [];
    let bytes = 20;
    for (const record of queue) {
      if (pending.has(record.id)) continue;
      bytes += JSON.stringify(record).length + 1;
      if (bytes > UNLOAD_BYTES) break;
      batch.push(record);
    }
    save();
    if (!batch.length) return;
    for (const record of batch) pending.add(record.id);
    try {
      request(batch, { keepalive: true }).then(
        (response) => settle(batch, response.status),
        () => settle(batch, 0),
      );
    } catch {
      // A keepalive fetch over the browser's budget throws at once: the beacon has a budget of its own. It
      // never tells how it went, so its records stay pending (and stored) for the next page.
      if (!beacon(url, body(batch))) for (const record of batch) pending.delete(record.id);
    }
  };

  // Phones often switch apps or close tabs without a pagehide: hidden is the last moment that is sure to come.
  const onHidden = () => {
    if (doc.visibilityState === 'hidden') sendOnUnload();
  };
  const onOnline = () => {
    retry = 0;
    sendSoon();
  };
  win.addEventListener('pagehide', sendOnUnload);
  doc.addEventListener('visibilitychange', onHidden);
  win.addEventListener('online', onOnline);
  schedule(FLUSH_DELAY_MS);

  return {
    add(record) {
      queue.push(record);
      if (queue.length > MAX_QUEUE) {
        const over = queue.splice(0, queue.length - MAX_QUEUE);
        onDrop(over.length, `the queue holds at most ${MAX_QUEUE}`);
      }
      // A full batch goes now, unless the endpoint is failing (then it waits its backoff).
      if (queue.length >= BATCH_SIZE && retry === 0) sendSoon();
      else schedule(FLUSH_DELAY_MS);
    },
    flush: sendSoon,
    drop() {
      queue.length = 0;
      storage.remove(QUEUE_KEY);
    },
    stop() {
      if (stopped) return;
      save();
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      win.removeEventListener('pagehide', sendOnUnload);
      doc.removeEventListener('visibilitychange', onHidden);
      win.removeEventListener('online', onOnline);
    },
  };
}

/** Forgets the stored queue without starting a transport (`consent(false)` before the endpoint ever ran). */
export function dropQueue(storage: KeyValueStorage): void {
  storage.remove(QUEUE_KEY);
}
