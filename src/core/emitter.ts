/**
 * A typed event emitter. Many listeners per event; a listener that throws is reported and
 * does not stop the others.
 */
export interface Emitter<Events extends object> {
  on<K extends keyof Events>(event: K, handler: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
  /**
   * Sees every event, before its listeners (so a listener's own events come after it): the one all-events
   * tap, for analytics. Returns the removal.
   */
  tap(handler: <K extends keyof Events>(event: K, payload: Events[K]) => void): () => void;
  /** Drop every listener. */
  clear(): void;
  /** Listener count, for leak tests. */
  size(): number;
}

export function createEmitter<Events extends object>(
  onListenerError: (event: keyof Events, error: unknown) => void,
): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  const taps = new Set<(event: keyof Events, payload: unknown) => void>();
  const call = (event: keyof Events, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      onListenerError(event, error);
    }
  };
  return {
    on(event, handler) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      // Wrap so the same function added twice gets two subscriptions, each with its own unsubscribe.
      const entry = (payload: never) => handler(payload);
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit(event, payload) {
      for (const tap of [...taps]) call(event, () => tap(event, payload));
      for (const handler of [...(listeners.get(event) ?? [])])
        call(event, () => (handler as (p: typeof payload) => void)(payload));
    },
    tap(handler) {
      // A fresh entry, so the same function tapped twice is removed once per removal.
      const entry = (event: keyof Events, payload: unknown) => handler(event, payload as never);
      taps.add(entry);
      return () => {
        taps.delete(entry);
      };
    },
    clear() {
      listeners.clear();
      taps.clear();
    },
    size() {
      let n = taps.size;
      for (const set of listeners.values()) n += set.size;
      return n;
    },
  };
}
