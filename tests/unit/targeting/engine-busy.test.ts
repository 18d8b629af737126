// @vitest-environment node
// One blocking thing at a time, the help panel included: while `busy()` names something outside the engine
// (the open panel), no blocking item (tour, modal announcement, survey) shows by itself; ambient tips and
// non-blocking kinds do. `held(item)` holds one item back for a reason its rule cannot know (a survey cap).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createTargetingEngine,
  type EngineItem,
  itemKey,
  type TargetingEngineOptions,
} from '../../../src/targeting';
import { fakeHistory, KINDS, makeContext, NOW } from './targeting-fixtures';

function setup(
  items: Record<string, Array<Omit<EngineItem, 'kind'>>>,
  options: Partial<TargetingEngineOptions>,
) {
  const history = fakeHistory();
  const shown: string[] = [];
  const logs: string[] = [];
  const engine = createTargetingEngine({
    kinds: KINDS,
    getContext: () => {
      const { heldSince: _, ...rest } = makeContext({ now: Date.now(), history });
      return rest;
    },
    show: (item) => {
      const key = itemKey(item);
      shown.push(key);
      history.shown.set(key, (history.shown.get(key) ?? 0) + 1);
    },
    hide: () => {},
    log: (line) => logs.push(line),
    ...options,
  });
  for (const [kind, list] of Object.entries(items)) engine.setItems(kind, list);
  return { engine, shown, logs };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('engine: busy (the open panel)', () => {
  it.each([
    ['announcement', 'announcement:news'],
    ['tour', 'tour:welcome'],
    ['survey', 'survey:nps'],
  ])(
    'holds a blocking %s back while busy, and shows it once busy ends and a pass runs',
    async (kind, key) => {
      let busy: string | undefined = 'the help panel is open';
      const id = key.split(':')[1]!;
      const t = setup({ [kind]: [{ id, trigger: {} }] }, { busy: () => busy });
      t.engine.evaluate('start');
      await flush();
      expect(t.shown).toEqual([]);
      expect(t.logs).toContain(`[targeting] ${key} (start): eligible, waiting: the help panel is open`);
      busy = undefined;
      t.engine.evaluate('close');
      await flush();
      expect(t.shown).toEqual([key]);
    },
  );

  it('lets tips, checklists and slide-in (non-blocking) announcements show while busy', async () => {
    const t = setup(
      {
        tip: [{ id: 'export', trigger: {} }],
        checklist: [{ id: 'setup', trigger: {} }],
        announcement: [{ id: 'slide', trigger: {}, blocking: false }],
      },
      { busy: () => 'the help panel is open' },
    );
    t.engine.evaluate('start');
    await flush();
    expect(t.shown.sort()).toEqual(['announcement:slide', 'checklist:setup', 'tip:export']);
  });

  it('never shows a survey over a running tour, nor a tour over a survey', async () => {
    const t = setup({ tour: [{ id: 'welcome', trigger: {} }], survey: [{ id: 'nps', trigger: {} }] }, {});
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual(['tour:welcome']);
    expect(t.logs).toContain('[targeting] survey:nps (start): eligible, waiting: tour:welcome is showing');
    t.engine.markClosed({ kind: 'tour', id: 'welcome' }, 'complete');
    await flush();
    expect(t.shown).toEqual(['tour:welcome', 'survey:nps']);
  });

  it('survives a busy() that throws: reported, nothing held back', async () => {
    const onError = vi.fn();
    const t = setup(
      { tour: [{ id: 'welcome', trigger: {} }] },
      {
        busy: () => {
          throw new Error('boom');
        },
        onError,
      },
    );
    t.engine.evaluate('start');
    await flush();
    expect(onError).toHaveBeenCalledOnce();
    expect(t.shown).toEqual(['tour:welcome']);
  });
});

describe('engine: held (a per-item reason)', () => {
  it('holds back exactly the items it names a reason for, with the reason in the log', async () => {
    const held = vi.fn((item: EngineItem) =>
      item.id === 'nps' ? { reason: 'a survey showed 5 min ago' } : undefined,
    );
    const t = setup({ survey: [{ id: 'nps', trigger: {} }], tip: [{ id: 'export', trigger: {} }] }, { held });
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual(['tip:export']);
    expect(t.logs).toContain('[targeting] survey:nps (start): eligible, waiting: a survey showed 5 min ago');
    // Asked only for items that are otherwise eligible.
    expect(held.mock.calls.map(([item]) => item.id).sort()).toEqual(['export', 'nps']);
  });

  it('asks again after retryInMs: the item shows when the cap ends, with no other pass', async () => {
    let until = Date.now() + 60_000;
    const held = (item: EngineItem) =>
      item.id === 'nps' && Date.now() < until
        ? { reason: 'capped', retryInMs: until - Date.now() }
        : undefined;
    const t = setup({ survey: [{ id: 'nps', trigger: {} }] }, { held });
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(t.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.shown).toEqual(['survey:nps']);
    until = 0;
  });

  it('is not asked about an item whose rule does not hold', async () => {
    const held = vi.fn(() => undefined);
    const t = setup({ survey: [{ id: 'nps', trigger: { url: '/settings' } }] }, { held });
    t.engine.evaluate('start');
    await flush();
    expect(held).not.toHaveBeenCalled();
    expect(t.shown).toEqual([]);
  });
});

describe('engine: alone (a card that shares its corner)', () => {
  it('a survey waits while a checklist reminder is on screen, and shows when it goes', async () => {
    const t = setup({ checklist: [{ id: 'setup', trigger: {} }], survey: [{ id: 'nps', trigger: {} }] }, {});
    t.engine.evaluate('start');
    await flush();
    expect(t.shown).toEqual(['checklist:setup']);
    expect(t.logs).toContain('[targeting] survey:nps (start): eligible, waiting: checklist:setup is showing');
    t.engine.markClosed({ kind: 'checklist', id: 'setup' }, 'hide');
    await flush();
    expect(t.shown).toEqual(['checklist:setup', 'survey:nps']);
  });

  it('does not wait for tips (they step aside for it), and a higher-priority survey goes first', async () => {
    const t = setup(
      {
        tip: [{ id: 'export', trigger: {} }],
        checklist: [{ id: 'setup', trigger: {} }],
        survey: [{ id: 'nps', trigger: {}, priority: 5 }],
      },
      {},
    );
    t.engine.evaluate('start');
    await flush();
    // The survey is blocking: nothing else shows by itself beside it.
    expect(t.shown).toEqual(['survey:nps']);
  });
});
