import type { Article, KnowledgeBaseFeed, PathlightConfig } from '../types';

/** Where the feed comes from, as read from `config.feed`. */
export type FeedSource =
  | { kind: 'none' }
  | { kind: 'inline'; feed: unknown }
  | { kind: 'url'; url: string }
  /** A URL with `{locale}`; the default locale is `en`. */
  | { kind: 'template'; url: string }
  /** Locale → URL; the first key is the default locale. */
  | { kind: 'map'; urls: Record<string, string> }
  | { kind: 'invalid' };

export const PLACEHOLDER = '{locale}';
export const DEFAULT_LOCALE = 'en';

export const language = (locale: string | undefined): string =>
  (locale ?? '').toLowerCase().split(/[-_]/)[0]!;

/**
 * Reads `config.feed`: a string is a URL (a template when it holds `{locale}`); an object with
 * `version` or `articles` is the feed itself; any other object must map locales to URLs.
 */
export function feedSource(feed: PathlightConfig['feed'] | unknown): FeedSource {
  if (feed === undefined || feed === null || feed === '') return { kind: 'none' };
  if (typeof feed === 'string')
    return feed.includes(PLACEHOLDER) ? { kind: 'template', url: feed } : { kind: 'url', url: feed };
  if (typeof feed !== 'object' || Array.isArray(feed)) return { kind: 'invalid' };
  const record = feed as Record<string, unknown>;
  if ('version' in record || 'articles' in record) return { kind: 'inline', feed };
  const entries = Object.entries(record);
  if (entries.length === 0 || !entries.every(([, url]) => typeof url === 'string' && url !== ''))
    return { kind: 'invalid' };
  return { kind: 'map', urls: record as Record<string, string> };
}

/**
 * The URLs to try for `locale`, best first: the locale itself, its language (`pt-BR` → `pt`), then
 * the default locale. Missing map entries are skipped, duplicates removed.
 * @example
 * feedUrls({ kind: 'template', url: '/kb.{locale}.json' }, 'pt-BR'); // ['/kb.pt-BR.json', '/kb.pt.json', '/kb.en.json']
 */
export function feedUrls(source: FeedSource, locale: string): string[] {
  const wanted = [locale, language(locale)];
  let urls: string[] = [];
  if (source.kind === 'url') urls = [source.url];
  else if (source.kind === 'template') {
    urls = [...wanted, DEFAULT_LOCALE].map((tag) =>
      source.url.split(PLACEHOLDER).join(encodeURIComponent(tag)),
    );
  } else if (source.kind === 'map') {
    const keys = Object.keys(source.urls);
    const find = (tag: string) => keys.find((key) => key.toLowerCase() === tag.toLowerCase());
    urls = [...wanted.map(find), keys[0]]
      .filter((key): key is string => key !== undefined)
      .map((key) => source.urls[key]!);
  }
  return [...new Set(urls)];
}

/**
 * The articles to show in `locale`. A feed whose articles carry no locale is shown whole. Otherwise
 * the articles of the first language that has any — the locale's, the feed's own, then English —
 * together with the untagged ones; when none has any, everything.
 */
export function articlesFor(feed: KnowledgeBaseFeed, locale: string): Article[] {
  const articles = feed.articles;
  const localeOf = (article: Article) => article.locale ?? feed.locale;
  if (!articles.some((article) => localeOf(article) !== undefined)) return articles;
  for (const wanted of new Set([language(locale), language(feed.locale), DEFAULT_LOCALE])) {
    if (!wanted) continue;
    const matching = articles.filter((article) => {
      const tag = localeOf(article);
      return tag === undefined || language(tag) === wanted;
    });
    if (matching.some((article) => localeOf(article) !== undefined)) return matching;
  }
  return articles;
}
