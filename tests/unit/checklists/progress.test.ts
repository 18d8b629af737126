// Progress lives in the core per-user state: kept across reloads, carried over by identify(), forgotten by reset().
import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, doneKey, momentsKey } from '../../../src/checklists/progress';
import { createStorage } from '../../../src/core/storage';
import { createUserState } from '../../../src/core/user-state';
import { MemoryStorage } from '../setup/dom';

function setup(backend = new MemoryStorage()) {
  const storage = createStorage({ report: vi.fn(), backend: () => backend });
  const user = createUserState(storage);
  return { backend, storage, user, progress: createProgressStore(user, () => 1000) };
}

describe('checklist progress', () => {
  it('writes through and reads back on the next page view', () => {
    const first = setup();
    expect(first.progress.markDone('setup', 'bank')).toBe(true);
    expect(first.progress.markDone('setup', 'bank')).toBe(false);
    first.progress.mark('setup', 'started');
    const next = setup(first.backend);
    expect([...next.progress.get('setup').done]).toEqual(['bank']);
    expect(next.progress.get('setup').started).toBe(1000);
  });

  it('keeps the done items as a list and the moments as numbers, under the user scope', () => {
    const { user, progress } = setup();
    progress.markDone('setup', 'bank');
    progress.mark('setup', 'dismissed', 42);
    expect(user.get(doneKey('setup'))).toEqual(['bank']);
    expect(user.get(momentsKey('setup'))).toEqual({ dismissed: 42 });
  });

  it('ignores stored values of another shape', () => {
    const { user, progress } = setup();
    user.set(doneKey('setup'), ['ok', 7, null]);
    user.set(momentsKey('setup'), { started: 'yesterday', completed: 9 });
    progress.reload();
    const got = progress.get('setup');
    expect([...got.done]).toEqual(['ok']);
    expect(got.started).toBeUndefined();
    expect(got.completed).toBe(9);
  });

  it("identify() joins the anonymous visitor's ticks with the user's own (no tick lost)", () => {
    const { storage, user, progress } = setup();
    // Maya ticked "invite" on this device in an earlier visit; today she starts anonymous.
    storage.set(`u:maya:${doneKey('setup')}`, ['invite']);
    progress.markDone('setup', 'bank');
    progress.mark('setup', 'started', 5);
    user.identify('maya');
    progress.reload();
    expect([...progress.get('setup').done].sort()).toEqual(['bank', 'invite']);
    expect(progress.get('setup').started).toBe(5);
  });

  it('reset() forgets it', () => {
    const { user, progress } = setup();
    progress.markDone('setup', 'bank');
    user.reset();
    progress.reload();
    expect(progress.get('setup').done.size).toBe(0);
  });
});
