import type { PathlightInstance } from '../types';

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
  completeChecklistItem: 'capability',
  track: 'runtime',
  identify: 'runtime',
  reset: 'runtime',
  consent: 'runtime',
  setLocale: 'runtime',
  on: 'runtime',
  debug: 'runtime',
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
