import type { ChunkName, Chunks } from '../core/chunks';
import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';

/** A panel part that comes in a lazy chunk with its own CSS (its English comes with it: `Runtime.loadChunk`). */
export interface PanelChunk<K extends ChunkName> {
  /** The chunk if it has arrived (its CSS then adopted into `rt`'s shadow root), for a first render that can use it. */
  now(rt: Runtime): Chunks[K] | undefined;
  /** Loads it (once per page), adopts its CSS into `rt`'s shadow root (once per runtime); reports a failure. */
  load(rt: Runtime): Promise<Chunks[K]>;
}

/**
 * @example
 * const article = panelChunk('article', (chunk) => chunk.articleCss, 'the article view');
 * article.load(rt).then(({ ArticleView }) => …);
 */
export function panelChunk<K extends ChunkName>(
  name: K,
  css: (chunk: Chunks[K]) => string,
  what: string,
): PanelChunk<K> {
  // The module is the same for every instance of the page, so sharing it is safe; the CSS goes to each root.
  let arrived: Chunks[K] | undefined;
  const styled = new WeakSet<Runtime>();
  const adopt = (rt: Runtime, chunk: Chunks[K]) => {
    if (!styled.has(rt)) {
      styled.add(rt);
      rt.onDestroy(rt.addStyles(css(chunk)));
    }
    return chunk;
  };
  return {
    now: (rt) => (arrived ? adopt(rt, arrived) : undefined),
    load: (rt) =>
      rt.loadChunk(name).then(
        (chunk) => {
          arrived = chunk;
          return adopt(rt, chunk);
        },
        (error) => {
          rt.report('chunk_load_failed', `Could not load ${what}: ${errorMessage(error)}`);
          throw error;
        },
      ),
  };
}
