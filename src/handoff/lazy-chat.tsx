import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Chunks } from '../core/chunks';
import type { Runtime } from '../core/context';
import { panelChunk } from '../panel';
import { buildHandoffContext, handoffSummary } from './context';

/**
 * What the `chat` chunk gets from the app rather than importing it (one copy of the context builder, in the
 * app, for the e-mail, the hook, the chat and the form alike).
 */
export interface ChatKit {
  context: typeof buildHandoffContext;
  summary: typeof handoffSummary;
}
const kit: ChatKit = { context: buildHandoffContext, summary: handoffSummary };

const chatChunk = panelChunk('chat', (chunk) => chunk.chatCss, 'the chat hand-off');

/**
 * A component of the lazy `chat` chunk, drawn once the chunk is there (nothing before); `failed` runs when the
 * chunk cannot load. Where `wanted` says no, nothing is drawn or loaded.
 */
export function lazyChat<P extends { rt: Runtime }>(
  pick: (chunk: Chunks['chat']) => ComponentType<P & { kit: ChatKit }>,
  failed?: (props: P) => void,
  wanted: (props: P) => boolean = () => true,
): ComponentType<P> {
  const Lazy = (props: P) => {
    const [Part, setPart] = useState(() => {
      const chunk = chatChunk.now(props.rt);
      return chunk && pick(chunk);
    });
    useEffect(() => {
      if (!Part)
        chatChunk.load(props.rt).then(
          (chunk) => setPart(() => pick(chunk)),
          () => failed?.(props),
        );
    }, [props.rt, Part]);
    return Part ? h(Part, { ...props, kit }) : null;
  };
  return (props) => (wanted(props) ? h(Lazy, props) : null);
}
