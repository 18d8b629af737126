/*
 * Styles of the knowledge-base views (home, search results); the article view's and the "?" affordance's
 * come with their lazy chunks (./article-styles.ts, ./element-help-styles.ts).
 * Joined after ui/styles.ts's base, whose variables and scale they use (px only; 12/13/14/15/16/20;
 * 4/8/12/16/20/24). Logical properties for RTL; the base turns animations off under reduced motion.
 */
export const panelCss = /* css */ `
.pl-app {
  --pl-brand-text: var(--pl-brand);
  --pl-success: #15803d;
  --pl-warning: #b45309;
  --pl-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
}
.pl-app[data-scheme='dark'] {
  --pl-brand-text: color-mix(in srgb, var(--pl-brand) 45%, #ffffff);
  --pl-success: #4ade80;
  --pl-warning: #fbbf24;
}
/* The dialog holds focus only while its view has nothing to focus yet (loading): no ring around the whole panel. */
.pl-panel:focus { outline: none; }
/* The base resets padding and borders on '.pl-app button' (0-1-1): buttons styled by class need as much. */
.pl-app button.pl-row { padding: 10px 12px; }
.pl-app button.pl-button { padding: 0 16px; }
.pl-app button.pl-button-secondary { border: 1px solid var(--pl-border); }
.pl-app mark { background: var(--pl-mark); color: inherit; border-radius: 3px; padding: 0 1px; margin: 0 -1px; }

.pl-search input:focus-visible { outline: none; }

/* Home and search: the field stays in reach. The greeting (one line) scrolls away; the field sticks 12 px
   from the top (-16 px: the body's padding the hero bleeds into; 62 px: the hero's padding, greeting and gap). */
.pl-home-hero, .pl-search-top { position: sticky; z-index: 1; margin: -16px -16px 0; background: var(--pl-bg); }
.pl-home-hero {
  top: -66px; padding: 20px 16px 16px;
  background: linear-gradient(180deg, color-mix(in srgb, var(--pl-brand) 9%, var(--pl-bg)) 0%, var(--pl-bg) 100%);
}
.pl-search-top { top: -16px; padding: 16px 16px 4px; }
/* A hairline under the field once the list scrolls beneath it (browsers without scroll-state queries skip it). */
.pl-home-hero, .pl-search-top { container-type: scroll-state; }
@container scroll-state(stuck: top) {
  .pl-search::after {
    content: ''; position: absolute; inset-inline: -16px; bottom: -17px; height: 1px; background: var(--pl-border);
  }
  .pl-search-top .pl-search::after { bottom: -5px; }
}
.pl-topic-icon, .pl-result-icon {
  flex: none; width: 32px; height: 32px; border-radius: 8px; display: inline-flex; align-items: center;
  justify-content: center; background: var(--pl-surface-2); color: var(--pl-muted);
}
.pl-topic-icon { background: var(--pl-mark); color: var(--pl-brand-text); }
.pl-topic-icon img { display: block; width: 20px; height: 20px; object-fit: contain; }
.pl-count {
  flex: none; min-width: 24px; padding: 0 8px; border-radius: 999px; background: var(--pl-surface-2);
  color: var(--pl-muted); font-size: 12px; font-weight: 600; line-height: 20px; text-align: center;
  font-variant-numeric: tabular-nums;
}
.pl-list button.pl-row { min-height: 48px; }
/* Rows bleed into the body's padding so their text lines up with the headings above them. */
.pl-section > .pl-list, .pl-results, .pl-topics { margin-inline: -12px; }

/* Loading placeholders */
.pl-skeleton { display: flex; flex-direction: column; gap: 8px; margin-top: 16px; }
.pl-skeleton-line {
  display: block; height: 48px; border-radius: 8px;
  background: linear-gradient(90deg, var(--pl-surface) 0%, var(--pl-surface-2) 50%, var(--pl-surface) 100%);
  background-size: 200% 100%; animation: pl-shimmer 1.4s ease-in-out infinite;
}
.pl-skeleton-text { gap: 12px; }
.pl-skeleton-text .pl-skeleton-line { height: 12px; border-radius: 6px; }
.pl-skeleton-text .pl-skeleton-line:nth-child(3n) { width: 82%; }
.pl-skeleton-text .pl-skeleton-line:last-child { width: 48%; }
@keyframes pl-shimmer { from { background-position: 100% 0; } to { background-position: -100% 0; } }

/* Empty and unavailable states */
.pl-empty-icon {
  display: inline-flex; width: 48px; height: 48px; margin-bottom: 12px; border-radius: 50%;
  align-items: center; justify-content: center; background: var(--pl-surface-2); color: var(--pl-muted);
}
.pl-empty > span { display: block; }
.pl-empty .pl-empty-icon { display: inline-flex; }
.pl-unavailable .pl-empty-icon { color: var(--pl-warning); }
.pl-empty .pl-button-row { margin-top: 16px; }
.pl-center { justify-content: center; }

/* Search results */
.pl-view-title { margin: 20px 0 8px; font-size: 16px; font-weight: 600; line-height: 1.3; }
.pl-results { margin-top: 12px; }
.pl-results:empty { display: none; }
.pl-result { align-items: flex-start; cursor: pointer; position: relative; }
.pl-result[aria-selected='true'] { box-shadow: inset 3px 0 0 var(--pl-brand); }
.pl-app[dir='rtl'] .pl-result[aria-selected='true'] { box-shadow: inset -3px 0 0 var(--pl-brand); }
.pl-result[aria-selected='true'] .pl-result-icon { background: var(--pl-mark); color: var(--pl-brand-text); }
.pl-result .pl-row-title { line-height: 1.35; }
.pl-snippet {
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; line-height: 1.45;
}
.pl-result-meta { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 6px; }
.pl-tag {
  display: inline-flex; align-items: center; gap: 4px; padding: 0 8px; border-radius: 999px;
  background: var(--pl-mark); color: var(--pl-brand-text); font-size: 12px; font-weight: 600; line-height: 20px;
}
.pl-time {
  flex: none; display: inline-flex; align-items: center; justify-content: center; gap: 4px; min-width: 44px;
  padding: 0 6px; border-radius: 4px; background: var(--pl-surface-2); color: var(--pl-text);
  font-size: 12px; font-weight: 600; line-height: 20px; font-variant-numeric: tabular-nums;
}
`;
