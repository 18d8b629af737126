import type { Runtime } from '../core/context';
import { tourCss } from './styles';

/** The light-DOM element the tour's overlay and card live under (a custom tag: host rules on `div` miss it). */
export const LAYER_TAG = 'pathlight-tour';

export interface TourLayer {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Holds driver.js's overlay (moved in from `<body>`, where driver.js puts it). */
  readonly overlay: HTMLElement;
  /** The step card: `role="dialog"`, an arrow, and the content the player renders. */
  readonly card: HTMLElement;
  readonly arrow: HTMLElement;
  readonly content: HTMLElement;
  /** Copies the widget's look (scheme, theme variables, direction, language) onto the layer. */
  setLook(look: { dir: string; lang: string }): void;
  /** Shows the layer above everything, in the top layer when the browser has one, next to `target`. */
  open(target: Element | null): void;
  /** Raises the layer again when a dialog or popover of the page opened above it. */
  raise(target: Element | null): void;
  close(): void;
  destroy(): void;
}

const supportsPopover = () =>
  typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/** The open top-layer element (a dialog or popover) that `element` sits in, looking through shadow roots. */
function topLayerAncestor(element: Element | null): Element | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && isTopLayer(node)) return node;
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return null;
}

function isTopLayer(element: Element): boolean {
  try {
    return element.matches('dialog:modal, [popover]:popover-open');
  } catch {
    // A browser without :modal or :popover-open has no top layer to beat either.
    return false;
  }
}

/**
 * Where the layer goes. A modal dialog makes everything outside it inert, so while one is open the
 * card must be inside it to be clickable; an auto popover closes on clicks outside it, so a step about
 * something in a popover lives in that popover. Otherwise the end of `<body>`.
 */
function parentFor(target: Element | null, doc: Document, body: Element | null): Element | null {
  const around = topLayerAncestor(target);
  if (around) return around;
  const modals = doc.querySelectorAll('dialog[open]');
  for (let i = modals.length - 1; i >= 0; i--) if (isTopLayer(modals[i]!)) return modals[i]!;
  return body;
}

/** The page's open dialogs and popovers, to notice one opening above the layer. */
export function topLayerSignature(doc: Document = document): Element[] {
  try {
    return [...doc.querySelectorAll('dialog[open], [popover]:popover-open')];
  } catch {
    return [];
  }
}

/**
 * The tour's layer: one `<pathlight-tour>` in the light DOM with an open shadow root holding the overlay
 * and the card, each a `popover="manual"` element shown into the top layer, so they sit above fixed
 * headers at any z-index, above the page's modal dialogs and popovers, and inside a modal dialog when one
 * is open. Its stylesheet is constructed and adopted (CSP allows it; no `<style>`, no `style=""`), with a
 * nonce'd `<style>` where constructable sheets are missing. Host CSS reaches only the host element,
 * whose few properties are set inline with `!important`.
 */
export function createTourLayer(rt: Pick<Runtime, 'config' | 'shadow'>, doc: Document = document): TourLayer {
  const host = doc.createElement(LAYER_TAG);
  host.style.setProperty('display', 'contents', 'important');
  host.setAttribute('data-pathlight', '');
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tourCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    if (rt.config.nonce) style.nonce = rt.config.nonce;
    style.textContent = tourCss;
    shadow.append(style);
  }
  const app = doc.createElement('div');
  app.className = 'pl-tour-app';
  app.style.setProperty('--pl-z', String(rt.config.zIndex ?? 2147483647));
  const overlay = doc.createElement('div');
  overlay.className = 'pl-tour-overlay';
  const card = doc.createElement('div');
  card.className = 'pl-tour';
  card.setAttribute('role', 'dialog');
  card.tabIndex = -1;
  const arrow = doc.createElement('div');
  arrow.className = 'pl-tour-arrow';
  arrow.setAttribute('aria-hidden', 'true');
  const content = doc.createElement('div');
  content.className = 'pl-tour-content';
  card.append(arrow, content);
  const popovers = supportsPopover();
  if (popovers) {
    overlay.popover = 'manual';
    card.popover = 'manual';
  }
  app.append(overlay, card);
  shadow.append(app);

  const show = () => {
    if (!popovers) return;
    // Order matters in the top layer: the card above the overlay.
    for (const element of [overlay, card]) {
      try {
        if (element.matches(':popover-open')) element.hidePopover();
        element.showPopover();
      } catch {
        // Not connected, or the browser refused: the fixed position and z-index still apply.
      }
    }
  };
  const place = (target: Element | null, raise: boolean) => {
    // Beside the widget's own root, which was mounted into the real `<body>` (markup cannot clobber it).
    const parent = parentFor(target, doc, rt.shadow.host.parentElement ?? doc.body);
    if (!parent) return;
    const moved = host.parentNode !== parent;
    if (moved) parent.append(host);
    if (moved || raise || (popovers && !card.matches(':popover-open'))) show();
  };

  return {
    host,
    shadow,
    overlay,
    card,
    arrow,
    content,
    setLook({ dir, lang }) {
      const main = rt.shadow.querySelector<HTMLElement>('.pl-app');
      app.dataset.scheme = main?.dataset.scheme === 'dark' ? 'dark' : 'light';
      // The theme variables the panel's container carries (brand colour, radius, font).
      for (const name of ['--pl-brand', '--pl-on-brand', '--pl-radius', '--pl-font']) {
        const value = main?.style.getPropertyValue(name);
        if (value) app.style.setProperty(name, value);
      }
      card.dir = dir;
      card.lang = lang;
    },
    open: (target) => place(target, false),
    raise: (target) => place(target, true),
    close() {
      if (popovers) {
        for (const element of [card, overlay]) {
          try {
            if (element.matches(':popover-open')) element.hidePopover();
          } catch {
            // Already gone.
          }
        }
      }
      host.remove();
    },
    destroy() {
      host.remove();
    },
  };
}
