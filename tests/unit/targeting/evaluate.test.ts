// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluateConditions, evaluateRule, type ItemRef, itemKey } from '../../../src/targeting';
import type { TargetingRule } from '../../../src/types';
import { type ContextInput, fakeHistory, makeContext, NOW } from './targeting-fixtures';

const TIP: ItemRef = { kind: 'tip', id: 'export' };
const DAY = 864e5;

describe('itemKey', () => {
  it('joins kind and id', () => {
    expect(itemKey({ kind: 'tour', id: 'welcome' })).toBe('tour:welcome');
  });
});

describe('evaluateRule: conditions', () => {
  it.each<[string, TargetingRule, ContextInput, boolean]>([
    ['empty rule', {}, {}, true],
    ['url match', { url: '/invoices/*' }, { path: '/invoices/7' }, true],
    ['url miss', { url: '/invoices/*' }, { path: '/settings' }, false],
    ['url list', { url: ['/a', '/b'] }, { path: '/b' }, true],
    ['url hash route', { url: '/app#/billing' }, { path: '/app#/billing' }, true],
    ['locale prefix', { locale: 'pt' }, { locale: 'pt-BR' }, true],
    ['locale exact, other case', { locale: 'pt-BR' }, { locale: 'pt-br' }, true],
    ['locale underscore', { locale: 'pt-BR' }, { locale: 'pt_BR' }, true],
    ['locale region mismatch', { locale: 'pt-BR' }, { locale: 'pt-PT' }, false],
    ['locale no false prefix', { locale: 'p' }, { locale: 'pt-BR' }, false],
    ['locale list', { locale: ['de', 'pl'] }, { locale: 'pl' }, true],
    ['locale miss', { locale: 'de' }, { locale: 'en-US' }, false],
    ['event happened', { event: 'invoice:created' }, { events: { 'invoice:created': NOW - 5 } }, true],
    ['event not yet', { event: 'invoice:created' }, { events: { other: NOW } }, false],
    ['dom event', { event: 'dom:click:#new' }, { events: { 'dom:click:#new': NOW } }, true],
    ['after completed', { after: 'tour:welcome' }, { completed: ['tour:welcome'] }, true],
    ['after not completed', { after: 'tour:welcome' }, { completed: ['tour:other'] }, false],
    ['element visible', { element: '#export' }, { visible: ['#export'] }, true],
    ['element hidden', { element: '#export' }, { visible: [] }, false],
    ['from passed', { from: '2026-01-01' }, {}, true],
    ['until ahead', { until: '2026-12-31' }, {}, true],
    ['until passed', { until: '2026-02-01' }, {}, false],
    ['until exactly now', { until: '2026-03-01T12:00' }, {}, false],
    ['from exactly now', { from: '2026-03-01T12:00' }, {}, true],
    ['invalid until', { until: 'next week' }, {}, false],
    [
      'keys are AND-ed (all hold)',
      { url: '/a', locale: 'en', user: { plan: 'pro' } },
      { path: '/a', traits: { plan: 'pro' } },
      true,
    ],
    ['keys are AND-ed (one fails)', { url: '/a', locale: 'de' }, { path: '/a' }, false],
    [
      'all: every child',
      { all: [{ url: '/a' }, { user: { plan: 'pro' } }] },
      { path: '/a', traits: { plan: 'pro' } },
      true,
    ],
    ['all: one child fails', { all: [{ url: '/a' }, { user: { plan: 'pro' } }] }, { path: '/a' }, false],
    ['any: one child', { any: [{ url: '/a' }, { url: '/b' }] }, { path: '/b' }, true],
    ['any: none', { any: [{ url: '/a' }, { url: '/b' }] }, { path: '/c' }, false],
    ['any: empty list', { any: [] }, {}, false],
    ['all: empty list', { all: [] }, {}, true],
    [
      'nested any in all',
      { all: [{ any: [{ locale: 'de' }, { user: { beta: true } }] }, { url: '/**' }] },
      { traits: { beta: true }, path: '/x' },
      true,
    ],
    ['invalid nested rule', { all: [null as unknown as TargetingRule] }, {}, false],
  ])('%s', (_name, rule, input, expected) => {
    const decision = evaluateRule(rule, makeContext(input), TIP);
    expect(decision.show).toBe(expected);
    expect(decision.reasons.length).toBeGreaterThan(0);
  });
});

describe('evaluateRule: user traits', () => {
  const signup = '2026-02-25T00:00:00Z';
  it.each<[string, TargetingRule['user'], ContextInput['traits'], boolean]>([
    ['shorthand eq', { plan: 'pro' }, { plan: 'pro' }, true],
    ['shorthand eq miss', { plan: 'pro' }, { plan: 'free' }, false],
    ['shorthand number', { seats: 5 }, { seats: 5 }, true],
    ['shorthand boolean', { admin: true }, { admin: true }, true],
    ['number equals numeric string', { seats: { op: 'eq', value: '5' } }, { seats: 5 }, true],
    ['boolean equals "true"', { admin: { op: 'eq', value: 'true' } }, { admin: true }, true],
    ['eq is case-sensitive', { plan: 'Pro' }, { plan: 'pro' }, false],
    ['eq on missing trait', { plan: 'pro' }, {}, false],
    ['eq arrays', { roles: { op: 'eq', value: ['a', 'b'] } }, { roles: ['a', 'b'] }, true],
    ['ne', { plan: { op: 'ne', value: 'free' } }, { plan: 'pro' }, true],
    ['ne same', { plan: { op: 'ne', value: 'free' } }, { plan: 'free' }, false],
    ['ne on missing trait holds', { plan: { op: 'ne', value: 'free' } }, {}, true],
    ['in', { plan: { op: 'in', value: ['pro', 'team'] } }, { plan: 'team' }, true],
    ['in miss', { plan: { op: 'in', value: ['pro', 'team'] } }, { plan: 'free' }, false],
    [
      'in with array trait (overlap)',
      { roles: { op: 'in', value: ['admin'] } },
      { roles: ['user', 'admin'] },
      true,
    ],
    ['in with a single value', { plan: { op: 'in', value: 'pro' } }, { plan: 'pro' }, true],
    ['array shorthand means in', { plan: ['pro', 'team'] as unknown as string }, { plan: 'pro' }, true],
    ['contains substring', { email: { op: 'contains', value: '@acme.com' } }, { email: 'jo@acme.com' }, true],
    [
      'contains substring miss',
      { email: { op: 'contains', value: '@acme.com' } },
      { email: 'jo@x.io' },
      false,
    ],
    ['contains array element', { roles: { op: 'contains', value: 'admin' } }, { roles: ['admin'] }, true],
    ['contains array miss', { roles: { op: 'contains', value: 'admin' } }, { roles: ['user'] }, false],
    [
      'contains all of a list',
      { roles: { op: 'contains', value: ['a', 'b'] } },
      { roles: ['b', 'c', 'a'] },
      true,
    ],
    ['contains not all of a list', { roles: { op: 'contains', value: ['a', 'd'] } }, { roles: ['a'] }, false],
    ['contains on a number', { seats: { op: 'contains', value: '1' } }, { seats: 10 }, false],
    ['exists', { email: { op: 'exists' } }, { email: 'a@b.c' }, true],
    ['exists missing', { email: { op: 'exists' } }, {}, false],
    ['exists null', { email: { op: 'exists' } }, { email: null }, false],
    ['exists empty string', { email: { op: 'exists' } }, { email: '' }, false],
    ['exists false', { email: { op: 'exists', value: false } }, {}, true],
    ['exists false but present', { email: { op: 'exists', value: false } }, { email: 'x' }, false],
    ['gt', { seats: { op: 'gt', value: 10 } }, { seats: 11 }, true],
    ['gt equal', { seats: { op: 'gt', value: 10 } }, { seats: 10 }, false],
    ['gt numeric string', { seats: { op: 'gt', value: '10' } }, { seats: '11' }, true],
    ['gt not a number', { seats: { op: 'gt', value: 10 } }, { seats: 'many' }, false],
    ['gt missing', { seats: { op: 'gt', value: 10 } }, {}, false],
    ['lt', { seats: { op: 'lt', value: 10 } }, { seats: 3 }, true],
    ['lt miss', { seats: { op: 'lt', value: 10 } }, { seats: 30 }, false],
    ['before ISO', { signedUpAt: { op: 'before', value: '2026-03-01' } }, { signedUpAt: signup }, true],
    ['after ISO', { signedUpAt: { op: 'after', value: '2026-03-01' } }, { signedUpAt: signup }, false],
    [
      'after epoch',
      { signedUpAt: { op: 'after', value: Date.UTC(2026, 1, 1) } },
      { signedUpAt: signup },
      true,
    ],
    [
      'trait as epoch',
      { signedUpAt: { op: 'before', value: '2026-03-01' } },
      { signedUpAt: Date.UTC(2026, 0, 1) },
      true,
    ],
    [
      'after relative: within 7 days',
      { signedUpAt: { op: 'after', value: '-7d' } },
      { signedUpAt: signup },
      true,
    ],
    [
      'after relative: not within 3 days',
      { signedUpAt: { op: 'after', value: '-3d' } },
      { signedUpAt: signup },
      false,
    ],
    ['before now', { trialEndsAt: { op: 'before', value: 'now' } }, { trialEndsAt: '2026-02-01' }, true],
    [
      'before with a bad date',
      { signedUpAt: { op: 'before', value: 'soon' } },
      { signedUpAt: signup },
      false,
    ],
    [
      'trait not a date',
      { signedUpAt: { op: 'before', value: '2026-03-01' } },
      { signedUpAt: 'yesterday' },
      false,
    ],
    ['unknown operator', { plan: { op: 'like' as 'eq', value: 'p' } }, { plan: 'p' }, false],
    [
      'several traits AND-ed',
      { plan: 'pro', seats: { op: 'gt', value: 2 } },
      { plan: 'pro', seats: 1 },
      false,
    ],
  ])('%s', (_name, user, traits, expected) => {
    expect(evaluateRule({ user }, makeContext({ traits }), TIP).show).toBe(expected);
  });

  it('reads `id` from the identified user when no trait is called so', () => {
    const rule: TargetingRule = { user: { id: { op: 'exists' } } };
    expect(evaluateRule(rule, makeContext({ userId: 'u1' }), TIP).show).toBe(true);
    expect(evaluateRule(rule, makeContext({}), TIP).show).toBe(false);
  });

  it('explains a failing trait in words', () => {
    const decision = evaluateRule({ user: { plan: { op: 'in', value: ['pro'] } } }, makeContext(), TIP);
    expect(decision.reasons.join(' ')).toMatch(/user\.plan is not set, wanted in \["pro"\]/);
  });
});

describe('evaluateRule: history and frequency', () => {
  const key = itemKey(TIP);
  it.each<
    [string, TargetingRule['frequency'], { shown?: number; session?: boolean; dismissed?: boolean }, boolean]
  >([
    ['once, never shown', undefined, {}, true],
    ['once (default), shown before', undefined, { shown: 1 }, false],
    ['once, shown before', 'once', { shown: 1 }, false],
    ['session, shown in an earlier session', 'session', { shown: 3 }, true],
    ['session, shown this session', 'session', { shown: 1, session: true }, false],
    ['always, shown this session', 'always', { shown: 9, session: true }, true],
    ['always, dismissed', 'always', { dismissed: true }, false],
    ['session, dismissed', 'session', { dismissed: true }, false],
    ['once, dismissed', 'once', { dismissed: true }, false],
  ])('%s', (_name, frequency, state, expected) => {
    const history = fakeHistory();
    if (state.shown) history.shown.set(key, state.shown);
    if (state.session) history.session.add(key);
    if (state.dismissed) history.dismissed.add(key);
    const decision = evaluateRule(frequency ? { frequency } : {}, makeContext({ history }), TIP);
    expect(decision.show).toBe(expected);
  });

  it('keys history by kind and id', () => {
    const history = fakeHistory();
    history.dismissed.add('tour:export');
    expect(evaluateRule({}, makeContext({ history }), TIP).show).toBe(true);
    expect(evaluateRule({}, makeContext({ history }), { kind: 'tour', id: 'export' }).show).toBe(false);
  });

  it('never shows an item without a trigger', () => {
    const decision = evaluateRule(undefined, makeContext(), TIP);
    expect(decision).toMatchObject({ show: false });
    expect(decision.reasons[0]).toMatch(/no trigger/);
  });
});

describe('evaluateRule: time', () => {
  it.each<[string, TargetingRule, ContextInput, { show: boolean; retryInMs?: number; held?: boolean }]>([
    [
      'from ahead asks for a retry',
      { from: '2026-03-02T12:00' },
      {},
      { show: false, retryInMs: DAY, held: false },
    ],
    ['from with an offset', { from: '2026-03-01T13:00+01:00' }, {}, { show: true, held: true }],
    [
      'from ahead, but until passed: no retry',
      { from: '2026-03-02', until: '2026-02-01' },
      {},
      { show: false },
    ],
    [
      'from ahead, but url fails: no retry',
      { from: '2026-03-02', url: '/a' },
      { path: '/b' },
      { show: false },
    ],
    ['delay starts running', { delayMs: 3000 }, {}, { show: false, retryInMs: 3000, held: true }],
    [
      'delay partly elapsed',
      { delayMs: 3000 },
      { heldSince: { 'tip:export': NOW - 1000 } },
      { show: false, retryInMs: 2000, held: true },
    ],
    [
      'delay elapsed',
      { delayMs: 3000 },
      { heldSince: { 'tip:export': NOW - 3000 } },
      { show: true, held: true },
    ],
    [
      'delay on a rule that fails',
      { delayMs: 3000, url: '/a' },
      { path: '/b' },
      { show: false, held: false },
    ],
    [
      'all: waits for the later from',
      { all: [{ from: '2026-03-01T13:00' }, { from: '2026-03-01T14:00' }] },
      {},
      { show: false, retryInMs: 2 * 36e5 },
    ],
    [
      'any: retries at the earlier from',
      { any: [{ from: '2026-03-01T13:00' }, { from: '2026-03-01T14:00' }] },
      {},
      { show: false, retryInMs: 36e5 },
    ],
  ])('%s', (_name, rule, input, expected) => {
    const decision = evaluateRule(rule, makeContext(input), TIP);
    expect(decision.show).toBe(expected.show);
    expect(decision.retryInMs).toBe(expected.retryInMs);
    if (expected.held !== undefined) expect(decision.held).toBe(expected.held);
  });

  it('reads an offset-less `from` as UTC', () => {
    const rule: TargetingRule = { from: '2026-03-01T12:00' };
    expect(evaluateRule(rule, makeContext({ now: NOW - 1 }), TIP).show).toBe(false);
    expect(evaluateRule(rule, makeContext({ now: NOW }), TIP).show).toBe(true);
  });
});

describe('evaluateRule: cost', () => {
  it('never looks up an element when a cheaper condition fails', () => {
    const looked: string[] = [];
    const ctx = makeContext({ path: '/b' });
    ctx.elementVisible = (selector) => {
      looked.push(selector);
      return true;
    };
    evaluateRule({ url: '/a', element: '#x' }, ctx, TIP);
    evaluateRule({ all: [{ url: '/a' }, { element: '#y' }] }, ctx, TIP);
    expect(looked).toEqual([]);
    evaluateRule({ url: '/b', element: '#x' }, ctx, TIP);
    expect(looked).toEqual(['#x']);
  });
});

describe('evaluateConditions', () => {
  it('ignores frequency, dismissal and delay (for items already visible)', () => {
    const history = fakeHistory();
    history.dismissed.add('tip:export');
    history.shown.set('tip:export', 1);
    const ctx = makeContext({ history, path: '/a' });
    expect(evaluateConditions({ url: '/a', delayMs: 5000 }, ctx).show).toBe(true);
    expect(evaluateConditions({ url: '/b' }, ctx).show).toBe(false);
  });
});
