// The contact view and the contact form (its outbox, attachments and suggestions), with what an e-mail hand-off shows ("Your mail app should open…", the address and Copy),
// its CSS and English, as a lazy chunk: only users who open it or write to a human by e-mail load it. The composition root loads this file; what it
// exports is the chunk.
import enChat from '../i18n/catalogs/en-chat';
import enHandoff from '../i18n/catalogs/en-handoff';

export { ContactForm } from './ContactForm';
export { ContactView } from './ContactSent';
// The chat hand-off, office hours and the video call (the vendors' adapters come in the `providers` chunk).
export { CardExtras } from './chat/CardExtras';
export { ChatView } from './chat/ChatView';
export { chatCss } from './chat/styles';
export { handoffCss } from './styles';
export const english = { ...enHandoff, ...enChat };

declare module '../core/chunks' {
  interface Chunks {
    handoff: typeof import('./chunk');
  }
}
