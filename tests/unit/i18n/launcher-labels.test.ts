import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../../src/i18n';
import { catalogs } from '../../../src/i18n/catalogs';
import en from '../../../src/i18n/catalogs/en';
import { LAUNCHER_LABELS } from '../../../src/i18n/launcher-labels';

describe("the first script's launcher labels", () => {
  it.each(SUPPORTED_LOCALES.map((locale) => [locale]))('%s matches its catalog', (locale) => {
    const catalog = locale === 'en' ? en : catalogs[locale];
    expect(LAUNCHER_LABELS[locale]).toBe(catalog?.['launcher.label']);
  });

  it('has no locale without a catalog', () => {
    expect(Object.keys(LAUNCHER_LABELS).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });
});
