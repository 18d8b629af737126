import { useEffect, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import { pathlightPolicy, sanitizing } from '../core/trusted-types';
import { needsFullMarkdown, renderLite } from './markdown-lite';

type Render = (markdown: string) => string;

/** One full Markdown renderer per runtime, from the lazy `markdown` chunk, made on first need. */
const renderers = new WeakMap<Runtime, Promise<Render>>();

function fullRenderer(rt: Runtime): Promise<Render> {
  let promise = renderers.get(rt);
  if (!promise) {
    promise = rt.loadChunk('markdown').then(({ createArticleRenderer }) => {
      // Throws when the host's CSP does not allow the policy name: then the simple rendering stays.
      const policy = pathlightPolicy();
      // The sanitizer checks itself on creation, through the policy: the gate must be open then too.
      const renderer = sanitizing(() => createArticleRenderer(window, policy));
      return (markdown: string) => sanitizing(() => renderer.render({ body: markdown, format: 'markdown' }));
    });
    renderers.set(rt, promise);
    promise.catch((error) =>
      rt.report(
        'chunk_load_failed',
        `Could not load the Markdown renderer; showing plain text: ${errorMessage(error)}`,
      ),
    );
  }
  return promise;
}

/**
 * A tip's or announcement's Markdown body. Common tips (paragraphs, **bold**, links) are drawn at
 * once as DOM nodes; richer Markdown loads the sanitizing renderer of the `markdown` chunk and
 * shows the simple rendering until it arrives (or for good, if it cannot load).
 */
export function Body({
  rt,
  text,
  id,
  class: className,
}: {
  rt: Runtime;
  text: string;
  id?: string;
  class: string;
}) {
  const [html, setHtml] = useState<string | undefined>(undefined);
  useEffect(() => {
    setHtml(undefined);
    if (!needsFullMarkdown(text)) return;
    let live = true;
    fullRenderer(rt).then(
      (render) => {
        if (live) setHtml(render(text));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [rt, text]);
  if (html !== undefined) {
    // Sanitized by Pathlight's own DOMPurify (a TrustedHTML under Trusted Types).
    return <div id={id} class={className} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div id={id} class={className}>
      {renderLite(text)}
    </div>
  );
}
