/*
 * Crisp, https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/: `$crisp.push(['on', 'session:loaded',
 * fn])` once ready, `['set', 'message:text', [text]]` prefills, `['set', 'session:data', [[[key, value], …]]]`,
 * `['do', 'chat:open']`. Before the chatbox loads `$crisp` is the snippet's plain array; `$crisp.is` and `get`
 * come with the loaded SDK.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, isFunction, once, poll } from './shared';

interface Crisp {
  push(command: unknown[]): unknown;
  is?: (state: string) => boolean;
}

export function crisp({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => {
    const found = globals.$crisp as Crisp | undefined;
    return found && isFunction(found.push) ? found : undefined;
  };
  return {
    name: 'crisp',
    ready: (signal) =>
      poll(api, signal).then((sdk) =>
        // Loaded already: `is` exists and session:loaded has fired. Never `off`: it would drop the host's listeners too.
        isFunction(sdk.is)
          ? undefined
          : once(signal, (done) => void sdk.push(['on', 'session:loaded', done])),
      ),
    open(context, summary) {
      const sdk = api() as Crisp;
      const data = Object.entries(attributes(context, summary, fields));
      if (data.length > 0) sdk.push(['set', 'session:data', [data]]);
      sdk.push(['set', 'message:text', [summary]]);
      sdk.push(['do', 'chat:open']);
    },
  };
}
