// Browsers drop these from URLs before reading the scheme (`java\tscript:`).
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Whether content may use a URL: `https:`, `http:` and relative ones, `mailto:` where allowed.
 * @example safeUrl('javascript:alert(1)') // false
 */
export function safeUrl(value: unknown, mailto = false): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(URL_NOISE, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'https' || scheme === 'http' || (mailto && scheme === 'mailto');
}
