import en, { type Catalog, type MessageKey } from './catalogs/en';

export type { Catalog, MessageKey };

type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
/** A catalog key, or the base of a plural key (`search.results`), whose form `vars.count` picks. */
export type TranslationKey = MessageKey | PluralBase<MessageKey>;
export type Direction = 'ltr' | 'rtl';
/** Interpolation values; numbers are formatted for the translator's locale. */
export type MessageVars = Record<string, string | number | null | undefined>;

export interface Translator {
  /** The canonical locale tag the translator formats for (`en` when the given tag was invalid). */
  readonly locale: string;
  readonly dir: Direction;
  /** Never throws and never returns `undefined`: falls back to English, then to the key itself. */
  t(key: TranslationKey | (string & {}), vars?: MessageVars): string;
}

export interface TranslatorOptions {
  /** Used for keys the catalog lacks; its plural forms follow English rules. @default en */
  fallback?: Catalog;
  /** The host's strings for this locale (`config.messages[locale]`); they win over the catalog. */
  overrides?: Record<string, string> | null;
}

export interface LocaleHints {
  /** `config.locale`, tried first. */
  configured?: string | null;
  /** `document.documentElement.lang`. */
  htmlLang?: string | null;
  /** `navigator.languages`, in the user's order of preference. */
  navigatorLanguages?: readonly string[] | null;
  /** Locales that have strings; pass extra ones the host supplied through `config.messages`. @default SUPPORTED_LOCALES */
  supported?: readonly string[];
}

/** Locales with a built-in catalog. English is bundled; the others load as one lazy chunk. */
export const SUPPORTED_LOCALES = [
  'en',
  'pl',
  'ru',
  'lt',
  'vi',
  'ro',
  'de',
  'fr',
  'es',
  'pt',
  'uk',
  'ar',
] as const;

const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/;
const RTL_SCRIPT = /^(adlm|arab|hebr|mand|nkoo|rohg|samr|syrc|thaa)$/;

/** Lower-cased BCP 47-ish tag, or '' for anything that is not one (`C`, `*`, `en_US.UTF-8` → `en-us`). */
function normalizeTag(value: unknown): string {
  if (typeof value !== 'string') return '';
  const tag = value.trim().split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(-[a-z\d]{1,8})*$/.test(tag) ? tag : '';
}

/**
 * Whether a locale is written right to left. An explicit script subtag decides (`az-Arab` is RTL,
 * `sd-Deva` is not); otherwise the language does.
 * @example isRtl('ar-EG') // true
 * @example isRtl('pl') // false
 */
export function isRtl(locale: string): boolean {
  const tag = normalizeTag(locale);
  const script = /^[a-z]{2,3}-([a-z]{4})(-|$)/.exec(tag)?.[1];
  return script ? RTL_SCRIPT.test(script) : RTL_LANGUAGE.test(tag);
}

/**
 * Picks the UI locale: `configured`, then `<html lang>`, then `navigator.languages`; the first
 * hint that matches a supported locale wins, by exact tag, then by language subtag (`pt-BR` → `pt`).
 * Empty or malformed hints are skipped; nothing matching gives `en`. Reads no globals (SSR safe).
 * @example negotiateLocale({ htmlLang: 'pt-BR', navigatorLanguages: ['de-DE'] }) // 'pt'
 * @example negotiateLocale({ configured: 'nb', navigatorLanguages: ['nb-NO'] }) // 'en'
 */
export function negotiateLocale(hints: LocaleHints = {}): string {
  const supported = hints.supported ?? SUPPORTED_LOCALES;
  const wanted = supported.map(normalizeTag);
  const browser = Array.isArray(hints.navigatorLanguages) ? hints.navigatorLanguages : [];
  for (const hint of [hints.configured, hints.htmlLang, ...browser]) {
    const tag = normalizeTag(hint);
    if (!tag) continue;
    const language = tag.split('-')[0]!;
    let index = wanted.indexOf(tag);
    if (index < 0) index = wanted.indexOf(language);
    // A host may support only a regional variant (`pt-BR`): `pt` and `pt-PT` still want it.
    if (index < 0) index = wanted.findIndex((w) => w.split('-')[0] === language);
    if (index >= 0) return supported[index]!;
  }
  return 'en';
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

/**
 * English that lazy chunks bring with them (`catalogs/en-*.ts`), looked up after every other catalog: the main
 * bundle then carries no text that only a lazy chunk shows. Module state, shared by every translator of the
 * page: it only ever holds the same build's English, the same for every instance, and is bounded by the chunks.
 */
const lazyEnglish: Catalog = {};

/**
 * Adds a lazy chunk's English; the module that shows the strings calls it when it loads, before it renders.
 * Every other catalog has these keys too (a unit test checks), so this only matters in English.
 * @example addEnglish(enArticle);
 */
export function addEnglish(catalog: Catalog): void {
  Object.assign(lazyEnglish, catalog);
}

const own = (source: Catalog | null | undefined, key: string): string | undefined => {
  const value = source && Object.hasOwn(source, key) ? source[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

/**
 * Makes the `t()` the UI renders with. Lookup order: overrides, the catalog, the fallback catalog,
 * the English lazy chunks added (`addEnglish`), the key. `t(base, { count })` picks `base.<category>` by `Intl.PluralRules`, then `base.other`;
 * an exact `base` entry wins, so a host may override a plural key with one string.
 * @example
 * const { t, dir } = createTranslator('pl', catalogs.pl, { overrides: config.messages?.pl });
 * t('search.results', { count: 5 }); // '5 wyników'
 * t('search.noResults', { query: 'faktura' }); // 'Brak artykułów pasujących do „faktura”.'
 */
export function createTranslator(
  locale: string,
  catalog: Catalog = en,
  options: TranslatorOptions = {},
): Translator {
  let tag = 'en';
  try {
    tag = Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    // A malformed tag (a typo in config) must not take the widget down: format as English.
  }
  const { fallback = en, overrides } = options;
  // Built on first use, then reused: a translator that never meets a number costs no Intl objects.
  const plural = once(() => new Intl.PluralRules(tag));
  const englishPlural = once(() => new Intl.PluralRules('en'));
  const numbers = once(() => new Intl.NumberFormat(tag));

  const find = (key: string, count: unknown): string | undefined => {
    const isCount = typeof count === 'number' && Number.isFinite(count);
    for (const source of [overrides, catalog, fallback, lazyEnglish]) {
      let category = 'other';
      if (isCount)
        category = (source === fallback || source === lazyEnglish ? englishPlural : plural)().select(count);
      const hit = own(source, key) ?? own(source, `${key}.${category}`) ?? own(source, `${key}.other`);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };

  return {
    locale: tag,
    dir: isRtl(tag) ? 'rtl' : 'ltr',
    t(key, vars) {
      try {
        const template = find(key, vars?.count) ?? String(key);
        if (!vars) return template;
        return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
          const value = vars[name];
          if (typeof value === 'number') return numbers().format(value);
          return typeof value === 'string' ? value : placeholder;
        });
      } catch {
        return String(key);
      }
    },
  };
}

export { en };
