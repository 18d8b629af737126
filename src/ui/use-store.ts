import type { ReadableAtom } from 'nanostores';
import { useEffect, useReducer } from 'preact/hooks';

/** Subscribes a component to a nanostores store (a few lines instead of another dependency). */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.listen(() => rerender(0)), [store]);
  return store.get();
}
