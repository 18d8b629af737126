// A plain search endpoint as a lazy chunk (`pathlight.search-endpoint.js`), for `search.provider: 'endpoint'`.
import type { EndpointSearchConfig, RemoteSearchHit, SearchAdapter } from '../../types';
import { engineJson, hitsOf } from './http';

/**
 * `GET {url}?q=&locale=&limit=` answering `{ hits: [{ id, title, snippet?, url?, ranges? }] }`: the shape the
 * panel uses itself, so the hits pass as they are (the remote search checks every field and range).
 */
export function createAdapter(config: EndpointSearchConfig): SearchAdapter {
  return {
    async search({ query, locale, limit, signal }) {
      const url = new URL(config.url, typeof document === 'undefined' ? undefined : document.baseURI);
      url.searchParams.set('q', query);
      url.searchParams.set('locale', locale);
      url.searchParams.set('limit', String(limit));
      const body = await engineJson(url.href, { signal, headers: { Accept: 'application/json' } });
      return hitsOf(body, 'hits', 'The search endpoint') as RemoteSearchHit[];
    },
  };
}

declare module '../../core/chunks' {
  interface Chunks {
    'search-endpoint': typeof import('./endpoint');
  }
}
