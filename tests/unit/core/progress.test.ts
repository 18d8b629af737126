// The progress adapter (RELIABILITY.md line 35): merging the local and the remote copy is deterministic
// (the later completion wins, a dismissal is never undone), and a failing load or save never loses local
// progress. The merge is a pure function; the sync runs against fake adapters and fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createProgressSync,
  emptyProgress,
  mergeProgress,
  readProgress,
  sameProgress,
} from '../../../src/core/progress';
import { createStorage } from '../../../src/core/storage';
import { createUserState } from '../../../src/core/user-state';
import { createGuideHistory } from '../../../src/guides/history';
import type { ProgressAdapter, ProgressState } from '../../../src/types';

const state = (fields: Partial<ProgressState>): ProgressState => ({ ...emptyProgress(), ...fields });

describe('mergeProgress', () => {
  it.each<[string, Partial<ProgressState>, Partial<ProgressState>, Partial<ProgressState>]>([
    ['nothing and nothing', {}, {}, {}],
    [
      'completions: the union, and the later time wins',
      { completed: { 'tour:a': 100, 'tip:x': 5 } },
      { completed: { 'tour:a': 300, 'tour:b': 50 } },
      { completed: { 'tip:x': 5, 'tour:a': 300, 'tour:b': 50 } },
    ],
    [
      'dismissals: the union, never undone (the first time is kept)',
      { dismissed: { 'tip:x': 200 } },
      { dismissed: { 'tip:x': 100, 'announcement:n': 7 } },
      { dismissed: { 'announcement:n': 7, 'tip:x': 100 } },
    ],
    [
      'shown counts: the larger',
      { shown: { 'tip:x': 3 } },
      { shown: { 'tip:x': 1, 'tour:a': 2 } },
      { shown: { 'tip:x': 3, 'tour:a': 2 } },
    ],
    [
      'positions: the later save wins',
      { positions: { 'tour:a': { step: 3, at: 100 } } },
      { positions: { 'tour:a': { step: 1, at: 200 } } },
      { positions: { 'tour:a': { step: 1, at: 200 } } },
    ],
    [
      'positions: the further step on a tie',
      { positions: { 'tour:a': { step: 1, at: 100 } } },
      { positions: { 'tour:a': { step: 2, at: 100 } } },
      { positions: { 'tour:a': { step: 2, at: 100 } } },
    ],
    [
      'a position goes when the tour was completed later (on another device)',
      { positions: { 'tour:a': { step: 2, at: 100 } } },
      { completed: { 'tour:a': 150 } },
      { completed: { 'tour:a': 150 } },
    ],
    [
      'a position goes when the tour was dismissed later',
      { positions: { 'tour:a': { step: 2, at: 100 } } },
      { dismissed: { 'tour:a': 100 } },
      { dismissed: { 'tour:a': 100 } },
    ],
    [
      'a position saved after a completion stays (the tour was started again from code)',
      { positions: { 'tour:a': { step: 0, at: 500 } } },
      { completed: { 'tour:a': 150 } },
      { completed: { 'tour:a': 150 }, positions: { 'tour:a': { step: 0, at: 500 } } },
    ],
  ])('%s', (_, a, b, merged) => {
    expect(mergeProgress(state(a), state(b))).toEqual(state(merged));
  });

  const samples: ProgressState[] = [
    state({}),
    state({ completed: { 'tour:a': 1, 'tour:b': 9 }, shown: { 'tour:a': 2 } }),
    state({ dismissed: { 'tour:a': 4 }, positions: { 'tour:b': { step: 1, at: 10 } } }),
    state({
      completed: { 'tour:a': 7 },
      positions: { 'tour:a': { step: 2, at: 5 }, 'tour:c': { step: 0, at: 3 } },
    }),
    state({ dismissed: { 'tip:x': 2 }, positions: { 'tour:c': { step: 4, at: 3 } }, shown: { 'tip:x': 5 } }),
  ];
  const json = (s: ProgressState) => JSON.stringify(s);

  it('is commutative, associative and idempotent: every device that merges agrees, byte for byte', () => {
    for (const a of samples)
      for (const b of samples) {
        expect(json(mergeProgress(a, b))).toBe(json(mergeProgress(b, a)));
        expect(json(mergeProgress(mergeProgress(a, b), b))).toBe(json(mergeProgress(a, b)));
        for (const c of samples)
          expect(json(mergeProgress(mergeProgress(a, b), c))).toBe(
            json(mergeProgress(a, mergeProgress(b, c))),
          );
      }
  });

  it('never undoes a dismissal or loses a completion, whatever the other copy says', () => {
    for (const a of samples)
      for (const b of samples) {
        const merged = mergeProgress(a, b);
        for (const key of [...Object.keys(a.dismissed), ...Object.keys(b.dismissed)])
          expect(merged.dismissed[key]).toBeDefined();
        for (const key of [...Object.keys(a.completed), ...Object.keys(b.completed)])
          expect(merged.completed[key]).toBe(Math.max(a.completed[key] ?? 0, b.completed[key] ?? 0));
      }
  });
});

describe('readProgress', () => {
  it.each([null, undefined, 7, 'x', []])('reads %s as empty progress', (raw) => {
    expect(readProgress(raw)).toEqual(emptyProgress());
  });

  it('keeps what it can read and leaves out the rest', () => {
    expect(
      readProgress({
        version: 2,
        completed: { 'tour:a': 5, 'tour:b': 'yesterday' },
        dismissed: [],
        shown: { 'tip:x': Number.NaN },
        positions: { 'tour:a': { step: 1.7, at: 3 }, 'tour:b': { step: -1, at: 3 }, 'tour:c': 'x' },
      }),
    ).toEqual(state({ completed: { 'tour:a': 5 }, positions: { 'tour:a': { step: 1, at: 3 } } }));
  });
});

describe('the sync with config.progress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  function world(adapter: ProgressAdapter, userId: string | null = 'u1') {
    const report = vi.fn();
    const storage = createStorage({ report });
    const session = createStorage({ report, area: 'session' });
    const user = createUserState(storage);
    if (userId) user.identify(userId);
    let sync: ReturnType<typeof createProgressSync> | undefined;
    let now = 1000;
    const history = createGuideHistory(user, session, { onChange: () => sync?.changed(), now: () => now++ });
    const merged = vi.fn();
    sync = createProgressSync({
      adapter,
      userId: () => user.$user.get().id,
      local: history,
      report,
      onMerged: merged,
    });
    return { sync, history, report, merged, user, reload: () => createGuideHistory(user, session) };
  }

  it('merges the remote copy into the local one at start, and saves the merge back', async () => {
    const remote = state({ completed: { 'tour:b': 50 }, dismissed: { 'tip:x': 10 } });
    const save = vi.fn();
    const w = world({ load: async () => remote, save });
    w.history.complete('tour:a');
    await w.sync.pull();
    expect(w.history.dismissed('tip:x')).toBe(true);
    expect([...w.history.completed].sort()).toEqual(['tour:a', 'tour:b']);
    expect(w.merged).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0]![0]).toBe('u1');
    expect(Object.keys(save.mock.calls[0]![1].completed).sort()).toEqual(['tour:a', 'tour:b']);
    // What was merged is also what this browser keeps: a reload reads it back.
    expect(w.reload().dismissed('tip:x')).toBe(true);
  });

  it.each<[string, () => Promise<ProgressState>]>([
    ['rejects', () => Promise.reject(new Error('503'))],
    [
      'throws',
      () => {
        throw new Error('not a function');
      },
    ],
    ['never answers', () => new Promise(() => {})],
  ])('a load that %s keeps every local change and saves nothing over the server', async (_, load) => {
    const save = vi.fn();
    const w = world({ load, save });
    w.history.dismiss('tip:x');
    w.history.setPosition('tour:a', 2);
    const pulled = w.sync.pull();
    await vi.advanceTimersByTimeAsync(11_000);
    await pulled;
    expect(w.history.dismissed('tip:x')).toBe(true);
    expect(w.history.position('tour:a')?.step).toBe(2);
    expect(w.reload().position('tour:a')?.step).toBe(2);
    // Saving local progress before the remote copy was merged in could overwrite more than it knows.
    expect(save).not.toHaveBeenCalled();
    expect(w.report).toHaveBeenCalledWith(
      'progress_failed',
      expect.stringContaining('config.progress.load() failed'),
    );
  });

  it('a failing save keeps local progress, says so once, and saves again with the next change', async () => {
    let fail = true;
    const saved: ProgressState[] = [];
    const w = world({
      load: async () => null,
      save: async (_, s) => {
        if (fail) throw new Error('offline');
        saved.push(s);
      },
    });
    await w.sync.pull();
    w.history.complete('tour:a');
    await vi.advanceTimersByTimeAsync(400);
    w.history.complete('tour:b');
    await vi.advanceTimersByTimeAsync(400);
    expect(w.report.mock.calls.filter(([code]) => code === 'progress_failed')).toHaveLength(1);
    expect(w.reload().completed.has('tour:a')).toBe(true);
    fail = false;
    w.history.dismiss('tip:x');
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toHaveLength(1);
    expect(Object.keys(saved[0]!.completed).sort()).toEqual(['tour:a', 'tour:b']);
    expect(Object.keys(saved[0]!.dismissed)).toEqual(['tip:x']);
  });

  it('a change made while the load failed is saved once a later load succeeds', async () => {
    let up = false;
    const save = vi.fn();
    const w = world({
      load: async () => {
        if (!up) throw new Error('down');
        return state({ completed: { 'tour:remote': 1 } });
      },
      save,
    });
    await w.sync.pull();
    w.history.complete('tour:a');
    await vi.advanceTimersByTimeAsync(400);
    expect(save).not.toHaveBeenCalled();
    up = true;
    w.history.complete('tour:b');
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledOnce();
    expect(Object.keys(save.mock.calls[0]![1].completed).sort()).toEqual(['tour:a', 'tour:b', 'tour:remote']);
  });

  it('an anonymous visitor keeps progress in this browser only', async () => {
    const load = vi.fn();
    const save = vi.fn();
    const w = world({ load, save }, null);
    await w.sync.pull();
    w.history.complete('tour:a');
    await vi.advanceTimersByTimeAsync(400);
    expect(load).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });

  it('a remote copy that arrives after the user changed is not merged into the next user', async () => {
    let answer: (s: ProgressState) => void = () => {};
    const w = world({ load: () => new Promise((resolve) => (answer = resolve)), save: vi.fn() });
    const pulled = w.sync.pull();
    w.user.identify('u2');
    w.history.reload();
    answer(state({ dismissed: { 'tip:x': 1 } }));
    await pulled;
    expect(w.history.dismissed('tip:x')).toBe(false);
  });

  it('sameProgress ignores key order', () => {
    expect(sameProgress(state({ completed: { a: 1, b: 2 } }), state({ completed: { b: 2, a: 1 } }))).toBe(
      true,
    );
    expect(sameProgress(state({ completed: { a: 1 } }), state({ completed: { a: 2 } }))).toBe(false);
  });
});
