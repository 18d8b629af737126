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
 * counted and reported; a 4xx other than 408/429 drops the batch (the endpoint will never take it).
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
  /** The batch of the request under way. */
  let inFlight: WireRecord[] | undefined;
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
    if (stopped || timer !== undefined || inFlight || !queue.length) return;
    timer = setTimeout(() => {
      timer = undefined;
      void send();
    }, ms);
  };
  const body = (records: WireRecord[]) => JSON.stringify({ events: records });

  async function send(): Promise<void> {
    if (stopped || inFlight || !queue.length) return;
    save();
    const batch = queue.slice(0, BATCH_SIZE);
    inFlight = batch;
    let status = 0;
    let retryAfter: number | undefined;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body(batch),
        credentials: 'omit',
        signal: controller.signal,
      });
      status = response.status;
      // Seconds only: what rate-limiting endpoints send (an HTTP date is read as no hint).
      retryAfter = Number(response.headers.get('Retry-After')) * 1000 || undefined;
    } catch {
      // Offline, refused, timed out: retried like a 5xx.
    } finally {
      clearTimeout(timeout);
      inFlight = undefined;
    }
    if (stopped) return;
    if (status >= 200 && status < 300) {
      retry = 0;
      remove(batch);
      save();
      schedule(0);
      return;
    }
    if (RETRYABLE(status)) {
      // "Full jitter" between 0 and the doubled ceiling: many pages that failed together do not retry together.
      const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** retry);
      const delay = Math.round(Math.max(retryAfter ?? 0, ceiling * (0.1 + 0.9 * random())));
      retry++;
      log(`analytics: ${status ? `HTTP ${status}` : 'no answer'}; retrying in ${delay} ms`);
      schedule(delay);
      return;
    }
    remove(batch);
    save();
    onDrop(batch.length, `the endpoint refused them (HTTP ${status})`);
    schedule(0);
  }

  /**
   * What is queued, sent in one request that outlives the page; what fits goes, the rest waits in storage.
   * The batch of a request under way goes too when the page unloads (the browser cancels that request),
   * not when it is only hidden (that request still gets its answer).
   */
  const sendOnUnload = (unloading: boolean) => {
    if (stopped || !queue.length) return;
    const batch: WireRecord[] = [];
    const busy = new Set(unloading ? [] : (inFlight ?? []).map((r) => r.id));
    let bytes = 20;
    for (const record of queue) {
      if (busy.has(record.id)) continue;
      bytes += JSON.stringify(record).length + 1;
      if (bytes > UNLOAD_BYTES) break;
      batch.push(record);
    }
    if (!batch.length) return;
    const text = body(batch);
    let queued = false;
    try {
      doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: text,
        credentials: 'omit',
        keepalive: true,
      }).catch(() => {});
      queued = true;
    } catch {
      // A keepalive fetch over the browser's budget throws at once: the beacon has a budget of its own.
      queued = beacon(url, text);
    }
    // Handed to the browser, which sends it after the page is gone: taken as delivered (a second copy after a
    // reload would be the receiver's to drop, but one copy is the normal case).
    if (queued) remove(batch);
    save();
  };

  const onPageHide = () => sendOnUnload(true);
  // Phones often switch apps or close tabs without a pagehide: hidden is the last moment that is sure to come.
  const onHidden = () => {
    if (doc.visibilityState === 'hidden') sendOnUnload(false);
  };
  const sendSoon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    schedule(0);
  };
  const onOnline = () => {
    retry = 0;
    sendSoon();
  };
  win.addEventListener('pagehide', onPageHide);
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
      win.removeEventListener('pagehide', onPageHide);
      doc.removeEventListener('visibilitychange', onHidden);
      win.removeEventListener('online', onOnline);
    },
  };
}

/** Forgets the stored queue without starting a transport (`consent(false)` before the endpoint ever ran). */
export function dropQueue(storage: KeyValueStorage): void {
  storage.remove(QUEUE_KEY);
}
