import { atom, type ReadableAtom } from 'nanostores';
import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import type { Guides } from '../guides';
import type { Checklist, ChecklistItem } from '../types';
import { createAnnouncer } from '../ui/announcer';
import { type Waiting, watchCompletions } from './completion';
import { type ChecklistState, checklistState, pending } from './model';
import { createProgressStore } from './progress';
import { say } from './text';

/** What shows beside the launcher: a reminder of what is left, or the celebration when all is done. */
export interface Nudge {
  kind: 'reminder' | 'celebration';
  id: string;
}

/** How long the celebration beside the launcher stays before it gets out of the way by itself. */
export const CELEBRATION_MS = 6000;

export interface ChecklistsController {
  /** Every checklist of the content, with where the current user stands. */
  readonly $checklists: ReadableAtom<readonly ChecklistState[]>;
  /** What shows beside the launcher. */
  readonly $nudge: ReadableAtom<Nudge | undefined>;
  /** What the polite live region says (an item ticked, the reminder, the celebration). */
  readonly $status: ReadableAtom<string>;
  /** The guide content given at init has arrived (or failed): "no checklist" is an answer now. */
  readonly $loaded: ReadableAtom<boolean>;
  /** The checklist the panel's view shows: the one chosen, else the first one offered. */
  shown(): ChecklistState | undefined;
  /** The view shows it: offered from now on, and back if the user had dismissed it (they asked for it). */
  open(id: string): void;
  /** Show this checklist in the panel's view (a home card, the reminder). */
  select(id: string): void;
  complete(checklistId: string, itemId: string): void;
  /** Whether the item's action can run here (a tour needs tours and the tour). */
  canAct(item: ChecklistItem): boolean;
  act(checklistId: string, item: ChecklistItem): void;
  dismiss(id: string): void;
  /** "Show onboarding again". */
  restore(id: string): void;
  /** The celebration was on screen and went away: the list gets out of the way. */
  celebrated(id: string): void;
  /** The reminder's "Not now" (or Escape): it may come back as its trigger's frequency allows. */
  closeNudge(): void;
  /** The targeting engine's renderer side. */
  offerByRule(checklist: Checklist): void;
  hideNudge(id: string): void;
  refresh(): void;
}

/**
 * Checklists for one runtime: the user's progress (core per-user state), the rules that tick items
 * (./completion.ts), the events, the launcher's badge, and what the reminder beside the launcher shows.
 * Every listener, observer and timer it starts is stopped by `rt.onDestroy`.
 */
export function createChecklistsController(rt: Runtime, guides: Guides): ChecklistsController {
  const progress = createProgressStore(guides.marks);
  const $checklists = atom<readonly ChecklistState[]>([]);
  const $nudge = atom<Nudge | undefined>(undefined);
  const { $status, say: announce } = createAnnouncer(rt);
  const $loaded = atom(false);
  let selected: string | undefined;
  let panelOpen = false;
  // Opened before this chunk arrived, the panel is on screen already (its `open` event is past).
  const panelShown = () => panelOpen || rt.shadow.querySelector('.pl-panel') !== null;
  let userId = rt.user.$user.get().id;
  /** Events before this moment were another user's (reset, identify as someone else). */
  let userSince = 0;
  let celebrationTimer: ReturnType<typeof setTimeout> | undefined;
  let asideTimer: ReturnType<typeof setTimeout> | undefined;

  const t = (key: string, vars?: Record<string, string | number>) => say(rt.$t.get(), key, vars);
  const stateOf = (id: string) => $checklists.get().find((state) => state.checklist.id === id);
  const shownInPanel = (state: ChecklistState) => state.status === 'active' || state.status === 'celebrating';

  const setNudge = (next: Nudge | undefined) => {
    const current = $nudge.get();
    if (celebrationTimer) clearTimeout(celebrationTimer);
    celebrationTimer = undefined;
    $nudge.set(next);
    if (current?.kind === 'reminder' && current.id !== next?.id)
      guides.closed('checklist', current.id, 'hide');
    if (next?.kind === 'celebration') {
      const { id } = next;
      celebrationTimer = setTimeout(() => controller.celebrated(id), CELEBRATION_MS);
    }
  };

  /** The launcher's badge: what is left of the first checklist in the panel. */
  const syncBadge = (states: readonly ChecklistState[]) => {
    const first = states.find((state) => state.status === 'active' && state.left > 0);
    const badge = first ? first.left : undefined;
    if (rt.$badge.get() !== badge) rt.$badge.set(badge);
  };

  let watch: ReturnType<typeof watchCompletions> | undefined;
  /** The states from content and progress, the badge and the reminder; not the rules (see `recompute`). */
  const derive = () => {
    const states = guides
      .items('checklists')
      .map((checklist) => checklistState(checklist, progress.get(checklist.id)));
    $checklists.set(states);
    syncBadge(states);
    const nudge = $nudge.get();
    if (nudge?.kind === 'reminder' && stateOf(nudge.id)?.status !== 'active') setNudge(undefined);
    return states;
  };
  /**
   * Everything, then the rules of the items that now wait. Checking those may complete more items (an
   * unlocked one whose event happened already): each completion has had its events by then, in order.
   */
  const recompute = () => {
    const states = derive();
    const waiting: Waiting[] = [];
    for (const state of states) {
      if (state.complete) continue;
      for (const item of state.items)
        if (pending(item) && item.item.completeWhen)
          waiting.push({
            checklistId: state.checklist.id,
            itemId: item.item.id,
            rule: item.item.completeWhen,
          });
    }
    watch?.watch(waiting);
  };

  /**
   * A celebration holds the corner beside the launcher in the engine (from the completion on, so a survey that
   * follows the checklist comes after it) until it has been seen; refused while a survey is there.
   */
  const claimed = new Set<string>();
  const claim = (id: string) => claimed.has(id) || (guides.claim('checklist', id) && !!claimed.add(id));
  const release = (id: string) => {
    if (claimed.delete(id)) guides.closed('checklist', id, 'hide');
  };

  const celebrateAside = () => {
    const waiting = $checklists.get().find((state) => state.status === 'celebrating');
    // The open panel shows it (its view ends the claim when it has been seen).
    if (!waiting || panelShown()) return;
    const { id } = waiting.checklist;
    // Not beside another card: the celebration waits for the panel (or the next page) instead.
    if ($nudge.get() || !claim(id)) release(id);
    else setNudge({ kind: 'celebration', id });
  };

  const finish = (state: ChecklistState) => {
    const { id } = state.checklist;
    progress.mark(id, 'completed');
    rt.emit('checklist:complete', { id });
    guides.closed('checklist', id, 'complete');
    if (!shownInPanel(state)) return;
    announce(`${t('checklist.allSet')} ${t('checklist.allSetText', { title: state.checklist.title })}`);
    // Beside the launcher unless the panel shows it (after the render this completion caused).
    claim(id);
    if (asideTimer) clearTimeout(asideTimer);
    asideTimer = setTimeout(celebrateAside, 0);
  };

  const controller: ChecklistsController = {
    $checklists,
    $nudge,
    $status,
    $loaded,

    shown() {
      const states = $checklists.get();
      return (
        (selected !== undefined ? states.find((s) => s.checklist.id === selected) : undefined) ??
        states.find(shownInPanel) ??
        states.find((s) => s.status === 'idle') ??
        states[0]
      );
    },

    open(id) {
      const state = stateOf(id);
      if (!state) return;
      selected = id;
      if (state.status === 'dismissed') controller.restore(id);
      else if (progress.get(id).started === undefined) {
        progress.mark(id, 'started');
        recompute();
      }
    },

    select(id) {
      selected = id;
    },

    complete(checklistId, itemId) {
      const before = stateOf(checklistId);
      const entry = before?.items.find((item) => item.item.id === itemId);
      if (!before || !entry || !progress.markDone(checklistId, itemId)) return;
      derive();
      const after = stateOf(checklistId)!;
      rt.emit('checklist:item', {
        checklistId,
        itemId,
        index: entry.index,
        count: before.checklist.items.length,
      });
      if (after.complete && !before.complete) finish(after);
      else if (shownInPanel(after))
        announce(
          `${t('checklist.itemDone', { title: entry.item.title })} ${t('checklist.left', { count: after.left })}`,
        );
      recompute();
    },

    canAct(item) {
      const action = item.action;
      if (!action) return false;
      if (action.action === 'tour')
        return !!rt.handlers.startTour && guides.item('tours', action.value ?? '') !== undefined;
      if (action.action === 'article') return !!rt.handlers.showArticle;
      return true;
    },

    act(checklistId, item) {
      const action = item.action;
      if (!action || !controller.canAct(item)) return;
      try {
        if (action.action === 'article') rt.handlers.showArticle?.(action.value!);
        else if (action.action === 'tour') {
          // The tour needs the page: the panel steps aside.
          rt.handlers.close?.();
          rt.handlers.startTour?.(action.value!);
        } else if (action.action === 'custom') action.onClick?.();
        // 'url' is a real link: the browser follows it.
      } catch (error) {
        rt.report(
          'listener_failed',
          `The action of checklist item "${checklistId}/${item.id}" threw: ${errorMessage(error)}`,
          error,
        );
      }
    },

    dismiss(id) {
      if (!stateOf(id)) return;
      progress.mark(id, 'dismissed');
      if ($nudge.get()?.id === id) $nudge.set(undefined);
      guides.closed('checklist', id, 'dismiss');
      rt.emit('checklist:dismiss', { id });
      if (selected === id) selected = undefined;
      recompute();
    },

    restore(id) {
      if (!stateOf(id)) return;
      progress.mark(id, 'restored');
      selected = id;
      recompute();
    },

    celebrated(id) {
      release(id);
      if (celebrationTimer && $nudge.get()?.id === id) clearTimeout(celebrationTimer);
      if ($nudge.get()?.id === id) $nudge.set(undefined);
      if (stateOf(id)?.status !== 'celebrating') return;
      progress.mark(id, 'celebrated');
      if (selected === id) selected = undefined;
      recompute();
    },

    closeNudge() {
      const nudge = $nudge.get();
      if (nudge?.kind === 'celebration') controller.celebrated(nudge.id);
      else setNudge(undefined);
    },

    offerByRule(checklist) {
      const { id } = checklist;
      if (progress.get(id).started === undefined) {
        progress.mark(id, 'started');
        recompute();
      }
      const state = stateOf(id);
      const current = $nudge.get();
      if (state?.status === 'active' && state.left > 0 && !panelShown() && !current) {
        $nudge.set({ kind: 'reminder', id });
        announce(t('checklist.leftIn', { title: checklist.title, count: state.left }));
        return;
      }
      // Nothing to remind of (done, or the panel shows it already): the engine may show something else.
      if (current?.id !== id) queueMicrotask(() => guides.closed('checklist', id, 'hide'));
    },

    hideNudge(id) {
      if ($nudge.get()?.id === id) $nudge.set(undefined);
    },

    refresh: recompute,
  };

  watch = watchCompletions(
    rt,
    guides,
    (checklistId, itemId) => controller.complete(checklistId, itemId),
    () => userSince,
  );

  rt.on('open', () => {
    panelOpen = true;
    if ($nudge.get()?.kind === 'reminder') setNudge(undefined);
  });
  rt.on('close', () => {
    panelOpen = false;
    // A celebration the panel did not show (it completed while another view was open) shows by the
    // launcher, once the closing panel's views are gone (one that showed it marked it seen).
    if (asideTimer) clearTimeout(asideTimer);
    asideTimer = setTimeout(celebrateAside, 0);
  });
  rt.onDestroy(
    rt.user.$user.listen((user) => {
      // Another user, or a reset (the only way the anonymous visitor's state changes).
      if (user.id !== userId || user.id === undefined) {
        userId = user.id;
        userSince = Date.now();
        selected = undefined;
        setNudge(undefined);
        for (const id of [...claimed]) release(id);
      }
      // After guides has read the new user's history (its listener runs after this one): a tour the
      // previous user finished must not tick the next user's item.
      queueMicrotask(recompute);
    }),
  );
  rt.onDestroy(() => {
    if (celebrationTimer) clearTimeout(celebrationTimer);
    if (asideTimer) clearTimeout(asideTimer);
    $nudge.set(undefined);
    if (rt.$badge.get() !== undefined) rt.$badge.set(undefined);
  });
  recompute();
  guides.whenLoaded(() => {
    $loaded.set(true);
    // Finished on the last page view (its last step was a page it opened): celebrate now.
    celebrateAside();
  });
  return controller;
}
