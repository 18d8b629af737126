/**
 * Per-user guide progress beside this browser (`config.progress`): one merge rule, and the sync that
 * loads, merges and saves. Pure logic with the world injected; imported only by the lazy `guides` chunk.
 */
import type { ProgressAdapter, ProgressState } from '../types';
import { errorMessage, type Report } from './errors';
import { isObject } from './validate';

/** A load that has not answered by then failed (the page keeps its local progress). */
export const PROGRESS_LOAD_TIMEOUT_MS = 10_000;
/** Changes made within this long are saved together. */
export const PROGRESS_SAVE_DELAY_MS = 300;

export const emptyProgress = (): ProgressState => ({
  version: 1,
  completed: {},
  dismissed: {},
  shown: {},
  positions: {},
});

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObject(value)) return out;
  for (const [key, n] of Object.entries(value)) if (isTime(n)) out[key] = n;
  return out;
}

/**
 * A state as the adapter returned it, read defensively (another version, a hand edit, `null`): what
 * cannot be read is left out, never thrown at the page.
 * @example readProgress(null) // an empty state
 */
export function readProgress(raw: unknown): ProgressState {
  const state = emptyProgress();
  if (!isObject(raw)) return state;
  state.completed = numbers(raw.completed);
  state.dismissed = numbers(raw.dismissed);
  state.shown = numbers(raw.shown);
  if (isObject(raw.positions)) {
    for (const [key, position] of Object.entries(raw.positions)) {
      if (isObject(position) && isTime(position.step) && position.step >= 0 && isTime(position.at))
        state.positions[key] = { step: Math.floor(position.step), at: position.at };
    }
  }
  return state;
}

/** Keys in a fixed order, so equal states serialize (and compare) equal wherever they were merged. */
const sorted = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function union(
  a: Record<string, number>,
  b: Record<string, number>,
  pick: (x: number, y: number) => number,
): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = key in out ? pick(out[key]!, value) : value;
  return sorted(out);
}

/**
 * Merges two copies of one user's progress. Deterministic, and the same whichever copy comes first
 * (commutative, associative, idempotent), so a browser and a server that merge each other's copies agree:
 * - completions: the union; for an item completed on both, the later time wins;
 * - dismissals: the union (the first time kept): a dismissal is never undone;
 * - shown counts: the larger;
 * - positions: the later save wins (the further step on a tie), and a position goes when the item was
 *   completed or dismissed at or after it was saved.
 * @example mergeProgress(local, remote).dismissed // every item dismissed on either side
 */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const completed = union(a.completed, b.completed, Math.max);
  const dismissed = union(a.dismissed, b.dismissed, Math.min);
  const shown = union(a.shown, b.shown, Math.max);
  const positions: ProgressState['positions'] = {};
  for (const key of new Set([...Object.keys(a.positions), ...Object.keys(b.positions)])) {
    const x = a.positions[key];
    const y = b.positions[key];
    const later = !x ? y! : !y ? x : y.at > x.at || (y.at === x.at && y.step > x.step) ? y : x;
    const ended = Math.max(
      completed[key] ?? Number.NEGATIVE_INFINITY,
      dismissed[key] ?? Number.NEGATIVE_INFINITY,
    );
    if (ended < later.at) positions[key] = { step: later.step, at: later.at };
  }
  return { version: 1, completed, dismissed, shown, positions: sorted(positions) };
}

/** Whether two states hold the same progress (key order aside). */
export const sameProgress = (a: ProgressState, b: ProgressState): boolean =>
  JSON.stringify(mergeProgress(a, a)) === JSON.stringify(mergeProgress(b, b));

/** What the sync reads and writes locally: the guides history. */
export interface LocalProgress {
  snapshot(): ProgressState;
  /** Replace the local copy with `state` (a merge of it and the remote one). */
  restore(state: ProgressState): void;
}

export interface ProgressSync {
  /** Load the current user's remote copy and merge it in (at start, after `identify`). */
  pull(): Promise<void>;
  /** Local progress changed: save it (after a short delay, once the remote copy has been merged). */
  changed(): void;
  destroy(): void;
}

export interface ProgressSyncOptions {
  adapter: ProgressAdapter;
  /** The identified user, or undefined for an anonymous visitor (whose progress stays local). */
  userId: () => string | undefined;
  local: LocalProgress;
  report: Report;
  /** The merge changed local progress: targeting and renderers look again. */
  onMerged: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  loadTimeoutMs?: number;
}

/**
 * Keeps the local copy (always written first: it is the offline cache) and the adapter's copy merged.
 * Nothing is saved for a user before their remote copy was loaded and merged, so a failing or slow
 * `load` can never make `save` overwrite the server with less than it had; a failing `save` leaves the
 * local copy as it is and is tried again with the next change.
 */
export function createProgressSync(options: ProgressSyncOptions): ProgressSync {
  const { adapter, local, report } = options;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const timeoutMs = options.loadTimeoutMs ?? PROGRESS_LOAD_TIMEOUT_MS;
  /** The user whose remote copy has been merged: saves go to them only. */
  let merged: string | undefined;
  let pulling: Promise<void> | undefined;
  let pullingFor: string | undefined;
  let saveTimer: unknown;
  let dirty = false;
  let live = true;
  const reported = new Set<string>();

  const fail = (what: 'load' | 'save', error: unknown) => {
    const message = `config.progress.${what}() failed: ${errorMessage(error)}; progress is kept in this browser${
      what === 'save' ? ' and saved again with the next change' : ''
    }.`;
    // Once per kind of failure: a server that is down must not flood the console on every step.
    if (reported.has(what)) return;
    reported.add(what);
    report('progress_failed', message);
  };

  const call = <T>(fn: () => T | Promise<T>): Promise<T> => new Promise<T>((resolve) => resolve(fn()));

  const save = () => {
    saveTimer = undefined;
    const user = options.userId();
    if (!live || !user || merged !== user || !dirty) return;
    dirty = false;
    const state = local.snapshot();
    call(() => adapter.save(user, state)).then(
      () => reported.delete('save'),
      (error) => {
        dirty = true;
        fail('save', error);
      },
    );
  };

  const schedule = () => {
    if (saveTimer !== undefined || !live) return;
    saveTimer = setTimer(save, PROGRESS_SAVE_DELAY_MS);
  };

  const pull = (): Promise<void> => {
    const user = options.userId();
    if (!live || !user) return Promise.resolve();
    if (pulling && pullingFor === user) return pulling;
    pullingFor = user;
    let timer: unknown;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimer(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const attempt = Promise.race([call(() => adapter.load(user)), timeout])
      .then((raw) => {
        // The user changed while loading: this copy is someone else's.
        if (!live || options.userId() !== user) return;
        reported.delete('load');
        const before = local.snapshot();
        const remote = readProgress(raw);
        const next = mergeProgress(before, remote);
        merged = user;
        if (!sameProgress(next, before)) {
          local.restore(next);
          options.onMerged();
        }
        if (!sameProgress(next, remote)) {
          dirty = true;
          schedule();
        }
      })
      .catch((error) => {
        if (live && options.userId() === user) fail('load', error);
      })
      .finally(() => {
        clearTimer(timer);
        if (pulling === attempt) pulling = undefined;
      });
    pulling = attempt;
    return attempt;
  };

  return {
    pull,
    changed() {
      if (!live) return;
      dirty = true;
      const user = options.userId();
      // Not merged yet (the load failed or is still running): merge first, then save.
      if (user && merged !== user) pull();
      else schedule();
    },
    destroy() {
      live = false;
      if (saveTimer !== undefined) clearTimer(saveTimer);
      saveTimer = undefined;
    },
  };
}
