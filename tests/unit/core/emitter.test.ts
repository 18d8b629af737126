// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../../src/core/emitter';

interface Events {
  a: { n: number };
  b: string;
}

describe('createEmitter', () => {
  it('calls every listener of an event, in subscription order, with the payload', () => {
    const emitter = createEmitter<Events>(() => {});
    const seen: string[] = [];
    emitter.on('a', ({ n }) => seen.push(`first:${n}`));
    emitter.on('a', ({ n }) => seen.push(`second:${n}`));
    emitter.on('b', (s) => seen.push(`b:${s}`));
    emitter.emit('a', { n: 1 });
    expect(seen).toEqual(['first:1', 'second:1']);
  });

  it('gives the same function added twice two subscriptions, each with its own unsubscribe', () => {
    const emitter = createEmitter<Events>(() => {});
    const handler = vi.fn();
    const offFirst = emitter.on('b', handler);
    emitter.on('b', handler);
    emitter.emit('b', 'x');
    expect(handler).toHaveBeenCalledTimes(2);
    offFirst();
    emitter.emit('b', 'y');
    expect(handler).toHaveBeenCalledTimes(3);
    expect(emitter.size()).toBe(1);
  });

  it('stops calling a listener after its unsubscribe, and a second unsubscribe is harmless', () => {
    const emitter = createEmitter<Events>(() => {});
    const kept = vi.fn();
    const dropped = vi.fn();
    emitter.on('a', kept);
    const off = emitter.on('a', dropped);
    off();
    off();
    emitter.emit('a', { n: 2 });
    expect(dropped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledWith({ n: 2 });
  });

  it('lets a listener unsubscribe another during emit without skipping the rest of this round', () => {
    const emitter = createEmitter<Events>(() => {});
    const later = vi.fn();
    let offLater = () => {};
    emitter.on('b', () => offLater());
    offLater = emitter.on('b', later);
    emitter.emit('b', 'now');
    // The round started with both listeners: the snapshot still calls the second one once.
    expect(later).toHaveBeenCalledTimes(1);
    emitter.emit('b', 'again');
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('reports a throwing listener and still calls the others', () => {
    const onError = vi.fn();
    const emitter = createEmitter<Events>(onError);
    const boom = new Error('boom');
    const before = vi.fn();
    const after = vi.fn();
    emitter.on('a', before);
    emitter.on('a', () => {
      throw boom;
    });
    emitter.on('a', after);
    expect(() => emitter.emit('a', { n: 3 })).not.toThrow();
    expect(before).toHaveBeenCalledTimes(1);
    expect(after).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledExactlyOnceWith('a', boom);
  });

  it('does nothing for an event nobody listens to', () => {
    const onError = vi.fn();
    const emitter = createEmitter<Events>(onError);
    expect(() => emitter.emit('b', 'nobody')).not.toThrow();
    expect(onError).not.toHaveBeenCalled();
  });

  it('counts listeners across events with size(), and clear() drops them all', () => {
    const emitter = createEmitter<Events>(() => {});
    expect(emitter.size()).toBe(0);
    const offs = [emitter.on('a', () => {}), emitter.on('a', () => {}), emitter.on('b', () => {})];
    expect(emitter.size()).toBe(3);
    offs[0]!();
    expect(emitter.size()).toBe(2);
    const late = vi.fn();
    emitter.on('b', late);
    emitter.clear();
    expect(emitter.size()).toBe(0);
    emitter.emit('b', 'gone');
    expect(late).not.toHaveBeenCalled();
  });
});

describe('emitter.tap (the one all-events tap, for analytics)', () => {
  it("sees every event with its name, before the listeners, so a listener's own events come after it", () => {
    const emitter = createEmitter<Events>(() => {});
    const seen: string[] = [];
    emitter.on('a', () => {
      seen.push('listener a');
      emitter.emit('b', 'from a');
    });
    emitter.tap((event, payload) => seen.push(`tap ${String(event)} ${JSON.stringify(payload)}`));
    emitter.emit('a', { n: 1 });
    expect(seen).toEqual(['tap a {"n":1}', 'listener a', 'tap b "from a"']);
  });

  it('a tap that throws is reported and the listeners still run; removed, it sees nothing; size() counts it', () => {
    const failures: string[] = [];
    const emitter = createEmitter<Events>((event) => failures.push(String(event)));
    const listener = vi.fn();
    emitter.on('b', listener);
    const off = emitter.tap(() => {
      throw new Error('tap broke');
    });
    expect(emitter.size()).toBe(2);
    emitter.emit('b', 'x');
    expect(failures).toEqual(['b']);
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    emitter.emit('b', 'y');
    expect(failures).toEqual(['b']);
    expect(emitter.size()).toBe(1);
    emitter.tap(() => {});
    emitter.clear();
    expect(emitter.size()).toBe(0);
  });
});
