import type { ItemMarks } from '../guides';

/**
 * A user's progress on one checklist, kept in the user's guide history as marks (`Guides.marks`), so
 * `identify()` carries an anonymous visitor's progress over, `reset()` forgets it, and the progress
 * adapter (`config.progress`) saves and merges it with the rest of the user's guide progress, in the
 * same `completed` record the host's server sees:
 *
 * - `checklist:<id>/<itemId>`: when the item was done (two copies join: no tick is ever lost);
 * - `checklist:<id>#started`, `#dismissed`, `#restored`, `#completed`, `#celebrated`: the latest time of each
 *   moment (two copies agree on the later one; status compares the moments, so a "Show onboarding again" on
 *   one device after a dismissal on another shows the list, and nothing else undoes a dismissal).
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

export const itemKey = (id: string, itemId: string) => `checklist:${id}/${itemId}`;
export const momentKey = (id: string, moment: ProgressMoment) => `checklist:${id}#${moment}`;

export interface ProgressStore {
  get(id: string): ChecklistProgress;
  /** Records an item as done; false when it was done already. */
  markDone(id: string, itemId: string): boolean;
  /** Records a moment (now, unless `at` is given). */
  mark(id: string, moment: ProgressMoment, at?: number): void;
}

/**
 * Progress of every checklist for the current user, read from the marks each time (they are in memory, and
 * follow the user through `identify`, `reset` and a merge with the progress adapter's copy).
 * @example
 * const progress = createProgressStore(guides.marks);
 * progress.markDone('getting-started', 'connect-bank'); // true
 * progress.get('getting-started').done.has('connect-bank'); // true
 */
export function createProgressStore(marks: ItemMarks): ProgressStore {
  return {
    get(id) {
      const prefix = itemKey(id, '');
      const progress: { -readonly [K in keyof ChecklistProgress]: ChecklistProgress[K] } = {
        done: new Set(marks.keys(prefix).map((key) => key.slice(prefix.length))),
      };
      for (const moment of MOMENTS) {
        const at = marks.at(momentKey(id, moment));
        if (at !== undefined) progress[moment] = at;
      }
      return progress;
    },
    markDone(id, itemId) {
      if (marks.at(itemKey(id, itemId)) !== undefined) return false;
      marks.mark(itemKey(id, itemId));
      return true;
    },
    mark(id, moment, at) {
      marks.mark(momentKey(id, moment), at);
    },
  };
}
