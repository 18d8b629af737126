// Progress lives in the user's guide history, as marks: kept across reloads, carried over by identify(),
// forgotten by reset(), and part of the state the progress adapter saves and merges.
import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, itemKey, momentKey } from '../../../src/checklists/progress';
import { mergeProgress } from '../../../src/core/progress';
import { createStorage } from '../../../src/core/storage';
import { createUserState } from '../../../src/core/user-state';
import { COMPLETED_KEY, createGuideHistory, historyMarks } from '../../../src/guides/history';
import { MemoryStorage } from '../setup/dom';

function setup(backend = new MemoryStorage(), now = () => 1000) {
  const storage = createStorage({ report: vi.fn(), backend: () => backend });
  const user = createUserState(storage);
  const history = createGuideHistory(
    user,
    createStorage({ report: vi.fn(), backend: () => new MemoryStorage() }),
    {
      now,
    },
  );
  return { backend, storage, user, history, progress: createProgressStore(historyMarks(history)) };
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

  it('keeps ticks and moments as timed completions, under the user scope', () => {
    const { user, progress, history } = setup();
    progress.markDone('setup', 'bank');
    progress.mark('setup', 'dismissed', 42);
    expect(user.get(COMPLETED_KEY)).toEqual([itemKey('setup', 'bank'), momentKey('setup', 'dismissed')]);
    expect(history.snapshot().completed).toEqual({
      'checklist:setup/bank': 1000,
      'checklist:setup#dismissed': 42,
    });
  });

  it("keeps one checklist's ticks apart from another's whose id starts the same", () => {
    const { progress } = setup();
    progress.markDone('setup', 'bank');
    progress.markDone('setup-2', 'team');
    expect([...progress.get('setup').done]).toEqual(['bank']);
    expect([...progress.get('setup-2').done]).toEqual(['team']);
  });

  it("identify() joins the anonymous visitor's ticks with the user's own (no tick lost)", () => {
    const { storage, user, history, progress } = setup();
    // Maya ticked "invite" on this device in an earlier visit; today she starts anonymous.
    storage.set(`u:maya:${COMPLETED_KEY}`, [itemKey('setup', 'invite')]);
    progress.markDone('setup', 'bank');
    progress.mark('setup', 'started', 5);
    user.identify('maya');
    history.reload();
    expect([...progress.get('setup').done].sort()).toEqual(['bank', 'invite']);
    expect(progress.get('setup').started).toBe(5);
  });

  it('reset() forgets it', () => {
    const { user, history, progress } = setup();
    progress.markDone('setup', 'bank');
    user.reset();
    history.reload();
    expect(progress.get('setup').done.size).toBe(0);
  });

  it("merging two devices' copies keeps every tick and the later moments (RELIABILITY 35)", () => {
    const phone = setup(new MemoryStorage(), () => 100);
    phone.progress.markDone('setup', 'bank');
    phone.progress.mark('setup', 'dismissed');
    const laptop = setup(new MemoryStorage(), () => 200);
    laptop.progress.markDone('setup', 'invite');
    laptop.progress.mark('setup', 'restored');
    const merged = mergeProgress(phone.history.snapshot(), laptop.history.snapshot());
    expect(merged).toEqual(mergeProgress(laptop.history.snapshot(), phone.history.snapshot()));
    phone.history.restore(merged);
    const got = phone.progress.get('setup');
    expect([...got.done].sort()).toEqual(['bank', 'invite']);
    // Asked back on the laptop after the phone's dismissal: the status rule shows it again.
    expect(got).toMatchObject({ dismissed: 100, restored: 200 });
  });
});
