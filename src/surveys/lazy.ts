import type { GuideSource } from '../guides';

/**
 * Surveys as the main bundle carries them: the method they implement, taken (and queued) by the guides
 * facade from init on, and their kind and renderer from the lazy `surveys` chunk, fetched together with
 * the guides chunk.
 */
export const lazySurveys: GuideSource = {
  methods: ['showSurvey'],
  load: (rt) => rt.loadChunk('surveys').then((chunk) => chunk.surveys),
};
