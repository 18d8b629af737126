// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createTargetingEngine,
  type EngineItem,
  type ItemKind,
  itemKey,
  type TargetingEngineOptions,
} from '../../../src/targeting';
import type { TargetingRule, UserTraits } from '../../../src/types';
import { fakeHistory, KINDS, makeContext, NOW } from './targeting-fixtures';

/** Items by kind, of the kinds in KINDS. */
type Items = Partial<Record<'announcement' | 'tour' | 'checklist' | 'tip', Array<Omit<EngineItem, 'kind'>>>>;

/** A page, a user and an engine whose `show`/`hide` record what happened, like a capability would. */
function setup(items: Items, options: Partial<TargetingEngineOptions> = {}) {
  const page = {
    path: '/',
    locale: 'en',
    traits: {} as UserTraits,
    events: {} as Record<string, number>,
    completed: [] as string[],
    visible: [] as string[],
  };
  const history = fakeHistory();
  const shown: string[] = [];
  const hidden: string[] = [];
  const logs: string[] = [];
  const getContext = vi.fn(() => {
    const ctx = makeContext({ ...page, now: Date.now(), history });
    const { heldSince: _, ...rest } = ctx;
    return rest;
  });
  const elementVisible = vi.fn((selector: string) => page.visible.includes(selector));
  const engine = createTargetingEngine({
    kinds: KINDS,
    getContext: () => ({ ...getContext(), elementVisible }),
    show: (item) => {
      const key = itemKey(item);
      shown.push(key);
      history.shown.set(key, (history.shown.get(key) ?? 0) + 1);
      history.session.add(key);
    },
    hide: (item) => hidden.push(itemKey(item)),
    log: (line) => logs.push(line),
    ...options,
  });
  for (const [kind, list] of Object.entries(items)) engine.setItems(kind as ItemKind, list);
  const dismiss = (kind: ItemKind, id: string) => {
    history.dismissed.add(`${kind}:${id}`);
    engine.markClosed({ kind, id }, 'dismiss');
  };
  return { engine, page, history, shown, hidden, logs, getContext, elementVisible, dismiss };
}

/** Let the coalesced pass (a microtask) run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('engine: passes', () => {
  it('runs one pass for several evaluate() calls in one tick', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: {} }] });
    t.engine.evaluate('route');
    t.engine.evaluate('track');
    t.engine.evaluate('identify');
    await flush();
    expect(t.getContext).toHaveBeenCalledTimes(1);
    expect(t.shown).toEqual(['tip:a']);
  });

  it('does nothing until evaluate() is called', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: {} }] });
    await flush();
    expect(t.shown).toEqual([]);
  });

  it('never auto-shows an item without a trigger', async () => {
    const t = setup({ tip: [{ id: 'a' }], tour: [{ id: 't', priority: 9 }] });
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual([]);
    expect(t.logs.join('\n')).toMatch(/tip:a .*no trigger/);
  });

  it('logs one line per item per pass', async () => {
    const t = setup({
      tip: [
        { id: 'a', trigger: { url: '/a' } },
        { id: 'b', trigger: {} },
      ],
    });
    t.engine.evaluate('start');
    await flush();
    expect(t.logs).toHaveLength(2);
    expect(t.logs[0]).toMatch(/tip:a \(start\): not shown: url \/ does not match "\/a"/);
    expect(t.logs[1]).toMatch(/tip:b \(start\): shown/);
  });

  it('re-checks only element rules on an element pass, looking each selector up once', async () => {
    const t = setup({
      tip: [
        { id: 'url', trigger: { url: '/x' } },
        { id: 'el1', trigger: { element: '#save' }, priority: 1 },
        { id: 'el2', trigger: { all: [{ element: '#save' }] } },
      ],
    });
    t.engine.evaluate('start');
    await flush();
    expect(t.elementVisible).toHaveBeenCalledTimes(1);
    t.logs.length = 0;
    t.page.visible = ['#save'];
    t.engine.evaluate('element');
    await flush();
    expect(t.logs.map((line) => line.split(' ')[1])).toEqual(['tip:el1', 'tip:el2']);
    expect(t.elementVisible).toHaveBeenCalledTimes(2);
    expect(t.shown).toEqual(['tip:el1']);
  });

  it('runs a full pass when an element pass coincides with another reason', async () => {
    const t = setup({ tip: [{ id: 'url', trigger: { url: '/x' } }] });
    t.page.path = '/x';
    t.engine.evaluate('element');
    t.engine.evaluate('route');
    await flush();
    expect(t.shown).toEqual(['tip:url']);
  });

  it('lists the selectors and events rules wait for', () => {
    const t = setup({
      tip: [{ id: 'a', trigger: { element: '#a', any: [{ element: '.b' }, { event: 'dom:click:#go' }] } }],
      tour: [{ id: 't', trigger: { event: 'signup', element: '#a' } }],
    });
    expect(t.engine.selectors().sort()).toEqual(['#a', '.b']);
    expect(t.engine.events().sort()).toEqual(['dom:click:#go', 'signup']);
  });

  it('stops scheduling after destroy()', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: { delayMs: 1000 } }] });
    t.engine.evaluate('start');
    await flush();
    expect(vi.getTimerCount()).toBe(1);
    t.engine.destroy();
    expect(vi.getTimerCount()).toBe(0);
    t.engine.evaluate('route');
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.shown).toEqual([]);
  });
});

describe('engine: choosing', () => {
  it.each<[string, Items, number, string[]]>([
    [
      'highest priority first',
      {
        tip: [
          { id: 'low', trigger: {} },
          { id: 'high', trigger: {}, priority: 5 },
        ],
      },
      1,
      ['tip:high'],
    ],
    [
      'declaration order on a tie',
      {
        tip: [
          { id: 'first', trigger: {} },
          { id: 'second', trigger: {} },
        ],
      },
      1,
      ['tip:first'],
    ],
    [
      'maxVisibleTips 2',
      {
        tip: [
          { id: 'a', trigger: {} },
          { id: 'b', trigger: {} },
          { id: 'c', trigger: {} },
        ],
      },
      2,
      ['tip:a', 'tip:b'],
    ],
    ['maxVisibleTips 0 shows no tips', { tip: [{ id: 'a', trigger: {} }] }, 0, []],
    [
      'one blocking item, and tips wait for it',
      {
        tip: [{ id: 'a', trigger: {} }],
        tour: [{ id: 't', trigger: {} }],
        announcement: [{ id: 'n', trigger: {} }],
      },
      3,
      ['announcement:n'],
    ],
    [
      'a higher-priority tip keeps a tour from starting in the same pass',
      { tip: [{ id: 'a', trigger: {}, priority: 2 }], tour: [{ id: 't', trigger: {} }] },
      1,
      ['tip:a'],
    ],
    [
      'a slide-in announcement is not blocking',
      { tip: [{ id: 'a', trigger: {} }], announcement: [{ id: 's', trigger: {}, blocking: false }] },
      1,
      ['announcement:s', 'tip:a'],
    ],
    [
      'one checklist at a time',
      {
        checklist: [
          { id: 'c1', trigger: {} },
          { id: 'c2', trigger: {} },
        ],
      },
      1,
      ['checklist:c1'],
    ],
    [
      'ineligible items do not take a slot',
      {
        tip: [
          { id: 'a', trigger: { url: '/nope' }, priority: 9 },
          { id: 'b', trigger: {} },
        ],
      },
      1,
      ['tip:b'],
    ],
  ])('%s', async (_name, items, maxVisibleTips, expected) => {
    const t = setup(items, { maxVisibleTips });
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual(expected);
  });

  it('shows the next tip when the visible one closes', async () => {
    const t = setup({
      tip: [
        { id: 'a', trigger: {} },
        { id: 'b', trigger: {} },
      ],
    });
    t.engine.evaluate('start');
    await flush();
    expect(t.engine.isShowing({ kind: 'tip', id: 'a' })).toBe(true);
    t.engine.markClosed({ kind: 'tip', id: 'a' }, 'complete');
    await flush();
    expect(t.shown).toEqual(['tip:a', 'tip:b']);
  });

  it('replaces the items of a kind with setItems', async () => {
    const t = setup({ tip: [{ id: 'old', trigger: {} }] });
    t.engine.setItems('tip', [{ id: 'new', trigger: {} }]);
    t.engine.evaluate('items');
    await flush();
    expect(t.shown).toEqual(['tip:new']);
  });
});

describe('engine: blocking items', () => {
  it('holds tips back while a developer-started tour is visible, then lets them show', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: {} }] });
    t.engine.markShown({ kind: 'tour', id: 'manual' });
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual([]);
    expect(t.logs.join('\n')).toMatch(/tour:manual is showing/);
    t.engine.markClosed({ kind: 'tour', id: 'manual' }, 'complete');
    await flush();
    expect(t.shown).toEqual(['tip:a']);
  });

  it('hides visible tips for a blocking item and brings them back after it', async () => {
    const t = setup({
      tip: [{ id: 'a', trigger: { frequency: 'once' } }],
      tour: [{ id: 't', trigger: { event: 'go' } }],
    });
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual(['tip:a']);
    t.page.events = { go: Date.now() };
    t.engine.evaluate('track');
    await flush();
    expect(t.hidden).toEqual(['tip:a']);
    expect(t.shown).toEqual(['tip:a', 'tour:t']);
    expect(t.engine.isShowing({ kind: 'tip', id: 'a' })).toBe(false);
    t.engine.markClosed({ kind: 'tour', id: 't' }, 'complete');
    await flush();
    expect(t.shown).toEqual(['tip:a', 'tour:t', 'tip:a']);
  });

  it('brings hidden tips back when the blocking item fails to render', async () => {
    const t = setup(
      { tip: [{ id: 'a', trigger: {} }], tour: [{ id: 't', trigger: { event: 'go' } }] },
      {
        onError: () => {},
        show: (item) => {
          if (item.kind === 'tour') throw new Error('no target');
          t.shown.push(itemKey(item));
        },
      },
    );
    t.engine.evaluate('start');
    await flush();
    t.page.events = { go: Date.now() };
    t.engine.evaluate('track');
    await flush();
    expect(t.hidden).toEqual(['tip:a']);
    expect(t.shown).toEqual(['tip:a', 'tip:a']);
    expect(t.engine.isShowing({ kind: 'tip', id: 'a' })).toBe(true);
  });

  it('lets a chained item show right after completion (no quiet period)', async () => {
    const t = setup({
      tour: [{ id: 'one', trigger: {} }],
      checklist: [{ id: 'next', trigger: { after: 'tour:one' } }],
    });
    t.engine.evaluate('start');
    await flush();
    t.page.completed = ['tour:one'];
    t.engine.markClosed({ kind: 'tour', id: 'one' }, 'complete');
    await flush();
    expect(t.shown).toEqual(['tour:one', 'checklist:next']);
  });
});

describe('engine: quiet period and dismissal', () => {
  it('shows nothing by itself during the quiet period after a dismissal', async () => {
    const t = setup(
      {
        tip: [
          { id: 'a', trigger: {} },
          { id: 'b', trigger: {} },
        ],
      },
      { quietPeriodMs: 10_000 },
    );
    t.engine.evaluate('start');
    await flush();
    t.dismiss('tip', 'a');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(t.shown).toEqual(['tip:a']);
    expect(t.logs.at(-1)).toMatch(/tip:b .*quiet period/);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.shown).toEqual(['tip:a', 'tip:b']);
  });

  it('defaults the quiet period to 30 s', async () => {
    const t = setup({
      tip: [
        { id: 'a', trigger: {} },
        { id: 'b', trigger: {} },
      ],
    });
    t.engine.evaluate('start');
    await flush();
    t.dismiss('tip', 'a');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(t.shown).toEqual(['tip:a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.shown).toEqual(['tip:a', 'tip:b']);
  });

  it.each(['once', 'session', 'always'] as const)(
    'never re-shows a dismissed item (frequency %s)',
    async (frequency) => {
      const t = setup({ tip: [{ id: 'a', trigger: { frequency } }] }, { quietPeriodMs: 0 });
      t.engine.evaluate('start');
      await flush();
      t.dismiss('tip', 'a');
      await vi.advanceTimersByTimeAsync(60_000);
      t.engine.evaluate('route');
      await flush();
      expect(t.shown).toEqual(['tip:a']);
    },
  );

  it.each<[TargetingRule['frequency'], number]>([
    ['once', 1],
    ['session', 1],
    ['always', 2],
  ])('after a hide, frequency %s allows %i show(s) on return', async (frequency, expected) => {
    const t = setup({ tip: [{ id: 'a', trigger: { url: '/a', frequency } }] });
    t.page.path = '/a';
    t.engine.evaluate('route');
    await flush();
    t.page.path = '/b';
    t.engine.evaluate('route');
    await flush();
    t.page.path = '/a';
    t.engine.evaluate('route');
    await flush();
    expect(t.shown.filter((k) => k === 'tip:a')).toHaveLength(expected);
  });
});

describe('engine: rules that change over time', () => {
  it('hides an auto-shown tip when its route no longer matches', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: { url: '/a' } }] });
    t.page.path = '/a';
    t.engine.evaluate('route');
    await flush();
    t.page.path = '/b';
    t.engine.evaluate('route');
    await flush();
    expect(t.hidden).toEqual(['tip:a']);
    expect(t.engine.isShowing({ kind: 'tip', id: 'a' })).toBe(false);
  });

  it('hides an auto-shown tip when its element disappears (element pass)', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: { element: '#x' } }] });
    t.page.visible = ['#x'];
    t.engine.evaluate('start');
    await flush();
    t.page.visible = [];
    t.engine.evaluate('element');
    await flush();
    expect(t.hidden).toEqual(['tip:a']);
  });

  it('never hides a tip shown by a developer call when its rule stops holding', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: { url: '/a' } }] });
    t.engine.markShown({ kind: 'tip', id: 'a' });
    t.page.path = '/b';
    t.engine.evaluate('route');
    await flush();
    expect(t.hidden).toEqual([]);
    expect(t.engine.isShowing({ kind: 'tip', id: 'a' })).toBe(true);
  });

  it('keeps a tour going across a route change (multi-page tours)', async () => {
    const t = setup({ tour: [{ id: 't', trigger: { url: '/a' } }] });
    t.page.path = '/a';
    t.engine.evaluate('route');
    await flush();
    t.page.path = '/b';
    t.engine.evaluate('route');
    await flush();
    expect(t.shown).toEqual(['tour:t']);
    expect(t.hidden).toEqual([]);
    expect(t.engine.isShowing({ kind: 'tour', id: 't' })).toBe(true);
  });

  it('waits delayMs while the rule holds, then shows', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: { url: '/a', delayMs: 2000 } }] });
    t.page.path = '/a';
    t.engine.evaluate('route');
    await vi.advanceTimersByTimeAsync(1999);
    expect(t.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.shown).toEqual(['tip:a']);
  });

  it('restarts delayMs when the rule stops holding in between', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: { url: '/a', delayMs: 2000 } }] });
    t.page.path = '/a';
    t.engine.evaluate('route');
    await vi.advanceTimersByTimeAsync(1500);
    t.page.path = '/b';
    t.engine.evaluate('route');
    await vi.advanceTimersByTimeAsync(100);
    t.page.path = '/a';
    t.engine.evaluate('route');
    await vi.advanceTimersByTimeAsync(1900);
    expect(t.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(t.shown).toEqual(['tip:a']);
  });

  it('shows at `from` without any other trigger', async () => {
    const t = setup({ announcement: [{ id: 'launch', trigger: { from: '2026-03-01T12:05' } }] });
    t.engine.evaluate('start');
    await vi.advanceTimersByTimeAsync(5 * 60_000 - 1);
    expect(t.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.shown).toEqual(['announcement:launch']);
  });

  it('caps a far-away `from` at the longest timer the browser supports', async () => {
    const setTimer = vi.fn(() => 1);
    const t = setup(
      { tip: [{ id: 'a', trigger: { from: '2027-01-01' } }] },
      { setTimer, clearTimer: () => {} },
    );
    t.engine.evaluate('start');
    await flush();
    expect(setTimer).toHaveBeenCalledWith(expect.any(Function), 2_147_483_647);
  });

  it('reacts to track events and identify', async () => {
    const t = setup(
      {
        tip: [
          { id: 'e', trigger: { event: 'saved' } },
          { id: 'u', trigger: { user: { plan: 'pro' } } },
        ],
      },
      {
        maxVisibleTips: 2,
      },
    );
    t.engine.evaluate('start');
    await flush();
    t.page.events = { saved: Date.now() };
    t.engine.evaluate('track');
    await flush();
    expect(t.shown).toEqual(['tip:e']);
    t.page.traits = { plan: 'pro' };
    t.engine.evaluate('identify');
    await flush();
    expect(t.shown).toEqual(['tip:e', 'tip:u']);
  });
});

describe('engine: closing', () => {
  it('waits for the next route change before re-showing an always item its owner closed', async () => {
    const t = setup({ tip: [{ id: 'a', trigger: { frequency: 'always' } }] });
    t.engine.evaluate('start');
    await flush();
    t.engine.markClosed({ kind: 'tip', id: 'a' }, 'complete');
    await flush();
    t.engine.evaluate('track');
    await flush();
    expect(t.shown).toEqual(['tip:a']);
    expect(t.logs.at(-1)).toMatch(/waits for the next route change/);
    t.engine.evaluate('route');
    await flush();
    expect(t.shown).toEqual(['tip:a', 'tip:a']);
  });

  it('cannot loop when the owner hides the item as soon as it is shown', async () => {
    let shows = 0;
    const t = setup(
      { tip: [{ id: 'a', trigger: { frequency: 'always' } }] },
      {
        show: (item) => {
          shows++;
          t.engine.markClosed(item, 'hide');
        },
      },
    );
    t.engine.evaluate('start');
    await vi.advanceTimersByTimeAsync(1000);
    expect(shows).toBe(1);
    expect(t.engine.isShowing({ kind: 'tip', id: 'a' })).toBe(false);
  });
});

describe('engine: failures stay inside', () => {
  it('carries on when show() throws, and reports the error', async () => {
    const onError = vi.fn();
    const shown: string[] = [];
    const t = setup(
      {
        tip: [
          { id: 'bad', trigger: {}, priority: 1 },
          { id: 'good', trigger: {} },
        ],
      },
      {
        onError,
        show: (item) => {
          if (item.id === 'bad') throw new Error('render failed');
          shown.push(item.id);
        },
      },
    );
    t.engine.evaluate('start');
    await flush();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'render failed' }));
    expect(shown).toEqual(['good']);
    expect(t.engine.isShowing({ kind: 'tip', id: 'bad' })).toBe(false);
    t.engine.markClosed({ kind: 'tip', id: 'good' }, 'complete');
    await flush();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('treats an element lookup that throws as not visible', async () => {
    const onError = vi.fn();
    const t = setup(
      {
        tip: [
          { id: 'a', trigger: { element: ':::bad' } },
          { id: 'b', trigger: {} },
        ],
      },
      { onError },
    );
    t.elementVisible.mockImplementation(() => {
      throw new SyntaxError('bad selector');
    });
    t.engine.evaluate('start');
    await flush();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(t.shown).toEqual(['tip:b']);
  });

  it('skips the pass when getContext throws', async () => {
    const onError = vi.fn();
    const t = setup(
      { tip: [{ id: 'a', trigger: {} }] },
      {
        onError,
        getContext: () => {
          throw new Error('no context');
        },
      },
    );
    t.engine.evaluate('start');
    await flush();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(t.shown).toEqual([]);
  });
});
