/**
 * The public contract of Pathlight: configuration, content formats, events and error codes.
 * Later work extends these types; it never renames a key.
 */

/** A locale tag such as `en`, `pl`, `pt-BR`. */
export type Locale = string;

/**
 * The panel's views, by name. A capability that registers another view adds its name here
 * (`declare module 'pathlight' { interface PanelViews { billing: true } }`), so `open('billing')` type-checks.
 * A name in this list that no capability in the build registers is reported by `open()`.
 */
export interface PanelViews {
  home: true;
  search: true;
  article: true;
  contact: true;
  checklist: true;
}

/** The panel's views. */
export type PanelView = keyof PanelViews;

// ---------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------

/** Look and feel. Every value becomes a CSS variable on the widget's shadow host. */
export interface ThemeConfig {
  /**
   * Brand colour for the launcher, links and primary buttons.
   * @default '#4f46e5'
   */
  brandColor?: string;
  /**
   * Text colour on top of `brandColor`.
   * @default '#ffffff'
   */
  brandTextColor?: string;
  /**
   * Corner radius of the panel and cards, in px.
   * @default 12
   */
  radius?: number;
  /**
   * Font stack used inside the widget.
   * @default system-ui stack
   */
  fontFamily?: string;
  /**
   * `'auto'` follows `prefers-color-scheme`.
   * @default 'auto'
   */
  colorScheme?: 'auto' | 'light' | 'dark';
}

/** The floating launcher button. */
export interface LauncherConfig {
  /**
   * Hide the launcher, for teams that open the panel from their own button (`Pathlight.open()`).
   * @default false
   */
  hidden?: boolean;
  /**
   * Corner the launcher sits in. The panel opens from the same side.
   * @default 'bottom-right'
   */
  position?: 'bottom-right' | 'bottom-left';
  /**
   * Accessible name and visible label. Defaults to the localized "Help".
   */
  label?: string;
  /**
   * Distance from the viewport edges, in px.
   * @default 20
   */
  offset?: number;
}

/** What happens when a user asks for a human. */
export interface HandoffConfig {
  /**
   * Called with what the user searched and read, for the host to open its live chat.
   * When set, it wins over `url` and `email`.
   */
  onHandoff?: (context: HandoffContext) => void;
  /** Opened in a new tab when no `onHandoff` is set. */
  url?: string;
  /** Used as `mailto:` when neither `onHandoff` nor `url` is set. */
  email?: string;
}

/** Analytics: where events go and what they may carry. */
export interface AnalyticsConfig {
  /**
   * Drop events until `consent(true)` is called, and store nothing but preferences.
   * @default false
   */
  requireConsent?: boolean;
  /**
   * Stop analytics when the browser sends Global Privacy Control.
   * @default true
   */
  respectGPC?: boolean;
  /** Change or drop (`return null`) any event before it is delivered to listeners or sent. */
  beforeSend?: (event: AnalyticsEvent) => AnalyticsEvent | null;
  /** An endpoint that receives batched events as JSON (POST). Nothing is sent without one. */
  endpoint?: string;
}

/** Every key Pathlight understands, with its default. */
export interface PathlightConfig {
  /**
   * The knowledge-base feed: a URL, a feed object, or a map of locale to URL.
   * A URL may contain `{locale}`.
   * @example '/help/feed.json'
   * @example { en: '/help/en.json', pl: '/help/pl.json' }
   */
  feed?: string | KnowledgeBaseFeed | Record<Locale, string>;
  /**
   * Guide content (tours, tips, checklists, announcements): a URL or the object itself.
   */
  content?: string | GuideContent;
  /**
   * UI language. Falls back to `<html lang>`, then `navigator.languages`, then `en`.
   */
  locale?: Locale;
  /**
   * Override or add UI strings, per locale: `{ en: { 'launcher.label': 'Support' } }`.
   */
  messages?: Record<Locale, Record<string, string>>;
  /** Look and feel. */
  theme?: ThemeConfig;
  /** The floating launcher. */
  launcher?: LauncherConfig;
  /** Hand-off to a human. */
  handoff?: HandoffConfig;
  /** Analytics and privacy. */
  analytics?: AnalyticsConfig;
  /**
   * Names this instance's saved state (`pathlight:<id>:…` in localStorage and sessionStorage), so two instances
   * on one page never share progress, dismissals, the user or recent searches. Letters, digits, `_` and `-`.
   * @default the first instance to init uses plain `pathlight:` keys, the next ones "2", "3"… in init order
   */
  id?: string;
  /**
   * Stacking order of every Pathlight surface.
   * @default 2147483647
   */
  zIndex?: number;
  /**
   * A CSP nonce for the `<style>` and `<script>` elements Pathlight adds
   * (only used where constructable stylesheets are unavailable, and for lazy chunks).
   */
  nonce?: string;
  /**
   * Base URL of the lazy chunks. Defaults to the folder the script-tag bundle was loaded from.
   */
  assetsUrl?: string;
  /** The user, if known at start (same as calling `identify`). */
  user?: { id: string; traits?: UserTraits };
  /**
   * Log targeting decisions and internal warnings to the console.
   * @default false
   */
  debug?: boolean;
  /**
   * Maximum number of tips visible at once.
   * @default 1
   */
  maxVisibleTips?: number;
  /**
   * Quiet period after the user dismisses something, before anything else shows by itself, in ms.
   * @default 30000
   */
  quietPeriodMs?: number;
  /**
   * Open the panel at start.
   * @default false
   */
  open?: boolean;
  /** Called once the widget is mounted. Same as `on('ready', …)`. */
  onReady?: () => void;
  /** Called for every error Pathlight reports. Same as `on('error', …)`. */
  onError?: (error: PathlightError) => void;
}

/** Traits describing the identified user; used by targeting rules. */
export type UserTraits = Record<string, string | number | boolean | null | undefined | string[]>;

// ---------------------------------------------------------------------------
// Knowledge-base feed
// ---------------------------------------------------------------------------

export interface KnowledgeBaseFeed {
  version: 1;
  /** Default locale of the articles in this feed. */
  locale?: Locale;
  categories?: Category[];
  articles: Article[];
  /** Words that should find each other: `{ bill: ['invoice'] }` (symmetric). */
  synonyms?: Record<string, string[]>;
}

export interface Category {
  id: string;
  title: string;
  parent?: string;
}

export interface Article {
  id: string;
  title: string;
  body: string;
  format: 'markdown' | 'html';
  summary?: string;
  category?: string;
  tags?: string[];
  keywords?: string[];
  /** The article in the full help center. */
  url?: string;
  /** URL patterns of the pages this article helps with (suggested there). */
  contexts?: string[];
  updatedAt?: string;
  locale?: Locale;
  video?: Video;
}

export interface Video {
  provider: 'youtube' | 'vimeo' | 'wistia' | 'loom' | 'file';
  src: string;
  /** Seconds. */
  duration?: number;
  poster?: string;
  chapters?: { at: number; title: string }[];
  transcript?: { at: number; text: string }[];
}

// ---------------------------------------------------------------------------
// Guide content and targeting
// ---------------------------------------------------------------------------

/** Comparison operators for user traits. */
export type TraitOperator = 'eq' | 'ne' | 'in' | 'contains' | 'exists' | 'gt' | 'lt' | 'before' | 'after';

export type TraitCondition = string | number | boolean | { op: TraitOperator; value?: unknown };

/**
 * When, where and to whom an item shows. Every key given must hold (they are AND-ed).
 * @example { url: '/invoices/*', user: { plan: { op: 'in', value: ['pro', 'team'] } }, frequency: 'once' }
 */
export interface TargetingRule {
  /** Glob (`/invoices/*`, `**` for any depth) or `regex:^/a/\d+$`, matched against the path. */
  url?: string | string[];
  /** A `track()` name, or a host DOM event as `dom:click:#selector`. */
  event?: string;
  /** A selector that must be present and visible. */
  element?: string;
  user?: Record<string, TraitCondition>;
  locale?: Locale | Locale[];
  /** Wait this long after the rule starts to hold. */
  delayMs?: number;
  /**
   * How often an item that was not dismissed may show again.
   * @default 'once'
   */
  frequency?: 'once' | 'session' | 'always';
  /** Show only after another item completed: `tour:ID`, `checklist:ID`, `tip:ID`. */
  after?: string;
  /** ISO date; UTC unless an offset is given. */
  from?: string;
  until?: string;
  all?: TargetingRule[];
  any?: TargetingRule[];
}

/** An element reference: a selector, an element, or a function returning one (for shadow roots). */
export type ElementTarget = string | Element | (() => Element | null | undefined);

export interface GuideButton {
  label: string;
  action: 'dismiss' | 'next' | 'article' | 'tour' | 'url' | 'custom';
  /** Article id, tour id or URL, by action. */
  value?: string;
  /** For `custom`. */
  onClick?: () => void;
}

export interface Tip {
  id: string;
  target: ElementTarget;
  title?: string;
  /** Markdown. */
  body?: string;
  image?: string;
  /** Text alternative of `image`; without it the image is treated as decorative. */
  imageAlt?: string;
  placement?: 'top' | 'bottom' | 'left' | 'right' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';
  /** A pulsing beacon that opens the tip, instead of the tip itself. */
  hotspot?: boolean | { open?: 'click' | 'hover' };
  buttons?: GuideButton[];
  trigger?: TargetingRule;
  /** Higher shows first when several are eligible. @default 0 */
  priority?: number;
}

export interface Announcement {
  id: string;
  title: string;
  /** Markdown. */
  body?: string;
  image?: string;
  /** Text alternative of `image`; without it the image is treated as decorative. */
  imageAlt?: string;
  /** Plays only after the user clicks play (a file, or an embed from an allow-listed host). */
  video?: Video;
  style?: 'modal' | 'slide-in';
  buttons?: GuideButton[];
  trigger?: TargetingRule;
  priority?: number;
}

export interface TourStep {
  target?: ElementTarget;
  title?: string;
  body?: string;
  /** Navigate here before the step (multi-page tours). */
  url?: string;
  placement?: Tip['placement'];
}

export interface Tour {
  id: string;
  title?: string;
  steps: TourStep[];
  trigger?: TargetingRule;
  priority?: number;
}

/**
 * What completes a checklist item by itself, without a reload. Give one key or several: the first of
 * them to happen completes the item. Without any, only `completeChecklistItem(checklistId, itemId)` does.
 * @example { event: 'invoice:created' }
 * @example { url: '/reports' }
 * @example { tour: 'welcome', article: 'getting-started' }
 * @example { element: '#bank-connected' }
 */
export interface ChecklistCompletion {
  /** A `track()` name (this page visit's, also from before the checklist loaded). */
  event?: string;
  /** A page visited: a URL pattern or a list of them, matched like `trigger.url`. */
  url?: string | string[];
  /** A finished tour: `tour:complete` for this tour id. */
  tour?: string;
  /** An article read in the panel: `article:view` for this article id. */
  article?: string;
  /** A click on an element matching this selector (also inside the host's open shadow roots). */
  click?: string;
  /** An element present and visible: a selector, or (in code) an element or a function returning one. */
  element?: ElementTarget;
  /** User traits, like `trigger.user`: `{ plan: 'pro' }`, `{ bankConnected: { op: 'eq', value: true } }`. */
  user?: Record<string, TraitCondition>;
}

export interface ChecklistItem {
  id: string;
  title: string;
  description?: string;
  /** Shorthand for `completeWhen: { event }`. */
  completeOn?: string;
  /** What completes the item by itself; without it (and `completeOn`), only `completeChecklistItem`. */
  completeWhen?: ChecklistCompletion;
  /** What the item's button does: `tour` (shown only where `startTour` and the tour exist), `article`, `url` or `custom`. */
  action?: GuideButton;
  /**
   * Shown, but not needed for the checklist to be complete, and not counted in what is left.
   * @default false
   */
  optional?: boolean;
}

export interface Checklist {
  id: string;
  title: string;
  /** A line under the title. */
  description?: string;
  items: ChecklistItem[];
  /**
   * Items unlock in order: an item's action (and its completion) waits for the required items above it.
   * @default false
   */
  sequential?: boolean;
  /**
   * Who gets the checklist, and when it reminds them: when the rule holds the checklist is offered (it
   * stays in the panel from then on) and a short reminder ("2 steps left") shows beside the launcher, as
   * often as `frequency` allows (`session`: once per visit). Never again by itself once dismissed.
   * Without a trigger, only `open('checklist')` offers it.
   */
  trigger?: TargetingRule;
  priority?: number;
}

export interface GuideContent {
  version: 1;
  tours?: Tour[];
  tips?: Tip[];
  checklists?: Checklist[];
  announcements?: Announcement[];
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

/** What a human receives when the user asks for help. No URL query strings. */
export interface HandoffContext {
  query: string;
  recentQueries: string[];
  failedQueries: string[];
  viewedArticles: { id: string; title: string }[];
  /** The page path, without query string or fragment. */
  path: string;
  locale: Locale;
  userId?: string;
}

export type ErrorCode =
  | 'config_invalid'
  | 'storage_unavailable'
  | 'feed_fetch_failed'
  | 'feed_invalid'
  | 'content_fetch_failed'
  | 'content_invalid'
  | 'element_not_found'
  | 'chunk_load_failed'
  | 'already_initialized'
  | 'not_initialized'
  | 'unknown_item'
  | 'listener_failed'
  | 'internal';

export interface PathlightError {
  code: ErrorCode;
  message: string;
}

/** Each event's payload. */
export interface PathlightEvents {
  ready: Record<string, never>;
  open: { view: PanelView };
  close: Record<string, never>;
  search: { query: string; resultCount: number };
  'article:view': { id: string };
  'article:feedback': { id: string; helpful: boolean };
  'video:progress': { id: string; percent: 25 | 50 | 75 | 100 };
  'tour:start': { id: string };
  'tour:step': { id: string; step: number };
  'tour:complete': { id: string };
  'tour:dismiss': { id: string; step: number };
  'tip:show': { id: string };
  'tip:click': { id: string; action: GuideButton['action'] };
  'tip:dismiss': { id: string };
  'announcement:show': { id: string };
  'announcement:dismiss': { id: string };
  'announcement:click': { id: string; action: GuideButton['action'] };
  /** An item completed: its position in the checklist (from 0) and how many items the checklist has. */
  'checklist:item': { checklistId: string; itemId: string; index: number; count: number };
  /** Every required item of the checklist is done. */
  'checklist:complete': { id: string };
  /** The user dismissed the checklist: it never shows or reminds by itself again. */
  'checklist:dismiss': { id: string };
  handoff: { context: HandoffContext };
  track: { name: string; props?: Record<string, unknown> };
  route: { path: string };
  error: PathlightError;
}

export type PathlightEventName = keyof PathlightEvents;

/** An event as analytics sees it (for `beforeSend`). */
export interface AnalyticsEvent<K extends PathlightEventName = PathlightEventName> {
  name: K;
  props: PathlightEvents[K];
  timestamp: number;
}

// ---------------------------------------------------------------------------
// The instance
// ---------------------------------------------------------------------------

export interface PathlightInstance {
  /** Mount the widget. A second call is ignored with one warning. */
  init(config?: PathlightConfig): void;
  /** Open the panel, optionally on a view. */
  open(view?: PanelView): void;
  close(): void;
  toggle(): void;
  /** Open the panel with results for `query`. */
  search(query: string): void;
  showArticle(id: string): void;
  /** Add tours, tips, checklists and announcements defined in code. */
  addContent(content: GuideContent): void;
  startTour(tour: string | Tour, options?: { step?: number }): void;
  endTour(): void;
  showTip(id: string): void;
  hideTip(id: string): void;
  showAnnouncement(id: string): void;
  /**
   * Mark a checklist item done (for items that complete by an API call, or whenever the host knows
   * better). Ticks it at once, without a reload, and is remembered for the user.
   * @example help.completeChecklistItem('getting-started', 'connect-bank');
   */
  completeChecklistItem(checklistId: string, itemId: string): void;
  /** Record a product event; targeting rules with `event` react to it. */
  track(name: string, props?: Record<string, unknown>): void;
  /** Carry an anonymous visitor's progress over to this user. */
  identify(userId: string, traits?: UserTraits): void;
  /** Log out: forget the user's state. */
  reset(): void;
  consent(granted: boolean): void;
  setLocale(locale: Locale): void;
  /** Listen to an event. Returns the unsubscribe. */
  on<K extends PathlightEventName>(event: K, handler: (payload: PathlightEvents[K]) => void): () => void;
  /** Log why items show or not. */
  debug(on?: boolean): void;
  /** Remove every element, listener, observer and timer. `init` works again afterwards. */
  destroy(): void;
}
