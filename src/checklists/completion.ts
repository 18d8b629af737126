import type { Runtime } from '../core/context';
import type { Guides } from '../guides';
import type { ChecklistCompletion } from '../types';

/** An item that waits for its `completeWhen` rule. */
export interface Waiting {
  readonly checklistId: string;
  readonly itemId: string;
  readonly rule: ChecklistCompletion;
}

export interface CompletionWatch {
  /**
   * The items that wait changed (content, progress, an unlock, another user): watch these, and check the
   * rules about the state of things (URL, element, traits, events and tours already seen) now.
   */
  watch(items: readonly Waiting[]): void;
}

/** `click: '#save'` is the host DOM event `dom:click:#save`, as targeting rules name it. */
const domEvents = (rule: ChecklistCompletion): string[] => {
  const names: string[] = [];
  if (rule.click) names.push(`dom:click:${rule.click}`);
  if (rule.event?.startsWith('dom:')) names.push(rule.event);
  return names;
};

/**
 * Watches the rules that complete checklist items, each through the shared services: `track()`,
 * `tour:complete` and `article:view` events (and the journey, for articles read before), the route, the one element watcher, host DOM events and the user's traits. URL
 * patterns and traits are checked by the targeting engine (`guides.holds`), so they mean what they mean
 * in a `trigger`. Listeners and observers exist only while some item needs them. `matched` is called once
 * per item whose rule held.
 *
 * Events count from `since()` on: after `reset()`, what the previous user did earlier in this page visit
 * does not tick the next user's items.
 */
export function watchCompletions(
  rt: Runtime,
  guides: Guides,
  matched: (checklistId: string, itemId: string) => void,
  since: () => number,
): CompletionWatch {
  let waiting: readonly Waiting[] = [];
  let stopElements: (() => void) | undefined;
  let stopDom: (() => void) | undefined;
  let domSignature = '';

  /** Hands the matches over after the loop: completing an item changes what waits (and calls `watch`). */
  const deliver = (hits: readonly Waiting[]) => {
    const delivered = new Set<string>();
    for (const { checklistId, itemId } of hits) {
      const key = `${checklistId}\n${itemId}`;
      if (delivered.has(key)) continue;
      delivered.add(key);
      matched(checklistId, itemId);
    }
  };
  const each = (test: (rule: ChecklistCompletion) => boolean) =>
    deliver(waiting.filter((entry) => test(entry.rule)));

  const elementThere = (rule: ChecklistCompletion) => {
    const element = rule.element === undefined ? null : guides.resolve(rule.element);
    return element !== null && guides.isVisible(element);
  };

  /** The rules about the state of things (and events already seen), checked against now. */
  /** Articles read in this visit, from the journey (which the next user's reset empties). */
  const read = (id: string) => rt.journey.get().articles.some((article) => article.id === id);

  const checkState = () => {
    const from = since();
    each((rule) => {
      if (rule.url !== undefined && guides.holds({ url: rule.url })) return true;
      if (rule.event !== undefined && (guides.tracked(rule.event) ?? -1) >= from) return true;
      if (rule.tour !== undefined && guides.holds({ after: `tour:${rule.tour}` })) return true;
      if (rule.article !== undefined && read(rule.article)) return true;
      if (rule.user !== undefined && guides.holds({ user: rule.user })) return true;
      return rule.element !== undefined && elementThere(rule);
    });
  };

  const syncListeners = () => {
    const wantsElements = waiting.some((entry) => entry.rule.element !== undefined);
    if (wantsElements && !stopElements)
      stopElements = rt.page.watchElements(() =>
        each((rule) => rule.element !== undefined && elementThere(rule)),
      );
    else if (!wantsElements && stopElements) {
      stopElements();
      stopElements = undefined;
    }
    const names = [...new Set(waiting.flatMap((entry) => domEvents(entry.rule)))];
    const signature = names.join('\n');
    if (signature === domSignature) return;
    domSignature = signature;
    stopDom?.();
    stopDom = names.length
      ? guides.listenDom(names, (name) => each((rule) => domEvents(rule).includes(name)))
      : undefined;
  };

  rt.on('track', ({ name }) => each((rule) => rule.event === name));
  rt.on('tour:complete', ({ id }) => each((rule) => rule.tour === id));
  rt.on('article:view', ({ id }) => each((rule) => rule.article === id));
  rt.onDestroy(
    rt.page.onRoute(() => each((rule) => rule.url !== undefined && guides.holds({ url: rule.url }))),
  );
  rt.onDestroy(() => {
    waiting = [];
    stopElements?.();
    stopDom?.();
    stopElements = stopDom = undefined;
  });

  return {
    watch(items) {
      waiting = items;
      syncListeners();
      checkState();
    },
  };
}
