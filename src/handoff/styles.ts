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
`;
