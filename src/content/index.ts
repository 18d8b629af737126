/**
 * Content: the one place that decides how author content becomes something on screen. One URL rule,
 * one media module (video providers, the player frame), one Markdown parser and one sanitizer, shared
 * by the knowledge base, the panel, tips and announcements, and (next) tours; never copied.
 *
 * The sanitizer (DOMPurify) lives in the lazy `markdown` chunk (`./renderer.ts`, not exported here so
 * that importing this folder never bundles it); capabilities get it through {@link contentService}.
 */
export type { MarkdownOptions, MdAttributes, MdElement, MdNode } from './markdown';
export { markdownText, parseMarkdown } from './markdown';
export { markdownNodes } from './markdown-nodes';
export type { EmbedProvider, VideoSource } from './media';
export {
  FRAME_ALLOW,
  FRAME_REFERRER_POLICY,
  FRAME_SANDBOX,
  isAllowedFrame,
  PLAYERS,
  VIDEO_PROVIDERS,
  videoHosts,
  videoSource,
} from './media';
export type { ContentService, RenderHtml } from './service';
export { contentService } from './service';
export { isExternalLink, safeUrl } from './urls';
export { VideoFallback, VideoFrame, videoFrameCss } from './VideoFrame';
