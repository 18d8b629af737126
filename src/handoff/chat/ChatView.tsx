import { useEffect, useRef } from 'preact/hooks';
import { errorMessage } from '../../core/errors';
import type { PanelContext } from '../../panel';
import type { HandoffAdapter } from '../../types';
import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import type { HandoffKit } from '../ContactView';
import { officeStatus } from '../hours';
import { handoffConfig } from './check-config';
import { CHAT_TIMEOUT_MS, connectChat } from './connect';

/** Replaces the chat view with the contact view (Back then returns to where the user asked). */
export const toContactForm = ({ store }: Pick<PanelContext, 'store'>) => {
  store.back();
  store.open('contact');
};

/**
 * The `chat` view: "Connecting you to chat…" while the team's chat gets ready, then the chat opens (with the
 * summary prefilled where the vendor can) and the panel closes. Outside office hours (unless `keepChatOpen`),
 * without a provider, and when the chat is not ready within `handoff.timeoutMs`, throws or hangs, the contact
 * form takes over. The user may take the form at once too.
 */
export function ChatView(props: PanelContext & { kit: HandoffKit }) {
  const { rt, store, kit } = props;
  const { t } = useStore(rt.$t);
  const heading = useRef<HTMLHeadingElement>(null);
  // One attempt per visit of the view (a new one needs a new click).
  useEffect(() => {
    const handoff = handoffConfig(rt);
    const { provider, hours } = handoff;
    if (!provider || (hours && !hours.keepChatOpen && !officeStatus(hours, Date.now()).open)) {
      toContactForm(props);
      return;
    }
    heading.current?.focus({ preventScroll: true });
    const context = kit.context(rt, store.$panel.get().query);
    const name = typeof provider === 'string' ? provider : provider.name;
    rt.emit('handoff', { context, provider: name });
    const controller = new AbortController();
    const adapter = (): Promise<HandoffAdapter> =>
      typeof provider === 'string'
        ? rt.loadChunk('providers').then((chunk) => chunk.adapterFor(provider, { fields: handoff.fields }))
        : Promise.resolve(provider);
    const timeout = handoff.timeoutMs ?? CHAT_TIMEOUT_MS;
    connectChat(adapter, context, kit.summary(context, rt.$t.get().t), timeout, controller.signal).then(
      () => {
        rt.log(`handoff: the ${name} chat is open`);
        rt.handlers.close?.();
      },
      (error) => {
        if (controller.signal.aborted) return;
        rt.report(
          'handoff_failed',
          `The ${name} chat did not open (${errorMessage(error)}); the contact form took over.`,
        );
        toContactForm(props);
      },
    );
    return () => controller.abort();
  }, []);
  return (
    <div class="pl-chat" role="status">
      <span class="pl-chat-spinner" aria-hidden="true">
        <Icon name="chat" size={22} />
      </span>
      <h3 class="pl-chat-title" ref={heading} tabIndex={-1}>
        {t('chat.connecting')}
      </h3>
      <p>{t('chat.connectingHint')}</p>
      <button type="button" class="pl-button pl-button-secondary" onClick={() => toContactForm(props)}>
        <Icon name="mail" size={18} />
        {t('chat.writeInstead')}
      </button>
    </div>
  );
}
