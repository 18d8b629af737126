import type { App } from './core/launcher-first';

/**
 * dist/pathlight.integrity.json (scripts/integrity.mjs): for each file, its hash and every file it imports
 * statically (transitively).
 */
type Manifest = Record<string, [integrity: string, imports: string[]]>;

declare const __PATHLIGHT_MANIFEST_HASH__: string;

/**
 * The script-tag build: `pathlight.app.js` (an ES module) from the first script's folder or `assetsUrl`.
 * `import()` from a classic script carries that script's nonce to the module and everything it imports,
 * works under `script-src 'self'`, and is no Trusted Types sink. Modules are fetched with CORS: a
 * cross-origin host must send `Access-Control-Allow-Origin`.
 *
 * When the page pinned the first script (`pinned`, RELIABILITY 31), every file after it is pinned too:
 * the first script carries the hash of the build's integrity list, fetches the list with it, and before
 * each `import()` preloads the module and the files it imports with their own hashes
 * (`<link rel="modulepreload" integrity>`: the browser keeps the checked module, and `import()` uses it).
 * A file that fails its check never runs: its chunk fails to load, reported like a network failure.
 */
export function loadApp(base: string | undefined, pinned?: HTMLScriptElement): Promise<App> {
  if (!base)
    return Promise.reject(new Error('the base URL of Pathlight\'s files is unknown: set "assetsUrl"'));
  const url = (file: string) => new URL(file, new URL(base, document.baseURI)).href;
  const app = () => import(url('pathlight.app.js')) as Promise<typeof import('./app')>;
  if (!pinned) return app();
  return fetch(url('pathlight.integrity.json'), { integrity: __PATHLIGHT_MANIFEST_HASH__ })
    .then((response) => response.json() as Promise<Manifest>)
    .then((manifest) => {
      const started = new Map<string, Promise<void>>();
      const link = (file: string): Promise<void> => {
        const hash = manifest[file]?.[0];
        if (!hash) return Promise.reject(new Error(`${file} is not in the integrity list`));
        const done =
          started.get(file) ??
          new Promise<void>((resolve, reject) => {
            const element = document.createElement('link');
            element.rel = 'modulepreload';
            element.href = url(file);
            element.integrity = hash;
            element.crossOrigin = pinned.crossOrigin;
            element.nonce = pinned.nonce ?? '';
            element.onload = () => resolve();
            element.onerror = () => reject(new Error(`${file} failed its integrity check or did not load`));
            document.head.append(element);
          });
        started.set(file, done);
        return done;
      };
      const preload = (file: string) =>
        Promise.all([file, ...(manifest[file]?.[1] ?? [])].map(link)).then(() => undefined);
      return preload('pathlight.app.js')
        .then(app)
        .then(
          (loaded): App => ({
            start: (shell) => loaded.start(shell, { beforeChunk: (name) => preload(`pathlight.${name}.js`) }),
          }),
        );
    });
}
