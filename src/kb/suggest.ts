import { matchUrl } from '../core/url-match';
import type { Article } from '../types';

/**
 * How specific a URL pattern is: literal characters count, every wildcard costs, `**` most, so
 * `/invoices/new` > `/invoices/*` > `/invoices/**` > `/**`. A `regex:` counts its literal
 * characters, less than the same text as a glob.
 * @example specificity('/invoices/new') > specificity('/invoices/*') // true
 */
export function specificity(pattern: string): number {
  const text = pattern.trim();
  if (text.startsWith('regex:')) return text.slice(6).replace(/\\.|[\^$.*+?()[\]{}|]/g, '').length - 5;
  const stars = text.match(/\*\*/g)?.length ?? 0;
  const wildcards = text.replace(/\*\*/g, '').match(/[*?]/g)?.length ?? 0;
  const literal = text.replace(/[*?]/g, '').length;
  return literal * 4 - wildcards * 3 - stars * 6;
}

/**
 * Articles whose `contexts` match `path`, the most specific match first (feed order breaks ties).
 * @example suggest(articles, '/invoices/new', 3)
 */
export function suggest(articles: readonly Article[], path: string, limit = 5): Article[] {
  const scored: Array<[Article, number, number]> = [];
  articles.forEach((article, order) => {
    let best = Number.NEGATIVE_INFINITY;
    for (const pattern of article.contexts ?? []) {
      if (matchUrl(pattern, path)) best = Math.max(best, specificity(pattern));
    }
    if (best > Number.NEGATIVE_INFINITY) scored.push([article, best, order]);
  });
  scored.sort((a, b) => b[1] - a[1] || a[2] - b[2]);
  return scored.slice(0, Math.max(0, limit)).map(([article]) => article);
}
