/**
 * Checklists: onboarding tasks that tick themselves off when the user does the thing. The `checklist`
 * item kind (./kinds.ts), the user's progress (core per-user state), the rules that complete items, the
 * reminder the targeting engine schedules, the `completeChecklistItem` method, and (given the panel's
 * registry) the checklist view, the home section and the layer beside the launcher. All of it is the
 * lazy `checklists` chunk; the main bundle carries only ./lazy.ts.
 */
import { h } from 'preact';
import type { Runtime } from '../core/context';
import { didYouMean } from '../core/validate';
import type { GuidePlugin, GuideRenderer, Guides } from '../guides';
import type { PanelContext, SectionProps } from '../panel';
import type { Checklist } from '../types';
import { ChecklistLayer } from './ChecklistLayer';
import { ChecklistView } from './ChecklistView';
import { type ChecklistsController, createChecklistsController } from './controller';
import { ChecklistSection, RestoreSection } from './HomeCard';
import { checklistKind } from './kinds';
import type { ChecklistPanel } from './lazy';
import { checklistsCss } from './styles';

export type { ChecklistsController, Nudge } from './controller';
export { createChecklistsController } from './controller';
export { checklistKind } from './kinds';
export type { ChecklistState, ChecklistStatus, ItemState } from './model';
export { checklistState } from './model';
export { checklistsCss } from './styles';

/** Above the suggestions (10): what the user set out to do comes first. */
const HOME_ORDER = 5;
/** Low on the home view, before the way to a human (1000). */
const RESTORE_ORDER = 900;

/** The view (in the stand-in's place), the home sections and the layer; `destroy()` removes them. */
function drawInto(
  rt: Runtime,
  { registry: panel, placeholder }: ChecklistPanel,
  ctl: ChecklistsController,
): void {
  rt.onDestroy(rt.addStyles(checklistsCss));
  const View = (props: PanelContext) => h(ChecklistView, { ...props, ctl });
  const Section = (props: SectionProps) => h(ChecklistSection, { ...props, ctl });
  const Restore = (props: SectionProps) => h(RestoreSection, { ...props, ctl });
  const Layer = ({ rt: layerRt }: { rt: Runtime }) => h(ChecklistLayer, { rt: layerRt, ctl });
  placeholder();
  const removals = [
    panel.addView({ id: 'checklist', titleKey: 'checklist.title', component: View }),
    panel.addSection({ id: 'checklist', slot: 'home', order: HOME_ORDER, component: Section }),
    panel.addSection({ id: 'checklist-restore', slot: 'home', order: RESTORE_ORDER, component: Restore }),
  ];
  for (const remove of removals) rt.onDestroy(remove);
  rt.addLayer(Layer);
}

function setupChecklists(rt: Runtime, guides: Guides, panel: ChecklistPanel | undefined): GuideRenderer[] {
  const ctl = createChecklistsController(rt, guides);
  if (panel) drawInto(rt, panel, ctl);

  guides.provide({
    completeChecklistItem: (checklistId, itemId) =>
      guides.whenLoaded(() => {
        if (typeof checklistId !== 'string' || !checklistId || typeof itemId !== 'string' || !itemId) {
          rt.report('config_invalid', 'completeChecklistItem() needs a checklist id and an item id.');
          return;
        }
        const checklist = guides.item('checklists', checklistId);
        if (!checklist) {
          rt.report(
            'unknown_item',
            `completeChecklistItem(): there is no checklist with the id "${checklistId}".`,
          );
          return;
        }
        if (!checklist.items.some((item) => item.id === itemId)) {
          const hint = didYouMean(
            itemId,
            checklist.items.map((item) => item.id),
          );
          rt.report(
            'unknown_item',
            `completeChecklistItem(): the checklist "${checklistId}" has no item "${itemId}"${hint ? ` (did you mean "${hint}"?)` : ''}.`,
          );
          return;
        }
        ctl.complete(checklistId, itemId);
      }),
  });

  const renderer: GuideRenderer<Checklist> = {
    kind: checklistKind.kind,
    show: (checklist) => ctl.offerByRule(checklist),
    hide: (id) => ctl.hideNudge(id),
    refresh: () => ctl.refresh(),
  };
  return [renderer];
}

/**
 * The checklists capability, plugged into guides from the lazy `checklists` chunk, with the panel's
 * registry when there is a panel to draw into.
 * @example
 * help.addContent({ version: 1, checklists: [{ id: 'setup', title: 'Set up', items: [
 *   { id: 'bank', title: 'Connect your bank', completeWhen: { event: 'bank:connected' } },
 * ] }] });
 * help.completeChecklistItem('setup', 'bank');
 */
export function checklistPlugin(panel?: ChecklistPanel): GuidePlugin {
  return {
    kinds: [checklistKind],
    renderers: (rt, guides) => setupChecklists(rt, guides, panel),
  };
}

/** The capability without a panel (its kind, progress, rules and method): `guides(tips, checklists)`. */
export const checklists: GuidePlugin = checklistPlugin();
