import type { ChecklistItem, Tip, TourStep } from '../types';

/** What authoring knows of the picked element: enough to fill in a draft item. */
export interface Picked {
  selector: string;
  /** The element's visible text or label, trimmed (may be empty). */
  text: string;
  /** Whether a click is what the user does with it (a button, a link, a field). */
  clickable: boolean;
  /** The page's path (and `#fragment` for hash-routed apps), for the item's page rule. */
  page: string;
}

/** The draft texts, in the author's UI language. */
export interface Drafts {
  title: string;
  body: string;
}

export type SnippetKind = 'tip' | 'step' | 'checklist';

const CLICKABLE =
  'a[href],button,input,select,textarea,summary,label,[role=button],[role=link],[role=tab],[role=menuitem]';

/** Reads what a draft needs from the element. */
export function describe(element: Element, selector: string, page: string): Picked {
  const label =
    element.getAttribute('aria-label') ||
    (element as HTMLInputElement).labels?.[0]?.textContent ||
    element.textContent ||
    '';
  return {
    selector,
    text: label.replace(/\s+/g, ' ').trim().slice(0, 60),
    clickable: element.closest(CLICKABLE) !== null,
    page,
  };
}

/** `save-draft` from "Save draft", or from the selector when the element has no words. */
export function slug(picked: Picked): string {
  const words = (picked.text || picked.selector)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.split('-').slice(0, 4).join('-') || 'element';
}

/**
 * A ready item in the guide content format (DESIGN.md, schema/content.schema.json) for the picked element: paste a
 * tip into `tips`, a step into a tour's `steps`, a checklist item into a checklist's `items`.
 *
 * @example snippet('tip', picked, drafts) // { id: 'tip-export-csv', target: '#export-csv', title: …, trigger: { url: '/reports' } }
 */
export function snippet(kind: SnippetKind, picked: Picked, drafts: Drafts): Tip | TourStep | ChecklistItem {
  const name = slug(picked);
  const title = picked.text || drafts.title;
  if (kind === 'tip')
    return {
      id: `tip-${name}`,
      target: picked.selector,
      title,
      body: drafts.body,
      trigger: { url: picked.page, element: picked.selector },
    };
  if (kind === 'step')
    return { id: name, page: picked.page, target: picked.selector, title, body: drafts.body };
  return {
    id: name,
    title,
    completeWhen: picked.clickable ? { click: picked.selector } : { element: picked.selector },
  };
}

/** The JSON as it is copied: two-space indented, like examples/feeds/guides.json. */
export const toJson = (value: unknown) => JSON.stringify(value, null, 2);
