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

// A Markdown table's rule row (| --- | :-: |) and a heading line: neither is a sentence.
const RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm;
const HEADING = /^\s*#{1,6}\s+.*$/gm;

/**
 * Markdown or HTML as sentences to cut a snippet from: like {@link plain}, without headings (they would run
 * into the next sentence) and table rules; a table row reads "cell — cell", each block ends a sentence.
 * @example sentences('## Steps\n\n| Plan | Seats |\n| --- | --- |\n| Pro | 5 |\n\n- Open it') // 'Plan — Seats. Pro — 5. Open it.'
 */
export const sentences = (markup: string): string =>
  plain(
    strip(markup)
      .replace(RULE, '')
      .replace(HEADING, '')
      .replace(
        /^\s*\|(.*?)\|?\s*$/gm,
        (_, row: string) =>
          `${row
            .split('|')
            .map((c) => c.trim())
            .join(' — ')}.\n`,
      )
      .replace(/([^\s.!?:;…])[ \t]*\n\s*\n/g, '$1.\n\n')
      .replace(/^(\s*(?:[-*+]|\d+\.)\s+.*?[^\s.!?:;…])[ \t]*$/gm, '$1.'),
  );
