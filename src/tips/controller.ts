import { atom, type ReadableAtom } from 'nanostores';
import { markdownText } from '../content/index';
import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import type { Guides } from '../guides';
import type { Announcement, GuideButton, Tip } from '../types';
import { createAnnouncer } from '../ui/announcer';
import { deepActiveElement } from '../ui/host';

/** A tip on screen. */
export interface ShownTip {
  tip: Tip;
  /** Shown by the targeting engine (never steals focus) rather than a developer call. */
  auto: boolean;
  /** For hotspots: the tip itself is open next to the beacon. */
  open: boolean;
  /** Move focus into the tip when it is drawn (the user opened it from its hotspot). */
  focus: boolean;
}

/** The announcement on screen (one at a time). */
export interface ShownAnnouncement {
  item: Announcement;
  auto: boolean;
  /** Focus goes back here when it closes. */
  opener: HTMLElement | null;
}

export type Surface = 'tip' | 'announcement';

/** State and actions of the tips layer, for one runtime. */
export interface TipsController {
  readonly $tips: ReadableAtom<ShownTip[]>;
  readonly $announcement: ReadableAtom<ShownAnnouncement | undefined>;
  /** What the polite live region says. */
  readonly $status: ReadableAtom<string>;
  /** Bumped when the page's elements changed: tips resolve their targets again. */
  readonly $layout: ReadableAtom<number>;
  showTip(tip: Tip, auto: boolean): void;
  hideTip(id: string): void;
  dismissTip(id: string): void;
  openHotspot(id: string, focus: boolean): void;
  closeHotspot(id: string, refocus: boolean): void;
  /** Escape on a tip: an open hotspot folds back to its beacon, a tip is dismissed. */
  escapeTip(id: string): void;
  showAnnouncement(item: Announcement, auto: boolean): void;
  hideAnnouncement(id: string): void;
  dismissAnnouncement(): void;
  click(surface: Surface, id: string, button: GuideButton): void;
  /** The content changed: redraw shown items from their new version, drop removed ones. */
  refresh(): void;
}

const isHotspot = (tip: Tip) => tip.hotspot !== undefined && tip.hotspot !== false;

/** The element of a tip or beacon in our shadow root. */
const surfaceOf = (rt: Runtime, selector: string) => rt.shadow.querySelector<HTMLElement>(selector);
const cssId = (id: string) =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');

/**
 * Tips, hotspots and announcements for one runtime: what is on screen, and what each user action
 * does (events, history through `guides.closed`, focus). Document listeners exist only while
 * something is shown, and every one is removed on destroy.
 */
export function createTipsController(rt: Runtime, guides: Guides): TipsController {
  const $tips = atom<ShownTip[]>([]);
  const $announcement = atom<ShownAnnouncement | undefined>(undefined);
  const { $status, say } = createAnnouncer(rt);
  const $layout = atom(0);
  let stopWatching: (() => void) | undefined;
  let keysOn = false;
  let guardOn = false;

  const tipEl = (id: string) => surfaceOf(rt, `[data-pl-tip="${cssId(id)}"]`);
  const beaconEl = (id: string) => surfaceOf(rt, `[data-pl-hotspot="${cssId(id)}"]`);
  const announcementEl = () => surfaceOf(rt, '.pl-announcement');
  const focusIsIn = (element: Element | null) => {
    const active = deepActiveElement();
    return !!element && !!active && element.contains(active);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const path = event.composedPath();
    // Our own surfaces handle their keys; a host widget that took the Escape (preventDefault) keeps it.
    if (path.includes(rt.shadow.host)) return;
    const nothingFocused =
      !event.target || event.target === document.body || event.target === document.documentElement;
    const list = $tips.get();
    // The newest tip about the focused element (or any, when nothing has focus).
    for (let i = list.length - 1; i >= 0; i--) {
      const { tip, open } = list[i]!;
      if (isHotspot(tip) && !open) continue;
      const target = guides.resolve(tip.target);
      if (nothingFocused || (target && path.includes(target))) {
        controller.escapeTip(tip.id);
        return;
      }
    }
  };

  /** The modal announcement keeps focus: anything focused outside it sends focus back in. */
  const onFocusIn = (event: FocusEvent) => {
    const dialog = announcementEl();
    if (!dialog || !$announcement.get() || event.composedPath().includes(dialog)) return;
    dialog.focus({ preventScroll: true });
  };

  const syncListeners = () => {
    const tipsShown = $tips.get().length > 0;
    if (tipsShown && !stopWatching)
      stopWatching = rt.page.watchElements(() => $layout.set($layout.get() + 1));
    else if (!tipsShown && stopWatching) {
      stopWatching();
      stopWatching = undefined;
    }
    if (tipsShown !== keysOn) {
      keysOn = tipsShown;
      if (tipsShown) document.addEventListener('keydown', onKeyDown);
      else document.removeEventListener('keydown', onKeyDown);
    }
    const announcement = $announcement.get();
    const modal = !!announcement && announcement.item.style !== 'slide-in';
    if (modal !== guardOn) {
      guardOn = modal;
      if (modal) document.addEventListener('focusin', onFocusIn, true);
      else document.removeEventListener('focusin', onFocusIn, true);
    }
  };

  const setTips = (next: ShownTip[]) => {
    $tips.set(next);
    syncListeners();
  };
  const update = (id: string, change: Partial<ShownTip>) =>
    setTips($tips.get().map((shown) => (shown.tip.id === id ? { ...shown, ...change } : shown)));
  const find = (id: string) => $tips.get().find((shown) => shown.tip.id === id);

  const announceTip = (tip: Tip) => {
    const t = rt.$t.get();
    const head = tip.title ? t.t('tip.announce', { title: tip.title }) : t.t('tip.label');
    say(`${head} ${markdownText(tip.body ?? '').slice(0, 300)}`.trim());
  };

  /** Removes a tip; focus inside it moves to what it was about (or its beacon) instead of the void. */
  const removeTip = (id: string) => {
    const shown = find(id);
    if (!shown) return false;
    const hadFocus = focusIsIn(tipEl(id)) || focusIsIn(beaconEl(id));
    setTips($tips.get().filter((s) => s.tip.id !== id));
    if (hadFocus) (guides.resolve(shown.tip.target) as HTMLElement | null)?.focus?.({ preventScroll: true });
    return true;
  };

  const setAnnouncement = (next: ShownAnnouncement | undefined) => {
    $announcement.set(next);
    syncListeners();
  };

  /** Takes the announcement down and gives focus back to where it was. */
  const removeAnnouncement = () => {
    const shown = $announcement.get();
    if (!shown) return undefined;
    const modal = shown.item.style !== 'slide-in';
    const hadFocus = modal || focusIsIn(announcementEl());
    setAnnouncement(undefined);
    if (hadFocus && shown.opener?.isConnected) shown.opener.focus({ preventScroll: true });
    return shown;
  };

  const perform = (surface: Surface, id: string, button: GuideButton) => {
    switch (button.action) {
      case 'article':
        if (rt.handlers.showArticle) rt.handlers.showArticle(button.value!);
        break;
      case 'tour':
        if (rt.handlers.startTour) rt.handlers.startTour(button.value!);
        else rt.report('internal', `startTour() is not available in this build (${surface} "${id}").`);
        break;
      case 'custom':
        try {
          button.onClick?.();
        } catch (error) {
          rt.report(
            'listener_failed',
            `The "${button.label}" button of ${surface} "${id}" threw: ${errorMessage(error)}`,
            error,
          );
        }
        break;
      default:
        // 'url' is a real link (the browser follows it); 'dismiss' and 'next' only close.
        break;
    }
  };

  const controller: TipsController = {
    $tips,
    $announcement,
    $status,
    $layout,

    showTip(tip, auto) {
      const existing = find(tip.id);
      const hotspot = isHotspot(tip);
      // A developer call opens a hotspot's tip right away; the engine shows the beacon only.
      const open = hotspot && (!auto || !!existing?.open);
      if (existing) update(tip.id, { tip, open });
      else setTips([...$tips.get(), { tip, auto, open, focus: false }]);
      if (!hotspot || (open && !existing?.open)) {
        rt.emit('tip:show', { id: tip.id });
        if (auto) announceTip(tip);
      }
    },

    hideTip(id) {
      removeTip(id);
    },

    dismissTip(id) {
      if (!removeTip(id)) return;
      guides.closed('tip', id, 'dismiss');
      rt.emit('tip:dismiss', { id });
    },

    openHotspot(id, focus) {
      const shown = find(id);
      if (!shown || shown.open) return;
      update(id, { open: true, focus });
      rt.emit('tip:show', { id });
    },

    closeHotspot(id, refocus) {
      const shown = find(id);
      if (!shown?.open) return;
      const hadFocus = focusIsIn(tipEl(id));
      update(id, { open: false, focus: false });
      if (refocus || hadFocus) beaconEl(id)?.focus({ preventScroll: true });
    },

    escapeTip(id) {
      const shown = find(id);
      if (!shown) return;
      if (isHotspot(shown.tip)) controller.closeHotspot(id, true);
      else controller.dismissTip(id);
    },

    showAnnouncement(item, auto) {
      const current = $announcement.get();
      if (current && current.item.id !== item.id) {
        removeAnnouncement();
        guides.closed('announcement', current.item.id, 'hide');
      }
      const active = deepActiveElement();
      const opener =
        current?.item.id === item.id
          ? current.opener
          : active instanceof HTMLElement && active !== document.body
            ? active
            : null;
      setAnnouncement({ item, auto, opener });
      if (current?.item.id === item.id) return;
      rt.emit('announcement:show', { id: item.id });
      if (auto && item.style === 'slide-in')
        say(rt.$t.get().t('announcement.announce', { title: item.title }));
    },

    hideAnnouncement(id) {
      if ($announcement.get()?.item.id === id) removeAnnouncement();
    },

    dismissAnnouncement() {
      const shown = removeAnnouncement();
      if (!shown) return;
      guides.closed('announcement', shown.item.id, 'dismiss');
      rt.emit('announcement:dismiss', { id: shown.item.id });
    },

    click(surface, id, button) {
      rt.emit(surface === 'tip' ? 'tip:click' : 'announcement:click', { id, action: button.action });
      if (button.action === 'dismiss') {
        if (surface === 'tip') controller.dismissTip(id);
        else controller.dismissAnnouncement();
        return;
      }
      // Acting on an item completes it (`after: 'tip:ID'` chains on it); it closes first, so focus
      // and the panel opened by the action do not fight over the closing surface.
      if (surface === 'tip') removeTip(id);
      else removeAnnouncement();
      guides.closed(surface, id, 'complete');
      perform(surface, id, button);
    },

    refresh() {
      const next: ShownTip[] = [];
      for (const shown of $tips.get()) {
        const tip = guides.item('tips', shown.tip.id);
        if (tip) next.push({ ...shown, tip });
        else guides.closed('tip', shown.tip.id, 'hide');
      }
      setTips(next);
      const current = $announcement.get();
      if (current) {
        const item = guides.item('announcements', current.item.id);
        if (item) setAnnouncement({ ...current, item });
        else {
          removeAnnouncement();
          guides.closed('announcement', current.item.id, 'hide');
        }
      }
    },
  };

  rt.onDestroy(() => {
    $tips.set([]);
    $announcement.set(undefined);
    syncListeners();
  });
  return controller;
}
