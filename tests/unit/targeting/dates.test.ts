// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDate, resolveDate } from '../../../src/targeting';

const JAN1 = Date.UTC(2026, 0, 1);

describe('parseDate', () => {
  it.each([
    ['2026-01-01', JAN1],
    ['2026-01-01T00:00', JAN1],
    ['2026-01-01T00:00:00', JAN1],
    ['2026-01-01 00:00:00', JAN1],
    ['2026-01-01T00:00:00.250', JAN1 + 250],
    ['2026-01-01T00:00:00Z', JAN1],
    ['2026-01-01T02:00+02:00', JAN1],
    ['2026-01-01T02:00+0200', JAN1],
    ['2026-01-01T02:00+02', JAN1],
    ['2025-12-31T19:00-05:00', JAN1],
    ['Thu, 01 Jan 2026 00:00:00 GMT', JAN1],
    [JAN1, JAN1],
    [String(JAN1), JAN1],
    [new Date(JAN1), JAN1],
  ])('reads %j as UTC unless it carries an offset', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['2026-02-30'],
    ['2026-13-01'],
    ['2026-01-01T25:00'],
    ['January 1, 2026'],
    ['soon'],
    [''],
    [Number.NaN],
    [null],
    [{}],
    [new Date('nope')],
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });
});

describe('resolveDate', () => {
  const now = Date.UTC(2026, 0, 8);
  it.each([
    ['now', now],
    ['-7d', JAN1],
    ['+1w', now + 7 * 864e5],
    ['-2h', now - 2 * 36e5],
    ['-30m', now - 30 * 6e4],
    ['+10s', now + 10_000],
    ['-1.5d', now - 1.5 * 864e5],
    ['2026-01-01', JAN1],
  ])('resolves %j relative to now', (input, expected) => {
    expect(resolveDate(input, now)).toBe(expected);
  });

  it('rejects a duration without a sign', () => {
    expect(resolveDate('7d', now)).toBeUndefined();
  });
});

describe('time zones', () => {
  it('does not read offset-less ISO strings in local time, unlike new Date()', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      // The trap this module exists for: JavaScript reads this as local time.
      expect(new Date('2026-01-01T00:00').getTime()).not.toBe(JAN1);
      expect(parseDate('2026-01-01T00:00')).toBe(JAN1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
