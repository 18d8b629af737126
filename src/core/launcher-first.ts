import type { PathlightConfig, PathlightInstance } from '../types';
import { errorMessage, guard } from './errors';
import { createInstanceEvents } from './events';
import { whenIdle } from './idle';
import { mark, measure } from './marks';
import { METHOD_NAMES, type MethodName } from './methods';
import { openShell } from './open-shell';
import { announceReady, notInitialized, type Shell } from './shell';

/** The lazily loaded half (`pathlight.app.js`): starts a runtime on the shell, `init` included. */
export interface App {
  start(shell: Shell): PathlightInstance;
}

export interface LauncherFirstOptions {
  /** The launcher's stylesheet; the app adds the rest after it. */
  css: string;
  /** Draws the launcher into the host's container; returns the teardown of its listeners. */
  draw(
    container: HTMLElement,
    config: Readonly<PathlightConfig>,
    hooks: { activate(): void; intent(): void },
  ): () => void;
  /** Loads the app, from `config.assetsUrl` when set. */
  load(config: Readonly<PathlightConfig>): Promise<App>;
}

/** What the first script queues until the runtime arrives: every method but those it answers itself. */
type Method = Exclude<MethodName, 'init' | 'on' | 'destroy'>;
const OWN = ['init', 'on', 'destroy', 'debug'];
const DEFERRED = METHOD_NAMES.filter((name): name is Method => !OWN.includes(name));
/** Calls that show something: they load the app at once instead of when the page is idle. */
const SHOWS = new Set<MethodName>([
  'open',
  'toggle',
  'search',
  'showArticle',
  'startTour',
  'showTip',
  'showAnnouncement',
  'showSurvey',
  // The launcher's look.
  'setTheme',
  'author',
]);

interface Session {
  shell: Shell;
  /** Calls made before the app arrived, replayed in order. */
  queue: Array<[Method, unknown[]]>;
  instance?: PathlightInstance;
  loading?: Promise<void>;
  stop: AbortController;
}

/**
 * The script-tag instance: `init()` validates the config, draws the launcher and fires `ready` at once;
 * the runtime and the panel (`pathlight.app.js`) load when the page is idle, on the first sign of use
 * of the launcher, or on a call that shows something, whichever comes first. Calls made before it arrives
 * are queued and replayed in order (a click on the launcher is an `open()`); after that every method is
 * the runtime's own.
 */
export function createLauncherFirst(options: LauncherFirstOptions): PathlightInstance {
  const events = createInstanceEvents();
  const { report } = events;
  let session: Session | undefined;
  let debugOn = false;

  const load = (s: Session) => {
    if (s.loading || s.instance) return;
    s.loading = options.load(s.shell.config).then(
      (app) => {
        if (session !== s) return;
        s.instance = app.start(s.shell);
        for (const [method, args] of s.queue.splice(0))
          (s.instance[method] as (...a: unknown[]) => void)(...args);
      },
      (error) => {
        if (session !== s) return;
        // The queue waits for the next try (the next use of the launcher or a call that shows something).
        s.loading = undefined;
        report('chunk_load_failed', `Could not load Pathlight's panel: ${errorMessage(error)}`, error);
      },
    );
  };

  function init(input?: PathlightConfig): void {
    if (session) {
      report('already_initialized', 'init() was called again and ignored: Pathlight is already running.');
      return;
    }
    mark('pathlight:init-start');
    const opened = openShell(input, events);
    if (!opened) return;
    const { config, host } = opened;
    host.addStyles(options.css);
    const stop = new AbortController();
    const s: Session = {
      queue: [],
      stop,
      shell: {
        ...opened,
        debug: debugOn || config.debug === true,
        announced: true,
        announce: () => {},
        release: () => {
          stop.abort();
          removeListeners();
        },
      },
    };
    session = s;
    const removeListeners = options.draw(host.container, config, {
      activate: () => {
        s.queue.push(['open', []]);
        load(s);
      },
      intent: () => load(s),
    });
    whenIdle(stop.signal).then(
      () => load(s),
      () => {},
    );
    if (config.open) load(s);

    mark('pathlight:init-end');
    measure('pathlight:init', 'pathlight:init-start', 'pathlight:init-end');
    announceReady(events, config);
  }

  function destroy(): void {
    const s = session;
    if (!s) return;
    session = undefined;
    if (s.instance) s.instance.destroy();
    else {
      s.shell.release();
      s.shell.host.destroy();
    }
  }

  const guarded = <A extends unknown[]>(name: string, fn: (...args: A) => void) =>
    guard(report, `${name}()`, fn);

  const deferred = (method: Method) =>
    guarded(method, (...args: unknown[]) => {
      const s = session;
      if (s?.instance) {
        (s.instance[method] as (...a: unknown[]) => void)(...args);
        return;
      }
      if (!s) {
        // As the runtime before init(): `track` still reaches listeners, everything else needs init.
        if (method === 'track') events.track(args[0] as string, args[1] as Record<string, unknown>);
        else report('not_initialized', notInitialized(method));
        return;
      }
      s.queue.push([method, args]);
      if (SHOWS.has(method)) load(s);
    });

  const methods = Object.fromEntries(DEFERRED.map((method) => [method, deferred(method)])) as Pick<
    PathlightInstance,
    Method
  >;

  return {
    ...methods,
    init: guarded('init', init),
    on: (event, handler) => events.subscribe(event, handler, () => session !== undefined),
    debug: guarded('debug', (on?: boolean) => {
      if (session?.instance) session.instance.debug(on);
      else if (session) session.queue.push(['debug', [on]]);
      else debugOn = on !== false;
    }),
    destroy: guarded('destroy', destroy),
  };
}
