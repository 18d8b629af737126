import { videoFrameCss } from '../content/VideoFrame';

/** Styles of tips, hotspots and announcements (and the video fallback they share with articles). Joined to ui/styles.ts's base. */
export const tipsCss = /* css */ `${videoFrameCss}
/* Tips: fixed in our layer, placed by anchor(); hidden until the first placement lands. One step below the panel: an open panel covers them. */
.pl-tip {
  position: fixed; top: 0; left: 0; z-index: calc(var(--pl-z) - 1); width: max-content; max-width: min(320px, calc(100vw - 16px));
  padding: 12px 16px 16px; border-radius: var(--pl-radius); border: 1px solid var(--pl-border);
  background: var(--pl-bg); color: var(--pl-text); box-shadow: var(--pl-shadow); font-size: 14px; line-height: 1.5;
}
.pl-tip[data-placement] { animation: pl-tip-in 180ms var(--pl-ease); }
.pl-tip:not([data-placement]), .pl-hotspot:not([data-placement]) { visibility: hidden; }
.pl-tip:focus { outline: none; }
.pl-tip:focus-visible { outline: 2px solid var(--pl-brand); outline-offset: 2px; }
@keyframes pl-tip-in { from { opacity: 0; } to { opacity: 1; } }
.pl-tip-arrow {
  position: absolute; width: 8px; height: 8px; background: var(--pl-bg); transform: rotate(45deg);
  border: 1px solid var(--pl-border);
}
.pl-tip[data-placement^='bottom'] .pl-tip-arrow { border-right: 0; border-bottom: 0; }
.pl-tip[data-placement^='top'] .pl-tip-arrow { border-left: 0; border-top: 0; }
.pl-tip[data-placement^='right'] .pl-tip-arrow { border-top: 0; border-right: 0; }
.pl-tip[data-placement^='left'] .pl-tip-arrow { border-bottom: 0; border-left: 0; }
.pl-tip-head { display: flex; align-items: flex-start; gap: 8px; }
.pl-tip-title { flex: 1; margin: 2px 0 4px; font-size: 15px; font-weight: 600; line-height: 1.35; }
.pl-tip-close { width: 28px; height: 28px; margin: -4px -8px 0 auto; flex: none; }
.pl-tip-image { display: block; max-width: 100%; height: auto; margin: 8px 0; border-radius: 8px; }
.pl-prose { color: var(--pl-text); overflow-wrap: anywhere; }
.pl-prose p, .pl-prose ul, .pl-prose ol { margin: 0 0 8px; }
.pl-prose ul, .pl-prose ol { padding-inline-start: 20px; }
.pl-prose > :last-child { margin-bottom: 0; }
.pl-prose a { color: var(--pl-brand); text-decoration: underline; text-underline-offset: 2px; }
.pl-prose code {
  padding: 1px 4px; border-radius: 4px; background: var(--pl-surface-2); font-size: 13px;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
}
/* ".pl-app button" resets padding and border: these selectors are specific enough to put them back. */
.pl-guide-buttons .pl-button { padding: 0 16px; }
.pl-guide-buttons .pl-button-secondary { border: 1px solid var(--pl-border); }
.pl-tip .pl-guide-buttons { margin-top: 12px; }
.pl-tip .pl-guide-buttons .pl-button { height: 32px; padding: 0 12px; font-size: 13px; }

/* Hotspots: a beacon on the element's corner, 24 px to stay an easy target. */
.pl-hotspot {
  position: fixed; top: 0; left: 0; z-index: calc(var(--pl-z) - 1); width: 24px; height: 24px; border-radius: 50%;
  display: flex; align-items: center; justify-content: center;
}
.pl-hotspot-dot {
  position: relative; width: 12px; height: 12px; border-radius: 50%; background: var(--pl-brand);
  box-shadow: 0 0 0 2px #ffffff, 0 1px 4px rgba(16, 24, 40, 0.35);
}
.pl-hotspot-pulse {
  position: absolute; inset: 0; border-radius: 50%; background: var(--pl-brand); opacity: 0;
  animation: pl-pulse 1600ms var(--pl-ease) infinite;
}
.pl-hotspot[aria-expanded='true'] .pl-hotspot-pulse { animation: none; }
@keyframes pl-pulse { 0% { transform: scale(0.5); opacity: 0.55; } 100% { transform: scale(1.6); opacity: 0; } }

/* Announcements */
.pl-backdrop { position: fixed; inset: 0; z-index: var(--pl-z); background: rgba(16, 24, 40, 0.5); animation: pl-tip-in 180ms var(--pl-ease); }
.pl-announcement {
  position: fixed; z-index: var(--pl-z); display: flex; flex-direction: column; overflow: hidden auto;
  background: var(--pl-bg); color: var(--pl-text); border: 1px solid var(--pl-border);
  border-radius: var(--pl-radius); box-shadow: var(--pl-shadow);
}
.pl-announcement:focus { outline: none; }
.pl-announcement-modal {
  inset: 0; margin: auto; width: min(480px, calc(100vw - 32px)); height: fit-content; max-height: calc(100vh - 48px);
  animation: pl-pop 200ms var(--pl-ease);
}
.pl-announcement-slidein {
  bottom: var(--pl-offset); inset-inline-start: var(--pl-offset); width: min(360px, calc(100vw - 32px));
  max-height: calc(100vh - 120px); animation: pl-slide-in 220ms var(--pl-ease);
}
.pl-app[data-side='left'] .pl-announcement-slidein { inset-inline: auto var(--pl-offset); }
@keyframes pl-slide-in { from { opacity: 0; transform: translateY(16px); } to { opacity: 1; transform: none; } }
.pl-announcement-close {
  position: absolute; top: 8px; inset-inline-end: 8px; z-index: 1; width: 32px; height: 32px; border-radius: 50%;
  background: var(--pl-bg); box-shadow: 0 1px 4px rgba(16, 24, 40, 0.18);
}
.pl-announcement-image, .pl-announcement-media {
  display: block; flex: none; width: 100%; max-height: 280px; border: 0; object-fit: cover; background: var(--pl-surface-2);
}
.pl-announcement-media { aspect-ratio: 16 / 9; height: auto; }
.pl-video-play { position: relative; color: #ffffff; }
.pl-video-play img { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; }
.pl-video-play-icon {
  position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  filter: drop-shadow(0 2px 8px rgba(0, 0, 0, 0.45));
}
.pl-video-play:hover .pl-video-play-icon { transform: scale(1.06); }
.pl-announcement-content { padding: 20px 24px 24px; }
.pl-announcement-title { margin: 0 0 8px; padding-inline-end: 32px; font-size: 20px; font-weight: 650; line-height: 1.3; }
.pl-announcement-body { font-size: 15px; }
.pl-announcement .pl-guide-buttons { margin-top: 20px; }
@media (max-width: 639.98px) {
  .pl-announcement-slidein, .pl-app[data-side='left'] .pl-announcement-slidein {
    inset-inline: 8px; width: auto; bottom: 80px;
  }
}
`;
