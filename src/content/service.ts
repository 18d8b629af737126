import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import { pathlightPolicy, sanitizing } from '../core/trusted-types';
import type { Article } from '../types';

/** Sanitized HTML for a body, ready for `innerHTML` (a `TrustedHTML` under Trusted Types). */
export type RenderHtml = (content: Pick<Article, 'body' | 'format'>) => string;

/** What every capability asks for when it needs sanitized HTML: one per instance. */
export interface ContentService {
  /**
   * The sanitizing renderer (Markdown or HTML in, sanitized HTML out). The first call loads the
   * `markdown` chunk and makes the instance's one DOMPurify; later calls get the same renderer. Rejects
   * when the chunk cannot load (reported; the next call tries again).
   */
  renderer(): Promise<RenderHtml>;
}

// Keyed by runtime, so each instance has its own renderer (its own DOMPurify and localized frame
// title) and two instances share nothing; an instance's entry goes with its runtime.
const services = new WeakMap<Runtime, ContentService>();

/**
 * The instance's content service, made on first use.
 * @example
 * const render = await contentService(rt).renderer();
 * body.innerHTML = render({ body: '# Hi', format: 'markdown' });
 */
export function contentService(rt: Runtime): ContentService {
  let service = services.get(rt);
  if (!service) {
    service = createContentService(rt);
    services.set(rt, service);
  }
  return service;
}

function createContentService(rt: Runtime): ContentService {
  let renderer: Promise<RenderHtml> | undefined;
  const load = () =>
    rt.loadChunk('markdown').then(({ createArticleRenderer }): RenderHtml => {
      let policy: ReturnType<typeof pathlightPolicy>;
      try {
        policy = pathlightPolicy();
      } catch (error) {
        // Without the policy HTML still works where Trusted Types are not enforced; where they are,
        // the caller's `innerHTML` throws and it shows plain text.
        rt.report(
          'internal',
          `Trusted Types: allow the policy "pathlight" (trusted-types pathlight) to show articles: ${errorMessage(error)}`,
        );
      }
      // The sanitizer checks itself on creation, through the policy: the gate must be open.
      const instance = sanitizing(() =>
        createArticleRenderer(window, policy, { frameTitle: rt.$t.get().t('video.badge') }),
      );
      return (content) => sanitizing(() => instance.render(content));
    });
  return {
    renderer() {
      if (!renderer) {
        renderer = load();
        renderer.catch((error) => {
          renderer = undefined;
          rt.report('chunk_load_failed', `Could not load the content renderer: ${errorMessage(error)}`);
        });
      }
      return renderer;
    },
  };
}
