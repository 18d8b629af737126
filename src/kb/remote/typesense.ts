// Typesense as a lazy chunk (`pathlight.search-typesense.js`), loaded only for `search.provider: 'typesense'`.
import type { SearchAdapter, TypesenseConfig } from '../../types';
import { engineJson, hitsOf, text, trimHost } from './http';
import { fromMarkup } from './markup';
import { forLocale, SNIPPET_WORDS, toHit } from './shared';

const PRE = '<mark>';
const POST = '</mark>';

/**
 * `GET /collections/{collection}/documents/search`: each hit's `highlight.{field}` holds the `snippet` (or, for
 * `highlight_full_fields`, the whole `value`) with the matched tokens in `<mark>`, turned into ranges here.
 * @see https://typesense.org/docs/0.21.0/api/documents.html
 */
export function createAdapter(config: TypesenseConfig): SearchAdapter {
  const queryBy = config.queryBy ?? 'title,body';
  const titleField = queryBy.split(',')[0]!.trim();
  return {
    async search({ query, locale, limit, signal }) {
      const collection = encodeURIComponent(forLocale(config.collection, locale));
      const params = new URLSearchParams({
        q: query,
        query_by: queryBy,
        highlight_fields: queryBy,
        highlight_full_fields: titleField,
        highlight_start_tag: PRE,
        highlight_end_tag: POST,
        snippet_threshold: String(SNIPPET_WORDS),
        per_page: String(limit),
      });
      const body = await engineJson(
        `${trimHost(config.host)}/collections/${collection}/documents/search?${params}`,
        {
          signal,
          headers: { 'X-TYPESENSE-API-KEY': config.apiKey },
        },
      );
      return hitsOf(body, 'hits', 'Typesense').map((hit) => {
        const { document, highlight } = hit as { document?: unknown; highlight?: Record<string, unknown> };
        const title = fromMarkup(
          text(highlight?.[titleField], 'value') ??
            text(highlight?.[titleField], 'snippet') ??
            text(document, 'title'),
          PRE,
          POST,
        );
        const other = queryBy
          .split(',')
          .map((field) => field.trim())
          .find((field) => field !== titleField && text(highlight?.[field], 'snippet'));
        const snippet = fromMarkup(
          other ? text(highlight?.[other], 'snippet') : text(document, 'summary'),
          PRE,
          POST,
        );
        return toHit(text(document, 'id'), title, snippet, document);
      });
    },
  };
}

declare module '../../core/chunks' {
  interface Chunks {
    'search-typesense': typeof import('./typesense');
  }
}
