/*
 * The article view's styles (title, body, feedback, video player and transcript), adopted with the lazy
 * `article` chunk when the first article opens. Same scale and variables as ./styles.ts.
 */
import { videoFrameCss } from '../content/VideoFrame';

export const articleCss = /* css */ `${videoFrameCss}
/* The video player's rows and transcript search (after ./styles.ts's rules of equal specificity, which they refine). */
.pl-app button.pl-chapter { padding: 8px 12px; }
.pl-app button.pl-transcript-line { padding: 8px; }
.pl-chapters > .pl-list { margin-inline: -12px; }
.pl-search-small { margin: 12px 12px 4px; }
.pl-search-small input { height: 36px; border-radius: 8px; }
.pl-search-small .pl-search-icon { inset-inline-start: 10px; }

/* Article */
.pl-article-header { margin-bottom: 16px; }
.pl-eyebrow {
  margin: 0 0 4px; font-size: 12px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  color: var(--pl-brand-text);
}
.pl-article-title { margin: 0; font-size: 20px; font-weight: 600; line-height: 1.3; letter-spacing: -0.01em; }
.pl-article-title:focus { outline: none; }
.pl-article-meta {
  display: flex; align-items: center; gap: 8px; margin: 8px 0 0; font-size: 13px; color: var(--pl-muted);
}
.pl-article-body { font-size: 14px; line-height: 1.6; overflow-wrap: anywhere; }
.pl-article-body[data-state='loading'], .pl-article-body[data-state='failed'] { display: none; }
.pl-article-plain { white-space: pre-wrap; }
.pl-article-body > :first-child { margin-top: 0; }
.pl-article-body > :last-child { margin-bottom: 0; }
.pl-article-body p, .pl-article-body ul, .pl-article-body ol, .pl-article-body pre, .pl-article-body blockquote, .pl-article-body figure,
.pl-article-body details, .pl-article-body dl { margin: 0 0 12px; }
.pl-article-body h1, .pl-article-body h2, .pl-article-body h3, .pl-article-body h4, .pl-article-body h5, .pl-article-body h6 {
  margin: 20px 0 8px; font-weight: 600; line-height: 1.3;
}
.pl-article-body h1 { font-size: 20px; }
.pl-article-body h2 { font-size: 16px; }
.pl-article-body h3 { font-size: 15px; }
.pl-article-body h4, .pl-article-body h5, .pl-article-body h6 { font-size: 14px; }
.pl-article-body a { color: var(--pl-brand-text); text-decoration: underline; text-underline-offset: 2px; }
.pl-article-body a:hover { text-decoration-thickness: 2px; }
.pl-article-body ul, .pl-article-body ol { padding-inline-start: 24px; }
.pl-article-body li + li { margin-top: 4px; }
.pl-article-body li > ul, .pl-article-body li > ol { margin: 4px 0 0; }
.pl-article-body li::marker { color: var(--pl-muted); }
.pl-article-body strong { font-weight: 600; }
.pl-article-body code, .pl-article-body kbd, .pl-article-body samp {
  font-family: var(--pl-mono); font-size: 13px; padding: 1px 4px; border-radius: 4px; background: var(--pl-surface-2);
}
.pl-article-body pre {
  padding: 12px; overflow-x: auto; border-radius: 8px; border: 1px solid var(--pl-border); background: var(--pl-surface);
  line-height: 1.5;
}
.pl-article-body pre code { padding: 0; background: none; }
.pl-article-body blockquote {
  padding: 8px 12px; border-inline-start: 3px solid var(--pl-brand); background: var(--pl-surface);
  border-start-end-radius: 8px; border-end-end-radius: 8px; color: var(--pl-muted);
}
.pl-article-body table {
  display: block; max-width: 100%; overflow-x: auto; margin: 0 0 12px; border-collapse: collapse; font-size: 13px;
}
.pl-article-body th, .pl-article-body td { padding: 8px 12px; border-bottom: 1px solid var(--pl-border); text-align: start; vertical-align: top; }
.pl-article-body th { font-weight: 600; background: var(--pl-surface); white-space: nowrap; }
.pl-article-body [align='center'] { text-align: center; }
.pl-article-body [align='right'] { text-align: end; }
.pl-article-body img, .pl-article-body video { max-width: 100%; height: auto; border-radius: 8px; }
.pl-article-body iframe { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; border: 0; border-radius: 8px; margin: 0 0 12px; }
.pl-article-body hr { height: 0; margin: 20px 0; border: 0; border-top: 1px solid var(--pl-border); }
.pl-open-full {
  display: inline-flex; align-items: center; gap: 6px; margin-top: 16px; font-size: 14px; font-weight: 600;
  color: var(--pl-brand-text); text-decoration: none;
}
.pl-open-full:hover { text-decoration: underline; text-underline-offset: 2px; }

/* Was this helpful? */
.pl-feedback {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px;
  margin-top: 20px; padding-top: 16px; border-top: 1px solid var(--pl-border);
}
.pl-feedback-question { font-size: 14px; font-weight: 600; }
.pl-chip {
  display: inline-flex; align-items: center; gap: 6px; height: 36px; border-radius: 999px; background: var(--pl-bg); font-size: 14px; font-weight: 600;
  transition: border-color 160ms var(--pl-ease), color 160ms var(--pl-ease), background 160ms var(--pl-ease);
}
.pl-app button.pl-chip { padding: 0 14px; border: 1px solid var(--pl-border); }
.pl-app button.pl-chip:hover { border-color: var(--pl-brand); color: var(--pl-brand-text); background: var(--pl-mark); }
.pl-feedback-thanks { display: flex; align-items: center; gap: 8px; margin: 0; font-weight: 600; color: var(--pl-success); }
.pl-feedback-thanks:focus, .pl-feedback-sorry:focus { outline: none; }
/* After a "No": sorry, what was missing (optional), related articles; the hand-off card follows. */
.pl-feedback-no { flex-direction: column; align-items: stretch; gap: 12px; }
.pl-feedback-sorry { margin: 0; font-size: 15px; font-weight: 600; }
.pl-feedback-form { display: flex; flex-direction: column; align-items: flex-start; gap: 8px; }
.pl-feedback-form label { font-size: 13px; color: var(--pl-muted); }
.pl-feedback-form textarea {
  display: block; width: 100%; min-height: 76px; padding: 8px 12px; border-radius: 8px; resize: vertical;
  border: 1px solid var(--pl-border); background: var(--pl-surface); color: var(--pl-text); font-size: 14px; line-height: 1.5;
  outline: none; transition: border-color 160ms var(--pl-ease), box-shadow 160ms var(--pl-ease);
}
.pl-feedback-form textarea:focus { border-color: var(--pl-brand); box-shadow: 0 0 0 3px var(--pl-mark); background: var(--pl-bg); }
.pl-feedback-form .pl-button:disabled { opacity: 0.45; cursor: default; filter: none; }
.pl-feedback-no .pl-section { margin-top: 4px; }

/* An id that names no article */
.pl-empty-title { margin: 0 0 4px; color: var(--pl-text); font-size: 15px; font-weight: 600; line-height: 1.4; }
.pl-empty-title:focus { outline: none; }

/* Video */
.pl-player { margin: 0 0 20px; }
.pl-player-frame {
  position: relative; aspect-ratio: 16 / 9; overflow: hidden; border-radius: 10px; background: #0d0f14;
  box-shadow: 0 1px 2px rgba(16, 24, 40, 0.12);
}
.pl-player-frame video, .pl-player-frame iframe {
  position: absolute; inset: 0; display: block; width: 100%; height: 100%; border: 0; background: #000;
}
.pl-player-poster {
  position: absolute !important; inset: 0; display: flex !important; align-items: center; justify-content: center;
  width: 100%; height: 100%; color: #ffffff !important;
  background: radial-gradient(circle at 30% 25%, color-mix(in srgb, var(--pl-brand) 70%, #0d0f14) 0%, #0d0f14 75%) !important;
}
.pl-player-poster img { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; }
.pl-player-poster::after {
  content: ''; position: absolute; inset: 0; background: linear-gradient(to top, rgba(0, 0, 0, 0.6), rgba(0, 0, 0, 0) 55%);
}
.pl-player-play {
  position: relative; z-index: 1; display: flex; align-items: center; justify-content: center; width: 56px; height: 56px;
  border-radius: 50%; background: rgba(255, 255, 255, 0.95); color: #111318; padding-inline-start: 3px;
  box-shadow: 0 6px 20px rgba(0, 0, 0, 0.35); transition: transform 180ms var(--pl-ease);
}
.pl-player-poster:hover .pl-player-play { transform: scale(1.06); }
.pl-player-poster:focus-visible { outline-offset: -4px; outline-color: #ffffff; }
.pl-player-caption {
  position: absolute; z-index: 1; bottom: 10px; inset-inline: 12px; display: flex; align-items: center;
  justify-content: space-between; gap: 8px; font-size: 13px; font-weight: 600; text-shadow: 0 1px 2px rgba(0, 0, 0, 0.5);
}
.pl-player-duration {
  padding: 0 6px; border-radius: 4px; background: rgba(0, 0, 0, 0.65); font-size: 12px; line-height: 20px;
  font-variant-numeric: tabular-nums; text-shadow: none;
}
.pl-player-unavailable {
  display: flex; align-items: center; gap: 8px; padding: 12px; border-radius: 10px; background: var(--pl-surface);
  border: 1px solid var(--pl-border); color: var(--pl-muted);
}
.pl-subtitle {
  margin: 16px 0 8px; font-size: 12px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  color: var(--pl-muted);
}
.pl-chapter, .pl-transcript-line { gap: 12px; }
.pl-chapter-icon { color: var(--pl-muted); }
.pl-row[aria-current='true'] { background: var(--pl-mark); }
.pl-row[aria-current='true'] .pl-time { background: var(--pl-brand); color: var(--pl-on-brand); }
.pl-transcript { margin-top: 16px; border: 1px solid var(--pl-border); border-radius: 10px; overflow: hidden; }
.pl-transcript > summary {
  display: flex; align-items: center; gap: 8px; padding: 12px; cursor: pointer; list-style: none;
  font-size: 14px; font-weight: 600; user-select: none;
}
.pl-transcript > summary::-webkit-details-marker { display: none; }
.pl-transcript > summary::after {
  content: ''; width: 8px; height: 8px; margin-inline-start: auto; border: solid var(--pl-muted);
  border-width: 0 2px 2px 0; transform: rotate(45deg); transition: transform 160ms var(--pl-ease);
}
.pl-transcript[open] > summary::after { transform: rotate(-135deg); }
.pl-transcript > summary:hover { background: var(--pl-surface); }
.pl-transcript[open] > summary { border-bottom: 1px solid var(--pl-border); }
.pl-transcript-lines { max-height: 260px; overflow-y: auto; padding: 4px 8px 8px; }
.pl-transcript-line { align-items: flex-start; font-size: 13px; line-height: 1.5; }
`;
