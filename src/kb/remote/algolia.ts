// Algolia as a lazy chunk (`pathlight.search-algolia.js`), loaded only for `search.provider: 'algolia'`.
import type { AlgoliaConfig, SearchAdapter } from '../../types';
import { engineJson, hitsOf, text, trimHost } from './http';
import { fromMarkup } from './markup';
import { forLocale, SNIPPET_WORDS, toHit } from './shared';

const PRE = '<em>';
const POST = '</em>';

/**
 * `POST /1/indexes/{index}/query` with the search parameters as one `params` string: `_highlightResult.title` and
 * `_snippetResult.body` carry the matches in `<em>`, turned into ranges here.
 * @see https://www.algolia.com/doc/rest-api/search
 * @see https://www.algolia.com/doc/guides/building-search-ui/going-further/backend-search/in-depth/understanding-the-api-response/js
 */
export function createAdapter(config: AlgoliaConfig): SearchAdapter {
  const host = trimHost(config.host ?? `https://${config.appId}-dsn.algolia.net`);
  return {
    async search({ query, locale, limit, signal }) {
      const index = encodeURIComponent(forLocale(config.index, locale));
      const params = new URLSearchParams({
        query,
        hitsPerPage: String(limit),
        attributesToHighlight: '["title"]',
        attributesToSnippet: `["summary:${SNIPPET_WORDS}","body:${SNIPPET_WORDS}"]`,
        highlightPreTag: PRE,
        highlightPostTag: POST,
      });
      const body = await engineJson(`${host}/1/indexes/${index}/query`, {
        method: 'POST',
        signal,
        headers: {
          'Content-Type': 'application/json',
          'X-Algolia-Application-Id': config.appId,
          'X-Algolia-API-Key': config.apiKey,
        },
        body: JSON.stringify({ params: params.toString() }),
      });
      return hitsOf(body, 'hits', 'Algolia').map((hit) => {
        const { _highlightResult: marked, _snippetResult: snipped } = hit as Record<
          string,
          Record<string, unknown>
        >;
        const title = fromMarkup(text(marked?.title, 'value') ?? text(hit, 'title'), PRE, POST);
        const snippet = fromMarkup(
          text(snipped?.summary, 'value') ?? text(snipped?.body, 'value'),
          PRE,
          POST,
        );
        return toHit(text(hit, 'objectID'), title, snippet, hit);
      });
    },
  };
}

declare module '../../core/chunks' {
  interface Chunks {
    'search-algolia': typeof import('./algolia');
  }
}
