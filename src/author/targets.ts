/**
 * Where guide content points at elements of the host page: each tip's `target`, each tour step's `target` and each
 * checklist item's `completeWhen.element` and `completeWhen.click`, with the JSON path that names it and the pages it
 * lives on. Pure and DOM-free: authoring mode (in the page) and `pathlight check` (in Node) walk content with it.
 */
import type { ElementTarget } from '../types';

export interface ContentTarget {
  /** Where it is in the content: `tours[0].steps[3].target`. */
  path: string;
  /** `tip`, `tour step` or `checklist item`. */
  kind: 'tip' | 'tour step' | 'checklist item';
  /** The item's id; for a tour step or a checklist item, `tour-id › step-id`. */
  label: string;
  /** A selector in content JSON; an element or a function in content given in code. */
  target: ElementTarget;
  /** URL patterns of the pages it is on (the targeting rules' `url` language); undefined: any page. */
  pages?: string | string[];
  /**
   * A checklist item's `completeWhen.element`: the element that shows the task is done, so it is normally missing
   * until then. Reported apart, not as a broken target.
   */
  whenDone?: boolean;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Loose[] =>
  (Array.isArray(value) ? value : []).map((v) => (isObject(v) ? v : {}));
const isTarget = (value: unknown): value is ElementTarget =>
  (typeof value === 'string' && value.trim() !== '') ||
  typeof value === 'function' ||
  (isObject(value) && (value as { nodeType?: unknown }).nodeType === 1);
const isPatterns = (value: unknown): value is string | string[] =>
  typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
/** A rule's `url`, when it has one. */
const urlOf = (rule: unknown) => (isObject(rule) && isPatterns(rule.url) ? rule.url : undefined);
const idOf = (item: Loose, fallback: string) => (typeof item.id === 'string' ? item.id : fallback);

/**
 * Every element target in guide content, in content order. Reads raw JSON as it comes (bad shapes are skipped: the
 * validator names those) and validated items alike.
 *
 * @example
 * contentTargets({ version: 1, tips: [{ id: 'save', target: '#save', trigger: { url: '/editor' } }] });
 * // [{ path: 'tips[0].target', kind: 'tip', label: 'save', target: '#save', pages: '/editor' }]
 */
export function contentTargets(content: unknown): ContentTarget[] {
  if (!isObject(content)) return [];
  const found: ContentTarget[] = [];
  const add = (entry: ContentTarget) => {
    if (entry.pages === undefined) delete entry.pages;
    found.push(entry);
  };
  list(content.tips).forEach((tip, i) => {
    if (isTarget(tip.target))
      add({
        path: `tips[${i}].target`,
        kind: 'tip',
        label: idOf(tip, `${i}`),
        target: tip.target,
        pages: urlOf(tip.trigger),
      });
  });
  list(content.tours).forEach((tour, i) => {
    const tourId = idOf(tour, `${i}`);
    const tourPages = urlOf(tour.trigger);
    list(tour.steps).forEach((step, j) => {
      if (!isTarget(step.target)) return;
      // A step's page: its own `page`, else the page its `url` leads to, else the tour's.
      const own = isPatterns(step.page) ? step.page : typeof step.url === 'string' ? step.url : undefined;
      add({
        path: `tours[${i}].steps[${j}].target`,
        kind: 'tour step',
        label: `${tourId} › ${idOf(step, `${j + 1}`)}`,
        target: step.target,
        pages: own ?? tourPages,
      });
    });
  });
  list(content.checklists).forEach((checklist, i) => {
    const checklistId = idOf(checklist, `${i}`);
    list(checklist.items).forEach((item, j) => {
      const when = isObject(item.completeWhen) ? item.completeWhen : {};
      const label = `${checklistId} › ${idOf(item, `${j}`)}`;
      const at = `checklists[${i}].items[${j}].completeWhen`;
      const pages = urlOf(checklist.trigger);
      if (isTarget(when.click))
        add({ path: `${at}.click`, kind: 'checklist item', label, target: when.click, pages });
      if (isTarget(when.element))
        add({
          path: `${at}.element`,
          kind: 'checklist item',
          label,
          target: when.element,
          pages,
          whenDone: true,
        });
    });
  });
  return found;
}
