// The chat hand-off, office hours and the video call as a lazy chunk (the adapters themselves come in the
// `providers` chunk, only when `handoff.provider` names one). The app's wrappers load this file.
export { default as english } from '../../i18n/catalogs/en-chat';
export { CardHours, VideoCallButton } from './CardExtras';
export { ChatView } from './ChatView';
export { chatCss } from './styles';

declare module '../../core/chunks' {
  interface Chunks {
    chat: typeof import('./chunk');
  }
}
