/**
 * The tour player: driver.js behind one adapter. driver.js draws the dimmed page with its cut-out and
 * moves it from step to step; Pathlight draws the card (built as DOM by preact, never author text as
 * HTML), places it with the one positioning helper, and owns keys and focus. driver.js's own popover is
 * never used: it writes its title, description and buttons with `innerHTML`, which Trusted Types refuse
 * even for constant strings, and it covers its element on small screens.
 */
import { type Config, type Driver, driver } from 'driver.js';
import { h, render } from 'preact';
import type { Runtime } from '../core/context';
import type { Guides } from '../guides';
import type { Tip } from '../types';
import { deepActiveElement, focusableIn } from '../ui/host';
import { anchor, type Placement } from '../ui/position';
import { createTourLayer, topLayerSignature } from './layer';
import type { PlayerActions, StepView, TourPlayer } from './player-types';
import { TourCard } from './TourCard';

/** driver.js sets these on the element it highlights and removes them after, also when the page had set them. */
const DRIVER_ARIA = ['aria-haspopup', 'aria-expanded', 'aria-controls'] as const;
/** Below this width the card spans the screen and sits above or below its element, never beside it. */
const PHONE_WIDTH = 640;
/** Room kept between the card or a fixed header and the highlighted element. */
const GAP = 12;

/**
 * The page's one highlight. driver.js writes page-wide state (classes on `<body>`, its overlay, one
 * element by id), so two highlights at once would fight over it, whichever Pathlight instance started
 * them: the player showing a step is page-wide too, and the next one to show a step ends the tour of the
 * one before (`replaced`). It holds no content, only who is showing.
 */
let showing: { replaced(): void } | undefined;
let counter = 0;

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const editable = (element: EventTarget | undefined) =>
  element instanceof HTMLElement &&
  (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));

/** The nearest ancestor that scrolls `element` (through shadow roots), else the document's scroller. */
function scrollerOf(element: Element): Element {
  let node: Node | null = element.parentNode;
  while (node && node !== document.documentElement) {
    if (node instanceof ShadowRoot) node = node.host;
    else if (node instanceof Element) {
      const { overflowY } = getComputedStyle(node);
      if (/(auto|scroll|overlay)/.test(overflowY) && node.scrollHeight > node.clientHeight) return node;
      node = node.parentNode;
    } else break;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** A fixed or sticky element (or ancestor) at a point over `element`, other than the element itself. */
function coverAt(element: Element, x: number, y: number, host: Element): DOMRect | undefined {
  if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return undefined;
  const hit = document.elementsFromPoint(x, y).find((found) => found !== host && !host.contains(found));
  if (!hit || hit === element || element.contains(hit) || hit.contains(element)) return undefined;
  for (let node: Element | null = hit; node; node = node.parentElement) {
    const { position } = getComputedStyle(node);
    if (position === 'fixed' || position === 'sticky') return node.getBoundingClientRect();
  }
  return undefined;
}

/** Whether every scrolling ancestor (and the window) shows the whole element. */
function inView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.top < 0 || rect.left < 0 || rect.bottom > innerHeight || rect.right > innerWidth) return false;
  for (let node: Node | null = element.parentNode; node && node !== document.documentElement; ) {
    if (node instanceof ShadowRoot) node = node.host;
    else if (node instanceof Element) {
      if (getComputedStyle(node).overflow !== 'visible') {
        const box = node.getBoundingClientRect();
        if (
          rect.top < box.top - 1 ||
          rect.bottom > box.bottom + 1 ||
          rect.left < box.left - 1 ||
          rect.right > box.right + 1
        )
          return false;
      }
      node = node.parentNode;
    } else break;
  }
  return true;
}

/**
 * Brings the element into view, in every container that scrolls it (driver.js checks only the window,
 * so an element clipped by its scroll box stayed hidden), then out from under fixed and sticky bars.
 */
function reveal(element: Element, host: Element): void {
  if (!inView(element)) element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  uncover(element, host);
}

/**
 * Scrolls so that no fixed or sticky bar (a header, a bottom navigation) covers the element's top or
 * bottom edge: scroll padding worked out from what is actually on screen, so the host declares nothing.
 */
function uncover(element: Element, host: Element): void {
  const rect = element.getBoundingClientRect();
  const x = Math.min(Math.max(rect.left + Math.min(rect.width / 2, 24), 1), innerWidth - 1);
  const top = coverAt(element, x, rect.top + 2, host);
  const bottom = coverAt(element, x, rect.bottom - 2, host);
  let by = 0;
  if (top && top.bottom > rect.top) by = rect.top - top.bottom - GAP;
  else if (bottom && bottom.top < rect.bottom) by = rect.bottom - bottom.top + GAP;
  if (by !== 0) scrollerOf(element).scrollBy({ top: by, behavior: 'instant' });
}

/** The side of a placement as the page reads it: `right` is the end side on a right-to-left page. */
function sideFor(placement: Tip['placement'], element: Element): Placement {
  let side = (placement ?? 'bottom') as Placement;
  if (innerWidth < PHONE_WIDTH) return side.startsWith('top') ? 'top' : 'bottom';
  if (getComputedStyle(element).direction === 'rtl')
    side = side.replace(/^(left|right)/, (s) => (s === 'left' ? 'right' : 'left')) as Placement;
  return side;
}

/**
 * The player of one runtime's tours. Created on the first step of its first tour (the `driver`
 * chunk); `hide()` takes everything down again: driver.js's body classes and listeners, its overlay,
 * the attributes it put on the page's element, the card, the keys. Nothing stays on the page between
 * tours.
 *
 * @example
 * const player = createTourPlayer(rt, guides, actions);
 * player.show({ tour, step, index: 0, count: 3, target: el, canBack: false, next: 'next' });
 */
export function createTourPlayer(rt: Runtime, _guides: Guides, actions: PlayerActions): TourPlayer {
  const layer = createTourLayer(rt);
  const uid = `pl-tour-${++counter}`;
  const ids = { title: `${uid}-title`, body: `${uid}-body` };
  const me = { replaced: () => actions.replaced() };
  let drv: Driver | undefined;
  let view: StepView | undefined;
  let target: Element | null = null;
  let stopAnchor: (() => void) | undefined;
  let stopWatching: (() => void) | undefined;
  let stopLocale: (() => void) | undefined;
  let keysOn = false;
  let wantsFocus = false;
  let topLayer: Element[] = [];
  /** The page's own values of the attributes driver.js sets, per element it highlighted. */
  const saved = new Map<Element, Array<string | null>>();

  const config = (animate: boolean): Config => ({
    animate,
    duration: 280,
    smoothScroll: false,
    allowClose: false,
    allowKeyboardControl: false,
    overlayClickBehavior: () => {},
    stagePadding: 6,
    stageRadius: 10,
    overlayOpacity: 1,
    // driver.js creates its overlay in `<body>`; it moves into the layer before the frame is painted.
    onHighlighted: () => {
      adoptOverlay();
      // The first highlight ran without animation (see highlight()); later ones glide.
      if (drv && !drv.getConfig().animate && !reducedMotion()) drv.setConfig(config(true));
    },
  });

  const adoptOverlay = () => {
    const svg = drv?.getState('__overlaySvg') as SVGSVGElement | undefined;
    if (svg && svg.parentNode !== layer.overlay) layer.overlay.append(svg);
  };

  const restoreAria = () => {
    for (const [element, values] of saved)
      DRIVER_ARIA.forEach((name, i) => {
        const value = values[i];
        if (value === null || value === undefined) element.removeAttribute(name);
        else element.setAttribute(name, value);
      });
  };

  const highlight = (element: Element | null) => {
    if (element && !saved.has(element))
      saved.set(
        element,
        DRIVER_ARIA.map((name) => element.getAttribute(name)),
      );
    // The first highlight of a tour is drawn at once: animated, driver.js would keep its overlay in
    // `<body>` (under the page's fixed headers, in reach of its CSS) until the animation ends.
    if (!drv) drv = driver(config(false));
    else if (!drv.isActive()) drv.setConfig(config(false));
    drv.highlight(element ? { element } : {});
    // It points `aria-controls` at a popover that does not exist here: the page's own values stay.
    restoreAria();
    adoptOverlay();
  };

  const draw = () => {
    if (!view) return;
    const t = rt.$t.get();
    const { step, tour } = view;
    const { card } = layer;
    if (step.title) {
      card.setAttribute('aria-labelledby', ids.title);
      card.removeAttribute('aria-label');
    } else {
      card.removeAttribute('aria-labelledby');
      card.setAttribute(
        'aria-label',
        tour.title ?? t.t('tour.progress', { current: view.index + 1, total: view.count }),
      );
    }
    if (step.body) card.setAttribute('aria-describedby', ids.body);
    else card.removeAttribute('aria-describedby');
    layer.setLook({ dir: t.dir, lang: t.locale });
    render(h(TourCard, { view, t, actions, ids }), layer.content);
  };

  const focusCard = () => {
    if (!wantsFocus) return;
    wantsFocus = false;
    layer.card.focus({ preventScroll: true });
  };

  /** On a phone, a card that fits neither above nor below its element gets room: the element goes up. */
  const makeRoom = (element: Element) => {
    if (innerWidth >= PHONE_WIDTH) return;
    const needed = layer.card.offsetHeight + GAP * 2;
    const rect = element.getBoundingClientRect();
    if (innerHeight - rect.bottom >= needed || rect.top >= needed) return;
    scrollerOf(element).scrollBy({ top: rect.top - GAP * 2, behavior: 'instant' });
    uncover(element, layer.host);
  };

  const place = (element: Element | null, placement: Tip['placement']) => {
    stopAnchor?.();
    stopAnchor = undefined;
    const { card } = layer;
    if (!element) {
      card.dataset.centred = '';
      delete card.dataset.placement;
      card.style.left = '';
      card.style.top = '';
      card.style.visibility = '';
      focusCard();
      return;
    }
    delete card.dataset.centred;
    makeRoom(element);
    stopAnchor = anchor(rt, card, element, {
      placement: sideFor(placement, element),
      offset: 14,
      arrow: layer.arrow,
      onPlaced: ({ referenceHidden }) => {
        // Scrolling any container, resizing, a layout change: the cut-out follows the card's element.
        drv?.refresh();
        if (!referenceHidden) focusCard();
      },
    });
  };

  const cycle = (event: KeyboardEvent) => {
    const items = focusableIn(layer.card);
    if (target instanceof HTMLElement && target.tabIndex >= 0) items.push(target);
    if (target) items.push(...focusableIn(target));
    if (items.length === 0) return;
    event.preventDefault();
    const at = items.indexOf(deepActiveElement() as HTMLElement);
    const next = event.shiftKey
      ? at <= 0
        ? items.length - 1
        : at - 1
      : at === -1
        ? 0
        : (at + 1) % items.length;
    items[next]!.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!view) return;
    const path = event.composedPath();
    const inCard = path.includes(layer.card);
    const onTarget = !!target && path.includes(target);
    const idle = !event.target || event.target === document.body || event.target === document.documentElement;
    if (event.key === 'Tab') {
      // driver.js traps Tab inside the highlighted element only (a listener on window): ours includes the card.
      event.stopPropagation();
      if (inCard || onTarget || idle) cycle(event);
      return;
    }
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && (inCard || onTarget || idle)) {
      // Also keeps a modal dialog of the page the step is in from closing under the tour.
      event.preventDefault();
      event.stopPropagation();
      actions.close('escape');
      return;
    }
    const arrow = event.key === 'ArrowRight' || event.key === 'ArrowLeft';
    if (!arrow || !(inCard || idle) || editable(path[0])) return;
    const forward = (event.key === 'ArrowRight') !== (rt.$t.get().dir === 'rtl');
    if (forward && view.next) actions.next();
    else if (!forward && view.canBack) actions.back();
    else return;
    event.preventDefault();
  };

  const setKeys = (on: boolean) => {
    if (on === keysOn) return;
    keysOn = on;
    if (on) document.addEventListener('keydown', onKeyDown);
    else document.removeEventListener('keydown', onKeyDown);
  };

  /** A dialog or popover of the page opened (or closed): the layer goes back on top, into it if need be. */
  const watchTopLayer = () => {
    topLayer = topLayerSignature();
    stopWatching?.();
    stopWatching = rt.page.watchElements(() => {
      const now = topLayerSignature();
      if (now.length === topLayer.length && now.every((element, i) => element === topLayer[i])) return;
      topLayer = now;
      layer.raise(target);
      drv?.refresh();
    });
  };

  const player: TourPlayer = {
    show(next) {
      if (showing && showing !== me) {
        const other = showing;
        showing = me;
        other.replaced();
      }
      showing = me;
      const moved = view?.index !== next.index || view?.tour.id !== next.tour.id;
      view = next;
      target = next.target;
      layer.card.style.visibility = 'hidden';
      layer.open(next.target);
      draw();
      if (next.target) reveal(next.target, layer.host);
      highlight(next.target);
      place(next.target, next.step.placement);
      setKeys(true);
      watchTopLayer();
      stopLocale ??= rt.$t.listen(draw);
      // Each step is announced as it comes: focus moves to its card once it has been placed.
      if (moved || !player.hasFocus()) {
        wantsFocus = true;
        if (!next.target) focusCard();
      }
    },
    hide() {
      if (showing === me) showing = undefined;
      view = undefined;
      target = null;
      wantsFocus = false;
      stopAnchor?.();
      stopAnchor = undefined;
      stopWatching?.();
      stopWatching = undefined;
      stopLocale?.();
      stopLocale = undefined;
      setKeys(false);
      render(null, layer.content);
      if (drv?.isActive()) drv.destroy();
      restoreAria();
      saved.clear();
      layer.close();
    },
    hasFocus: () => layer.shadow.activeElement !== null,
    destroy() {
      player.hide();
      layer.destroy();
      drv = undefined;
    },
  };
  return player;
}
