// Authoring mode as a lazy chunk, loaded by the first `author()` call (./lazy.ts). The composition root loads this
// file; what it exports is the chunk.
export { default as english } from '../i18n/catalogs/en-author';
export { openAuthor } from './setup';

declare module '../core/chunks' {
  interface Chunks {
    author: typeof import('./chunk');
  }
}
