// The surveys capability as a lazy chunk, fetched together with the `guides` chunk (the composition root
// plugs it into guides). The entries load this file; what it exports is the chunk.
export { default as english } from '../i18n/catalogs/en-surveys';
export { surveys } from './index';

declare module '../core/chunks' {
  interface Chunks {
    surveys: typeof import('./chunk');
  }
}
