// The knowledge base's lazy chunk: feed loading, cache, validation and the search index, loaded once
// the page is idle (./lazy.ts). The entries load this file; what it exports is the chunk.
export { default as english } from '../i18n/catalogs/en-kb';
export { setupKnowledgeBase } from './index';

declare module '../core/chunks' {
  interface Chunks {
    kb: typeof import('./chunk');
  }
}
