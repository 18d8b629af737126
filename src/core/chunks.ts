import type { Catalog } from '../i18n/catalogs/en';

/**
 * Lazy chunks: code that most visitors never need stays out of the main bundle. Core knows no
 * capability's chunk: each capability declares the one it loads next to its code, e.g.
 *
 * ```ts
 * // src/kb/chunk.ts
 * declare module '../core/chunks' {
 *   interface Chunks { kb: { setupKnowledgeBase: typeof setupKnowledgeBase } }
 * }
 * ```
 *
 * and the entries hand the runtime a loader for each (`createInstance({ chunks })`): the ESM entry
 * with `import()`, the script-tag build with `pathlight.<name>.js` from its own base URL.
 */
export interface Chunks {
  /** The non-English UI catalogs: core's own chunk, since `setLocale()` is a core method. */
  locales: { catalogs: Record<string, Catalog> };
}
export type ChunkName = keyof Chunks;

/** Where the script-tag build finds its files, for loaders that fetch them. */
export interface ChunkSource {
  base?: string | undefined;
  nonce?: string | undefined;
}

/** How an entry loads each chunk. Typed complete, so a chunk declared without a loader does not compile. */
export type ChunkLoaders = { [K in ChunkName]: (source: ChunkSource) => Promise<Chunks[K]> };
