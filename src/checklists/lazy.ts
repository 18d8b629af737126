import type { Runtime } from '../core/context';
import type { GuideSource } from '../guides';
import type { PanelRegistry } from '../panel';

/** The panel the chunk draws into, and the stand-in view it replaces. */
export interface ChecklistPanel {
  registry: PanelRegistry;
  /** Removes the stand-in `checklist` view. */
  placeholder: () => void;
}

/**
 * Checklists as the main bundle carries them: the method they implement, taken (and queued) by the
 * guides facade from init on, and the rest from the lazy `checklists` chunk, fetched together with the
 * guides chunk. `panel()` registers the `checklist` view at once, drawing nothing, so `open('checklist')`
 * works before the chunk has arrived; the chunk puts its view in its place.
 */
export function lazyChecklists(): GuideSource & { panel(rt: Runtime, registry: PanelRegistry): void } {
  let panel: ChecklistPanel | undefined;
  return {
    methods: ['completeChecklistItem'],
    panel(rt, registry) {
      const placeholder = registry.addView({
        id: 'checklist',
        titleKey: 'panel.title',
        component: () => null,
      });
      rt.onDestroy(placeholder);
      panel = { registry, placeholder };
    },
    load: (rt) => rt.loadChunk('checklists').then((chunk) => chunk.checklistPlugin(panel)),
  };
}
