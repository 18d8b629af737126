// Dates in rules and traits. `new Date('2026-01-01T00:00')` is local time in JavaScript, which
// would make a campaign start at a different instant for every visitor: ISO strings without an
// offset are read as UTC here, by hand.

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const RELATIVE = /^([+-])\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };

function parseOffsetMinutes(offset: string | undefined): number {
  if (!offset || offset === 'Z' || offset === 'z') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

// Rule dates are constant strings evaluated on every pass: remember the parsed value (bounded;
// derived data only, so sharing it across instances leaks nothing).
const ISO_CACHE_LIMIT = 256;
const isoCache = new Map<string, number | undefined>();

function parseIso(text: string): number | undefined {
  if (isoCache.has(text)) return isoCache.get(text);
  const value = parseIsoUncached(text);
  if (isoCache.size >= ISO_CACHE_LIMIT) isoCache.delete(isoCache.keys().next().value as string);
  isoCache.set(text, value);
  return value;
}

function parseIsoUncached(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.slice(0, 3).padEnd(3, '0')));
  // Date.UTC rolls 2026-02-30 over into March; such a date is a typo, not a date.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return utc - parseOffsetMinutes(offset) * 60_000;
}

/**
 * An instant in ms since the epoch, from an epoch number (ms), a numeric string, a `Date`, or an
 * ISO 8601 string (UTC unless it carries `Z` or an offset). Strings that name their zone
 * (`Tue, 06 Jan 2026 10:00:00 GMT`) are accepted too. Anything else gives `undefined`.
 *
 * @example
 * parseDate('2026-01-01T00:00'); // 1767225600000, the same everywhere
 * parseDate('2026-01-01T02:00+02:00'); // 1767225600000
 */
export function parseDate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^-?\d+$/.test(text)) return Number(text);
  const iso = parseIso(text);
  if (iso !== undefined) return iso;
  // Only strings with an explicit zone: anything else would be read in the visitor's local time.
  if (/\b(?:GMT|UTC)\b|[+-]\d{4}\b/.test(text)) {
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/**
 * Like `parseDate`, and also `'now'` and durations relative to `now` (`'-7d'`, `'+2h'`, `'-30m'`;
 * units ms, s, m, h, d, w): the value side of `before`/`after` trait conditions, so a rule can say
 * "signed up within the last 7 days".
 *
 * @example
 * resolveDate('-7d', Date.UTC(2026, 0, 8)); // Date.UTC(2026, 0, 1)
 */
export function resolveDate(value: unknown, now: number): number | undefined {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === 'now') return now;
    const m = RELATIVE.exec(text);
    if (m) return now + (m[1] === '-' ? -1 : 1) * Number(m[2]) * UNIT_MS[m[3]!]!;
  }
  return parseDate(value);
}
