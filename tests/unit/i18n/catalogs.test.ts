// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../../src/i18n';
import { catalogs } from '../../../src/i18n/catalogs';
import enCore from '../../../src/i18n/catalogs/en';
import enArticle from '../../../src/i18n/catalogs/en-article';
import enAuthor from '../../../src/i18n/catalogs/en-author';
import enChat from '../../../src/i18n/catalogs/en-chat';
import enChecklists from '../../../src/i18n/catalogs/en-checklists';
import enHandoff from '../../../src/i18n/catalogs/en-handoff';
import enKb from '../../../src/i18n/catalogs/en-kb';
import enMarks from '../../../src/i18n/catalogs/en-marks';
import enSearch from '../../../src/i18n/catalogs/en-search';
import enSurveys from '../../../src/i18n/catalogs/en-surveys';
import enTours from '../../../src/i18n/catalogs/en-tours';

/** All of English: the main bundle's catalog and what the lazy chunks bring (each key once). */
const en = {
  ...enCore,
  ...enArticle,
  ...enHandoff,
  ...enMarks,
  ...enTours,
  ...enChecklists,
  ...enChat,
  ...enKb,
  ...enSearch,
  ...enSurveys,
  ...enAuthor,
};

const englishKeys = Object.keys(en);
const pluralBases = englishKeys
  .filter((key) => key.endsWith('.other'))
  .map((key) => key.slice(0, -'.other'.length));
const isPluralForm = (key: string) => pluralBases.some((base) => key.startsWith(`${base}.`));
const plainKeys = englishKeys.filter((key) => !isPluralForm(key));
const categoriesOf = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const langs = Object.keys(catalogs).sort();
const entries = langs.map((lang) => [lang, catalogs[lang]!] as const);

/** True when a plural category holds exactly one whole number, so its text may spell it out ("نتيجتان"). */
function namesOneNumber(lang: string, category: string): boolean {
  const rules = new Intl.PluralRules(lang);
  let hits = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) hits++;
  return hits === 1;
}

describe('catalog set', () => {
  it('has each English key once, in the main catalog or in one lazy chunk’s', () => {
    const parts = [
      enCore,
      enArticle,
      enHandoff,
      enMarks,
      enTours,
      enChecklists,
      enChat,
      enKb,
      enSearch,
      enSurveys,
      enAuthor,
    ].map((part) => Object.keys(part));
    expect(parts.flat()).toHaveLength(new Set(parts.flat()).size);
  });

  it('has one catalog for every supported locale but English', () => {
    expect(langs).toEqual(SUPPORTED_LOCALES.filter((lang) => lang !== 'en').sort());
  });

  it('finds plural keys in the English source', () => {
    expect(pluralBases).toEqual(expect.arrayContaining(['search.results', 'article.minutes']));
    for (const base of pluralBases) expect(Object.keys(en)).toContain(`${base}.one`);
  });
});

describe.each(entries)('catalog %s', (lang, catalog) => {
  const expectedKeys = [
    ...plainKeys,
    ...pluralBases.flatMap((base) => categoriesOf(lang).map((category) => `${base}.${category}`)),
  ].sort();

  it('has exactly the keys of en, with the plural categories Intl gives this language', () => {
    expect(Object.keys(catalog).sort()).toEqual(expectedKeys);
  });

  it.each(pluralBases)('has every plural category of %s', (base) => {
    for (const category of categoriesOf(lang))
      expect(catalog[`${base}.${category}`], category).toBeTypeOf('string');
  });

  it('keeps the placeholders of en for every plain key', () => {
    for (const key of plainKeys) {
      expect(placeholders(catalog[key] ?? ''), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('keeps the placeholders of en in plural forms (only a one-number form may spell out {count})', () => {
    for (const base of pluralBases) {
      const wanted = placeholders(en[`${base}.other` as keyof typeof en]);
      for (const category of categoriesOf(lang)) {
        const got = placeholders(catalog[`${base}.${category}`] ?? '');
        const allowed =
          namesOneNumber(lang, category) && !got.includes('count')
            ? wanted.filter((n) => n !== 'count')
            : wanted;
        expect(got, `${base}.${category}`).toEqual(allowed);
      }
    }
  });

  it('has trimmed, non-empty strings with balanced braces', () => {
    for (const [key, text] of Object.entries(catalog)) {
      expect(text.trim(), key).toBe(text);
      expect(text.length, key).toBeGreaterThan(0);
      expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
      expect(text, key).not.toMatch(/ {2}/);
    }
  });

  it('is translated, not copied from English', () => {
    // A text with no word outside its placeholders ("{score} — {label}") has nothing to translate.
    const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
    const copied = plainKeys.filter(
      (key) => catalog[key] === en[key as keyof typeof en] && hasWords(en[key as keyof typeof en]),
    );
    // A few words are the same in both languages (Spanish "No"); more than that is a missed translation.
    expect(copied.length, copied.join(', ')).toBeLessThanOrEqual(2);
  });
});
