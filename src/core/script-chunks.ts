import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import { CHUNK_REGISTRY } from './chunk-registry';
import type { ChunkName, ChunkSource, Chunks } from './chunks';
import { pathlightPolicy } from './trusted-types';

/**
 * Chunks render with the main bundle's preact (one copy: hooks and component state live in its
 * module state). The build turns every `preact` import inside a chunk into a read of this object.
 */
export const SHARED_MODULES = '__pathlightShared';
function shareModules(): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope[SHARED_MODULES] ??= { preact, 'preact/hooks': hooks };
}

// Script-tag build: `pathlight.<name>.js` next to the main script, added as a <script> with the nonce.
/** Under `require-trusted-types-for 'script'`, `script.src` needs a TrustedScriptURL: ours only allows our own files. */
function toScriptUrl(url: string, base: string): unknown {
  if (!url.startsWith(base)) throw new TypeError(`Pathlight refuses to load ${url}`);
  const policy = pathlightPolicy();
  return policy ? policy.createScriptURL(url) : url;
}

const registry = () =>
  (globalThis as unknown as Record<string, Record<string, unknown> | undefined>)[CHUNK_REGISTRY];

const inflight = new Map<string, Promise<unknown>>();

function loadScript<K extends ChunkName>(name: K, base: string, nonce?: string): Promise<Chunks[K]> {
  shareModules();
  const registered = registry()?.[name];
  if (registered) return Promise.resolve(registered as Chunks[K]);
  const url = new URL(`pathlight.${name}.js`, base).href;
  let promise = inflight.get(url) as Promise<Chunks[K]> | undefined;
  if (promise) return promise;
  promise = new Promise<Chunks[K]>((resolve, reject) => {
    const script = document.createElement('script');
    if (nonce) script.nonce = nonce;
    script.async = true;
    script.onload = () => {
      script.remove();
      const value = registry()?.[name];
      if (value) resolve(value as Chunks[K]);
      else reject(new Error(`${url} loaded but did not register "${name}"`));
    };
    script.onerror = () => {
      script.remove();
      inflight.delete(url);
      reject(new Error(`could not load ${url}`));
    };
    (script as { src: unknown }).src = toScriptUrl(url, base);
    document.head.appendChild(script);
  });
  inflight.set(url, promise);
  return promise;
}

/**
 * The script-tag build's loader of one chunk: `pathlight.<name>.js` from the main script's folder (or
 * `assetsUrl`), which registers itself (see ./chunk-registry.ts). One request per file and page.
 *
 * @example const chunks: ChunkLoaders = { kb: scriptChunk('kb'), … };
 */
export function scriptChunk<K extends ChunkName>(name: K): (source: ChunkSource) => Promise<Chunks[K]> {
  return (source) => {
    if (!source.base)
      return Promise.reject(new Error('the base URL of Pathlight\'s files is unknown: set "assetsUrl"'));
    return loadScript(name, source.base, source.nonce);
  };
}
