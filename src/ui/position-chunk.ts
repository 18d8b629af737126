// The parts of @floating-ui/dom that ./position.ts uses, as the lazy `position` chunk: only these, so
// the chunk carries no more of the library than the helper needs. The composition root loads this file.
export { arrow, autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
export { avoidControls } from './avoid-controls';

declare module '../core/chunks' {
  interface Chunks {
    /** @floating-ui/dom, shared by tips and the element-level help buttons. */
    position: typeof import('./position-chunk');
  }
}
