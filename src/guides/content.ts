/**
 * Guide content validation: the file as a whole and what every item has (an id, unique in its
 * list); the registered item kinds check the rest of their items (see `ItemKindSpec.validate`).
 */
import { findings, isObject, isText, type Json } from '../core/validate';
import { compact, createItemCheck } from './item-check';
import { closest, got } from './rules';
import type { ContentKey, GuideItem, GuideItems, ItemKindSpec } from './types';

/** The guide content format version this build reads. */
export const CONTENT_VERSION = 1;

/**
 * Validated guide content: a list for every registered kind, only items that can be used. (The
 * type lists every kind a capability declared; a build that registers fewer has fewer lists.)
 */
export type ValidContent = { [K in ContentKey]: GuideItems[K][] };

export interface ContentValidation {
  content: ValidContent;
  /**
   * One message per item with problems (naming each bad path, e.g.
   * `tips[2].target: expected a selector, an Element or a function`), then content-level ones.
   */
  problems: string[];
  /** Items left out because they could not be used. */
  dropped: number;
}

/** An empty list for every registered kind. */
export function emptyContent(kinds: readonly ItemKindSpec[]): ValidContent {
  const lists: Partial<Record<ContentKey, GuideItem[]>> = {};
  for (const spec of kinds) lists[spec.contentKey] = [];
  // Filled key by key above; the type cannot follow a loop over the registered kinds.
  return lists as ValidContent;
}

/** Checks one kind's list; what can be used goes into `into`. */
function validateList<K extends ContentKey>(
  spec: ItemKindSpec<K>,
  list: unknown[],
  into: GuideItems[K][],
  problems: string[],
  kinds: readonly string[],
): number {
  let dropped = 0;
  const ids = new Set<string>();
  list.forEach((raw, index) => {
    const path = `${spec.contentKey}[${index}]`;
    const found = findings();
    let item: Json | undefined;
    let valid: GuideItems[K] | undefined;
    if (!isObject(raw)) found.fail(path, `expected an object${got(raw)}`);
    else {
      item = compact(raw);
      const id = isText(item.id) ? item.id : '';
      if (!id) found.fail(`${path}.id`, `expected text${got(item.id)}`);
      else if (ids.has(id)) found.fail(`${path}.id`, `"${id}" is used twice; the first one is kept`);
      const check = createItemCheck(item, path, id, found, kinds);
      valid = spec.validate(item, check);
      check.finish();
    }
    const name = isText(item?.id) ? ` ("${item.id}")` : '';
    if (found.fatal.length > 0 || !valid) {
      dropped++;
      problems.push(`${path}${name} was left out: ${[...found.fatal, ...found.notes].join('; ')}`);
      return;
    }
    if (found.notes.length > 0) problems.push(`${path}${name}: ${found.notes.join('; ')}`);
    ids.add(valid.id);
    into.push(valid);
  });
  return dropped;
}

/**
 * Validates guide content (`config.content`, `addContent()`) against the registered item kinds:
 * items that cannot be used are dropped with one problem each naming every bad path; fields that
 * cannot be used are left out of an item that is otherwise fine (also noted); a list no registered
 * kind reads is named and ignored. Never throws.
 *
 * @example
 * const { content, problems } = validateContent({ version: 1, tips: [{ id: 'a', target: 7, title: 'Hi' }] }, kinds);
 * // content.tips: []
 * // problems: ['tips[0] ("a") was left out: tips[0].target: expected a selector, an Element or a function, got 7']
 */
export function validateContent(input: unknown, kinds: readonly ItemKindSpec[]): ContentValidation {
  const content = emptyContent(kinds);
  const problems: string[] = [];
  const keys: string[] = kinds.map((spec) => spec.contentKey);
  let dropped = 0;
  if (!isObject(input)) {
    const lists = keys.map((key) => `${key}: [...]`).join(', ');
    problems.push(`content: expected { version: 1, ${lists} }${got(input)}`);
    return { content, problems, dropped };
  }
  if (input.version === undefined) {
    problems.push(`content.version: missing; read as version ${CONTENT_VERSION}`);
  } else if (input.version !== CONTENT_VERSION) {
    problems.push(
      `content.version: expected ${CONTENT_VERSION}${got(input.version)}; this build cannot read it, nothing was loaded`,
    );
    return { content, problems, dropped };
  }
  for (const key of Object.keys(input)) {
    // `$schema` points an editor at schema/content.schema.json: not a list.
    if (key === 'version' || key === '$schema' || keys.includes(key)) continue;
    // A list of a kind this build does not register (`tours` without the tours capability) reads the same.
    const hint = closest(key, keys) || ` (this build reads ${keys.join(', ') || 'no lists'})`;
    problems.push(`content.${key}: unknown list, ignored${hint}`);
  }
  const names = kinds.map((spec) => spec.kind);
  for (const spec of kinds) {
    const list = input[spec.contentKey];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      problems.push(`${spec.contentKey}: expected a list${got(list)}; none loaded`);
      continue;
    }
    dropped += validateList(spec, list, content[spec.contentKey], problems, names);
  }
  return { content, problems, dropped };
}
