import { atom } from 'nanostores';
import type { ComponentType } from 'preact';
import { createTranslator, negotiateLocale, SUPPORTED_LOCALES, type Translator } from '../i18n';
import en from '../i18n/catalogs/en';
import type {
  PathlightConfig,
  PathlightError,
  PathlightEventName,
  PathlightEvents,
  PathlightInstance,
  UserTraits,
} from '../types';
import { mountHost, type UiHost } from '../ui/host';
import type { ChunkLoaders } from './chunks';
import { validateConfig } from './config';
import type { Feature, Handlers, Runtime } from './context';
import { createEmitter } from './emitter';
import { createReporter, errorMessage, type Report } from './errors';
import { claimInstanceId } from './instance-id';
import { createJourney } from './journey';
import {
  addHandlers,
  CAPABILITY_METHODS,
  type CapabilityMethod,
  implement,
  type RuntimeMethod,
} from './methods';
import { createPageContext } from './page';
import { createStorage } from './storage';
import { createUserState } from './user-state';

/** The largest z-index there is: a host header added after the widget must not cover it by DOM order. */
export const DEFAULT_Z_INDEX = 2147483647;

export interface RuntimeOptions {
  /** Every capability's CSS, adopted into the shadow root. */
  css: string;
  /**
   * How each lazy chunk loads (the entry's loader map: `import()` in the ESM build, `<script>` in the
   * script-tag build). A chunk with no loader fails to load with a reported error.
   */
  chunks: Partial<ChunkLoaders>;
  /** Capabilities to set up at init, in order. */
  features: Feature[];
  /** Sets up the UI on the runtime and returns its mount: draws into the shadow root, returns the teardown. */
  ui: (rt: Runtime) => (container: HTMLElement) => () => void;
  /** Base URL of lazy chunks when the config has no `assetsUrl` (the script-tag bundle's folder). */
  assetsBase?: string;
}

const LOCALE_PREF = 'locale';

/** User-timing marks, so hosts (and `npm run bench`) can see init cost in their performance tools. */
const mark = (name: string) => globalThis.performance?.mark?.(name);
const measure = (name: string, start: string, end: string) => {
  try {
    globalThis.performance?.measure?.(name, start, end);
  } catch {
    // A host that cleared marks in between: nothing to measure.
  }
};
const CONSENT_PREF = 'consent';

/**
 * Builds an instance. Nothing touches `window` or `document` until `init`, so importing and
 * creating are safe during server-side rendering.
 */
export function createInstance(options: RuntimeOptions): PathlightInstance {
  let onErrorHook: ((error: PathlightError) => void) | undefined;
  const emitter = createEmitter<PathlightEvents>((event, error) => {
    // A throwing listener must not silence the others, nor loop through 'error' forever.
    if (event !== 'error')
      report('listener_failed', `A listener for "${String(event)}" threw: ${errorMessage(error)}`);
    else console.warn('[Pathlight] An "error" listener threw', error);
  });
  const report: Report = createReporter((error) => {
    emitter.emit('error', error);
    try {
      onErrorHook?.(error);
    } catch {
      // The host's own error hook failing is not ours to re-report.
    }
  });

  let live: { rt: Runtime; teardowns: Array<() => void>; handlers: Handlers } | undefined;
  let debugOn = false;
  const $debug = atom(false);

  const guarded =
    <A extends unknown[]>(name: string, fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        fn(...args);
      } catch (error) {
        report('internal', `${name}() failed: ${errorMessage(error)}`, error);
      }
    };

  const requireLive = (method: string) => {
    if (!live)
      report(
        'not_initialized',
        `${method}() was called before init(); call Pathlight('init', config) first.`,
      );
    return live;
  };

  const dispatch =
    (name: CapabilityMethod) =>
    (...args: unknown[]) => {
      const current = requireLive(name);
      if (!current) return;
      const handler = current.handlers[name] as ((...a: unknown[]) => void) | undefined;
      if (handler) handler(...args);
      else report('internal', `${name}() is not available in this build of Pathlight.`);
    };

  function init(input?: PathlightConfig): void {
    if (live) {
      report('already_initialized', 'init() was called again and ignored: Pathlight is already running.');
      return;
    }
    if (typeof document === 'undefined' || !document.body) {
      report(
        'internal',
        'init() needs a document with a <body>; call it in the browser after the page loads.',
      );
      return;
    }
    mark('pathlight:init-start');
    const { config, problems } = validateConfig(input);
    onErrorHook = config.onError;
    for (const problem of problems) report('config_invalid', problem);

    const teardowns: Array<() => void> = [];
    const handlers: Handlers = {};
    // Each instance keeps its own keys; one storage fault is reported once for both areas.
    const instanceId = claimInstanceId(config.id, report);
    teardowns.push(instanceId.release);
    const faults = { reported: false };
    const namespace = instanceId.id || undefined;
    const storage = createStorage({ report, namespace, faults });
    const session = createStorage({ report, area: 'session', namespace, faults });
    const user = createUserState(storage);
    const journey = createJourney(session);
    if (config.user) user.identify(config.user.id, config.user.traits);
    const page = createPageContext(window);
    teardowns.push(() => page.destroy());
    const routeOff = page.onRoute((path) => emitter.emit('route', { path }));
    teardowns.push(routeOff);

    const $locale = atom('en');
    const $t = atom<Translator>(createTranslator('en', en, { overrides: config.messages?.en }));
    const $layers = atom<ComponentType<{ rt: Runtime }>[]>([]);
    debugOn = debugOn || config.debug === true;
    $debug.set(debugOn);

    const host: UiHost = mountHost({
      css: options.css,
      nonce: config.nonce,
      zIndex: config.zIndex ?? DEFAULT_Z_INDEX,
    });
    teardowns.push(() => host.destroy());
    // Frameworks that re-render <body> may drop our host: put it back on the next DOM change.
    teardowns.push(page.watchElements(() => host.ensureAttached()));

    const rt: Runtime = {
      config,
      report,
      emit: (event, payload) => {
        // Before the listeners: one that hands off or reads the journey sees this event included.
        journey.record(event, payload);
        emitter.emit(event, payload);
      },
      on: (event, handler) => {
        const off = emitter.on(event, handler);
        teardowns.push(off);
        return off;
      },
      storage,
      session,
      user,
      journey,
      page,
      $locale,
      $t,
      $debug,
      $layers,
      log: (message) => {
        if ($debug.get()) console.info(`[Pathlight] ${message}`);
      },
      loadChunk: (name) => {
        const load = options.chunks[name];
        if (!load) return Promise.reject(new Error(`the "${name}" chunk is not in this build`));
        return load({ base: config.assetsUrl ?? options.assetsBase, nonce: config.nonce });
      },
      shadow: host.shadow,
      addStyles: (css) => host.addStyles(css),
      provide: (more) => addHandlers(handlers, more, report),
      handlers,
      $badge: atom<string | number | undefined>(undefined),
      onDestroy: (teardown) => teardowns.push(teardown),
    };
    live = { rt, teardowns, handlers };

    const applyLocale = (requested: string | undefined) => {
      const locale = negotiateLocale({
        configured: requested,
        htmlLang: document.documentElement.lang,
        navigatorLanguages: navigator.languages,
        supported: [...SUPPORTED_LOCALES, ...Object.keys(config.messages ?? {})],
      });
      const overrides = config.messages?.[locale];
      if (locale === 'en') {
        $t.set(createTranslator('en', en, { overrides }));
        $locale.set('en');
        return;
      }
      rt.loadChunk('locales').then(
        ({ catalogs }) => {
          if (live?.rt !== rt) return;
          $t.set(createTranslator(locale, catalogs[locale] ?? en, { overrides }));
          $locale.set(locale);
        },
        (error) =>
          report('chunk_load_failed', `Could not load the "${locale}" messages: ${errorMessage(error)}`),
      );
    };
    setLocaleImpl = (locale) => {
      storage.set(LOCALE_PREF, locale);
      applyLocale(locale);
    };
    applyLocale(config.locale ?? storage.get<string>(LOCALE_PREF));

    const mountUi = options.ui(rt);
    for (const feature of options.features) {
      try {
        feature(rt);
      } catch (error) {
        report('internal', `A Pathlight feature failed to start: ${errorMessage(error)}`, error);
      }
    }
    teardowns.push(mountUi(host.container));

    mark('pathlight:init-end');
    measure('pathlight:init', 'pathlight:init-start', 'pathlight:init-end');
    emitter.emit('ready', {});
    try {
      config.onReady?.();
    } catch (error) {
      report('listener_failed', `onReady threw: ${errorMessage(error)}`, error);
    }
    if (config.open) handlers.open?.();
  }

  let setLocaleImpl: ((locale: string) => void) | undefined;

  function destroy(): void {
    const current = live;
    if (!current) return;
    live = undefined;
    setLocaleImpl = undefined;
    for (const teardown of current.teardowns.splice(0).reverse()) {
      try {
        teardown();
      } catch (error) {
        report('internal', `destroy step failed: ${errorMessage(error)}`, error);
      }
    }
  }

  // The capability methods (./methods.ts): each dispatched to what a capability provided.
  const dispatched = implement(CAPABILITY_METHODS, (name) => guarded(name, dispatch(name)));

  const own: Pick<PathlightInstance, RuntimeMethod> = {
    init: guarded('init', init),
    track: guarded('track', (name: string, props?: Record<string, unknown>) => {
      if (typeof name !== 'string' || !name) {
        report('config_invalid', 'track() needs an event name (a non-empty string).');
        return;
      }
      emitter.emit('track', props === undefined ? { name } : { name, props });
    }),
    identify: guarded('identify', (userId: string, traits?: UserTraits) => {
      const current = requireLive('identify');
      if (!current) return;
      if (typeof userId !== 'string' || !userId) {
        report('config_invalid', 'identify() needs a user id (a non-empty string).');
        return;
      }
      current.rt.user.identify(userId, traits);
    }),
    reset: guarded('reset', () => {
      const current = requireLive('reset');
      current?.rt.user.reset();
      current?.rt.journey.clear();
    }),
    consent: guarded('consent', (granted: boolean) => {
      requireLive('consent')?.rt.storage.set(CONSENT_PREF, granted === true);
    }),
    setLocale: guarded('setLocale', (locale: string) => {
      if (!requireLive('setLocale')) return;
      if (typeof locale !== 'string' || !locale) {
        report('config_invalid', 'setLocale() needs a locale such as "pl" or "pt-BR".');
        return;
      }
      setLocaleImpl?.(locale);
    }),
    on<K extends PathlightEventName>(event: K, handler: (payload: PathlightEvents[K]) => void) {
      // The one method not wrapped by `guarded` (it returns a value): it catches its own errors too.
      try {
        if (typeof handler !== 'function') {
          report('config_invalid', `on("${String(event)}") needs a function.`);
          return () => {};
        }
        const off = emitter.on(event, handler);
        // `ready` already fired for a listener added after init: tell this one listener, asynchronously like the event.
        if (event === 'ready' && live) {
          let subscribed = true;
          queueMicrotask(() => {
            if (!subscribed || !live) return;
            try {
              (handler as (payload: PathlightEvents['ready']) => void)({});
            } catch (error) {
              report('listener_failed', `A listener for "ready" threw: ${errorMessage(error)}`);
            }
          });
          return () => {
            subscribed = false;
            off();
          };
        }
        return off;
      } catch (error) {
        report('internal', `on() failed: ${errorMessage(error)}`, error);
        return () => {};
      }
    },
    debug: guarded('debug', (on?: boolean) => {
      debugOn = on !== false;
      $debug.set(debugOn);
    }),
    destroy: guarded('destroy', destroy),
  };
  return { ...dispatched, ...own };
}
