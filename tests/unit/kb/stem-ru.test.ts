// @vitest-environment node
// The Russian Snowball stemmer (src/kb/search/stem-ru.ts), the index's `stemmer` option, and who passes it.
import { describe, expect, it } from 'vitest';
import { createSearchIndex as createWidgetIndex } from '../../../src/kb/search/index';
import { stemRussian } from '../../../src/kb/search/stem-ru';
import { createSearchIndex } from '../../../src/search';
import { article as base } from './search-helpers';

const article = (id: string, title: string, locale?: string) => base(id, title, '', locale ? { locale } : {});

describe('stemRussian', () => {
  // Expected stems as snowballstem.org's Russian stemmer gives them (its published sample vocabulary).
  it.each([
    ['громкость', 'громкост'],
    ['громкости', 'громкост'],
    ['мышь', 'мыш'],
    ['мышам', 'мыш'],
    ['сделать', 'сдела'],
    ['резервной', 'резервн'],
    ['удаленный', 'удален'],
    ['закрытии', 'закрыт'],
    ['крышку', 'крышк'],
    ['вавилонской', 'вавилонск'],
    ['вагонов', 'вагон'],
    ['важнейшие', 'важн'],
    ['величественное', 'величествен'],
    ['взявшись', 'взявш'],
    ['стать', 'стат'],
    ['быстрее', 'быстр'],
  ])('%s → %s', (word, stem) => {
    expect(stemRussian(word)).toBe(stem);
  });

  it.each([['гучність'], ['password'], ['1234'], ['']])('leaves %j to the built-in endings', (word) => {
    expect(stemRussian(word)).toBeUndefined();
  });
});

describe('the stemmer option', () => {
  const articles = [article('input', 'Ввод символов', 'ru'), article('alert', 'Звуковые уведомления', 'ru')];

  it('joins forms the built-in endings do not (вводятся ↔ ввод)', () => {
    expect(createWidgetIndex(articles).search('вводятся')).toEqual([]);
    const hits = createWidgetIndex(articles, { stemmer: stemRussian }).search('ВВОДЯТСЯ');
    expect(hits.map((h) => h.id)).toEqual(['input']);
    expect(hits[0]!.highlights!.title.map(([s, e]) => hits[0]!.title.slice(s, e))).toEqual(['Ввод']);
  });

  it('pathlight/search passes it for a feed with Russian articles, not for others', () => {
    expect(
      createSearchIndex(articles)
        .search('вводятся')
        .map((h) => h.id),
    ).toEqual(['input']);
    const feed = { version: 1 as const, locale: 'ru', articles: [article('v', 'Ввод')] };
    expect(
      createSearchIndex(feed)
        .search('вводятся')
        .map((h) => h.id),
    ).toEqual(['v']);
    expect(createSearchIndex(feed, { stemmer: () => undefined }).search('вводятся')).toEqual([]);
    // Ukrainian articles keep the built-in endings (Snowball has no Ukrainian stemmer).
    expect(createSearchIndex([article('uk', 'Ввод', 'uk')]).search('вводятся')).toEqual([]);
  });
});
