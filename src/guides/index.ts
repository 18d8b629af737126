/**
 * Guides: the content (tips, announcements, tours, checklists) and the one targeting engine per
 * instance that decides when each shows by itself. Capabilities plug in renderers, one per item
 * kind. The engine, validation and history live in the lazy `guides` chunk (./setup.ts), loaded
 * when there is content or a developer call needs it; this file is what the main bundle carries.
 */
import type { Feature, Handlers, Runtime } from '../core/context';
import { errorMessage, guard } from '../core/errors';
import type { RendererFactory } from './types';

export { isVisible, resolveTarget } from './elements';
export type { ContentKey, GuideItem, GuideItems, GuideRenderer, Guides, RendererFactory } from './types';
export { CONTENT_KEYS } from './types';

type Deferred = 'addContent' | 'showTip' | 'hideTip' | 'showAnnouncement';

/**
 * The guides feature with the renderers the factories build: `features: [guides(tips)]` (tours and
 * checklists plug in the same way). Until the chunk has arrived, `addContent`, `showTip`, `hideTip`
 * and `showAnnouncement` wait for it (in order), and `track()` names are remembered for `event` rules.
 *
 * @example createInstance({ features: [guides(tips, tours, checklists)], … })
 */
/** A renderer factory, or a loader of one from a lazy chunk (fetched together with the guides chunk). */
export type RendererSource = RendererFactory | { load: (rt: Runtime) => Promise<RendererFactory> };

export function guides(...sources: RendererSource[]): Feature {
  return (rt) => {
    let state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
    let live = true;
    const queue: Array<() => void> = [];
    const events = new Map<string, number>();
    const stopTrack = rt.on('track', ({ name }) => {
      events.delete(name);
      events.set(name, Date.now());
    });
    rt.onDestroy(() => {
      live = false;
      queue.length = 0;
    });

    const start = () => {
      if (state !== 'idle') return;
      state = 'loading';
      Promise.all([
        rt.loadChunk('guides'),
        Promise.all(sources.map((source) => (typeof source === 'function' ? source : source.load(rt)))),
      ]).then(
        ([{ setupGuides }, factories]) => {
          if (!live) return;
          stopTrack();
          try {
            setupGuides(rt, factories, { events });
          } finally {
            state = 'ready';
          }
          for (const call of queue.splice(0)) call();
        },
        (error) => {
          if (!live) return;
          state = 'failed';
          queue.length = 0;
          rt.report('chunk_load_failed', `Could not load tips and announcements: ${errorMessage(error)}`);
        },
      );
    };

    const deferred =
      <K extends Deferred>(name: K) =>
      (...args: Parameters<NonNullable<Handlers[K]>>) => {
        if (state === 'failed') {
          rt.report(
            'chunk_load_failed',
            `${name}() is unavailable: tips and announcements could not be loaded.`,
          );
          return;
        }
        // Guarded: the replay runs in a promise callback, where a throw would be an unhandled rejection.
        queue.push(
          guard(rt.report, `${name}()`, () => {
            const handler = rt.handlers[name] as ((...a: typeof args) => void) | undefined;
            // Still this stub: no renderer took the call over (e.g. no tips in this build).
            if (handler && handler !== stubs[name]) handler(...args);
          }),
        );
        start();
      };
    const stubs: Required<Pick<Handlers, Deferred>> = {
      addContent: deferred('addContent'),
      showTip: deferred('showTip'),
      hideTip: deferred('hideTip'),
      showAnnouncement: deferred('showAnnouncement'),
    };
    rt.provide(stubs);
    if (rt.config.content !== undefined) start();
  };
}
