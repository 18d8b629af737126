// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articlesFor, feedSource, feedUrls } from '../../../src/kb/locale';
import { specificity, suggest } from '../../../src/kb/suggest';
import type { Article, KnowledgeBaseFeed } from '../../../src/types';

const map = { pl: '/kb/pl.json', en: '/kb/en.json', 'pt-BR': '/kb/pt-br.json', pt: '/kb/pt.json' };

describe('feedSource', () => {
  it.each<[string, unknown, string]>([
    ['nothing', undefined, 'none'],
    ['an empty string', '', 'none'],
    ['a URL', '/help/feed.json', 'url'],
    ['a URL with {locale}', '/help/{locale}/feed.json', 'template'],
    ['a feed object', { version: 1, articles: [] }, 'inline'],
    ['a broken feed object (validated later)', { articles: 'x' }, 'inline'],
    ['a locale map', { en: '/en.json', pl: '/pl.json' }, 'map'],
    ['a map with a non-string URL', { en: '/en.json', pl: 5 }, 'invalid'],
    ['an empty map', {}, 'invalid'],
    ['an array', ['/a.json'], 'invalid'],
    ['a number', 42, 'invalid'],
  ])('%s → %s', (_name, feed, kind) => {
    expect(feedSource(feed).kind).toBe(kind);
  });
});

describe('feedUrls: the locale, its language, then the default locale', () => {
  it.each<[string, unknown, string, string[]]>([
    ['map, exact locale', map, 'en', ['/kb/en.json', '/kb/pl.json']],
    ['map, locale in another case', map, 'PT-br', ['/kb/pt-br.json', '/kb/pt.json', '/kb/pl.json']],
    ['map, region falls back to the language', map, 'pt-PT', ['/kb/pt.json', '/kb/pl.json']],
    ['map, locale missing → the first key is the default', map, 'de', ['/kb/pl.json']],
    ['map, the default locale itself', map, 'pl', ['/kb/pl.json']],
    ['template', '/kb.{locale}.json', 'ru', ['/kb.ru.json', '/kb.en.json']],
    [
      'template with a region',
      '/kb/{locale}/feed.json',
      'pt-BR',
      ['/kb/pt-BR/feed.json', '/kb/pt/feed.json', '/kb/en/feed.json'],
    ],
    ['template in English', '/kb.{locale}.json', 'en', ['/kb.en.json']],
    [
      'template, every placeholder replaced',
      '/{locale}/kb.{locale}.json',
      'lt',
      ['/lt/kb.lt.json', '/en/kb.en.json'],
    ],
    ['one URL for every locale', '/kb.json', 'vi', ['/kb.json']],
  ])('%s', (_name, feed, locale, urls) => {
    expect(feedUrls(feedSource(feed), locale)).toEqual(urls);
  });
});

const art = (id: string, locale?: string): Article => ({
  id,
  title: id,
  body: '',
  format: 'markdown',
  ...(locale ? { locale } : {}),
});
const ids = (articles: Article[]) => articles.map((a) => a.id);

describe('articlesFor: articles may carry a locale', () => {
  const mixed: KnowledgeBaseFeed = {
    version: 1,
    articles: [art('en-1', 'en'), art('pl-1', 'pl'), art('all'), art('pl-2', 'pl-PL'), art('ru-1', 'ru')],
  };
  it.each<[string, KnowledgeBaseFeed, string, string[]]>([
    ['the locale’s articles and the untagged ones', mixed, 'pl', ['pl-1', 'all', 'pl-2']],
    ['a regional locale meets its language', mixed, 'ru-RU', ['all', 'ru-1']],
    ['a locale with no articles falls back to English', mixed, 'de', ['en-1', 'all']],
    [
      'then to the feed’s own locale',
      { version: 1, locale: 'pl', articles: [art('a'), art('b', 'ru')] },
      'de',
      ['a'],
    ],
    [
      'a feed without locales is shown whole',
      { version: 1, articles: [art('a'), art('b')] },
      'pl',
      ['a', 'b'],
    ],
    [
      'with no match at all, everything',
      { version: 1, articles: [art('a', 'fr'), art('b', 'ja')] },
      'pl',
      ['a', 'b'],
    ],
  ])('%s', (_name, feed, locale, expected) => {
    expect(ids(articlesFor(feed, locale))).toEqual(expected);
  });
});

describe('suggestions: matching contexts, the more specific first', () => {
  it.each<[string, string]>([
    ['/invoices/new', '/invoices/*'],
    ['/invoices/*', '/invoices/**'],
    ['/invoices/**', '/**'],
    ['/invoices/*/edit', '/invoices/*'],
    ['/', '/**'],
    ['/settings/billing', 'regex:^/settings/.*$'],
  ])('%s ranks above %s', (more, less) => {
    expect(specificity(more)).toBeGreaterThan(specificity(less));
  });

  const articles = [
    { ...art('everywhere'), contexts: ['/**'] },
    { ...art('invoices'), contexts: ['/invoices/**'] },
    { ...art('no-contexts') },
    { ...art('new-invoice'), contexts: ['/customers', '/invoices/new'] },
    { ...art('one-invoice'), contexts: ['/invoices/*'] },
    { ...art('bad-regex'), contexts: ['regex:('] },
  ];
  it.each<[string, number, string[]]>([
    ['/invoices/new', 5, ['new-invoice', 'one-invoice', 'invoices', 'everywhere']],
    ['/invoices/new?draft=1#top', 2, ['new-invoice', 'one-invoice']],
    ['/invoices/42', 5, ['one-invoice', 'invoices', 'everywhere']],
    ['/customers/', 5, ['new-invoice', 'everywhere']],
    ['/reports', 5, ['everywhere']],
    ['/reports', 0, []],
  ])('%s (limit %i)', (path, limit, expected) => {
    expect(ids(suggest(articles, path, limit))).toEqual(expected);
  });
});
