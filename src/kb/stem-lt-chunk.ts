// Lithuanian stemming and verb prefixes as a lazy chunk (./search/stem-lt.ts): the knowledge base loads it before
// indexing a feed with Lithuanian articles (./index.ts), so no other feed fetches it.
import type { Morphology } from './search/languages';
import { prefixes, stemLithuanian } from './search/stem-lt';

export { morphologyOptions } from './search/morphology';

export const morphology: Morphology = { stem: stemLithuanian, formation: prefixes };

declare module '../core/chunks' {
  interface Chunks {
    'stem-lt': typeof import('./stem-lt-chunk');
  }
}
