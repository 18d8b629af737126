import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStorage } from '../../../src/core/storage';
import { createUserState } from '../../../src/core/user-state';
import { createGuideHistory } from '../../../src/guides/history';

const report = () => {};
function setup() {
  const storage = createStorage({ report });
  const session = createStorage({ report, area: 'session' });
  const user = createUserState(storage);
  return { storage, session, user, history: createGuideHistory(user, session) };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('guide history', () => {
  it('counts shows, per user and per session, and survives a reload', () => {
    const first = setup();
    first.history.recordShown('tip:a');
    first.history.recordShown('tip:a');
    expect(first.history.shownCount('tip:a')).toBe(2);
    expect(first.history.shownThisSession('tip:a')).toBe(true);
    const reloaded = setup();
    expect(reloaded.history.shownCount('tip:a')).toBe(2);
    expect(reloaded.history.shownThisSession('tip:a')).toBe(true);
    sessionStorage.clear(); // a new tab
    const newTab = setup();
    expect(newTab.history.shownCount('tip:a')).toBe(2);
    expect(newTab.history.shownThisSession('tip:a')).toBe(false);
  });

  it('remembers dismissals and completions across a reload', () => {
    const first = setup();
    first.history.dismiss('tip:a');
    first.history.complete('tour:welcome');
    const reloaded = setup();
    expect(reloaded.history.dismissed('tip:a')).toBe(true);
    expect(reloaded.history.dismissed('tip:b')).toBe(false);
    expect([...reloaded.history.completed]).toEqual(['tour:welcome']);
  });

  it('carries the anonymous visitor’s dismissals over on identify, and forgets them on reset', () => {
    const { user, history } = setup();
    history.dismiss('tip:a');
    history.recordShown('tip:b');
    user.identify('u1');
    history.reload();
    expect(history.dismissed('tip:a')).toBe(true);
    expect(history.shownCount('tip:b')).toBe(1);
    user.reset();
    history.reload();
    expect(history.dismissed('tip:a')).toBe(false);
    expect(history.shownCount('tip:b')).toBe(0);
  });

  it('keeps each user’s history apart', () => {
    const { user, history } = setup();
    user.identify('u1');
    history.reload();
    history.dismiss('tip:a');
    user.identify('u2');
    history.reload();
    expect(history.dismissed('tip:a')).toBe(false);
  });

  it('bounds what it stores', () => {
    const { history } = setup();
    for (let i = 0; i < 600; i++) history.dismiss(`tip:${i}`);
    const reloaded = setup();
    expect(reloaded.history.dismissed('tip:599')).toBe(true);
    expect(reloaded.history.dismissed('tip:0')).toBe(false);
  });

  it('ignores stored values of the wrong shape', () => {
    const { storage } = setup();
    storage.set('u:%anon:guides.dismissed', 'tip:a');
    storage.set('u:%anon:guides.shown', { 'tip:a': 'many' });
    const { history } = setup();
    expect(history.dismissed('tip:a')).toBe(false);
    expect(history.shownCount('tip:a')).toBe(0);
  });
});
