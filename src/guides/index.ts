/**
 * Guides: the content (tips, announcements, tours, checklists) and the one targeting engine per
 * instance that decides when each shows by itself. Capabilities plug in renderers, one per item
 * kind. The engine, validation and history live in the lazy `guides` chunk (./setup.ts), loaded
 * when there is content or a developer call needs it; this file is what the main bundle carries.
 */
import type { Feature, Runtime } from '../core/context';
import { deferred } from '../core/deferred';
import { type CapabilityMethod, type Handlers, implement } from '../core/methods';
import type { GuidePlugin } from './types';

export { isVisible, resolveTarget } from './elements';
export type {
  ContentKey,
  GuideItem,
  GuideItems,
  GuidePlugin,
  GuideRenderer,
  Guides,
  ItemCheck,
  ItemKindSpec,
  ItemMarks,
} from './types';

/**
 * A capability that owns guide item kinds (tips, tours, checklists), as the main bundle knows it:
 * the instance methods it implements, so calls can be taken before its code arrives, and how its
 * {@link GuidePlugin} (kinds and renderers) loads: usually a lazy chunk fetched together with the
 * guides chunk, since content is validated by the kinds.
 *
 * @example { methods: ['showTip', 'hideTip'], load: (rt) => rt.loadChunk('tips').then((chunk) => chunk.tips) }
 */
export interface GuideSource {
  /** The instance methods its renderers implement, through `guides.provide`. */
  methods: readonly CapabilityMethod[];
  load(rt: Runtime): Promise<GuidePlugin> | GuidePlugin;
}

/**
 * The guides feature with the item-kind capabilities plugged in: `features: [guides(lazyTips)]`.
 * The guides core (./setup.ts) comes in the lazy `guides` chunk, loaded when there is content or a
 * guide call. Until it has arrived, `addContent` and the sources' methods wait for it (in order,
 * see core/deferred.ts), and `track()` names are remembered for `event` rules. Those methods are
 * provided here once, as forwarders: the real ones reach them through `guides.provide`, never
 * through a second `rt.provide`.
 *
 * @example createInstance({ features: [guides(lazyTips, lazyTours, lazyChecklists)], … })
 */
export function guides(...sources: GuideSource[]): Feature {
  return (rt) => {
    const events = new Map<string, number>();
    const stopTrack = rt.on('track', ({ name }) => {
      events.delete(name);
      events.set(name, Date.now());
    });
    // Whether the panel is open, from init on: a blocking item must not open over it (see ./setup.ts).
    let panelOpen = false;
    const stopOpen = rt.on('open', () => {
      panelOpen = true;
    });
    const stopClose = rt.on('close', () => {
      panelOpen = false;
    });
    const methods = new Set<CapabilityMethod>(['addContent', ...sources.flatMap((source) => source.methods)]);

    const core = deferred(rt, {
      what: 'the guides',
      load: () =>
        Promise.all([rt.loadChunk('guides'), Promise.all(sources.map((source) => source.load(rt)))]),
      setup: ([{ setupGuides }, plugins]): Handlers => {
        stopTrack();
        stopOpen();
        stopClose();
        const handlers = setupGuides(rt, plugins, { events, panelOpen });
        for (const name of Object.keys(handlers))
          if (!methods.has(name as CapabilityMethod))
            rt.report('internal', `${name}() is implemented by a guide renderer its source does not list.`);
        return handlers;
      },
    });

    rt.provide(
      implement(
        [...methods],
        (name) =>
          (...args) =>
            core.call(name, (handlers) => {
              const handler = handlers[name] as ((...a: unknown[]) => void) | undefined;
              if (handler) handler(...args);
              else rt.report('internal', `${name}() is not available in this build of Pathlight.`);
            }),
      ),
    );
    if (rt.config.content !== undefined) core.load();
  };
}
