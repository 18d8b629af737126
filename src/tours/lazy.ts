import type { GuideSource } from '../guides';

/**
 * Tours as the main bundle carries them: the methods they implement, taken (and queued) by the guides
 * facade from init on, and the `tour` kind and its renderer from the lazy `tours` chunk, fetched
 * together with the guides chunk. driver.js comes later still, with the first step shown.
 */
export const lazyTours: GuideSource = {
  methods: ['startTour', 'endTour'],
  load: (rt) => rt.loadChunk('tours').then((chunk) => chunk.tours),
};
