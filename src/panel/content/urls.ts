// URL rules shared by the sanitizer (lazy chunk) and the video player (main bundle): no DOMPurify here.

/** Iframes survive only for these `https` hosts and path prefixes (the video hosts Pathlight plays). */
export const FRAME_HOSTS: Readonly<Record<string, string>> = {
  'www.youtube-nocookie.com': '/embed/',
  'player.vimeo.com': '/video/',
  'fast.wistia.net': '/embed/',
  'www.loom.com': '/embed/',
};

export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

/** True for a URL on an allow-listed video host and path, over https. */
export function isAllowedFrame(src: string | null | undefined): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    const path = FRAME_HOSTS[url.hostname];
    return (
      url.protocol === 'https:' && !url.username && !url.password && !!path && url.pathname.startsWith(path)
    );
  } catch {
    return false;
  }
}

// Browsers drop these from URLs before reading the scheme (`java\tscript:`).
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Which URLs content may use: `https:`, `http:`, relative, and `mailto:` where `mailto` is true.
 * @example safeUrl('javascript:alert(1)') // false
 * @example safeUrl('/billing') // true
 */
export function safeUrl(value: string, mailto = false): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(URL_NOISE, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'https' || scheme === 'http' || (mailto && scheme === 'mailto');
}
