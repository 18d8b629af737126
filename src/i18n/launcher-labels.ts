import type { SUPPORTED_LOCALES } from './index';

/**
 * Each built-in catalog's `launcher.label`, for the first script: it draws the launcher in the visitor's
 * language before any catalog has loaded, so the label never changes (nor the launcher's width) when the
 * panel's code arrives. A unit test keeps this table equal to the catalogs.
 */
export const LAUNCHER_LABELS: Readonly<Record<(typeof SUPPORTED_LOCALES)[number], string>> = {
  en: 'Help',
  pl: 'Pomoc',
  ru: 'Помощь',
  lt: 'Pagalba',
  vi: 'Trợ giúp',
  ro: 'Ajutor',
  de: 'Hilfe',
  fr: 'Aide',
  es: 'Ayuda',
  pt: 'Ajuda',
  uk: 'Допомога',
  ar: 'مساعدة',
};
