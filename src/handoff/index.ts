/**
 * Hand-off to a human: the contact view, "Still need help?" under home, results and articles, and the
 * contact buttons in the empty and unavailable states. The context the human receives is built from the
 * runtime's journey (what the user searched, which searches failed, what they read).
 */
import type { Runtime } from '../core/context';
import type { PanelRegistry } from '../panel';
import { ContactView, HandoffCard, NoResultsContact, UnavailableContact } from './ContactView';

export type { HandoffTarget } from './context';
export { buildHandoffContext, handoffTarget, startHandoff } from './context';

/** After every other home section. */
const HOME_ORDER = 1000;

/**
 * Registers the hand-off's view and sections with the panel; `destroy()` removes them.
 * @example
 * const panel = setupPanel(rt, kb);
 * setupHandoff(rt, panel.registry);
 */
export function setupHandoff(rt: Runtime, panel: PanelRegistry): void {
  const removals = [
    panel.addView({ id: 'contact', titleKey: 'contact.title', component: ContactView }),
    panel.addSection({ id: 'handoff', slot: 'home', order: HOME_ORDER, component: HandoffCard }),
    panel.addSection({ id: 'handoff-results', slot: 'results', order: 0, component: HandoffCard }),
    panel.addSection({ id: 'handoff-article', slot: 'article', order: 0, component: HandoffCard }),
    panel.addSection({ id: 'handoff-no-results', slot: 'no-results', order: 0, component: NoResultsContact }),
    panel.addSection({
      id: 'handoff-unavailable',
      slot: 'unavailable',
      order: 0,
      component: UnavailableContact,
    }),
  ];
  for (const remove of removals) rt.onDestroy(remove);
}
