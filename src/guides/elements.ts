import type { ElementTarget } from '../types';

export const isElement = (value: unknown): value is Element =>
  typeof value === 'object' && value !== null && (value as Node).nodeType === 1;

/**
 * The element a target points at, if it is in the page: a selector (light DOM), an element, or a
 * function returning one — the way to reach into the host's open shadow roots. Never throws: a bad
 * selector or a throwing function gives `null` (and `onError`).
 *
 * @example
 * resolveTarget(() => document.querySelector('x-editor')?.shadowRoot?.querySelector('#bold'));
 */
export function resolveTarget(
  target: ElementTarget | undefined,
  onError?: (error: unknown) => void,
  doc: Document = document,
): Element | null {
  try {
    const found: unknown =
      typeof target === 'string'
        ? doc.querySelector(target)
        : typeof target === 'function'
          ? target()
          : target;
    return isElement(found) && found.isConnected ? found : null;
  } catch (error) {
    onError?.(error);
    return null;
  }
}

/**
 * Whether an element is rendered and not hidden (`display: none` on it or an ancestor, `hidden`,
 * `visibility: hidden`, `content-visibility`): `checkVisibility()` where the browser has it.
 */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  if (typeof element.checkVisibility === 'function')
    return element.checkVisibility({ visibilityProperty: true });
  return element.getClientRects().length > 0;
}
