import { attr, className, finder, idName } from '@medv/finder';

/** Attributes that change with the UI language (`aria-label`, `title`) make selectors that break in translation. */
const LOCALIZED = new Set(['aria-label', 'title', 'alt', 'placeholder']);
/** Classes that name a state or come from CSS-in-JS, not what the element is: they come and go. */
const FLEETING =
  /^(is-|has-|js-|css-|sc-|jsx-|emotion-)|^(active|selected|hover|focus|focused|open|disabled|hidden|visible|current)$|\d{3,}/;

/**
 * A selector that finds exactly `element` in its document, short and stable: ids, test attributes and meaningful
 * classes first (finder's search), never the words of the UI or state classes. Undefined when none is found in time.
 *
 * @example selectorFor(document.querySelector('#export-csv')) // '#export-csv'
 */
export function selectorFor(element: Element): string | undefined {
  const doc = element.ownerDocument;
  try {
    const found = finder(element, {
      root: doc.body ?? doc.documentElement,
      idName: (name) => idName(name) && !/\d{3,}|^:/.test(name),
      className: (name) => className(name) && !FLEETING.test(name),
      attr: (name, value) => !LOCALIZED.has(name) && attr(name, value),
      timeoutMs: 300,
    });
    const matches = doc.querySelectorAll(found);
    return matches.length === 1 && matches[0] === element ? found : undefined;
  } catch {
    return undefined;
  }
}
