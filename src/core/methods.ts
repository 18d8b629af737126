import type { PathlightInstance } from '../types';
import type { Report } from './errors';

/**
 * The public methods, written once (their signatures are `PathlightInstance` in ../types.ts), each
 * with who implements it: the runtime itself, or a capability through `rt.provide` (the runtime
 * dispatches those). `satisfies` keeps this list and the interface from drifting: a method missing
 * here, or one the interface does not have, does not compile. The script-tag API
 * (`Pathlight('open')`, `Pathlight.open()`) and the instance are built from it.
 */
export const METHODS = {
  init: 'runtime',
  open: 'capability',
  close: 'capability',
  toggle: 'capability',
  search: 'capability',
  showArticle: 'capability',
  addContent: 'capability',
  startTour: 'capability',
  endTour: 'capability',
  showTip: 'capability',
  hideTip: 'capability',
  showAnnouncement: 'capability',
  showSurvey: 'capability',
  completeChecklistItem: 'capability',
  track: 'runtime',
  identify: 'runtime',
  reset: 'runtime',
  consent: 'runtime',
  setLocale: 'runtime',
  setTheme: 'runtime',
  on: 'runtime',
  debug: 'runtime',
  author: 'capability',
  destroy: 'runtime',
} as const satisfies Record<keyof PathlightInstance, 'runtime' | 'capability'>;

export type MethodName = keyof typeof METHODS;
/** The methods a capability implements (`rt.provide`); the runtime guards and dispatches them. */
export type CapabilityMethod = {
  [K in MethodName]: (typeof METHODS)[K] extends 'capability' ? K : never;
}[MethodName];
/** The methods the runtime implements itself. */
export type RuntimeMethod = Exclude<MethodName, CapabilityMethod>;

/** Every public method name, in the order above. */
export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];
/** The names of the capability methods. */
export const CAPABILITY_METHODS = METHOD_NAMES.filter(
  (name): name is CapabilityMethod => METHODS[name] === 'capability',
);

/** Implementations of capability methods (`rt.provide`); the runtime guards and dispatches them. */
export type Handlers = Partial<Pick<PathlightInstance, CapabilityMethod>>;

/**
 * Implements the named capability methods with one function per name: the runtime's dispatchers, a
 * lazy capability's forwarders. The one place that turns a list of names into typed methods.
 */
export function implement<K extends CapabilityMethod>(
  names: readonly K[],
  forName: (name: K) => (...args: unknown[]) => void,
): Pick<PathlightInstance, K> {
  return Object.fromEntries(names.map((name) => [name, forName(name)])) as Pick<PathlightInstance, K>;
}

/**
 * Adds `more` to `into`. A method `into` already has is refused and reported: two capabilities
 * implementing one method would leave which one runs to the order they started in.
 */
export function addHandlers(into: Handlers, more: Handlers, report: Report): void {
  for (const name of Object.keys(more) as CapabilityMethod[]) {
    const handler = more[name];
    if (handler === undefined) continue;
    if (into[name]) {
      report('internal', `${name}() is implemented twice: the first implementation stays.`);
      continue;
    }
    Object.assign(into, { [name]: handler });
  }
}
