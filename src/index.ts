import { CSS_AFTER_LAUNCHER, composeRuntime } from './compose';
import { createInstance } from './core/instance';
import type { PathlightConfig, PathlightInstance } from './types';
import { launcherCss } from './ui/styles';

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
export function createPathlight(config?: PathlightConfig): PathlightInstance {
  const instance = createInstance(composeRuntime(launcherCss + CSS_AFTER_LAUNCHER));
  if (config !== undefined && typeof document !== 'undefined') instance.init(config);
  return instance;
}

export { STORAGE_PREFIX } from './core/storage';
export type * from './types';
