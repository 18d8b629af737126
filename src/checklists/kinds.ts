/**
 * The `checklist` item kind: what a checklist and its items may say, checked field by field with
 * messages that name the path (`checklists[0].items[2].completeWhen.url: …`). A problem in a
 * `completeWhen` rule leaves the whole checklist out, like a bad `trigger`: an item whose rule has a
 * typo would never tick, and the user would be stuck on it.
 */
import { defined, isObject, isText, type Json } from '../core/validate';
import type { ItemCheck, ItemKindSpec } from '../guides';
import type { Checklist, ChecklistCompletion, ChecklistItem, GuideButton } from '../types';

declare module '../guides/types' {
  interface GuideItems {
    checklists: Checklist;
  }
}

const CHECKLIST_FIELDS = ['id', 'title', 'description', 'items', 'sequential', 'trigger', 'priority'];
const ITEM_FIELDS = ['id', 'title', 'description', 'completeOn', 'completeWhen', 'action', 'optional'];
const COMPLETION_FIELDS = ['event', 'url', 'tour', 'article', 'click', 'element', 'user'];
/** What an item's button may do: `dismiss` and `next` belong to tips and tours. */
const ITEM_ACTIONS: readonly GuideButton['action'][] = ['article', 'tour', 'url', 'custom'];

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** The keys a `completeWhen` shares with targeting rules: checked as a rule checks them. */
const RULE_KEYS = ['event', 'url', 'user'];

function validateCompletion(entry: ItemCheck): ChecklistCompletion | undefined {
  const raw = entry.item.completeWhen;
  const shorthand = entry.text('completeOn');
  if (raw === undefined) return isText(shorthand) ? { event: shorthand } : undefined;
  if (!isObject(raw)) {
    entry.fail(
      'completeWhen',
      `expected { event | url | tour | article | click | element | user }${entry.got(raw)}`,
    );
    return undefined;
  }
  const rule = entry.child(raw, 'completeWhen');
  rule.known(COMPLETION_FIELDS);
  rule.conditions(RULE_KEYS);
  const { tour, article } = rule.item;
  if (tour !== undefined && !isText(tour)) rule.fail('tour', `expected a tour id${rule.got(tour)}`);
  if (article !== undefined && !isText(article))
    rule.fail('article', `expected an article id${rule.got(article)}`);
  const click = rule.item.click === undefined ? undefined : rule.target('click');
  if (click !== undefined && typeof click !== 'string')
    rule.fail('click', 'expected a CSS selector (clicks are matched along the event path)');
  const element = rule.item.element === undefined ? undefined : rule.target('element');
  const { event, url, user } = rule.item as ChecklistCompletion;
  const completion: ChecklistCompletion = defined({
    event: event ?? (isText(shorthand) ? shorthand : undefined),
    url,
    tour: isText(tour) ? tour : undefined,
    article: isText(article) ? article : undefined,
    click: typeof click === 'string' ? click : undefined,
    element,
    user,
  });
  if (isText(shorthand) && event !== undefined && shorthand !== event)
    entry.note('completeOn', `ignored: completeWhen.event ("${event}") is given`);
  const unknown = Object.keys(raw).filter((key) => !COMPLETION_FIELDS.includes(key));
  // Only mistyped keys (`{ visit: '/x' }`): the item would never tick and the user would be stuck on it.
  if (Object.keys(completion).length === 0 && unknown.length > 0)
    entry.fail('completeWhen', `no rule it knows (${unknown.join(', ')}): the item could never complete`);
  else if (Object.keys(completion).length === 0)
    entry.note('completeWhen', 'no rule given: the item completes only through completeChecklistItem()');
  return completion;
}

function validateAction(entry: ItemCheck): GuideButton | undefined {
  const action = entry.button('action');
  if (action && !ITEM_ACTIONS.includes(action.action)) {
    entry.note(
      'action.action',
      `expected one of ${ITEM_ACTIONS.join(', ')}, got "${action.action}"; left out`,
    );
    delete entry.item.action;
    return undefined;
  }
  return action;
}

function validateEntry(
  raw: unknown,
  key: string,
  check: ItemCheck,
  ids: Set<string>,
): ChecklistItem | undefined {
  if (!isObject(raw)) {
    check.fail(key, `expected an item object${check.got(raw)}`);
    return undefined;
  }
  const entry = check.child(raw, key);
  entry.known(ITEM_FIELDS);
  const id = entry.requiredText('id');
  if (id !== undefined && ids.has(id)) entry.fail('id', `"${id}" is used twice`);
  else if (id !== undefined) ids.add(id);
  const title = entry.requiredText('title');
  const description = entry.text('description');
  const completeWhen = validateCompletion(entry);
  const action = validateAction(entry);
  const optional = entry.optional('optional', isBoolean, 'true or false');
  if (id === undefined || title === undefined) return undefined;
  return { ...entry.item, ...defined({ description, completeWhen, action, optional }), id, title };
}

function validateChecklist(item: Json, check: ItemCheck): Checklist | undefined {
  check.known(CHECKLIST_FIELDS);
  const title = check.requiredText('title');
  const description = check.text('description');
  const sequential = check.optional('sequential', isBoolean, 'true or false');
  const items: ChecklistItem[] = [];
  if (!Array.isArray(item.items) || item.items.length === 0)
    check.fail('items', `expected a non-empty list${check.got(item.items)}`);
  else {
    const ids = new Set<string>();
    item.items.forEach((raw, i) => {
      const entry = validateEntry(raw, `items[${i}]`, check, ids);
      if (entry) items.push(entry);
    });
  }
  const trigger = check.trigger();
  const priority = check.priority();
  if (title === undefined || items.length === 0) return undefined;
  return {
    ...item,
    ...defined({ description, sequential, trigger, priority }),
    id: check.id,
    title,
    items,
  };
}

export const checklistKind: ItemKindSpec<'checklists'> = {
  kind: 'checklist',
  contentKey: 'checklists',
  order: 2,
  blocking: false,
  validate: validateChecklist,
};
