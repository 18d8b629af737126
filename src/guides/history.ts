import type { LocalProgress } from '../core/progress';
import type { KeyValueStorage } from '../core/storage';
import type { UserState } from '../core/user-state';
import type { TargetingHistory } from '../targeting';
import type { ProgressState } from '../types';
import type { ItemMarks } from './types';

/** Per-user keys (under the user's scope, so `identify` carries them over and `reset` forgets them). */
export const SHOWN_KEY = 'guides.shown';
export const DISMISSED_KEY = 'guides.dismissed';
export const COMPLETED_KEY = 'guides.completed';
/** When each key was completed (`c`) and dismissed (`d`), for merging with `config.progress`. */
export const TIMES_KEY = 'guides.times';
/** Where the user is inside an item (a tour's step), and when that was saved. */
export const POSITIONS_KEY = 'guides.positions';
/** This tab's visit (sessionStorage). */
export const SESSION_KEY = 'guides.session';
/** Bounds every list, so years of content churn cannot fill the storage budget. */
const MAX_ENTRIES = 500;
/** Items in progress at once: a few tours and checklists, not a history. */
const MAX_POSITIONS = 20;

export interface ItemPosition {
  step: number;
  /** When it was saved (ms). */
  at: number;
}

/** What the user saw, dismissed and completed, kept in memory and written through to storage. */
export interface GuideHistory extends TargetingHistory, LocalProgress {
  /** `tour:ID`, `checklist:ID`, `tip:ID`, `announcement:ID` the user completed. */
  readonly completed: ReadonlySet<string>;
  recordShown(key: string): void;
  dismiss(key: string): void;
  /** Records `key` as completed, now or `at` (ms); a second completion moves its time. */
  complete(key: string, at?: number): void;
  /** When `key` was completed (0 for entries from before times were kept), or undefined. */
  completedAt(key: string): number | undefined;
  /** Where the user is inside the item, if they are in the middle of it. */
  position(key: string): ItemPosition | undefined;
  /** Save the step the user is on; undefined forgets it (the item ended). */
  setPosition(key: string, step: number | undefined): void;
  /** Keys of the items in progress, the most recently saved first. */
  inProgress(): string[];
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
export function createGuideHistory(
  user: UserState,
  session: KeyValueStorage,
  options: { onChange?: () => void; now?: () => number } = {},
): GuideHistory {
  const now = options.now ?? Date.now;
  const changed = () => options.onChange?.();
  let shown = new Map<string, number>();
  let dismissed = new Set<string>();
  let completed = new Set<string>();
  let sessionShown = new Set<string>();
  let times: Record<string, { c?: number; d?: number }> = {};
  let positions: Record<string, ItemPosition> = {};

  const saveTimes = () => {
    // Only keys still in a list: a time without its list entry would outlive the bound.
    const kept: typeof times = {};
    for (const [key, t] of Object.entries(times)) if (completed.has(key) || dismissed.has(key)) kept[key] = t;
    times = kept;
    user.set(TIMES_KEY, times);
  };
  const stamp = (key: string, field: 'c' | 'd', at = now()) => {
    times[key] = { ...times[key], [field]: at };
  };
  const savePositions = () => {
    const newest = Object.entries(positions)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, MAX_POSITIONS);
    positions = Object.fromEntries(newest);
    user.set(POSITIONS_KEY, positions);
  };

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
    const rawTimes = user.get<unknown>(TIMES_KEY);
    times = rawTimes && typeof rawTimes === 'object' ? (rawTimes as typeof times) : {};
    const rawPositions = user.get<unknown>(POSITIONS_KEY);
    positions = {};
    if (rawPositions && typeof rawPositions === 'object') {
      for (const [key, p] of Object.entries(rawPositions as Record<string, Partial<ItemPosition>>))
        if (p && typeof p.step === 'number' && p.step >= 0 && typeof p.at === 'number')
          positions[key] = { step: p.step, at: p.at };
    }
  };
  reload();

  const timeOf = (key: string, field: 'c' | 'd') => {
    const at = times[key]?.[field];
    // Entries from before times were kept count as old: anything stamped since wins over them.
    return typeof at === 'number' ? at : 0;
  };

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
      changed();
    },
    dismiss(key) {
      dismissed.delete(key);
      dismissed.add(key);
      // A dismissal keeps its first time: merging takes the earliest, and so does this.
      if (times[key]?.d === undefined) stamp(key, 'd');
      user.set(DISMISSED_KEY, bounded(dismissed));
      saveTimes();
      changed();
    },
    complete(key, at) {
      completed.delete(key);
      completed.add(key);
      stamp(key, 'c', at);
      user.set(COMPLETED_KEY, bounded(completed));
      saveTimes();
      changed();
    },
    completedAt: (key) => (completed.has(key) ? timeOf(key, 'c') : undefined),
    position: (key) => positions[key],
    setPosition(key, step) {
      if (step === undefined) {
        if (!(key in positions)) return;
        delete positions[key];
      } else positions[key] = { step, at: now() };
      savePositions();
      changed();
    },
    inProgress: () =>
      Object.entries(positions)
        .sort((a, b) => b[1].at - a[1].at)
        .map(([key]) => key),
    snapshot(): ProgressState {
      const stamped = (set: Set<string>, field: 'c' | 'd') =>
        Object.fromEntries([...set].map((key) => [key, timeOf(key, field)]));
      return {
        version: 1,
        completed: stamped(completed, 'c'),
        dismissed: stamped(dismissed, 'd'),
        shown: Object.fromEntries(shown),
        positions: { ...positions },
      };
    },
    restore(state) {
      // Oldest first, as the lists keep them (the bound drops the oldest).
      const byTime = (record: Record<string, number>) =>
        Object.entries(record)
          .sort((a, b) => a[1] - b[1])
          .map(([key]) => key);
      completed = new Set(byTime(state.completed));
      dismissed = new Set(byTime(state.dismissed));
      times = {};
      for (const [key, at] of Object.entries(state.completed)) stamp(key, 'c', at);
      for (const [key, at] of Object.entries(state.dismissed)) stamp(key, 'd', at);
      shown = new Map(Object.entries(state.shown));
      positions = { ...state.positions };
      user.set(COMPLETED_KEY, bounded(completed));
      user.set(DISMISSED_KEY, bounded(dismissed));
      user.set(SHOWN_KEY, Object.fromEntries([...shown].slice(-MAX_ENTRIES)));
      saveTimes();
      savePositions();
    },
    reload,
  };
}

/** A kind's marks inside its items (`Guides.marks`), kept as completions of the history. */
export const historyMarks = (history: GuideHistory): ItemMarks => ({
  mark: (key, at) => history.complete(key, at),
  at: (key) => history.completedAt(key),
  keys: (prefix) => [...history.completed].filter((key) => key.startsWith(prefix)),
});
