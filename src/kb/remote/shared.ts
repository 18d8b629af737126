import type { RemoteSearchHit } from '../../types';
import { text } from './http';
import type { Marked } from './markup';

/** Words of body text around the match that an engine is asked to return as the snippet. */
export const SNIPPET_WORDS = 24;

/** An index or collection name with `{locale}` in it names one index per language (`help-{locale}` → `help-pl`). */
export const forLocale = (name: string, locale: string) => name.split('{locale}').join(locale);

/** A hit from an engine's highlighted title and snippet, with the document's own `url` and `locale`. */
export function toHit(id: string | undefined, title: Marked, snippet: Marked, doc: unknown): RemoteSearchHit {
  const url = text(doc, 'url');
  const locale = text(doc, 'locale');
  return {
    id: id ?? '',
    title: title.text,
    ranges: { title: title.ranges, snippet: snippet.ranges },
    ...(snippet.text ? { snippet: snippet.text } : {}),
    ...(url ? { url } : {}),
    ...(locale ? { locale } : {}),
  };
}
