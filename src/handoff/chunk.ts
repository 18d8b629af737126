// The contact view, with what an e-mail hand-off shows ("Your mail app should open…", the address and Copy),
// its CSS and English, as a lazy chunk: only users who open it or write to a human by e-mail load it. The composition root loads this file; what it
// exports is the chunk.
export { default as english } from '../i18n/catalogs/en-handoff';
export { ContactView } from './ContactSent';
export { handoffCss } from './styles';

declare module '../core/chunks' {
  interface Chunks {
    handoff: typeof import('./chunk');
  }
}
