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

// The HTML tokenizer's states inside a start tag (https://html.spec.whatwg.org/#tokenization).
enum At {
  TagName,
  BeforeName,
  Name,
  AfterName,
  BeforeValue,
  Quoted,
  Unquoted,
  AfterQuoted,
  SelfClosing,
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isAlpha = (c: string | undefined) => c !== undefined && /^[a-z]$/i.test(c);
const startsWith = (html: string, at: number, word: string) =>
  html.slice(at, at + word.length).toLowerCase() === word;

/**
 * Chrome checks CSP while parsing, even into an inert document: every inline handler or style in an
 * article would send the host a violation report (CMS-pasted HTML is full of `style="…"`). So, before
 * DOMPurify parses, every attribute whose name starts with `on` or `style` gets `plx-` in front
 * (DOMPurify drops unknown attributes) and `<style>` elements become `<noembed>` (raw text that
 * DOMPurify drops with its content).
 *
 * No regex can tell where a browser sees a tag, so this follows the HTML tokenizer's start-tag states
 * from every `<` followed by a letter: in text, in comments, in raw text, inside attribute values. The
 * parser starts tags at a subset of those places, so it meets no handler, whatever the context. A
 * (position, state) pair is walked once, which keeps it linear on any input. Security does not rest
 * on this: DOMPurify does. It is the identity on DOMPurify's own output (sanitizing is idempotent).
 */
export function defang(html: string): string {
  // Bit `state` of seen[i]: position i was walked in that state.
  const seen = new Uint16Array(html.length);
  const edits = new Map<number, [remove: number, insert: string]>();
  const scan = (from: number) => {
    let state = At.TagName;
    let quote = '';
    for (let i = from; i < html.length; i++) {
      const bit = 1 << state;
      if ((seen[i] as number) & bit) return;
      seen[i] = (seen[i] as number) | bit;
      const c = html[i];
      let next: At = state;
      switch (state) {
        case At.TagName:
          if (isSpace(c)) next = At.BeforeName;
          else if (c === '/') next = At.SelfClosing;
          else if (c === '>') return;
          break;
        case At.BeforeName:
        case At.AfterName:
          if (isSpace(c)) continue;
          if (c === '/') next = At.SelfClosing;
          else if (c === '>') return;
          else if (c === '=' && state === At.AfterName) next = At.BeforeValue;
          else {
            // An attribute starts here.
            if (!edits.has(i) && (startsWith(html, i, 'on') || startsWith(html, i, 'style')))
              edits.set(i, [0, 'plx-']);
            next = At.Name;
          }
          break;
        case At.Name:
          if (isSpace(c)) next = At.AfterName;
          else if (c === '/') next = At.SelfClosing;
          else if (c === '>') return;
          else if (c === '=') next = At.BeforeValue;
          break;
        case At.BeforeValue:
          if (isSpace(c)) continue;
          if (c === '"' || c === "'") {
            quote = c;
            next = At.Quoted;
          } else if (c === '>') return;
          else next = At.Unquoted;
          break;
        case At.Quoted:
          if (c === quote) next = At.AfterQuoted;
          break;
        case At.Unquoted:
          if (isSpace(c)) next = At.BeforeName;
          else if (c === '>') return;
          break;
        case At.AfterQuoted:
        case At.SelfClosing:
          if (c === '>') return;
          if (isSpace(c) && state === At.AfterQuoted) next = At.BeforeName;
          else if (c !== '/' || state === At.SelfClosing) {
            // No space before the next attribute (or a stray `/`): this character starts it.
            state = At.BeforeName;
            i--;
            continue;
          } else next = At.SelfClosing;
          break;
      }
      state = next;
    }
  };
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    // `<style` and `</style`: a tag name, or an attribute name after `<a</`; `noembed` is safe as either.
    const name = html[i + 1] === '/' ? i + 2 : i + 1;
    if (startsWith(html, name, 'style')) edits.set(name, [5, 'noembed']);
    if (isAlpha(html[i + 1])) scan(i + 1);
  }
  if (!edits.size) return html;
  let out = '';
  let last = 0;
  for (const at of [...edits.keys()].sort((a, b) => a - b)) {
    const [remove, insert] = edits.get(at) as [number, string];
    out += html.slice(last, at) + insert;
    last = at + remove;
  }
  return out + html.slice(last);
}

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
