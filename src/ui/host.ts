import { documentBody } from '../core/unclobbered';

/** The custom tag every Pathlight surface lives under (host rules on `div` cannot reach it). */
export const ROOT_TAG = 'pathlight-root';

export interface UiHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where preact renders: a container inside the shadow root. */
  readonly container: HTMLElement;
  /** Adopt more CSS (a lazy chunk's styles). Returns the removal. */
  addStyles(css: string): () => void;
  /** Put the host back if the page's framework removed it while re-rendering `<body>`. */
  ensureAttached(): void;
  destroy(): void;
}

/**
 * Mounts one `<pathlight-root>` with an open shadow root at the end of `<body>` and adopts the
 * widget's styles without touching the page's CSP: constructable stylesheets where supported,
 * else a `<style>` carrying the configured nonce.
 */
export function mountHost(options: { css: string; nonce?: string; zIndex: number; doc?: Document }): UiHost {
  const doc = options.doc ?? document;
  const element = doc.createElement(ROOT_TAG);
  // Inline and !important so no host rule (`* { display: block !important }`) gives the host a box.
  element.style.setProperty('display', 'contents', 'important');
  element.setAttribute('data-pathlight', '');
  const shadow = element.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  container.className = 'pl-app';
  container.style.setProperty('--pl-z', String(options.zIndex));
  shadow.appendChild(container);

  const addStyles = (css: string): (() => void) => {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return () => {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      const style = doc.createElement('style');
      if (options.nonce) style.nonce = options.nonce;
      style.textContent = css;
      // After the styles added before it, as adopted sheets are: the cascade keeps the order of additions.
      shadow.insertBefore(style, container);
      return () => style.remove();
    }
  };
  if (options.css) addStyles(options.css);
  documentBody(doc)?.appendChild(element);

  return {
    element,
    shadow,
    container,
    addStyles,
    ensureAttached() {
      if (!element.isConnected) documentBody(doc)?.appendChild(element);
    },
    destroy() {
      element.remove();
    },
  };
}

/** The focused element, looking inside shadow roots (ours and the host's). */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),iframe,video[controls],[tabindex]:not([tabindex="-1"])';

/** Focusable descendants in tab order, skipping hidden ones. */
export function focusableIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.hasAttribute('inert') && el.getClientRects().length > 0,
  );
}

/**
 * Keeps Tab inside `container` (a modal surface): from the last focusable element to the first and
 * back with Shift+Tab. Call it from the container's keydown handler; it ignores other keys.
 */
export function cycleTab(event: KeyboardEvent, container: HTMLElement, active: Element | null): void {
  if (event.key !== 'Tab') return;
  const items = focusableIn(container);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Moves focus to the dialog's `[data-autofocus]` when the dialog itself holds it in `root`: it took focus
 * when it opened or changed view while the view had nothing to focus yet (still loading). Focus the user
 * moved anywhere else stays there.
 * @example useEffect(() => focusAutofocus(rt.shadow), [article?.id]);
 */
export function focusAutofocus(root: ShadowRoot): void {
  const active = root.activeElement;
  if (active?.getAttribute('role') === 'dialog')
    active.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
}
