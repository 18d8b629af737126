/*
 * What the chat adapters share: waiting for a vendor's global without ever loading its script, and turning the
 * context into the flat attributes vendors take, named by the host's field map.
 */
import type { HandoffContext, HandoffField } from '../../types';

/** Where the adapters find the vendors' globals: `window`, or a fake in tests. */
export type Globals = Record<string, unknown>;

export interface AdapterOptions {
  /** The host's field map (`handoff.fields`); nothing is sent as attributes without it. */
  fields?: Partial<Record<HandoffField, string>>;
  /** @default window */
  globals?: Globals;
}

/** How often a global the page has not defined yet is looked for (its script may still be loading). */
export const POLL_MS = 100;

/**
 * Resolves with `get()` once it returns something (checked now, then every `POLL_MS`), and never when `signal`
 * aborts first: the caller's deadline decides, this only stops looking.
 */
export function poll<T>(get: () => T | undefined, signal: AbortSignal): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const found = get();
      if (found === undefined || found === null) return false;
      clearInterval(timer);
      resolve(found);
      return true;
    };
    const timer = setInterval(check, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    if (signal.aborted) clearInterval(timer);
    else check();
  });
}

/**
 * Resolves when `subscribe` calls back; `subscribe` returns its unsubscribe, called on the first call back or
 * when `signal` aborts. A callback after the abort is ignored.
 */
export function once(
  signal: AbortSignal,
  subscribe: (done: () => void) => (() => void) | undefined,
): Promise<void> {
  return new Promise((resolve) => {
    let off: (() => void) | undefined;
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      off?.();
      if (ok) resolve();
    };
    if (signal.aborted) return;
    signal.addEventListener('abort', () => finish(false), { once: true });
    off = subscribe(() => finish(true));
    if (settled) off?.();
  });
}

/** A context field as one attribute: lists joined with ", " (articles by title), steps as "id (n)". */
function flat(context: HandoffContext, field: keyof HandoffContext): string | undefined {
  const { tour, checklist } = context;
  if (field === 'tour') return tour && `${tour.id} (${tour.step + 1})`;
  if (field === 'checklist') return checklist && `${checklist.id} (${checklist.itemId})`;
  const value = context[field];
  if (value === undefined || typeof value === 'string') return value;
  if (Array.isArray(value))
    return value
      .map((item) => (typeof item === 'string' ? item : 'title' in item ? item.title : ''))
      .join(', ');
  return Object.entries(value)
    .map(([key, v]) => `${key}: ${String(v)}`)
    .join(', ');
}

/**
 * The attributes the host asked for, `{ vendorName: text }`, in the order of its field map; empty values are
 * left out. `summary` is the human-readable summary.
 * @example attributes(context, summary, { failedQueries: 'failed' }) // { failed: 'refund, refnd' }
 */
export function attributes(
  context: HandoffContext,
  summary: string,
  fields: AdapterOptions['fields'],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, name] of Object.entries(fields ?? {})) {
    const value = field === 'summary' ? summary : flat(context, field as keyof HandoffContext);
    if (name && value) out[name] = value;
  }
  return out;
}

export const isFunction = (value: unknown): value is (...args: unknown[]) => unknown =>
  typeof value === 'function';
