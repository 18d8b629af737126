import type { GuideSource } from '../guides';

/**
 * Tips as the main bundle carries them: the methods they implement, taken (and queued) by the
 * guides facade from init on, and their kinds and renderers from the lazy `tips` chunk, fetched
 * together with the guides chunk.
 */
export const lazyTips: GuideSource = {
  methods: ['showTip', 'hideTip', 'showAnnouncement'],
  load: (rt) => rt.loadChunk('tips').then((chunk) => chunk.tips),
};
