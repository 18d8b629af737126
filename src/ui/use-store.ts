import type { ReadableAtom } from 'nanostores';
import { useEffect, useReducer, useRef } from 'preact/hooks';

/** Subscribes a component to a nanostores store (a few lines instead of another dependency). */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const value = store.get();
  const rendered = useRef(value);
  rendered.current = value;
  useEffect(() => {
    // Effects run after paint: a change made in between (`init()` then `open()` in one task) would be missed.
    if (store.get() !== rendered.current) rerender(0);
    return store.listen(() => rerender(0));
  }, [store]);
  return value;
}
