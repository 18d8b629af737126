// The analytics pipeline as a lazy chunk: records, masking, consent, the endpoint, onEvent and the
// forwarders. The app's tap (./lazy.ts) loads it at idle, only when analytics is configured.
export { startAnalytics } from './pipeline';

declare module '../core/chunks' {
  interface Chunks {
    analytics: typeof import('./chunk');
  }
}
