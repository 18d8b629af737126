import type { Runtime } from '../core/context';

const ANONYMOUS_KEY = 'analytics:anonymous-id';
const SESSION_KEY = 'analytics:session-id';

/** A random UUID; outside secure contexts (plain http), one made from `getRandomValues` the same way. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Ids {
  readonly anonymous: string;
  readonly session: string;
  /** Keep them (localStorage and sessionStorage): only once consent allows. */
  persist(): void;
  /** Forget them in storage and start new ones in memory (`consent(false)`). */
  forget(): void;
}

/**
 * The anonymous id (this browser, until `reset()`) and the session id (this tab's visit). Read from storage
 * when an earlier visit kept them; written only by `persist()`, so before consent nothing of analytics is stored.
 */
export function createIds(rt: Runtime): Ids {
  let anonymous = rt.storage.get<string>(ANONYMOUS_KEY) ?? newId();
  let session = rt.session.get<string>(SESSION_KEY) ?? newId();
  let kept = false;
  let userId = rt.user.$user.get().id;
  const persist = () => {
    kept = true;
    rt.storage.set(ANONYMOUS_KEY, anonymous);
    rt.session.set(SESSION_KEY, session);
  };
  // `reset()` (log out): whoever comes next is a new anonymous visitor, not the one who left.
  rt.onDestroy(
    rt.user.$user.listen((user) => {
      if (userId !== undefined && user.id === undefined) {
        anonymous = newId();
        if (kept) persist();
      }
      userId = user.id;
    }),
  );
  return {
    get anonymous() {
      return anonymous;
    },
    get session() {
      return session;
    },
    persist,
    forget() {
      kept = false;
      rt.storage.remove(ANONYMOUS_KEY);
      rt.session.remove(SESSION_KEY);
      anonymous = newId();
      session = newId();
    },
  };
}
