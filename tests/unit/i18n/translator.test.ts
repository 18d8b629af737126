// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addEnglish, type Catalog, createTranslator } from '../../../src/i18n';
import { catalogs } from '../../../src/i18n/catalogs';
import en from '../../../src/i18n/catalogs/en';
import enArticle from '../../../src/i18n/catalogs/en-article';
import enTours from '../../../src/i18n/catalogs/en-tours';

// The English the `article` and `tours` chunks bring when they load (some cases below use their keys).
addEnglish({ ...enArticle, ...enTours });

const num = (lang: string, n: number) => new Intl.NumberFormat(lang).format(n);

describe('plural selection', () => {
  it.each([
    ['pl', 1, '1 wynik'],
    ['pl', 2, '2 wyniki'],
    ['pl', 5, '5 wyników'],
    ['pl', 22, '22 wyniki'],
    ['pl', 25, '25 wyników'],
    ['pl', 1.5, `${num('pl', 1.5)} wyniku`],
    ['ru', 1, '1 результат'],
    ['ru', 3, '3 результата'],
    ['ru', 11, '11 результатов'],
    ['ru', 21, '21 результат'],
    ['uk', 2, '2 результати'],
    ['uk', 12, '12 результатів'],
    ['ar', 0, 'لا توجد نتائج'],
    ['ar', 1, 'نتيجة واحدة'],
    ['ar', 2, 'نتيجتان'],
    ['ar', 3, `${num('ar', 3)} نتائج`],
    ['ar', 11, `${num('ar', 11)} نتيجة`],
    ['ar', 100, `${num('ar', 100)} نتيجة`],
    ['lt', 1, '1 rezultatas'],
    ['lt', 2, '2 rezultatai'],
    ['lt', 10, '10 rezultatų'],
    ['lt', 21, '21 rezultatas'],
    ['ro', 1, '1 rezultat'],
    ['ro', 2, '2 rezultate'],
    ['ro', 20, '20 de rezultate'],
    ['fr', 0, '0 résultat'],
    ['fr', 2, '2 résultats'],
    ['fr', 1_000_000, `${num('fr', 1_000_000)} de résultats`],
    ['vi', 1, '1 kết quả'],
    ['de', 1, '1 Ergebnis'],
    ['de', 0, '0 Ergebnisse'],
  ])('%s %d → %s', (lang, count, expected) => {
    expect(createTranslator(lang, catalogs[lang]).t('search.results', { count })).toBe(expected);
  });

  it.each([
    [1, '1 result'],
    [0, '0 results'],
    [2, '2 results'],
  ])('English %d → %s', (count, expected) => {
    expect(createTranslator('en').t('search.results', { count })).toBe(expected);
  });

  it('uses the other form when no count is given', () => {
    expect(createTranslator('pl', catalogs.pl).t('search.results')).toBe('{count} wyniku');
  });

  it('picks English plural rules for English fallback strings', () => {
    // Polish rules say "many" for 5; English has no "many", so the fallback must ask English rules.
    const { t } = createTranslator('pl', { 'launcher.label': 'Pomoc' });
    expect(t('search.results', { count: 5 })).toBe('5 results');
    expect(t('search.results', { count: 1 })).toBe('1 result');
  });

  it('falls back to the other form when the catalog lacks the category', () => {
    const { t } = createTranslator('pl', { 'search.results.other': '{count} x' });
    expect(t('search.results', { count: 5 })).toBe('5 x');
  });
});

describe('interpolation', () => {
  const { t } = createTranslator('en');

  it('fills every placeholder', () => {
    expect(t('video.jumpTo', { time: '1:05', title: 'Setup' })).toBe('Jump to 1:05: Setup');
    expect(t('tour.progress', { current: 2, total: 5 })).toBe('2 of 5');
  });

  it('leaves a missing variable as its placeholder', () => {
    expect(t('video.jumpTo', { time: '1:05' })).toBe('Jump to 1:05: {title}');
    expect(t('tour.progress', { current: 1, total: undefined, extra: 'x' })).toBe('1 of {total}');
    expect(t('video.jumpTo')).toBe('Jump to {time}: {title}');
  });

  it('inserts values as text once, without expanding placeholders inside them', () => {
    expect(t('search.noResults', { query: '{query} <b>' })).toBe('No articles match “{query} <b>”.');
  });

  it('does not read inherited properties of vars', () => {
    expect(t('tip.hotspot', { name: 'x' })).toBe('Show tip: {title}');
    expect(createTranslator('en', { a: 'is {constructor}' }).t('a', {})).toBe('is {constructor}');
  });

  it.each([
    ['en', 1234, '1,234 results'],
    ['de', 1234, '1.234 Ergebnisse'],
    ['pl', 12345, `${num('pl', 12345)} wyników`],
    ['fr', 1234, `${num('fr', 1234)} résultats`],
  ])('formats numbers for %s', (lang, count, expected) => {
    expect(createTranslator(lang, lang === 'en' ? en : catalogs[lang]).t('search.results', { count })).toBe(
      expected,
    );
  });
});

describe('fallbacks', () => {
  it('falls back to English, then to the key', () => {
    const { t } = createTranslator('de', { 'launcher.label': 'Hilfe' });
    expect(t('launcher.label')).toBe('Hilfe');
    expect(t('panel.close')).toBe('Close');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('finds the English a lazy chunk added, after every other catalog', () => {
    addEnglish({
      'test.lazy': 'Lazy {n}',
      'test.lazyCount.one': '{count} thing',
      'test.lazyCount.other': '{count} things',
    });
    expect(createTranslator('en').t('test.lazy', { n: 'text' })).toBe('Lazy text');
    // English plural rules for English text, whatever the locale (Polish would ask for a "many" form).
    expect(createTranslator('pl', {}).t('test.lazyCount', { count: 5 })).toBe('5 things');
    expect(createTranslator('pl', { 'test.lazy': 'Leniwy' }).t('test.lazy')).toBe('Leniwy');
    expect(createTranslator('en', en, { overrides: { 'test.lazy': 'Mine' } }).t('test.lazy')).toBe('Mine');
  });

  it('uses a custom fallback catalog', () => {
    const { t } = createTranslator('uk', {}, { fallback: catalogs.ru });
    expect(t('panel.close')).toBe('Закрыть');
  });

  it('never throws and never returns undefined', () => {
    const { t } = createTranslator('pl', catalogs.pl);
    const hostile = {
      get count(): number {
        throw new Error('boom');
      },
    };
    expect(t('search.results', hostile)).toBe('search.results');
    expect(t(undefined as unknown as string)).toBe('undefined');
    expect(t('constructor')).toBe('constructor');
    expect(t('__proto__')).toBe('__proto__');
    expect(t('search.results', { count: Number.NaN })).toBe('NaN wyniku');
  });

  it('ignores non-string catalog values', () => {
    const broken = { 'panel.close': 42 } as unknown as Catalog;
    expect(createTranslator('en', broken).t('panel.close')).toBe('Close');
  });

  it.each(['', 'not a locale!', '12'])('formats as English for the invalid locale %j', (tag) => {
    const tr = createTranslator(tag);
    expect(tr.locale).toBe('en');
    expect(tr.dir).toBe('ltr');
    expect(tr.t('search.results', { count: 1000 })).toBe('1,000 results');
    expect(tr.t('search.results', { count: 1 })).toBe('1 result');
  });
});

describe('overrides', () => {
  it('win over the catalog and the fallback', () => {
    const { t } = createTranslator('pl', catalogs.pl, {
      overrides: { 'launcher.label': 'Wsparcie', 'x.new': 'Nowe' },
    });
    expect(t('launcher.label')).toBe('Wsparcie');
    expect(t('x.new')).toBe('Nowe');
    expect(t('panel.close')).toBe('Zamknij');
  });

  it('override single plural forms with the locale rules', () => {
    const { t } = createTranslator('pl', catalogs.pl, {
      overrides: { 'search.results.many': '{count} trafień' },
    });
    expect(t('search.results', { count: 5 })).toBe('5 trafień');
    expect(t('search.results', { count: 2 })).toBe('2 wyniki');
  });

  it('may replace a plural key with one string', () => {
    const { t } = createTranslator('pl', catalogs.pl, {
      overrides: { 'search.results': 'Trafienia: {count}' },
    });
    expect(t('search.results', { count: 5 })).toBe('Trafienia: 5');
  });

  it('ignore null overrides', () => {
    expect(createTranslator('en', en, { overrides: null }).t('tour.next')).toBe('Next');
  });
});

describe('locale and direction', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['pl', 'ltr'],
    ['en-US', 'ltr'],
  ])('%s is %s', (tag, dir) => {
    expect(createTranslator(tag).dir).toBe(dir);
  });

  it('reports the canonical tag', () => {
    expect(createTranslator('pt-br', catalogs.pt).locale).toBe('pt-BR');
  });
});
