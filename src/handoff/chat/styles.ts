/*
 * The chat hand-off's "Connecting you to chat…", the office-hours line and the video-call button, adopted with
 * the lazy `chat` chunk. Same scale and variables as ui/styles.ts; logical properties for right to left.
 */
export const chatCss = /* css */ `
.pl-chat { padding: 32px 8px 8px; text-align: center; color: var(--pl-muted); }
.pl-chat-spinner {
  position: relative; display: inline-flex; width: 56px; height: 56px; margin-bottom: 16px; border-radius: 50%;
  align-items: center; justify-content: center; color: var(--pl-brand-text); background: var(--pl-mark);
}
.pl-chat-spinner::after {
  content: ''; position: absolute; inset: -4px; border-radius: 50%;
  border: 2px solid transparent; border-top-color: var(--pl-brand); animation: pl-turn 900ms linear infinite;
}
@keyframes pl-turn { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .pl-chat-spinner::after { animation: none; border-color: var(--pl-border); } }
.pl-chat-title { margin: 0 0 4px; color: var(--pl-text); font-size: 15px; font-weight: 600; line-height: 1.4; }
.pl-chat-title:focus { outline: none; }
.pl-chat p { margin: 0 0 20px; font-size: 14px; }
.pl-hours { display: flex; align-items: flex-start; gap: 8px; margin: 12px 0 0 !important; font-size: 13px !important; }
.pl-hours-dot { flex: none; width: 8px; height: 8px; margin-top: 5px; border-radius: 50%; background: var(--pl-muted); opacity: 0.6; }
.pl-hours[data-open] { color: var(--pl-text) !important; }
.pl-hours[data-open] .pl-hours-dot { background: #16a34a; opacity: 1; box-shadow: 0 0 0 3px rgba(22, 163, 74, 0.18); }
/* With a video call, the card's two ways to a human stack, full width: the chat or form first. */
.pl-card:has(> .pl-video-call) > .pl-button { display: flex; width: 100%; }
.pl-app .pl-card > .pl-video-call { margin-top: 8px; }
`;
