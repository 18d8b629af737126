import { negotiateLocale, SUPPORTED_LOCALES } from '../i18n';
import type { PathlightConfig } from '../types';

/** Where `setLocale()` keeps the visitor's choice (device-wide storage). */
export const LOCALE_PREF = 'locale';

/**
 * The UI locale for `requested` (`config.locale`, a `setLocale()` argument or the saved choice): the
 * built-in locales plus those the host brought strings for, then `<html lang>` and the browser's languages.
 */
export function uiLocale(config: Readonly<PathlightConfig>, requested: string | undefined): string {
  return negotiateLocale({
    configured: requested,
    htmlLang: document.documentElement.lang,
    navigatorLanguages: navigator.languages,
    supported: [...SUPPORTED_LOCALES, ...Object.keys(config.messages ?? {})],
  });
}
