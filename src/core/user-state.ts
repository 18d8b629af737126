import { atom, type ReadableAtom } from 'nanostores';
import type { UserTraits } from '../types';
import type { KeyValueStorage } from './storage';
import { isObject } from './validate';

/**
 * The anonymous visitor's scope. `%` followed by non-hex letters never comes out of
 * `encodeURIComponent`, so no user id (not even `"anon"`) can name this scope and wipe it on `identify`.
 */
export const ANON_SCOPE = 'u:%anon:';
const CURRENT_USER_KEY = 'user';

export interface UserState {
  readonly $user: ReadableAtom<{ id?: string; traits: UserTraits }>;
  /** Read a value scoped to the current user (or the anonymous visitor). */
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Switch to `userId`, carrying over what the anonymous visitor did. */
  identify(userId: string, traits?: UserTraits): void;
  /** Forget the current user's state and continue as a new anonymous visitor. */
  reset(): void;
}

/** How an anonymous visitor's value joins the identified user's value for the same key. */
function merge(userValue: unknown, anonValue: unknown): unknown {
  if (userValue === undefined) return anonValue;
  if (Array.isArray(userValue) && Array.isArray(anonValue)) return [...new Set([...userValue, ...anonValue])];
  if (isObject(userValue) && isObject(anonValue)) return { ...anonValue, ...userValue };
  return userValue;
}

/**
 * Per-user state on top of the storage wrapper: keys live under `u:<scope>:`. The last
 * identified user is remembered so a reload starts in the right scope before `identify` runs.
 */
export function createUserState(storage: KeyValueStorage): UserState {
  const rememberedId = storage.get<string>(CURRENT_USER_KEY);
  const $user = atom<{ id?: string; traits: UserTraits }>(
    rememberedId ? { id: rememberedId, traits: {} } : { traits: {} },
  );
  const scopeOf = (id: string | undefined) =>
    id === undefined ? ANON_SCOPE : `u:${encodeURIComponent(id)}:`;
  const scope = () => scopeOf($user.get().id);
  const scopeKeys = (prefix: string) => storage.keys(prefix).map((k) => k.slice(prefix.length));

  return {
    $user,
    get: (key) => storage.get(scope() + key),
    set: (key, value) => {
      storage.set(scope() + key, value);
    },
    remove: (key) => storage.remove(scope() + key),
    identify(userId, traits = {}) {
      const current = $user.get();
      if (current.id === userId) {
        $user.set({ id: userId, traits: { ...current.traits, ...traits } });
        return;
      }
      const anonPrefix = ANON_SCOPE;
      const userPrefix = scopeOf(userId);
      if (current.id === undefined) {
        for (const key of scopeKeys(anonPrefix)) {
          const merged = merge(storage.get(userPrefix + key), storage.get(anonPrefix + key));
          storage.set(userPrefix + key, merged);
          storage.remove(anonPrefix + key);
        }
      }
      storage.set(CURRENT_USER_KEY, userId);
      $user.set({ id: userId, traits });
    },
    reset() {
      const prefix = scope();
      for (const key of scopeKeys(prefix)) storage.remove(prefix + key);
      storage.remove(CURRENT_USER_KEY);
      $user.set({ traits: {} });
    },
  };
}
