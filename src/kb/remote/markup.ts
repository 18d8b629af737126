import type { HighlightRange } from '../../types';

/** Plain text and its highlight ranges: what the panel draws (`<mark>` from ranges, the text as text). */
export interface Marked {
  text: string;
  ranges: HighlightRange[];
}

/**
 * Turns an engine's highlighted string (`"The <em>Dark</em> Knight"`) into plain text and ranges. Only the exact
 * `pre`/`post` tags the engine was asked for are markup; everything else, `<img onerror=…>` included, stays text.
 * @example fromMarkup('a <em>b</em>', '<em>', '</em>') // { text: 'a b', ranges: [[2, 3]] }
 */
export function fromMarkup(value: unknown, pre: string, post: string): Marked {
  const source = typeof value === 'string' ? value : '';
  const ranges: HighlightRange[] = [];
  let text = '';
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf(pre, at);
    const close = open < 0 ? -1 : source.indexOf(post, open + pre.length);
    if (close < 0) break;
    text += source.slice(at, open);
    const marked = source.slice(open + pre.length, close);
    if (marked) ranges.push([text.length, text.length + marked.length]);
    text += marked;
    at = close + post.length;
  }
  return { text: text + source.slice(at), ranges };
}

/** Ranges an adapter or endpoint sent, kept only where they are whole numbers inside `text`, in order. */
export function validRanges(ranges: unknown, text: string): HighlightRange[] {
  if (!Array.isArray(ranges)) return [];
  const kept: HighlightRange[] = [];
  let last = 0;
  for (const range of ranges) {
    if (!Array.isArray(range)) continue;
    const [start, end] = range as unknown[];
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    const s = start as number;
    const e = end as number;
    if (s < last || e <= s || e > text.length) continue;
    kept.push([s, e]);
    last = e;
  }
  return kept;
}
