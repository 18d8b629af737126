import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReporter } from '../../../src/core/errors';
import { createStorage, STORAGE_BUDGET, STORAGE_PREFIX, STORAGE_VERSION } from '../../../src/core/storage';
import type { PathlightError } from '../../../src/types';
import { MemoryStorage, spyWarn } from '../setup/dom';

/** A storage wired to the real reporter, so "one warning, one error event" is what a host would see. */
function setup(backend?: () => Storage, area?: 'local' | 'session') {
  const warn = spyWarn();
  const errors: PathlightError[] = [];
  const report = createReporter((error) => errors.push(error));
  const storage = createStorage({ report, ...(backend ? { backend } : {}), ...(area ? { area } : {}) });
  return { storage, warn, errors };
}

const envelope = (d: unknown, v = STORAGE_VERSION) => JSON.stringify({ v, d });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage that throws falls back to memory (RELIABILITY 14)', () => {
  const denied = () => new DOMException('denied', 'SecurityError');
  const quota = () => new DOMException('full', 'QuotaExceededError');

  it.each([
    [
      'the localStorage getter throws',
      () => ({
        backend: (): Storage => {
          throw denied();
        },
        arm: () => {},
      }),
    ],
    [
      'setItem throws QuotaExceededError',
      () => {
        const mem = new MemoryStorage();
        return { backend: () => mem, arm: () => (mem.failSet = quota()) };
      },
    ],
    [
      'getItem throws',
      () => {
        const mem = new MemoryStorage();
        return { backend: () => mem, arm: () => (mem.failGet = denied()) };
      },
    ],
  ])('when %s: values stay readable, one console.warn, one storage_unavailable', (_, make) => {
    const { backend, arm } = make();
    const { storage, warn, errors } = setup(backend);
    arm();
    // Reads first, so a failing getItem is met before any write.
    expect(storage.get('missing')).toBeUndefined();
    storage.set('progress', { step: 2 });
    storage.set('list', [1, 2, 3]);
    storage.set('progress', { step: 3 });
    expect(storage.get('progress')).toEqual({ step: 3 });
    expect(storage.get('list')).toEqual([1, 2, 3]);
    expect(storage.keys().sort()).toEqual(['list', 'progress']);
    storage.remove('list');
    expect(storage.get('list')).toBeUndefined();

    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.messages()[0]).toMatch(/localStorage is unavailable/);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('storage_unavailable');
  });

  it('goes memory-only when the getter throws, and says it is sessionStorage for the session area', () => {
    const { storage, warn } = setup(() => {
      throw denied();
    }, 'session');
    expect(storage.memoryOnly).toBe(true);
    expect(warn.messages()[0]).toMatch(/sessionStorage is unavailable/);
  });

  it('returns false from set() when the write failed, and keeps the value in memory', () => {
    const mem = new MemoryStorage();
    mem.failSet = quota();
    const { storage } = setup(() => mem);
    expect(storage.set('draft', 'hello')).toBe(false);
    expect(mem.data.size).toBe(0);
    expect(storage.get('draft')).toBe('hello');
  });

  it('writes through again once the backend recovers from a failed write', () => {
    const mem = new MemoryStorage();
    const { storage } = setup(() => mem);
    mem.failSet = quota();
    storage.set('draft', 'one');
    mem.failSet = undefined;
    expect(storage.set('draft', 'two')).toBe(true);
    expect(mem.data.get(`${STORAGE_PREFIX}draft`)).toBe(envelope('two'));
    expect(storage.get('draft')).toBe('two');
  });

  it('never throws when removeItem or key listing throws', () => {
    const mem = new MemoryStorage();
    const { storage, errors } = setup(() => mem);
    storage.set('a', 1);
    mem.failRemove = denied();
    expect(() => storage.remove('a')).not.toThrow();
    vi.spyOn(mem, 'key').mockImplementation(() => {
      throw denied();
    });
    expect(() => storage.keys()).not.toThrow();
    expect(errors.map((e) => e.code)).toEqual(['storage_unavailable']);
  });

  it('works on the real happy-dom localStorage without reporting anything', () => {
    const { storage, warn, errors } = setup();
    storage.set('real', { ok: true });
    expect(localStorage.getItem(`${STORAGE_PREFIX}real`)).toBe(envelope({ ok: true }));
    expect(storage.get('real')).toEqual({ ok: true });
    expect(storage.memoryOnly).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });
});

describe('keys and envelope (RELIABILITY 15)', () => {
  it('prefixes every key it writes with pathlight:', () => {
    const mem = new MemoryStorage();
    const { storage } = setup(() => mem);
    for (const key of ['user', 'u:anon:tour', 'locale', '']) storage.set(key, 1);
    expect([...mem.data.keys()]).toHaveLength(4);
    for (const key of mem.data.keys()) expect(key.startsWith(STORAGE_PREFIX)).toBe(true);
  });

  it('lists keys without the prefix, filtered by a prefix, ignoring the host page keys', () => {
    const mem = new MemoryStorage();
    mem.data.set('host:u:anon:x', 'theirs');
    mem.data.set('u:anon:y', 'theirs too');
    const { storage } = setup(() => mem);
    storage.set('u:anon:a', 1);
    storage.set('u:anon:b', 2);
    storage.set('u:bob:a', 3);
    expect(storage.keys('u:anon:').sort()).toEqual(['u:anon:a', 'u:anon:b']);
    expect(storage.keys().sort()).toEqual(['u:anon:a', 'u:anon:b', 'u:bob:a']);
  });

  it.each([
    ['an older version', envelope('old', STORAGE_VERSION - 1)],
    ['a newer version', envelope('new', STORAGE_VERSION + 1)],
    ['no envelope', JSON.stringify('bare')],
    ['null', 'null'],
    ['broken JSON', '{"v":1,'],
  ])('ignores a stored value with %s', (_, raw) => {
    const mem = new MemoryStorage();
    mem.data.set(`${STORAGE_PREFIX}thing`, raw);
    const { storage, errors } = setup(() => mem);
    expect(storage.get('thing')).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it.each([
    ['a string', 'text'],
    ['zero', 0],
    ['false', false],
    ['null', null],
    ['a nested object', { a: [1, { b: 'c' }] }],
  ])('round-trips %s', (_, value) => {
    const { storage } = setup(() => new MemoryStorage());
    storage.set('value', value);
    expect(storage.get('value')).toEqual(value);
  });
});

describe('the 256 KB budget (RELIABILITY 15)', () => {
  /** A value whose whole entry (prefixed key + envelope) is exactly `size` characters. */
  const valueOfEntrySize = (key: string, size: number) => {
    const overhead = (STORAGE_PREFIX + key).length + envelope('').length;
    return 'x'.repeat(size - overhead);
  };

  it('skips a write that does not fit, whole: the old value stays in localStorage', () => {
    const mem = new MemoryStorage();
    const { storage, errors } = setup(() => mem);
    expect(storage.set('cache', 'small')).toBe(true);
    const before = mem.data.get(`${STORAGE_PREFIX}cache`);

    expect(storage.set('cache', 'x'.repeat(STORAGE_BUDGET))).toBe(false);
    expect(mem.data.get(`${STORAGE_PREFIX}cache`)).toBe(before);
    expect(errors.map((e) => e.code)).toEqual(['storage_unavailable']);
    expect(errors[0]!.message).toMatch(/"cache"/);
    // This page still sees what it wrote.
    expect(storage.get<string>('cache')).toHaveLength(STORAGE_BUDGET);
  });

  it('counts all pathlight: keys together, and not the host page keys', () => {
    const mem = new MemoryStorage();
    mem.data.set('host-big-thing', 'h'.repeat(STORAGE_BUDGET));
    const { storage } = setup(() => mem);
    const half = STORAGE_BUDGET / 2;
    expect(storage.set('a', valueOfEntrySize('a', half))).toBe(true);
    expect(storage.set('b', valueOfEntrySize('b', half))).toBe(true);
    expect(storage.set('c', 'one more')).toBe(false);
    expect(mem.data.has(`${STORAGE_PREFIX}c`)).toBe(false);
    // Replacing an entry counts its new size, not old + new.
    expect(storage.set('b', valueOfEntrySize('b', half))).toBe(true);
    storage.remove('a');
    expect(storage.set('c', 'one more')).toBe(true);
  });

  it.each([
    [STORAGE_BUDGET, true],
    [STORAGE_BUDGET + 1, false],
  ])('an entry of %i characters fits: %s', (size, fits) => {
    const mem = new MemoryStorage();
    const { storage } = setup(() => mem);
    expect(storage.set('edge', valueOfEntrySize('edge', size))).toBe(fits);
    expect(mem.data.has(`${STORAGE_PREFIX}edge`)).toBe(fits);
  });
});

describe('namespaces (two instances on one page)', () => {
  it.each(['local', 'session'] as const)(
    '%sStorage keys of a namespace stay apart; the budget counts them all',
    (area) => {
      const report = vi.fn();
      const mem = new MemoryStorage();
      const plain = createStorage({ report, area, backend: () => mem });
      const second = createStorage({ report, area, namespace: '2', backend: () => mem });
      plain.set('u:%anon:tours', ['intro']);
      second.set('u:%anon:tours', ['other']);
      expect(plain.get('u:%anon:tours')).toEqual(['intro']);
      expect(second.get('u:%anon:tours')).toEqual(['other']);
      expect(second.keys('u:')).toEqual(['u:%anon:tours']);
      expect([...mem.data.keys()].sort()).toEqual([
        `${STORAGE_PREFIX}2:u:%anon:tours`,
        `${STORAGE_PREFIX}u:%anon:tours`,
      ]);
      second.remove('u:%anon:tours');
      expect(plain.get('u:%anon:tours')).toEqual(['intro']);
      // One budget for every `pathlight:` key, whichever instance wrote it.
      mem.data.set(`${STORAGE_PREFIX}2:big`, 'x'.repeat(STORAGE_BUDGET));
      expect(plain.set('more', 'y')).toBe(false);
    },
  );
});
