import type { Feature } from '../core/context';
import { errorMessage } from '../core/errors';
import type { GuideSource } from '../guides';

/**
 * Authoring mode as the main bundle carries it: the `author()` method, taken by the guides facade (authoring reads
 * the loaded content through the guides core), and the `?pathlight=author` switch below. Everything else is the lazy
 * `author` chunk, fetched on the first `author()` call only: no other page view loads a byte of it. Kept this small
 * on purpose: every visitor downloads these lines.
 */
export const lazyAuthor: GuideSource = {
  methods: ['author'],
  load: () => ({
    kinds: [],
    renderers(rt, guides) {
      guides.provide({
        author: () =>
          rt.loadChunk('author').then(
            (chunk) => chunk.openAuthor(rt, guides),
            (error) =>
              rt.report('chunk_load_failed', `Could not load the authoring mode: ${errorMessage(error)}`),
          ),
      });
      return [];
    },
  }),
};

/** Opens authoring mode at init when the page's URL asks for it (`?pathlight=author`), unless the host said no. */
export const authorFromUrl: Feature = (rt) => {
  if (rt.config.authorFromUrl !== false && /[?&]pathlight=author\b/.test(location.search))
    rt.handlers.author?.();
};
