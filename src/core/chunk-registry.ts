import type { ChunkName, Chunks } from './chunks';

// Kept apart from the script-tag loader (./script-chunks.ts) so a chunk file can register itself without
// bundling the loader.

/** Where chunk files register themselves in the script-tag build. */
export const CHUNK_REGISTRY = '__pathlightChunks';

/** Called by each chunk entry file of the script-tag build. */
export function registerChunk<K extends ChunkName>(name: K, value: Chunks[K]): void {
  const scope = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
  const registry = scope[CHUNK_REGISTRY] ?? {};
  scope[CHUNK_REGISTRY] = registry;
  registry[name] = value;
}
