import type { Checklist, ChecklistItem } from '../types';
import type { ChecklistProgress } from './progress';

/** One item as the list draws it. */
export interface ItemState {
  readonly item: ChecklistItem;
  /** Its position in the checklist, from 0. */
  readonly index: number;
  readonly done: boolean;
  /** Sequential checklists: a required item above it is not done yet. */
  readonly locked: boolean;
  /** The first item not done and not locked: the one to do next. */
  readonly next: boolean;
}

/**
 * Where a checklist stands for the current user:
 * - `idle`: not offered yet (its trigger never held, and nobody opened it);
 * - `active`: offered, in the panel and counted on the launcher's badge;
 * - `celebrating`: every required item is done and the user has not seen the celebration yet;
 * - `done`: celebrated; out of the way until "Show onboarding again";
 * - `dismissed`: the user put it away; out of the way until "Show onboarding again".
 */
export type ChecklistStatus = 'idle' | 'active' | 'celebrating' | 'done' | 'dismissed';

export interface ChecklistState {
  readonly checklist: Checklist;
  readonly items: readonly ItemState[];
  readonly status: ChecklistStatus;
  /** How many items count (the required ones; every item when all are optional). */
  readonly total: number;
  /** How many of those are done. */
  readonly done: number;
  /** `total - done`: what the badge and the reminder say is left. */
  readonly left: number;
  readonly complete: boolean;
}

const counts = (item: ChecklistItem, everyItem: boolean) => everyItem || item.optional !== true;

/**
 * A checklist's state from its content and the user's progress. Pure: no storage, no DOM.
 * @example
 * checklistState(checklist, { done: new Set(['profile']), started: 1 }).left // 4
 */
export function checklistState(checklist: Checklist, progress: ChecklistProgress): ChecklistState {
  // A checklist of optional items only is complete when all of them are done.
  const everyItem = checklist.items.every((item) => item.optional === true);
  let blocked = false;
  let nextFound = false;
  let total = 0;
  let done = 0;
  const items = checklist.items.map((item, index): ItemState => {
    const isDone = progress.done.has(item.id);
    const locked = checklist.sequential === true && blocked && !isDone;
    const next = !isDone && !locked && !nextFound;
    if (next) nextFound = true;
    if (counts(item, everyItem)) {
      total++;
      if (isDone) done++;
      else blocked = true;
    }
    return { item, index, done: isDone, locked, next };
  });
  const complete = done === total;
  return {
    checklist,
    items,
    status: statusOf(checklist, progress, complete),
    total,
    done,
    left: total - done,
    complete,
  };
}

function statusOf(checklist: Checklist, progress: ChecklistProgress, complete: boolean): ChecklistStatus {
  const { started, dismissed = 0, restored = 0, celebrated = 0 } = progress;
  // Asked back by the user after the last time it went away: shown whatever else happened.
  if (restored > Math.max(dismissed, celebrated)) return 'active';
  if (dismissed) return 'dismissed';
  // Without a trigger a checklist is offered to everyone (it never reminds by itself, though).
  const offered = started !== undefined || checklist.trigger === undefined;
  if (!offered) return 'idle';
  if (complete) return celebrated ? 'done' : 'celebrating';
  return 'active';
}

/** Whether an item still waits for its completion rule: not done, and unlocked. */
export const pending = (state: ItemState) => !state.done && !state.locked;
