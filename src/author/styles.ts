/** Styles of authoring mode: its panel and the outlines over host elements, all inside Pathlight's shadow root. */
export const authorCss = /* css */ `
.pl-author-outline {
  position: fixed; top: 0; left: 0; z-index: calc(var(--pl-z) - 1); pointer-events: none; box-sizing: border-box;
  border-radius: 3px; outline: 2px dashed var(--pl-brand); outline-offset: 1px;
  background: color-mix(in srgb, var(--pl-brand) 10%, transparent);
}
.pl-author-picked { outline-style: solid; background: none; }
.pl-author {
  position: fixed; z-index: var(--pl-z); top: 16px; inset-inline-end: 16px;
  display: flex; flex-direction: column; width: 380px; max-width: calc(100vw - 32px); max-height: min(640px, calc(100vh - 120px));
  border: 1px solid var(--pl-border); border-radius: var(--pl-radius); background: var(--pl-bg); color: var(--pl-text);
  box-shadow: var(--pl-shadow); font-size: 14px; line-height: 1.45;
}
.pl-author-header { display: flex; align-items: center; gap: 8px; padding: 10px 10px 10px 16px; border-bottom: 1px solid var(--pl-border); }
.pl-author-title { flex: 1; margin: 0; font-size: 15px; font-weight: 600; }
.pl-author-header .pl-icon-button { width: 32px; height: 32px; }
.pl-author-body { overflow-y: auto; overscroll-behavior: contain; padding: 12px 16px 14px; }
.pl-author-hint, .pl-author-status, .pl-author-ok, .pl-author-warning { margin: 0 0 10px; color: var(--pl-muted); font-size: 13px; }
.pl-author-hint:empty, .pl-author-status:empty { display: none; }
.pl-author-warning { color: var(--pl-text); }
.pl-author .pl-button { min-height: 36px; font-size: 13px; }
.pl-author-field { display: flex; flex-direction: column; gap: 4px; margin: 12px 0 10px; font-size: 13px; font-weight: 600; }
.pl-author-selector, .pl-author-json, .pl-author code {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px;
}
.pl-author-selector {
  width: 100%; min-height: 36px; padding: 6px 10px; border: 1px solid var(--pl-border); border-radius: 8px;
  background: var(--pl-surface); color: var(--pl-text); font-weight: 400;
}
.pl-author-copy { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 10px; }
.pl-author-json {
  display: block; width: 100%; max-height: 180px; margin: 0 0 12px; padding: 8px 10px; resize: vertical;
  border: 1px solid var(--pl-border); border-radius: 8px; background: var(--pl-surface-2); color: var(--pl-text); white-space: pre;
}
.pl-author-subtitle { margin: 14px 0 6px; font-size: 13px; font-weight: 600; }
.pl-author-targets { margin: 0 0 8px; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 6px; font-size: 12px; }
.pl-author-targets li { padding: 6px 8px; border-radius: 6px; background: var(--pl-surface-2); overflow-wrap: anywhere; }
.pl-author-path { font-weight: 600; }
.pl-author-label { color: var(--pl-muted); }
.pl-author-link { color: var(--pl-brand); text-decoration: underline; text-underline-offset: 2px; font-size: 13px; }
/* Away from the page's own content, which mostly starts top left; on a phone, the lower part of the screen. Flipped
   (the element pointed at lies under it): the opposite corner. */
.pl-author[data-flipped] { top: auto; bottom: 16px; inset-inline: 16px auto; }
@media (max-width: 480px) {
  .pl-author { top: auto; inset-inline: 8px; bottom: 8px; width: auto; max-width: none; max-height: 45vh; }
  .pl-author[data-flipped] { top: 8px; bottom: auto; }
}
`;
