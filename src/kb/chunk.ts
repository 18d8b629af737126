// The knowledge base's lazy chunk: feed loading, cache, validation and the search index, loaded once
// the page is idle (./lazy.ts). The entries load this file; what it exports is the chunk.
// The IndexedDB wrapper the feed cache uses, for the contact form's outbox too: it reaches it through this chunk
// (loaded on idle wherever there is a feed) rather than importing it, which would split it into a file of its
// own that every page that searches then fetches.
export { openIdbStore, within } from '../core/idb';
export { default as english } from '../i18n/catalogs/en-kb';
export { setupKnowledgeBase } from './index';

declare module '../core/chunks' {
  interface Chunks {
    kb: typeof import('./chunk');
  }
}
