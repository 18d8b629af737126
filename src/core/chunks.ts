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
  /**
   * One chunk per non-English UI catalog (`pathlight.locale-pl.js`): core's own chunks, since `setLocale()` is a
   * core method. One per locale, so a Polish visitor downloads Polish only, and every capability's strings can
   * grow without the eleven languages together outgrowing a chunk's budget.
   */
  'locale-ar': CatalogChunk;
  'locale-de': CatalogChunk;
  'locale-es': CatalogChunk;
  'locale-fr': CatalogChunk;
  'locale-lt': CatalogChunk;
  'locale-pl': CatalogChunk;
  'locale-pt': CatalogChunk;
  'locale-ro': CatalogChunk;
  'locale-ru': CatalogChunk;
  'locale-uk': CatalogChunk;
  'locale-vi': CatalogChunk;
  /** setTheme()'s check: core's own chunk too, since `setTheme()` is a core method. */
  theme: typeof import('./theme-chunk');
}
export type ChunkName = keyof Chunks;
/** A catalog module: its default export. */
type CatalogChunk = { default: Catalog };
/** The chunk that carries a locale's catalog, when the build has one. */
export const localeChunk = (chunks: object, locale: string): LocaleChunkName | undefined => {
  const name = `locale-${locale}`;
  return Object.hasOwn(chunks, name) ? (name as LocaleChunkName) : undefined;
};
type LocaleChunkName = Extract<ChunkName, `locale-${string}`>;

/** How each chunk loads. Typed complete, so a chunk declared without a loader does not compile. */
export type ChunkLoaders = { [K in ChunkName]: () => Promise<Chunks[K]> };
