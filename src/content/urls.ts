// The one rule for URLs that content may use (RELIABILITY.md 11–12). Feed and guide validation, the
// sanitizer, the Markdown renderers and the video player all ask here. No DOMPurify in this file: the
// main bundle and every chunk carry it.

// Browsers drop these from URLs before reading the scheme (`java\tscript:`).
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Whether content may use a URL: `https:`, `http:` and relative ones, `mailto:` where `mailto` is
 * true (links). Anything that is not a non-blank string is not a URL.
 * @example safeUrl('javascript:alert(1)') // false
 * @example safeUrl('/billing') // true
 * @example safeUrl('mailto:help@example.com', true) // true
 */
export function safeUrl(value: unknown, mailto = false): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(URL_NOISE, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'https' || scheme === 'http' || (mailto && scheme === 'mailto');
}

/**
 * Whether a link leaves the page's origin over the web, so it opens in a new tab with
 * `rel="noopener noreferrer"` (same-origin and `mailto:` links stay in the tab).
 * @example isExternalLink('https://example.com/docs', 'https://app.test/') // true
 */
export function isExternalLink(href: string, page: string): boolean {
  try {
    const url = new URL(href, page);
    return /^https?:$/.test(url.protocol) && url.origin !== new URL(page).origin;
  } catch {
    // A link that URL cannot read stays in the tab (the sanitizer has already judged its scheme).
    return false;
  }
}
