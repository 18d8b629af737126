import type { GuideSource } from '../guides';
import type { PanelRegistry } from '../panel';

/**
 * Checklists as the main bundle carries them: the method they implement, taken (and queued) by the
 * guides facade from init on, and the rest from the lazy `checklists` chunk, fetched together with the
 * guides chunk. `panel` gives the chunk the panel it draws into (the composition root's; read when the
 * chunk arrives, long after the panel is set up).
 */
export const lazyChecklists = (panel: () => PanelRegistry | undefined): GuideSource => ({
  methods: ['completeChecklistItem'],
  load: (rt) => rt.loadChunk('checklists').then((chunk) => chunk.checklistPlugin(panel)),
});
