// The one convention for a capability whose code is a lazy chunk: calls wait, replay in order and
// guarded, a failed chunk is reported once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred } from '../../../src/core/deferred';
import type { ErrorCode } from '../../../src/types';

/** A runtime's report, log and onDestroy, recorded. */
function fakeRuntime() {
  const errors: Array<{ code: ErrorCode; message: string }> = [];
  const logs: string[] = [];
  const teardowns: Array<() => void> = [];
  return {
    errors,
    logs,
    destroy: () => {
      for (const teardown of teardowns.splice(0).reverse()) teardown();
    },
    rt: {
      report: (code: ErrorCode, message: string) => errors.push({ code, message }),
      log: (message: string) => logs.push(message),
      onDestroy: (teardown: () => void) => teardowns.push(teardown),
    },
  };
}

/** A chunk that arrives (or fails) when the test says so. */
function controlledChunk<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const load = vi.fn(
    () =>
      new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      }),
  );
  return { load, arrive: (value: T) => resolve(value), fail: (error: unknown) => reject(error) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('deferred', () => {
  it('does not load before a call or load(), then loads once for any number of calls', async () => {
    const { rt } = fakeRuntime();
    const chunk = controlledChunk<string>();
    const d = deferred(rt, { what: 'the thing', load: chunk.load, setup: (value) => value });
    await flush();
    expect(chunk.load).not.toHaveBeenCalled();
    d.call('a', () => {});
    d.call('b', () => {});
    d.load();
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('replays the calls made before the chunk arrived, in order, with the set-up value; later calls run at once', async () => {
    const { rt } = fakeRuntime();
    const chunk = controlledChunk<number>();
    const d = deferred(rt, { what: 'the thing', load: chunk.load, setup: (n) => n * 2 });
    const seen: string[] = [];
    d.call('first', (v) => seen.push(`first ${v}`));
    d.call('second', (v) => seen.push(`second ${v}`));
    expect(seen).toEqual([]);
    expect(d.current()).toBeUndefined();
    chunk.arrive(21);
    await flush();
    expect(seen).toEqual(['first 42', 'second 42']);
    d.call('third', (v) => seen.push(`third ${v}`));
    expect(seen.at(-1)).toBe('third 42');
    expect(d.current()).toBe(42);
  });

  it('a queued call that throws is reported and the next one still runs; nothing reaches the host', async () => {
    const { rt, errors } = fakeRuntime();
    const chunk = controlledChunk<string>();
    const d = deferred(rt, { what: 'the thing', load: chunk.load, setup: (value) => value });
    const seen: string[] = [];
    d.call('hideTip', () => {
      throw new TypeError('Cannot convert a Symbol value to a string');
    });
    d.call('showAnnouncement', (v) => seen.push(v));
    chunk.arrive('ok');
    await flush();
    expect(seen).toEqual(['ok']);
    expect(errors).toEqual([
      { code: 'internal', message: 'hideTip() failed: Cannot convert a Symbol value to a string' },
    ]);
    expect(unhandled).toEqual([]);
  });

  it('a call made by a replayed call waits for the calls queued before it', async () => {
    const { rt } = fakeRuntime();
    const chunk = controlledChunk<string>();
    const d = deferred(rt, { what: 'the thing', load: chunk.load, setup: (value) => value });
    const seen: string[] = [];
    d.call('a', () => {
      seen.push('a');
      d.call('c', () => seen.push('c'));
    });
    d.call('b', () => seen.push('b'));
    chunk.arrive('x');
    await flush();
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('a chunk that fails is reported once, not once per waiting call; later calls are skipped quietly', async () => {
    const { rt, errors, logs } = fakeRuntime();
    const chunk = controlledChunk<string>();
    const onError = vi.fn();
    const d = deferred(rt, { what: 'the thing', load: chunk.load, setup: (value) => value, onError });
    const ran = vi.fn();
    d.call('one', ran);
    d.call('two', ran);
    d.call('three', ran);
    chunk.fail(new Error('could not load https://cdn.example/pathlight.thing.js'));
    await flush();
    d.call('four', ran);
    await flush();
    expect(ran).not.toHaveBeenCalled();
    expect(errors).toEqual([
      {
        code: 'chunk_load_failed',
        message: 'Could not load the thing: could not load https://cdn.example/pathlight.thing.js',
      },
    ]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(chunk.load).toHaveBeenCalledTimes(1);
    expect(logs).toHaveLength(4);
    expect(unhandled).toEqual([]);
  });

  it('load() after a failure tries again', async () => {
    const { rt, errors } = fakeRuntime();
    const chunk = controlledChunk<string>();
    const d = deferred(rt, { what: 'the thing', load: chunk.load, setup: (value) => value });
    d.load();
    chunk.fail(new Error('offline'));
    await flush();
    d.load();
    expect(chunk.load).toHaveBeenCalledTimes(2);
    chunk.arrive('back');
    await flush();
    expect(d.current()).toBe('back');
    expect(errors).toHaveLength(1);
  });

  it('a loader that throws, and a set-up that throws, are reported once each and drop the waiting calls', async () => {
    const thrown = fakeRuntime();
    const a = deferred(thrown.rt, {
      what: 'the thing',
      load: () => {
        throw new Error('no loader');
      },
      setup: (value: string) => value,
    });
    a.call('x', () => {});
    await flush();
    expect(thrown.errors).toEqual([
      { code: 'chunk_load_failed', message: 'Could not load the thing: no loader' },
    ]);

    const broken = fakeRuntime();
    const ran = vi.fn();
    const b = deferred(broken.rt, {
      what: 'the thing',
      load: () => Promise.resolve('chunk'),
      setup: () => {
        throw new Error('bad chunk');
      },
    });
    b.call('x', ran);
    b.call('y', ran);
    await flush();
    expect(ran).not.toHaveBeenCalled();
    expect(broken.errors).toEqual([{ code: 'internal', message: 'Could not start the thing: bad chunk' }]);
    expect(unhandled).toEqual([]);
  });

  it('destroyed before the chunk arrives: no set-up, no call, no report', async () => {
    const { rt, errors, destroy } = fakeRuntime();
    const chunk = controlledChunk<string>();
    const setup = vi.fn((value: string) => value);
    const ran = vi.fn();
    const d = deferred(rt, { what: 'the thing', load: chunk.load, setup });
    d.call('x', ran);
    destroy();
    chunk.arrive('late');
    await flush();
    d.call('y', ran);
    expect(setup).not.toHaveBeenCalled();
    expect(ran).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });
});
