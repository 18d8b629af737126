/*
 * Zendesk messaging Web Widget, https://developer.zendesk.com/api-reference/widget-messaging/web/core/:
 * `zE('messenger', 'open')`; `zE('messenger:set', 'conversationFields', [{ id, value }])` (ticket fields defined in
 * Zendesk: the field map gives their ids). No prefill and no readiness callback are documented: `zE` is defined by
 * the widget's own script, so its presence is readiness.
 */
import type { HandoffAdapter } from '../../types';
import { type AdapterOptions, attributes, isFunction, poll } from './shared';

type ZE = (scope: string, command: string, ...args: unknown[]) => unknown;

export function zendesk({ fields, globals = window as never }: AdapterOptions): HandoffAdapter {
  const api = () => (isFunction(globals.zE) ? (globals.zE as ZE) : undefined);
  return {
    name: 'zendesk',
    ready: (signal) => poll(api, signal).then(() => undefined),
    open(context, summary) {
      const zE = api() as ZE;
      const data = Object.entries(attributes(context, summary, fields)).map(([id, value]) => ({ id, value }));
      if (data.length > 0) zE('messenger:set', 'conversationFields', data);
      zE('messenger', 'open');
    },
  };
}
