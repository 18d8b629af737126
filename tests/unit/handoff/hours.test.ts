import { describe, expect, it } from 'vitest';
import { hoursText, officeStatus } from '../../../src/handoff/hours';
import en from '../../../src/i18n/catalogs/en-chat';
import type { OfficeHours } from '../../../src/types';

const weekdays: OfficeHours['weekly'] = {
  mon: [['09:00', '17:00']],
  tue: [['09:00', '17:00']],
  wed: [['09:00', '17:00']],
  thu: [['09:00', '17:00']],
  fri: [['09:00', '17:00']],
  sat: [],
};
const warsaw: OfficeHours = { timezone: 'Europe/Warsaw', weekly: weekdays, holidays: ['2026-12-25'] };
const newYork: OfficeHours = { timezone: 'America/New_York', weekly: weekdays };
const utc = (iso: string) => Date.parse(iso);
const t = (key: string, vars: Record<string, string | number> = {}) =>
  (en as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name]));

describe('officeStatus: in the team timezone, across daylight-saving changes', () => {
  it.each<[string, OfficeHours, string, { open: boolean; opensAt?: string }]>([
    ['Warsaw, Wednesday 10:00 CET: online', warsaw, '2026-03-25T09:00:00Z', { open: true }],
    ['Warsaw, 16:59: still online', warsaw, '2026-03-25T15:59:00Z', { open: true }],
    [
      'Warsaw, 17:00: the span ends there',
      warsaw,
      '2026-03-25T16:00:00Z',
      { open: false, opensAt: '2026-03-26T08:00:00Z' },
    ],
    [
      'Warsaw, Thursday 20:00 CET, before the spring change',
      warsaw,
      '2026-03-26T19:00:00Z',
      { open: false, opensAt: '2026-03-27T08:00:00Z' },
    ],
    // Clocks go forward on Sunday 29 March: Monday 09:00 is CEST, 07:00 UTC (not 08:00).
    [
      'Warsaw, Friday 18:00 CET, over the spring change',
      warsaw,
      '2026-03-27T17:00:00Z',
      { open: false, opensAt: '2026-03-30T07:00:00Z' },
    ],
    [
      'Warsaw, Monday 08:30 CEST, after the change',
      warsaw,
      '2026-03-30T06:30:00Z',
      { open: false, opensAt: '2026-03-30T07:00:00Z' },
    ],
    // Clocks go back on Sunday 25 October: Monday 09:00 is CET again, 08:00 UTC.
    [
      'Warsaw, Friday 18:00 CEST, over the autumn change',
      warsaw,
      '2026-10-23T16:00:00Z',
      { open: false, opensAt: '2026-10-26T08:00:00Z' },
    ],
    [
      'Warsaw, a holiday is skipped',
      warsaw,
      '2026-12-24T17:00:00Z',
      { open: false, opensAt: '2026-12-28T08:00:00Z' },
    ],
    [
      'New York, Friday 18:00 EST, over its spring change (8 March)',
      newYork,
      '2026-03-06T23:00:00Z',
      { open: false, opensAt: '2026-03-09T13:00:00Z' },
    ],
    ['New York, Monday 10:00 EDT: online', newYork, '2026-03-09T14:00:00Z', { open: true }],
  ])('%s', (_, hours, now, expected) => {
    const status = officeStatus(hours, utc(now));
    expect(status).toEqual({
      open: expected.open,
      ...(expected.opensAt ? { opensAt: utc(expected.opensAt) } : {}),
    });
  });

  it('takes split days and unsorted spans', () => {
    const hours: OfficeHours = {
      timezone: 'Europe/Warsaw',
      weekly: {
        wed: [
          ['13:00', '17:00'],
          ['08:00', '12:00'],
        ],
      },
    };
    expect(officeStatus(hours, utc('2026-03-25T11:30:00Z'))).toEqual({
      open: false,
      opensAt: utc('2026-03-25T12:00:00Z'),
    });
    expect(officeStatus(hours, utc('2026-03-25T07:30:00Z'))).toEqual({ open: true });
  });

  it('says away without a time when nothing opens within three weeks', () => {
    expect(officeStatus({ timezone: 'Europe/Warsaw', weekly: {} }, utc('2026-03-25T09:00:00Z'))).toEqual({
      open: false,
    });
  });
});

describe('hoursText: in the user timezone and language', () => {
  it.each([
    // The team in Warsaw, the user in three places; Friday evening in Warsaw, back Monday 09:00 CEST.
    ['Europe/Warsaw', "We're away, back on Monday at 9:00 AM your time (in 3d)"],
    ['America/New_York', "We're away, back on Monday at 3:00 AM your time (in 3d)"],
    ['Asia/Tokyo', "We're away, back on Monday at 4:00 PM your time (in 3d)"],
  ])('the user in %s', (timeZone, text) => {
    const now = utc('2026-03-27T17:00:00Z');
    expect(hoursText(officeStatus(warsaw, now), now, t, { locale: 'en', timeZone })).toBe(text);
  });

  it('leaves out the day when the team is back later today, and counts the hours', () => {
    const now = utc('2026-03-26T19:00:00Z');
    // Thursday 20:00 in Warsaw is already Friday 04:00 in Tokyo: Friday 09:00 in Warsaw is later "today" there.
    expect(hoursText(officeStatus(warsaw, now), now, t, { locale: 'en', timeZone: 'Asia/Tokyo' })).toBe(
      "We're away, back at 5:00 PM your time (in 13h)",
    );
  });

  it("says We're online, and counts minutes under an hour", () => {
    expect(hoursText({ open: true }, 0, t, { locale: 'en' })).toBe("We're online");
    const now = utc('2026-03-30T06:30:00Z');
    expect(hoursText(officeStatus(warsaw, now), now, t, { locale: 'en', timeZone: 'Europe/Warsaw' })).toBe(
      "We're away, back at 9:00 AM your time (in 30m)",
    );
  });

  it('speaks the user language (Polish numbers and relative time from Intl)', () => {
    const now = utc('2026-03-27T05:00:00Z');
    const pl = (key: string, vars: Record<string, string | number> = {}) =>
      ({ 'hours.backAt': 'Jesteśmy offline, wracamy o {time} Twojego czasu ({in})' })[key]!.replace(
        /\{(\w+)\}/g,
        (_, name: string) => String(vars[name]),
      );
    expect(hoursText(officeStatus(warsaw, now), now, pl, { locale: 'pl', timeZone: 'Europe/Warsaw' })).toBe(
      'Jesteśmy offline, wracamy o 9:00 Twojego czasu (za 3 g.)',
    );
  });
});
