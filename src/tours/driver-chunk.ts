// driver.js and the tour player as a lazy chunk of their own, loaded when a tour first shows a step:
// pages with guide content but no tour running never download it. The composition root loads this file.
export { createTourPlayer } from './player';

declare module '../core/chunks' {
  interface Chunks {
    driver: typeof import('./driver-chunk');
  }
}
