// A large feed (BIG_FEED characters or more) in the knowledge base: read, parsed, validated and stored in slices
// with the `bigfeed` chunk's code; small feeds never load that chunk.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BIG_FEED, CACHE_NAME, setupKnowledgeBase } from '../../../src/kb';
import type { PathlightConfig } from '../../../src/types';
import {
  article,
  type FakeCacheStorage,
  fakeRuntime,
  feed,
  feedServer,
  installIdle,
  installStorage,
  json,
  type Route,
} from './kb-fakes';

const abs = (path: string) => new URL(path, document.baseURI).href;
/** `n` articles of about 2 KB each; `tag` marks the copy in every title. */
const big = (tag: string, n = 400) =>
  feed(
    Array.from({ length: n }, (_, i) =>
      article(`a${i}`, {
        title: `${tag} article ${i}`,
        body: `Paragraph "${i}" with [brackets], {braces} and a back\\slash. `.repeat(36) + `needle${i}`,
      }),
    ),
  );
const BIG_A = big('Saved');
const BIG_B = big('Fresh', 260);

let caches: FakeCacheStorage;
const made: Array<ReturnType<typeof fakeRuntime>> = [];
function start(config: PathlightConfig, routes: Record<string, Route[]> = {}) {
  const server = feedServer(routes);
  vi.stubGlobal('fetch', server.fetch);
  const runtime = fakeRuntime(config);
  made.push(runtime);
  return { kb: setupKnowledgeBase(runtime.rt), server, ...runtime };
}
const ready = (kb: ReturnType<typeof start>['kb']) =>
  vi.waitFor(() => expect(kb.$searchReady.get()).toBe(true), { timeout: 20000, interval: 5 });

beforeEach(() => {
  ({ caches } = installStorage());
  installIdle();
});
afterEach(() => {
  for (const runtime of made.splice(0)) runtime.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a large feed', () => {
  it('is read with the bigfeed chunk; search works and the copy is saved as it came', async () => {
    const text = JSON.stringify(BIG_A);
    expect(text.length).toBeGreaterThan(BIG_FEED);
    const { kb, rt, errors } = start({ feed: '/kb.json' }, { '/kb.json': [json(text)] });
    await ready(kb);
    expect(rt.loadChunk).toHaveBeenCalledWith('bigfeed');
    expect(kb.$articles.get()).toHaveLength(400);
    expect(kb.search('needle321').map((hit) => hit.id)).toEqual(['a321']);
    await vi.waitFor(() => expect(caches.text(CACHE_NAME, abs('/kb.json'))).toBe(text));
    expect(errors).toEqual([]);
  });

  it("is indexed with the chunk's word table (the faster one), which finds what the default one does", async () => {
    const chunk = await import('../../../src/kb/big-feed-chunk');
    const table = vi.fn(chunk.scanningWordTable);
    const { kb, rt, errors } = start({ feed: '/kb.json' }, { '/kb.json': [json(BIG_A)] });
    vi.mocked(rt.loadChunk).mockResolvedValue({ ...chunk, scanningWordTable: table } as never);
    await ready(kb);
    expect(table).toHaveBeenCalledTimes(1);
    expect(kb.search('needle321').map((hit) => hit.id)).toEqual(['a321']);
    expect(kb.search('Saved article 12')[0]?.id).toBe('a12');
    expect(errors).toEqual([]);
  });

  it('is still read when the chunk fails to load (in one go)', async () => {
    const { kb, rt, errors } = start({ feed: '/kb.json' }, { '/kb.json': [json(BIG_A)] });
    vi.mocked(rt.loadChunk).mockRejectedValue(new Error('offline'));
    await ready(kb);
    expect(kb.$articles.get()).toHaveLength(400);
    await vi.waitFor(() => expect(caches.text(CACHE_NAME, abs('/kb.json'))).toBe(JSON.stringify(BIG_A)));
    expect(errors).toEqual([]);
  });

  it('a small feed never loads the chunk', async () => {
    const { kb, rt } = start({ feed: '/kb.json' }, { '/kb.json': [json(feed([article('one')]))] });
    await ready(kb);
    expect(kb.$articles.get()).toHaveLength(1);
    expect(rt.loadChunk).not.toHaveBeenCalled();
  });
});

describe('a saved copy still being validated when the fresh copy arrives', () => {
  // Every step looks 5 ms long: validation pauses every other step, and the fetch lands in the middle of it.
  beforeEach(() => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
  });

  it('shows first; the fresh copy then replaces it', async () => {
    await (await caches.open(CACHE_NAME)).put(abs('/kb.json'), json(BIG_A));
    const { kb, server } = start({ feed: '/kb.json' }, { '/kb.json': [json(BIG_B)] });
    const shown: string[] = [];
    server.fetch.mockImplementationOnce(async (...args) => {
      shown.push('fetched');
      return server.fetch.getMockImplementation()!(...args);
    });
    kb.$articles.listen((articles) => shown.push(articles[0]?.title ?? ''));
    await vi.waitFor(() => expect(shown.at(-1)).toBe('Fresh article 0'), { timeout: 20000, interval: 5 });
    expect(server.calls).toEqual(['/kb.json']);
    // The fresh copy came while the saved one was still being validated.
    expect(shown).toEqual(['fetched', 'Saved article 0', 'Fresh article 0']);
    await ready(kb);
    expect(kb.search('needle7')[0]?.title).toBe('Fresh article 7');
  });

  it('is not validated again when the fresh copy is the same', async () => {
    // A note on the copy: reported when the fresh copy has been through apply, which says when to look.
    const noted = {
      ...BIG_A,
      articles: [{ ...(BIG_A.articles[0] as object), category: 'nope' }, ...BIG_A.articles.slice(1)],
    };
    await (await caches.open(CACHE_NAME)).put(abs('/kb.json'), json(noted));
    const { kb, rt, errors } = start({ feed: '/kb.json' }, { '/kb.json': [json(noted)] });
    await vi.waitFor(() => expect(errors.map((e) => e.code)).toContain('feed_invalid'), {
      timeout: 20000,
      interval: 5,
    });
    expect(errors[0]?.message).toMatch(/articles\[0\]\.category: unknown category "nope"/);
    // Once, for the saved copy; the same fresh copy is neither validated nor stored again.
    expect(rt.loadChunk).toHaveBeenCalledTimes(1);
    expect(kb.$articles.get()[0]?.title).toBe('Saved article 0');
  });
});
