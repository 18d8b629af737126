import type { Catalog } from '../i18n/catalogs/en';

/**
 * Lazy chunks: code that most visitors never need (other languages, Markdown + sanitizer, tours,
 * video) stays out of the main bundle. The ESM build loads them with `import()`; the script-tag
 * build loads `pathlight.<name>.js` from its own base URL with a `<script>` carrying the nonce.
 */
export interface Chunks {
  locales: { catalogs: Record<string, Catalog> };
}
export type ChunkName = keyof Chunks;

/** Where chunk files register themselves in the script-tag build. */
export const CHUNK_REGISTRY = '__pathlightChunks';

/** Called by each chunk entry file of the script-tag build. */
export function registerChunk<K extends ChunkName>(name: K, value: Chunks[K]): void {
  const scope = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
  const registry = scope[CHUNK_REGISTRY] ?? {};
  scope[CHUNK_REGISTRY] = registry;
  registry[name] = value;
}

export interface ChunkSource {
  base?: string | undefined;
  nonce?: string | undefined;
}

/**
 * Loads a chunk once per page; the same promise serves every caller. The build swaps
 * `./chunk-source` for `./chunk-source.global` in the script-tag bundle, so the ESM `import()`
 * calls (and the code behind them) never reach it.
 */
export { loadChunk } from './chunk-source';
