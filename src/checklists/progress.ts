import type { UserState } from '../core/user-state';

/**
 * A user's progress on one checklist, kept in the core per-user state (so `identify()` carries an
 * anonymous visitor's progress over, `reset()` forgets it, and the progress adapter syncs it with the
 * rest of the user's state). Two keys per checklist, shaped so the generic merge of two copies is the
 * right one: the items done are a list (two copies join as a union, so no tick is ever lost), the
 * moments are numbers (ms since the epoch; the later one wins when two copies meet).
 *
 * - `checklist.<id>.done`: `["connect-bank", "invite"]`
 * - `checklist.<id>`: `{ started, dismissed, restored, completed, celebrated }`
 */
export interface ChecklistProgress {
  /** The items done, by id. */
  readonly done: ReadonlySet<string>;
  /** When it was offered: its trigger held, or it was opened from code. */
  readonly started?: number;
  /** When the user dismissed it. */
  readonly dismissed?: number;
  /** When the user asked for it back ("Show onboarding again"), after a dismissal or the celebration. */
  readonly restored?: number;
  /** When its last required item was done. */
  readonly completed?: number;
  /** When the user saw (or closed) the celebration: from then on the list is out of the way. */
  readonly celebrated?: number;
}

export type ProgressMoment = 'started' | 'dismissed' | 'restored' | 'completed' | 'celebrated';
const MOMENTS: readonly ProgressMoment[] = ['started', 'dismissed', 'restored', 'completed', 'celebrated'];

/** Bounds the list of done items, so content churn over years cannot grow it without end. */
const MAX_DONE = 200;

export const doneKey = (id: string) => `checklist.${id}.done`;
export const momentsKey = (id: string) => `checklist.${id}`;

export interface ProgressStore {
  get(id: string): ChecklistProgress;
  /** Records an item as done; false when it was done already. */
  markDone(id: string, itemId: string): boolean;
  /** Records a moment (now, unless `at` is given). */
  mark(id: string, moment: ProgressMoment, at?: number): void;
  /** The user changed (`identify`, `reset`): read storage again. */
  reload(): void;
}

const EMPTY: ChecklistProgress = { done: new Set() };

function read(user: UserState, id: string): ChecklistProgress {
  const done = user.get<unknown>(doneKey(id));
  const moments = user.get<unknown>(momentsKey(id));
  const progress: { -readonly [K in keyof ChecklistProgress]: ChecklistProgress[K] } = {
    done: new Set(Array.isArray(done) ? done.filter((item): item is string => typeof item === 'string') : []),
  };
  if (moments && typeof moments === 'object') {
    for (const moment of MOMENTS) {
      const at = (moments as Record<string, unknown>)[moment];
      if (typeof at === 'number' && Number.isFinite(at)) progress[moment] = at;
    }
  }
  return progress.done.size === 0 && Object.keys(progress).length === 1 ? EMPTY : progress;
}

/**
 * Progress of every checklist for the current user, read once per checklist and written through.
 * @example
 * const progress = createProgressStore(rt.user);
 * progress.markDone('getting-started', 'connect-bank'); // true
 * progress.get('getting-started').done.has('connect-bank'); // true
 */
export function createProgressStore(user: UserState, now: () => number = Date.now): ProgressStore {
  let cache = new Map<string, ChecklistProgress>();
  const get = (id: string) => {
    let progress = cache.get(id);
    if (!progress) {
      progress = read(user, id);
      cache.set(id, progress);
    }
    return progress;
  };
  const moments = (progress: ChecklistProgress) => {
    const out: Partial<Record<ProgressMoment, number>> = {};
    for (const moment of MOMENTS) if (progress[moment] !== undefined) out[moment] = progress[moment];
    return out;
  };
  return {
    get,
    markDone(id, itemId) {
      const progress = get(id);
      if (progress.done.has(itemId)) return false;
      const done = new Set(progress.done).add(itemId);
      cache.set(id, { ...progress, done });
      user.set(doneKey(id), [...done].slice(-MAX_DONE));
      return true;
    },
    mark(id, moment, at = now()) {
      const next = { ...get(id), [moment]: at };
      cache.set(id, next);
      user.set(momentsKey(id), moments(next));
    },
    reload() {
      cache = new Map();
    },
  };
}
