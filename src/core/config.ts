import type { PathlightConfig, ThemeConfig } from '../types';
import { describe, didYouMean, isObject, type Json } from './validate';

type Check = (value: unknown) => boolean;
interface Field {
  check: Check;
  expected: string;
  fields?: Record<string, Field>;
  /** The one of `fields` without which the object means nothing: when it fails, the whole value is dropped. */
  requires?: string;
}

const is =
  (type: string): Check =>
  (v) =>
    typeof v === type;
const oneOf = (...values: string[]): Field => ({
  check: (v) => typeof v === 'string' && values.includes(v),
  expected: values.map((v) => `'${v}'`).join(' | '),
});
const field = (type: 'string' | 'number' | 'boolean' | 'function'): Field => ({
  check: is(type),
  expected: `a ${type}`,
});
const strings: Field = {
  check: (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
  expected: 'an array of strings',
};
/** A length in px: a finite number, 0 or more. */
const px: Field = {
  check: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  expected: 'a number of px (0 or more)',
};
/** `false`, or an object whose keys the capability checks itself. */
const falseOr: Field = { check: (v) => v === false || isObject(v), expected: 'false or an object' };
const object = (fields: Record<string, Field>, expected = 'an object'): Field => ({
  check: isObject,
  expected,
  fields,
});
/** A selector `<html>` can be matched against (any selector parses where there is no document, as in SSR). */
const isSelector = (v: unknown): boolean => {
  if (typeof v !== 'string' || !v.trim()) return false;
  try {
    if (typeof document !== 'undefined') document.createDocumentFragment().querySelector(v);
    return true;
  } catch {
    return false;
  }
};
const theme = {
  brandColor: field('string'),
  brandTextColor: field('string'),
  radius: field('number'),
  fontFamily: field('string'),
  colorScheme: {
    check: (v) =>
      v === 'auto' || v === 'light' || v === 'dark' || (isObject(v) && v.followHost !== undefined),
    expected: `'auto' | 'light' | 'dark' | { followHost: selector }`,
    requires: 'followHost',
    fields: {
      followHost: {
        check: (v) => v === true || isSelector(v),
        expected: `true or a CSS selector for <html>, such as '.dark' or '[data-theme="dark"]'`,
      },
    },
  },
} satisfies { [K in keyof Required<ThemeConfig>]: Field };

/**
 * Hand-off: the ways to a human. The chat, office hours and video call are only checked for their type here (this
 * runs in the first script); the `handoff` chunk checks them deeper when it loads (timezone, spans, provider name).
 */
const anObject: Field = { check: isObject, expected: 'an object' };
const handoff = object({
  onHandoff: field('function'),
  url: field('string'),
  email: field('string'),
  provider: {
    check: (v) => typeof v === 'string' || isObject(v),
    expected: 'a chat name or an adapter object',
  },
  fields: anObject,
  timeoutMs: field('number'),
  traits: { check: Array.isArray, expected: 'a list of trait names' },
  hours: anObject,
  videoCall: anObject,
  // The contact form's keys; the form checks inside `attachments` and `recording` itself (a lazy chunk).
  endpoint: field('string'),
  replyTime: field('number'),
  attachments: falseOr,
  recording: falseOr,
  screenshot: field('boolean'),
});

const sourceOrObject = (what: string): Field => ({
  check: (v) => typeof v === 'string' || isObject(v),
  expected: `a URL or a ${what} object`,
});

/**
 * One field per config key, no more and no less (the type says so): whatever passes a field's check is
 * what that key's type allows at the top level; capabilities check deeper (the feed, the content) themselves.
 */
const SCHEMA: { [K in keyof Required<PathlightConfig>]: Field } = {
  feed: sourceOrObject('feed (or a map of locale to URL)'),
  content: sourceOrObject('guide content'),
  locale: field('string'),
  messages: {
    check: (v) => isObject(v) && Object.values(v).every(isObject),
    expected: 'a map of locale to { key: text }',
  },
  theme: object(theme),
  launcher: object({
    hidden: field('boolean'),
    position: oneOf('bottom-right', 'bottom-left'),
    label: field('string'),
    offset: field('number'),
  }),
  panel: object({ title: field('string'), logo: field('string'), offsetTop: px, offsetBottom: px }),
  handoff,
  // The engine's own options are checked by the remote-search chunk (kb/remote), which knows each engine.
  search: {
    check: (v) => isObject(v) && v.provider !== undefined,
    expected: '{ provider, …engine options }',
  },
  analytics: object({
    requireConsent: field('boolean'),
    respectGPC: field('boolean'),
    beforeSend: field('function'),
    endpoint: field('string'),
    onEvent: field('function'),
    // Which tools: the analytics chunk checks the names (and suggests the closest).
    forward: strings,
    traits: strings,
  }),
  id: field('string'),
  zIndex: field('number'),
  nonce: field('string'),
  assetsUrl: field('string'),
  user: {
    check: (v) => isObject(v) && typeof v.id === 'string' && (v.traits === undefined || isObject(v.traits)),
    expected: '{ id: string, traits?: object }',
  },
  debug: field('boolean'),
  authorFromUrl: field('boolean'),
  maxVisibleTips: field('number'),
  quietPeriodMs: field('number'),
  open: field('boolean'),
  progress: object({ load: field('function'), save: field('function') }),
  surveys: object({ minDaysBetween: field('number') }),
  onReady: field('function'),
  onError: field('function'),
};

/** How a problem reads: in the config given to init(), or in a later call such as setTheme(). */
interface Wording {
  unknown(name: string): string;
  wrong(name: string, expected: string, got: string): string;
}
const IN_CONFIG: Wording = {
  unknown: (name) => `Unknown config key "${name}" was ignored.`,
  wrong: (name, expected, got) => `Config "${name}" should be ${expected}, got ${got}; using the default.`,
};

function validateFields(
  input: Json,
  schema: Record<string, Field>,
  path: string,
  problems: string[],
  say: Wording = IN_CONFIG,
): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(input)) {
    // Own keys only: `toString` or a JSON `__proto__` must read as unknown keys, not as fields.
    const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
    const name = path ? `${path}.${key}` : key;
    if (!spec) {
      const close = didYouMean(key, Object.keys(schema));
      problems.push(`${say.unknown(name)}${close ? ` Did you mean "${close}"?` : ''}`);
      continue;
    }
    if (value === undefined) continue;
    if (!spec.check(value)) {
      problems.push(say.wrong(name, spec.expected, describe(value, 'js')));
      continue;
    }
    if (!spec.fields || !isObject(value)) out[key] = value;
    else {
      const fields = validateFields(value, spec.fields, name, problems, say);
      if (!spec.requires || fields[spec.requires] !== undefined) out[key] = fields;
    }
  }
  return out;
}

/**
 * Validates a config: every unknown key and wrong type becomes one readable problem, and the
 * offending key is dropped so the widget starts with defaults instead of failing.
 */
export function validateConfig(input: unknown): { config: PathlightConfig; problems: string[] } {
  const problems: string[] = [];
  if (input === undefined || input === null) return { config: {}, problems };
  if (!isObject(input)) {
    return {
      config: {},
      problems: [`Config should be an object, got ${describe(input, 'js')}; using the defaults.`],
    };
  }
  // Every key left passed the check of the field its type declares (see SCHEMA).
  return { config: validateFields(input, SCHEMA, '', problems) as PathlightConfig, problems };
}

const IN_SET_THEME: Wording = {
  unknown: (name) => `setTheme(): unknown theme key "${name}" was ignored.`,
  wrong: (name, expected, got) =>
    `setTheme(): "${name}" should be ${expected}, got ${got}; it keeps its value.`,
};

/**
 * Validates a `setTheme()` argument as `theme` in the config is validated: what passes, and one problem for
 * each key that does not (it keeps its value). A key given as `undefined` stays in what passes, so that
 * merging it over the current theme returns that key to its default.
 * @example validateTheme({ radius: '8px', colorScheme: 'dark' }) // { theme: { colorScheme: 'dark' }, problems: [...] }
 */
export function validateTheme(input: unknown): { theme: ThemeConfig; problems: string[] } {
  if (!isObject(input)) {
    return {
      theme: {},
      problems: [
        `setTheme() needs an object of theme keys, such as { colorScheme: 'dark' }, got ${describe(input, 'js')}.`,
      ],
    };
  }
  const problems: string[] = [];
  const out = validateFields(input, theme, '', problems, IN_SET_THEME);
  for (const [key, value] of Object.entries(input))
    if (value === undefined && Object.hasOwn(theme, key)) out[key] = undefined;
  return { theme: out as ThemeConfig, problems };
}

/** The keys `PathlightConfig` accepts, for documentation tests. */
export const CONFIG_KEYS = Object.keys(SCHEMA);
