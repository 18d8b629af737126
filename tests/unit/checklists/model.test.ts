// @vitest-environment node
// Where a checklist stands, from its content and the user's progress: pure.
import { describe, expect, it } from 'vitest';
import { checklistState } from '../../../src/checklists';
import type { ChecklistProgress } from '../../../src/checklists/progress';
import type { Checklist } from '../../../src/types';

const list = (extra: Partial<Checklist> = {}): Checklist => ({
  id: 'setup',
  title: 'Set up',
  items: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
    { id: 'c', title: 'C', optional: true },
    { id: 'd', title: 'D' },
  ],
  ...extra,
});
const progress = (done: string[], moments: Partial<ChecklistProgress> = {}): ChecklistProgress => ({
  done: new Set(done),
  ...moments,
});

describe('checklistState', () => {
  it('counts the required items only; optional ones show but are not left', () => {
    const state = checklistState(list(), progress(['a', 'c']));
    expect({ total: state.total, done: state.done, left: state.left, complete: state.complete }).toEqual({
      total: 3,
      done: 1,
      left: 2,
      complete: false,
    });
    expect(checklistState(list(), progress(['a', 'b', 'd'])).complete).toBe(true);
  });

  it('needs every item when all of them are optional', () => {
    const all = list({
      items: [
        { id: 'x', title: 'X', optional: true },
        { id: 'y', title: 'Y', optional: true },
      ],
    });
    expect(checklistState(all, progress(['x'])).left).toBe(1);
    expect(checklistState(all, progress(['x', 'y'])).complete).toBe(true);
  });

  it('marks the first item not done as next; in any order, nothing is locked', () => {
    const state = checklistState(list(), progress(['a']));
    expect(state.items.map((i) => [i.item.id, i.done, i.locked, i.next])).toEqual([
      ['a', true, false, false],
      ['b', false, false, true],
      ['c', false, false, false],
      ['d', false, false, false],
    ]);
  });

  it('sequential: locks what comes after a required item not done; optional items lock nothing', () => {
    const state = checklistState(list({ sequential: true }), progress(['a']));
    expect(state.items.map((i) => [i.item.id, i.locked, i.next])).toEqual([
      ['a', false, false],
      ['b', false, true],
      ['c', true, false],
      ['d', true, false],
    ]);
    const later = checklistState(list({ sequential: true }), progress(['a', 'b']));
    expect(later.items.map((i) => [i.item.id, i.locked, i.next])).toEqual([
      ['a', false, false],
      ['b', false, false],
      ['c', false, true],
      ['d', false, false],
    ]);
  });

  it('sequential: an item done early stays done (and unlocked)', () => {
    const state = checklistState(list({ sequential: true }), progress(['d']));
    expect(state.items.find((i) => i.item.id === 'd')).toMatchObject({ done: true, locked: false });
  });

  it.each<[string, Partial<Checklist>, ChecklistProgress, string]>([
    ['a trigger that never held', { trigger: { url: '/' } }, progress([]), 'idle'],
    ['no trigger: offered to everyone', {}, progress([]), 'active'],
    ['offered by its trigger', { trigger: { url: '/' } }, progress([], { started: 1 }), 'active'],
    ['done, before the celebration', {}, progress(['a', 'b', 'd'], { completed: 5 }), 'celebrating'],
    ['done and celebrated', {}, progress(['a', 'b', 'd'], { completed: 5, celebrated: 6 }), 'done'],
    ['dismissed', {}, progress(['a'], { dismissed: 3 }), 'dismissed'],
    ['shown again after a dismissal', {}, progress(['a'], { dismissed: 3, restored: 4 }), 'active'],
    ['dismissed again after being shown again', {}, progress([], { dismissed: 5, restored: 4 }), 'dismissed'],
    [
      'shown again after the celebration',
      {},
      progress(['a', 'b', 'd'], { celebrated: 6, restored: 7 }),
      'active',
    ],
    [
      'celebrated, then given a new item',
      { items: [...list().items, { id: 'e', title: 'E' }] },
      progress(['a', 'b', 'd'], { celebrated: 6 }),
      'active',
    ],
    ['done by a user it was never offered to', { trigger: { url: '/' } }, progress(['a', 'b', 'd']), 'idle'],
  ])('status: %s', (_name, extra, given, status) => {
    expect(checklistState(list(extra), given).status).toBe(status);
  });
});
