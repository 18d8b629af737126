import type { ComponentChildren, VNode } from 'preact';
import { safeUrl } from '../guides';

/**
 * The Markdown a tip usually needs — paragraphs, line breaks, **bold**, *emphasis*, `code` and
 * [links](https://…) — built as DOM nodes, never as HTML strings: author text cannot become markup.
 * Anything richer (headings, lists, quotes, code blocks, tables, images, raw HTML) goes to the full
 * renderer of the lazy `markdown` chunk; see {@link needsFullMarkdown}.
 */

const BLOCK_SYNTAX =
  /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|```|~~~|\|)|<[a-z!/]|!\[|^\s{0,3}(?:-{3,}|\*{3,})\s*$/im;

/** Whether `text` uses Markdown beyond what {@link renderLite} draws. */
export function needsFullMarkdown(text: string): boolean {
  return BLOCK_SYNTAX.test(text);
}

// Strong before emphasis; links last. Emphasis needs a non-space right after the opening `*`.
const INLINE = /\*\*(.+?)\*\*|__(.+?)__|\*(?![\s*])(.+?)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

function inline(text: string, base: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  let n = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const key = `${base}.${n++}`;
    const [, strong, strong2, em, code, label, href] = match;
    if (strong !== undefined || strong2 !== undefined)
      out.push(<strong key={key}>{inline((strong ?? strong2)!, key)}</strong>);
    else if (em !== undefined) out.push(<em key={key}>{inline(em, key)}</em>);
    else if (code !== undefined) out.push(<code key={key}>{code}</code>);
    else if (label !== undefined && href !== undefined) {
      if (safeUrl(href, true)) out.push(link(href, inline(label, key), key));
      else out.push(...inline(label, key));
    }
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function link(href: string, children: ComponentChildren, key: string): VNode {
  let external = false;
  try {
    const url = new URL(href, location.href);
    external = /^https?:$/.test(url.protocol) && url.origin !== location.origin;
  } catch {
    // A relative link that URL cannot read stays in the tab.
  }
  return external ? (
    <a key={key} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a key={key} href={href}>
      {children}
    </a>
  );
}

/**
 * Paragraphs (blank lines), line breaks and inline Markdown as preact nodes.
 * @example render(<div>{renderLite('Export as **CSV**.\nThen [read more](/help).')}</div>, el)
 */
export function renderLite(text: string): VNode[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block, p) => (
      <p key={p}>
        {block.split('\n').flatMap((line, i) => {
          const parts = inline(line.trim(), `${p}.${i}`);
          return i === 0 ? parts : [<br key={`${p}.${i}.br`} />, ...parts];
        })}
      </p>
    ));
}

/** The text a screen reader should hear: the Markdown marks taken out. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
