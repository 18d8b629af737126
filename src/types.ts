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
  /** "Connecting you to chat…", then the team's chat (`handoff.provider`), or the contact form when it never comes. */
  chat: true;
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
   * `'auto'` follows `prefers-color-scheme`; `{ followHost }` follows your app's own dark mode instead.
   * @default 'auto'
   * @example { followHost: '[data-theme="dark"]' }
   */
  colorScheme?: 'auto' | 'light' | 'dark' | HostColorScheme;
}

/**
 * Follows the host page's own dark mode, as a class or an attribute on `<html>`: the widget is dark while
 * `<html>` matches `followHost`, light otherwise, and switches when your app switches.
 */
export interface HostColorScheme {
  /**
   * A CSS selector `<html>` matches while your app is dark: `'.dark'` (`<html class="dark">`, Tailwind's class
   * strategy), `'[data-theme="dark"]'`, or any other. `true` takes the common conventions: `.dark`,
   * `[data-theme="dark"]`, `[data-bs-theme="dark"]` (Bootstrap) and `[data-color-scheme="dark"]`.
   */
  followHost: string | true;
}

/** The floating launcher button. */
export interface LauncherConfig {
  /**
   * Hide the launcher, for teams that open the panel from their own button (`Pathlight.open()`).
   * @default false
   */
  hidden?: boolean;
  /**
   * Corner the launcher sits in, in a left-to-right UI; a right-to-left UI (Arabic) mirrors it. The panel
   * opens from the same side.
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

/** The help panel. */
export interface PanelConfig {
  /**
   * The header's title on the panel's own views (home, search, articles), in every language; also the
   * dialog's accessible name. Per language, override the `panel.title` message instead.
   * @default the localized "Help"
   */
  title?: string;
  /**
   * A logo shown before the title, 24 px high (up to 120 px wide): an `https:`, `http:` or relative URL.
   * Decorative: the title names the panel.
   * @example '/brand/mark.svg'
   */
  logo?: string;
  /**
   * Space kept free above the panel on wide screens, in px: the height of your app's top bar and a gap.
   * Short windows take what they need from it, so the panel never gets too short to use.
   * @default 80
   */
  offsetTop?: number;
  /**
   * Space between the panel and the bottom of the viewport on wide screens, in px.
   * @default `launcher.offset` + 60 (just above the launcher)
   */
  offsetBottom?: number;
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
  // The built-in contact form (src/handoff/): its own block, so other hand-off keys merge beside it.
  /**
   * Where the contact form posts (JSON, or `multipart/form-data` when files are attached), with an
   * `Idempotency-Key` header and `idempotencyKey` in the body. When set, "Contact us" opens the form (it wins over
   * `url` and `email`; `email` then stays the last resort when the endpoint refuses a message). Cross-origin
   * endpoints must allow the `Idempotency-Key` and `Content-Type` headers (CORS preflight).
   * @example '/api/support/messages'
   */
  endpoint?: string;
  /**
   * How soon the team usually answers, in minutes; the form and its confirmation say so in the user's language
   * ("We usually reply within 4 hours"). Unset: no promise is made.
   */
  replyTime?: number;
  /**
   * Files the user may attach. `false` hides the file picker (screenshots and recordings too).
   * @default { maxBytes: 10485760, types: ['image/*', 'video/*', 'application/pdf', 'text/plain'], maxFiles: 5 }
   */
  attachments?: false | { maxBytes?: number; types?: string[]; maxFiles?: number };
  /**
   * "Record your screen" (where the browser can): the longest recording in seconds. `false` hides it.
   * @default { maxSeconds: 60 }
   */
  recording?: false | { maxSeconds?: number };
  /**
   * "Attach a screenshot of this page" (where the browser can: it asks the user which tab to capture).
   * @default true
   */
  screenshot?: boolean;
  /**
   * The live chat the team already runs on this page: one of the built-in adapters (each calls only that
   * vendor's documented browser API and never loads its script: the page does), or an adapter of your own.
   * When set, "Contact us" opens it with a short summary of what the user tried (or, where the vendor cannot
   * prefill a message, the context as attributes named by `fields`); when it is not ready within
   * `timeoutMs`, throws or hangs, the contact form takes over. Wins over `onHandoff`, `url` and `email`.
   * @example 'intercom'
   */
  provider?: HandoffProviderName | HandoffAdapter;
  /**
   * Context fields to send as the vendor's session or conversation attributes, and the vendor's name for each
   * (several vendors need them defined on their side first; Zendesk wants the field's id). Arrays are sent
   * joined with ", ". Nothing is sent as attributes without this map.
   * @example { summary: 'pathlight_summary', failedQueries: 'failed_searches', path: 'page' }
   */
  fields?: Partial<Record<HandoffField, string>>;
  /**
   * How long the chat may take to be ready and open, in ms, before the contact form takes over.
   * @default 8000
   */
  timeoutMs?: number;
  /** User traits (from `identify`) the human may see; no trait is sent without being named here. */
  traits?: string[];
  /** When a human answers: the panel says "We're online" or when the team is back, in the user's own time. */
  hours?: OfficeHours;
  /** A "Book a video call" action: the team's scheduling page, with the context as a prefilled note where the tool takes one. */
  videoCall?: VideoCallConfig;
}

/** The chat tools Pathlight has an adapter for. */
export type HandoffProviderName =
  | 'intercom'
  | 'crisp'
  | 'zendesk'
  | 'helpscout'
  | 'chatwoot'
  | 'livechat'
  | 'hubspot'
  | 'freshchat'
  | 'tawk';

/** What an adapter can send as attributes: any context field, or the human-readable summary. */
export type HandoffField = keyof HandoffContext | 'summary';

/**
 * A way to hand the user to a chat, for a tool Pathlight has no adapter for (or to wrap one).
 * @example
 * provider: {
 *   name: 'acme-chat',
 *   ready: (signal) => window.AcmeChat.whenReady({ signal }),
 *   open: (context, summary) => window.AcmeChat.open({ draft: summary }),
 * }
 */
export interface HandoffAdapter {
  /** Names the chat in the `handoff` event and in debug messages. */
  name: string;
  /**
   * Settles once the chat can be opened. Pathlight gives up after `handoff.timeoutMs` and aborts `signal`
   * (stop waiting then: remove listeners, clear timers); a rejection falls back to the form at once.
   */
  ready(signal: AbortSignal): Promise<void> | void;
  /** Opens the chat, with `summary` (localized, plain text) prefilled where the tool can. A throw or rejection falls back to the form. */
  open(context: HandoffContext, summary: string): Promise<void> | void;
}

/** A weekday, as `hours.weekly` names it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * The team's office hours, in the team's timezone; the panel shows them in the user's.
 * @example { timezone: 'Europe/Warsaw', weekly: { mon: [['09:00', '17:00']], sat: [] }, holidays: ['2026-12-25'] }
 */
export interface OfficeHours {
  /** An IANA timezone, such as 'Europe/Warsaw'. */
  timezone: string;
  /** Open intervals per weekday, `['HH:MM', 'HH:MM']` from start to end ('24:00' ends at midnight); a missing or empty day is closed. */
  weekly: Partial<Record<Weekday, [string, string][]>>;
  /** Closed days, `YYYY-MM-DD` in the team's timezone. */
  holidays?: string[];
  /**
   * Offer the chat outside hours too (the panel still says when the team is back).
   * @default false: outside hours "Contact us" opens the form
   */
  keepChatOpen?: boolean;
}

/** A "Book a video call" action. */
export interface VideoCallConfig {
  /**
   * The scheduling page (`https:`). Cal.com links get the context as `notes`, Calendly links as `a1` (the
   * first invitee question); `noteParam` names it for other tools.
   * @example 'https://cal.com/acme/support'
   */
  url: string;
  /** Where the note goes for tools other than Cal.com and Calendly (a query parameter). */
  noteParam?: string;
  /**
   * Offer it only within office hours (`hours`) or always.
   * @default 'hours'
   */
  when?: 'hours' | 'always';
}

/** Analytics: where events go and what they may carry. */
export interface AnalyticsConfig {
  /**
   * Send nothing until `consent(true)`: before it, events wait in memory only (nothing but the consent
   * preference is stored, no request is made); `consent(false)` drops them and whatever was queued.
   * @default false
   */
  requireConsent?: boolean;
  /**
   * Stop analytics when the browser sends Global Privacy Control (`navigator.globalPrivacyControl`): no
   * event is kept, forwarded or sent, and the analytics chunk is not even loaded.
   * @default true
   */
  respectGPC?: boolean;
  /**
   * Change or drop (`return null`) any event before it reaches `onEvent`, the forwarders or the endpoint
   * (the events of `on()` are the widget's own and stay as they are). It receives the event after masking;
   * what it returns is sent as it is.
   */
  beforeSend?: (event: AnalyticsEvent) => AnalyticsEvent | null;
  /**
   * An endpoint that receives batched events as JSON (POST `{ "events": [record, …] }`, see the README's
   * Analytics section). Nothing is sent without one.
   */
  endpoint?: string;
  /** Called with every event record (after masking and `beforeSend`), once consent allows. */
  onEvent?: (event: AnalyticsEvent) => void;
  /**
   * Forward each event to the tools the page already runs, through their browser globals and in their naming
   * conventions: PostHog `posthog.capture`, Segment `analytics.track`, GA4 `gtag('event', …)`, Plausible
   * `plausible()`, Mixpanel `mixpanel.track`, Amplitude `amplitude.track`. A tool whose global is missing is skipped.
   * @example forward: ['posthog', 'ga4']
   */
  forward?: AnalyticsTool[];
  /**
   * The user traits (from `identify()` or `config.user`) records may carry, by name; none by default.
   * @example traits: ['plan', 'role']
   */
  traits?: string[];
}

/** The analytics tools `analytics.forward` knows. */
export type AnalyticsTool = 'posthog' | 'segment' | 'ga4' | 'plausible' | 'mixpanel' | 'amplitude';

/** Micro-surveys, across every survey in the content. */
export interface SurveysConfig {
  /**
   * At most one survey shows by itself per user in this many days (fractions allowed; 0 turns the cap
   * off). Counted from the last survey shown, whichever it was; `showSurvey()` is not held back by it
   * (but counts). `reset()` forgets it with the rest of the user's state.
   * @default 30
   */
  minDaysBetween?: number;
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
  /** The help panel. */
  panel?: PanelConfig;
  /** Hand-off to a human. */
  handoff?: HandoffConfig;
  /**
   * A remote search engine for the panel's search, instead of the index built from `feed` (which stays the
   * fallback when the engine fails, times out or the browser is offline). Use a search-only key.
   * @example { provider: 'meilisearch', host: 'https://search.example.com', apiKey: 'search-only', index: 'help' }
   */
  search?: SearchConfig;
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
   * Whether `?pathlight=author` in the page's URL opens authoring mode. It only reads the page, but anyone can
   * open such a link; `false` leaves the switch to `author()` calls of the host's own code (an admin's button).
   * @default true
   */
  authorFromUrl?: boolean;
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
  /**
   * Keep each user's progress (tours in progress, completed and dismissed guides) on your server too, so it
   * follows them across devices. Local storage stays the offline copy; see {@link ProgressAdapter}.
   */
  progress?: ProgressAdapter;
  /** Micro-surveys (NPS, CSAT): how often one user may be asked. */
  surveys?: SurveysConfig;
  /** Called once the widget is mounted. Same as `on('ready', …)`. */
  onReady?: () => void;
  /** Called for every error Pathlight reports. Same as `on('error', …)`. */
  onError?: (error: PathlightError) => void;
}

/**
 * One user's guide progress, as the progress adapter loads and saves it. Keys are `kind:id` (`tour:welcome`,
 * with `@revision` for revised items); a checklist's ticks and moments are completions too
 * (`checklist:setup/connect-bank`, `checklist:setup#dismissed`); times are ms since the epoch.
 */
export interface ProgressState {
  version: 1;
  /** Completed items, and when. */
  completed: Record<string, number>;
  /** Dismissed items, and when. A dismissal is never undone by a merge. */
  dismissed: Record<string, number>;
  /** How often each item was shown (frequency rules read it). */
  shown: Record<string, number>;
  /** Items the user is in the middle of (a tour's step), and when that was saved. */
  positions: Record<string, { step: number; at: number }>;
}

/**
 * Where per-user progress is kept besides this browser. `load` runs when Pathlight starts with a known
 * user and on `identify`; `save` after each change. Both may fail or be slow: local progress is never lost
 * (it is written first), and the two copies merge the same way wherever they meet: the union of
 * completions (the later time wins), dismissals (never undone), the larger shown count, and for each
 * position the later one unless the item was completed or dismissed after it.
 *
 * @example
 * progress: {
 *   load: (userId) => fetch(`/api/guide-progress/${userId}`).then((r) => r.json()),
 *   save: (userId, state) => fetch(`/api/guide-progress/${userId}`, { method: 'PUT', body: JSON.stringify(state) }),
 * }
 */
export interface ProgressAdapter {
  load(userId: string): Promise<ProgressState | null | undefined> | ProgressState | null | undefined;
  /** May return a promise: a rejection (or a throw) counts as a failed save, tried again with the next change. */
  save(userId: string, state: ProgressState): unknown;
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
  /**
   * The topic's icon on the home view: a built-in name (`book`, `user`, `users`, `lock`, `card`, `wallet`,
   * `chart`, `percent`, `plug`, `settings`, `support`, `document`, `video`, `chat`, `mail`, `help`, `alert`,
   * `check`, `folder`), or an image URL (`https:`, `http:` or relative), drawn at 20 px.
   * @default 'folder'
   */
  icon?: string;
}

export interface Article {
  id: string;
  title: string;
  /**
   * The article's text, in `format`. Required unless `bodyUrl` is given (when both are, `body` is used).
   * Articles of a split feed (`pathlight build-feed --split`) have `bodyUrl` instead.
   */
  body?: string;
  /**
   * Where the body lives, for a split feed: the article's text alone (Markdown or HTML as `format` says, not
   * JSON), fetched when the article opens and kept for offline use like the feed. Relative to the feed's URL,
   * or absolute (`https:` or `http:`); the knowledge base hands articles out with it resolved to an absolute URL.
   * Search never sees the body of such an article: give it `summary`, `keywords` and `headings`.
   * @example 'bodies/reset-password.md'
   */
  bodyUrl?: string;
  /**
   * The body's section headings, in order: searched (like the body) and the source of search snippets when
   * the body is elsewhere (`bodyUrl`). `build-feed --split` writes them.
   */
  headings?: string[];
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

/** What moves a tour step on: its Next button, a click on its element, a `track()` event or a route change. */
export type TourAdvance = 'next' | 'click' | 'route' | { event: string };

export interface TourStep {
  /** Names the step in events and saved progress. @default its position, `"1"`, `"2"`… */
  id?: string;
  /**
   * The element to highlight: a selector, an element, or a function returning one (for elements inside
   * the host's open shadow roots). Without one the step is centred on the screen.
   */
  target?: ElementTarget;
  title?: string;
  /** Plain text or Markdown, drawn as DOM nodes (never as HTML). */
  body?: string;
  image?: string;
  /** Text alternative of `image`; without it the image is treated as decorative. */
  imageAlt?: string;
  /** Plays only after the user presses play (the same rules as announcements and articles). */
  video?: Video;
  /**
   * URL pattern(s) of the page the step lives on (the targeting rules' `url` language). On another page
   * the tour waits until the user gets there (a route change or a full page load), then resumes here.
   * @default the page of `url`, else wherever the tour is
   */
  page?: string | string[];
  /** Go here when the user moves on to this step from another page (a full page load). */
  url?: string;
  placement?: Tip['placement'];
  /** @default 'next' */
  advanceOn?: TourAdvance;
  /** Show the step only when this rule holds (its `url`, `user`, `event`, `element`… keys); skipped otherwise. */
  when?: TargetingRule;
  /**
   * When the element is not there after `waitMs`: `skip` the step, show it `center`d without a highlight,
   * or `end` the tour (`tour:dismiss` with reason `target-missing`).
   * @default 'skip'
   */
  ifMissing?: 'skip' | 'center' | 'end';
  /** How long to wait for the element to appear (single-page apps draw late). @default 3000 */
  waitMs?: number;
  /** Up to two extra buttons (`dismiss` ends the tour as `skip`; `next`, `url`, `article`, `tour`, `custom`). */
  buttons?: GuideButton[];
}

export interface Tour {
  id: string;
  title?: string;
  steps: TourStep[];
  trigger?: TargetingRule;
  priority?: number;
  /**
   * Bump it when the tour changed enough to show again: people who completed or dismissed an earlier
   * revision see it again (its trigger's `frequency` counts anew); progress saved under another
   * revision starts over.
   */
  revision?: string | number;
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

/**
 * The moment a survey follows: an article read in the panel (`article:view`), a hand-off to a human
 * (`handoff`), a completed checklist (`checklist:complete`) or tour (`tour:complete`), in this page visit.
 * A survey never opens over the panel, so one that follows an article or a hand-off shows once the panel
 * is closed.
 */
export type SurveyMoment = 'article' | 'handoff' | 'checklist' | 'tour';

/**
 * A micro-survey: NPS ("How likely are you to recommend …", 0–10) or CSAT (1–5, or thumbs up/down), with
 * an optional comment, in a small card beside the launcher. Who gets it and when: a `trigger` moment and/or
 * any targeting rule keys (`url`, `user`, `after`, `frequency`, …) given on the survey itself, or a
 * `trigger` rule object as other guide items have. Without either, only `showSurvey(id)` shows it.
 * @example { id: 'nps-q4', type: 'nps', product: 'Ledgerly', user: { visits: { op: 'gt', value: 1 } } }
 * @example { id: 'tour-csat', type: 'csat', trigger: 'tour', after: 'tour:welcome' }
 */
export interface Survey extends Omit<TargetingRule, 'all' | 'any'> {
  id: string;
  type: 'nps' | 'csat';
  /**
   * The question. NPS default: the localized "How likely are you to recommend {product} to a friend or
   * colleague?"; CSAT default: the localized "How would you rate your experience?".
   */
  question?: string;
  /** Names the product in the default NPS question. @default "us" (the localized wording without a name) */
  product?: string;
  /**
   * CSAT only: five steps (`score` 1–5) or thumbs (down is `score` 1, up is 5, so "4 or 5" means satisfied
   * on both).
   * @default 'five'
   */
  scale?: 'five' | 'thumbs';
  /**
   * Ask for a comment after the score ("What is the main reason for your score?").
   * @default true
   */
  comment?: boolean;
  /** The moment it follows, or a targeting rule (as tips and tours have it). */
  trigger?: SurveyMoment | TargetingRule;
  all?: TargetingRule[];
  any?: TargetingRule[];
  priority?: number;
}

export interface GuideContent {
  version: 1;
  tours?: Tour[];
  tips?: Tip[];
  checklists?: Checklist[];
  announcements?: Announcement[];
  surveys?: Survey[];
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

/**
 * What a human receives when the user asks for help: the same object reaches every chat adapter, the contact
 * form and the `handoff` event. No URL query strings, fragments or form values of the host page.
 */
export interface HandoffContext {
  /** The text in the search field when the user asked. */
  query: string;
  /** Searches the user settled on in this visit, newest last. */
  recentQueries: string[];
  /** Those that found nothing. */
  failedQueries: string[];
  /** Articles opened, newest last. */
  viewedArticles: { id: string; title: string }[];
  /** Videos played, with the furthest quarter reached; absent when none was. */
  videos?: { id: string; title: string; percent: number }[];
  /** "Was this helpful?" answers, with what was missing when the user said; absent when none was given. */
  ratings?: { id: string; title: string; helpful: boolean; comment?: string }[];
  /** The page path, without query string or fragment. */
  path: string;
  /** The page's title (`document.title`), when it has one. */
  pageTitle?: string;
  /** The tour step the user is on (from 0), when a tour runs. */
  tour?: { id: string; step: number };
  /** The checklist in progress and its last completed item. */
  checklist?: { id: string; itemId: string };
  locale: Locale;
  userId?: string;
  /** The user's traits that `handoff.traits` names. */
  traits?: UserTraits;
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
  | 'progress_failed'
  /** Analytics events were dropped (the queue's bound, or the endpoint refused them): how many, and why. */
  | 'analytics_dropped'
  | 'internal'
  /** The chat of `handoff.provider` was not ready in time, threw or hung: the contact form took over. */
  | 'handoff_failed'
  /** The `search` engine failed or timed out: the panel searched the feed's index instead (once per outage). */
  | 'search_failed'
  /** An article's `bodyUrl` could not be loaded (not found, network, server) or was not an article body. */
  | 'article_fetch_failed';

export interface PathlightError {
  code: ErrorCode;
  message: string;
}

/**
 * Why a tour ended early: the close button, Escape, a `dismiss` button of the step (`skip`), its element
 * missing with `ifMissing: 'end'`, the user leaving the tour's page, or another tour starting (`replaced`).
 */
export type TourDismissReason = 'close' | 'escape' | 'skip' | 'target-missing' | 'navigation' | 'replaced';

/** Each event's payload. */
export interface PathlightEvents {
  ready: Record<string, never>;
  open: { view: PanelView };
  close: Record<string, never>;
  search: { query: string; resultCount: number };
  'article:view': { id: string };
  /**
   * An answer to "Was this helpful?". After a "No" the user may say what was missing: a second event with
   * the same answer then carries it as `comment` (so count answers on the events without one).
   */
  'article:feedback': { id: string; helpful: boolean; comment?: string };
  'video:progress': { id: string; percent: 25 | 50 | 75 | 100 };
  /** `id` is `tourId` (both kept: `id` was the first contract). */
  'tour:start': { id: string; tourId: string; count: number };
  /** A step is on screen: `index` from 0 of `count` steps; `step` is `index` (the first contract's name). */
  'tour:step': { id: string; step: number; tourId: string; stepId: string; index: number; count: number };
  'tour:complete': { id: string; tourId: string; count: number };
  /** The tour ended before its last step, on step `index`, and why. */
  'tour:dismiss': {
    id: string;
    step: number;
    tourId: string;
    stepId: string;
    index: number;
    reason: TourDismissReason;
  };
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
  /** The user asked for a human; `provider` names the chat it goes to (absent for e-mail, `url`, `onHandoff` and the form). */
  handoff: { context: HandoffContext; provider?: string };
  /** The user opened the team's scheduling page ("Book a video call"). */
  'handoff:video-call': { url: string; context: HandoffContext };
  // The contact form's events (src/handoff/): `id` is the message's idempotency key, the same on every retry.
  /** The endpoint accepted the message: `queued` when it waited in the outbox first, `attempts` to deliver it. */
  'contact:sent': { id: string; attachments: number; queued: boolean; attempts: number };
  /** Offline, or the endpoint failed (5xx, timeout, network): kept in the outbox, sent later exactly once. */
  'contact:queued': { id: string; reason: 'offline' | 'unreachable' };
  /**
   * Not delivered and not kept: the endpoint refused it (4xx: `status`), or it could not be kept for later
   * (`reason: 'full' | 'storage'`). The form keeps the draft and says so.
   */
  'contact:failed': { id: string; reason: 'rejected' | 'full' | 'storage'; status?: number };
  /** The user opened an article the contact form suggested and left without sending. */
  'handoff:deflected': { articleId: string };
  /**
   * A survey is on screen. `trigger`: the moment it followed, `rule` when other targeting rules showed it,
   * `code` for `showSurvey()`.
   */
  'survey:show': { surveyId: string; type: Survey['type']; trigger: SurveyTrigger };
  /**
   * The user answered: NPS `score` 0–10, CSAT 1–5 (thumbs: 1 down, 5 up), with what they wrote when they
   * wrote something. Closing the card after picking a score sends the score.
   */
  'survey:answer': {
    surveyId: string;
    type: Survey['type'];
    score: number;
    comment?: string;
    trigger: SurveyTrigger;
  };
  /** The user closed the survey without answering: it never shows by itself again. */
  'survey:dismiss': { surveyId: string; type: Survey['type']; trigger: SurveyTrigger };
  track: { name: string; props?: Record<string, unknown> };
  route: { path: string };
  error: PathlightError;
}

/** What showed a survey: its moment, its other targeting rules (`rule`), or `showSurvey()` (`code`). */
export type SurveyTrigger = SurveyMoment | 'rule' | 'code';

export type PathlightEventName = keyof PathlightEvents;

/**
 * An event as analytics sees it: the record `beforeSend` and `onEvent` receive and the endpoint is sent (one
 * line of the NDJSON that `pathlight insights` reads). Documented in the README's Analytics section.
 */
export interface AnalyticsEvent<K extends PathlightEventName = PathlightEventName> {
  /** Unique per event (a UUID): the receiver drops a second copy of an id it has seen. */
  id: string;
  name: K;
  /** When it happened, ms since the epoch. */
  ts: number;
  /** The same as `ts` (the first contract's name); not sent to the endpoint. */
  timestamp: number;
  /** This tab's visit. */
  sessionId: string;
  /** This browser, until `reset()` (a new one then). Kept in localStorage once consent allows. */
  anonymousId: string;
  /** The identified user, if any. */
  userId?: string;
  /** Only the traits named in `analytics.traits`. */
  traits?: UserTraits;
  /** The UI language. */
  locale: Locale;
  /** The page path, never its query string or fragment. */
  path: string;
  /** The event's payload: emails, phone and card numbers masked, URLs without query strings. */
  props: PathlightEvents[K];
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
  /**
   * Start a tour now (bypassing its trigger, not validation): its id in the guide content, or a tour
   * object (validated and added like `addContent`). `step` starts further in (0-based). A running tour
   * ends first (`tour:dismiss` with reason `replaced`).
   * @example help.startTour('welcome', { step: 2 });
   */
  startTour(tour: string | Tour, options?: { step?: number }): void;
  /** End the running tour, if any, as if the user closed it (`tour:dismiss` with reason `close`). */
  endTour(): void;
  showTip(id: string): void;
  hideTip(id: string): void;
  showAnnouncement(id: string): void;
  /**
   * Show a survey now, bypassing its targeting and the per-user cap (not validation, nor a dismissal
   * being remembered afterwards). Waits for nothing: call it when no tour or modal is on screen.
   * @example help.showSurvey('nps-q4');
   */
  showSurvey(id: string): void;
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
  /**
   * The visitor's answer about analytics, remembered on this device: `true` lets events go (with
   * `analytics.requireConsent`, nothing is sent or stored before it); `false` stops analytics and drops what
   * was queued, with or without `requireConsent`.
   * @example acceptButton.onclick = () => help.consent(true);
   */
  consent(granted: boolean): void;
  setLocale(locale: Locale): void;
  /**
   * Change the look while running: any `ThemeConfig` key; keys not given keep their value, a key given as
   * `undefined` returns to its default. Bad values are reported (`config_invalid`) and leave that key as it was.
   * @example help.setTheme({ colorScheme: darkMode ? 'dark' : 'light' })
   * @example help.setTheme({ brandColor: '#0a7d55', radius: 8 })
   */
  setTheme(theme: ThemeConfig): void;
  /** Listen to an event. Returns the unsubscribe. */
  on<K extends PathlightEventName>(event: K, handler: (payload: PathlightEvents[K]) => void): () => void;
  /** Log why items show or not. */
  debug(on?: boolean): void;
  /**
   * Authoring mode (also opened by `?pathlight=author` in the page's URL): point at an element to get a robust
   * selector and ready JSON for a tip, a tour step or a checklist item; lists the content whose target is
   * missing on this page. Its code is a lazy file that no other page loads.
   * @example help.author();
   */
  author(): void;
  /** Remove every element, listener, observer and timer. `init` works again afterwards. */
  destroy(): void;
}

/** `[start, end)` offsets into a hit's plain `title` or `snippet` text. */
export type HighlightRange = [start: number, end: number];

/** One result of a remote search: plain text and highlight ranges, never HTML (nothing of it is inserted as HTML). */
export interface RemoteSearchHit {
  /** The article's id: opened from the feed, or through the adapter's `getArticle`. */
  id: string;
  title: string;
  snippet?: string;
  /** Where the article lives, for an article neither the feed nor `getArticle` has. */
  url?: string;
  ranges?: { title?: HighlightRange[]; snippet?: HighlightRange[] };
  locale?: Locale;
}

/** What the panel asks a search adapter. */
export interface SearchRequest {
  query: string;
  locale: Locale;
  limit: number;
  /** Where the user is: the page's path, for engines that rank by context. */
  context: { path: string };
  /** Aborted when the user types on, or when the request times out. */
  signal: AbortSignal;
}

/**
 * A search engine of your own. Throwing (or rejecting) counts as the engine failing: the feed's index answers.
 * @example { search: async ({ query, signal }) => (await fetch(`/api/help?q=${query}`, { signal })).json() }
 */
export interface SearchAdapter {
  search(request: SearchRequest): Promise<RemoteSearchHit[]>;
  /** Query completions, best first. */
  suggest?(request: SearchRequest): Promise<string[]>;
  /** The whole article of a hit the feed does not have. */
  getArticle?(id: string, options: { locale: Locale; signal: AbortSignal }): Promise<Article | undefined>;
  /**
   * Never set. `provider` is an engine name or an adapter, and a name's type (a string) has a `search` method of its
   * own: this tells TypeScript an object without `length` is the adapter, so an adapter written inline in
   * `search: { provider: { search({ query }) {…} } }` gets its parameters' types.
   */
  length?: undefined;
}

interface SearchEngineCommon {
  /**
   * How long a search may take before the feed's index answers instead.
   * @default 3000
   */
  timeoutMs?: number;
}
/** Meilisearch: `POST {host}/indexes/{index}/search` with a search key (`Authorization: Bearer`). */
export interface MeilisearchConfig extends SearchEngineCommon {
  provider: 'meilisearch';
  host: string;
  apiKey: string;
  index: string;
}
/** Typesense: `GET {host}/collections/{collection}/documents/search` with `x-typesense-api-key`. */
export interface TypesenseConfig extends SearchEngineCommon {
  provider: 'typesense';
  host: string;
  apiKey: string;
  collection: string;
  /**
   * The fields searched (`query_by`), the first being the title.
   * @default 'title,body'
   */
  queryBy?: string;
}
/** Algolia: `POST https://{appId}-dsn.algolia.net/1/indexes/{index}/query` with a search-only key. */
export interface AlgoliaConfig extends SearchEngineCommon {
  provider: 'algolia';
  appId: string;
  apiKey: string;
  index: string;
  /** Another host, such as a proxy. @default `https://${appId}-dsn.algolia.net` */
  host?: string;
}
/** Your own endpoint: `GET {url}?q=&locale=&limit=` answering `{ hits: RemoteSearchHit[] }` (see the README). */
export interface EndpointSearchConfig extends SearchEngineCommon {
  provider: 'endpoint';
  url: string;
}
export interface AdapterSearchConfig extends SearchEngineCommon {
  provider: SearchAdapter;
}
export type SearchConfig =
  | MeilisearchConfig
  | TypesenseConfig
  | AlgoliaConfig
  | EndpointSearchConfig
  | AdapterSearchConfig;
