import type { Runtime } from '../core/context';
import type { Guides } from '../guides';
import type { ElementTarget } from '../types';

/**
 * Waits for a step's element to be on the page and visible, through the one shared element watcher
 * (no polling): `found` gets the element, or `null` after `ms`. Returns the cancel; `found` is called at
 * most once and never after the cancel.
 *
 * @example const cancel = waitForElement(rt, guides, '#late', 3000, (el) => el ? show(el) : skip());
 */
export function waitForElement(
  rt: Pick<Runtime, 'page'>,
  guides: Pick<Guides, 'resolve' | 'isVisible'>,
  target: ElementTarget,
  ms: number,
  found: (element: Element | null) => void,
): () => void {
  const look = () => {
    const element = guides.resolve(target);
    return element && guides.isVisible(element) ? element : null;
  };
  let done = false;
  let stopWatching: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (element: Element | null) => {
    if (done) return;
    done = true;
    stopWatching?.();
    if (timer !== undefined) clearTimeout(timer);
    found(element);
  };
  const now = look();
  if (now) {
    // Asynchronous like the waiting case: callers handle one order of events.
    queueMicrotask(() => finish(now));
    return () => {
      done = true;
    };
  }
  stopWatching = rt.page.watchElements(() => {
    const element = look();
    if (element) finish(element);
  });
  timer = setTimeout(() => finish(null), ms);
  return () => {
    done = true;
    stopWatching?.();
    if (timer !== undefined) clearTimeout(timer);
  };
}
