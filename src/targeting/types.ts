import type { Locale, TargetingRule, UserTraits } from '../types';

/**
 * A kind of guide item (`tip`, `announcement`, …): the engine knows none by name, it schedules
 * every kind by the {@link KindPolicy} its capability registered.
 */
export type ItemKind = string;

/** How the engine schedules one kind of item; the capability that owns the kind says. */
export interface KindPolicy {
  kind: ItemKind;
  /** Tie-break after priority, lower first (announcement 0, tour 1, checklist 2, tip 3). */
  order: number;
  /** Whether its items block unless an item says otherwise (see {@link EngineItem.blocking}). */
  blocking: boolean;
  /**
   * Ambient items (tips) sit beside the page: several at once (up to `maxVisibleTips` of them), each
   * only while its rule holds, and they step aside while a blocking item shows. Items of other
   * kinds show one per kind at a time and stay until their owner closes them.
   * @default false
   */
  ambient?: boolean;
  /**
   * Shows by itself only while nothing but ambient items (which step aside) is on screen: a card that would
   * share its corner with another kind's card (a survey beside a checklist reminder or a slide-in).
   * @default false
   */
  alone?: boolean;
}

/** Which item a decision is about. Its history key is `kind:id` (`tour:welcome`). */
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** What the visitor has seen and done, as recorded by the capabilities that show items. */
export interface TargetingHistory {
  /** How many times the item was shown, ever (for this user). */
  shownCount(key: string): number;
  shownThisSession(key: string): boolean;
  /** Dismissed items never show by themselves again, whatever their frequency. */
  dismissed(key: string): boolean;
}

/** Everything a rule can look at. The engine builds it; tests build it by hand. */
export interface TargetingContext {
  /** The pathname, optionally with `#fragment` (for `#/…` routes); a query string is ignored. */
  path: string;
  locale: Locale;
  /** ms since the epoch. */
  now: number;
  user: { id?: string; traits: UserTraits };
  /** `track()` and `dom:click:#selector` event names of this page session, to when they last happened (ms). */
  events: ReadonlyMap<string, number>;
  /** Completed items: `tour:ID`, `checklist:ID`, `tip:ID`. */
  completed: ReadonlySet<string>;
  history: TargetingHistory;
  /** Injected so the engine itself never scans the DOM. */
  elementVisible(selector: string): boolean;
  /** When this item's rule started to hold without interruption (for `delayMs`). */
  heldSince(key: string): number | undefined;
}

/** The outcome of one rule evaluation. */
export interface Decision {
  show: boolean;
  /** Human-readable, for debug logging: what held, or what did not. */
  reasons: string[];
  /** Evaluate again after this long: `from` lies ahead, or `delayMs` is still running. */
  retryInMs?: number;
  /** Every condition holds right now (only `delayMs`, frequency or a dismissal may stand in the way). */
  held?: boolean;
}

/** An item as the engine schedules it. */
export interface EngineItem extends ItemRef {
  /** Without a trigger an item never shows by itself (only from code). */
  trigger?: TargetingRule;
  /** Higher first among eligible items. @default 0 */
  priority?: number;
  /**
   * A blocking item takes the user's attention (a tour, a modal announcement): one at a time, and
   * nothing else shows by itself while it is visible.
   * @default the kind's {@link KindPolicy.blocking}
   */
  blocking?: boolean;
}

/** Why a pass runs; only `'element'` passes are partial (items whose rules name an element). */
export type EvaluateReason =
  | 'route'
  | 'element'
  | 'identify'
  | 'locale'
  | 'track'
  | 'items'
  | 'timer'
  | 'start'
  | 'close';

/** How a visible item went away: a dismissal starts the quiet period, `hide` is no user action. */
export type CloseReason = 'dismiss' | 'complete' | 'hide';

/** Why an item that may show waits all the same, and when to ask again. */
export interface Held {
  reason: string;
  /** Evaluate again after this long (the cap ends then). */
  retryInMs?: number;
}

export interface TargetingEngineOptions {
  /** The kinds of item it schedules. An item of a kind not listed sorts last and neither blocks nor is ambient. */
  kinds: readonly KindPolicy[];
  /** A snapshot of everything rules look at, taken once per pass. */
  getContext: () => Omit<TargetingContext, 'heldSince'>;
  /** Render the item (the capability that owns it does). */
  show: (item: EngineItem) => void;
  /** Take down an auto-shown tip whose rule stopped holding, or one a blocking item displaces. */
  hide?: (item: EngineItem) => void;
  /**
   * Something outside the engine holds the user's attention (the help panel is open): while it returns
   * a reason, no blocking item shows by itself — one blocking thing at a time, the panel included.
   * Call `evaluate('close')` when it ends.
   */
  busy?: () => string | undefined;
  /**
   * Whether an item must wait for a reason its rule does not know (a per-user cap across a kind): a
   * reason holds it back (asked again after `retryInMs`, when given), undefined lets it show.
   */
  held?: (item: EngineItem) => Held | undefined;
  /** @default 1 */
  maxVisibleTips?: number;
  /** Nothing shows by itself for this long after a dismissal. @default 30000 */
  quietPeriodMs?: number;
  /** One line per item per pass, explaining the decision (for `Pathlight.debug()`). */
  log?: (message: string) => void;
  /**
   * Checked once per pass: while it returns false no log line is built (debug can be switched on
   * and off at run time without paying for the strings). @default () => true
   */
  logEnabled?: () => boolean;
  /** Errors thrown by a rule's context or by `show`/`hide`; the pass carries on. */
  onError?: (error: unknown) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** @default Date.now */
  now?: () => number;
}

export interface TargetingEngine {
  /** Replace the items of one kind (declaration order is the tie-break after priority). */
  setItems(kind: ItemKind, items: ReadonlyArray<Omit<EngineItem, 'kind'>>): void;
  /** Schedule a pass; calls within one tick share one pass. */
  evaluate(reason: EvaluateReason): void;
  /** An item became visible by other means (a developer call): count it against the limits. */
  markShown(item: ItemRef): void;
  /** A visible item went away. */
  markClosed(item: ItemRef, how: CloseReason): void;
  isShowing(item: ItemRef): boolean;
  /** The item on screen that shows alone (a survey: its card shares a corner with other kinds' cards), if any. */
  aloneShowing(): ItemRef | undefined;
  /** Selectors that rules wait for, so the element watcher's caller knows what matters. */
  selectors(): string[];
  /** Event names that rules wait for (`dom:click:#selector` ones need a listener). */
  events(): string[];
  /** Stop timers and forget state. */
  destroy(): void;
}
