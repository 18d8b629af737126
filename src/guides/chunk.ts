// The guides core as a lazy chunk: content validation, the targeting engine and history, loaded when
// there is guide content or a guide call (./index.ts). The entries load this file; what it exports is the chunk.
export { setupGuides } from './setup';

declare module '../core/chunks' {
  interface Chunks {
    guides: typeof import('./chunk');
  }
}
