import type { Runtime } from '../core/context';
import type { Handlers } from '../core/methods';
import type { CloseReason, ItemKind } from '../targeting';
import type { Announcement, Checklist, ElementTarget, GuideContent, Tip, Tour } from '../types';

/** The lists of guide content, by key. */
export type ContentKey = 'tips' | 'announcements' | 'tours' | 'checklists';

/** The item type each content key holds. */
export interface GuideItems {
  tips: Tip;
  announcements: Announcement;
  tours: Tour;
  checklists: Checklist;
}

/** The content key of each item kind. */
export const CONTENT_KEYS: Readonly<Record<ItemKind, ContentKey>> = {
  tip: 'tips',
  announcement: 'announcements',
  tour: 'tours',
  checklist: 'checklists',
};

export type GuideItem = GuideItems[ContentKey];

/**
 * How one kind of item (tips, announcements, and later tours and checklists) is drawn. The guides
 * core owns content, history and the one targeting engine; a renderer only draws, and tells the
 * core when the user closed what it drew.
 */
export interface GuideRenderer<T extends GuideItem = GuideItem> {
  kind: ItemKind;
  /**
   * Whether an item takes the user's whole attention (one at a time, nothing else shows meanwhile).
   * @default the engine's default for the kind (tours and announcements block)
   */
  blocking?(item: T): boolean;
  /** The element the item points at: it shows by itself only while that element is on the page. */
  target?(item: T): ElementTarget | undefined;
  /** Draw the item. `auto`: the targeting engine decided (no focus stealing); else a developer call. */
  show(item: T, auto: boolean): void;
  /** Take the item down without any user action (its rule stopped holding, a blocking item came). */
  hide(id: string): void;
  /** The content changed: an item on screen may have been replaced or removed. */
  refresh?(): void;
}

/** Builds the renderers of a capability (tips builds the tip and announcement renderers). */
export type RendererFactory = (rt: Runtime, guides: Guides) => GuideRenderer[];

/** What renderers (and the capabilities behind them) use of the guides core. */
export interface Guides {
  /** The validated item, or undefined. */
  item<K extends ContentKey>(key: K, id: string): GuideItems[K] | undefined;
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
  /** Whether the current user dismissed the item. */
  dismissed(kind: ItemKind, id: string): boolean;
  /** The element a target points at, when it is on the page (selectors, elements, functions for shadow roots). */
  resolve(target: ElementTarget | undefined): Element | null;
  /** Shared by every renderer: whether an element is rendered and not hidden. */
  isVisible(element: Element): boolean;
  /** Add content defined in code (same format as `config.content`); validated like JSON content. */
  addContent(content: GuideContent | unknown): void;
  /**
   * Implement instance methods (`showTip`): the guides facade took those calls since init and
   * forwards them here. Only methods the renderer's `RendererSource` lists reach the instance.
   */
  provide(handlers: Handlers): void;
}
