/**
 * Targeting: one rule engine deciding when, where and to whom a tip, tour, checklist or
 * announcement shows by itself.
 */
export { parseDate, resolveDate } from './dates';
export { createTargetingEngine } from './engine';
export { evaluateConditions, evaluateRule, itemKey, TRAIT_OPERATORS } from './evaluate';
export type {
  CloseReason,
  Decision,
  EngineItem,
  EvaluateReason,
  Held,
  ItemKind,
  ItemRef,
  KindPolicy,
  TargetingContext,
  TargetingEngine,
  TargetingEngineOptions,
  TargetingHistory,
} from './types';
