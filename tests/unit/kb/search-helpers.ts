// What the search tests share: an article from a few fields, hit ids, the text of highlight ranges.
import type { SearchHit } from '../../../src/search';
import type { Article } from '../../../src/types';

export const article = (id: string, title: string, body = '', extra: Partial<Article> = {}): Article => ({
  id,
  title,
  body,
  format: 'markdown',
  ...extra,
});

export const ids = (hits: SearchHit[]) => hits.map((h) => h.id);

export const marked = (text: string, ranges: Array<[number, number]> = []) =>
  ranges.map(([s, e]) => text.slice(s, e));
