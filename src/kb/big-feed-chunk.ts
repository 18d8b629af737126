// What only large feeds need, as a lazy chunk (storing, parsing and indexing them faster): the knowledge base loads
// it for a feed of 512 K characters or more (./index.ts), so the usual small feed never fetches it. The composition
// root loads this file.
export { encodeSteps } from './encode';
export { parseJsonSteps } from './parse-json';
export { scanningWordTable } from './search/scan';

declare module '../core/chunks' {
  interface Chunks {
    bigfeed: typeof import('./big-feed-chunk');
  }
}
