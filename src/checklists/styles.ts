/**
 * Styles of the checklist view, its home card and the reminder beside the launcher, brought into the
 * shadow root by the lazy `checklists` chunk. On ui/styles.ts's base and the panel's variables (px only;
 * 12/13/14/15/16/20; 4/8/12/16/20/24); logical properties for right-to-left; the one easing. Motion is
 * small and calm, and none at all under prefers-reduced-motion.
 */
export const checklistsCss = /* css */ `
.pl-app {
  --pl-cl-done: var(--pl-brand);
  --pl-cl-track: var(--pl-surface-2);
}

/* Progress: a ring (home card, reminder) and a bar (the view). */
.pl-cl-ring { flex: none; position: relative; display: inline-flex; align-items: center; justify-content: center; }
.pl-cl-ring svg { transform: rotate(-90deg); }
.pl-cl-ring-track { stroke: var(--pl-cl-track); }
.pl-cl-ring-fill { stroke: var(--pl-cl-done); transition: stroke-dashoffset 420ms var(--pl-ease); }
.pl-cl-ring-text {
  position: absolute; font-size: 11px; font-weight: 700; color: var(--pl-text); font-variant-numeric: tabular-nums;
}
.pl-cl-meter { display: flex; align-items: center; gap: 12px; margin-top: 12px; }
.pl-cl-meter-text { flex: none; font-size: 13px; color: var(--pl-muted); font-variant-numeric: tabular-nums; }
.pl-cl-bar { flex: 1; height: 6px; border-radius: 3px; background: var(--pl-cl-track); overflow: hidden; }
.pl-cl-bar-fill {
  display: block; height: 100%; border-radius: 3px; background: var(--pl-cl-done);
  transition: width 420ms var(--pl-ease);
}

/* The view */
.pl-cl-head { margin: 4px 0 16px; }
.pl-cl-title { margin: 0; font-size: 20px; font-weight: 650; line-height: 1.3; letter-spacing: -0.01em; }
.pl-cl-title:focus { outline: none; }
.pl-cl-desc { margin: 4px 0 0; color: var(--pl-muted); font-size: 14px; }
.pl-cl-items { list-style: none; margin: 0 -8px; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.pl-cl-item { border-radius: 10px; border: 1px solid transparent; }
.pl-cl-item[data-open='true'] { background: var(--pl-surface); border-color: var(--pl-border); }
.pl-app button.pl-cl-toggle {
  display: flex; align-items: center; gap: 12px; width: 100%; min-height: 48px; padding: 10px 12px;
  border-radius: 10px; text-align: start; color: var(--pl-text);
}
.pl-cl-toggle:hover { background: var(--pl-surface-2); }
.pl-cl-item[data-open='true'] .pl-cl-toggle:hover { background: transparent; }
.pl-cl-item-title { flex: 1; min-width: 0; font-size: 14px; font-weight: 550; line-height: 1.4; }
.pl-cl-item[data-state='done'] .pl-cl-item-title { color: var(--pl-muted); font-weight: 450; }
.pl-cl-item[data-state='locked'] .pl-cl-item-title { color: var(--pl-muted); }
.pl-cl-chevron { color: var(--pl-muted); transform: rotate(90deg); transition: transform 180ms var(--pl-ease); }
.pl-cl-item[data-open='true'] .pl-cl-chevron { transform: rotate(-90deg); }
.pl-cl-check {
  flex: none; width: 24px; height: 24px; border-radius: 50%; display: inline-flex; align-items: center;
  justify-content: center; border: 2px solid var(--pl-border); color: var(--pl-muted);
  font-size: 11px; font-weight: 700; font-variant-numeric: tabular-nums;
}
.pl-cl-item[data-state='next'] .pl-cl-check { border-color: var(--pl-brand); color: var(--pl-brand-text); }
.pl-cl-item[data-state='done'] .pl-cl-check { border-color: var(--pl-cl-done); background: var(--pl-cl-done); color: var(--pl-on-brand); }
.pl-cl-fresh .pl-cl-check { animation: pl-cl-tick 360ms var(--pl-ease); }
@keyframes pl-cl-tick { 0% { transform: scale(0.6); } 60% { transform: scale(1.12); } 100% { transform: none; } }
.pl-cl-body { padding-block: 0 14px; padding-inline: 48px 12px; }
.pl-cl-body p { margin: 0 0 12px; color: var(--pl-muted); font-size: 14px; }
.pl-cl-body .pl-button { height: 36px; }
.pl-app .pl-cl-body button.pl-button { padding: 0 14px; }
.pl-cl-locked { display: flex; align-items: center; gap: 6px; color: var(--pl-muted); font-size: 13px; }
.pl-cl-tag { flex: none; }
.pl-cl-foot { display: flex; justify-content: center; margin-top: 20px; }
.pl-app button.pl-cl-link {
  padding: 8px 12px; border-radius: 8px; color: var(--pl-muted); font-size: 13px; font-weight: 550;
  text-decoration: underline; text-underline-offset: 3px; text-decoration-color: var(--pl-border);
}
.pl-cl-link:hover { color: var(--pl-text); background: var(--pl-surface-2); }

/* All done */
.pl-cl-party {
  display: flex; flex-direction: column; align-items: center; text-align: center; gap: 4px;
  margin: 4px 0 20px; padding: 24px 16px; border-radius: var(--pl-radius);
  background: linear-gradient(180deg, color-mix(in srgb, var(--pl-brand) 10%, var(--pl-bg)) 0%, var(--pl-bg) 100%);
  border: 1px solid var(--pl-border);
}
.pl-cl-party strong { font-size: 17px; font-weight: 650; }
.pl-cl-party p { margin: 0 0 12px; color: var(--pl-muted); }
.pl-cl-medal {
  width: 48px; height: 48px; margin-bottom: 8px; border-radius: 50%; display: inline-flex; align-items: center;
  justify-content: center; background: var(--pl-cl-done); color: var(--pl-on-brand);
  animation: pl-cl-medal 520ms var(--pl-ease) both, pl-cl-halo 1100ms 200ms var(--pl-ease) both;
}
@keyframes pl-cl-medal { 0% { transform: scale(0.4); opacity: 0; } 70% { transform: scale(1.08); opacity: 1; } 100% { transform: none; } }
@keyframes pl-cl-halo {
  from { box-shadow: 0 0 0 0 color-mix(in srgb, var(--pl-brand) 45%, transparent); }
  to { box-shadow: 0 0 0 18px color-mix(in srgb, var(--pl-brand) 0%, transparent); }
}

/* The home card */
.pl-cl-cards { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.pl-app button.pl-cl-card {
  display: flex; align-items: center; gap: 12px; width: 100%; padding: 12px; border-radius: var(--pl-radius);
  background: var(--pl-surface); border: 1px solid var(--pl-border); text-align: start; color: var(--pl-text);
  transition: border-color 160ms var(--pl-ease), box-shadow 160ms var(--pl-ease);
}
.pl-cl-card:hover { border-color: color-mix(in srgb, var(--pl-brand) 45%, var(--pl-border)); box-shadow: 0 2px 10px rgba(16, 24, 40, 0.08); }
.pl-cl-card-text { flex: 1; min-width: 0; }
.pl-cl-card-title { display: block; font-size: 15px; font-weight: 600; line-height: 1.35; }
.pl-cl-card-sub { display: block; margin-top: 2px; font-size: 13px; color: var(--pl-muted); }
.pl-cl-card .pl-cl-medal { width: 40px; height: 40px; margin: 0; }

/* Beside the launcher: the reminder, and the celebration */
.pl-cl-nudge {
  position: fixed; z-index: var(--pl-z); right: var(--pl-offset); bottom: calc(var(--pl-offset) + 60px);
  width: 320px; max-width: calc(100vw - 2 * var(--pl-offset)); padding: 16px;
  border-radius: var(--pl-radius); background: var(--pl-bg); color: var(--pl-text);
  border: 1px solid var(--pl-border); box-shadow: var(--pl-shadow);
  animation: pl-cl-rise 240ms var(--pl-ease);
}
.pl-app[data-side='left'] .pl-cl-nudge { right: auto; left: var(--pl-offset); }
@keyframes pl-cl-rise { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
.pl-cl-nudge-head { display: flex; align-items: flex-start; gap: 12px; }
.pl-cl-nudge-text { flex: 1; min-width: 0; padding-top: 2px; }
.pl-cl-nudge-title { display: block; font-size: 15px; font-weight: 600; line-height: 1.35; }
.pl-cl-nudge-sub { display: block; margin-top: 2px; font-size: 13px; color: var(--pl-muted); }
.pl-cl-nudge .pl-icon-button { width: 28px; height: 28px; margin: -6px -8px 0 0; flex: none; }
.pl-app[dir='rtl'] .pl-cl-nudge .pl-icon-button { margin: -6px 0 0 -8px; }
.pl-cl-nudge .pl-button-row { margin-top: 12px; }
.pl-cl-nudge .pl-button { height: 32px; font-size: 13px; }
.pl-app .pl-cl-nudge button.pl-button { padding: 0 12px; }
.pl-app .pl-cl-nudge button.pl-button-secondary { border: 1px solid var(--pl-border); }
.pl-cl-nudge .pl-cl-medal { width: 36px; height: 36px; margin: 0; }

@media (max-width: 639.98px) {
  .pl-cl-nudge { right: 16px; left: 16px; width: auto; max-width: none; bottom: 76px; }
  .pl-app[data-side='left'] .pl-cl-nudge { left: 16px; right: 16px; }
}
@media (prefers-reduced-motion: reduce) {
  .pl-cl-medal, .pl-cl-fresh .pl-cl-check, .pl-cl-nudge { animation: none; }
  .pl-cl-bar-fill, .pl-cl-ring-fill { transition: none; }
}
`;
