import type { App } from './core/launcher-first';

/**
 * The script-tag build: `pathlight.app.js` (an ES module) from the first script's folder or `assetsUrl`.
 * `import()` from a classic script carries that script's nonce to the module and everything it imports,
 * works under `script-src 'self'`, and is no Trusted Types sink. Modules are fetched with CORS: a
 * cross-origin host must send `Access-Control-Allow-Origin`.
 */
export function loadApp(base: string | undefined): Promise<App> {
  if (!base)
    return Promise.reject(new Error('the base URL of Pathlight\'s files is unknown: set "assetsUrl"'));
  return import(new URL('pathlight.app.js', new URL(base, document.baseURI)).href);
}
