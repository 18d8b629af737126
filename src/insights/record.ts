/**
 * The one place that knows the shape of an analytics record, as the analytics endpoint stores it (one JSON object
 * a line, NDJSON): `{ id, name, ts, sessionId, anonymousId, userId?, locale, path, props }`, where `name` is a
 * Pathlight event name and `props` its payload (`PathlightEvents` in src/types.ts, plus the names other parts add:
 * `survey:answer`, `handoff:deflected`, `contact:sent`). Everything the insights report reads goes through
 * `readRecord`; docs/insights.sql's `events` table is the same shape with the same rules (see docs/insights.md).
 *
 * Logs are user input from many versions of the widget: a record the report cannot use is counted, never fatal.
 * - malformed: not JSON, not an object, no string `name`, or no usable `ts` (epoch milliseconds or an ISO 8601 string);
 * - unknown: a name the report does not know (a newer widget, a host's own `track` name): counted by name;
 * - invalid: a known name whose payload lacks what the report needs (a search without a query): counted by name.
 */

/** Names the report reads or at least knows (counted by name, never as unknown). */
export const KNOWN_EVENTS = [
  'ready',
  'open',
  'close',
  'search',
  'article:view',
  'article:feedback',
  'video:progress',
  'tour:start',
  'tour:step',
  'tour:complete',
  'tour:dismiss',
  'tip:show',
  'tip:click',
  'tip:dismiss',
  'announcement:show',
  'announcement:dismiss',
  'announcement:click',
  'checklist:item',
  'checklist:complete',
  'checklist:dismiss',
  'handoff',
  'handoff:deflected',
  'contact:sent',
  'survey:show',
  'survey:answer',
  'survey:dismiss',
  'track',
  'route',
  'error',
] as const;

export type KnownEventName = (typeof KNOWN_EVENTS)[number];
const known = new Set<string>(KNOWN_EVENTS);
export const isKnownEvent = (name: string): name is KnownEventName => known.has(name);

/** A record as the report reads it: the envelope checked, `props` still untrusted. */
export interface InsightsRecord {
  name: string;
  /** Epoch milliseconds. */
  ts: number;
  sessionId: string | null;
  /** `(none)` when the record has none. */
  locale: string;
  /** `(none)` when the record has none. */
  path: string;
  props: Record<string, unknown>;
}

export const NONE = '(none)';
/** Longest query, comment or key kept (longer ones are cut): one record cannot make a table entry huge. */
export const MAX_TEXT = 200;
export const MAX_COMMENT = 1000;
/** Tour step indexes the report tracks (a step index outside 0..MAX_STEP-1 makes the event invalid). */
export const MAX_STEP = 200;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A string cut to `max` code points (the SQL's `left()` counts code points too). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** `ts` as epoch milliseconds: a finite number, or an ISO 8601 date-time string with `Z` or an offset. */
export function parseTs(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value !== 'string') return null;
  // Date.parse also takes RFC 2822 and local times: only ISO with a zone is the same instant everywhere.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Checks a parsed line's envelope; `null` when it is malformed. */
export function readRecord(value: unknown): InsightsRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  const name = str(raw.name);
  if (!name) return null;
  const ts = parseTs(raw.ts);
  if (ts === null) return null;
  const props = raw.props;
  return {
    name,
    ts,
    sessionId: str(raw.sessionId) || null,
    locale: str(raw.locale) ? cut(raw.locale as string, MAX_TEXT) : NONE,
    path: str(raw.path) ? cut(raw.path as string, MAX_TEXT) : NONE,
    props:
      typeof props === 'object' && props !== null && !Array.isArray(props)
        ? (props as Record<string, unknown>)
        : {},
  };
}

/** A search query as the report groups it: trimmed, lower case, runs of spaces as one, cut to MAX_TEXT. */
export function normalizeQuery(query: string): string {
  // Only ASCII white space (String#trim also takes Unicode spaces, which SQL's trim() does not).
  return cut(
    query
      .replace(/[ \t\n\r]+/g, ' ')
      .replace(/^ | $/g, '')
      .toLowerCase(),
    MAX_TEXT,
  );
}

/** A comment as the report keeps it: ASCII white space trimmed, cut to MAX_COMMENT. */
export function normalizeComment(comment: string): string {
  return cut(comment.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, ''), MAX_COMMENT);
}

/** The Monday (UTC) of `ts`'s ISO week, as YYYY-MM-DD: the report's unit of "over time". */
export function weekOf(ts: number): string {
  const day = Math.floor(ts / 86_400_000);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  const monday = day - ((((day + 3) % 7) + 7) % 7);
  return new Date(monday * 86_400_000).toISOString().slice(0, 10);
}

export const isInt = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);
