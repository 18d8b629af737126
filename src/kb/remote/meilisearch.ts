// Meilisearch as a lazy chunk (`pathlight.search-meilisearch.js`), loaded only for `search.provider: 'meilisearch'`.
import type { MeilisearchConfig, SearchAdapter } from '../../types';
import { engineJson, hitsOf, text, trimHost } from './http';
import { fromMarkup } from './markup';
import { forLocale, SNIPPET_WORDS, toHit } from './shared';

const PRE = '<em>';
const POST = '</em>';

/**
 * `POST /indexes/{index}/search`: highlighted and cropped copies come back in `_formatted`, turned into ranges here.
 * @see https://www.meilisearch.com/docs/capabilities/full_text_search/how_to/highlight_search_results
 */
export function createAdapter(config: MeilisearchConfig): SearchAdapter {
  return {
    async search({ query, locale, limit, signal }) {
      const index = encodeURIComponent(forLocale(config.index, locale));
      const body = await engineJson(`${trimHost(config.host)}/indexes/${index}/search`, {
        method: 'POST',
        signal,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.apiKey}` },
        body: JSON.stringify({
          q: query,
          limit,
          attributesToHighlight: ['title', 'summary', 'body'],
          attributesToCrop: ['body'],
          cropLength: SNIPPET_WORDS,
          highlightPreTag: PRE,
          highlightPostTag: POST,
        }),
      });
      return hitsOf(body, 'hits', 'Meilisearch').map((hit) => {
        const formatted = (hit as { _formatted?: unknown })._formatted;
        const title = fromMarkup(text(formatted, 'title') ?? text(hit, 'title'), PRE, POST);
        const snippet = fromMarkup(text(formatted, 'summary') ?? text(formatted, 'body') ?? '', PRE, POST);
        return toHit(text(hit, 'id'), title, snippet, hit);
      });
    },
  };
}

declare module '../../core/chunks' {
  interface Chunks {
    'search-meilisearch': typeof import('./meilisearch');
  }
}
