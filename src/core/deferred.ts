import type { Runtime } from './context';
import { errorMessage, guard } from './errors';

/**
 * A capability whose code comes in a lazy chunk, as the main bundle carries it. The one convention
 * for "not here yet": calls made before the chunk arrives wait for it and then run in the order
 * they were made, each guarded (a call that throws is reported and the next still runs); a chunk
 * that cannot be loaded is reported once, not once per waiting call.
 */
export interface Deferred<T> {
  /**
   * Runs `fn` with the set-up chunk: at once when it is there, else once it arrives (this starts
   * loading it). `name` says which call it was when it throws. After a failed load the call is
   * skipped: the failure was reported already.
   */
  call(name: string, fn: (value: T) => void): void;
  /** Starts loading now (the page went idle, the panel opened). After a failed load, tries again. */
  load(): void;
  /** The set-up chunk once it has arrived, for reads that cannot wait (they get a default meanwhile). */
  current(): T | undefined;
}

export interface DeferredOptions<C, T> {
  /** What the chunk brings, for messages: "the knowledge base". */
  what: string;
  /** Fetches the chunk, usually `() => rt.loadChunk(name)`. */
  load: () => Promise<C>;
  /** Sets the arrived chunk up on the runtime; not called when the instance was destroyed meanwhile. */
  setup: (chunk: C) => T;
  /** The chunk could not be loaded or set up; it was reported already. */
  onError?: (error: unknown) => void;
}

/**
 * @example
 * const kb = deferred(rt, {
 *   what: 'the knowledge base',
 *   load: () => rt.loadChunk('kb'),
 *   setup: ({ setupKnowledgeBase }) => setupKnowledgeBase(rt),
 * });
 * kb.call('retry', (real) => real.retry());
 */
export function deferred<C, T>(
  rt: Pick<Runtime, 'report' | 'log' | 'onDestroy'>,
  options: DeferredOptions<C, T>,
): Deferred<T> {
  let state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** Boxed, so a chunk whose set-up value is `undefined` still counts as arrived. */
  let arrivedValue: { value: T } | undefined;
  let live = true;
  const queue: Array<{ name: string; fn: (value: T) => void }> = [];
  rt.onDestroy(() => {
    live = false;
    queue.length = 0;
  });

  const run = (name: string, fn: (value: T) => void, chunk: T) => guard(rt.report, `${name}()`, fn)(chunk);

  const fail = (error: unknown, code: 'chunk_load_failed' | 'internal', message: string) => {
    state = 'failed';
    // A load failure is the network's, not a bug: its message says enough without a stack.
    rt.report(code, `${message}: ${errorMessage(error)}`, code === 'internal' ? error : undefined);
    for (const { name } of queue.splice(0)) rt.log(`${name}() skipped: ${options.what} could not be loaded`);
    if (options.onError) guard(rt.report, `${options.what}: the failure handler`, options.onError)(error);
  };

  const arrived = (chunk: C) => {
    if (!live) return;
    let ready: T;
    try {
      ready = options.setup(chunk);
    } catch (error) {
      fail(error, 'internal', `Could not start ${options.what}`);
      return;
    }
    arrivedValue = { value: ready };
    // Still 'loading' while the queue drains: a call made by a replayed call waits its turn.
    while (queue.length && live) {
      const next = queue.shift()!;
      run(next.name, next.fn, ready);
    }
    if (live) state = 'ready';
  };

  const start = () => {
    if (!live || state === 'loading' || state === 'ready') return;
    state = 'loading';
    // A loader that throws instead of rejecting is a failed load all the same.
    new Promise<C>((resolve) => resolve(options.load())).then(arrived, (error) => {
      if (live) fail(error, 'chunk_load_failed', `Could not load ${options.what}`);
    });
  };

  return {
    call(name, fn) {
      if (!live) return;
      if (state === 'ready' && arrivedValue) run(name, fn, arrivedValue.value);
      else if (state === 'failed') rt.log(`${name}() skipped: ${options.what} could not be loaded`);
      else {
        queue.push({ name, fn });
        start();
      }
    },
    load: start,
    current: () => arrivedValue?.value,
  };
}
