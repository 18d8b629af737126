// German stemming and compound splitting as a lazy chunk (./search/stem-de.ts, ./search/compounds.ts): the
// knowledge base loads it before indexing a feed with German articles (./index.ts), so no other feed fetches it.
import { compounds } from './search/compounds';
import type { Morphology } from './search/languages';
import { stemGerman } from './search/stem-de';

export { morphologyOptions } from './search/morphology';

export const morphology: Morphology = { stem: stemGerman, formation: compounds };

declare module '../core/chunks' {
  interface Chunks {
    'stem-de': typeof import('./stem-de-chunk');
  }
}
