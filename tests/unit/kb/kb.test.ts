import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CACHE_NAME, type KnowledgeBase, MAX_REPORTED_PROBLEMS, setupKnowledgeBase } from '../../../src/kb';
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

const ORIGIN = location.origin;
const abs = (path: string) => new URL(path, document.baseURI).href;
const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Lets idle callbacks, cache reads and fetches settle (real timers). */
const settle = async () => {
  for (let i = 0; i < 6; i++) await tick();
};

const EN = feed(
  [
    article('reset-password', {
      title: 'Reset your password',
      summary: 'Forgot it? Get a new one by email.',
      contexts: ['/login', '/settings/**'],
    }),
    article('create-invoice', { title: 'Create an invoice', contexts: ['/invoices/new'] }),
    article('invoices', { title: 'All about invoices', contexts: ['/invoices/**'] }),
  ],
  { locale: 'en', categories: [{ id: 'account', title: 'Account' }] },
);
const PL = feed([article('reset-password', { title: 'Zresetuj hasło' })], { locale: 'pl' });
const RU = feed([article('reset-password', { title: 'Сбросить пароль' })], { locale: 'ru' });

const made: Array<ReturnType<typeof fakeRuntime>> = [];
let caches: FakeCacheStorage;
let setItem: ReturnType<typeof vi.spyOn>;

function start(config: PathlightConfig, routes: Record<string, Route[]> = {}, locale = 'en') {
  const server = feedServer(routes);
  vi.stubGlobal('fetch', server.fetch);
  const runtime = fakeRuntime(config, locale);
  made.push(runtime);
  const kb = setupKnowledgeBase(runtime.rt);
  return { kb, server, ...runtime };
}

const titles = (kb: KnowledgeBase) => kb.$articles.get().map((a) => a.title);
const messages = (errors: { code: string; message: string }[], code?: string) =>
  errors.filter((e) => !code || e.code === code).map((e) => e.message);

beforeEach(() => {
  ({ caches } = installStorage());
  installIdle();
  localStorage.clear();
  setItem = vi.spyOn(Storage.prototype, 'setItem');
});
afterEach(() => {
  for (const runtime of made.splice(0)) runtime.destroy();
  // RELIABILITY 15: the feed cache never goes to localStorage.
  expect(setItem).not.toHaveBeenCalled();
  expect(localStorage.length).toBe(0);
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('sources', () => {
  it('has status none without a feed and never fetches', async () => {
    const { kb, server } = start({});
    await settle();
    expect(kb.$status.get()).toBe('none');
    expect(server.fetch).not.toHaveBeenCalled();
    expect(kb.search('password')).toEqual([]);
  });

  it('reports an unusable feed setting', () => {
    const { kb, errors } = start({ feed: { en: 5 } as unknown as PathlightConfig['feed'] });
    expect(kb.$status.get()).toBe('error');
    expect(errors).toEqual([
      { code: 'config_invalid', message: 'feed: expected a URL, a feed object, or a map of locale to URL.' },
    ]);
  });

  it('uses a feed object at once, validated', async () => {
    const broken = feed([...EN.articles, article('x', { body: 3 })], { locale: 'en' });
    const { kb, errors, server } = start({ feed: broken as never });
    expect(kb.$status.get()).toBe('ready');
    expect(kb.$articles.get()).toHaveLength(3);
    expect(messages(errors)).toEqual([
      'Help feed config.feed: articles[3].body: expected a string',
      'Help feed config.feed: 1 problem; 1 of 4 articles dropped, the others are shown.',
    ]);
    await settle();
    expect(server.fetch).not.toHaveBeenCalled();
  });

  it('fetches after the page is idle, not while starting', async () => {
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (fn: () => void, options: { timeout: number }) => {
      idle = fn;
      expect(options.timeout).toBeGreaterThan(0);
      return 1;
    });
    const { kb, server } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json(EN)] });
    expect(kb.$status.get()).toBe('loading');
    await settle();
    expect(server.fetch).not.toHaveBeenCalled();
    idle?.();
    await settle();
    expect(server.calls).toEqual(['/kb.en.json']);
    expect(kb.$status.get()).toBe('ready');
    expect(titles(kb)).toEqual(['Reset your password', 'Create an invoice', 'All about invoices']);
  });

  it('falls back to setTimeout where there is no requestIdleCallback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const { server } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json(EN)] });
    await settle();
    expect(server.fetch).not.toHaveBeenCalled();
    await tick(350);
    await settle();
    expect(server.calls).toEqual(['/kb.en.json']);
  });
});

describe('locales', () => {
  it('loads the current locale’s feed from a map, and the new one when the locale changes', async () => {
    const { kb, server, $locale } = start(
      { feed: { en: '/kb.en.json', pl: '/kb.pl.json', ru: '/kb.ru.json' } },
      { '/kb.en.json': [json(EN)], '/kb.pl.json': [json(PL)], '/kb.ru.json': [json(RU)] },
      'pl',
    );
    await settle();
    expect(titles(kb)).toEqual(['Zresetuj hasło']);
    $locale.set('ru');
    await settle();
    expect(titles(kb)).toEqual(['Сбросить пароль']);
    expect(server.calls).toEqual(['/kb.pl.json', '/kb.ru.json']);
  });

  it('uses the default (first) locale’s feed when the map has no entry for the locale', async () => {
    const { kb, server, errors } = start(
      { feed: { en: '/kb.en.json', pl: '/kb.pl.json' } },
      { '/kb.en.json': [json(EN)] },
      'de',
    );
    await settle();
    expect(server.calls).toEqual(['/kb.en.json']);
    expect(kb.$articles.get()).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('falls back to the default locale when the locale’s feed is 404, with a {locale} placeholder', async () => {
    const { kb, server, errors } = start(
      { feed: '/feeds/{locale}.json' },
      { '/feeds/en.json': [json(EN)] },
      'pt-BR',
    );
    await settle();
    expect(server.calls).toEqual(['/feeds/pt-BR.json', '/feeds/pt.json', '/feeds/en.json']);
    expect(kb.$status.get()).toBe('ready');
    expect(kb.$articles.get()).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('reports every URL tried when none exists', async () => {
    const { kb, errors } = start({ feed: '/feeds/{locale}.json' }, {}, 'lt');
    await settle();
    expect(kb.$status.get()).toBe('error');
    expect(errors).toEqual([
      {
        code: 'feed_fetch_failed',
        message: `Help feed not found: ${ORIGIN}/feeds/lt.json (HTTP 404), ${ORIGIN}/feeds/en.json (HTTP 404).`,
      },
    ]);
  });

  it('re-chooses articles of one multilingual feed on a locale change, without fetching again', async () => {
    const mixed = feed([
      article('a', { title: 'Reset your password', locale: 'en' }),
      article('b', { title: 'Zresetuj hasło', locale: 'pl' }),
    ]);
    const { kb, server, $locale } = start({ feed: '/kb.json' }, { '/kb.json': [json(mixed)] }, 'pl');
    await settle();
    expect(titles(kb)).toEqual(['Zresetuj hasło']);
    $locale.set('en');
    await settle();
    expect(titles(kb)).toEqual(['Reset your password']);
    expect(server.calls).toEqual(['/kb.json']);
  });
});

describe('stale-while-revalidate', () => {
  it('shows the saved copy at once, then replaces it with the fresh one and saves that', async () => {
    await (await caches.open(CACHE_NAME)).put(abs('/kb.en.json'), json(PL));
    let release: (() => void) | undefined;
    const fresh = () => new Promise<Response>((resolve) => (release = () => resolve(json(EN))));
    const { kb } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [fresh] });
    await settle();
    expect(kb.$status.get()).toBe('ready');
    expect(titles(kb)).toEqual(['Zresetuj hasło']);
    release?.();
    await settle();
    expect(titles(kb)).toEqual(['Reset your password', 'Create an invoice', 'All about invoices']);
    expect(JSON.parse(caches.text(CACHE_NAME, abs('/kb.en.json'))!)).toEqual(EN);
  });

  it('serves the saved copy when the server answers 5xx, after bounded retries', async () => {
    vi.useFakeTimers();
    await (await caches.open(CACHE_NAME)).put(abs('/kb.en.json'), json(EN));
    const { kb, server, errors } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json('oops', 503)] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(4);
    expect(kb.$status.get()).toBe('ready');
    expect(kb.$articles.get()).toHaveLength(3);
    expect(errors).toEqual([
      {
        code: 'feed_fetch_failed',
        message: `Could not load the help feed ${ORIGIN}/kb.en.json: HTTP 503 after 4 attempts; showing the saved copy.`,
      },
    ]);
  });

  it('serves the saved copy on a network error', async () => {
    vi.useFakeTimers();
    await (await caches.open(CACHE_NAME)).put(abs('/kb.en.json'), json(EN));
    const { kb } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [new TypeError('Failed to fetch')] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(kb.$status.get()).toBe('ready');
    expect(kb.$articles.get()).toHaveLength(3);
  });

  it('shows "error" when there is neither a network nor a saved copy, and retry() recovers', async () => {
    vi.useFakeTimers();
    const { kb, server } = start(
      { feed: '/kb.en.json' },
      { '/kb.en.json': [json('', 500), json('', 500), json('', 500), json('', 500), json(EN)] },
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(kb.$status.get()).toBe('error');
    kb.retry();
    expect(kb.$status.get()).toBe('loading');
    await vi.advanceTimersByTimeAsync(100);
    expect(kb.$status.get()).toBe('ready');
    expect(server.calls).toHaveLength(5);
  });

  it('tries again when the browser comes back online', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { kb, server } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json(EN)] });
    await settle();
    expect(kb.$status.get()).toBe('error');
    expect(server.fetch).not.toHaveBeenCalled();
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(kb.$status.get()).toBe('ready');
  });

  it('uses IndexedDB where Cache Storage is unavailable: the next visit is served from it', async () => {
    const { idb } = installStorage({ cacheStorage: false });
    const first = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json(EN)] });
    await settle();
    expect(first.kb.$status.get()).toBe('ready');
    first.destroy();
    expect(idb.value('pathlight', 'feeds', abs('/kb.en.json'))).toMatchObject({ text: JSON.stringify(EN) });
    const next = start({ feed: '/kb.en.json' }, { '/kb.en.json': ['hang'] });
    await settle();
    expect(next.kb.$status.get()).toBe('ready');
    expect(next.kb.$articles.get()).toHaveLength(3);
  });

  it('keeps working with the feed in memory when no storage is usable', async () => {
    installStorage({ cacheStorage: false, indexedDB: false });
    const { kb } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json(EN)] });
    await settle();
    expect(kb.$status.get()).toBe('ready');
  });
});

describe('malformed feeds', () => {
  it.each<[string, string, string]>([
    ['not JSON', '<!doctype html><title>Sign in</title>', 'feed: not valid JSON ('],
    ['a wrong version', JSON.stringify({ version: 2, articles: [] }), 'version: expected 1'],
    ['no articles array', JSON.stringify({ version: 1, items: [] }), 'articles: expected an array'],
  ])('%s: keeps the last good copy and reports the path', async (_name, body, problem) => {
    await (await caches.open(CACHE_NAME)).put(abs('/kb.en.json'), json(EN));
    const { kb, errors } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json(body)] });
    await settle();
    expect(kb.$status.get()).toBe('ready');
    expect(kb.$articles.get()).toHaveLength(3);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('feed_invalid');
    expect(errors[0]!.message).toContain(`Help feed ${ORIGIN}/kb.en.json: ${problem}`);
    expect(errors[0]!.message).toMatch(/\(feed not used; keeping the last good copy\)$/);
    // The good copy stays saved.
    expect(JSON.parse(caches.text(CACHE_NAME, abs('/kb.en.json'))!)).toEqual(EN);
  });

  it('with nothing saved, a malformed feed means "error"', async () => {
    const { kb, errors } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json('{"version":1}')] });
    await settle();
    expect(kb.$status.get()).toBe('error');
    expect(messages(errors)).toEqual([
      `Help feed ${ORIGIN}/kb.en.json: articles: expected an array (feed not used)`,
    ]);
  });

  it('drops the bad articles, shows the rest and caps the reports', async () => {
    const bad = Array.from({ length: 25 }, (_, i) =>
      article(`bad-${i}`, {
        video: { provider: 'file', src: '/v.webm', chapters: [{ at: 'soon', title: 'x' }] },
      }),
    );
    const { kb, errors } = start(
      { feed: '/kb.en.json' },
      { '/kb.en.json': [json(feed([...EN.articles, ...bad]))] },
    );
    await settle();
    expect(kb.$articles.get().map((a) => a.id)).toEqual(['reset-password', 'create-invoice', 'invoices']);
    const reported = messages(errors, 'feed_invalid');
    expect(reported).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(reported[0]).toBe(
      `Help feed ${ORIGIN}/kb.en.json: articles[3].video.chapters[0].at: expected seconds as a number`,
    );
    expect(reported.at(-1)).toBe(
      `Help feed ${ORIGIN}/kb.en.json: 25 problems, 15 not listed; 25 of 28 articles dropped, the others are shown.`,
    );
    // The same problems are not reported again when the same feed is loaded again.
    kb.retry();
    await settle();
    expect(messages(errors, 'feed_invalid')).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
  });
});

describe('search, articles and suggestions', () => {
  it('searches a title filter until the index is built, then the index', async () => {
    const { kb } = start({ feed: EN as never });
    expect(kb.$searchReady.get()).toBe(false);
    expect(kb.search('passw').map((hit) => hit.id)).toEqual(['reset-password']);
    expect(kb.search('zzz')).toEqual([]);
    await settle();
    expect(kb.$searchReady.get()).toBe(true);
    const hits = kb.search('pasword'); // a typo: only the real index finds this
    expect(hits[0]?.id).toBe('reset-password');
    expect(hits[0]?.highlights).toBeDefined();
    expect(kb.search('   ')).toEqual([]);
    expect(kb.search(42 as unknown as string)).toEqual([]);
  });

  it('rebuilds the index when the articles change, aborting the build in progress', async () => {
    const { kb, $locale } = start(
      { feed: '/kb.{locale}.json' },
      { '/kb.en.json': [json(EN)], '/kb.pl.json': [json(PL)] },
    );
    await settle();
    expect(kb.search('invoice').length).toBeGreaterThan(0);
    $locale.set('pl');
    await settle();
    expect(kb.$searchReady.get()).toBe(true);
    expect(kb.search('haslo').map((hit) => hit.title)).toEqual(['Zresetuj hasło']);
    expect(kb.search('invoice')).toEqual([]);
  });

  it('finds articles by id and suggests the most specific matches for a path', async () => {
    const { kb } = start({ feed: EN as never });
    expect(kb.getArticle('create-invoice')?.title).toBe('Create an invoice');
    expect(kb.getArticle('nope')).toBeUndefined();
    expect(kb.suggestionsFor('/invoices/new').map((a) => a.id)).toEqual(['create-invoice', 'invoices']);
    expect(kb.suggestionsFor('/invoices/new', 1).map((a) => a.id)).toEqual(['create-invoice']);
    expect(kb.suggestionsFor('/settings/profile').map((a) => a.id)).toEqual(['reset-password']);
    expect(kb.$categories.get()).toEqual([{ id: 'account', title: 'Account' }]);
  });
});

describe('stemming', () => {
  it('a Russian feed is indexed with the stem-ru chunk (вводятся finds ввод); others never load it', async () => {
    const RU_INPUT = feed([article('input', { title: 'Ввод символов' })], { locale: 'ru' });
    const { kb, rt } = start({ feed: RU_INPUT as never }, {}, 'ru');
    await settle();
    expect(kb.$searchReady.get()).toBe(true);
    expect(rt.loadChunk).toHaveBeenCalledWith('stem-ru');
    expect(kb.search('вводятся').map((hit) => hit.id)).toEqual(['input']);

    const english = start({ feed: EN as never });
    await settle();
    expect(english.kb.$searchReady.get()).toBe(true);
    expect(english.rt.loadChunk).not.toHaveBeenCalledWith('stem-ru');
  });

  it('a German feed loads stem-de alone (Häuser finds Haus, Bildschirmlupe finds Bildschirm + Lupe)', async () => {
    const DE = feed(
      [
        article('house', { title: 'Das Haus' }),
        article('mag', {
          title: 'Einen Bildschirmbereich vergrößern',
          body: 'Die Lupe zeigt den Bildschirm.',
        }),
      ],
      { locale: 'de' },
    );
    const { kb, rt, errors } = start({ feed: DE as never }, {}, 'de');
    // The chunk's first import is transformed on the spot: wait for the index, not for a number of ticks.
    await vi.waitFor(() => expect(kb.$searchReady.get()).toBe(true));
    expect(errors).toEqual([]);
    expect(
      vi
        .mocked(rt.loadChunk)
        .mock.calls.map(([name]) => name)
        .filter((n) => n.startsWith('stem-')),
    ).toEqual(['stem-de']);
    expect(kb.search('Häuser').map((hit) => hit.id)).toEqual(['house']);
    expect(kb.search('bildschirmlupe').map((hit) => hit.id)).toEqual(['mag']);
  });

  it('a Lithuanian feed loads stem-lt; an English one, or one with a few German articles, no stemmer', async () => {
    const LT = feed([article('temp', { title: 'Išvalyti laikinuosius failus' })], { locale: 'lt' });
    const lithuanian = start({ feed: LT as never }, {}, 'lt');
    await vi.waitFor(() => expect(lithuanian.kb.$searchReady.get()).toBe(true));
    expect(lithuanian.rt.loadChunk).toHaveBeenCalledWith('stem-lt');
    expect(lithuanian.kb.search('laikinas').map((hit) => hit.id)).toEqual(['temp']);

    const MIXED = feed([
      article('a', { title: 'Reset your password' }),
      article('b', { title: 'Invite your team' }),
      article('c', { title: 'Das Haus', locale: 'de' } as never),
    ]);
    for (const content of [EN, MIXED]) {
      const { kb, rt } = start({ feed: content as never });
      await vi.waitFor(() => expect(kb.$searchReady.get()).toBe(true));
      const names = vi.mocked(rt.loadChunk).mock.calls.map(([name]) => name);
      expect(names.filter((n) => n.startsWith('stem-'))).toEqual([]);
    }
    // The German article is indexed all the same, with the built-in endings.
    const { kb } = start({ feed: MIXED as never });
    await vi.waitFor(() => expect(kb.$searchReady.get()).toBe(true));
    expect(kb.search('haus').map((hit) => hit.id)).toEqual(['c']);
  });

  it('without the chunk (offline) a Russian feed is indexed with the built-in endings', async () => {
    const runtime = fakeRuntime({ feed: RU as never }, 'ru');
    made.push(runtime);
    vi.mocked(runtime.rt.loadChunk).mockRejectedValue(new Error('offline'));
    const kb = setupKnowledgeBase(runtime.rt);
    await settle();
    expect(runtime.rt.loadChunk).toHaveBeenCalledWith('stem-ru');
    expect(kb.$searchReady.get()).toBe(true);
    expect(kb.search('пароль').map((hit) => hit.id)).toEqual(['reset-password']);
  });
});

describe('results in another language', () => {
  it('a Polish query in an English UI: the Polish feed of the map is loaded, indexed and answers', async () => {
    const { kb, server } = start(
      { feed: { en: '/kb.en.json', pl: '/kb.pl.json' } },
      { '/kb.en.json': [json(EN)], '/kb.pl.json': [json(PL)] },
      'en',
    );
    await settle();
    expect(server.calls).toEqual(['/kb.en.json']);
    // Nothing in English; the Polish feed loads meanwhile and the results follow ($searchReady false, then true).
    expect(kb.search('zresetuj hasło')).toEqual([]);
    const readiness: boolean[] = [];
    kb.$searchReady.listen((ready) => readiness.push(ready));
    await settle();
    expect(server.calls).toEqual(['/kb.en.json', '/kb.pl.json']);
    expect(readiness).toEqual([false, true]);
    const hits = kb.search('zresetuj hasło');
    expect(hits.map((hit) => [hit.title, hit.locale])).toEqual([['Zresetuj hasło', 'pl']]);
    // The same id as the English article: the Polish one keeps its own.
    expect(hits[0]!.id).not.toBe('reset-password');
    expect(kb.getArticle(hits[0]!.id)?.title).toBe('Zresetuj hasło');
    expect(kb.getArticle('reset-password')?.title).toBe('Reset your password');
    // English queries still answer in English, and the Polish feed was fetched once.
    expect(kb.search('reset password')[0]?.locale).toBe('en');
    kb.search('hasło');
    await settle();
    expect(server.calls).toEqual(['/kb.en.json', '/kb.pl.json']);
  });

  it('a feed with articles in several languages answers from the other language’s articles', async () => {
    const both = feed([
      article('en-reset', { title: 'Reset your password', locale: 'en' }),
      article('ru-reset', { title: 'Сбросить пароль', locale: 'ru' }),
    ]);
    const { kb } = start({ feed: both as never }, {}, 'en');
    await settle();
    expect(titles(kb)).toEqual(['Reset your password']);
    expect(kb.search('пароль')).toEqual([]);
    await settle();
    expect(kb.search('пароль').map((hit) => [hit.id, hit.locale])).toEqual([['ru-reset', 'ru']]);
  });

  it('a query that answers in the UI’s language, or names no other, loads nothing', async () => {
    const { kb, server } = start({ feed: '/kb.{locale}.json' }, { '/kb.en.json': [json(EN)] }, 'en');
    await settle();
    expect(kb.search('invoice').length).toBeGreaterThan(0);
    expect(kb.search('xylophone')).toEqual([]);
    await settle();
    expect(server.calls).toEqual(['/kb.en.json']);
  });
});

describe('teardown', () => {
  it('destroy aborts the fetch in flight and leaves no timer', async () => {
    vi.useFakeTimers();
    const { kb, server, destroy } = start({ feed: '/kb.en.json' }, { '/kb.en.json': ['hang'] });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.fetch).toHaveBeenCalledTimes(1);
    const signal = server.fetch.mock.calls[0]![1]!.signal!;
    destroy();
    expect(signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect(kb.$status.get()).toBe('loading');
  });

  it('destroy before the page is idle cancels the fetch, and stops listening for online', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const { server, destroy } = start({ feed: '/kb.en.json' }, { '/kb.en.json': [json(EN)] });
    const onOnline = add.mock.calls.find(([type]) => type === 'online')?.[1];
    expect(onOnline).toBeTypeOf('function');
    destroy();
    expect(remove).toHaveBeenCalledWith('online', onOnline);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.fetch).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('split feeds (bodyUrl)', () => {
  const split = (id: string, bodyUrl: string, extra: Record<string, unknown> = {}) => {
    const { body: _body, ...rest } = article(id, extra);
    return { ...rest, bodyUrl };
  };
  const SPLIT = feed(
    [
      split('reset-password', 'bodies/en/reset-password.md', {
        title: 'Reset your password',
        summary: 'Get a link by e-mail.',
        headings: ['Steps', 'When the e-mail never comes'],
      }),
      split('cdn', 'https://cdn.example.com/help/cdn.md', { title: 'From a CDN' }),
      split('bad', 'https://exa mple.com/bad.md', { title: 'A malformed URL' }),
    ],
    { locale: 'en' },
  );

  it("hands out each bodyUrl absolute against the feed's URL; the index searches the headings", async () => {
    const { kb, errors } = start({ feed: '/help/kb.en.json' }, { '/help/kb.en.json': [json(SPLIT)] });
    await settle();
    expect(kb.$status.get()).toBe('ready');
    expect(errors).toEqual([]);
    expect(kb.getArticle('reset-password')?.bodyUrl).toBe(abs('/help/bodies/en/reset-password.md'));
    expect(kb.getArticle('reset-password')).not.toHaveProperty('body');
    expect(kb.getArticle('cdn')?.bodyUrl).toBe('https://cdn.example.com/help/cdn.md');
    expect(kb.getArticle('bad')?.bodyUrl).toBe('https://exa mple.com/bad.md');
    const [hit] = kb.search('email never comes');
    expect(hit).toMatchObject({ id: 'reset-password', snippet: 'Steps. When the e-mail never comes' });
    expect(kb.search('get a link')[0]).toMatchObject({
      id: 'reset-password',
      snippet: 'Get a link by e-mail.',
    });
  });

  it('a feed given as an object keeps bodyUrl as written (fetched relative to the page)', () => {
    const { kb } = start({ feed: SPLIT as never });
    expect(kb.getArticle('reset-password')?.bodyUrl).toBe('bodies/en/reset-password.md');
  });
});
