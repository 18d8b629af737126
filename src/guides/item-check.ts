/**
 * The field checks every item kind's validator uses (text, targets, URLs, buttons, the trigger…),
 * each naming the bad path. They live here, in the guides chunk, and reach the kinds' validators as
 * the `check` argument, so a kind's own chunk carries no copy of them.
 */
// The content module's parts, not its index (the player's preact views): `pathlight/validate` runs in Node.
import { VIDEO_PROVIDERS, videoSource } from '../content/media';
import { safeUrl } from '../content/urls';
import { urlPatternError } from '../core/url-match';
import { type Findings, isObject, isOneOf, isText, type Json } from '../core/validate';
import type { ElementTarget, GuideButton, TargetingRule, Tip, Video } from '../types';
import { isElement } from './elements';
import { closest, got, RULE_KEYS, ruleProblems, selectorError } from './rules';
import type { ItemCheck } from './types';

const PLACEMENTS: readonly NonNullable<Tip['placement']>[] = [
  'top',
  'bottom',
  'left',
  'right',
  'top-start',
  'top-end',
  'bottom-start',
  'bottom-end',
];
const ACTIONS: readonly GuideButton['action'][] = ['dismiss', 'next', 'article', 'tour', 'url', 'custom'];
const BUTTON_FIELDS = ['label', 'action', 'value', 'onClick'];
const TARGET_EXPECTED = 'expected a selector, an Element or a function';

/** A copy of `raw` without `null`/`undefined` fields (JSON writers emit `null` for "not set"). */
export const compact = (raw: Json): Json =>
  Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null && value !== undefined));

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isTarget = (value: unknown): value is ElementTarget =>
  typeof value === 'function' || isElement(value) || isText(value);

/** Notes fields not in `known`; the object keeps them (a newer content version may use them). */
function unknownFields(object: Json, known: readonly string[], path: string, found: Findings): void {
  for (const key of Object.keys(object))
    if (!known.includes(key)) found.note(`${path}.${key}`, `unknown field, ignored${closest(key, known)}`);
}

/**
 * The check of one object at `path` (an item, or a part of one): problems go to `found`; `kinds`
 * are the registered kinds an `after` rule may name. `finish()` checks the trigger when the kind's
 * validator did not: an unchecked rule with a typo would show the item to everyone.
 */
export function createItemCheck(
  item: Json,
  path: string,
  id: string,
  found: Findings,
  kinds: readonly string[],
): ItemCheck & { finish(): void } {
  let triggerChecked = false;
  const at = (key: string) => (key ? `${path}.${key}` : path);

  /** A button, or undefined (with a note) when it cannot work. */
  const button = (raw: unknown, where: string): GuideButton | undefined => {
    if (!isObject(raw)) {
      found.note(where, `expected { label, action }${got(raw)}; left out`);
      return undefined;
    }
    const copy = compact(raw);
    const { label, action, value, onClick } = copy;
    const problems: Array<[string, string]> = [];
    if (!isText(label)) problems.push(['label', `expected text${got(label)}`]);
    if (!isOneOf(ACTIONS, action))
      problems.push(['action', `expected one of ${ACTIONS.join(', ')}${got(action)}`]);
    else if ((action === 'article' || action === 'tour') && !isText(value))
      problems.push(['value', `expected the ${action} id${got(value)}`]);
    else if (action === 'url' && !safeUrl(value, true))
      problems.push(['value', `expected an https, http, mailto or relative URL${got(value)}`]);
    else if (action === 'custom' && typeof onClick !== 'function')
      problems.push(['onClick', 'expected a function (custom buttons are defined in code)']);
    for (const [key, problem] of problems) found.note(`${where}.${key}`, `${problem}; button left out`);
    if (problems.length > 0 || !isText(label) || !isOneOf(ACTIONS, action)) return undefined;
    unknownFields(copy, BUTTON_FIELDS, where, found);
    return {
      ...copy,
      label,
      action,
      ...(typeof value === 'string' ? { value } : {}),
      ...(typeof onClick === 'function' ? { onClick: onClick as () => void } : {}),
    };
  };

  const check: ItemCheck = {
    item,
    path,
    id,
    fail: (key, problem) => found.fail(at(key), problem),
    note: (key, problem) => found.note(at(key), problem),
    optional(key, ok, expected, instead = 'left out') {
      const value = item[key];
      if (value === undefined || ok(value)) return value;
      found.note(at(key), `expected ${expected}${got(value)}; ${instead}`);
      delete item[key];
      return undefined;
    },
    text: (key) => check.optional(key, (value) => typeof value === 'string', 'text'),
    requiredText(key) {
      const value = item[key];
      if (isText(value)) return value;
      found.fail(at(key), `expected text${got(value)}`);
      return undefined;
    },
    url: (key) => check.optional(key, safeUrl, 'an https, http or relative URL'),
    oneOf: (key, values) =>
      check.optional(
        key,
        (value) => isOneOf(values, value),
        `one of ${values.join(', ')}`,
        'using the default',
      ),
    placement: () => check.oneOf('placement', PLACEMENTS),
    target(key) {
      const value = item[key];
      const problem = !isTarget(value)
        ? `${TARGET_EXPECTED}${got(value)}`
        : typeof value === 'string'
          ? selectorError(value)
          : undefined;
      if (problem === undefined) return isTarget(value) ? value : undefined;
      found.fail(at(key), problem);
      return undefined;
    },
    buttons(max) {
      const list = item.buttons;
      if (list === undefined) return undefined;
      if (!Array.isArray(list)) {
        found.note(at('buttons'), `expected a list${got(list)}; left out`);
        delete item.buttons;
        return undefined;
      }
      if (list.length > max) found.note(at('buttons'), `at most ${max} buttons; the first ${max} are kept`);
      const kept: GuideButton[] = [];
      list.slice(0, max).forEach((raw, i) => {
        const valid = button(raw, at(`buttons[${i}]`));
        if (valid) kept.push(valid);
      });
      item.buttons = kept;
      return kept;
    },
    button(key) {
      if (item[key] === undefined) return undefined;
      const valid = button(item[key], at(key));
      if (valid) item[key] = valid;
      else delete item[key];
      return valid;
    },
    trigger() {
      triggerChecked = true;
      return check.rule('trigger');
    },
    rule(key) {
      const rule = item[key];
      if (rule === undefined) return undefined;
      const problems = ruleProblems(rule, at(key), kinds);
      // A rule with a typo would show the item to everyone, everywhere: the whole item waits for a fix.
      for (const problem of problems) found.fatal.push(problem);
      // ruleProblems found nothing wrong: the object is a well-formed rule.
      return problems.length === 0 && isObject(rule) ? (rule as TargetingRule) : undefined;
    },
    urlPatterns(key) {
      const value = item[key];
      if (value === undefined) return undefined;
      const list = Array.isArray(value) ? value : [value];
      const problem =
        list.length === 0
          ? `expected a URL pattern or a list of them${got(value)}`
          : list.map((one) => urlPatternError(one)).find((error) => error !== undefined);
      if (problem === undefined) return value as string | string[];
      found.fail(at(key), problem);
      return undefined;
    },
    video(key) {
      const video = item[key];
      if (video === undefined) return undefined;
      let problem: [string, string] | undefined;
      if (!isObject(video)) problem = [key, `expected { provider, src }${got(video)}`];
      else if (!isOneOf(VIDEO_PROVIDERS, video.provider))
        problem = [`${key}.provider`, `expected one of ${VIDEO_PROVIDERS.join(', ')}${got(video.provider)}`];
      // The player's own rule: the video is kept exactly when it would play.
      else if (typeof video.src !== 'string' || !videoSource(video as unknown as Video))
        problem = [`${key}.src`, `expected a video URL the ${video.provider} player plays${got(video.src)}`];
      else if (video.poster !== undefined && !safeUrl(video.poster))
        problem = [`${key}.poster`, `expected an https, http or relative URL${got(video.poster)}`];
      if (!problem) return video as unknown as Video;
      found.note(at(problem[0]), `${problem[1]}; left out`);
      delete item[key];
      return undefined;
    },
    ruleKeys: RULE_KEYS,
    conditions(keys) {
      const rule: Json = {};
      for (const key of keys) if (item[key] !== undefined) rule[key] = item[key];
      for (const problem of ruleProblems(rule, path, kinds)) found.fatal.push(problem);
    },
    priority: () => check.optional('priority', isFiniteNumber, 'a number', 'using 0'),
    known: (known) => unknownFields(item, known, path, found),
    child: (object, key) => createItemCheck(compact(object), at(key), id, found, kinds),
    got,
  };
  return {
    ...check,
    finish: () => {
      if (!triggerChecked) check.trigger();
    },
  };
}
