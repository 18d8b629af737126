/*
 * Office hours: whether the team answers now, and when it is back, computed in the team's timezone with `Intl`
 * (so daylight-saving changes on either side come out right) and said in the user's own time. Pure: the clock
 * and the user's timezone come in as arguments.
 */
import type { Translator } from '../i18n';
import type { OfficeHours, Weekday } from '../types';

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How far ahead the next opening is looked for: a team closed longer than this reads as "away". */
const LOOKAHEAD_DAYS = 21;

export interface HoursStatus {
  open: boolean;
  /** When the team is next online (epoch ms); absent while open, or when no opening comes within three weeks. */
  opensAt?: number;
}

// One formatter per timezone: formatters are pure and costly to build, and a page has one or two timezones.
const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at `at`: the date as UTC midnight of that day, and the minute of the day. */
function wallClock(at: number, timeZone: string): { day: number; minute: number } {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallFormats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(at)) part[type] = Number(value);
  return {
    day: Date.UTC(part.year ?? 1970, (part.month ?? 1) - 1, part.day ?? 1),
    minute: ((part.hour ?? 0) % 24) * 60 + (part.minute ?? 0),
  };
}

/** The instant at which the wall clock in `timeZone` shows `minute` on `day` (UTC midnight of that date). */
function instantOf(day: number, minute: number, timeZone: string): number {
  const wanted = day + minute * MINUTE;
  const offsetAt = (at: number) => {
    const wall = wallClock(at, timeZone);
    return wall.day + wall.minute * MINUTE - Math.floor(at / MINUTE) * MINUTE;
  };
  // The offset at the guess may differ from the offset at the answer when a change lies between: one more pass.
  const first = wanted - offsetAt(wanted);
  const second = wanted - offsetAt(first);
  return second;
}

const minuteOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const isoDate = (day: number): string => new Date(day).toISOString().slice(0, 10);

/** The open spans of `day` (UTC midnight of a date in the team's timezone), in minutes, by start. */
function spansOf(hours: OfficeHours, day: number): [number, number][] {
  if (hours.holidays?.includes(isoDate(day))) return [];
  const weekday = WEEKDAYS[new Date(day).getUTCDay()] as Weekday;
  return (hours.weekly[weekday] ?? [])
    .map(([start, end]): [number, number] => [minuteOf(start), minuteOf(end)])
    .sort((a, b) => a[0] - b[0]);
}

/**
 * Whether the team is online at `now`, and if not, when it is back.
 * @example officeStatus({ timezone: 'Europe/Warsaw', weekly: { mon: [['09:00', '17:00']] } }, Date.now())
 */
export function officeStatus(hours: OfficeHours, now: number): HoursStatus {
  const { timezone } = hours;
  const today = wallClock(now, timezone);
  if (spansOf(hours, today.day).some(([start, end]) => start <= today.minute && today.minute < end))
    return { open: true };
  for (let ahead = 0; ahead <= LOOKAHEAD_DAYS; ahead++) {
    const day = today.day + ahead * DAY;
    const span = spansOf(hours, day).find(([start]) => ahead > 0 || start > today.minute);
    if (span) return { open: false, opensAt: instantOf(day, span[0], timezone) };
  }
  return { open: false };
}

/** How long until `at`, rounded the way people say it: minutes under an hour, hours under two days, else days. */
function until(at: number, now: number, locale: string): string {
  const left = Math.max(0, at - now);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'narrow' });
  if (left < HOUR) return relative.format(Math.max(1, Math.ceil(left / MINUTE)), 'minute');
  if (left < 2 * DAY) return relative.format(Math.round(left / HOUR), 'hour');
  return relative.format(Math.round(left / DAY), 'day');
}

/**
 * "We're online", or "We're away, back at 09:00 your time (in 14 h)" (with the weekday when it is not today in
 * the user's timezone), in the translator's language.
 * @example hoursText(officeStatus(hours, Date.now()), Date.now(), t, { locale: 'en' })
 */
export function hoursText(
  status: HoursStatus,
  now: number,
  t: Translator['t'],
  { locale, timeZone }: { locale: string; timeZone?: string },
): string {
  if (status.open) return t('hours.online');
  const at = status.opensAt;
  if (at === undefined) return t('hours.away');
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(at);
  const userDay = (when: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(when);
  const vars = { time, in: until(at, now, locale) };
  if (userDay(at) === userDay(now)) return t('hours.backAt', vars);
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long' }).format(at);
  return t('hours.backOn', { ...vars, day });
}
