import { matchUrl } from '../core/url-match';
import type { TargetingRule, TraitCondition, TraitOperator } from '../types';
import { parseDate, resolveDate } from './dates';
import type { Decision, ItemRef, TargetingContext } from './types';

/** A check's outcome. `retryInMs` on a failure: it will hold by itself after this long (a future `from`). */
interface Check {
  ok: boolean;
  reasons: string[];
  retryInMs?: number;
}

/** `tour:welcome`: the key of an item in history and `completed`. */
export const itemKey = (item: ItemRef): string => `${item.kind}:${item.id}`;

// Lists in rules (url patterns, locales, `in` values) are formatted on every pass: once is enough.
const formatted = new WeakMap<object, string>();

function fmt(value: unknown): string {
  if (typeof value === 'string') return value.length > 58 ? `"${value.slice(0, 55)}..."` : `"${value}"`;
  if (typeof value !== 'object' || value === null) return String(value);
  let text = formatted.get(value);
  if (text === undefined) {
    text = fmtUncached(value);
    formatted.set(value, text);
  }
  return text;
}

function fmtUncached(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

const pass = (reason: string): Check => ({ ok: true, reasons: [reason] });
const fail = (reason: string, retryInMs?: number): Check =>
  retryInMs === undefined ? { ok: false, reasons: [reason] } : { ok: false, reasons: [reason], retryInMs };

// ---------------------------------------------------------------------------
// User traits
// ---------------------------------------------------------------------------

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Equality across the types JSON content and `identify()` traits mix: `'5'` equals `5`. */
function looseEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => looseEqual(x, b[i]));
  return isScalar(a) && isScalar(b) && String(a) === String(b);
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Every trait operator a rule may use; content validation checks against the same list. */
export const TRAIT_OPERATORS: readonly TraitOperator[] = [
  'eq',
  'ne',
  'in',
  'contains',
  'exists',
  'gt',
  'lt',
  'before',
  'after',
];
const OPERATORS: ReadonlySet<string> = new Set(TRAIT_OPERATORS);

function compare(op: TraitOperator, actual: unknown, expected: unknown, now: number): boolean {
  switch (op) {
    case 'eq':
      return looseEqual(actual, expected);
    case 'ne':
      return !looseEqual(actual, expected);
    case 'in': {
      const list = Array.isArray(expected) ? expected : [expected];
      if (Array.isArray(actual)) return actual.some((a) => list.some((e) => looseEqual(a, e)));
      return list.some((e) => looseEqual(actual, e));
    }
    case 'contains': {
      const needles = Array.isArray(expected) ? expected : [expected];
      if (typeof actual === 'string') return needles.every((n) => isScalar(n) && actual.includes(String(n)));
      if (Array.isArray(actual)) return needles.every((n) => actual.some((a) => looseEqual(a, n)));
      return false;
    }
    case 'exists': {
      const present = actual !== undefined && actual !== null && actual !== '';
      return expected === false ? !present : present;
    }
    case 'gt':
    case 'lt': {
      const a = toNumber(actual);
      const e = toNumber(expected);
      if (a === undefined || e === undefined) return false;
      return op === 'gt' ? a > e : a < e;
    }
    case 'before':
    case 'after': {
      const a = parseDate(actual);
      const e = resolveDate(expected, now);
      if (a === undefined || e === undefined) return false;
      return op === 'before' ? a < e : a > e;
    }
  }
}

function checkTrait(name: string, condition: TraitCondition | unknown[], ctx: TargetingContext): Check {
  const traits = ctx.user.traits ?? {};
  const actual = Object.hasOwn(traits, name) ? traits[name] : name === 'id' ? ctx.user.id : undefined;
  let op: string;
  let expected: unknown;
  if (Array.isArray(condition)) {
    // `plan: ['pro', 'team']` in JSON reads naturally as "one of".
    op = 'in';
    expected = condition;
  } else if (typeof condition === 'object' && condition !== null) {
    op = condition.op;
    expected = condition.value;
  } else {
    op = 'eq';
    expected = condition;
  }
  if (!OPERATORS.has(op)) return fail(`user.${name}: unknown operator ${fmt(op)}`);
  const ok = compare(op as TraitOperator, actual, expected, ctx.now);
  const condText =
    op === 'exists' ? (expected === false ? 'does not exist' : 'exists') : `${op} ${fmt(expected)}`;
  return ok
    ? pass(`user.${name} ${condText}`)
    : fail(`user.${name} is ${actual === undefined ? 'not set' : fmt(actual)}, wanted ${condText}`);
}

// ---------------------------------------------------------------------------
// Rule nodes
// ---------------------------------------------------------------------------

/** `pt` matches `pt-BR`; `pt-BR` matches `pt-br` but not `pt-PT`. */
function localeMatches(wanted: string, actual: string): boolean {
  const w = wanted.toLowerCase().replace(/_/g, '-');
  const a = actual.toLowerCase().replace(/_/g, '-');
  return a === w || a.startsWith(w + '-');
}

function checkUser(user: TargetingRule['user'], ctx: TargetingContext): Check {
  if (typeof user !== 'object' || user === null) return fail('invalid user conditions');
  const reasons: string[] = [];
  for (const name of Object.keys(user)) {
    const check = checkTrait(name, user[name]!, ctx);
    if (!check.ok) return check;
    reasons.push(...check.reasons);
  }
  return { ok: true, reasons };
}

function checkAll(rules: TargetingRule[], ctx: TargetingContext, depth: number): Check {
  if (!Array.isArray(rules)) return fail('invalid all: not a list');
  const merged: Check = { ok: true, reasons: [] };
  for (const child of rules) {
    const check = evaluateNode(child, ctx, depth + 1);
    if (!check.ok && check.retryInMs === undefined) return check;
    merged.reasons.push(...check.reasons);
    if (!check.ok) {
      merged.ok = false;
      merged.retryInMs = Math.max(merged.retryInMs ?? 0, check.retryInMs!);
    }
  }
  return merged;
}

function checkAny(rules: TargetingRule[], ctx: TargetingContext, depth: number): Check {
  if (!Array.isArray(rules)) return fail('invalid any: not a list');
  const failed: string[] = [];
  let retry: number | undefined;
  for (const child of rules) {
    const check = evaluateNode(child, ctx, depth + 1);
    if (check.ok) return { ok: true, reasons: [`any: ${check.reasons.join(', ')}`] };
    failed.push(check.reasons.join(', '));
    if (check.retryInMs !== undefined) retry = Math.min(retry ?? Number.POSITIVE_INFINITY, check.retryInMs);
  }
  return fail(`none of any: [${failed.join(' | ')}]`, retry);
}

function checkDates(rule: TargetingRule, ctx: TargetingContext): Check {
  const reasons: string[] = [];
  if (rule.until !== undefined) {
    const until = parseDate(rule.until);
    if (until === undefined) return fail(`invalid until date ${fmt(rule.until)}`);
    if (ctx.now >= until) return fail(`ended at ${rule.until}`);
    reasons.push(`before until ${rule.until}`);
  }
  if (rule.from !== undefined) {
    const from = parseDate(rule.from);
    if (from === undefined) return fail(`invalid from date ${fmt(rule.from)}`);
    if (ctx.now < from) return fail(`starts at ${rule.from}`, from - ctx.now);
    reasons.push(`from ${rule.from} reached`);
  }
  return { ok: true, reasons };
}

/**
 * AND of the checks, cheapest first. A hard failure stops at once (so a wrong URL never costs an
 * element lookup); a failure that will pass by itself (`from` ahead) is kept while the rest is
 * checked, and the node retries when the last such failure has passed.
 */
function evaluateNode(rule: TargetingRule, ctx: TargetingContext, depth: number): Check {
  if (typeof rule !== 'object' || rule === null) return fail('invalid rule');
  if (depth > 32) return fail('rule nested too deeply');
  const reasons: string[] = [];
  let pending: Check | undefined;
  // Returns true when the node has failed for good.
  const take = (check: Check): boolean => {
    if (check.ok) {
      reasons.push(...check.reasons);
      return false;
    }
    if (check.retryInMs === undefined) {
      pending = check;
      return true;
    }
    pending = {
      ok: false,
      reasons: [...(pending?.reasons ?? []), ...check.reasons],
      retryInMs: Math.max(pending?.retryInMs ?? 0, check.retryInMs),
    };
    return false;
  };

  if (rule.after !== undefined) {
    const done = ctx.completed.has(rule.after);
    if (take(done ? pass(`${rule.after} completed`) : fail(`waiting for ${rule.after} to complete`)))
      return pending!;
  }
  if (rule.locale !== undefined) {
    const wanted = Array.isArray(rule.locale) ? rule.locale : [rule.locale];
    const ok = wanted.some((w) => typeof w === 'string' && localeMatches(w, ctx.locale));
    const text = `locale ${ctx.locale} ${ok ? 'matches' : 'is not'} ${fmt(rule.locale)}`;
    if (take(ok ? pass(text) : fail(text))) return pending!;
  }
  if (rule.url !== undefined) {
    const ok = matchUrl(rule.url, ctx.path);
    const text = `url ${ctx.path} ${ok ? 'matches' : 'does not match'} ${fmt(rule.url)}`;
    if (take(ok ? pass(text) : fail(text))) return pending!;
  }
  if (rule.user !== undefined && take(checkUser(rule.user, ctx))) return pending!;
  if (rule.event !== undefined) {
    const ok = ctx.events.has(rule.event);
    const text = `event ${rule.event} ${ok ? 'happened' : 'has not happened'}`;
    if (take(ok ? pass(text) : fail(text))) return pending!;
  }
  if ((rule.from !== undefined || rule.until !== undefined) && take(checkDates(rule, ctx))) return pending!;
  if (rule.all !== undefined && take(checkAll(rule.all, ctx, depth))) return pending!;
  if (rule.any !== undefined && take(checkAny(rule.any, ctx, depth))) return pending!;
  // Last: the only check that may touch the DOM.
  if (rule.element !== undefined) {
    if (pending) return pending;
    const ok = ctx.elementVisible(rule.element);
    const text = `element ${rule.element} ${ok ? 'visible' : 'not visible'}`;
    if (take(ok ? pass(text) : fail(text))) return pending!;
  }
  if (pending) return pending;
  return { ok: true, reasons: reasons.length ? reasons : ['no conditions'] };
}

/**
 * Whether every condition of `rule` holds in `ctx`, leaving out what depends on the item's own
 * history (frequency, dismissal) and on time held (`delayMs`). The engine uses it to decide
 * whether a visible tip should stay.
 *
 * @example
 * evaluateConditions({ url: '/invoices/*' }, ctx).show; // true on /invoices/7
 */
export function evaluateConditions(rule: TargetingRule, ctx: TargetingContext): Decision {
  const check = evaluateNode(rule, ctx, 0);
  const decision: Decision = { show: check.ok, reasons: check.reasons, held: check.ok };
  if (check.retryInMs !== undefined) decision.retryInMs = check.retryInMs;
  return decision;
}

/**
 * Whether `item` should show by itself now, and why (or why not). Pure: everything comes from `ctx`.
 *
 * Every key of a rule must hold; `all`/`any` nest. Frequency (`'once'` by default, `'session'`,
 * `'always'`) and `delayMs` are read from the top-level rule only. A dismissed item never shows by
 * itself again, whatever its frequency. `retryInMs` says when a `false` may turn `true` with no other
 * change (a `from` date ahead, `delayMs` running).
 *
 * @example
 * evaluateRule({ url: '/invoices/*', user: { plan: { op: 'in', value: ['pro'] } } }, ctx, { kind: 'tip', id: 'export' });
 * // { show: true, held: true, reasons: ['url /invoices/7 matches "/invoices/*"', 'user.plan in ["pro"]'] }
 */
export function evaluateRule(
  rule: TargetingRule | undefined,
  ctx: TargetingContext,
  item: ItemRef,
): Decision {
  if (rule === undefined || rule === null) {
    return { show: false, held: false, reasons: ['no trigger: shows only when called from code'] };
  }
  const key = itemKey(item);
  if (ctx.history.dismissed(key)) return { show: false, held: false, reasons: ['dismissed'] };
  const frequency = rule.frequency ?? 'once';
  if (frequency === 'once' && ctx.history.shownCount(key) > 0) {
    return { show: false, held: false, reasons: ['already shown (frequency once)'] };
  }
  if (frequency === 'session' && ctx.history.shownThisSession(key)) {
    return { show: false, held: false, reasons: ['already shown this session (frequency session)'] };
  }
  const decision = evaluateConditions(rule, ctx);
  const delay = typeof rule.delayMs === 'number' && rule.delayMs > 0 ? rule.delayMs : 0;
  if (!decision.show || delay === 0) return decision;
  const since = ctx.heldSince(key) ?? ctx.now;
  const left = since + delay - ctx.now;
  if (left <= 0) return decision;
  return {
    show: false,
    held: true,
    reasons: [...decision.reasons, `waiting ${left} ms more (delayMs ${delay})`],
    retryInMs: left,
  };
}
