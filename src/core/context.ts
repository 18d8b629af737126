import type { ReadableAtom, WritableAtom } from 'nanostores';
import type { ComponentType } from 'preact';
import type { Translator } from '../i18n';
import type { PathlightConfig, PathlightEvents, ThemeConfig } from '../types';
import type { ChunkName, Chunks } from './chunks';
import type { Report } from './errors';
import type { Journey } from './journey';
import type { Handlers } from './methods';
import type { PageContext } from './page';
import type { KeyValueStorage } from './storage';
import type { UserState } from './user-state';

/**
 * What every capability receives: the validated config and the shared services. Capabilities
 * talk to each other only through this (stores and events), never through each other's files.
 */
export interface Runtime {
  readonly config: Readonly<PathlightConfig>;
  readonly report: Report;
  emit<K extends keyof PathlightEvents>(event: K, payload: PathlightEvents[K]): void;
  on<K extends keyof PathlightEvents>(event: K, handler: (payload: PathlightEvents[K]) => void): () => void;
  /** Sees every event (analytics' one tap, before the listeners); removed on `destroy()`. Returns the removal. */
  tap(handler: <K extends keyof PathlightEvents>(event: K, payload: PathlightEvents[K]) => void): () => void;
  /** The visitor's answer to `consent()` (which sets it), remembered across visits; undefined until they answer. */
  readonly $consent: WritableAtom<boolean | undefined>;
  /** Device-wide preferences (not per user). */
  readonly storage: KeyValueStorage;
  /** This tab's visit (sessionStorage). */
  readonly session: KeyValueStorage;
  /** Per-user state: progress, dismissals. */
  readonly user: UserState;
  /** What the user did in this tab's visit (searches, articles, videos, ratings, tour step), from the events. */
  readonly journey: Journey;
  readonly page: PageContext;
  readonly $locale: ReadableAtom<string>;
  readonly $t: ReadableAtom<Translator>;
  readonly $debug: ReadableAtom<boolean>;
  /** The theme as it is now: `config.theme`, changed by `setTheme()`. */
  readonly $theme: ReadableAtom<Readonly<ThemeConfig>>;
  /** Components drawn in the shadow root beside the launcher and panel (tips, announcements…). */
  readonly $layers: ReadableAtom<ComponentType<{ rt: Runtime }>[]>;
  /** Draws a component in `$layers`; removed on `destroy()`. Returns the removal. */
  addLayer(layer: ComponentType<{ rt: Runtime }>): () => void;
  /** Logs when debug is on. */
  log(message: string): void;
  /** Loads a lazy chunk; the English only it shows (its `english` export) then joins every translator. */
  loadChunk<K extends ChunkName>(name: K): Promise<Chunks[K]>;
  /** Adopt a lazy chunk's CSS into the shadow root; returns the removal. */
  addStyles(css: string): () => void;
  /** The shadow root everything is drawn in. */
  readonly shadow: ShadowRoot;
  /**
   * Implement instance methods. A method another capability already implements is refused and
   * reported: a lazy capability provides its methods once, as forwarders (core/deferred.ts), and hands
   * the real ones over through its own API, never through a second `provide`.
   */
  provide(handlers: Handlers): void;
  /** The instance methods capabilities implemented, for one capability to call another's (`showArticle`). */
  readonly handlers: Readonly<Handlers>;
  /** The launcher's badge: an unread count or checklist progress; undefined hides it. */
  readonly $badge: WritableAtom<string | number | undefined>;
  /** Register a teardown that `destroy()` runs (last registered, first run). */
  onDestroy(teardown: () => void): void;
}

export type { Handlers };

/** A capability: sets itself up on the runtime, registering handlers and teardowns. */
export type Feature = (rt: Runtime) => void;
