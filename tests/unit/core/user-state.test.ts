// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createStorage, STORAGE_PREFIX } from '../../../src/core/storage';
import { ANON_SCOPE, createUserState } from '../../../src/core/user-state';
import { MemoryStorage } from '../setup/dom';

function setup(mem = new MemoryStorage()) {
  const storage = createStorage({ report: vi.fn(), backend: () => mem });
  return { mem, storage, user: createUserState(storage) };
}

describe('createUserState', () => {
  it('starts anonymous and scopes values under the anonymous scope', () => {
    const { mem, user } = setup();
    expect(user.$user.get()).toEqual({ traits: {} });
    user.set('tour:intro', 'done');
    expect(user.get('tour:intro')).toBe('done');
    expect([...mem.data.keys()]).toEqual([`${STORAGE_PREFIX}${ANON_SCOPE}tour:intro`]);
  });

  it.each([
    ['arrays are unioned, user first', ['b', 'c'], ['a', 'b'], ['b', 'c', 'a']],
    ['objects are merged, the user wins on conflicts', { y: 9, z: 3 }, { x: 1, y: 2 }, { x: 1, y: 9, z: 3 }],
    ['the user scalar wins', 7, 3, 7],
    ['the user value wins over a different shape', 'text', ['a'], 'text'],
    ['an anonymous-only value is carried as is', undefined, { step: 2 }, { step: 2 }],
  ])('identify carries anonymous values over: %s', (_, userValue, anonValue, expected) => {
    const { storage, user } = setup();
    if (userValue !== undefined) storage.set('u:alice:key', userValue);
    user.set('key', anonValue);
    user.identify('alice');
    expect(user.get('key')).toEqual(expected);
    expect(storage.get('u:alice:key')).toEqual(expected);
  });

  it('remove forgets a key in the current scope only', () => {
    const { storage, user } = setup();
    user.identify('alice');
    user.set('draft', 'a');
    storage.set('u:bob:draft', 'b');
    user.remove('draft');
    expect(user.get('draft')).toBeUndefined();
    expect(storage.get('u:bob:draft')).toBe('b');
  });

  it('removes the anonymous keys after carrying them over, and leaves other users alone', () => {
    const { storage, user } = setup();
    storage.set('u:bob:dismissed', ['x']);
    user.set('dismissed', ['a']);
    user.set('seen', 1);
    user.identify('alice', { plan: 'pro' });
    expect(storage.keys(ANON_SCOPE)).toEqual([]);
    expect(storage.keys('u:alice:').sort()).toEqual(['u:alice:dismissed', 'u:alice:seen']);
    expect(storage.get('u:bob:dismissed')).toEqual(['x']);
    expect(user.$user.get()).toEqual({ id: 'alice', traits: { plan: 'pro' } });
  });

  it('remembers the identified user for a fresh state on the same storage (a reload)', () => {
    const { mem, user } = setup();
    user.set('progress', [1]);
    user.identify('alice');
    const reloaded = setup(mem).user;
    expect(reloaded.$user.get().id).toBe('alice');
    expect(reloaded.get('progress')).toEqual([1]);
  });

  it('merges traits when the same user is identified again, without touching stored values', () => {
    const { user } = setup();
    user.identify('alice', { plan: 'free', role: 'admin' });
    user.set('x', 1);
    user.identify('alice', { plan: 'pro' });
    expect(user.$user.get()).toEqual({ id: 'alice', traits: { plan: 'pro', role: 'admin' } });
    expect(user.get('x')).toBe(1);
  });

  it('does not hand one identified user the state of another', () => {
    const { storage, user } = setup();
    user.identify('alice');
    user.set('secret', 'alice-only');
    user.identify('bob');
    expect(user.get('secret')).toBeUndefined();
    expect(storage.get('u:alice:secret')).toBe('alice-only');
  });

  it('reset forgets the user, their keys, and continues as a new anonymous visitor', () => {
    const { mem, storage, user } = setup();
    user.identify('alice');
    user.set('progress', [1, 2]);
    user.set('draft', 'hi');
    user.reset();
    expect(user.$user.get()).toEqual({ traits: {} });
    expect(storage.keys('u:alice:')).toEqual([]);
    expect(storage.get('user')).toBeUndefined();
    expect(user.get('progress')).toBeUndefined();
    user.set('progress', ['anon']);
    expect(storage.get(`${ANON_SCOPE}progress`)).toEqual(['anon']);
    expect(setup(mem).user.$user.get().id).toBeUndefined();
  });

  it('keeps ids with separators from reaching into another scope', () => {
    const { storage, user } = setup();
    user.identify('a:b');
    user.set('k', 1);
    expect(storage.keys('u:')).toEqual(['u:a%3Ab:k']);
  });

  it.each(['anon', '%anon', ''])('keeps the anonymous progress when the user id is %j', (id) => {
    const { storage, user } = setup();
    user.set('progress', ['step-1']);
    user.identify(id);
    expect(user.get('progress')).toEqual(['step-1']);
    expect(storage.keys().filter((k) => k !== 'user')).toHaveLength(1);
  });

  it('notifies $user subscribers on identify and reset', () => {
    const { user } = setup();
    const ids: Array<string | undefined> = [];
    const off = user.$user.listen((value) => ids.push(value.id));
    user.identify('alice');
    user.reset();
    off();
    expect(ids).toEqual(['alice', undefined]);
  });
});
