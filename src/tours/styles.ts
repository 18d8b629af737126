/**
 * The tour layer's stylesheet: its own shadow root (the layer lives in the light DOM, beside what it
 * highlights, so no host rule reaches inside and none of ours leaks out). Adopted as a constructable
 * stylesheet. Everything in px; logical properties for RTL; no motion under prefers-reduced-motion.
 * The palette follows the widget's: the layer copies the panel container's theme variables and scheme.
 */
export const tourCss = /* css */ `
:host { all: initial; }
.pl-tour-app {
  --pl-brand: #4f46e5;
  --pl-on-brand: #ffffff;
  --pl-radius: 12px;
  --pl-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
  --pl-bg: #ffffff;
  --pl-surface-2: #eef0f4;
  --pl-text: #1a1d23;
  --pl-muted: #5b6270;
  --pl-border: #e2e5ea;
  --pl-shadow: 0 16px 48px rgba(16, 24, 40, 0.22), 0 2px 8px rgba(16, 24, 40, 0.1);
  --pl-ease: cubic-bezier(0.2, 0.8, 0.2, 1);
  --pl-dim: rgba(10, 12, 18, 0.55);
  all: initial; display: contents;
}
.pl-tour-app[data-scheme='dark'] {
  --pl-bg: #1b1e24; --pl-surface-2: #2a2e37; --pl-text: #eceef2; --pl-muted: #a3a9b6; --pl-border: #343945;
  --pl-shadow: 0 16px 48px rgba(0, 0, 0, 0.6), 0 2px 8px rgba(0, 0, 0, 0.45); --pl-dim: rgba(0, 0, 0, 0.66);
}
* , *::before, *::after { box-sizing: border-box; }
[popover] { margin: 0; padding: 0; border: 0; background: transparent; color: inherit; overflow: visible; inset: auto; }

/* The dimmed page with driver.js's cut-out: above everything, letting clicks through only to the highlight. */
.pl-tour-overlay {
  position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none;
  pointer-events: none; z-index: var(--pl-z, 2147483647);
}
.pl-tour-overlay svg { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.pl-tour-overlay path { fill: var(--pl-dim) !important; opacity: 1 !important; cursor: default; }
.pl-tour-ring {
  position: fixed; pointer-events: none; border-radius: 10px; z-index: var(--pl-z, 2147483647);
  box-shadow: 0 0 0 2px var(--pl-brand), 0 0 0 6px color-mix(in srgb, var(--pl-brand) 28%, transparent);
}

/* The step card. */
.pl-tour {
  position: fixed; top: 0; left: 0; z-index: var(--pl-z, 2147483647);
  width: 340px; max-width: calc(100vw - 16px); padding: 20px; border-radius: var(--pl-radius); border: 1px solid var(--pl-border);
  background: var(--pl-bg); color: var(--pl-text); box-shadow: var(--pl-shadow);
  font-family: var(--pl-font); font-size: 14px; line-height: 1.5; font-weight: 400; text-align: start;
  letter-spacing: normal; word-spacing: normal; text-transform: none; font-style: normal; visibility: visible;
  -webkit-font-smoothing: antialiased; outline: none;
}
/* The content scrolls when it is taller than the screen allows; the card itself does not clip its arrow. */
.pl-tour-content { max-height: calc(100vh - 56px); overflow: auto; margin: -20px; padding: 20px; }
.pl-tour[data-placement] { animation: pl-tour-in 200ms var(--pl-ease); }
.pl-tour[data-centred] { inset: 0; margin: auto; height: fit-content; width: min(420px, calc(100vw - 32px)); max-width: none; }
/* The card takes focus so that each step is read out; its buttons show the focus ring, it does not. */
.pl-tour:focus { outline: none; }
@keyframes pl-tour-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
/* 10 px: the positioning helper sets it 4 px out from the edge, so half of it shows. */
.pl-tour-arrow {
  position: absolute; width: 10px; height: 10px; background: var(--pl-bg); transform: rotate(45deg);
  border: 1px solid var(--pl-border);
}
.pl-tour[data-placement^='bottom'] .pl-tour-arrow { border-right: 0; border-bottom: 0; }
.pl-tour[data-placement^='top'] .pl-tour-arrow { border-left: 0; border-top: 0; }
.pl-tour[data-placement^='right'] .pl-tour-arrow { border-top: 0; border-right: 0; }
.pl-tour[data-placement^='left'] .pl-tour-arrow { border-bottom: 0; border-left: 0; }
.pl-tour[data-centred] .pl-tour-arrow { display: none; }
.pl-tour-close {
  position: absolute; top: 10px; inset-inline-end: 10px; width: 32px; height: 32px; border-radius: 8px;
  display: inline-flex; align-items: center; justify-content: center; color: var(--pl-muted);
}
.pl-tour-close:hover { background: var(--pl-surface-2); color: var(--pl-text); }
/* Over an image: a disc of the card's colour keeps it visible on any picture. */
.pl-tour-close-over {
  z-index: 1; border-radius: 50%; background: var(--pl-bg); color: var(--pl-text);
  box-shadow: 0 1px 4px rgba(16, 24, 40, 0.25);
}
.pl-tour-media {
  display: block; width: calc(100% + 40px); max-width: none; height: auto; max-height: 200px; object-fit: cover;
  margin: -20px -20px 16px; border: 0; border-radius: var(--pl-radius) var(--pl-radius) 0 0; background: var(--pl-surface-2);
}
.pl-tour-media.pl-tour-video { aspect-ratio: 16 / 9; max-height: none; position: relative; padding: 0; overflow: hidden; }
.pl-tour-video img { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; }
.pl-tour-play {
  position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; color: #ffffff;
  filter: drop-shadow(0 2px 8px rgba(0, 0, 0, 0.45));
}
.pl-tour-title {
  margin: 0 0 6px; font-size: 16px; font-weight: 650; line-height: 1.35; letter-spacing: -0.005em; color: var(--pl-text);
}
/* Room for the close button on the card's end side: physical, since a title may run the other way (dir=auto). */
.pl-tour:not([dir='rtl']) .pl-tour-title, .pl-tour:not([dir='rtl']) .pl-tour-close + .pl-tour-body { padding-right: 28px; }
.pl-tour[dir='rtl'] .pl-tour-title, .pl-tour[dir='rtl'] .pl-tour-close + .pl-tour-body { padding-left: 28px; }
.pl-tour-body { color: var(--pl-text); overflow-wrap: anywhere; }
.pl-tour-title + .pl-tour-body { color: var(--pl-muted); }
.pl-tour-body p, .pl-tour-body ul, .pl-tour-body ol { margin: 0 0 8px; }
.pl-tour-body ul, .pl-tour-body ol { padding-inline-start: 20px; }
.pl-tour-body > :last-child { margin-bottom: 0; }
.pl-tour-body strong { color: var(--pl-text); font-weight: 600; }
.pl-tour-body a { color: var(--pl-brand); text-decoration: underline; text-underline-offset: 2px; }
.pl-tour-body code {
  padding: 1px 4px; border-radius: 4px; background: var(--pl-surface-2); font-size: 13px;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
}
.pl-tour-footer { display: flex; align-items: center; gap: 8px; margin-top: 16px; flex-wrap: wrap; }
.pl-tour-progress { flex: 1; min-width: max-content; color: var(--pl-muted); font-size: 13px; font-variant-numeric: tabular-nums; }
.pl-tour-dots { display: flex; gap: 4px; margin-bottom: 4px; }
.pl-tour-dot { width: 6px; height: 6px; border-radius: 3px; background: var(--pl-border); }
.pl-tour-dot[data-on] { width: 16px; background: var(--pl-brand); }
.pl-tour-buttons { display: flex; gap: 8px; margin-inline-start: auto; }
button, a.pl-tour-button {
  font: inherit; color: inherit; letter-spacing: inherit; margin: 0; padding: 0; border: 0; background: none;
  cursor: pointer; text-decoration: none;
}
.pl-tour-button {
  display: inline-flex; align-items: center; justify-content: center; height: 36px; padding: 0 14px;
  border-radius: 8px; font-size: 14px; font-weight: 600; line-height: 1; white-space: nowrap;
  background: var(--pl-brand); color: var(--pl-on-brand); transition: filter 160ms var(--pl-ease);
}
.pl-tour-button:hover { filter: brightness(1.08); }
.pl-tour-button[data-secondary] { background: transparent; color: var(--pl-text); border: 1px solid var(--pl-border); }
.pl-tour-button[data-secondary]:hover { background: var(--pl-surface-2); filter: none; }
:focus-visible { outline: 2px solid var(--pl-brand); outline-offset: 2px; }
svg { display: block; flex: none; }
.pl-tour-sr {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* Phones: a card across the screen's width, never taller than half of it (the rest shows the highlight). */
@media (max-width: 639.98px) {
  .pl-tour { width: calc(100vw - 16px); padding: 16px; }
  .pl-tour-content { max-height: 48vh; margin: -16px; padding: 16px; }
  .pl-tour-media { width: calc(100% + 32px); margin: -16px -16px 12px; max-height: 140px; }
  .pl-tour-button { height: 40px; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; }
}
`;
