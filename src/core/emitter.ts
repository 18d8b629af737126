/**
 * A typed event emitter. Many listeners per event; a listener that throws is reported and
 * does not stop the others.
 */
export interface Emitter<Events extends object> {
  on<K extends keyof Events>(event: K, handler: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
  /** Drop every listener. */
  clear(): void;
  /** Listener count, for leak tests. */
  size(): number;
}

export function createEmitter<Events extends object>(
  onListenerError: (event: keyof Events, error: unknown) => void,
): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
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
      const set = listeners.get(event);
      if (!set) return;
      for (const handler of [...set]) {
        try {
          (handler as (p: typeof payload) => void)(payload);
        } catch (error) {
          onListenerError(event, error);
        }
      }
    },
    clear() {
      listeners.clear();
    },
    size() {
      let n = 0;
      for (const set of listeners.values()) n += set.size;
      return n;
    },
  };
}
