/*
 * A small Markdown renderer for help articles: ATX headings, paragraphs, emphasis, strikethrough,
 * inline code and fenced code blocks, links, autolinks, images, ordered and bullet lists (nested),
 * blockquotes, horizontal rules and GFM tables; no setext headings or indented code blocks. Raw
 * HTML is shown as text (articles that need HTML use `format: 'html'`). The output always goes
 * through the sanitizer: this file escapes text, it does not judge URLs.
 *
 * Written by hand because it fits the 15 KB chunk next to DOMPurify, which `marked` (≈ 12 KB gzip)
 * does not.
 */

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

function renderBlocks(lines: string[], tight = false): string {
  let out = '';
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
      const language = fence[2] ? ` data-language="${attr(fence[2])}"` : '';
      out += `<pre${language}><code>${escapeHtml(body.join('\n'))}${body.length ? '\n' : ''}</code></pre>`;
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      out += `<h${level}>${renderInline(heading[2] ?? '')}</h${level}>`;
      i++;
      continue;
    }

    if (RULE.test(line)) {
      out += '<hr>';
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
      out += `<blockquote>${renderBlocks(inner)}</blockquote>`;
      continue;
    }

    const item = ITEM.exec(line);
    if (item) {
      const [html, next] = renderList(lines, i);
      out += html;
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
      const cell = (tag: string, text: string, column: number) => {
        const align = aligns[column] ? ` align="${aligns[column]}"` : '';
        return `<${tag}${align}>${renderInline(text)}</${tag}>`;
      };
      out += `<table><thead><tr>${head.map((text, c) => cell('th', text, c)).join('')}</tr></thead>`;
      i += 2;
      const rows: string[] = [];
      while (i < lines.length && !BLANK.test(lines[i]!) && lines[i]!.includes('|')) {
        const cells = splitRow(lines[i]!);
        rows.push(`<tr>${head.map((_, c) => cell('td', cells[c] ?? '', c)).join('')}</tr>`);
        i++;
      }
      out += `${rows.length ? `<tbody>${rows.join('')}</tbody>` : ''}</table>`;
      continue;
    }

    // A paragraph: lines up to a blank line or the start of another block.
    const text: string[] = [line.trimStart()];
    for (i++; i < lines.length && !BLANK.test(lines[i]!) && !startsBlock(lines[i]!); i++)
      text.push(lines[i]!.trimStart());
    const inline = renderInline(text.join('\n'));
    out += tight ? inline : `<p>${inline}</p>`;
  }
  return out;
}

/** A list starting at `start`; returns its HTML and the index of the first line after it. */
function renderList(lines: string[], start: number): [string, number] {
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
  const startAttr =
    ordered && Number.parseInt(first[2]!, 10) !== 1 ? ` start="${Number.parseInt(first[2]!, 10)}"` : '';
  const tag = ordered ? 'ol' : 'ul';
  const body = items.map((content) => `<li>${renderBlocks(content, !loose)}</li>`).join('');
  return [`<${tag}${startAttr}>${body}</${tag}>`, i];
}

// Inline parsing: code spans, links, images and autolinks become placeholders first so that
// emphasis rules never look inside them; everything else is escaped, then emphasised.
// Private-use characters mark placeholders; any in the source become U+FFFD first.
const HOLE = '\ue000';
const LINK =
  /(!?)\[((?:\\.|[^\\\]])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:\s+("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'))?\s*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>"]*[^\s<>".,:;!?'")\]]/g;
const unescapeMd = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

export function renderInline(source: string): string {
  const holes: string[] = [];
  const hold = (html: string) => `${HOLE}${holes.push(html) - 1}${HOLE}`;
  let text = source.replace(/[\ue000\ue001]/g, '\ufffd');

  // Code spans: a run of backticks up to the next run of the same length.
  text = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, code: string) => {
    const inner = code.replace(/\n/g, ' ');
    const trimmed = /^ .* $/.test(inner) && inner.trim() ? inner.slice(1, -1) : inner;
    return hold(`<code>${escapeHtml(trimmed)}</code>`);
  });
  text = text.replace(AUTOLINK, (_, target: string) => {
    const href = /^(https?|mailto):/i.test(target) ? target : `mailto:${target}`;
    return hold(`<a href="${attr(href)}">${escapeHtml(target)}</a>`);
  });
  text = text.replace(LINK, (_, bang: string, label: string, rawHref: string, rawTitle?: string) => {
    const href = unescapeMd(rawHref.startsWith('<') ? rawHref.slice(1, -1) : rawHref);
    const title = rawTitle ? ` title="${attr(unescapeMd(rawTitle.slice(1, -1)))}"` : '';
    if (bang) return hold(`<img src="${attr(href)}" alt="${attr(unescapeMd(label))}"${title}>`);
    return hold(`<a href="${attr(href)}"${title}>${renderInline(label)}</a>`);
  });
  text = text.replace(BARE_URL, (url) => hold(`<a href="${attr(url)}">${escapeHtml(url)}</a>`));
  // Backslash escapes: the escaped character is plain text; before a newline, a hard break.
  text = text.replace(/\\\n/g, () => `${hold('<br>')}\n`);
  text = text.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => hold(escapeHtml(c)));

  let html = escapeHtml(text);
  html = html
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, (match, marker: string, inner: string, offset: number) =>
      marker === '__' && /\w/.test(html[offset - 1] ?? '') ? match : `<strong>${inner}</strong>`,
    )
    .replace(/\*(?=[^\s*])([\s\S]*?[^\s*])\*/g, '<em>$1</em>')
    .replace(/(^|[^\w_])_(?=[^\s_])([\s\S]*?[^\s_])_(?![\w_])/g, '$1<em>$2</em>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>')
    // Hard line breaks: two trailing spaces or a backslash (now a hole) before the newline.
    .replace(/ {2,}\n/g, '<br>\n');

  return html.replace(/\ue000(\d+)\ue000/g, (_, n: string) => holes[Number(n)]!);
}

/**
 * Renders Markdown to an HTML string whose text is escaped. URLs are left for the sanitizer to judge.
 * @example markdownToHtml('# Reset\n\nOpen **Settings**.') // '<h1>Reset</h1><p>Open <strong>Settings</strong>.</p>'
 */
export function markdownToHtml(source: string): string {
  const lines = String(source ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .split('\n');
  return renderBlocks(lines);
}
