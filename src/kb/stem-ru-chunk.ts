// Russian stemming as a lazy chunk (Snowball's Russian algorithm, ./search/stem-ru.ts): the knowledge base loads
// it before indexing a feed with Russian articles (./index.ts), so no other feed fetches it. The composition root
// loads this file.
import type { Morphology } from './search/languages';
import { stemRussian } from './search/stem-ru';

export { morphologyOptions } from './search/morphology';

export { stemRussian };
export const morphology: Morphology = { stem: stemRussian };

declare module '../core/chunks' {
  interface Chunks {
    'stem-ru': typeof import('./stem-ru-chunk');
  }
}
