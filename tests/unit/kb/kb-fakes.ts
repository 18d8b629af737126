// Test doubles for the knowledge base: Cache Storage, IndexedDB (happy-dom has neither), a feed
// server for `fetch`, and a minimal Runtime.
import { atom } from 'nanostores';
import { vi } from 'vitest';
import type { Runtime } from '../../../src/core/context';
import type { PathlightConfig, PathlightError } from '../../../src/types';

const later = (fn: () => void) => setTimeout(fn, 0);

/** Cache Storage over Maps; `failOpen` makes `open` reject like a private-mode browser. */
export class FakeCacheStorage {
  readonly caches = new Map<string, Map<string, { body: string; headers: [string, string][] }>>();
  failOpen: Error | undefined;
  failPut: Error | undefined;

  async open(name: string) {
    if (this.failOpen) throw this.failOpen;
    let entries = this.caches.get(name);
    if (!entries) {
      entries = new Map();
      this.caches.set(name, entries);
    }
    const store = entries;
    const key = (request: RequestInfo | URL) => (typeof request === 'string' ? request : String(request));
    return {
      match: async (request: RequestInfo | URL) => {
        const entry = store.get(key(request));
        return entry ? new Response(entry.body, { headers: entry.headers }) : undefined;
      },
      put: async (request: RequestInfo | URL, response: Response) => {
        if (this.failPut) throw this.failPut;
        store.set(key(request), { body: await response.text(), headers: [...response.headers.entries()] });
      },
    };
  }

  /** The stored text for `url` in `name`, for assertions. */
  text(name: string, url: string): string | undefined {
    return this.caches.get(name)?.get(url)?.body;
  }
}

interface FakeRequest {
  result?: unknown;
  error?: unknown;
  onsuccess?: () => void;
  onerror?: () => void;
  onupgradeneeded?: () => void;
  onblocked?: () => void;
}

/** Just enough IndexedDB for one object store with out-of-line keys. */
export class FakeIndexedDB {
  readonly databases = new Map<string, Map<string, Map<unknown, unknown>>>();
  failOpen: Error | undefined;
  failPut: Error | undefined;
  readonly closed = vi.fn();

  open(name: string, _version?: number) {
    const request: FakeRequest = {};
    later(() => {
      if (this.failOpen) {
        request.error = this.failOpen;
        request.onerror?.();
        return;
      }
      let stores = this.databases.get(name);
      const upgrade = !stores;
      if (!stores) {
        stores = new Map();
        this.databases.set(name, stores);
      }
      request.result = this.db(stores);
      if (upgrade) request.onupgradeneeded?.();
      request.onsuccess?.();
    });
    return request;
  }

  private db(stores: Map<string, Map<unknown, unknown>>) {
    return {
      objectStoreNames: { contains: (store: string) => stores.has(store) },
      createObjectStore: (store: string) => stores.set(store, new Map()),
      close: this.closed,
      transaction: (storeName: string) => {
        const tx: {
          oncomplete?: () => void;
          onerror?: () => void;
          onabort?: () => void;
          error?: unknown;
          objectStore?: () => unknown;
        } = {};
        const data = stores.get(storeName)!;
        tx.objectStore = () => ({
          get: (key: unknown) => {
            const request: FakeRequest = {};
            later(() => {
              request.result = structuredClone(data.get(key));
              request.onsuccess?.();
            });
            return request;
          },
          put: (value: unknown, key: unknown) => {
            later(() => {
              if (this.failPut) {
                tx.error = this.failPut;
                tx.onabort?.();
                return;
              }
              data.set(key, structuredClone(value));
              tx.oncomplete?.();
            });
          },
        });
        return tx;
      },
    };
  }

  value(db: string, store: string, key: string): unknown {
    return this.databases.get(db)?.get(store)?.get(key);
  }
}

export type Route = Response | Error | 'hang' | (() => Response | Promise<Response>);

/**
 * A `fetch` answering by URL path. Each path has a queue of answers; the last one repeats.
 * Unknown paths answer 404.
 */
export function feedServer(routes: Record<string, Route[]> = {}) {
  const calls: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push(url.pathname);
    const queue = routes[url.pathname];
    if (!queue || queue.length === 0) return new Response('Not found', { status: 404 });
    const step = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (step === 'hang')
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    if (step instanceof Error) throw step;
    const response = typeof step === 'function' ? await step() : step;
    return response.clone();
  });
  return { fetch, calls, routes };
}

export const json = (value: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof value === 'string' ? value : JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

export const article = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Article ${id}`,
  body: `Body of ${id}.`,
  format: 'markdown',
  ...extra,
});

export const feed = (articles: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  categories: [],
  articles,
  ...extra,
});

/** The remote search's chunks, as the composition root loads them. */
const SEARCH_CHUNKS: Record<string, () => Promise<unknown>> = {
  'search-remote': () => import('../../../src/kb/remote/chunk'),
  'search-meilisearch': () => import('../../../src/kb/remote/meilisearch'),
  'search-typesense': () => import('../../../src/kb/remote/typesense'),
  'search-algolia': () => import('../../../src/kb/remote/algolia'),
  'search-endpoint': () => import('../../../src/kb/remote/endpoint'),
};

/**
 * A Runtime with only what the knowledge base uses; `loadChunk` has the `bigfeed` chunk (a large feed's) and the
 * `stem-ru`, `stem-de` and `stem-lt` chunks (a Russian, German or Lithuanian feed's).
 */
export function fakeRuntime(config: PathlightConfig, locale = 'en') {
  const teardowns: Array<() => void> = [];
  const errors: PathlightError[] = [];
  const $locale = atom(locale);
  const rt = {
    config,
    report: (code: PathlightError['code'], message: string) => errors.push({ code, message }),
    $locale,
    log: () => {},
    onDestroy: (teardown: () => void) => teardowns.push(teardown),
    loadChunk: vi.fn((name: string) =>
      name === 'bigfeed'
        ? import('../../../src/kb/big-feed-chunk')
        : name === 'stem-ru'
          ? import('../../../src/kb/stem-ru-chunk')
          : name === 'stem-de'
            ? import('../../../src/kb/stem-de-chunk')
            : name === 'stem-lt'
              ? import('../../../src/kb/stem-lt-chunk')
              : name in SEARCH_CHUNKS
                ? SEARCH_CHUNKS[name]!()
                : Promise.reject(new Error(`no ${name} chunk here`)),
    ),
  } as unknown as Runtime;
  return {
    rt,
    errors,
    $locale,
    destroy: () => {
      for (const teardown of teardowns.splice(0).reverse()) teardown();
    },
  };
}

/** Installs the doubles as globals; returns them. */
export function installStorage({ cacheStorage = true, indexedDB = true } = {}) {
  const caches = new FakeCacheStorage();
  const idb = new FakeIndexedDB();
  vi.stubGlobal('caches', cacheStorage ? caches : undefined);
  vi.stubGlobal('indexedDB', indexedDB ? idb : undefined);
  return { caches, idb };
}

/** Idle callbacks that fire on the next macrotask, so tests need no long waits. */
export function installIdle() {
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => setTimeout(fn, 0));
  vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
}
