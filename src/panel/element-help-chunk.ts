// The "?" beside host elements marked `data-pathlight-article` and its CSS, as a lazy chunk: loaded when
// the page first has such an element (./lazy-element-help.tsx), so pages without marks never fetch it.
// The composition root loads this file; what it exports is the chunk.
export { default as english } from '../i18n/catalogs/en-marks';
export { createElementHelp } from './ElementHelp';
export { elementHelpCss } from './element-help-styles';

declare module '../core/chunks' {
  interface Chunks {
    marks: typeof import('./element-help-chunk');
  }
}
