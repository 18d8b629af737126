/*
 * Chatwoot, https://www.chatwoot.com/docs/product/channels/live-chat/sdk/setup/: the `chatwoot:ready` window
 * event (`$chatwoot.hasLoaded` once it fired), `$chatwoot.setConversationCustomAttributes({…})` (attributes
 * defined in Chatwoot), `$chatwoot.toggle('open')`. No prefill.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, once } from './shared';

interface Chatwoot {
  hasLoaded?: boolean;
  toggle(state?: 'open' | 'close'): void;
  setConversationCustomAttributes(attributes: Record<string, string>): void;
}

export function chatwoot({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => globals.$chatwoot as Chatwoot | undefined;
  const target = globals as unknown as EventTarget;
  return {
    name: 'chatwoot',
    ready: (signal) =>
      api()?.hasLoaded
        ? Promise.resolve()
        : once(signal, (done) => {
            target.addEventListener('chatwoot:ready', done);
            return () => target.removeEventListener('chatwoot:ready', done);
          }),
    open(context, summary) {
      const sdk = api() as Chatwoot;
      const data = attributes(context, summary, fields);
      if (Object.keys(data).length > 0) sdk.setConversationCustomAttributes(data);
      sdk.toggle('open');
    },
  };
}
