// Tips, hotspots and announcements UI as a lazy chunk, fetched together with the `guides` chunk (the
// composition root plugs it into guides). The entries load this file; what it exports is the chunk.
export { tips } from './index';

declare module '../core/chunks' {
  interface Chunks {
    tips: typeof import('./chunk');
  }
}
