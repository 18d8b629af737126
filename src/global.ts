/**
 * The script-tag entry: `window.Pathlight`. Replays the async snippet's queued calls in order,
 * reads `window.pathlightSettings` or `data-*` attributes for zero-code setups, and never replaces
 * a live instance when the script or the snippet is included twice.
 */
import { composePathlight } from './compose';
import type { ChunkLoaders } from './core/chunks';
import { METHOD_NAMES, type MethodName } from './core/methods';
import { scriptChunk } from './core/script-chunks';
import type { PathlightConfig, PathlightInstance } from './types';

/** The script-tag build's lazy chunks: `pathlight.<name>.js` beside this script, built from `src/chunks/<name>.ts`. */
const chunks: ChunkLoaders = {
  locales: scriptChunk('locales'),
  markdown: scriptChunk('markdown'),
  guides: scriptChunk('guides'),
  kb: scriptChunk('kb'),
  tips: scriptChunk('tips'),
  tours: scriptChunk('tours'),
  checklists: scriptChunk('checklists'),
  position: scriptChunk('position'),
};

type Queued = ArrayLike<unknown>;
interface GlobalApi extends PathlightInstance {
  (method: MethodName, ...args: unknown[]): unknown;
  q?: { push(args: Queued): void } | Queued[];
  version: string;
  __pathlight: true;
}

declare const __PATHLIGHT_VERSION__: string;

function settingsFromScript(script: HTMLScriptElement | null): PathlightConfig | undefined {
  if (!script) return undefined;
  const { feed, content, locale } = script.dataset;
  if (!feed && !content && !locale) return undefined;
  return { ...(feed ? { feed } : {}), ...(content ? { content } : {}), ...(locale ? { locale } : {}) };
}

function install(win: Window & { Pathlight?: unknown; pathlightSettings?: PathlightConfig }): void {
  const existing = win.Pathlight as Partial<GlobalApi> | undefined;
  if (existing?.__pathlight) {
    // A second copy of the script: the live instance keeps running and keeps its queue.
    return;
  }
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src ? new URL('.', script.src).href : undefined;
  const instance = composePathlight(chunks, base ? { assetsUrl: base } : {});

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
      const settings = win.pathlightSettings ?? settingsFromScript(script);
      if (settings) instance.init(settings);
    }
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

try {
  install(window);
} catch (error) {
  console.warn('[Pathlight] could not start', error);
}
