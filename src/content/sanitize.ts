import createDOMPurify from 'dompurify';
import { FRAME_ALLOW, FRAME_REFERRER_POLICY, FRAME_SANDBOX, isAllowedFrame } from './media';
import { isExternalLink, safeUrl } from './urls';

/** What DOMPurify needs from a Trusted Types policy (it parses and signs HTML through it). */
export interface HtmlPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

// URL attributes of DOMPurify's HTML profile (the others are forbidden or outside the profile).
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'background'];

// A start tag, skipping quoted attribute values (which may hold '>').
const TAG = /<([a-z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>/gi;
const STYLE_ELEMENT = /<style\b(?:"[^"]*"|'[^']*'|[^>"'])*>[\s\S]*?(?:<\/style\s*>|$)/gi;
const INLINE_ATTRIBUTE = /"[^"]*"|'[^']*'|(^|[\s/])(on[a-z]+|style)(?=[\s/=>]|$)/gi;

/**
 * Chrome checks CSP while parsing, even into an inert document: every inline handler or style in an
 * article would send the host a violation report (CMS-pasted HTML is full of `style="…"`). So, before
 * DOMPurify parses, inline handlers and `style` attributes are renamed (DOMPurify drops unknown
 * attributes) and `<style>` elements removed. Security does not rest on this: DOMPurify does. It is
 * the identity on DOMPurify's own output, which keeps sanitizing idempotent.
 */
export const defang = (html: string): string =>
  html
    .replace(STYLE_ELEMENT, '')
    .replace(TAG, (tag, name: string, attributes: string) =>
      attributes
        ? `<${name}${attributes.replace(
            INLINE_ATTRIBUTE,
            (match, before: string | undefined, attribute: string | undefined) =>
              attribute ? `${before}plx-${attribute}` : match,
          )}>`
        : tag,
    );

const PROBE = '<p><img src="x" onerror="x()"><script>x()</script><a href="javascript:x()">a</a></p>';

export interface Sanitizer {
  /** False when the DOM cannot sanitize (then both methods throw instead of returning HTML). */
  works: boolean;
  /** Sanitized HTML: a `TrustedHTML` when a policy was given, else a string. */
  sanitize(html: string): string;
  /** The same, always as a string (tests, idempotence checks). */
  sanitizeToString(html: string): string;
}

/**
 * Pathlight's own DOMPurify instance: `createDOMPurify(win)` makes a fresh one, so the host's global
 * DOMPurify, its config and its hooks are never read or changed. Output has no scripts, event
 * handlers, styles, forms, SVG or MathML; URLs are `https:`/`http:`/relative (`mailto:` on links);
 * external links open in a new tab with `rel="noopener noreferrer"`; iframes only for the
 * allow-listed video hosts, sandboxed, lazy and with a referrer policy YouTube accepts.
 * Sanitizing is idempotent: `sanitize(sanitize(x)) === sanitize(x)`.
 * @example
 * const { sanitize } = createSanitizer(window);
 * sanitize('<a href="https://example.com" onclick="x()">Docs</a>');
 * // '<a href="https://example.com" target="_blank" rel="noopener noreferrer">Docs</a>'
 */
export function createSanitizer(
  win: Window & typeof globalThis,
  policy?: HtmlPolicy,
  options: { frameTitle?: string } = {},
): Sanitizer {
  const purify = createDOMPurify(win);

  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'iframe' && !isAllowedFrame((node as Element).getAttribute?.('src'))) {
      node.parentNode?.removeChild(node);
    }
  });

  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (!element.getAttribute) return;
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && !safeUrl(value, name === 'href')) element.removeAttribute(name);
    }
    const tag = element.tagName.toLowerCase();
    if (tag === 'a' || tag === 'area') {
      if (isExternalLink(element.getAttribute('href') ?? '', win.location.href)) {
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      } else element.removeAttribute('target');
    }
    if (tag === 'iframe') {
      if (!isAllowedFrame(element.getAttribute('src'))) {
        element.parentNode?.removeChild(element);
        return;
      }
      element.removeAttribute('srcdoc');
      element.setAttribute('sandbox', FRAME_SANDBOX);
      element.setAttribute('referrerpolicy', FRAME_REFERRER_POLICY);
      element.setAttribute('loading', 'lazy');
      element.setAttribute('allow', FRAME_ALLOW);
      if (!element.getAttribute('title')) element.setAttribute('title', options.frameTitle ?? 'Video');
    }
  });

  const config = {
    USE_PROFILES: { html: true },
    ADD_TAGS: ['iframe'],
    // Attributes the hooks set must also be allowed, or a second pass would move them (not idempotent).
    ADD_ATTR: ['target', 'allow', 'allowfullscreen', 'sandbox', 'referrerpolicy', 'loading'],
    // Forms and the rest of these are in DOMPurify's HTML profile; articles need none of them.
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'option',
      'optgroup',
      'fieldset',
      'dialog',
      'template',
      'slot',
    ],
    // `style` would break `style-src 'self'` (and can draw over the page); `class` could borrow Pathlight's own.
    FORBID_ATTR: ['style', 'class', 'srcset', 'sizes', 'action', 'autoplay'],
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    SANITIZE_NAMED_PROPS: true,
  };

  // With a policy DOMPurify parses and signs through it; without one it must not create its own
  // (`dompurify` is not a name the host allowed).
  const trusted = { TRUSTED_TYPES_POLICY: (policy ?? null) as unknown as undefined };
  const run = (html: unknown, signed: boolean): string =>
    purify.sanitize(defang(String(html ?? '')), {
      ...config,
      ...trusted,
      RETURN_TRUSTED_TYPE: signed,
    }) as unknown as string;

  // Fail closed: a DOM where DOMPurify cannot work (a test DOM, a broken polyfill) gets no HTML at all.
  const probe = purify.isSupported ? run(PROBE, false) : '';
  const works = /^<p>/.test(probe) && !/script|onerror|javascript/i.test(probe);
  const check = <T>(value: T): T => {
    if (!works) throw new Error('the HTML sanitizer does not work in this environment');
    return value;
  };
  return {
    works,
    sanitizeToString: (html) => check(run(html, false)),
    sanitize: (html) => check(run(html, !!policy)),
  };
}
