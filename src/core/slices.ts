/**
 * Long work in slices that leave the main thread to the host page: a 20 MB help feed is read, parsed, validated
 * and indexed without a long task.
 */

/** How long one slice may run before it yields. */
export const SLICE_MS = 8;

/** Yields to the event loop: `scheduler.yield()` where there is one (the work keeps its place in line), else a task. */
export const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Runs work written as a generator, one `yield` per step, in slices of {@link SLICE_MS} that yield to the event loop;
 * long work (it yielded at least once) also yields at its end, so what follows starts a slice of its own. Short
 * work never waits for a timer. Rejects with the signal's reason once it aborts (checked before every step).
 * @example
 * const index = await sliced(build(articles), controller.signal);
 */
export async function sliced<T>(steps: Iterator<unknown, T>, signal?: AbortSignal): Promise<T> {
  let start = performance.now();
  let paused = false;
  for (let step: IteratorResult<unknown, T> | undefined; ; ) {
    signal?.throwIfAborted();
    if (step?.done) return step.value;
    step = steps.next();
    if (step.done ? paused : performance.now() - start > SLICE_MS) {
      await pause();
      paused = true;
      start = performance.now();
    }
  }
}

/** The same work at once, for callers that need the answer now. */
export function unsliced<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
