/**
 * Tours: the `tour` item kind, its renderer (the one tour in progress per instance: ./controller.ts) and
 * the instance methods `startTour` and `endTour`. The highlight and popover (driver.js behind one
 * adapter, ./player.ts) come in a lazy chunk of their own when the first step shows.
 */
import type { Runtime } from '../core/context';
import type { GuidePlugin, GuideRenderer, Guides } from '../guides';
import type { Tour } from '../types';
import { createTourController } from './controller';
import { tourKind } from './kinds';

export type { TourController } from './controller';
export { createTourController } from './controller';
export { tourKind } from './kinds';

function renderers(rt: Runtime, guides: Guides): GuideRenderer[] {
  const ctl = createTourController(rt, guides, (actions) =>
    rt.loadChunk('driver').then(({ createTourPlayer }) => createTourPlayer(rt, guides, actions)),
  );

  guides.provide({
    startTour: (tour, options) =>
      guides.whenLoaded(() => {
        let id: unknown = tour;
        if (typeof tour === 'object' && tour !== null) {
          // Validated like content (problems name the path), then started like any other tour.
          guides.addContent({ version: 1, tours: [tour] });
          id = (tour as Partial<Tour>).id;
        }
        const item = guides.showFromCode('tours', id as string);
        if (item) ctl.start(item, { step: options?.step ?? 0 });
      }),
    endTour: () => guides.whenLoaded(() => ctl.end('close')),
  });
  // A tour the user is in the middle of (this page was reloaded, or they came from another one) goes on.
  guides.whenLoaded(() => ctl.resume());

  const renderer: GuideRenderer<Tour> = {
    kind: tourKind.kind,
    show(tour) {
      const running = ctl.current();
      // A tour the user is in the middle of (waiting for its page) is not pushed aside by another one.
      if (running && running !== tour.id) guides.closed(tourKind.kind, tour.id, 'hide');
      else if (!running) ctl.start(tour);
    },
    hide: (id) => ctl.hide(id),
    refresh: () => ctl.refresh(),
  };
  return [renderer];
}

/**
 * The tours capability, plugged into guides from the lazy `tours` chunk (./lazy.ts is what the main
 * bundle carries): it owns the `tour` kind and runs tours.
 *
 * @example
 * help.addContent({ version: 1, tours: [{ id: 'welcome', steps: [{ target: '#new', title: 'Start here' }] }] });
 * help.startTour('welcome');
 */
export const tours: GuidePlugin = { kinds: [tourKind], renderers };
