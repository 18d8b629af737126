// The knowledge base with `config.search`: the engine answers the panel's queries (one request at a time, the
// one before aborted, answers cached per query and locale), and the feed's index answers when the engine fails,
// times out or the browser is offline, with one warning and one `error` event per outage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type KnowledgeBase, setupKnowledgeBase } from '../../../src/kb';
import type { PathlightConfig, RemoteSearchHit, SearchAdapter, SearchRequest } from '../../../src/types';
import { article, fakeRuntime, feed, feedServer, installIdle, installStorage, type Route } from './kb-fakes';

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, what: string, tries = 200) {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await tick(5);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const FEED = feed(
  [
    article('reset-password', { title: 'Reset your password' }),
    article('create-invoice', { title: 'Create an invoice' }),
  ],
  { locale: 'en' },
) as PathlightConfig['feed'];
const ENGINE_HITS: RemoteSearchHit[] = [
  {
    id: 'reset-password',
    title: 'Reset your password',
    snippet: 'Forgot your password?',
    ranges: { title: [[0, 5]], snippet: [[12, 20]] },
  },
  { id: 'sso', title: 'Single sign-on', snippet: 'Reset SSO', url: 'https://help.example.com/sso' },
];

/** An adapter whose answers the test controls: each call waits for `answer()` or `fail()`. */
function controlledAdapter(extra: Partial<SearchAdapter> = {}) {
  const calls: Array<SearchRequest & { answer(hits: unknown): void; fail(error: unknown): void }> = [];
  const adapter: SearchAdapter = {
    search: vi.fn(
      (request: SearchRequest) =>
        new Promise<RemoteSearchHit[]>((answer, fail) => {
          calls.push({ ...request, answer: answer as (hits: unknown) => void, fail });
          request.signal.addEventListener('abort', () => fail(request.signal.reason));
        }),
    ),
    ...extra,
  };
  return { adapter, calls };
}

const made: Array<ReturnType<typeof fakeRuntime>> = [];
/** `null`: no feed at all, the engine alone. */
function start(search: PathlightConfig['search'], feedConfig: PathlightConfig['feed'] | null = FEED) {
  const runtime = fakeRuntime({ ...(feedConfig ? { feed: feedConfig } : {}), search });
  made.push(runtime);
  const kb = setupKnowledgeBase(runtime.rt);
  return { kb, ...runtime };
}
const ids = (kb: KnowledgeBase, query: string) => kb.search(query, { limit: 20 }).map((hit) => hit.id);
/** Searches until the knowledge base is ready for the query (the panel does the same on `$searchReady`). */
async function settled(kb: KnowledgeBase, query: string) {
  kb.search(query);
  await tick();
  await until(() => kb.$searchReady.get(), `an answer to "${query}"`);
  return kb.search(query, { limit: 20 });
}

beforeEach(() => {
  installStorage();
  installIdle();
});
afterEach(() => {
  for (const runtime of made.splice(0)) runtime.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('remote search', () => {
  it('answers from the engine, with its highlights, while the search is not ready until then', async () => {
    const { adapter, calls } = controlledAdapter();
    const { kb, errors } = start({ provider: adapter });
    await until(() => kb.$searchReady.get(), 'the local index');
    expect(kb.search('reset')).toEqual([]);
    await until(() => calls.length === 1, 'the engine request');
    await tick();
    expect(kb.$searchReady.get()).toBe(false);
    expect(calls[0]).toMatchObject({ query: 'reset', locale: 'en', limit: 20, context: { path: '/' } });
    calls[0]!.answer(ENGINE_HITS);
    await until(() => kb.$searchReady.get(), 'the answer');
    const hits = kb.search('reset');
    expect(hits.map((h) => h.id)).toEqual(['reset-password', 'sso']);
    expect(hits[0]!.highlights).toEqual({ title: [[0, 5]], snippet: [[12, 20]] });
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(errors).toEqual([]);
  });

  it('leaves the engine out of a local search (related articles)', async () => {
    const { adapter, calls } = controlledAdapter();
    const { kb } = start({ provider: adapter });
    await until(() => kb.$searchReady.get(), 'the local index');
    expect(kb.search('invoice', { local: true }).map((h) => h.id)).toEqual(['create-invoice']);
    await tick();
    expect(calls).toHaveLength(0);
    expect(kb.$searchReady.get()).toBe(true);
  });

  it('caches answers per query and locale', async () => {
    const { adapter, calls } = controlledAdapter();
    const { kb, $locale } = start({ provider: adapter }, null);
    await until(() => kb.$searchReady.get(), 'the remote search');
    kb.search('reset');
    await until(() => calls.length === 1, 'the first request');
    calls[0]!.answer(ENGINE_HITS);
    await until(() => kb.$searchReady.get(), 'the answer');
    expect(ids(kb, 'reset')).toEqual(['reset-password', 'sso']);
    expect(ids(kb, ' Reset ')).toEqual(['reset-password', 'sso']);
    expect(calls).toHaveLength(1);
    $locale.set('pl');
    kb.search('reset');
    await until(() => calls.length === 2, 'the Polish request');
    expect(calls[1]!.locale).toBe('pl');
  });

  it('aborts the request of a query when the next one is searched, without reporting it', async () => {
    const { adapter, calls } = controlledAdapter();
    const { kb, errors } = start({ provider: adapter }, null);
    await until(() => kb.$searchReady.get(), 'the remote search');
    kb.search('res');
    kb.search('rese');
    kb.search('reset');
    await until(() => calls.length === 3, 'three requests');
    expect(calls.map((c) => c.signal.aborted)).toEqual([true, true, false]);
    calls[2]!.answer(ENGINE_HITS.slice(0, 1));
    await until(() => kb.$searchReady.get(), 'the answer');
    expect(ids(kb, 'reset')).toEqual(['reset-password']);
    expect(errors).toEqual([]);
  });

  it('falls back to the feed when the endpoint answers 500, reporting it once per outage', async () => {
    const fetch = vi.fn(async () => new Response('oops', { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    const { kb, errors } = start({ provider: 'endpoint', url: 'https://search.example.com/q' });
    await until(() => kb.$searchReady.get(), 'the local index');
    expect((await settled(kb, 'invoice')).map((h) => h.id)).toEqual(['create-invoice']);
    expect((await settled(kb, 'password')).map((h) => h.id)).toEqual(['reset-password']);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(errors).toEqual([
      {
        code: 'search_failed',
        message: expect.stringMatching(
          /searching the help feed instead: GET https:\/\/search.example.com\/q\?q=invoice.* HTTP 500/,
        ),
      },
    ]);
    // The failed query is not asked again until the engine answers another one.
    kb.search('invoice');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('falls back to the feed when the engine takes longer than timeoutMs', async () => {
    const { adapter, calls } = controlledAdapter();
    const { kb, errors } = start({ provider: adapter, timeoutMs: 30 });
    await until(() => kb.$searchReady.get(), 'the local index');
    expect((await settled(kb, 'invoice')).map((h) => h.id)).toEqual(['create-invoice']);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(errors.map((e) => e.code)).toEqual(['search_failed']);
    expect(errors[0]!.message).toMatch(/no answer within 30 ms/);
  });

  it('searches the feed at once when the browser is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { adapter, calls } = controlledAdapter();
    const { kb, errors } = start({ provider: adapter });
    await until(() => kb.$searchReady.get(), 'the local index');
    expect(ids(kb, 'password')).toEqual(['reset-password']);
    expect(calls).toHaveLength(0);
    expect(errors).toEqual([]);
  });

  it('without a feed, an engine that fails leaves the panel "unavailable" until it answers again', async () => {
    const { adapter, calls } = controlledAdapter();
    const { kb, errors } = start({ provider: adapter }, null);
    expect(kb.$status.get()).toBe('loading');
    await until(() => kb.$searchReady.get(), 'the remote search');
    expect(kb.$status.get()).toBe('ready');
    kb.search('reset');
    await until(() => calls.length === 1, 'the request');
    calls[0]!.fail(new TypeError('Failed to fetch'));
    await until(() => kb.$status.get() === 'error', 'the error status');
    expect(kb.search('reset')).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      'Help search engine failed, searching the help feed instead: Failed to fetch',
    ]);
    kb.retry();
    await until(() => kb.$searchReady.get(), 'search ready again');
    kb.search('reset');
    await until(() => calls.length === 2, 'the retry');
    calls[1]!.answer(ENGINE_HITS);
    await until(() => kb.$status.get() === 'ready' && kb.$searchReady.get(), 'the answer');
    expect(ids(kb, 'reset')).toEqual(['reset-password', 'sso']);
    expect(errors).toHaveLength(1);
  });

  it('without a feed and offline, the panel is "unavailable" at once', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { adapter, calls } = controlledAdapter();
    const { kb } = start({ provider: adapter }, null);
    await until(() => kb.$searchReady.get(), 'the remote search');
    expect(kb.search('reset')).toEqual([]);
    await until(() => kb.$status.get() === 'error', 'the error status');
    expect(calls).toHaveLength(0);
  });

  it('with a feed still loading, the status stays the one of the feed', async () => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    const { adapter } = controlledAdapter();
    const { kb, rt } = start({ provider: adapter }, '/help/feed.json');
    await until(
      () => vi.mocked(rt.loadChunk).mock.calls.some(([name]) => name === 'search-remote'),
      'the chunk',
    );
    await tick(20);
    expect(kb.$status.get()).toBe('loading');
  });

  it.each<[string, Route, number]>([
    ['malformed', new Response('{"version": 1, "articles": [', { status: 200 }), 200],
    ['refused (HTTP 403)', new Response('Forbidden', { status: 403 }), 200],
    // Four attempts, the backoff between them at its shortest (0.5 + 1 + 2 s).
    ['unreachable (a network error)', new TypeError('Failed to fetch'), 1200],
  ])(
    'with the feed %s and no saved copy, the engine still searches: not "unavailable"',
    async (_, answer, tries) => {
      vi.spyOn(Math, 'random').mockReturnValue(0);
      vi.stubGlobal('fetch', feedServer({ '/help/feed.json': [answer] }).fetch);
      const { adapter, calls } = controlledAdapter();
      const { kb, errors } = start({ provider: adapter }, '/help/feed.json');
      await until(() => errors.some((e) => e.code.startsWith('feed_')), 'the feed failing', tries);
      await until(() => kb.$status.get() === 'ready', 'the engine taking over');
      expect(kb.$articles.get()).toEqual([]);
      kb.search('reset');
      await until(() => calls.length === 1, 'the request');
      expect(kb.$searchReady.get()).toBe(false);
      calls[0]!.answer(ENGINE_HITS);
      await until(() => kb.$searchReady.get(), 'the answer');
      expect(ids(kb, 'reset')).toEqual(['reset-password', 'sso']);
      // The engine failing too: nothing is left to answer, and the panel says so.
      kb.search('invoice');
      await until(() => calls.length === 2, 'the second request');
      calls[1]!.fail(new TypeError('Failed to fetch'));
      await until(() => kb.$status.get() === 'error', 'the error status');
      expect(kb.search('invoice')).toEqual([]);
    },
  );

  it('with the feed failing offline, the engine cannot answer either: "unavailable"', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    vi.stubGlobal('fetch', feedServer({ '/help/feed.json': [new TypeError('Failed to fetch')] }).fetch);
    const { adapter, calls } = controlledAdapter();
    const { kb, errors, rt } = start({ provider: adapter }, '/help/feed.json');
    await until(() => errors.some((e) => e.code === 'feed_fetch_failed'), 'the feed failing');
    await until(
      () => vi.mocked(rt.loadChunk).mock.calls.some(([name]) => name === 'search-remote'),
      'the chunk',
    );
    await tick(20);
    expect(kb.$status.get()).toBe('error');
    expect(calls).toHaveLength(0);
  });

  it('opens an engine-only article from its hit, then through getArticle', async () => {
    let give: (value: unknown) => void = () => {};
    const getArticle = vi.fn(() => new Promise((resolve) => (give = resolve)));
    const { adapter, calls } = controlledAdapter({ getArticle } as Partial<SearchAdapter>);
    const { kb } = start({ provider: adapter });
    await until(() => kb.$searchReady.get(), 'the local index');
    kb.search('sso');
    await until(() => calls.length === 1, 'the request');
    calls[0]!.answer(ENGINE_HITS);
    await until(() => kb.$searchReady.get(), 'the answer');
    // A feed article opens from the feed, the engine's own from its hit until getArticle answers.
    expect(kb.getArticle('reset-password')?.body).toBe('Body of reset-password.');
    expect(kb.getArticle('sso')).toMatchObject({
      title: 'Single sign-on',
      body: 'Reset SSO',
      url: 'https://help.example.com/sso',
    });
    await until(() => getArticle.mock.calls.length > 0, 'getArticle');
    expect(getArticle).toHaveBeenCalledWith('sso', expect.objectContaining({ locale: 'en' }));
    const notified = vi.fn();
    kb.$articles.listen(notified);
    give(article('sso', { title: 'Single sign-on (SAML)', body: 'The whole article.' }));
    await until(() => notified.mock.calls.length > 0, 'the article');
    expect(kb.getArticle('sso')).toMatchObject({
      title: 'Single sign-on (SAML)',
      body: 'The whole article.',
    });
    expect(getArticle).toHaveBeenCalledTimes(1);
  });

  it('keeps hits as text and drops what is not a hit or a range inside its text', async () => {
    const { adapter, calls } = controlledAdapter();
    const { kb } = start({ provider: adapter }, null);
    await until(() => kb.$searchReady.get(), 'the remote search');
    kb.search('x');
    await until(() => calls.length === 1, 'the request');
    calls[0]!.answer([
      {
        id: 'a',
        title: '<img src=x onerror=alert(1)>',
        snippet: '<b>hi</b>',
        ranges: { title: [[0, 999]], snippet: [[3, 5]] },
      },
      { id: 7, title: 'numeric id' },
      { title: 'no id' },
      null,
    ]);
    await until(() => kb.$searchReady.get(), 'the answer');
    expect(kb.search('x')).toEqual([
      {
        id: 'a',
        title: '<img src=x onerror=alert(1)>',
        snippet: '<b>hi</b>',
        score: 1,
        highlights: { title: [], snippet: [[3, 5]] },
      },
    ]);
  });

  it('reports an unusable search config by its path and searches the feed', async () => {
    const { kb, errors } = start({ provider: 'algolia', appId: 'A', index: 'help' } as never);
    await until(() => errors.length > 0, 'the config problem');
    expect(errors[0]).toEqual({
      code: 'config_invalid',
      message: 'Config "search.apiKey" is missing (a string); searching the help feed only.',
    });
    await until(() => kb.$searchReady.get(), 'the local index');
    expect(ids(kb, 'invoice')).toEqual(['create-invoice']);
  });
});
