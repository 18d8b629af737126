/**
 * The script-tag entry, `pathlight.global.js`: `window.Pathlight`. Replays the async snippet's queued
 * calls in order, reads `window.pathlightSettings` or `data-*` attributes for zero-code setups, and never
 * replaces a live instance when the script or the snippet is included twice. It carries no preact and no
 * capability: `init()` validates the config and draws the launcher; the runtime, the panel and every
 * capability arrive as `pathlight.app.js` (./app.ts, see ./core/launcher-first.ts).
 */
import { loadApp } from './app-loader';
import { createLauncherFirst } from './core/launcher-first';
import { METHOD_NAMES, type MethodName } from './core/methods';
import { currentScript, documentBody } from './core/unclobbered';
import type { PathlightGlobal } from './global-types';
import { drawLauncher } from './panel/launcher-dom';
import type { PathlightConfig } from './types';
import { launcherCss } from './ui/styles';

type Queued = ArrayLike<unknown>;
/** The public `PathlightGlobal` (./global-types.ts), with what only the script and the snippet use. */
type GlobalApi = PathlightGlobal & {
  q?: { push(args: Queued): void } | Queued[];
  version: string;
  __pathlight: true;
};

declare const __PATHLIGHT_VERSION__: string;

function settingsFromScript(script: HTMLScriptElement | null): PathlightConfig | undefined {
  if (!script) return undefined;
  const { feed, content, locale } = script.dataset;
  if (!feed && !content && !locale) return undefined;
  return { ...(feed ? { feed } : {}), ...(content ? { content } : {}), ...(locale ? { locale } : {}) };
}

/** A settings object a page wrote, not an element that happens to have `id="pathlightSettings"`. */
const isPlainObject = (value: unknown): value is PathlightConfig =>
  Object.prototype.toString.call(value) === '[object Object]';

function install(win: Window): void {
  // An element with `id="Pathlight"` is no snippet stub and no live instance: only functions are.
  const found: unknown = win.Pathlight;
  const existing = typeof found === 'function' ? (found as Partial<GlobalApi>) : undefined;
  if (existing?.__pathlight === true) {
    // A second copy of the script: the live instance keeps running and keeps its queue.
    return;
  }
  const script = currentScript();
  const base = script?.src ? new URL('.', script.src).href : undefined;
  // Pinned with Subresource Integrity: every file loaded after this one is pinned too.
  const pinned = script?.integrity ? script : undefined;
  const instance = createLauncherFirst({
    css: launcherCss,
    draw: drawLauncher,
    load: (config) => loadApp(config.assetsUrl ?? base, pinned),
  });

  const call = (...[method, ...args]: unknown[]): unknown => {
    const fn =
      typeof method === 'string' && METHOD_NAMES.includes(method as MethodName)
        ? instance[method as MethodName]
        : undefined;
    if (!fn) {
      console.warn(`[Pathlight] Unknown command "${String(method)}". Available: ${METHOD_NAMES.join(', ')}.`);
      return undefined;
    }
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  const api = ((...args: unknown[]) => call(...args)) as GlobalApi;
  for (const method of METHOD_NAMES) (api as unknown as Record<string, unknown>)[method] = instance[method];
  api.version = __PATHLIGHT_VERSION__;
  api.__pathlight = true;
  // Snippets that captured the stub's queue keep working: pushing now runs the call.
  api.q = { push: (args: Queued) => void call(...Array.from(args)) };

  const queued: Queued[] = Array.isArray(existing?.q) ? [...existing.q] : [];
  win.Pathlight = api;

  const start = () => {
    const hasInit = queued.some((args) => args[0] === 'init');
    for (const args of queued) call(...Array.from(args));
    if (!hasInit) {
      const settings = isPlainObject(win.pathlightSettings)
        ? win.pathlightSettings
        : settingsFromScript(script);
      if (settings) instance.init(settings);
    }
  };
  if (documentBody()) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

try {
  install(window);
} catch (error) {
  console.warn('[Pathlight] could not start', error);
}
