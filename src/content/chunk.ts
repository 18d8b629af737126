// Markdown + Pathlight's private sanitizer as a lazy chunk, loaded when an instance first needs
// sanitized HTML (contentService, for articles). The entries load this file; what it exports is the chunk.
export { createArticleRenderer } from './renderer';

declare module '../core/chunks' {
  interface Chunks {
    markdown: typeof import('./chunk');
  }
}
