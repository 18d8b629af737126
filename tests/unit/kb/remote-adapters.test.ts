// Each engine adapter against a local fake of that engine's HTTP API: the fake checks the request as the engine
// would (method, path, headers, body) and answers in the shape of the engine's documentation, highlight markup
// included. Highlights come back as ranges into plain text; any other markup in a hit stays text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdapter as algolia } from '../../../src/kb/remote/algolia';
import { createAdapter as endpoint } from '../../../src/kb/remote/endpoint';
import { fromMarkup, validRanges } from '../../../src/kb/remote/markup';
import { createAdapter as meilisearch } from '../../../src/kb/remote/meilisearch';
import { createAdapter as typesense } from '../../../src/kb/remote/typesense';
import { validateSearch } from '../../../src/kb/remote/validate';
import type { SearchRequest } from '../../../src/types';

const HOSTILE = 'Reset <img src=x onerror="alert(1)"> password';

/** A fetch that hands each request to `engine` as the engine's server would see it. */
function fakeEngine(
  engine: (request: { method: string; url: URL; headers: Headers; body: unknown }) => Response | object,
) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = engine({ method: init.method ?? 'GET', url, headers: new Headers(init.headers), body });
    return answer instanceof Response ? answer : Response.json(answer);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const request = (query: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  locale: 'en',
  limit: 20,
  context: { path: '/settings' },
  signal: new AbortController().signal,
  ...extra,
});
const marked = (text: string, [start, end]: [number, number]) => text.slice(start, end);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fromMarkup', () => {
  it.each([
    ['The Dark <em>Knight</em>', '<em>', '</em>', 'The Dark Knight', [[9, 15]]],
    [
      '<mark>a</mark> b <mark>c</mark>',
      '<mark>',
      '</mark>',
      'a b c',
      [
        [0, 1],
        [4, 5],
      ],
    ],
    ['no marks', '<em>', '</em>', 'no marks', []],
    ['an <em>open tag only', '<em>', '</em>', 'an <em>open tag only', []],
    [HOSTILE, '<em>', '</em>', HOSTILE, []],
    ['<b>bold</b> <em><i>x</i></em>', '<em>', '</em>', '<b>bold</b> <i>x</i>', [[12, 20]]],
  ])('%s', (value, pre, post, text, ranges) => {
    expect(fromMarkup(value, pre, post)).toEqual({ text, ranges });
  });

  it('keeps only ranges inside the text, in order', () => {
    expect(
      validRanges(
        [
          [0, 2],
          [1, 3],
          [4, 99],
          [5, 'x'],
          [6, 7],
        ],
        'abcdefgh',
      ),
    ).toEqual([
      [0, 2],
      [6, 7],
    ]);
    expect(validRanges('nope', 'abc')).toEqual([]);
  });
});

describe('Meilisearch', () => {
  // The fake follows https://www.meilisearch.com/docs/capabilities/full_text_search/how_to/highlight_search_results
  // (POST /indexes/{uid}/search, `attributesToHighlight`, `_formatted` with <em>) and its Bearer search key.
  it('POSTs the query to the index and turns _formatted into ranges', async () => {
    const fetch = fakeEngine(({ method, url, headers, body }) => {
      expect(method).toBe('POST');
      expect(url.href).toBe('https://ms.example.com/indexes/help-pl/search');
      expect(headers.get('authorization')).toBe('Bearer search-key');
      expect(headers.get('content-type')).toBe('application/json');
      expect(body).toMatchObject({
        q: 'hasło',
        limit: 20,
        highlightPreTag: '<em>',
        highlightPostTag: '</em>',
      });
      expect((body as { attributesToHighlight: string[] }).attributesToHighlight).toContain('title');
      return {
        hits: [
          {
            id: 'reset',
            title: 'Zresetuj hasło',
            url: '/help/reset',
            _formatted: {
              title: 'Zresetuj <em>hasło</em>',
              body: '…nowe <em>hasło</em> przyjdzie e-mailem…',
            },
            _matchesPosition: { title: [{ start: 9, length: 6 }] },
          },
          { id: 'xss', title: HOSTILE, _formatted: { title: HOSTILE, body: '<script>alert(1)</script>' } },
        ],
        query: 'hasło',
        processingTimeMs: 1,
        limit: 20,
        offset: 0,
        estimatedTotalHits: 2,
      };
    });
    const adapter = meilisearch({
      provider: 'meilisearch',
      host: 'https://ms.example.com/',
      apiKey: 'search-key',
      index: 'help-{locale}',
    });
    const hits = await adapter.search(request('hasło', { locale: 'pl' }));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(hits[0]).toEqual({
      id: 'reset',
      title: 'Zresetuj hasło',
      snippet: '…nowe hasło przyjdzie e-mailem…',
      url: '/help/reset',
      ranges: { title: [[9, 14]], snippet: [[6, 11]] },
    });
    expect(marked(hits[0]!.title, hits[0]!.ranges!.title![0]!)).toBe('hasło');
    expect(hits[1]).toMatchObject({
      title: HOSTILE,
      snippet: '<script>alert(1)</script>',
      ranges: { title: [] },
    });
  });

  it('throws on an HTTP error (the remote search falls back)', async () => {
    fakeEngine(() => new Response('{"message":"Invalid API key"}', { status: 403 }));
    const adapter = meilisearch({ provider: 'meilisearch', host: 'https://ms', apiKey: 'k', index: 'help' });
    await expect(adapter.search(request('x'))).rejects.toThrow(/HTTP 403/);
  });
});

describe('Typesense', () => {
  // The fake follows https://typesense.org/docs/0.21.0/api/documents.html (GET /collections/:collection/documents/search,
  // q + query_by required, the X-TYPESENSE-API-KEY header, `highlight_fields`, hits with `document` and
  // `highlight.{field}.snippet` / `.value` in <mark>, as typesense_codegen's SearchResultHit describes).
  it('GETs the collection search and turns highlight snippets into ranges', async () => {
    fakeEngine(({ method, url, headers }) => {
      expect(method).toBe('GET');
      expect(url.origin + url.pathname).toBe('https://ts.example.com:8108/collections/help/documents/search');
      expect(headers.get('x-typesense-api-key')).toBe('search-key');
      expect(url.searchParams.get('q')).toBe('invoice');
      expect(url.searchParams.get('query_by')).toBe('title,body');
      expect(url.searchParams.get('highlight_fields')).toBe('title,body');
      expect(url.searchParams.get('per_page')).toBe('20');
      return {
        found: 2,
        out_of: 10,
        page: 1,
        hits: [
          {
            document: {
              id: 'create-invoice',
              title: 'Create an invoice',
              body: 'To create an invoice, open …',
            },
            highlight: {
              title: { value: 'Create an <mark>invoice</mark>', matched_tokens: ['invoice'] },
              body: { snippet: 'To create an <mark>invoice</mark>, open', matched_tokens: ['invoice'] },
            },
            highlights: [{ field: 'title', snippet: 'Create an <mark>invoice</mark>' }],
            text_match: 578730123365,
          },
          {
            document: { id: 'xss', title: HOSTILE },
            highlight: { title: { snippet: `${HOSTILE} <mark>invoice</mark>` } },
          },
        ],
      };
    });
    const adapter = typesense({
      provider: 'typesense',
      host: 'https://ts.example.com:8108',
      apiKey: 'search-key',
      collection: 'help',
    });
    const hits = await adapter.search(request('invoice'));
    expect(hits[0]).toEqual({
      id: 'create-invoice',
      title: 'Create an invoice',
      snippet: 'To create an invoice, open',
      ranges: { title: [[10, 17]], snippet: [[13, 20]] },
    });
    expect(hits[1]!.title).toBe(`${HOSTILE} invoice`);
    expect(marked(hits[1]!.title, hits[1]!.ranges!.title![0]!)).toBe('invoice');
  });
});

describe('Algolia', () => {
  // The fake follows https://www.algolia.com/doc/rest-api/search (POST /1/indexes/{indexName}/query on
  // {appId}-dsn.algolia.net, X-Algolia-Application-Id / X-Algolia-API-Key headers, the `params` string) and
  // https://www.algolia.com/doc/guides/building-search-ui/going-further/backend-search/in-depth/understanding-the-api-response/js
  // (`objectID`, `_highlightResult.{attr}.value` and `_snippetResult.{attr}.value` in <em>).
  it('POSTs the params to the DSN host and turns _highlightResult/_snippetResult into ranges', async () => {
    fakeEngine(({ method, url, headers, body }) => {
      expect(method).toBe('POST');
      // Host names are case-insensitive: the URL parser lowercases the app id.
      expect(url.href).toBe('https://appid123-dsn.algolia.net/1/indexes/help_en/query');
      expect(headers.get('x-algolia-application-id')).toBe('APPID123');
      expect(headers.get('x-algolia-api-key')).toBe('search-only');
      const params = new URLSearchParams((body as { params: string }).params);
      expect(params.get('query')).toBe('export csv');
      expect(params.get('hitsPerPage')).toBe('20');
      expect(params.get('highlightPreTag')).toBe('<em>');
      return {
        hits: [
          {
            objectID: 'export',
            title: 'Export to CSV',
            _highlightResult: {
              title: {
                value: '<em>Export</em> to <em>CSV</em>',
                matchLevel: 'full',
                matchedWords: ['export', 'csv'],
              },
            },
            _snippetResult: {
              body: { value: 'Choose <em>Export</em> … &amp; <b>save</b>', matchLevel: 'partial' },
            },
          },
        ],
        page: 0,
        nbHits: 1,
        nbPages: 1,
        hitsPerPage: 20,
        processingTimeMS: 1,
        query: 'export csv',
      };
    });
    const adapter = algolia({
      provider: 'algolia',
      appId: 'APPID123',
      apiKey: 'search-only',
      index: 'help_{locale}',
    });
    const [hit] = await adapter.search(request('export csv'));
    expect(hit).toEqual({
      id: 'export',
      title: 'Export to CSV',
      snippet: 'Choose Export … &amp; <b>save</b>',
      ranges: {
        title: [
          [0, 6],
          [10, 13],
        ],
        snippet: [[7, 13]],
      },
    });
  });
});

describe('endpoint', () => {
  // Our own contract (README, "Remote search"): GET {url}?q=&locale=&limit= answering { hits }.
  it('GETs q, locale and limit and passes the hits on', async () => {
    const hits = [{ id: 'a', title: 'Alpha', snippet: 'first', ranges: { title: [[0, 5]] } }];
    fakeEngine(({ method, url }) => {
      expect(method).toBe('GET');
      expect(url.pathname).toBe('/api/help-search');
      expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'al', locale: 'de', limit: '20' });
      return { hits };
    });
    const adapter = endpoint({ provider: 'endpoint', url: '/api/help-search' });
    expect(await adapter.search(request('al', { locale: 'de' }))).toEqual(hits);
  });

  it('rejects an answer without hits', async () => {
    fakeEngine(() => ({ results: [] }));
    await expect(endpoint({ provider: 'endpoint', url: '/s' }).search(request('x'))).rejects.toThrow(
      /"hits"/,
    );
  });
});

describe('validateSearch', () => {
  it.each([
    [
      { provider: 'meilisaerch', host: 'h' },
      /"search.provider" should be 'meilisearch' \| .* Did you mean "meilisearch"\?/,
    ],
    [{ provider: 'algolia', appId: 'A', index: 'i' }, /"search.apiKey" is missing \(a string\)/],
    [{ provider: {} }, /"search.provider.search" should be a function/],
    [
      { provider: 'endpoint', url: '/s', timeoutMs: -1 },
      /"search.timeoutMs" should be a number of ms above 0/,
    ],
    [{ provider: 'endpoint', url: '/s', collection: 'x' }, /Unknown config key "search.collection"/],
    [
      { provider: 'typesense', host: 'h', apiKey: 'k', colection: 'c' },
      /"search.collection" is missing \(a string\), and "search.colection" looks like it/,
    ],
  ])('%j', (input, problem) => {
    expect(validateSearch(input).problems.join('\n')).toMatch(problem);
  });

  it('says "did you mean" for a misspelt option', () => {
    const { config, problems } = validateSearch({ provider: 'endpoint', url: '/s', timeoutMS: 100 });
    expect(config).toBeDefined();
    expect(problems).toEqual([
      'Unknown config key "search.timeoutMS" was ignored. Did you mean "timeoutMs"?',
    ]);
  });
});
