import { atom } from 'nanostores';
import type { ComponentType } from 'preact';
import { addEnglish, type Catalog, createTranslator, type Translator } from '../i18n';
import en from '../i18n/catalogs/en';
import type { PathlightConfig, PathlightInstance, ThemeConfig, UserTraits } from '../types';
import { type ChunkLoaders, localeChunk } from './chunks';
import type { Feature, Handlers, Runtime } from './context';
import { errorMessage, guard } from './errors';
import type { InstanceEvents } from './events';
import { claimInstanceId } from './instance-id';
import { createJourney } from './journey';
import { LOCALE_PREF, uiLocale } from './locale';
import { mark } from './marks';
import {
  addHandlers,
  CAPABILITY_METHODS,
  type CapabilityMethod,
  implement,
  type RuntimeMethod,
} from './methods';
import { createPageContext } from './page';
import { DEFAULT_Z_INDEX, notInitialized, type Shell } from './shell';
import { createStorage } from './storage';
import { createUserState } from './user-state';

export { DEFAULT_Z_INDEX };

export interface RuntimeOptions {
  /** Every capability's CSS, adopted into the shadow root. */
  css: string;
  /** How each lazy chunk loads (the composition root's `import()` map). A chunk with no loader fails to load with a reported error. */
  chunks: Partial<ChunkLoaders>;
  /** Capabilities to set up at init, in order. */
  features: Feature[];
  /** Sets up the UI on the runtime and returns its mount: draws into the shadow root, returns the teardown. */
  ui: (rt: Runtime) => (container: HTMLElement) => () => void;
  /**
   * Runs before a chunk's `import()` and holds it until done: the script-tag build preloads the chunk's files
   * with their integrity there when the page pinned the first script (src/app-loader.global.ts).
   */
  beforeChunk?: (name: string) => Promise<void>;
}

/** How one build's `init()` begins: where the events live and who validates and mounts. */
export interface RuntimeStart {
  events: InstanceEvents;
  /** The shell for this `init(config)` (validated config, mounted host), or undefined after reporting why not. */
  begin(input: PathlightConfig | undefined): Shell | undefined;
}

const CONSENT_PREF = 'consent';

/**
 * The runtime on a given start: the ESM build's (./instance.ts), or the script-tag build's, which adopts what its
 * first script began (./launcher-first.ts) and so carries no config validation or host mounting of its own.
 */
export function createRuntime(options: RuntimeOptions, start: RuntimeStart): PathlightInstance {
  const { events } = start;
  const { emitter, report } = events;

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
    if (!live) report('not_initialized', notInitialized(method));
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
    const shell = start.begin(input);
    if (!shell) return;
    const { config, host } = shell;

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
    const $theme = atom<ThemeConfig>(config.theme ?? {});
    debugOn = debugOn || config.debug === true || shell.debug;
    $debug.set(debugOn);

    host.ensureAttached();
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
      tap: (handler) => {
        const off = emitter.tap(handler);
        teardowns.push(off);
        return off;
      },
      $consent: atom(storage.get<boolean>(CONSENT_PREF)),
      storage,
      session,
      user,
      journey,
      page,
      $locale,
      $t,
      $debug,
      $theme,
      $layers,
      addLayer: (layer) => {
        $layers.set([...$layers.get(), layer]);
        const off = () => $layers.set($layers.get().filter((drawn) => drawn !== layer));
        teardowns.push(off);
        return off;
      },
      log: (message) => {
        if ($debug.get()) console.info(`[Pathlight] ${message}`);
      },
      loadChunk: (name) => {
        const load = options.chunks[name];
        if (!load) return Promise.reject(new Error(`the "${name}" chunk is not in this build`));
        // English only the chunk shows (i18n/catalogs/en-<chunk>.ts) joins the translators before it renders.
        const loaded = options.beforeChunk ? options.beforeChunk(name).then(load) : load();
        return loaded.then((chunk) => {
          addEnglish((chunk as { english?: Catalog }).english ?? {});
          return chunk;
        });
      },
      shadow: host.shadow,
      addStyles: (css) => host.addStyles(css),
      provide: (more) => addHandlers(handlers, more, report),
      handlers,
      $badge: atom<string | number | undefined>(undefined),
      onDestroy: (teardown) => teardowns.push(teardown),
    };
    live = { rt, teardowns, handlers };

    /** Resolves once the translator is set (or its catalog failed to load). */
    const applyLocale = (requested: string | undefined): Promise<void> => {
      const locale = uiLocale(config, requested);
      const overrides = config.messages?.[locale];
      if (locale === 'en') {
        $t.set(createTranslator('en', en, { overrides }));
        $locale.set('en');
        return Promise.resolve();
      }
      // A locale only `messages` knows (no built-in catalog) is English with the host's overrides.
      const chunk = localeChunk(options.chunks, locale);
      const catalog = chunk ? rt.loadChunk(chunk).then((module) => module.default) : Promise.resolve(en);
      return catalog.then(
        (catalog) => {
          if (live?.rt !== rt) return;
          $t.set(createTranslator(locale, catalog, { overrides }));
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
    const localeApplied = applyLocale(config.locale ?? storage.get<string>(LOCALE_PREF));
    // In call order: each setTheme() waits for the ones before it (the first loads the check).
    let themed = Promise.resolve();
    setThemeImpl = (input) => {
      themed = themed
        .then(() => rt.loadChunk('theme'))
        .then(
          guard(report, 'setTheme()', ({ validateTheme }) => {
            if (live?.rt !== rt) return;
            const { theme, problems } = validateTheme(input);
            for (const problem of problems) report('config_invalid', problem);
            $theme.set({ ...$theme.get(), ...theme });
          }),
          (error) =>
            report('chunk_load_failed', `setTheme() could not load its check: ${errorMessage(error)}`),
        );
    };

    const mountUi = options.ui(rt);
    for (const feature of options.features) {
      try {
        feature(rt);
      } catch (error) {
        report('internal', `A Pathlight feature failed to start: ${errorMessage(error)}`, error);
      }
    }
    const takeOver = () => {
      if (live?.rt !== rt) return;
      // In the script-tag build, after the first script's launcher sheet: nothing the launcher shows restyles.
      teardowns.push(host.addStyles(options.css));
      shell.release();
      teardowns.push(mountUi(host.container));
      mark('pathlight:mounted');
    };
    // The first script drew the launcher in the visitor's language: render once the catalog is there, so
    // its label never flips to English and back.
    if (shell.announced) localeApplied.then(takeOver);
    else takeOver();

    shell.announce();
    if (config.open) handlers.open?.();
  }

  let setLocaleImpl: ((locale: string) => void) | undefined;
  let setThemeImpl: ((theme: ThemeConfig) => void) | undefined;

  function destroy(): void {
    const current = live;
    if (!current) return;
    live = undefined;
    setLocaleImpl = undefined;
    setThemeImpl = undefined;
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
    track: guarded('track', events.track),
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
      const rt = requireLive('consent')?.rt;
      rt?.storage.set(CONSENT_PREF, granted === true);
      rt?.$consent.set(granted === true);
    }),
    setLocale: guarded('setLocale', (locale: string) => {
      if (!requireLive('setLocale')) return;
      if (typeof locale !== 'string' || !locale) {
        report('config_invalid', 'setLocale() needs a locale such as "pl" or "pt-BR".');
        return;
      }
      setLocaleImpl?.(locale);
    }),
    setTheme: guarded('setTheme', (theme: ThemeConfig) => {
      if (requireLive('setTheme')) setThemeImpl?.(theme);
    }),
    // Not wrapped by `guarded`: it returns the unsubscribe, and catches its own errors.
    on: (event, handler) => events.subscribe(event, handler, () => live !== undefined),
    debug: guarded('debug', (on?: boolean) => {
      debugOn = on !== false;
      $debug.set(debugOn);
    }),
    destroy: guarded('destroy', destroy),
  };
  return { ...dispatched, ...own };
}
