/*
 * Freshchat web messenger, https://developers.freshchat.com/web-sdk/v1/: `fcWidget.isLoaded()` and the
 * `widget:loaded` event, `fcWidget.user.setProperties({…})`, `fcWidget.open({ replyText })` opens it with the
 * reply box prefilled.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, isFunction, once, poll } from './shared';

interface FcWidget {
  isLoaded?(): boolean;
  on(event: string, fn: () => void): void;
  open(options?: { replyText?: string }): void;
  user: { setProperties(properties: Record<string, string>): unknown };
}

export function freshchat({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => {
    const found = globals.fcWidget as FcWidget | undefined;
    return found && isFunction(found.open) ? found : undefined;
  };
  return {
    name: 'freshchat',
    ready: (signal) =>
      poll(api, signal).then((widget) =>
        widget.isLoaded?.() ? undefined : once(signal, (done) => void widget.on('widget:loaded', done)),
      ),
    open(context, summary) {
      const widget = api() as FcWidget;
      const data = attributes(context, summary, fields);
      if (Object.keys(data).length > 0) widget.user.setProperties(data);
      widget.open({ replyText: summary });
    },
  };
}
