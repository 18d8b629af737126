import { readText } from '../core/fetch-text';
import { openIdbStore, within } from '../core/idb';

/** The Cache Storage cache holding the last good copy of each feed, keyed by the feed's URL. */
export const CACHE_NAME = 'pathlight-feeds';
/** The IndexedDB database and object store used where Cache Storage is unavailable. */
export const IDB_NAME = 'pathlight';
export const IDB_STORE = 'feeds';

export interface StoredFeed {
  text: string;
  /** When it was stored (ms since the epoch). */
  storedAt: number;
}

export interface FeedCacheOptions {
  log?: (message: string) => void;
  /** The body Cache Storage keeps for a text (`new Response(text)` encodes a large one in one long task). */
  encode?: (text: string) => BodyInit | Promise<BodyInit>;
}

export type FeedCacheKind = 'cache-storage' | 'indexeddb' | 'memory';

/**
 * The last good copy of each feed, for stale-while-revalidate and offline use. Feeds can be
 * megabytes, so they live in Cache Storage (secure origins), else IndexedDB (also on plain-http
 * origins, where `caches` does not exist), else in memory for this page only — never in
 * localStorage, whose 256 KB budget is for preferences. Never throws; a write that does not fit is
 * skipped whole (a Cache `put` and an IndexedDB transaction are atomic).
 */
export interface FeedCache {
  read(url: string): Promise<StoredFeed | undefined>;
  write(url: string, text: string): Promise<void>;
  /** The store in use, once the first read or write picked it. */
  kind(): Promise<FeedCacheKind>;
  /** Closes the IndexedDB connection. */
  close(): void;
}

interface Backend {
  kind: FeedCacheKind;
  read(url: string): Promise<StoredFeed | undefined>;
  write(url: string, stored: StoredFeed): Promise<void>;
  close?(): void;
}

const STORED_AT = 'x-pathlight-stored-at';

async function cacheStorage(encode: FeedCacheOptions['encode']): Promise<Backend | undefined> {
  // `caches` only exists in secure contexts, and opening it throws in some private modes.
  const storage = (globalThis as { caches?: CacheStorage }).caches;
  if (typeof storage?.open !== 'function') return undefined;
  const cache = await storage.open(CACHE_NAME);
  return {
    kind: 'cache-storage',
    async read(url) {
      const response = await cache.match(url);
      if (!response) return undefined;
      return { text: await readText(response), storedAt: Number(response.headers.get(STORED_AT)) || 0 };
    },
    async write(url, stored) {
      await cache.put(
        url,
        new Response(encode ? await encode(stored.text) : stored.text, {
          headers: { 'content-type': 'application/json', [STORED_AT]: String(stored.storedAt) },
        }),
      );
    },
  };
}

async function indexedDb(): Promise<Backend | undefined> {
  const store = await openIdbStore(IDB_NAME, IDB_STORE);
  if (!store) return undefined;
  return {
    kind: 'indexeddb',
    async read(url) {
      const value = await store.get<StoredFeed>(url);
      return value && typeof value.text === 'string' ? value : undefined;
    },
    write: (url, stored) => store.put(url, stored),
    close: () => store.close(),
  };
}

/**
 * How long opening a store, or one read or write, may take before the cache gives up on it. A stuck IndexedDB
 * (`open` that never settles is a known WebKit failure mode) must never hold the knowledge base back.
 */
export const CACHE_TIMEOUT_MS = 2000;

const bounded = <T>(work: Promise<T>, what: string): Promise<T> => within(work, CACHE_TIMEOUT_MS, what);

/**
 * Opens the feed cache lazily (on first use). Opening a store and every read and write are bounded by
 * {@link CACHE_TIMEOUT_MS}: a store that does not answer in time is given up for this page (memory serves). Every copy is also kept in memory, so switching
 * locales back and forth in one page needs no second read.
 * @example
 * const cache = createFeedCache({ log: rt.log });
 * const last = await cache.read('https://example.com/help/feed.json');
 */
export function createFeedCache(options: FeedCacheOptions = {}): FeedCache {
  const memory = new Map<string, StoredFeed>();
  let closed = false;
  let backend: Promise<Backend | undefined> | undefined;

  const pick = (): Promise<Backend | undefined> => {
    backend ??= (async () => {
      for (const [name, open] of [
        ['Cache Storage', () => cacheStorage(options.encode)],
        ['IndexedDB', indexedDb],
      ] as const) {
        try {
          const found = await bounded(open(), `Opening ${name}`);
          if (found) {
            if (closed) found.close?.();
            return found;
          }
        } catch (error) {
          options.log?.(`Feed cache: ${name} unavailable (${String(error)})`);
        }
      }
      options.log?.('Feed cache: keeping feeds in memory for this page only');
      return undefined;
    })();
    return backend;
  };

  return {
    async read(url) {
      const known = memory.get(url);
      if (known) return known;
      try {
        const store = await pick();
        const stored = closed || !store ? undefined : await bounded(store.read(url), 'Reading');
        if (stored) memory.set(url, stored);
        return stored;
      } catch (error) {
        options.log?.(`Feed cache: could not read ${url} (${String(error)})`);
        return undefined;
      }
    },
    async write(url, text) {
      const stored = { text, storedAt: Date.now() };
      memory.set(url, stored);
      try {
        const store = await pick();
        if (!closed && store) await bounded(store.write(url, stored), 'Storing');
      } catch (error) {
        // Quota or a storage that vanished: the copy in memory still serves this page.
        options.log?.(`Feed cache: could not store ${url} (${String(error)})`);
      }
    },
    async kind() {
      return (await pick())?.kind ?? 'memory';
    },
    close() {
      closed = true;
      void backend?.then((store) => store?.close?.());
    },
  };
}
