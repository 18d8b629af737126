import type { GuideSource } from '../guides';

/**
 * Checklists as the main bundle carries them: no instance methods yet (`completeChecklistItem`
 * comes with the renderer), and the `checklist` kind from the lazy `checklists` chunk, fetched
 * together with the guides chunk.
 */
export const lazyChecklists: GuideSource = {
  methods: [],
  load: (rt) => rt.loadChunk('checklists').then((chunk) => chunk.checklists),
};
