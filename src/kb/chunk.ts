// The knowledge base's lazy chunk: feed loading, cache, validation and the search index, loaded once
// the page is idle (./lazy.ts). The entries load this file; what it exports is the chunk.
// The IndexedDB wrapper the feed cache uses, for the contact form's outbox too: it reaches it through this chunk
// (loaded on idle wherever there is a feed) rather than importing it, which would split it into a file of its
// own that every page that searches then fetches.

// The fetcher and the cache a split feed's bodies load with (./body.ts, in the article chunk), shared the same way.
export { fetchText } from '../core/fetch-text';
export { openIdbStore, within } from '../core/idb';
export { default as english } from '../i18n/catalogs/en-kb';
export { createFeedCache } from './feed-cache';
export { setupKnowledgeBase } from './index';

declare module '../core/chunks' {
  interface Chunks {
    kb: typeof import('./chunk');
  }
}
