/**
 * Styles of the survey card beside the launcher, brought into the shadow root by the lazy `surveys` chunk.
 * On ui/styles.ts's base and variables (px only); logical properties for right to left (the scale's row
 * mirrors itself: 0 on the right in Arabic); the one easing; no motion under prefers-reduced-motion. On a
 * 375 px phone the eleven NPS steps share the row without scrolling.
 */
export const surveysCss = /* css */ `
.pl-survey {
  position: fixed; z-index: var(--pl-z); inset-inline-end: var(--pl-offset); bottom: calc(var(--pl-offset) + 68px);
  width: 440px; max-width: calc(100vw - 2 * var(--pl-offset)); box-sizing: border-box; padding: 20px;
  border-radius: var(--pl-radius); background: var(--pl-bg); color: var(--pl-text);
  border: 1px solid var(--pl-border); box-shadow: var(--pl-shadow);
  animation: pl-survey-rise 260ms var(--pl-ease);
}
.pl-app[data-side='left'] .pl-survey { inset-inline: var(--pl-offset) auto; }
@keyframes pl-survey-rise { from { opacity: 0; transform: translateY(12px); } to { opacity: 1; transform: none; } }
.pl-app button.pl-survey-close { position: absolute; top: 10px; inset-inline-end: 10px; width: 28px; height: 28px; }
.pl-survey-question {
  margin: 0 0 16px; padding-inline-end: 28px; font-size: 15px; font-weight: 600; line-height: 1.4;
  letter-spacing: -0.005em;
}
.pl-survey-scale { display: flex; gap: 5px; }
.pl-app button.pl-survey-step {
  flex: 1 1 0; min-width: 0; height: 36px; padding: 0; border-radius: 8px;
  display: inline-flex; align-items: center; justify-content: center;
  background: var(--pl-surface); color: var(--pl-text); border: 1px solid var(--pl-border);
  font-size: 14px; font-weight: 600; font-variant-numeric: tabular-nums;
  transition: background 140ms var(--pl-ease), border-color 140ms var(--pl-ease), color 140ms var(--pl-ease), transform 140ms var(--pl-ease);
}
.pl-app button.pl-survey-step:hover {
  border-color: color-mix(in srgb, var(--pl-brand) 60%, var(--pl-border));
  background: color-mix(in srgb, var(--pl-brand) 8%, var(--pl-surface));
}
.pl-app button.pl-survey-step:active { transform: scale(0.96); }
.pl-app button.pl-survey-step[aria-checked='true'] {
  background: var(--pl-brand); border-color: var(--pl-brand); color: var(--pl-on-brand);
}
.pl-survey-scale[data-steps='2'] { gap: 8px; max-width: 176px; }
.pl-app .pl-survey-scale[data-steps='2'] button.pl-survey-step { height: 44px; }
.pl-survey-scale[data-steps='5'] { gap: 8px; }
.pl-survey-ends {
  display: flex; justify-content: space-between; gap: 12px; margin-top: 8px;
  font-size: 12px; color: var(--pl-muted); line-height: 1.3;
}
.pl-survey-ends span:last-child { text-align: end; }
.pl-survey-form { margin-top: 16px; animation: pl-survey-open 200ms var(--pl-ease); }
@keyframes pl-survey-open { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
.pl-survey-label { display: block; margin-bottom: 6px; font-size: 13px; font-weight: 500; color: var(--pl-muted); }
.pl-survey-comment {
  display: block; width: 100%; box-sizing: border-box; min-height: 64px; max-height: 160px; resize: vertical;
  padding: 8px 12px; border-radius: 8px; border: 1px solid var(--pl-border); background: var(--pl-surface);
  color: var(--pl-text); font: inherit; font-size: 14px; line-height: 1.45; outline: none;
  transition: border-color 160ms var(--pl-ease), box-shadow 160ms var(--pl-ease);
}
.pl-survey-comment:focus { border-color: var(--pl-brand); box-shadow: 0 0 0 3px var(--pl-mark); background: var(--pl-bg); }
.pl-survey-actions { display: flex; justify-content: flex-end; margin-top: 12px; }
.pl-survey .pl-button { height: 36px; }
.pl-survey-thanks { display: flex; align-items: center; gap: 12px; padding-inline-end: 28px; }
.pl-survey-thanks:focus { outline: none; }
.pl-survey-medal {
  flex: none; width: 40px; height: 40px; border-radius: 50%; display: inline-flex; align-items: center;
  justify-content: center; background: var(--pl-brand); color: var(--pl-on-brand);
  animation: pl-survey-pop 420ms var(--pl-ease) both;
}
@keyframes pl-survey-pop { 0% { transform: scale(0.5); opacity: 0; } 70% { transform: scale(1.08); opacity: 1; } 100% { transform: none; } }
.pl-survey-title { display: block; font-size: 15px; font-weight: 650; line-height: 1.35; }
.pl-survey-sub { display: block; margin-top: 2px; font-size: 13px; color: var(--pl-muted); }

@media (max-width: 639.98px) {
  .pl-survey, .pl-app[data-side='left'] .pl-survey {
    inset-inline: 12px; width: auto; max-width: none; bottom: 80px; padding: 16px;
  }
  .pl-survey-scale { gap: 3px; }
  .pl-app button.pl-survey-step { height: 44px; border-radius: 6px; font-size: 13px; }
  /* 16 px: below it iOS zooms into the field. */
  .pl-survey-comment { font-size: 16px; }
}
@media (prefers-reduced-motion: reduce) {
  .pl-survey, .pl-survey-form, .pl-survey-medal { animation: none; }
  .pl-app button.pl-survey-step { transition: none; }
  .pl-app button.pl-survey-step:active { transform: none; }
}
`;
