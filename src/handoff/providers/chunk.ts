// The chat vendors' adapters as a lazy chunk, loaded only when `handoff.provider` names one.
export { adapterFor } from './index';

declare module '../../core/chunks' {
  interface Chunks {
    providers: typeof import('./chunk');
  }
}
