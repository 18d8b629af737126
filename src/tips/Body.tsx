import { useMemo } from 'preact/hooks';
import { markdownNodes } from '../content/index';

/**
 * A tip's or announcement's Markdown body, drawn at once as DOM nodes by the articles' parser (no
 * lazy chunk, no HTML string). A single newline is a line break: tips are written as short lines.
 */
export function Body({ text, id, class: className }: { text: string; id?: string; class: string }) {
  const nodes = useMemo(() => markdownNodes(text, { breaks: true }), [text]);
  return (
    <div id={id} class={className}>
      {nodes}
    </div>
  );
}
