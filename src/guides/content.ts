import { safeUrl, VIDEO_PROVIDERS, videoSource } from '../content/index';
import { urlPatternError } from '../core/url-match';
import { describe, didYouMean, isObject, isOneOf, isText, type Json } from '../core/validate';
import { parseDate, resolveDate, TRAIT_OPERATORS } from '../targeting';
import type { GuideButton, TraitOperator } from '../types';
import type { ContentKey, GuideItems } from './types';

/** The guide content format version this build reads. */
export const CONTENT_VERSION = 1;

/** Validated guide content: every list present, only items that can be used. */
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

/** Problems of one item: `fatal` ones drop it, `notes` drop only the bad field. */
interface Found {
  fatal: string[];
  notes: string[];
}

const got = (value: unknown) => `, got ${describe(value)}`;

/** ` (did you mean "url"?)` for a mistyped key, or nothing. */
function closest(key: string, known: readonly string[]): string {
  const hit = didYouMean(key, known);
  return hit ? ` (did you mean "${hit}"?)` : '';
}

/** Why a CSS selector is invalid (the browser's own parser says), or undefined. */
export function selectorError(selector: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  try {
    document.createDocumentFragment().querySelector(selector);
    return undefined;
  } catch {
    return `invalid CSS selector ${describe(selector)}`;
  }
}

/** `dom:click:#save` → `{ type: 'click', selector: '#save' }`; undefined for other event names. */
export function parseDomEvent(name: string): { type: string; selector: string } | undefined {
  const match = /^dom:([a-z]+):(.+)$/.exec(name);
  return match ? { type: match[1]!, selector: match[2]!.trim() } : undefined;
}

const isElementLike = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { nodeType?: unknown }).nodeType === 1;

// ---------------------------------------------------------------------------
// Targeting rules
// ---------------------------------------------------------------------------

const RULE_KEYS = [
  'url',
  'event',
  'element',
  'user',
  'locale',
  'delayMs',
  'frequency',
  'after',
  'from',
  'until',
  'all',
  'any',
] as const;
const OPERATORS = TRAIT_OPERATORS;
const FREQUENCIES = ['once', 'session', 'always'];
const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function checkTrait(name: string, condition: unknown, path: string, errors: string[]): void {
  if (isScalar(condition)) return;
  if (Array.isArray(condition)) {
    if (!condition.every(isScalar)) errors.push(`${path}: expected a list of strings, numbers or booleans`);
    return;
  }
  if (!isObject(condition) || typeof condition.op !== 'string') {
    errors.push(`${path}: expected a value or { op, value }${got(condition)}`);
    return;
  }
  const { op, value } = condition;
  if (!OPERATORS.includes(op as TraitOperator)) {
    errors.push(`${path}.op: expected one of ${OPERATORS.join(', ')}${got(op)}`);
    return;
  }
  if (op === 'exists') {
    if (value !== undefined && typeof value !== 'boolean')
      errors.push(`${path}.value: expected true or false`);
  } else if (op === 'before' || op === 'after') {
    if (resolveDate(value, 0) === undefined)
      errors.push(`${path}.value: expected a date (ISO 8601, epoch ms, "now" or "-7d")${got(value)}`);
  } else if (op === 'gt' || op === 'lt') {
    if (typeof value !== 'number' && !(typeof value === 'string' && Number.isFinite(Number(value))))
      errors.push(`${path}.value: expected a number${got(value)}`);
  } else if (value === undefined) errors.push(`${path}.value: missing (user.${name} ${op} what?)`);
}

function checkRule(rule: unknown, path: string, errors: string[], depth = 0): void {
  if (!isObject(rule)) {
    errors.push(`${path}: expected a rule object${got(rule)}`);
    return;
  }
  if (depth > 32) {
    errors.push(`${path}: rules nested too deeply`);
    return;
  }
  for (const key of Object.keys(rule)) {
    const value = rule[key];
    const at = `${path}.${key}`;
    if (value === undefined) continue;
    switch (key as (typeof RULE_KEYS)[number]) {
      case 'url': {
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 0)
          errors.push(`${at}: expected a URL pattern or a list of them, got an empty list`);
        list.forEach((pattern, i) => {
          const problem = urlPatternError(pattern);
          if (problem) errors.push(`${Array.isArray(value) ? `${at}[${i}]` : at}: ${problem}`);
        });
        break;
      }
      case 'event': {
        if (!isText(value)) {
          errors.push(`${at}: expected an event name${got(value)}`);
          break;
        }
        if (value.startsWith('dom:')) {
          const dom = parseDomEvent(value);
          const problem = dom ? selectorError(dom.selector) : 'expected dom:<type>:<selector>';
          if (problem) errors.push(`${at}: ${problem}, e.g. "dom:click:#save"`);
        }
        break;
      }
      case 'element': {
        const problem = isText(value) ? selectorError(value) : `expected a CSS selector${got(value)}`;
        if (problem) errors.push(`${at}: ${problem}`);
        break;
      }
      case 'user':
        if (!isObject(value)) errors.push(`${at}: expected { trait: value | { op, value } }${got(value)}`);
        else
          for (const [name, condition] of Object.entries(value))
            checkTrait(name, condition, `${at}.${name}`, errors);
        break;
      case 'locale': {
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 0 || !list.every(isText))
          errors.push(`${at}: expected a locale or a list of locales`);
        break;
      }
      case 'delayMs':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
          errors.push(`${at}: expected a number of milliseconds ≥ 0${got(value)}`);
        break;
      case 'frequency':
        if (!FREQUENCIES.includes(value as string))
          errors.push(`${at}: expected 'once', 'session' or 'always'${got(value)}`);
        break;
      case 'after':
        if (typeof value !== 'string' || !/^(tour|checklist|tip|announcement):\S/.test(value))
          errors.push(
            `${at}: expected "tour:ID", "checklist:ID", "tip:ID" or "announcement:ID"${got(value)}`,
          );
        break;
      case 'from':
      case 'until':
        if (parseDate(value) === undefined) errors.push(`${at}: expected an ISO 8601 date${got(value)}`);
        break;
      case 'all':
      case 'any':
        if (!Array.isArray(value)) errors.push(`${at}: expected a list of rules${got(value)}`);
        else
          value.forEach((child, i) => {
            checkRule(child, `${at}[${i}]`, errors, depth + 1);
          });
        break;
      default:
        errors.push(`${at}: unknown rule key${closest(key, RULE_KEYS)}`);
    }
  }
}

/**
 * Problems of a targeting rule, each naming its path (`trigger.url[1]: …`). Empty when the rule is fine.
 * @example ruleProblems({ frequency: 'daily' }, 'tips[0].trigger') // ["tips[0].trigger.frequency: expected …"]
 */
export function ruleProblems(rule: unknown, path = 'trigger'): string[] {
  const errors: string[] = [];
  checkRule(rule, path, errors);
  return errors;
}

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

const PLACEMENTS = ['top', 'bottom', 'left', 'right', 'top-start', 'top-end', 'bottom-start', 'bottom-end'];
const ACTIONS: readonly GuideButton['action'][] = ['dismiss', 'next', 'article', 'tour', 'url', 'custom'];
const TARGET_EXPECTED = 'expected a selector, an Element or a function';

/** Copies `raw` without `null`/`undefined` fields (JSON writers emit `null` for "not set"). */
function compact(raw: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(raw)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

/** Notes unknown fields; the item keeps them (a newer content version may use them). */
function unknownFields(item: Json, known: readonly string[], path: string, found: Found): void {
  for (const key of Object.keys(item))
    if (!known.includes(key))
      found.notes.push(`${path}.${key}: unknown field, ignored${closest(key, known)}`);
}

function optionalText(item: Json, key: string, path: string, found: Found): void {
  if (item[key] === undefined || typeof item[key] === 'string') return;
  found.notes.push(`${path}.${key}: expected text${got(item[key])}; left out`);
  delete item[key];
}

function checkTarget(value: unknown, path: string, found: Found): void {
  if (typeof value === 'function' || isElementLike(value)) return;
  if (!isText(value)) {
    found.fatal.push(`${path}: ${TARGET_EXPECTED}${got(value)}`);
    return;
  }
  const problem = selectorError(value);
  if (problem) found.fatal.push(`${path}: ${problem}`);
}

function checkImage(item: Json, path: string, found: Found): void {
  if (item.image !== undefined && !safeUrl(item.image)) {
    found.notes.push(`${path}.image: expected an https, http or relative URL${got(item.image)}; left out`);
    delete item.image;
  }
  optionalText(item, 'imageAlt', path, found);
}

function checkEnum(item: Json, key: string, values: readonly string[], path: string, found: Found): void {
  if (item[key] === undefined || values.includes(item[key] as string)) return;
  found.notes.push(
    `${path}.${key}: expected one of ${values.join(', ')}${got(item[key])}; using the default`,
  );
  delete item[key];
}

function checkPriority(item: Json, path: string, found: Found): void {
  if (item.priority === undefined || (typeof item.priority === 'number' && Number.isFinite(item.priority)))
    return;
  found.notes.push(`${path}.priority: expected a number${got(item.priority)}; using 0`);
  delete item.priority;
}

function checkTrigger(item: Json, path: string, found: Found): void {
  if (item.trigger === undefined) return;
  // A rule with a typo would show the item to everyone, everywhere: the whole item waits for a fix.
  found.fatal.push(...ruleProblems(item.trigger, `${path}.trigger`));
}

/** A button, or undefined (with a note) when it cannot work. */
function validButton(raw: unknown, path: string, found: Found): GuideButton | undefined {
  if (!isObject(raw)) {
    found.notes.push(`${path}: expected { label, action }${got(raw)}; left out`);
    return undefined;
  }
  const button = compact(raw);
  const problems: string[] = [];
  if (!isText(button.label)) problems.push(`${path}.label: expected text${got(button.label)}`);
  const action = button.action as GuideButton['action'];
  if (!ACTIONS.includes(action))
    problems.push(`${path}.action: expected one of ${ACTIONS.join(', ')}${got(action)}`);
  else if ((action === 'article' || action === 'tour') && !isText(button.value))
    problems.push(`${path}.value: expected the ${action} id${got(button.value)}`);
  else if (action === 'url' && !safeUrl(button.value, true))
    problems.push(`${path}.value: expected an https, http, mailto or relative URL${got(button.value)}`);
  else if (action === 'custom' && typeof button.onClick !== 'function')
    problems.push(`${path}.onClick: expected a function (custom buttons are defined in code)`);
  if (problems.length > 0) {
    found.notes.push(...problems.map((p) => `${p}; button left out`));
    return undefined;
  }
  unknownFields(button, ['label', 'action', 'value', 'onClick'], path, found);
  return button as unknown as GuideButton;
}

function checkButtons(item: Json, path: string, found: Found, max: number): void {
  if (item.buttons === undefined) return;
  if (!Array.isArray(item.buttons)) {
    found.notes.push(`${path}.buttons: expected a list${got(item.buttons)}; left out`);
    delete item.buttons;
    return;
  }
  if (item.buttons.length > max)
    found.notes.push(`${path}.buttons: at most ${max} buttons; the first ${max} are kept`);
  item.buttons = item.buttons
    .slice(0, max)
    .map((button, i) => validButton(button, `${path}.buttons[${i}]`, found))
    .filter((button): button is GuideButton => button !== undefined);
}

const TIP_FIELDS = [
  'id',
  'target',
  'title',
  'body',
  'image',
  'imageAlt',
  'placement',
  'hotspot',
  'buttons',
  'trigger',
  'priority',
];

function checkTip(item: Json, path: string, found: Found): void {
  checkTarget(item.target, `${path}.target`, found);
  optionalText(item, 'title', path, found);
  optionalText(item, 'body', path, found);
  if (!isText(item.title) && !isText(item.body)) found.fatal.push(`${path}: needs a title or a body`);
  checkImage(item, path, found);
  checkEnum(item, 'placement', PLACEMENTS, path, found);
  const hotspot = item.hotspot;
  if (
    hotspot !== undefined &&
    typeof hotspot !== 'boolean' &&
    !(
      isObject(hotspot) &&
      (hotspot.open === undefined || hotspot.open === 'click' || hotspot.open === 'hover')
    )
  ) {
    found.notes.push(
      `${path}.hotspot: expected true, false or { open: 'click' | 'hover' }${got(hotspot)}; left out`,
    );
    delete item.hotspot;
  }
  checkButtons(item, path, found, 2);
  checkTrigger(item, path, found);
  checkPriority(item, path, found);
  unknownFields(item, TIP_FIELDS, path, found);
}

const ANNOUNCEMENT_FIELDS = [
  'id',
  'title',
  'body',
  'image',
  'imageAlt',
  'video',
  'style',
  'buttons',
  'trigger',
  'priority',
];

function checkVideo(item: Json, path: string, found: Found): void {
  const video = item.video;
  if (video === undefined) return;
  let problem: string | undefined;
  if (!isObject(video)) problem = `expected { provider, src }${got(video)}`;
  else if (!isOneOf(VIDEO_PROVIDERS, video.provider))
    problem = `.provider: expected one of ${VIDEO_PROVIDERS.join(', ')}${got(video.provider)}`;
  // The player's own rule: the video is kept exactly when it would play.
  else if (!videoSource(video))
    problem = `.src: expected ${video.provider === 'file' ? 'an https, http or relative URL' : `an https ${video.provider} video URL`}${got(video.src)}`;
  else if (video.poster !== undefined && !safeUrl(video.poster))
    problem = `.poster: expected an https, http or relative URL${got(video.poster)}`;
  if (problem) {
    found.notes.push(`${path}.video${problem.startsWith('.') ? '' : ': '}${problem}; left out`);
    delete item.video;
  }
}

function checkAnnouncement(item: Json, path: string, found: Found): void {
  if (!isText(item.title)) found.fatal.push(`${path}.title: expected text${got(item.title)}`);
  optionalText(item, 'body', path, found);
  checkImage(item, path, found);
  checkVideo(item, path, found);
  checkEnum(item, 'style', ['modal', 'slide-in'], path, found);
  checkButtons(item, path, found, 2);
  checkTrigger(item, path, found);
  checkPriority(item, path, found);
  unknownFields(item, ANNOUNCEMENT_FIELDS, path, found);
}

// Tours and checklists are validated here for their shape so content files load as a whole;
// their own capabilities check the rest when they draw them.
function checkTour(item: Json, path: string, found: Found): void {
  optionalText(item, 'title', path, found);
  if (!Array.isArray(item.steps) || item.steps.length === 0) {
    found.fatal.push(`${path}.steps: expected a non-empty list of steps${got(item.steps)}`);
  } else {
    item.steps = item.steps.map((raw, i) => {
      const at = `${path}.steps[${i}]`;
      if (!isObject(raw)) {
        found.fatal.push(`${at}: expected a step object${got(raw)}`);
        return raw;
      }
      const step = compact(raw);
      if (step.target !== undefined) checkTarget(step.target, `${at}.target`, found);
      for (const key of ['title', 'body']) optionalText(step, key, at, found);
      if (step.url !== undefined && !safeUrl(step.url))
        found.fatal.push(`${at}.url: expected a relative or http(s) URL`);
      checkEnum(step, 'placement', PLACEMENTS, at, found);
      return step;
    });
  }
  checkTrigger(item, path, found);
  checkPriority(item, path, found);
}

function checkChecklist(item: Json, path: string, found: Found): void {
  if (!isText(item.title)) found.fatal.push(`${path}.title: expected text${got(item.title)}`);
  if (!Array.isArray(item.items) || item.items.length === 0) {
    found.fatal.push(`${path}.items: expected a non-empty list${got(item.items)}`);
  } else {
    const ids = new Set<string>();
    item.items = item.items.map((raw, i) => {
      const at = `${path}.items[${i}]`;
      if (!isObject(raw)) {
        found.fatal.push(`${at}: expected an item object${got(raw)}`);
        return raw;
      }
      const entry = compact(raw);
      if (!isText(entry.id)) found.fatal.push(`${at}.id: expected text${got(entry.id)}`);
      else if (ids.has(entry.id)) found.fatal.push(`${at}.id: "${entry.id}" is used twice`);
      else ids.add(entry.id);
      if (!isText(entry.title)) found.fatal.push(`${at}.title: expected text${got(entry.title)}`);
      optionalText(entry, 'description', at, found);
      optionalText(entry, 'completeOn', at, found);
      if (entry.action !== undefined) {
        const action = validButton(entry.action, `${at}.action`, found);
        if (action) entry.action = action;
        else delete entry.action;
      }
      return entry;
    });
  }
  checkTrigger(item, path, found);
}

const CHECKS: Record<ContentKey, (item: Json, path: string, found: Found) => void> = {
  tips: checkTip,
  announcements: checkAnnouncement,
  tours: checkTour,
  checklists: checkChecklist,
};
const KEYS = Object.keys(CHECKS) as ContentKey[];

const emptyContent = (): ValidContent => ({ tips: [], announcements: [], tours: [], checklists: [] });

/**
 * Validates guide content (`config.content`, `addContent()`): items that cannot be used are dropped
 * with one problem each naming every bad path; fields that cannot be used are left out of an item
 * that is otherwise fine (also noted). Never throws.
 *
 * @example
 * const { content, problems } = validateContent({ version: 1, tips: [{ id: 'a', target: 7, title: 'Hi' }] });
 * // content.tips: []
 * // problems: ['tips[0] ("a") was left out: tips[0].target: expected a selector, an Element or a function, got 7']
 */
export function validateContent(input: unknown): ContentValidation {
  const content = emptyContent();
  const problems: string[] = [];
  let dropped = 0;
  if (!isObject(input)) {
    problems.push(`content: expected { version: 1, tips: [...], announcements: [...] }${got(input)}`);
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
    if (key !== 'version' && !KEYS.includes(key as ContentKey))
      problems.push(`content.${key}: unknown list, ignored${closest(key, KEYS)}`);
  }
  for (const key of KEYS) {
    const list = input[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      problems.push(`${key}: expected a list${got(list)}; none loaded`);
      continue;
    }
    const ids = new Set<string>();
    list.forEach((raw, index) => {
      const path = `${key}[${index}]`;
      const found: Found = { fatal: [], notes: [] };
      let item: Json | undefined;
      if (!isObject(raw)) found.fatal.push(`${path}: expected an object${got(raw)}`);
      else {
        item = compact(raw);
        if (!isText(item.id)) found.fatal.push(`${path}.id: expected text${got(item.id)}`);
        else if (ids.has(item.id))
          found.fatal.push(`${path}.id: "${item.id}" is used twice; the first one is kept`);
        CHECKS[key](item, path, found);
      }
      const name = isText(item?.id) ? ` ("${item.id}")` : '';
      if (found.fatal.length > 0 || !item) {
        dropped++;
        problems.push(`${path}${name} was left out: ${[...found.fatal, ...found.notes].join('; ')}`);
        return;
      }
      if (found.notes.length > 0) problems.push(`${path}${name}: ${found.notes.join('; ')}`);
      ids.add(item.id as string);
      (content[key] as unknown[]).push(item);
    });
  }
  return { content, problems, dropped };
}
