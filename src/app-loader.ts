// Source and unit tests: the app is bundled in, so the first script's tests run against the real runtime.
// The script-tag build swaps this file for ./app-loader.global.ts, which imports `pathlight.app.js`.
import * as app from './app';
import type { App } from './core/launcher-first';

export function loadApp(_base: string | undefined, _pinned?: HTMLScriptElement): Promise<App> {
  return Promise.resolve(app);
}
