import { text } from './http';

/** Words of body text around the match that an engine is asked to return as the snippet. */
export const SNIPPET_WORDS = 24;

/** An index or collection name with `{locale}` in it names one index per language (`help-{locale}` → `help-pl`). */
export const forLocale = (name: string, locale: string) => name.split('{locale}').join(locale);

/** The document's own `url` and `locale`, when it has them. */
export const optional = (hit: unknown) => {
  const url = text(hit, 'url');
  const locale = text(hit, 'locale');
  return { ...(url ? { url } : {}), ...(locale ? { locale } : {}) };
};
