// @vitest-environment node
// The targeting engine's rule for tips its rules took down (RELIABILITY: "hide when the element
// leaves the page, come back when it returns"), checked on the pure engine.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTargetingEngine, itemKey } from '../../../src/targeting';
import type { TargetingRule } from '../../../src/types';
import { fakeHistory, KINDS, makeContext, NOW } from '../targeting/targeting-fixtures';

function setup(trigger: TargetingRule) {
  const page = { path: '/a', visible: ['#x'] };
  const history = fakeHistory();
  const shown: string[] = [];
  const hidden: string[] = [];
  const engine = createTargetingEngine({
    kinds: KINDS,
    getContext: () => {
      const { heldSince: _, ...ctx } = makeContext({ ...page, now: Date.now(), history });
      return ctx;
    },
    show: (item) => {
      const key = itemKey(item);
      shown.push(key);
      history.shown.set(key, (history.shown.get(key) ?? 0) + 1);
      history.session.add(key);
    },
    hide: (item) => hidden.push(itemKey(item)),
  });
  engine.setItems('tip', [{ id: 't', trigger }]);
  return { engine, page, history, shown, hidden };
}
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('engine: tips interrupted by their rule', () => {
  it.each(['once', 'session'] as const)(
    'a %s tip whose element left comes back when it returns',
    async (frequency) => {
      const t = setup({ element: '#x', frequency });
      t.engine.evaluate('start');
      await flush();
      t.page.visible = [];
      t.engine.evaluate('element');
      await flush();
      expect(t.hidden).toEqual(['tip:t']);
      t.page.visible = ['#x'];
      t.engine.evaluate('element');
      await flush();
      expect(t.shown).toEqual(['tip:t', 'tip:t']);
    },
  );

  it('does not come back on a later page: `once` holds again after a route change', async () => {
    const t = setup({ url: '/a', element: '#x' });
    t.engine.evaluate('start');
    await flush();
    t.page.path = '/b';
    t.engine.evaluate('route');
    await flush();
    t.page.path = '/a';
    t.engine.evaluate('route');
    await flush();
    expect(t.shown).toEqual(['tip:t']);
  });

  it('never brings back a tip the user dismissed meanwhile', async () => {
    const t = setup({ element: '#x', frequency: 'always' });
    t.engine.evaluate('start');
    await flush();
    t.page.visible = [];
    t.engine.evaluate('element');
    await flush();
    t.history.dismissed.add('tip:t');
    t.page.visible = ['#x'];
    t.engine.evaluate('element');
    await flush();
    expect(t.shown).toEqual(['tip:t']);
  });

  it('builds no log line while logging is switched off', async () => {
    const log = vi.fn();
    let on = false;
    const engine = createTargetingEngine({
      kinds: KINDS,
      getContext: () => {
        const { heldSince: _, ...ctx } = makeContext({});
        return ctx;
      },
      show: () => {},
      log,
      logEnabled: () => on,
    });
    engine.setItems('tip', [{ id: 't', trigger: { url: '/nowhere' } }]);
    engine.evaluate('start');
    await flush();
    expect(log).not.toHaveBeenCalled();
    on = true;
    engine.evaluate('route');
    await flush();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('tip:t (route): not shown'));
  });
});
