/*
 * Intercom Messenger, https://developers.intercom.com/installing-intercom/web/methods: `Intercom('ready', fn)`
 * once booted, `Intercom('update', attributes)`, `Intercom('showNewMessage', text)` opens the composer prefilled.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, isFunction, once, poll } from './shared';

type Intercom = (command: string, ...args: unknown[]) => unknown;

export function intercom({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => (isFunction(globals.Intercom) ? (globals.Intercom as Intercom) : undefined);
  return {
    name: 'intercom',
    // The snippet's stub queues calls until the library loads, so `ready` may be registered early.
    ready: (signal) =>
      poll(api, signal).then((Intercom) => once(signal, (done) => void Intercom('ready', done))),
    open(context, summary) {
      const Intercom = api() as Intercom;
      const data = attributes(context, summary, fields);
      if (Object.keys(data).length > 0) Intercom('update', data);
      Intercom('showNewMessage', summary);
    },
  };
}
