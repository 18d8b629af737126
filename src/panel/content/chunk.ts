// Markdown + Pathlight's private sanitizer as a lazy chunk, loaded when the first article (or a rich
// tip body) needs it. The entries load this file; what it exports is the chunk.
export { createArticleRenderer } from './index';

declare module '../../core/chunks' {
  interface Chunks {
    markdown: typeof import('./chunk');
  }
}
