// The checklists capability as a lazy chunk, fetched together with the `guides` chunk (the composition
// root plugs it into guides). The entries load this file; what it exports is the chunk.
export { default as english } from '../i18n/catalogs/en-checklists';
export { checklistPlugin, checklists } from './index';

declare module '../core/chunks' {
  interface Chunks {
    checklists: typeof import('./chunk');
  }
}
