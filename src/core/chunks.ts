import type { setupGuides } from '../guides/setup';
import type { Catalog } from '../i18n/catalogs/en';
import type { setupKnowledgeBase } from '../kb/index';
import type { createArticleRenderer } from '../panel/content/index';
import type { tips } from '../tips/index';

/**
 * Lazy chunks: code that most visitors never need (other languages, Markdown + sanitizer, tours,
 * video) stays out of the main bundle. The ESM build loads them with `import()`; the script-tag
 * build loads `pathlight.<name>.js` from its own base URL with a `<script>` carrying the nonce.
 */
export interface Chunks {
  locales: { catalogs: Record<string, Catalog> };
  /** Markdown + Pathlight's private sanitizer, loaded when the first article opens. */
  markdown: { createArticleRenderer: typeof createArticleRenderer };
  /** The guides core: content validation, the targeting engine, history (tips, announcements, …). */
  guides: { setupGuides: typeof setupGuides };
  /** The knowledge base: feed loading, cache, validation and the search index, loaded once the page is idle. */
  kb: { setupKnowledgeBase: typeof setupKnowledgeBase };
  /** Tips, hotspots and announcements UI with @floating-ui/dom, fetched together with `guides`. */
  tips: { tips: typeof tips };
  /** @floating-ui/dom, shared by tips and the element-level help buttons. */
  position: Pick<
    typeof import('@floating-ui/dom'),
    'arrow' | 'autoUpdate' | 'computePosition' | 'flip' | 'hide' | 'offset' | 'shift'
  >;
}
export type ChunkName = keyof Chunks;

export { CHUNK_REGISTRY, registerChunk } from './chunk-registry';

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
