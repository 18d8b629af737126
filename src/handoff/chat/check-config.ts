/*
 * The deep checks of `handoff.provider`, `fields`, `timeoutMs`, `hours` and `videoCall`, run by the `handoff`
 * chunk (the first script only checks their types, to stay small): each problem is reported once per instance as
 * `config_invalid`, naming its path, and the bad part is dropped, so a typo falls back to the form, never throws.
 */
import type { Runtime } from '../../core/context';
import { describe, didYouMean, isObject } from '../../core/validate';
import type { HandoffConfig, OfficeHours, VideoCallConfig } from '../../types';

export const PROVIDERS = [
  'intercom',
  'crisp',
  'zendesk',
  'helpscout',
  'chatwoot',
  'livechat',
  'hubspot',
  'freshchat',
  'tawk',
] as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** What the chat parts use: the hand-off config with every bad part dropped. */
export type CheckedHandoff = Pick<HandoffConfig, 'provider' | 'fields' | 'timeoutMs' | 'hours' | 'videoCall'>;

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The problems of `handoff`, each "path: what was expected, got what", and what passes. Pure. */
export function checkHandoff(config: HandoffConfig | undefined): {
  handoff: CheckedHandoff;
  problems: string[];
} {
  const problems: string[] = [];
  const bad = (path: string, expected: string, value: unknown) =>
    problems.push(`Config "handoff.${path}" should be ${expected}, got ${describe(value, 'js')}.`);
  const handoff: CheckedHandoff = {};
  const { provider, fields, timeoutMs, hours, videoCall } = config ?? {};

  if (typeof provider === 'string') {
    if ((PROVIDERS as readonly string[]).includes(provider)) handoff.provider = provider;
    else {
      const close = didYouMean(provider, PROVIDERS);
      bad(
        'provider',
        `one of ${PROVIDERS.join(', ')}${close ? ` (did you mean "${close}"?)` : ''}`,
        provider,
      );
    }
  } else if (provider) {
    const { name, ready, open } = provider;
    if (typeof name === 'string' && typeof ready === 'function' && typeof open === 'function')
      handoff.provider = provider;
    else bad('provider', 'an adapter { name, ready(signal), open(context, summary) }', provider);
  }

  if (fields) {
    const named = Object.entries(fields).filter(([, name]) => typeof name === 'string' && name !== '');
    if (named.length < Object.keys(fields).length)
      bad('fields', "a map of context field to the vendor's attribute name", fields);
    handoff.fields = Object.fromEntries(named);
  }

  if (timeoutMs !== undefined) {
    if (Number.isFinite(timeoutMs) && timeoutMs > 0) handoff.timeoutMs = timeoutMs;
    else bad('timeoutMs', 'a number of ms (more than 0)', timeoutMs);
  }

  if (hours) {
    const weekly = isObject(hours.weekly) ? hours.weekly : undefined;
    const days = Object.entries(weekly ?? {});
    const spansOk = days.every(
      ([day, spans]) =>
        DAYS.includes(day) &&
        Array.isArray(spans) &&
        spans.every(
          (span) => Array.isArray(span) && TIME.test(span[0]) && TIME.test(span[1]) && span[0] < span[1],
        ),
    );
    const holidays = hours.holidays;
    const holidaysOk =
      holidays === undefined ||
      (Array.isArray(holidays) && holidays.every((day) => /^\d{4}-\d\d-\d\d$/.test(String(day))));
    if (!isTimeZone(hours.timezone))
      bad('hours.timezone', "an IANA timezone, such as 'Europe/Warsaw'", hours.timezone);
    else if (!weekly || !spansOk)
      bad(
        'hours.weekly',
        "days mon…sun, each a list of ['HH:MM', 'HH:MM'] spans that start before they end",
        hours.weekly,
      );
    else if (!holidaysOk) bad('hours.holidays', "a list of 'YYYY-MM-DD' dates", holidays);
    else handoff.hours = hours as OfficeHours;
  }

  if (videoCall) {
    const { url, when } = videoCall as Partial<VideoCallConfig>;
    if (typeof url !== 'string' || !/^(https?:\/\/|\/)/.test(url))
      bad('videoCall.url', 'an https:, http: or absolute-path URL', url);
    else if (when !== undefined && when !== 'hours' && when !== 'always')
      bad('videoCall.when', "'hours' or 'always'", when);
    else handoff.videoCall = videoCall;
  }
  return { handoff, problems };
}

// Checked once per instance (its config never changes), reported once.
const checked = new WeakMap<Runtime, CheckedHandoff>();

/** `rt`'s hand-off config, checked; the first call reports its problems. */
export function handoffConfig(rt: Runtime): CheckedHandoff {
  let handoff = checked.get(rt);
  if (!handoff) {
    const result = checkHandoff(rt.config.handoff);
    for (const problem of result.problems) rt.report('config_invalid', problem);
    handoff = result.handoff;
    checked.set(rt, handoff);
  }
  return handoff;
}
