import { composePathlight } from './compose';
import type { ChunkLoaders } from './core/chunks';
import type { PathlightConfig, PathlightInstance } from './types';

/** The ESM build's lazy chunks: the app's bundler splits each `import()` into a file of its own. */
const chunks: ChunkLoaders = {
  locales: () => import('./i18n/catalogs/index'),
  markdown: () => import('./content/chunk'),
  guides: () => import('./guides/chunk'),
  kb: () => import('./kb/chunk'),
  tips: () => import('./tips/chunk'),
  tours: () => import('./tours/chunk'),
  checklists: () => import('./checklists/chunk'),
  position: () => import('@floating-ui/dom'),
};

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
  const instance = composePathlight(chunks, options);
  if (config !== undefined && typeof document !== 'undefined') instance.init(config);
  return instance;
}

export { STORAGE_PREFIX } from './core/storage';
export type * from './types';
