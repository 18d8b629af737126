import type { Article } from '../types';
import { markdownToHtml } from './markdown';
import { createSanitizer, type HtmlPolicy } from './sanitize';

export type { HtmlPolicy } from './sanitize';

/** Turns an article body into sanitized HTML, ready for `innerHTML` (a `TrustedHTML` under Trusted Types). */
export interface ArticleRenderer {
  render(article: Pick<Article, 'body' | 'format'>): string;
  /** The sanitizer alone, as a string (for tests). */
  sanitize(html: string): string;
}

/**
 * What the `markdown` lazy chunk carries: the Markdown parser's HTML output + Pathlight's private
 * DOMPurify instance. Not exported by `./index.ts` (its DOMPurify would land in every bundle that
 * imports the folder); capabilities get it through `contentService(rt)`.
 * @example
 * const renderer = createArticleRenderer(window, policy, { frameTitle: 'Video' });
 * body.innerHTML = renderer.render({ body: '# Hi', format: 'markdown' });
 */
export function createArticleRenderer(
  win: Window & typeof globalThis,
  policy?: HtmlPolicy,
  options: { frameTitle?: string } = {},
): ArticleRenderer {
  const sanitizer = createSanitizer(win, policy, options);
  return {
    render: ({ body, format }) =>
      sanitizer.sanitize(format === 'markdown' ? markdownToHtml(String(body ?? '')) : String(body ?? '')),
    sanitize: sanitizer.sanitizeToString,
  };
}
