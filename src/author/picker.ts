/**
 * Picking an element of the host page: the element under the pointer (or keyboard focus) is reported as hovered, a
 * click (or Enter) on it picks it. While picking, every pointer and click event aimed at the host page is stopped
 * in the capture phase at the window, before the page's own listeners, so a pick never also presses the button.
 * Events inside Pathlight's own root pass untouched. Returns the teardown.
 */
export interface PickerOptions {
  /** Pathlight's `<pathlight-root>`: its events are never stopped. */
  own: Element;
  hover(element: Element | undefined): void;
  pick(element: Element): void;
  /** Escape: stop picking. */
  cancel(): void;
}

/** Everything a click is made of: stopping `click` alone would let `pointerdown` handlers (menus, drags) run. */
const SWALLOWED = [
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'touchstart',
  'touchend',
];

export function startPicking(win: Window, options: PickerOptions): () => void {
  const { own } = options;
  const stop = new AbortController();
  const opts = { capture: true, signal: stop.signal };
  // At the window the event's target is the host page's element in the light DOM (shadow hosts stand for their insides).
  const hostElement = (event: Event): Element | undefined => {
    const target = event.target as Node | null;
    if (target?.nodeType !== 1 || event.composedPath().includes(own)) return undefined;
    return target === win.document.documentElement ? undefined : (target as Element);
  };
  const swallow = (event: Event) => {
    const element = hostElement(event);
    if (!element) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') options.pick(element);
  };
  for (const type of SWALLOWED) win.addEventListener(type, swallow, { ...opts, passive: false });
  win.addEventListener('pointermove', (event) => options.hover(hostElement(event)), opts);
  win.addEventListener(
    'focusin',
    (event) => {
      const element = hostElement(event);
      if (element) options.hover(element);
    },
    opts,
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        options.cancel();
        return;
      }
      const element = hostElement(event);
      if (!element || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      options.pick(element);
    },
    opts,
  );
  return () => stop.abort();
}
