import { createInstance } from './core/runtime';
import { guides } from './guides';
import { lazyKnowledgeBase } from './kb/lazy';
import { setupPanel } from './panel';
import { panelCss } from './panel/styles';
import type { PathlightConfig, PathlightInstance } from './types';
import { baseCss } from './ui/styles';

/**
 * Creates a Pathlight instance. With a config (in a browser), it starts right away; without one,
 * call `init(config)` later. Creating touches no `window`/`document`, so it is safe during SSR.
 *
 * @example
 * import { createPathlight } from 'pathlight';
 * const help = createPathlight({ feed: '/help/feed.json' });
 * help.on('search', ({ query, resultCount }) => console.log(query, resultCount));
 * help.open('search');
 */
export function createPathlight(
  config?: PathlightConfig,
  options: { assetsUrl?: string } = {},
): PathlightInstance {
  const instance = createInstance({
    css: baseCss + panelCss,
    features: [guides({ load: (rt) => rt.loadChunk('tips').then((chunk) => chunk.tips) })],
    ui: (rt) => setupPanel(rt, lazyKnowledgeBase(rt)).mount,
    ...(options.assetsUrl ? { assetsBase: options.assetsUrl } : {}),
  });
  if (config !== undefined && typeof document !== 'undefined') instance.init(config);
  return instance;
}

export { STORAGE_PREFIX } from './core/storage';
export type * from './types';
