// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isRtl, type LocaleHints, negotiateLocale, SUPPORTED_LOCALES } from '../../../src/i18n';

describe('negotiateLocale', () => {
  it.each<[string, LocaleHints, string]>([
    ['nothing given', {}, 'en'],
    ['configured wins', { configured: 'de', htmlLang: 'fr', navigatorLanguages: ['pl'] }, 'de'],
    ['html lang before navigator', { htmlLang: 'fr', navigatorLanguages: ['pl'] }, 'fr'],
    ['navigator in order', { navigatorLanguages: ['nb-NO', 'ru-RU', 'pl'] }, 'ru'],
    ['region falls to language', { configured: 'pt-BR' }, 'pt'],
    ['uk-UA', { htmlLang: 'uk-UA' }, 'uk'],
    ['case-insensitive', { configured: 'PT-br' }, 'pt'],
    ['underscore', { htmlLang: 'ro_RO' }, 'ro'],
    ['POSIX charset suffix', { configured: 'lt_LT.UTF-8' }, 'lt'],
    ['script subtag', { navigatorLanguages: ['sr-Latn-RS', 'vi-VN'] }, 'vi'],
    ['unsupported everywhere', { configured: 'nb', htmlLang: 'nb-NO', navigatorLanguages: ['sv'] }, 'en'],
    ['unsupported configured falls through', { configured: 'nb', navigatorLanguages: ['es-MX'] }, 'es'],
    ['empty and blank skipped', { configured: '', htmlLang: '   ', navigatorLanguages: ['', 'ar-SA'] }, 'ar'],
    [
      'garbage skipped',
      { configured: 'auto!', htmlLang: '*', navigatorLanguages: ['C', '12', 'x', 'de'] },
      'de',
    ],
    ['null values', { configured: null, htmlLang: null, navigatorLanguages: null }, 'en'],
    ['English region', { navigatorLanguages: ['en-GB', 'pl'] }, 'en'],
    ['exact match first', { configured: 'fr-CA', supported: ['fr', 'fr-CA'] }, 'fr-CA'],
    ['host locale from messages', { configured: 'nb-NO', supported: [...SUPPORTED_LOCALES, 'nb'] }, 'nb'],
    ['regional-only supported', { htmlLang: 'pt-PT', supported: ['en', 'pt-BR'] }, 'pt-BR'],
  ])('%s', (_, hints, expected) => {
    expect(negotiateLocale(hints)).toBe(expected);
  });

  it('skips non-string values from untyped callers', () => {
    const hints = { configured: 42, navigatorLanguages: [{}, 'pl'] } as unknown as LocaleHints;
    expect(negotiateLocale(hints)).toBe('pl');
    expect(negotiateLocale({ navigatorLanguages: 'pl' as unknown as string[] })).toBe('en');
  });

  it('supports en plus the eleven catalogs', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual(
      ['ar', 'de', 'en', 'es', 'fr', 'lt', 'pl', 'pt', 'ro', 'ru', 'uk', 'vi'].sort(),
    );
  });
});

describe('isRtl', () => {
  it.each([
    ['ar', true],
    ['ar-EG', true],
    ['AR_sa', true],
    ['he', true],
    ['iw', true],
    ['fa-IR', true],
    ['ur', true],
    ['ps', true],
    ['ckb', true],
    ['yi', true],
    ['az-Arab', true],
    ['sd-Deva', false],
    ['en', false],
    ['pl', false],
    ['arn', false],
    ['her', false],
    ['', false],
    ['garbage!', false],
  ])('%s → %s', (tag, expected) => {
    expect(isRtl(tag)).toBe(expected);
  });
});
