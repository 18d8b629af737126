import type { Runtime } from '../core/context';
import { didYouMean } from '../core/validate';
import type { AnalyticsEvent, AnalyticsTool } from '../types';
import { lowerObjectVerb, NOT_FORWARDED, objectAction, snake } from './names';

/** Event properties as every tool takes them: flat, snake_case keys, scalar values. */
export type FlatProps = Record<string, string | number | boolean>;

type Fn = (...args: unknown[]) => unknown;
type Globals = Record<string, unknown>;

/** A tool: where its documented browser global lives, and how one event becomes its call. */
interface Tool {
  /** The function to call, when the page has it (its loader snippet defines it before the library arrives). */
  find(globals: Globals): Fn | undefined;
  send(call: Fn, name: string, props: FlatProps): void;
}

const fn = (value: unknown): Fn | undefined => (typeof value === 'function' ? (value as Fn) : undefined);
/** `owner.method`, called on its owner (the libraries read `this`). */
const method = (owner: string, name: string) => (globals: Globals) => {
  const target = globals[owner] as Record<string, unknown> | undefined;
  const found = target && typeof target === 'object' ? fn(target[name]) : undefined;
  return found?.bind(target);
};

/** GA4 drops parameters past 25 and cuts string values at 100 characters. */
const GA4_MAX_PARAMS = 25;
const GA4_MAX_VALUE = 100;
/** Plausible takes at most 30 properties, as strings. */
const PLAUSIBLE_MAX_PROPS = 30;

const TOOLS: Record<AnalyticsTool, Tool> = {
  posthog: {
    find: method('posthog', 'capture'),
    send: (call, name, props) => call(lowerObjectVerb(name), props),
  },
  segment: {
    find: method('analytics', 'track'),
    send: (call, name, props) => call(objectAction(name), props),
  },
  ga4: {
    find: (globals) => fn(globals.gtag),
    send: (call, name, props) => {
      const params: FlatProps = {};
      for (const [key, value] of Object.entries(props).slice(0, GA4_MAX_PARAMS))
        params[snake(key)] = typeof value === 'string' ? value.slice(0, GA4_MAX_VALUE) : value;
      call('event', snake(objectAction(name)), params);
    },
  },
  plausible: {
    find: (globals) => fn(globals.plausible),
    send: (call, name, props) => {
      const strings = Object.entries(props)
        .slice(0, PLAUSIBLE_MAX_PROPS)
        .map(([key, value]) => [key, String(value)]);
      call(objectAction(name), { props: Object.fromEntries(strings) });
    },
  },
  mixpanel: {
    find: method('mixpanel', 'track'),
    send: (call, name, props) => call(objectAction(name), props),
  },
  amplitude: {
    find: method('amplitude', 'track'),
    send: (call, name, props) => call(objectAction(name), props),
  },
};

/**
 * An event's props as flat, snake_case, scalar properties: nested objects joined by `_` (a hand-off's
 * `context` spread at the top), lists of words joined by `, `, lists of objects as their `_count`. No
 * user id: the tools identify the user themselves.
 * @example flatProps({ context: { query: 'export', viewedArticles: [{ id: 'a' }] } }) // { query: 'export', viewed_articles_count: 1 }
 */
export function flatProps(props: unknown, prefix = '', out: FlatProps = {}): FlatProps {
  if (!props || typeof props !== 'object') return out;
  for (const [key, value] of Object.entries(props)) {
    if (key === 'userId' || value === null || value === undefined) continue;
    const name = prefix + snake(key);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[name] = value;
    else if (Array.isArray(value)) {
      if (value.every((item) => typeof item !== 'object' || item === null)) out[name] = value.join(', ');
      else out[`${name}_count`] = value.length;
    } else if (typeof value === 'object')
      flatProps(value, !prefix && key === 'context' ? '' : `${name}_`, out);
  }
  return out;
}

/**
 * Hands one record to each configured tool whose global is on the page; a tool that throws is reported and
 * the others still hear of it.
 */
export function forwardTo(
  tools: readonly AnalyticsTool[],
  onError: (tool: AnalyticsTool, error: unknown) => void,
  globals: Globals = globalThis as Globals,
): (event: AnalyticsEvent) => void {
  return (event) => {
    if (NOT_FORWARDED.has(event.name)) return;
    const props = flatProps(event.props);
    for (const tool of tools) {
      try {
        const call = TOOLS[tool].find(globals);
        if (call) TOOLS[tool].send(call, event.name, props);
      } catch (error) {
        onError(tool, error);
      }
    }
  };
}

/** The configured tool names this build knows; each other one is reported (`config_invalid`) with the closest name. */
export function knownTools(rt: Pick<Runtime, 'report'>, names: readonly string[]): AnalyticsTool[] {
  const known = Object.keys(TOOLS) as AnalyticsTool[];
  return names.filter((name): name is AnalyticsTool => {
    if ((known as string[]).includes(name)) return true;
    const close = didYouMean(name, known);
    rt.report(
      'config_invalid',
      `Config "analytics.forward" names an unknown tool "${name}", ignored${close ? `: did you mean "${close}"?` : `; known: ${known.join(', ')}.`}`,
    );
    return false;
  });
}
