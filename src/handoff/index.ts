/**
 * Hand-off to a human: the contact view, "Still need help?" under home, results and articles, and the
 * contact buttons in the empty and unavailable states. After an e-mail hand-off the contact view says the
 * mail app should open and gives the address to copy (the lazy `handoff` chunk). The context the human receives is built from the
 * runtime's journey (what the user searched, which searches failed, what they read).
 */
import { atom } from 'nanostores';
import { type ComponentType, h } from 'preact';
import type { Runtime } from '../core/context';
import type { PanelContext, PanelRegistry, SectionProps } from '../panel';
import {
  ContactView,
  fromChunk,
  HandoffCard,
  type HandoffProps,
  type MailState,
  NoResultsContact,
  UnavailableContact,
} from './ContactView';
import { OUTBOX_MARK } from './context';

export type { HandoffTarget } from './context';
export { buildHandoffContext, handoffSummary, handoffTarget, startHandoff } from './context';

/** The chat view; when its chunk cannot load, the contact view takes over at once. */
const ChatView = fromChunk<PanelContext & HandoffProps>(
  (chunk) => chunk.ChatView,
  undefined,
  ({ store }) => {
    store.back();
    store.open('contact');
  },
);

/** After every other home section. */
const HOME_ORDER = 1000;

/**
 * Registers the hand-off's view and sections with the panel; `destroy()` removes them.
 * @example
 * const panel = setupPanel(rt, kb);
 * setupHandoff(rt, panel.registry);
 */
export function setupHandoff(rt: Runtime, panel: PanelRegistry): void {
  const mail: MailState = atom(undefined);
  // Every part of this instance's hand-off shares its e-mail state.
  const bind =
    <P>(Part: ComponentType<P & { mail: MailState }>) =>
    (props: P) =>
      h(Part, { ...props, mail });
  const card = bind<SectionProps>(HandoffCard);
  const removals = [
    panel.addView({ id: 'contact', titleKey: 'contact.title', component: bind<PanelContext>(ContactView) }),
    panel.addSection({ id: 'handoff', slot: 'home', order: HOME_ORDER, component: card }),
    panel.addSection({ id: 'handoff-results', slot: 'results', order: 0, component: card }),
    panel.addSection({ id: 'handoff-article', slot: 'article', order: 0, component: card }),
    panel.addSection({
      id: 'handoff-no-results',
      slot: 'no-results',
      order: 0,
      component: bind<SectionProps>(NoResultsContact),
    }),
    panel.addSection({
      id: 'handoff-unavailable',
      slot: 'unavailable',
      order: 0,
      component: bind<SectionProps>(UnavailableContact),
    }),
  ];
  // The chat view exists only where there is a chat: `open('chat')` elsewhere is reported like any unknown view.
  if (rt.config.handoff?.provider)
    removals.push(
      panel.addView({ id: 'chat', titleKey: 'contact.title', component: bind<PanelContext>(ChatView) }),
    );
  for (const remove of removals) rt.onDestroy(remove);
  resumeOutbox(rt);
}

/**
 * Contact messages still waiting from an earlier visit (the outbox keeps their count in localStorage) go now,
 * without the form: the `outbox` chunk sends them, and on `online` from then on.
 */
function resumeOutbox(rt: Runtime): void {
  if (rt.storage.get(OUTBOX_MARK))
    rt.loadChunk('outbox').then(
      (chunk) => chunk.resumeOutbox(rt, OUTBOX_MARK),
      () => {},
    );
}
