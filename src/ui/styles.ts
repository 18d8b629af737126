import type { ThemeConfig } from '../types';

/**
 * Theme values become CSS variables on the app container, so hosts can theme without our CSS. A key not set
 * maps to `''`, which `style.setProperty` takes as "remove": the stylesheet's default applies.
 */
export function themeVariables(theme: ThemeConfig = {}): Record<string, string> {
  return {
    '--pl-brand': theme.brandColor ?? '',
    '--pl-on-brand': theme.brandTextColor ?? '',
    '--pl-radius': theme.radius === undefined ? '' : `${theme.radius}px`,
    '--pl-font': theme.fontFamily ?? '',
  };
}

/*
 * Everything in px (the host may set `html { font-size: 10px }`). Type scale: 12 / 13 / 14 / 15 / 16 / 20.
 * Spacing: 4 / 8 / 12 / 16 / 20 / 24. One easing, 160–220 ms, none under prefers-reduced-motion.
 * `.pl-app` resets every inherited property because host rules on `*` reach our host element.
 */
/**
 * The base reset and the launcher: the first script's stylesheet. The script-tag app adds the rest after it
 * (`afterLauncherCss`, then the panel's), which cascades exactly as `baseCss` + the panel's CSS in one sheet.
 */
export const launcherCss = /* css */ `
.pl-app {
  all: initial;
  --pl-brand: #4f46e5;
  --pl-on-brand: #ffffff;
  --pl-radius: 12px;
  --pl-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
  --pl-bg: #ffffff;
  --pl-surface: #f6f7f9;
  --pl-surface-2: #eef0f4;
  --pl-text: #1a1d23;
  --pl-muted: #5b6270;
  --pl-border: #e2e5ea;
  --pl-focus: color-mix(in srgb, var(--pl-brand) 55%, #ffffff);
  --pl-shadow: 0 12px 48px rgba(16, 24, 40, 0.18), 0 2px 8px rgba(16, 24, 40, 0.08);
  --pl-ease: cubic-bezier(0.2, 0.8, 0.2, 1);
  --pl-mark: color-mix(in srgb, var(--pl-brand) 16%, transparent);
  --pl-offset: 20px;
  --pl-top: 80px;
  --pl-bottom: calc(var(--pl-offset) + 60px);
  font-family: var(--pl-font);
  font-size: 14px;
  line-height: 1.5;
  font-weight: 400;
  color: var(--pl-text);
  text-align: start;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  font-style: normal;
  visibility: visible;
  cursor: auto;
  -webkit-font-smoothing: antialiased;
}
.pl-app[data-scheme='dark'] {
  --pl-bg: #16181d;
  --pl-surface: #1f2229;
  --pl-surface-2: #282c35;
  --pl-text: #eceef2;
  --pl-muted: #a3a9b6;
  --pl-border: #2f333d;
  --pl-shadow: 0 12px 48px rgba(0, 0, 0, 0.55), 0 2px 8px rgba(0, 0, 0, 0.4);
  --pl-mark: color-mix(in srgb, var(--pl-brand) 38%, transparent);
  color-scheme: dark;
}
.pl-app *, .pl-app *::before, .pl-app *::after { box-sizing: border-box; }
:where(.pl-app) :where(button, input, textarea, select) {
  font: inherit; color: inherit; letter-spacing: inherit; margin: 0;
}
:where(.pl-app) :where(button) { cursor: pointer; background: none; border: 0; padding: 0; }
.pl-app :focus-visible { outline: 2px solid var(--pl-brand); outline-offset: 2px; }
.pl-app svg { display: block; flex: none; }
.pl-sr-only {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* Launcher */
.pl-launcher {
  position: fixed; z-index: var(--pl-z); bottom: var(--pl-offset); inset-inline-end: var(--pl-offset);
  display: inline-flex; align-items: center; gap: 8px; height: 48px; padding: 0 20px; padding-inline-start: 16px;
  border-radius: 999px; background: var(--pl-brand) !important; color: var(--pl-on-brand) !important;
  font-size: 15px; font-weight: 600; line-height: 1;
  box-shadow: 0 6px 20px rgba(16, 24, 40, 0.22), 0 1px 3px rgba(16, 24, 40, 0.14);
  transition: transform 180ms var(--pl-ease), box-shadow 180ms var(--pl-ease);
}
.pl-app[data-side='left'] .pl-launcher { inset-inline: var(--pl-offset) auto; }
/* The launcher's two icons in one cell: "?" turns into "×" and back instead of swapping in one frame. */
.pl-launcher-icon { display: grid; }
.pl-launcher-icon svg { grid-area: 1 / 1; transition: opacity 200ms var(--pl-ease), transform 200ms var(--pl-ease); }
.pl-launcher[data-open='true'] svg:first-child { opacity: 0; transform: rotate(-45deg) scale(0.6); }
.pl-launcher[data-open='false'] svg + svg { opacity: 0; transform: rotate(45deg) scale(0.6); }
.pl-launcher:hover { transform: translateY(-1px); box-shadow: 0 10px 28px rgba(16, 24, 40, 0.26); }
.pl-launcher:active { transform: translateY(0); }
.pl-launcher:focus-visible { outline: 3px solid var(--pl-focus); outline-offset: 3px; }
.pl-badge {
  position: absolute; top: -4px; inset-inline-end: -4px; min-width: 20px; height: 20px; padding: 0 6px;
  border-radius: 10px; background: #e5484d; color: #fff; font-size: 12px; font-weight: 600;
  display: inline-flex; align-items: center; justify-content: center; border: 2px solid var(--pl-bg);
}

/* Phones: the launcher moves closer to the corner and hides while the panel fills the screen. */
@media (max-width: 639.98px) {
  .pl-launcher[data-open='true'] { display: none; }
  .pl-launcher { bottom: 16px; inset-inline-end: 16px; }
  .pl-app[data-side='left'] .pl-launcher { inset-inline-start: 16px; }
}
@media (prefers-reduced-motion: reduce) {
  .pl-app *, .pl-app *::before, .pl-app *::after {
    animation-duration: 0.01ms !important; animation-iteration-count: 1 !important;
    transition-duration: 0.01ms !important; scroll-behavior: auto !important;
  }
}
`;

/** The rest of the base: the panel's frame, search field, lists, cards and buttons. */
export const afterLauncherCss = /* css */ `
/* Panel */
.pl-panel {
  position: fixed; z-index: var(--pl-z); inset-inline-end: var(--pl-offset); bottom: var(--pl-bottom);
  width: 400px; height: min(680px, calc(100vh - var(--pl-top) - var(--pl-bottom)));
  min-height: min(360px, calc(100vh - var(--pl-bottom) - 8px));
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--pl-bg); color: var(--pl-text); border-radius: var(--pl-radius);
  box-shadow: var(--pl-shadow); border: 1px solid var(--pl-border);
  transform-origin: 50% 100%;
  animation: pl-pop 200ms var(--pl-ease);
}
.pl-app[data-side='left'] .pl-panel { inset-inline: var(--pl-offset) auto; }
@keyframes pl-pop { from { opacity: 0; transform: translateY(8px) scale(0.98); } to { opacity: 1; transform: none; } }
/* Leaving (closed already, inert): the way it came, a little quicker, accelerating. */
.pl-panel[data-leaving] { animation: pl-out 160ms cubic-bezier(0.4, 0, 1, 1) forwards; }
@keyframes pl-out { to { opacity: 0; transform: translateY(8px) scale(0.98); } }
.pl-panel-header {
  flex: none; display: flex; align-items: center; gap: 8px; min-height: 56px; padding: 8px;
  padding-inline-start: 16px;
  border-bottom: 1px solid var(--pl-border);
}
.pl-panel-title {
  flex: 1; min-width: 0; display: flex; align-items: center; gap: 8px; margin: 0; font-size: 16px; font-weight: 600;
  line-height: 1.3;
}
.pl-logo { display: block; flex: none; height: 24px; width: auto; max-width: 120px; object-fit: contain; }
.pl-icon-button {
  width: 36px; height: 36px; border-radius: 8px; display: inline-flex; align-items: center; justify-content: center;
  color: var(--pl-muted);
}
.pl-icon-button:hover { background: var(--pl-surface-2); color: var(--pl-text); }
.pl-panel-body { flex: 1; overflow-y: auto; overscroll-behavior: contain; padding: 16px; }
.pl-hero {
  margin: 0 0 16px; font-size: 20px; font-weight: 600; line-height: 1.3; letter-spacing: -0.01em;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}

/* Search field */
.pl-search { position: relative; display: flex; align-items: center; }
.pl-search-icon { position: absolute; inset-inline-start: 12px; display: flex; color: var(--pl-muted); pointer-events: none; }
.pl-search input {
  width: 100%; height: 44px; padding: 0 40px; border-radius: 10px;
  border: 1px solid var(--pl-border); background: var(--pl-surface); color: var(--pl-text);
  font-size: 16px; outline: none; transition: border-color 160ms var(--pl-ease), box-shadow 160ms var(--pl-ease);
  -webkit-appearance: none; appearance: none;
}
.pl-search input::placeholder { color: var(--pl-muted); opacity: 1; }
.pl-search input:focus { border-color: var(--pl-brand); box-shadow: 0 0 0 3px var(--pl-mark); background: var(--pl-bg); }
.pl-search input::-webkit-search-cancel-button { display: none; }
.pl-search .pl-icon-button { position: absolute; inset-inline-end: 4px; width: 36px; height: 36px; }

/* Sections and lists */
.pl-section { margin-top: 20px; }
.pl-section-title {
  margin: 0 0 8px; font-size: 12px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  color: var(--pl-muted);
}
.pl-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
.pl-row {
  display: flex; align-items: center; gap: 12px; width: 100%; padding: 10px 12px; border-radius: 8px;
  text-align: start; color: var(--pl-text); text-decoration: none; font-size: 14px;
}
.pl-row:hover, .pl-row[aria-selected='true'] { background: var(--pl-surface-2); }
.pl-row-text { flex: 1; min-width: 0; }
.pl-row-title { display: block; font-weight: 500; }
/* A title in another direction than the UI (dir="auto") still lines up with its icon: aligned by the UI's
   direction, not its own (text-align: match-parent would say so, but Chromium resolves it against the text's). */
.pl-row-title, .pl-row-sub { text-align: left; }
.pl-app[dir='rtl'] .pl-row-title, .pl-app[dir='rtl'] .pl-row-sub { text-align: right; }
.pl-row-sub { display: block; margin-top: 2px; font-size: 13px; color: var(--pl-muted); }
.pl-row-chevron { color: var(--pl-muted); }
.pl-app[dir='rtl'] .pl-flip-rtl, .pl-app[dir='rtl'] .pl-row-chevron { transform: scaleX(-1); }
.pl-empty { padding: 24px 8px; text-align: center; color: var(--pl-muted); }
.pl-empty strong { display: block; margin-bottom: 4px; color: var(--pl-text); font-size: 15px; font-weight: 600; }

/* Cards and buttons */
.pl-card {
  margin-top: 20px; padding: 16px; border-radius: var(--pl-radius); background: var(--pl-surface);
  border: 1px solid var(--pl-border);
}
.pl-card-title { margin: 0 0 4px; font-size: 15px; font-weight: 600; }
.pl-card p { margin: 0 0 12px; color: var(--pl-muted); font-size: 14px; }
.pl-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 8px; height: 40px; padding: 0 16px;
  border-radius: 8px; font-size: 14px; font-weight: 600; text-decoration: none;
  background: var(--pl-brand) !important; color: var(--pl-on-brand) !important;
  transition: filter 160ms var(--pl-ease);
}
.pl-button:hover { filter: brightness(1.08); }
.pl-button-secondary {
  background: var(--pl-bg) !important; color: var(--pl-text) !important; border: 1px solid var(--pl-border);
}
.pl-button-row { display: flex; flex-wrap: wrap; gap: 8px; }

/* Phones: the panel fills the screen and becomes modal. */
@media (max-width: 639.98px) {
  .pl-panel {
    inset: 0; width: 100%; height: 100%; border-radius: 0; border: 0;
    animation-name: pl-slide;
  }
  .pl-app[data-side='left'] .pl-panel { inset-inline: 0; }
  .pl-panel[data-leaving] { animation-name: pl-slide-out; }
  @keyframes pl-slide { from { opacity: 0; transform: translateY(24px); } to { opacity: 1; transform: none; } }
  @keyframes pl-slide-out { to { opacity: 0; transform: translateY(24px); } }
}
`;

/** Everything but capabilities' own CSS; the launcher's rules first, in the order they always had. */
export const baseCss = launcherCss + afterLauncherCss;
