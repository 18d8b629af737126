import type { GuideSource } from '../guides';

/**
 * Tours as the main bundle carries them: no instance methods yet (`startTour` and `endTour` come
 * with the renderer), and the `tour` kind from the lazy `tours` chunk, fetched together with the
 * guides chunk.
 */
export const lazyTours: GuideSource = {
  methods: [],
  load: (rt) => rt.loadChunk('tours').then((chunk) => chunk.tours),
};
