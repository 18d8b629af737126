// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReporter, errorMessage, guard } from '../../../src/core/errors';
import type { PathlightError } from '../../../src/types';
import { spyWarn } from '../setup/dom';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createReporter', () => {
  it('warns once per distinct message but emits an error event every time', () => {
    const warn = spyWarn();
    const emitted: PathlightError[] = [];
    const report = createReporter((error) => emitted.push(error));
    report('storage_unavailable', 'no storage');
    report('storage_unavailable', 'no storage');
    report('storage_unavailable', 'no storage');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.messages()).toEqual(['[Pathlight] no storage']);
    expect(emitted).toEqual([
      { code: 'storage_unavailable', message: 'no storage' },
      { code: 'storage_unavailable', message: 'no storage' },
      { code: 'storage_unavailable', message: 'no storage' },
    ]);
  });

  it.each([
    ['a different message', 'internal', 'other text'],
    ['the same message under another code', 'config_invalid', 'same text'],
  ] as const)('warns again for %s', (_, code, message) => {
    const warn = spyWarn();
    const report = createReporter(() => {});
    report('internal', 'same text');
    report(code, message);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('passes the cause to console.warn, and leaves it out when there is none', () => {
    const warn = spyWarn();
    const report = createReporter(() => {});
    const cause = new Error('why');
    report('internal', 'with cause', cause);
    report('internal', 'without cause');
    expect(warn.mock.calls[0]).toEqual(['[Pathlight] with cause', cause]);
    expect(warn.mock.calls[1]).toEqual(['[Pathlight] without cause']);
  });

  it('never throws, even when the sink or console.warn throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {
      throw new Error('console gone');
    });
    const throwingSink = createReporter(() => {
      throw new Error('sink gone');
    });
    expect(() => throwingSink('internal', 'x')).not.toThrow();
    expect(() => throwingSink('internal', 'x')).not.toThrow();
  });

  it('keeps warning after many distinct messages (the memory of warned messages is bounded)', () => {
    const warn = spyWarn();
    const report = createReporter(() => {});
    for (let i = 0; i < 500; i++) report('internal', `message ${i}`);
    expect(warn).toHaveBeenCalledTimes(500);
  });
});

describe('guard', () => {
  it('returns the result when nothing throws', () => {
    const report = vi.fn();
    expect(guard(report, 'sum', (a: number, b: number) => a + b)(2, 3)).toBe(5);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports an internal error naming where it happened, and returns undefined', () => {
    const report = vi.fn();
    const fn = guard(report, 'mount', () => {
      throw new TypeError('bad');
    });
    expect(fn()).toBeUndefined();
    expect(report).toHaveBeenCalledExactlyOnceWith('internal', 'mount failed: bad', expect.any(TypeError));
  });
});

describe('errorMessage', () => {
  it.each([
    [new Error('an error'), 'an error'],
    ['a string', 'a string'],
    [42, '42'],
    [undefined, 'undefined'],
  ])('turns %s into %s', (input, expected) => {
    expect(errorMessage(input)).toBe(expected);
  });
});
