import { type ComponentChildren, h } from 'preact';
import { type MarkdownOptions, type MdNode, parseMarkdown } from './markdown';
import { isExternalLink, safeUrl } from './urls';

// Character references articles keep as HTML entities; as DOM text, numeric ones and the common named
// ones are decoded (others stay as typed: a table of every entity would not be worth its bytes).
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|nbsp));/gi, (match, dec, hex, name) => {
    if (name) return NAMED[name.toLowerCase()]!;
    const code = dec ? Number(dec) : Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });

function build(nodes: MdNode[], key: string): ComponentChildren[] {
  return nodes.map((node, i) => {
    if (typeof node === 'string') return decode(node);
    const [tag, attributes, ...children] = node;
    const at = `${key}.${i}`;
    const inner = build(children, at);
    const props: Record<string, string> = { ...attributes, key: at };
    // The sanitizer's URL rules, applied while building: a link to a refused URL is its text.
    if (tag === 'a') {
      if (!safeUrl(props.href, true)) return inner;
      if (isExternalLink(props.href, location.href)) {
        props.target = '_blank';
        props.rel = 'noopener noreferrer';
      }
    }
    if (tag === 'img' && !safeUrl(props.src)) return null;
    return h(tag, props, inner);
  });
}

/**
 * Markdown as preact nodes for tip and announcement bodies: the articles' parser, with elements
 * built one by one (never an HTML string), so author text cannot become markup and neither the
 * sanitizer nor a Trusted Types policy is needed. Links and images keep only URLs `safeUrl` allows;
 * external links open in a new tab with `rel="noopener noreferrer"`, as in articles.
 * @example render(<div>{markdownNodes('Export as **CSV**.\nThen [read more](/help).', { breaks: true })}</div>, el)
 */
export function markdownNodes(source: string, options?: MarkdownOptions): ComponentChildren[] {
  return build(parseMarkdown(source, options), 'md');
}
