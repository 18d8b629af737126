/*
 * The e-mail hand-off's confirmation, adopted with the lazy `handoff` chunk. Same scale and variables as
 * ui/styles.ts; logical properties for right to left.
 */
export const handoffCss = /* css */ `
.pl-mail { padding: 24px 8px 8px; text-align: center; color: var(--pl-muted); }
.pl-mail .pl-empty-icon { color: var(--pl-brand-text); background: var(--pl-mark); }
.pl-mail-title { margin: 0 0 4px; color: var(--pl-text); font-size: 15px; font-weight: 600; line-height: 1.4; }
.pl-mail-title:focus { outline: none; }
.pl-mail p { margin: 0 0 16px; }
.pl-mail-address {
  display: flex; align-items: center; gap: 8px; padding: 6px; padding-inline-start: 14px; border-radius: 10px;
  border: 1px solid var(--pl-border); background: var(--pl-surface); text-align: start;
}
.pl-mail-address a {
  flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; direction: ltr;
  color: var(--pl-text); font-size: 15px; font-weight: 600; text-decoration: none;
}
.pl-app[dir='rtl'] .pl-mail-address a { text-align: right; }
.pl-mail-address a:hover { text-decoration: underline; text-underline-offset: 2px; }
.pl-mail-address .pl-button { flex: none; height: 36px; }
.pl-app .pl-mail-address button.pl-button { min-width: 88px; padding: 0 12px; gap: 6px; }
.pl-mail-address .pl-button[data-copied] { color: var(--pl-success) !important; }

/* The contact form */
.pl-contact { display: flex; flex-direction: column; gap: 14px; }
.pl-contact-intro { margin: 0; color: var(--pl-muted); font-size: 14px; }
.pl-field { display: flex; flex-direction: column; gap: 6px; }
.pl-field label { font-size: 13px; font-weight: 600; color: var(--pl-text); }
.pl-input {
  width: 100%; padding: 10px 12px; border-radius: 8px; border: 1px solid var(--pl-border);
  background: var(--pl-surface); color: var(--pl-text); font: inherit; font-size: 16px; line-height: 1.4;
  outline: none; transition: border-color 160ms var(--pl-ease), box-shadow 160ms var(--pl-ease);
  -webkit-appearance: none; appearance: none;
}
textarea.pl-input { resize: vertical; min-height: 112px; }
/* An address reads left to right, but lines up with the other fields of a right-to-left form. */
.pl-app[dir='rtl'] .pl-input[dir='ltr'] { text-align: right; }
.pl-input:focus { border-color: var(--pl-brand); box-shadow: 0 0 0 3px var(--pl-mark); background: var(--pl-bg); }
.pl-field[data-invalid] .pl-input { border-color: var(--pl-danger, #b42318); }
.pl-field-error { display: flex; align-items: center; gap: 6px; margin: 0; font-size: 13px; color: var(--pl-danger, #b42318); }
.pl-app[data-scheme='dark'] .pl-field-error, .pl-app[data-scheme='dark'] .pl-field[data-invalid] .pl-input { --pl-danger: #fca5a5; }
.pl-contact-suggest { padding: 12px; border-radius: 10px; background: var(--pl-surface); border: 1px solid var(--pl-border); }
.pl-contact-suggest .pl-section { margin-top: 0; }
.pl-contact-suggest .pl-section-title { margin-bottom: 4px; }
.pl-contact-suggest .pl-row { padding: 8px; }
.pl-attach { display: flex; flex-direction: column; gap: 8px; }
.pl-attach-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.pl-attach-chip {
  display: inline-flex; align-items: center; gap: 6px; height: 32px; padding: 0 12px; border-radius: 999px;
  border: 1px solid var(--pl-border); background: var(--pl-bg); color: var(--pl-text); font-size: 13px; font-weight: 500;
}
.pl-attach-chip:hover:not(:disabled) { background: var(--pl-surface-2); }
.pl-attach-chip:disabled { opacity: 0.55; cursor: default; }
.pl-attach-note { margin: 0; font-size: 13px; color: var(--pl-muted); }
.pl-attachments { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.pl-attachment {
  display: flex; align-items: center; gap: 10px; padding: 6px; padding-inline-start: 6px; border-radius: 10px;
  border: 1px solid var(--pl-border); background: var(--pl-surface);
}
.pl-attachment-thumb {
  flex: none; width: 40px; height: 40px; border-radius: 6px; object-fit: cover; display: inline-flex;
  align-items: center; justify-content: center; background: var(--pl-surface-2); color: var(--pl-muted);
}
.pl-attachment-text { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.pl-attachment-name { font-size: 14px; font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pl-attachment-size { font-size: 12px; color: var(--pl-muted); }
.pl-attach-errors, .pl-contact-problem {
  margin: 0; padding: 10px 12px; border-radius: 8px; font-size: 13px; list-style: none;
  color: var(--pl-text); background: color-mix(in srgb, var(--pl-warning) 14%, var(--pl-bg));
  border: 1px solid color-mix(in srgb, var(--pl-warning) 40%, transparent);
}
.pl-contact-problem { display: flex; gap: 10px; align-items: flex-start; }
.pl-contact-problem svg { flex: none; color: var(--pl-warning); margin-top: 1px; }
.pl-contact-problem p { margin: 0 0 4px; }
.pl-contact-problem a { color: var(--pl-brand-text); font-weight: 600; }
.pl-recording {
  display: flex; align-items: center; gap: 10px; padding: 8px; padding-inline-start: 12px; border-radius: 10px;
  background: var(--pl-surface); border: 1px solid var(--pl-border); font-size: 14px;
}
.pl-recording-dot { width: 10px; height: 10px; border-radius: 50%; background: #dc2626; animation: pl-blink 1s steps(2) infinite; }
@keyframes pl-blink { 50% { opacity: 0.3; } }
.pl-recording-time { flex: 1; font-variant-numeric: tabular-nums; }
.pl-recording .pl-button { height: 32px; }
.pl-preview { display: flex; flex-direction: column; gap: 8px; }
.pl-preview video { width: 100%; max-height: 200px; border-radius: 8px; background: #000; }
.pl-contact-send { width: 100%; height: 44px; }
.pl-contact-send:disabled { opacity: 0.7; cursor: progress; }
.pl-contact-reply { margin: -4px 0 0; text-align: center; font-size: 13px; color: var(--pl-muted); }
.pl-contact-done { padding: 24px 0 8px; text-align: center; color: var(--pl-muted); }
.pl-contact-done .pl-empty-icon { color: var(--pl-brand-text); background: var(--pl-mark); }
.pl-contact-done[data-state='sent'] .pl-empty-icon { color: var(--pl-success); background: color-mix(in srgb, var(--pl-success) 14%, transparent); }
.pl-contact-done p { margin: 0 0 12px; }
.pl-contact-done .pl-contact-reply { margin-top: -4px; margin-bottom: 16px; }
/* A screenshot shows the page, not the panel over it. */
.pl-app[data-capturing] .pl-panel { visibility: hidden; }
@media (prefers-reduced-motion: reduce) { .pl-recording-dot { animation: none; } }
`;
