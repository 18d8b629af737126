/*
 * Pathlight's one Markdown parser: ATX headings, paragraphs, emphasis, strikethrough, inline code
 * and fenced code blocks, links, autolinks, images, ordered and bullet lists (nested), blockquotes,
 * horizontal rules and GFM tables; no setext headings or indented code blocks. Raw HTML is shown as
 * text (articles that need HTML use `format: 'html'`).
 *
 * It parses into a small tree ({@link MdNode}) with two outputs: an HTML string for articles, which
 * always goes through the sanitizer (`toHtml`, in the lazy `markdown` chunk), and preact nodes for
 * tip and announcement bodies, built element by element (`markdown-nodes.ts`, no sanitizer needed).
 * This file escapes text; it does not judge URLs (the sanitizer and the node builder do, with `safeUrl`).
 *
 * Written by hand because it fits the 15 KB chunk next to DOMPurify, which `marked` (≈ 12 KB gzip)
 * does not.
 */

/** An element's attributes: plain values (`href` and `src` are for the output to judge). */
export type MdAttributes = Record<string, string>;
/** A parsed Markdown node: text, or an element `[tag, attributes, ...children]`. */
export type MdNode = string | MdElement;
export type MdElement = [tag: string, attributes: MdAttributes | null, ...children: MdNode[]];

export interface MarkdownOptions {
  /** A single newline inside a paragraph is a line break, not a space (tips are written as short lines). */
  breaks?: boolean | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML; keeps character references (`&copy;`, `&#8212;`) as Markdown does. */
export const escapeHtml = (text: string): string =>
  text.replace(/&(?!#?\w+;)|[<>"]/g, (c) => ESCAPES[c] ?? c);

const attr = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

// Block starts that end a paragraph. Tabs are 4 spaces by then.
const FENCE = /^ {0,3}(`{3,}|~{3,}) *([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?: +(.*?))?(?: +#+)? *$/;
const RULE = /^ {0,3}([-*_])(?: *\1){2,} *$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])( +|$)/;
const TABLE_DELIMITER = /^ {0,3}\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/;
const BLANK = /^ *$/;
const PIPE = '\ue001';

const indentOf = (line: string): number => line.search(/\S|$/);
const dedent = (line: string, n: number): string => line.slice(Math.min(n, indentOf(line)));

const splitRow = (line: string): string[] =>
  line
    .trim()
    .replace(/\\\|/g, PIPE)
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.replaceAll(PIPE, '|').trim());

const startsBlock = (line: string): boolean =>
  FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || ITEM.test(line);

function parseBlocks(lines: string[], breaks: boolean, tight = false): MdNode[] {
  const out: MdNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const indent = indentOf(line);
      const body: string[] = [];
      i++;
      while (i < lines.length) {
        const closing = new RegExp(`^ {0,3}${marker[0]}{${marker.length},} *$`);
        if (closing.test(lines[i]!)) {
          i++;
          break;
        }
        body.push(dedent(lines[i]!, indent));
        i++;
      }
      const language = fence[2] ? { 'data-language': fence[2] } : null;
      out.push(['pre', language, ['code', null, body.join('\n') + (body.length ? '\n' : '')]]);
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      out.push([`h${heading[1]!.length}`, null, ...parseInline(heading[2] ?? '', breaks)]);
      i++;
      continue;
    }

    if (RULE.test(line)) {
      out.push(['hr', null]);
      i++;
      continue;
    }

    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !BLANK.test(lines[i]!)) {
        const current = lines[i]!;
        if (QUOTE.test(current)) inner.push(current.replace(QUOTE, ''));
        else if (startsBlock(current)) break;
        else inner.push(current); // a lazy continuation of the quoted paragraph
        i++;
      }
      out.push(['blockquote', null, ...parseBlocks(inner, breaks)]);
      continue;
    }

    if (ITEM.test(line)) {
      const [list, next] = parseList(lines, i, breaks);
      out.push(list);
      i = next;
      continue;
    }

    if (line.includes('|') && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1]!)) {
      const head = splitRow(line);
      const aligns = splitRow(lines[i + 1]!).map((cell) => {
        const left = cell.startsWith(':');
        const right = cell.endsWith(':');
        return left && right ? 'center' : right ? 'right' : left ? 'left' : '';
      });
      const row = (tag: string, cells: string[]): MdElement => [
        'tr',
        null,
        ...head.map(
          (_, c): MdElement => [
            tag,
            aligns[c] ? { align: aligns[c]! } : null,
            ...parseInline(cells[c] ?? '', breaks),
          ],
        ),
      ];
      const table: MdElement = ['table', null, ['thead', null, row('th', head)]];
      i += 2;
      const rows: MdElement[] = [];
      while (i < lines.length && !BLANK.test(lines[i]!) && lines[i]!.includes('|'))
        rows.push(row('td', splitRow(lines[i++]!)));
      if (rows.length) table.push(['tbody', null, ...rows]);
      out.push(table);
      continue;
    }

    // A paragraph: lines up to a blank line or the start of another block.
    const text: string[] = [line.trimStart()];
    for (i++; i < lines.length && !BLANK.test(lines[i]!) && !startsBlock(lines[i]!); i++)
      text.push(lines[i]!.trimStart());
    const inline = parseInline(text.join('\n'), breaks);
    if (tight) out.push(...inline);
    else out.push(['p', null, ...inline]);
  }
  return out;
}

/** A list starting at `start`; returns it and the index of the first line after it. */
function parseList(lines: string[], start: number, breaks: boolean): [MdElement, number] {
  const first = ITEM.exec(lines[start]!)!;
  const ordered = /\d/.test(first[2]!);
  const bullet = first[2]!.slice(-1);
  const items: string[][] = [];
  let loose = false;
  let i = start;
  let blankBefore = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const item = ITEM.exec(line);
    if (!item || item[2]!.slice(-1) !== bullet || indentOf(line) > 3) break;
    if (blankBefore) loose = true;
    // Content starts after the marker and its spaces (1–4 of them count; with more, one does).
    const spaces = item[3]!.length;
    const width = item[1]!.length + item[2]!.length + (spaces >= 1 && spaces <= 4 ? spaces : 1);
    const afterMarker = line.slice(item[1]!.length + item[2]!.length);
    const content = [afterMarker.slice(spaces >= 1 && spaces <= 4 ? spaces : Math.min(1, spaces))];
    i++;
    blankBefore = false;
    while (i < lines.length) {
      const next = lines[i]!;
      if (BLANK.test(next)) {
        blankBefore = true;
        content.push('');
        i++;
        continue;
      }
      if (indentOf(next) >= width) {
        if (blankBefore && content.some((c, k) => k > 0 && c === ''))
          loose ||= !ITEM.test(dedent(next, width));
        content.push(dedent(next, width));
        blankBefore = false;
        i++;
        continue;
      }
      // A lazy continuation line of the item's paragraph.
      if (!blankBefore && !startsBlock(next)) {
        content.push(next.trim());
        i++;
        continue;
      }
      break;
    }
    while (content.length && BLANK.test(content[content.length - 1]!)) content.pop();
    items.push(content);
    if (!blankBefore) continue;
    // A blank line then a new item of the same list: the list is loose; anything else ends it.
    const next = lines[i];
    if (next === undefined || !ITEM.test(next)) break;
  }
  const number = Number.parseInt(first[2]!, 10);
  const list: MdElement = [ordered ? 'ol' : 'ul', ordered && number !== 1 ? { start: String(number) } : null];
  for (const content of items) list.push(['li', null, ...parseBlocks(content, breaks, !loose)]);
  return [list, i];
}

// Inline parsing: code spans, links, images and autolinks become placeholders first so that
// emphasis rules never look inside them; then emphasis, each rule inside the elements the rules
// before it made, so elements always nest (`***x***` is `<em><strong>x</strong></em>`).
// Private-use characters mark placeholders; any in the source become U+FFFD first.
const HOLE = '\ue000';
const LINK =
  /(!?)\[((?:\\.|[^\\\]])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:\s+("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'))?\s*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,:;!?'")\]]/g;
const unescapeMd = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

// Strong first (a `**` run followed by a third `*` leaves that one to emphasis), then emphasis,
// then strikethrough. Group 1 is text kept before the element (for strong: its marker).
const EMPHASIS: [RegExp, string][] = [
  [/(\*\*(?!\*)|__(?!_))(?=\S)([\s\S]*?\S)\1/g, 'strong'],
  [/()\*(?=[^\s*])([\s\S]*?[^\s*])\*/g, 'em'],
  [/(^|[^\w_])_(?=[^\s_])([\s\S]*?[^\s_])_(?![\w_])/g, 'em'],
  [/()~~(?=\S)([\s\S]*?\S)~~/g, 'del'],
];

function parseInline(source: string, breaks: boolean): MdNode[] {
  const holes: MdNode[] = [];
  const hold = (node: MdNode) => `${HOLE}${holes.push(node) - 1}${HOLE}`;
  const nodes = (text: string): MdNode[] =>
    text
      .split(/\ue000(\d+)\ue000/)
      .flatMap((part, k) => (k % 2 ? [holes[Number(part)]!] : part ? [part] : []));

  // Rules from `rule` on, over text whose earlier elements are placeholders.
  const emphasise = (text: string, rule: number): string => {
    const entry = EMPHASIS[rule];
    // Hard line breaks: two trailing spaces (or, with `breaks`, any newline); a backslash was done earlier.
    if (!entry)
      return text.replace(breaks ? / *\n/g : / {2,}\n/g, () => hold(['br', null]) + (breaks ? '' : '\n'));
    const [pattern, tag] = entry;
    const done = text.replace(pattern, (match, lead: string, inner: string, offset: number) => {
      if (rule === 0) {
        // `__` inside a word (snake__case__) is not emphasis.
        if (lead === '__' && /[^\W_]/.test(text[offset - 1] ?? '')) return match;
        lead = '';
      }
      return lead + hold([tag, null, ...nodes(emphasise(inner, rule + 1))]);
    });
    return emphasise(done, rule + 1);
  };

  const inline = (source: string): MdNode[] => {
    let text = source;
    // Code spans: a run of backticks up to the next run of the same length.
    text = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, code: string) => {
      const inner = code.replace(/\n/g, ' ');
      return hold(['code', null, /^ .* $/.test(inner) && inner.trim() ? inner.slice(1, -1) : inner]);
    });
    text = text.replace(AUTOLINK, (_, target: string) =>
      hold(['a', { href: /^(https?|mailto):/i.test(target) ? target : `mailto:${target}` }, target]),
    );
    text = text.replace(LINK, (_, bang: string, label: string, rawHref: string, rawTitle?: string) => {
      const href = unescapeMd(rawHref.startsWith('<') ? rawHref.slice(1, -1) : rawHref);
      const attributes: MdAttributes = bang ? { src: href, alt: unescapeMd(label) } : { href };
      if (rawTitle) attributes.title = unescapeMd(rawTitle.slice(1, -1));
      return hold(bang ? ['img', attributes] : ['a', attributes, ...inline(label)]);
    });
    text = text.replace(BARE_URL, (url) => hold(['a', { href: url }, url]));
    // Backslash escapes: the escaped character is plain text; before a newline, a hard break.
    text = text.replace(/\\\n/g, () => `${hold(['br', null])}\n`);
    text = text.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => hold(c));
    return nodes(emphasise(text, 0));
  };

  return inline(source.replace(/[\ue000\ue001]/g, '\ufffd'));
}

const VOID = ['br', 'hr', 'img'];

/** Nodes as HTML: text escaped, attribute values quoted. */
export function toHtml(nodes: MdNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeHtml(node);
      const [tag, attributes, ...children] = node;
      let open = tag;
      for (const name in attributes) open += ` ${name}="${attr(attributes[name]!)}"`;
      return VOID.includes(tag) ? `<${open}>` : `<${open}>${toHtml(children)}</${tag}>`;
    })
    .join('');
}

/**
 * Parses Markdown into {@link MdNode}s.
 * @example parseMarkdown('Open **Settings**.') // [['p', null, 'Open ', ['strong', null, 'Settings'], '.']]
 */
export function parseMarkdown(source: string, options: MarkdownOptions = {}): MdNode[] {
  const lines = String(source ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .split('\n');
  return parseBlocks(lines, !!options.breaks);
}

/** Inline Markdown (one paragraph's text) as HTML. */
export const renderInline = (source: string): string => toHtml(parseInline(source, false));

/**
 * Renders Markdown to an HTML string whose text is escaped. URLs are left for the sanitizer to judge.
 * @example markdownToHtml('# Reset\n\nOpen **Settings**.') // '<h1>Reset</h1><p>Open <strong>Settings</strong>.</p>'
 */
export const markdownToHtml = (source: string): string => toHtml(parseMarkdown(source));

const INLINE_TAGS = ['a', 'code', 'del', 'em', 'strong'];

/**
 * The text a screen reader should hear: the Markdown marks taken out, images by their alt text.
 * @example markdownText('**Bold** and [link](/x)') // 'Bold and link'
 */
export function markdownText(source: string): string {
  const text = (nodes: MdNode[]): string =>
    nodes
      .map((node) => {
        if (typeof node === 'string') return node;
        const [tag, attributes, ...children] = node;
        if (tag === 'img') return ` ${attributes?.alt ?? ''} `;
        return INLINE_TAGS.includes(tag) ? text(children) : ` ${text(children)} `;
      })
      .join('');
  return text(parseMarkdown(source)).replace(/\s+/g, ' ').trim();
}
