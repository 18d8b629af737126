/**
 * Checks of targeting rules (`trigger`), naming the path of every problem. The engine evaluates
 * rules; this only says whether one is well formed.
 */
import { urlPatternError } from '../core/url-match';
import { describe, didYouMean, isObject, isText } from '../core/validate';
import { parseDate, resolveDate, TRAIT_OPERATORS } from '../targeting';
import type { TraitOperator } from '../types';

export const got = (value: unknown) => `, got ${describe(value)}`;

/** ` (did you mean "url"?)` for a mistyped key, or nothing. */
export function closest(key: string, known: readonly string[]): string {
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

/** Every key a targeting rule has (a survey carries them itself, too). */
export const RULE_KEYS = [
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

/** `"tour:ID", "tip:ID" or "announcement:ID"` for the kinds registered. */
function afterForms(kinds: readonly string[]): string {
  const forms = kinds.map((kind) => `"${kind}:ID"`);
  return forms.length > 1 ? `${forms.slice(0, -1).join(', ')} or ${forms.at(-1)}` : (forms[0] ?? '"kind:ID"');
}

/** `after` names an item of a registered kind: `tour:welcome`. */
function isAfter(value: unknown, kinds: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  const colon = value.indexOf(':');
  return colon > 0 && kinds.includes(value.slice(0, colon)) && /^\S/.test(value.slice(colon + 1));
}

function checkRule(rule: unknown, path: string, errors: string[], kinds: readonly string[], depth = 0): void {
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
        if (!isAfter(value, kinds)) errors.push(`${at}: expected ${afterForms(kinds)}${got(value)}`);
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
            checkRule(child, `${at}[${i}]`, errors, kinds, depth + 1);
          });
        break;
      default:
        errors.push(`${at}: unknown rule key${closest(key, RULE_KEYS)}`);
    }
  }
}

/**
 * Problems of a targeting rule, each naming its path (`trigger.url[1]: …`). Empty when the rule is
 * fine. `after` may name an item of any of `kinds` (the registered ones).
 * @example ruleProblems({ frequency: 'daily' }, 'tips[0].trigger', ['tip']) // ["tips[0].trigger.frequency: expected …"]
 */
export function ruleProblems(rule: unknown, path: string, kinds: readonly string[]): string[] {
  const errors: string[] = [];
  checkRule(rule, path, errors, kinds);
  return errors;
}
