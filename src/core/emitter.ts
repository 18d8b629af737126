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
  const taps = new Set<(...args: never[]) => void>();
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
      // Taps first; listeners are wrapped entries (see `on`), so none of them is in `taps`.
      const handlers = [...taps, ...(listeners.get(event) ?? [])] as Array<(...args: unknown[]) => void>;
      for (const handler of handlers) {
        try {
          if (taps.has(handler)) handler(event, payload);
          else handler(payload);
        } catch (error) {
          onListenerError(event, error);
        }
      }
    },
    tap(handler) {
      taps.add(handler);
      return () => {
        taps.delete(handler);
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
