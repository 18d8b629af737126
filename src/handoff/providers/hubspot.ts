/*
 * HubSpot conversations, https://developers.hubspot.com/docs/api/conversation/chat-widget-sdk:
 * `window.hsConversationsOnReady` (callbacks run once `window.HubSpotConversations` exists),
 * `widget.status().loaded` and the `widgetLoaded` event, `widget.open()`. No prefill and no attributes (HubSpot
 * identifies visitors with its own token only): the context reaches the `handoff` event.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, once } from './shared';

interface HubSpotConversations {
  widget: { open(): void; status(): { loaded: boolean } };
  on(event: string, fn: () => void): void;
  off(event: string, fn: () => void): void;
}

export function hubspot({ globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => globals.HubSpotConversations as HubSpotConversations | undefined;
  const whenApi = (signal: AbortSignal) =>
    api()
      ? Promise.resolve()
      : once(signal, (done) => {
          const queue = (globals.hsConversationsOnReady as (() => void)[] | undefined) ?? [];
          globals.hsConversationsOnReady = queue;
          queue.push(done);
          return undefined;
        });
  return {
    name: 'hubspot',
    ready: (signal) =>
      whenApi(signal).then(() => {
        const sdk = api() as HubSpotConversations;
        if (sdk.widget.status().loaded) return;
        return once(signal, (done) => {
          sdk.on('widgetLoaded', done);
          return () => sdk.off('widgetLoaded', done);
        });
      }),
    open() {
      (api() as HubSpotConversations).widget.open();
    },
  };
}
