import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sliced } from '../../../src/core/slices';
import { encodeSteps } from '../../../src/kb/encode';
import {
  CACHE_NAME,
  CACHE_TIMEOUT_MS,
  createFeedCache,
  IDB_NAME,
  IDB_STORE,
} from '../../../src/kb/feed-cache';
import { installStorage } from './kb-fakes';

const URL_ = 'https://help.example.com/kb.en.json';
const BIG = JSON.stringify({ version: 1, articles: [], padding: 'x'.repeat(600 * 1024) });

let setItem: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  localStorage.clear();
  setItem = vi.spyOn(Storage.prototype, 'setItem');
});
afterEach(() => {
  // The feed cache never touches localStorage, whatever store it ends up with.
  expect(setItem).not.toHaveBeenCalled();
  expect(localStorage.length).toBe(0);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createFeedCache', () => {
  it('keeps feeds in Cache Storage, keyed by URL, for the next visit', async () => {
    const { caches, idb } = installStorage();
    const first = createFeedCache();
    await first.write(URL_, BIG);
    expect(await first.kind()).toBe('cache-storage');
    expect(caches.text(CACHE_NAME, URL_)).toBe(BIG);
    expect(idb.databases.size).toBe(0);

    const nextVisit = createFeedCache();
    const stored = await nextVisit.read(URL_);
    expect(stored?.text).toBe(BIG);
    expect(stored?.storedAt).toBeGreaterThan(0);
    expect(await nextVisit.read('https://help.example.com/other.json')).toBeUndefined();
  });

  it.each<[string, { cacheStorage?: boolean; failOpen?: boolean }]>([
    ['caches does not exist (plain-http origin)', { cacheStorage: false }],
    ['caches.open throws (private mode)', { failOpen: true }],
  ])('falls back to IndexedDB when %s', async (_name, { cacheStorage = true, failOpen = false }) => {
    const { caches, idb } = installStorage({ cacheStorage });
    if (failOpen) caches.failOpen = new DOMException('denied', 'SecurityError');
    const first = createFeedCache();
    await first.write(URL_, BIG);
    expect(await first.kind()).toBe('indexeddb');
    expect(idb.value(IDB_NAME, IDB_STORE, URL_)).toMatchObject({ text: BIG });
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(idb.closed).toHaveBeenCalled();
    expect((await createFeedCache().read(URL_))?.text).toBe(BIG);
  });

  it('falls back to memory when neither store is usable, and never throws', async () => {
    const { idb } = installStorage({ cacheStorage: false });
    idb.failOpen = new DOMException('denied', 'InvalidStateError');
    const cache = createFeedCache();
    await expect(cache.write(URL_, 'text')).resolves.toBeUndefined();
    expect(await cache.kind()).toBe('memory');
    expect((await cache.read(URL_))?.text).toBe('text');
    // Memory is this page only.
    expect(await createFeedCache().read(URL_)).toBeUndefined();
  });

  // WebKit can leave `indexedDB.open` pending forever; with no Cache Storage (plain http) that was the only store.
  it('gives up on a store that never opens: reads and writes settle within the bound, memory serves', async () => {
    vi.useFakeTimers();
    try {
      installStorage({ cacheStorage: false });
      const pending = { onsuccess: null, onerror: null, onblocked: null, onupgradeneeded: null };
      vi.stubGlobal('indexedDB', { open: () => pending });
      const log = vi.fn();
      const cache = createFeedCache({ log });
      let read: unknown = 'pending';
      void cache.read(URL_).then((value) => {
        read = value;
      });
      await vi.advanceTimersByTimeAsync(CACHE_TIMEOUT_MS - 1);
      expect(read).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(read).toBeUndefined();
      expect(log).toHaveBeenCalledWith(expect.stringContaining('IndexedDB unavailable'));
      await cache.write(URL_, 'text');
      expect(await cache.kind()).toBe('memory');
      expect((await cache.read(URL_))?.text).toBe('text');
    } finally {
      vi.useRealTimers();
    }
  });

  it('works with no storage APIs at all', async () => {
    installStorage({ cacheStorage: false, indexedDB: false });
    const cache = createFeedCache();
    await cache.write(URL_, 'text');
    expect((await cache.read(URL_))?.text).toBe('text');
  });

  it.each(['cache-storage', 'indexeddb'])(
    'skips a %s write that does not fit, keeping the copy in memory',
    async (kind) => {
      const { caches, idb } = installStorage({ cacheStorage: kind === 'cache-storage' });
      const quota = new DOMException('full', 'QuotaExceededError');
      caches.failPut = quota;
      idb.failPut = quota;
      const log = vi.fn();
      const cache = createFeedCache({ log });
      await expect(cache.write(URL_, BIG)).resolves.toBeUndefined();
      expect(log).toHaveBeenCalledWith(expect.stringContaining('could not store'));
      expect((await cache.read(URL_))?.text).toBe(BIG);
      // Nothing half-written for the next visit.
      expect(await createFeedCache().read(URL_)).toBeUndefined();
    },
  );

  it('replaces the stored copy with a newer one', async () => {
    installStorage();
    const cache = createFeedCache();
    await cache.write(URL_, 'old');
    await cache.write(URL_, 'new');
    expect((await createFeedCache().read(URL_))?.text).toBe('new');
  });
});

describe('a large feed in Cache Storage', () => {
  // Non-ASCII, and an emoji (a surrogate pair) across every 64 K cut.
  const LARGE = `${'a'.repeat(65535)}😀${'ł'.repeat(65534)}😀${'x'.repeat(1000)}`;

  it('is stored as the body `encode` gives: encodeSteps encodes it in slices, cut between characters', async () => {
    const { caches } = installStorage();
    const cache = createFeedCache({ encode: (text) => sliced(encodeSteps(text)) });
    await cache.write(URL_, LARGE);
    expect(caches.text(CACHE_NAME, URL_)).toBe(LARGE);
    expect((await createFeedCache().read(URL_))?.text).toBe(LARGE);
  });

  it('encodeSteps takes a step per 64 K characters and gives the same bytes as TextEncoder', async () => {
    const steps = encodeSteps(LARGE);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    expect(count).toBe(Math.ceil(LARGE.length / 65536));
    const bytes = new Uint8Array(await step.value.arrayBuffer());
    // Buffer.compare: toEqual walks 200 K bytes one by one.
    expect(Buffer.compare(bytes, new TextEncoder().encode(LARGE))).toBe(0);
  });
});
