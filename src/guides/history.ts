import type { KeyValueStorage } from '../core/storage';
import type { UserState } from '../core/user-state';
import type { TargetingHistory } from '../targeting';

/** Per-user keys (under the user's scope, so `identify` carries them over and `reset` forgets them). */
export const SHOWN_KEY = 'guides.shown';
export const DISMISSED_KEY = 'guides.dismissed';
export const COMPLETED_KEY = 'guides.completed';
/** This tab's visit (sessionStorage). */
export const SESSION_KEY = 'guides.session';
/** Bounds every list, so years of content churn cannot fill the storage budget. */
const MAX_ENTRIES = 500;

/** What the user saw, dismissed and completed, kept in memory and written through to storage. */
export interface GuideHistory extends TargetingHistory {
  /** `tour:ID`, `checklist:ID`, `tip:ID`, `announcement:ID` the user completed. */
  readonly completed: ReadonlySet<string>;
  recordShown(key: string): void;
  dismiss(key: string): void;
  complete(key: string): void;
  /** Read storage again: the user changed (`identify`, `reset`). */
  reload(): void;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Keeps the newest `MAX_ENTRIES` (insertion order = age). */
const bounded = (set: Set<string>) => [...set].slice(-MAX_ENTRIES);

/**
 * The history targeting reads (`frequency`, dismissals, `after`), for one runtime.
 * @example
 * const history = createGuideHistory(rt.user, rt.session);
 * history.recordShown('tip:export');
 * history.shownCount('tip:export'); // 1
 */
export function createGuideHistory(user: UserState, session: KeyValueStorage): GuideHistory {
  let shown = new Map<string, number>();
  let dismissed = new Set<string>();
  let completed = new Set<string>();
  let sessionShown = new Set<string>();

  const reload = () => {
    const rawShown = user.get<Record<string, unknown>>(SHOWN_KEY);
    shown = new Map();
    if (rawShown && typeof rawShown === 'object') {
      for (const [key, count] of Object.entries(rawShown))
        if (typeof count === 'number' && count > 0) shown.set(key, count);
    }
    dismissed = new Set(strings(user.get(DISMISSED_KEY)));
    completed = new Set(strings(user.get(COMPLETED_KEY)));
    sessionShown = new Set(strings(session.get(SESSION_KEY)));
  };
  reload();

  return {
    get completed() {
      return completed;
    },
    shownCount: (key) => shown.get(key) ?? 0,
    shownThisSession: (key) => sessionShown.has(key),
    dismissed: (key) => dismissed.has(key),
    recordShown(key) {
      const count = (shown.get(key) ?? 0) + 1;
      shown.delete(key);
      shown.set(key, count);
      user.set(SHOWN_KEY, Object.fromEntries([...shown].slice(-MAX_ENTRIES)));
      sessionShown.delete(key);
      sessionShown.add(key);
      session.set(SESSION_KEY, bounded(sessionShown));
    },
    dismiss(key) {
      dismissed.delete(key);
      dismissed.add(key);
      user.set(DISMISSED_KEY, bounded(dismissed));
    },
    complete(key) {
      completed.delete(key);
      completed.add(key);
      user.set(COMPLETED_KEY, bounded(completed));
    },
    reload,
  };
}
