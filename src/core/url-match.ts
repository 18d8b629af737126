/**
 * The one URL matcher: targeting rules (`url`) and knowledge-base article `contexts` both use it.
 *
 * Pattern language:
 * - globs over the pathname: `*` is one path segment (or part of one), `**` any depth (also none),
 *   `?` one character other than `/`; a trailing slash never matters on either side;
 * - `#` in a pattern also matches the fragment, for apps that route with `#/…`: `/app#/settings/*`.
 *   Nothing before the `#` (`#/settings`) means any pathname. Without `#` the fragment is ignored;
 * - `regex:` followed by a JavaScript regular expression, tested against the pathname (with
 *   `#fragment` appended when the expression itself contains `#`).
 *
 * Query strings are never matched. Matching is case-sensitive, like the paths themselves.
 */

/** A compiled pattern: whether it looks at the fragment, and the test itself. */
interface CompiledPattern {
  usesHash: boolean;
  test(pathname: string, hash: string): boolean;
}

// Enough for every pattern of a realistic guide file; bounded so untrusted feeds cannot grow it.
const CACHE_LIMIT = 500;
const REGEX_PREFIX = 'regex:';

/**
 * Compiled patterns are pure data derived from the pattern string, so one shared cache is safe
 * across instances (it holds no instance state and is bounded).
 */
const cache = new Map<string, CompiledPattern | null>();

const NEVER: CompiledPattern = { usesHash: false, test: () => false };

function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Drop a trailing slash (but keep the root `/`). */
function trimSlash(text: string): string {
  return text.length > 1 && text.endsWith('/') ? text.replace(/\/+$/, '') || '/' : text;
}

/** Split a location-like string into its normalized pathname and fragment (no query in either). */
function splitPath(path: string): { pathname: string; hash: string } {
  let rest = path.trim();
  // A full URL: keep only what follows the origin.
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(rest);
  if (origin) rest = rest.slice(origin[0].length);
  const hashAt = rest.indexOf('#');
  let pathname = hashAt === -1 ? rest : rest.slice(0, hashAt);
  let hash = hashAt === -1 ? '' : rest.slice(hashAt + 1);
  const queryAt = pathname.indexOf('?');
  if (queryAt !== -1) pathname = pathname.slice(0, queryAt);
  const hashQueryAt = hash.indexOf('?');
  if (hashQueryAt !== -1) hash = hash.slice(0, hashQueryAt);
  pathname = trimSlash(safeDecode(pathname).replace(/\/{2,}/g, '/'));
  if (!pathname.startsWith('/')) pathname = '/' + pathname;
  hash = safeDecode(hash);
  hash = hash === '/' ? '' : trimSlash(hash);
  return { pathname, hash };
}

const escapeChar = (char: string) => (/[\\^$.*+?()[\]{}|/]/.test(char) ? '\\' + char : char);

/** One segment (no `/` inside) as a regular expression source. */
function segmentSource(segment: string): string {
  if (segment === '*') return '[^/]+';
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') {
      if (segment[i + 1] === '*') {
        source += '.*';
        i++;
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else source += escapeChar(char);
  }
  return source;
}

/** A glob over `/`-separated segments as an anchored regular expression source. */
function globSource(glob: string): string {
  const segments = glob.split('/');
  let source = '';
  let skipSlash = false;
  segments.forEach((segment, index) => {
    if (segment === '**') {
      if (index === 0) {
        // `**/x`: any leading segments, then x; alone, anything at all.
        source += segments.length === 1 ? '.*' : '(?:.*/)?';
        skipSlash = segments.length > 1;
      } else source += '(?:/.*)?';
      return;
    }
    if (index > 0 && !skipSlash) source += '/';
    skipSlash = false;
    source += segmentSource(segment);
  });
  return `^${source}$`;
}

function compileGlob(pattern: string): CompiledPattern {
  const hashAt = pattern.indexOf('#');
  const usesHash = hashAt !== -1;
  let pathPart = usesHash ? pattern.slice(0, hashAt) : pattern;
  const hashPart = usesHash ? pattern.slice(hashAt + 1) : '';
  if (usesHash && pathPart === '') pathPart = '/**';
  pathPart = trimSlash(safeDecode(pathPart).replace(/\/{2,}/g, '/'));
  if (!pathPart.startsWith('/')) pathPart = '/' + pathPart;
  const pathRegex = new RegExp(globSource(pathPart));
  if (!usesHash) return { usesHash, test: (pathname) => pathRegex.test(pathname) };
  const normalizedHash = safeDecode(hashPart);
  const hashRegex = new RegExp(globSource(normalizedHash === '/' ? '' : trimSlash(normalizedHash)));
  return { usesHash, test: (pathname, hash) => pathRegex.test(pathname) && hashRegex.test(hash) };
}

function compileRegex(source: string): CompiledPattern {
  const regex = new RegExp(source);
  const usesHash = source.includes('#');
  return {
    usesHash,
    test(pathname, hash) {
      const subject = usesHash && hash ? `${pathname}#${hash}` : pathname;
      // Tolerate a trailing slash the expression may require.
      return regex.test(subject) || (pathname !== '/' && !usesHash && regex.test(pathname + '/'));
    },
  };
}

/** Compile a pattern, throwing a readable error when it is invalid. */
function compileStrict(pattern: string): CompiledPattern {
  const trimmed = pattern.trim();
  if (trimmed.startsWith(REGEX_PREFIX)) return compileRegex(trimmed.slice(REGEX_PREFIX.length));
  if (trimmed === '') throw new Error('empty URL pattern');
  // A lone `*` reads as "everywhere", not "one-segment paths".
  return compileGlob(trimmed === '*' ? '/**' : trimmed);
}

function compile(pattern: string): CompiledPattern {
  const cached = cache.get(pattern);
  if (cached !== undefined) return cached ?? NEVER;
  let compiled: CompiledPattern | null;
  try {
    compiled = compileStrict(pattern);
  } catch {
    // An invalid pattern matches nothing; validators report it through `urlPatternError`.
    compiled = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(pattern, compiled);
  return compiled ?? NEVER;
}

/**
 * Whether `path` matches `pattern` (or any of several patterns). Never throws: an invalid pattern
 * matches nothing.
 *
 * @param pattern A glob (`/invoices/*`, `/docs/**`, `/app#/settings`), `regex:^/a/\d+$`, or a list of them.
 * @param path A pathname, optionally with `?query` and `#fragment`; a full URL works too.
 * @example
 * matchUrl('/invoices/*', '/invoices/42'); // true
 * matchUrl('/invoices/*', '/invoices/42/edit'); // false
 * matchUrl(['/settings/**', 'regex:^/a/\\d+$'], '/a/7?tab=1'); // true
 * matchUrl('/app#/billing/*', '/app/#/billing/cards'); // true
 */
export function matchUrl(pattern: string | readonly string[], path: string): boolean {
  if (typeof path !== 'string') return false;
  const patterns = typeof pattern === 'string' ? [pattern] : Array.isArray(pattern) ? pattern : [];
  if (patterns.length === 0) return false;
  const { pathname, hash } = splitPath(path);
  for (const one of patterns) {
    if (typeof one === 'string' && compile(one).test(pathname, hash)) return true;
  }
  return false;
}

/**
 * Why a pattern is invalid, or `undefined` when it is fine: for content validators that name the
 * bad JSON path.
 *
 * @example
 * urlPatternError('regex:(');  // 'Invalid regular expression: /(/: Unterminated group'
 * urlPatternError('/docs/**'); // undefined
 */
export function urlPatternError(pattern: unknown): string | undefined {
  if (typeof pattern !== 'string') return 'URL pattern must be a string';
  try {
    compileStrict(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
