import type { PathlightConfig } from '../types';
import { describe, didYouMean, isObject, type Json } from './validate';

type Check = (value: unknown) => boolean;
interface Field {
  check: Check;
  expected: string;
  fields?: Record<string, Field>;
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
const object = (fields: Record<string, Field>, expected = 'an object'): Field => ({
  check: isObject,
  expected,
  fields,
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
  theme: object({
    brandColor: field('string'),
    brandTextColor: field('string'),
    radius: field('number'),
    fontFamily: field('string'),
    colorScheme: oneOf('auto', 'light', 'dark'),
  }),
  launcher: object({
    hidden: field('boolean'),
    position: oneOf('bottom-right', 'bottom-left'),
    label: field('string'),
    offset: field('number'),
  }),
  handoff: object({ onHandoff: field('function'), url: field('string'), email: field('string') }),
  analytics: object({
    requireConsent: field('boolean'),
    respectGPC: field('boolean'),
    beforeSend: field('function'),
    endpoint: field('string'),
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
  maxVisibleTips: field('number'),
  quietPeriodMs: field('number'),
  open: field('boolean'),
  progress: object({ load: field('function'), save: field('function') }),
  onReady: field('function'),
  onError: field('function'),
};

function validateFields(input: Json, schema: Record<string, Field>, path: string, problems: string[]): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(input)) {
    // Own keys only: `toString` or a JSON `__proto__` must read as unknown keys, not as fields.
    const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
    const name = path ? `${path}.${key}` : key;
    if (!spec) {
      const close = didYouMean(key, Object.keys(schema));
      problems.push(`Unknown config key "${name}" was ignored.${close ? ` Did you mean "${close}"?` : ''}`);
      continue;
    }
    if (value === undefined) continue;
    if (!spec.check(value)) {
      problems.push(
        `Config "${name}" should be ${spec.expected}, got ${describe(value, 'js')}; using the default.`,
      );
      continue;
    }
    out[key] = spec.fields && isObject(value) ? validateFields(value, spec.fields, name, problems) : value;
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

/** The keys `PathlightConfig` accepts, for documentation tests. */
export const CONFIG_KEYS = Object.keys(SCHEMA);
