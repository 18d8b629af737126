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
 * and the composition root hands the runtime a loader for each (`createInstance({ chunks })`), an
 * `import()`: split by the bundler in the ESM build, `pathlight.<name>.js` in the script-tag build.
 */
export interface Chunks {
  /** The non-English UI catalogs: core's own chunk, since `setLocale()` is a core method. */
  locales: { catalogs: Record<string, Catalog> };
  /** setTheme()'s check: core's own chunk too, since `setTheme()` is a core method. */
  theme: typeof import('./theme-chunk');
}
export type ChunkName = keyof Chunks;

/** How each chunk loads. Typed complete, so a chunk declared without a loader does not compile. */
export type ChunkLoaders = { [K in ChunkName]: () => Promise<Chunks[K]> };
