/*
 * LiveChat, https://platform.text.com/docs/extending-chat-widget/javascript-api: `LiveChatWidget.on('ready', fn)`
 * (`get('state')` answers once it is, and throws before), `call('set_session_variables', {…})`, `call('maximize')`.
 * No prefill.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, isFunction, once, poll } from './shared';

interface LiveChatWidget {
  on(event: string, fn: () => void): void;
  off?(event: string, fn: () => void): void;
  get(what: string): unknown;
  call(method: string, ...args: unknown[]): void;
}

function loaded(widget: LiveChatWidget): boolean {
  try {
    return !!widget.get('state');
  } catch {
    return false;
  }
}

export function livechat({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => {
    const found = globals.LiveChatWidget as LiveChatWidget | undefined;
    return found && isFunction(found.call) ? found : undefined;
  };
  return {
    name: 'livechat',
    ready: (signal) =>
      poll(api, signal).then((widget) =>
        loaded(widget)
          ? undefined
          : once(signal, (done) => {
              widget.on('ready', done);
              return () => widget.off?.('ready', done);
            }),
      ),
    open(context, summary) {
      const widget = api() as LiveChatWidget;
      const data = attributes(context, summary, fields);
      if (Object.keys(data).length > 0) widget.call('set_session_variables', data);
      widget.call('maximize');
    },
  };
}
