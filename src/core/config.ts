import type { PathlightConfig } from '../types';

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
  check: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  expected,
  fields,
});
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const sourceOrObject = (what: string): Field => ({
  check: (v) => typeof v === 'string' || isRecord(v),
  expected: `a URL or a ${what} object`,
});

const SCHEMA: Record<string, Field> = {
  feed: sourceOrObject('feed (or a map of locale to URL)'),
  content: sourceOrObject('guide content'),
  locale: field('string'),
  messages: {
    check: (v) => isRecord(v) && Object.values(v).every(isRecord),
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
    check: (v) => isRecord(v) && typeof v.id === 'string' && (v.traits === undefined || isRecord(v.traits)),
    expected: '{ id: string, traits?: object }',
  },
  debug: field('boolean'),
  maxVisibleTips: field('number'),
  quietPeriodMs: field('number'),
  open: field('boolean'),
  onReady: field('function'),
  onError: field('function'),
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return row[b.length]!;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function validateFields(
  input: Record<string, unknown>,
  schema: Record<string, Field>,
  path: string,
  problems: string[],
) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const spec = schema[key];
    const name = path ? `${path}.${key}` : key;
    if (!spec) {
      const close = Object.keys(schema)
        .map((k) => [k, distance(k.toLowerCase(), key.toLowerCase())] as const)
        .filter(([, d]) => d <= 2)
        .sort((a, b) => a[1] - b[1])[0]?.[0];
      problems.push(`Unknown config key "${name}" was ignored.${close ? ` Did you mean "${close}"?` : ''}`);
      continue;
    }
    if (value === undefined) continue;
    if (!spec.check(value)) {
      problems.push(
        `Config "${name}" should be ${spec.expected}, got ${describe(value)}; using the default.`,
      );
      continue;
    }
    out[key] = spec.fields
      ? validateFields(value as Record<string, unknown>, spec.fields, name, problems)
      : value;
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
  if (!isRecord(input)) {
    return {
      config: {},
      problems: [`Config should be an object, got ${describe(input)}; using the defaults.`],
    };
  }
  return { config: validateFields(input, SCHEMA, '', problems) as PathlightConfig, problems };
}

/** The keys `PathlightConfig` accepts, for documentation tests. */
export const CONFIG_KEYS = Object.keys(SCHEMA);
