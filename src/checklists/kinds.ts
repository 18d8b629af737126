/**
 * The `checklist` item kind. Checklists are not drawn yet: the spec lets content files with
 * checklists load as a whole (checked for their shape, kept for `after: 'checklist:ID'`); the
 * checklists capability will add its renderer and panel view here.
 */
import { defined, isObject, type Json } from '../core/validate';
import type { ItemCheck, ItemKindSpec } from '../guides';
import type { Checklist, ChecklistItem } from '../types';

declare module '../guides/types' {
  interface GuideItems {
    checklists: Checklist;
  }
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
  const id = entry.requiredText('id');
  if (id !== undefined && ids.has(id)) entry.fail('id', `"${id}" is used twice`);
  else if (id !== undefined) ids.add(id);
  const title = entry.requiredText('title');
  const description = entry.text('description');
  const completeOn = entry.text('completeOn');
  const action = entry.button('action');
  if (id === undefined || title === undefined) return undefined;
  return { ...entry.item, ...defined({ description, completeOn, action }), id, title };
}

function validateChecklist(item: Json, check: ItemCheck): Checklist | undefined {
  const title = check.requiredText('title');
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
  if (title === undefined || items.length === 0) return undefined;
  return { ...item, ...defined({ trigger }), id: check.id, title, items };
}

export const checklistKind: ItemKindSpec<'checklists'> = {
  kind: 'checklist',
  contentKey: 'checklists',
  order: 2,
  blocking: false,
  validate: validateChecklist,
};
