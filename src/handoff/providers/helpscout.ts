/*
 * Help Scout Beacon 2, https://developer.helpscout.com/beacon-2/web/javascript-api/: `Beacon('on', 'ready', fn)`
 * (and `Beacon('info')`, which answers once it is), `Beacon('session-data', {…})`, `Beacon('prefill', { text })`,
 * `Beacon('navigate', '/ask/message/')` to the prefilled contact form, `Beacon('open')`.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, isFunction, once, poll } from './shared';

type Beacon = (command: string, ...args: unknown[]) => unknown;

export function helpscout({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => (isFunction(globals.Beacon) ? (globals.Beacon as Beacon) : undefined);
  return {
    name: 'helpscout',
    ready: (signal) =>
      poll(api, signal).then((Beacon) =>
        Beacon('info')
          ? undefined
          : once(signal, (done) => {
              Beacon('on', 'ready', done);
              return () => Beacon('off', 'ready', done);
            }),
      ),
    open(context, summary) {
      const Beacon = api() as Beacon;
      const data = attributes(context, summary, fields);
      if (Object.keys(data).length > 0) Beacon('session-data', data);
      Beacon('prefill', { text: summary });
      Beacon('open');
      Beacon('navigate', '/ask/message/');
    },
  };
}
