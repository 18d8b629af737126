import type { ChunkName, ChunkSource, Chunks } from './chunks';

// ESM build: the bundler splits these into separate files next to the entry.
const importers: { [K in ChunkName]: () => Promise<Chunks[K]> } = {
  locales: () => import('../i18n/catalogs/index'),
  markdown: () => import('../panel/content/index'),
  guides: () => import('../guides/setup'),
  kb: () => import('../kb/index'),
  tips: () => import('../tips/index'),
  position: () => import('@floating-ui/dom'),
};

export function loadChunk<K extends ChunkName>(name: K, _source: ChunkSource): Promise<Chunks[K]> {
  return importers[name]();
}
