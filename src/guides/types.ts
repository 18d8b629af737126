import type { Runtime } from '../core/context';
import type { Handlers } from '../core/methods';
import type { Json } from '../core/validate';
import type { CloseReason, Held, ItemKind, KindPolicy } from '../targeting';
import type { ElementTarget, GuideButton, TargetingRule, Tip, Video } from '../types';

/**
 * The lists of guide content, by content key, as the capabilities that own them declare them next
 * to their kind spec:
 *
 * ```ts
 * declare module '../guides/types' {
 *   interface GuideItems { tips: Tip }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one key per capability
export interface GuideItems {}

/** The lists of guide content (`tips`, `announcements`, …). */
export type ContentKey = keyof GuideItems;

export type GuideItem = GuideItems[ContentKey];

/** See {@link Guides.marks}. */
export interface ItemMarks {
  /** Records `key` now (or `at`, ms since the epoch). */
  mark(key: string, at?: number): void;
  /** When `key` was recorded, or undefined. */
  at(key: string): number | undefined;
  /** The recorded keys that start with `prefix`, oldest first. */
  keys(prefix: string): string[];
}

/**
 * One kind of guide item as its capability registers it: how the targeting engine schedules it
 * (the {@link KindPolicy}), where content JSON lists it, and how one item is checked. Guides checks
 * what every item has (`id`, the list, duplicates) and asks the spec for the rest.
 *
 * @example
 * const tipKind: ItemKindSpec<'tips'> = {
 *   kind: 'tip', contentKey: 'tips', order: 3, blocking: false, ambient: true,
 *   validate: (item, check) => …,
 *   target: (tip) => tip.target,
 * };
 */
export interface ItemKindSpec<K extends ContentKey = ContentKey> extends KindPolicy {
  /** Its list in content JSON: `tips`. */
  contentKey: K;
  /**
   * Checks one item (a copy of the JSON, `null` fields removed) through `check`, which records each
   * problem under its path; returns the item built from what the checks let through, or undefined
   * when it cannot be used (having said why through `check.fail`).
   */
  validate(item: Json, check: ItemCheck): GuideItems[K] | undefined;
  /** The element the item points at: it shows by itself only while that element is on the page. */
  target?(item: GuideItems[K]): ElementTarget | undefined;
  /** Whether this item blocks, where that depends on the item (a slide-in announcement does not). */
  isBlocking?(item: GuideItems[K]): boolean;
}

/**
 * What an item validator checks fields with: each check records its problem under the field's path
 * (`tips[2].target: …`) and returns the field's value when it can be used. `fail` leaves the whole
 * item out, `note` only the field.
 */
export interface ItemCheck {
  /** The object being checked; fields that cannot be used are removed from it. */
  readonly item: Json;
  /** Its path: `tips[2]`, `tours[0].steps[1]`. */
  readonly path: string;
  /** The item's id (guides checks it; empty when it is bad, and the item is left out then anyway). */
  readonly id: string;
  /** The item cannot be used because of `key` (`''`: the object itself). */
  fail(key: string, problem: string): void;
  /** `key` cannot be used; the item can. */
  note(key: string, problem: string): void;
  /** An optional field: when `ok` refuses it, it is noted (`expected …, got …; left out`) and removed. */
  optional<T>(
    key: string,
    ok: (value: unknown) => value is T,
    expected: string,
    instead?: string,
  ): T | undefined;
  /** Optional text. */
  text(key: string): string | undefined;
  /** Text the item cannot do without. */
  requiredText(key: string): string | undefined;
  /** An https, http or relative URL. */
  url(key: string): string | undefined;
  /** One of `values`; otherwise the default applies. */
  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined;
  /** Where a tip or a tour step sits next to its target. */
  placement(): Tip['placement'];
  /** A selector, an Element or a function the item cannot do without. */
  target(key: string): ElementTarget | undefined;
  /** The `buttons` list, at most `max` of them; a button that cannot work is left out. */
  buttons(max: number): GuideButton[] | undefined;
  /** One button field (a checklist item's `action`). */
  button(key: string): GuideButton | undefined;
  /** The `trigger` rule: any problem in it leaves the item out (a typo would show it to everyone). */
  trigger(): TargetingRule | undefined;
  /** URL patterns (one or a list) the targeting rules' `url` could hold; a bad one leaves the item out. */
  urlPatterns(key: string): string | string[] | undefined;
  /** Another targeting rule field (a tour step's `when`), checked like `trigger`. */
  rule(key: string): TargetingRule | undefined;
  /** A `{ provider, src }` video, kept exactly when the player would play it (noted and left out otherwise). */
  video(key: string): Video | undefined;
  /** Every key a targeting rule has (`url`, `event`, `user`, …), for a kind that carries rule keys itself. */
  readonly ruleKeys: readonly string[];
  /**
   * Checks the `keys` of this object that a targeting rule also has (`url`, `event`, `user`, …) as a rule
   * checks them; any problem leaves the item out (a checklist item's `completeWhen`).
   */
  conditions(keys: readonly string[]): void;
  /** The `priority` number. */
  priority(): number | undefined;
  /** Notes the fields not in `known` (kept: a newer content version may use them), with a did-you-mean. */
  known(known: readonly string[]): void;
  /** A check of a copy of the object at `key` inside this one (a tour step), `null` fields removed, reporting with this item. */
  child(object: Json, key: string): ItemCheck;
  /** `, got 7`: the bad value, for a message. */
  got(value: unknown): string;
}

/**
 * How one kind of item is drawn. The guides core owns content, history and the one targeting
 * engine; a renderer only draws, and tells the core when the user closed what it drew.
 */
export interface GuideRenderer<T extends GuideItem = GuideItem> {
  kind: ItemKind;
  /** Draw the item. `auto`: the targeting engine decided (no focus stealing); else a developer call. */
  show(item: T, auto: boolean): void;
  /** Take the item down without any user action (its rule stopped holding, a blocking item came). */
  hide(id: string): void;
  /**
   * The content changed (an item on screen may have been replaced or removed), or the user's progress
   * did (`identify`, a merge with `config.progress`).
   */
  refresh?(): void;
  /**
   * Why the item may not show by itself now although its rule holds (a per-user cap across the kind), or
   * undefined. Asked by the targeting engine after everything else let the item through.
   */
  wait?(item: T): Held | undefined;
}

/**
 * What a capability plugs into guides from its lazy chunk: the kinds it owns and, once it draws
 * them, their renderers. A kind without a renderer is validated and kept (its items can be read)
 * but never scheduled.
 *
 * @example
 * export const tips: GuidePlugin = { kinds: [tipKind, announcementKind], renderers: (rt, guides) => [...] };
 */
export interface GuidePlugin {
  kinds: readonly ItemKindSpec[];
  /** Builds this instance's renderers (and whatever else the capability sets up on `rt`). */
  renderers?(rt: Runtime, guides: Guides): GuideRenderer[];
}

/** What renderers (and the capabilities behind them) use of the guides core. */
export interface Guides {
  /** The validated item, or undefined. */
  item<K extends ContentKey>(key: K, id: string): GuideItems[K] | undefined;
  /** Every validated item of a list, in declaration order (`addContent()` ones replacing config ones by id). */
  items<K extends ContentKey>(key: K): GuideItems[K][];
  /**
   * Runs `fn` once the content given at init has loaded (or failed): developer calls made right
   * after `init` with a content URL find their items.
   */
  whenLoaded(fn: () => void): void;
  /**
   * A developer call shows `id` (bypassing targeting, not validation). Counts as shown for frequency
   * and against the engine's limits. Reports `unknown_item` and returns undefined when there is no such item.
   */
  showFromCode<K extends ContentKey>(key: K, id: string): GuideItems[K] | undefined;
  /**
   * The item went away. `'dismiss'`: the user closed it (it never shows by itself again, and the
   * quiet period starts); `'complete'`: the user acted on it (it counts as completed for `after`);
   * `'hide'`: it was taken down without a user decision.
   */
  closed(kind: ItemKind, id: string, how: CloseReason): void;
  /**
   * A kind draws `id` by itself, outside targeting and developer calls (a checklist's celebration beside the
   * launcher): the engine counts it as on screen, so what shows alone waits for it, until `closed()`. Refused
   * (false: draw nothing) while an item that shows alone is on screen, in the corner it would take.
   */
  claim(kind: ItemKind, id: string): boolean;
  /** Whether the current user dismissed the item (its current revision). */
  dismissed(kind: ItemKind, id: string): boolean;
  /**
   * Progress a kind keeps inside one of its items (a checklist's ticks), in the user's guide history, so
   * `identify()`, `reset()` and `config.progress` carry it like completions: keys are `kind:id/part`
   * or `kind:id#moment`, and two copies merge as completions do (the later time wins).
   */
  readonly marks: ItemMarks;
  /**
   * Whether a targeting rule's conditions hold now, read the way triggers are (frequency, `delayMs` and
   * dismissals aside): a tour step's `when`, a checklist item's `completeWhen`.
   */
  holds(rule: TargetingRule): boolean;
  /** The step the current user is on inside the item (its current revision), if they are in the middle of it. */
  position(kind: ItemKind, id: string): number | undefined;
  /** Saves the step the user is on, per user (and through `config.progress`); undefined: the item ended. */
  setPosition(kind: ItemKind, id: string, step: number | undefined): void;
  /** Ids of the items of a kind the user is in the middle of, the most recently saved first. */
  inProgress(kind: ItemKind): string[];
  /**
   * Something happened that `event` rules can wait for, under `name` (`pathlight:tour:complete`), as if
   * `track(name)` had been called but without a `track` event: a kind's moments (a survey after a tour).
   */
  signal(name: string): void;
  /** Whether the help panel is open (blocking items wait for it to close). */
  panelOpen(): boolean;
  /** When `track(name)` last happened in this page visit (ms), also before the guides chunk arrived. */
  tracked(name: string): number | undefined;
  /**
   * Host DOM events named as rules name them (`dom:click:#save`), through one delegated listener per
   * event type; Pathlight's own UI never counts. Returns the teardown.
   */
  listenDom(names: readonly string[], handler: (name: string) => void): () => void;
  /** The element a target points at, when it is on the page (selectors, elements, functions for shadow roots). */
  resolve(target: ElementTarget | undefined): Element | null;
  /** Shared by every renderer: whether an element is rendered and not hidden. */
  isVisible(element: Element): boolean;
  /** Add content defined in code (same format as `config.content`); validated like JSON content. */
  addContent(content: unknown): void;
  /**
   * Implement instance methods (`showTip`): the guides facade took those calls since init and
   * forwards them here. Only methods the capability's `GuideSource` lists reach the instance.
   */
  provide(handlers: Handlers): void;
}
