import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import type { AnalyticsConfig, AnalyticsEvent, UserTraits } from '../types';
import { createEndpoint, dropQueue, type Endpoint, MAX_QUEUE, type WireRecord } from './endpoint';
import { forwardTo, knownTools } from './forward';
import { createIds, newId } from './ids';
import type { Early, Tapped } from './lazy';
import { maskProps, pathOnly } from './redact';

/** Drops are reported at once, then at most once a minute: a full queue must not become a stream of warnings. */
const DROP_REPORT_EVERY_MS = 60_000;

/** Counts dropped events per reason and reports them (`analytics_dropped`), coalesced. */
function dropReporter(rt: Runtime): (count: number, why: string) => void {
  const pending = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  const report = () => {
    timer = undefined;
    last = Date.now();
    for (const [why, n] of pending)
      rt.report('analytics_dropped', `Analytics dropped ${n} event${n === 1 ? '' : 's'}: ${why}.`);
    pending.clear();
  };
  rt.onDestroy(() => clearTimeout(timer));
  return (count, why) => {
    if (count <= 0) return;
    pending.set(why, (pending.get(why) ?? 0) + count);
    // Later, not now: the report is an event too, and it must not re-enter the queue that is dropping.
    timer ??= setTimeout(report, Math.max(0, last + DROP_REPORT_EVERY_MS - Date.now()));
  };
}

/** Reports a host callback's failure once per page: it would fail for every event, its own error events too. */
function once(rt: Runtime, message: string): (error: unknown) => void {
  let said = false;
  return (error) => {
    if (said) return;
    said = true;
    rt.report('internal', `${message}: ${errorMessage(error)}`, error);
  };
}

const pick = (traits: UserTraits, allowed: readonly string[]): UserTraits | undefined => {
  const kept = allowed.filter((name) => traits[name] !== undefined);
  return kept.length ? Object.fromEntries(kept.map((name) => [name, traits[name]])) : undefined;
};

type State = 'on' | 'pending' | 'off';

/** On, waiting for consent, or off (the visitor said no). */
function consentState(options: AnalyticsConfig, consent: boolean | undefined): State {
  if (consent === false) return 'off';
  return consent === true || !options.requireConsent ? 'on' : 'pending';
}

/**
 * The analytics pipeline (the lazy chunk): every event the tap sees becomes a record (ids, user, locale, path
 * without query string, masked props), goes through `beforeSend`, and then, as consent allows, to `onEvent`,
 * the forwarders and the endpoint. Before consent records wait in memory; `consent(false)` drops them and the
 * stored queue and ids. Returns what the tap calls from now on.
 */
export function startAnalytics(rt: Runtime, early: Early): (tapped: Tapped) => void {
  const options = rt.config.analytics ?? {};
  const ids = createIds(rt);
  const dropped = dropReporter(rt);
  const beforeSendFailed = once(rt, 'analytics.beforeSend threw; the event was dropped');
  const onEventFailed = once(rt, 'analytics.onEvent threw');
  const forwardFailed = new Map<string, (error: unknown) => void>();
  const tools = knownTools(rt, options.forward ?? []);
  const forward = tools.length
    ? forwardTo(tools, (tool, error) => {
        if (!forwardFailed.has(tool))
          forwardFailed.set(tool, once(rt, `Forwarding an event to ${tool} failed`));
        forwardFailed.get(tool)?.(error);
      })
    : undefined;
  /** Records made before consent: memory only, never stored. */
  const held: AnalyticsEvent[] = [];
  let endpoint: Endpoint | undefined;
  let state = consentState(options, rt.$consent.get());

  const build = ([name, payload, ts, path]: Tapped): AnalyticsEvent | undefined => {
    const user = rt.user.$user.get();
    const traits = options.traits ? pick(user.traits, options.traits) : undefined;
    const event: AnalyticsEvent = {
      id: newId(),
      name,
      ts,
      timestamp: ts,
      sessionId: ids.session,
      anonymousId: ids.anonymous,
      ...(user.id === undefined ? {} : { userId: user.id }),
      ...(traits ? { traits } : {}),
      locale: rt.$locale.get(),
      path: pathOnly(path),
      props: maskProps(payload) as AnalyticsEvent['props'],
    };
    if (!options.beforeSend) return event;
    try {
      const changed = options.beforeSend(event);
      if (!changed) return undefined;
      return typeof changed.id === 'string' ? changed : { ...changed, id: event.id };
    } catch (error) {
      beforeSendFailed(error);
      return undefined;
    }
  };

  const deliver = (event: AnalyticsEvent) => {
    if (options.onEvent) {
      try {
        options.onEvent(event);
      } catch (error) {
        onEventFailed(error);
      }
    }
    forward?.(event);
    if (endpoint) {
      const { timestamp: _sameAsTs, ...record } = event;
      endpoint.add(record as WireRecord);
    }
  };

  const turnOn = () => {
    ids.persist();
    if (options.endpoint && !endpoint) {
      endpoint = createEndpoint({ url: options.endpoint, storage: rt.storage, onDrop: dropped, log: rt.log });
    }
    for (const event of held.splice(0)) deliver(event);
  };
  const turnOff = () => {
    held.length = 0;
    endpoint?.stop();
    endpoint = undefined;
    dropQueue(rt.storage);
    ids.forget();
  };

  const take = (tapped: Tapped) => {
    if (state === 'off') return;
    const event = build(tapped);
    if (!event) return;
    if (state === 'on') deliver(event);
    else if (held.push(event) > MAX_QUEUE)
      dropped(held.splice(0, 1).length, `they waited for consent past the bound of ${MAX_QUEUE}`);
  };

  if (state === 'on') turnOn();
  else if (state === 'off') turnOff();
  rt.onDestroy(
    rt.$consent.listen((consent) => {
      const next = consentState(options, consent);
      if (next === state) return;
      state = next;
      if (state === 'on') turnOn();
      else if (state === 'off') turnOff();
    }),
  );
  rt.onDestroy(() => endpoint?.stop());

  // Never throws into the tap: a throw there would be reported as an `error` event, which comes back here.
  const failed = once(rt, 'Analytics failed on an event');
  const safeTake = (tapped: Tapped) => {
    try {
      take(tapped);
    } catch (error) {
      failed(error);
    }
  };
  for (const tapped of early.events.splice(0)) safeTake(tapped);
  dropped(early.lost, 'they came before analytics had loaded, past its bound');
  return safeTake;
}
