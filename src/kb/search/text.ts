const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// Scripts and styles, tags, link targets and entities: one pass, because bodies are long and many.
const MARKUP = /<(script|style)\b[\s\S]*?<\/\1\s*>|<[^>]*>|\]\([^)]*\)|&(#x?[\da-f]+|\w+);/gi;

const entity = (e: string): string => {
  // '#x41' reads as the number literal 0x41, '#065' as 65.
  const n = Number(`0${e.slice(1)}`);
  return e[0] !== '#' ? (ENTITIES[e] ?? ' ') : n > 0 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
};

/**
 * Removes what must not be indexed from Markdown or HTML: tags, scripts, link targets; decodes entities.
 * Markdown punctuation stays: the tokenizer skips it anyway.
 * @example strip('<p>Reset [it](/p) &amp; go</p>') // ' Reset [it  & go '
 */
export const strip = (markup: string): string =>
  markup.replace(MARKUP, (_, _tag, e?: string) => (e ? entity(e) : ' '));

/**
 * Markdown or HTML to plain text, cheaply: good enough to cut snippets from, never rendered.
 * @example plain('## Reset *your* [password](/p)') // 'Reset your password'
 */
export const plain = (markup: string): string =>
  strip(markup)
    .replace(/^\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/!?\[|[*~`|]+|\b_+|_+\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Edit distance with adjacent transpositions counted as one edit; returns `max + 1` as soon as it must exceed `max`.
 * @example distance('pasword', 'password', 1) // 1
 */
export function distance(a: string, b: string, max: number): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < min) min = v;
    }
    if (min > max) return max + 1;
    const spare = before;
    before = prev;
    prev = row;
    row = spare;
  }
  return prev[b.length]!;
}
