// Russian stemming as a lazy chunk (Snowball's algorithm from @orama/stemmers, 1.8 KB gzip): the knowledge base
// loads it before indexing a feed with Russian articles (./index.ts), so no other feed fetches it. The
// composition root loads this file.
export { stemRussian } from './search/stem-ru';

declare module '../core/chunks' {
  interface Chunks {
    'stem-ru': typeof import('./stem-ru-chunk');
  }
}
