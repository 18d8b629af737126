/**
 * The one validation toolkit: config, knowledge-base feeds and guide content are checked with it,
 * so every validator names the bad path the same way (`articles[3].video.src: expected …`), shows
 * the bad value the same way and offers the same "did you mean".
 */
import { distance } from './edit-distance';

/** A parsed JSON object (or a config object) as validators read it. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string with something other than white space in it. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export const isString = (value: unknown): value is string => typeof value === 'string';

/** Whether `value` is one of `values`, narrowing it to their type. */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);

/**
 * A bad value as a message shows it, cut to 40 characters. Config values read as JavaScript
 * (`'9999'`, `number 42`, `an array`): a developer wrote them in code, where the type is the
 * mistake. Content reads as JSON (`"9999"`, `42`, `a list`).
 */
export function describe(value: unknown, as: 'js' | 'json' = 'json'): string {
  const js = as === 'js';
  const type = typeof value;
  if (value === null) return 'null';
  if (Array.isArray(value)) return js ? 'an array' : 'a list';
  if (type === 'string') {
    const text = value as string;
    const quote = js ? "'" : '"';
    return quote + (text.length > 40 ? `${text.slice(0, 40)}…` : text) + quote;
  }
  if (type === 'object') return 'an object';
  // Never a function's source: it can be long, and it says nothing the type does not.
  if (type === 'function') return js ? type : `a ${type}`;
  return js ? `${type} ${String(value)}` : String(value);
}

/**
 * The known name a mistyped one most likely meant: case-insensitively at most two edits away, the
 * closest first (the earliest of equally close ones), or undefined.
 * @example didYouMean('lanucher', ['feed', 'launcher']) // 'launcher'
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase(), 2);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Problems found in one thing being checked (an article, a tip): `fatal` ones make it unusable,
 * `notes` only cost it a field. Each reads `path: problem`.
 */
export interface Findings {
  readonly fatal: string[];
  readonly notes: string[];
  fail(path: string, problem: string): void;
  note(path: string, problem: string): void;
}

export function findings(): Findings {
  const fatal: string[] = [];
  const notes: string[] = [];
  return {
    fatal,
    notes,
    fail: (path, problem) => void fatal.push(`${path}: ${problem}`),
    note: (path, problem) => void notes.push(`${path}: ${problem}`),
  };
}

/** The same object without its `undefined` entries, so an absent field stays absent (`'video' in item`). */
export function defined<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: { [K in keyof T]?: Exclude<T[K], undefined> } = {};
  for (const key of Object.keys(fields) as Array<keyof T>) {
    const value = fields[key];
    if (value !== undefined) out[key] = value as Exclude<T[typeof key], undefined>;
  }
  return out;
}
