/**
 * The built-in chat adapters, one per vendor, each calling only that vendor's documented browser API; none ever
 * loads a vendor's script (the page does). Lazy: the `providers` chunk loads only when `handoff.provider` names one.
 */
import type { HandoffAdapter, HandoffProviderName } from '../../types';
import { chatwoot } from './chatwoot';
import { crisp } from './crisp';
import { freshchat } from './freshchat';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { livechat } from './livechat';
import type { AdapterOptions } from './shared';
import { tawk } from './tawk';
import { zendesk } from './zendesk';

export type { AdapterOptions, Globals } from './shared';
export { attributes } from './shared';

const ADAPTERS: Record<HandoffProviderName, (options: AdapterOptions) => HandoffAdapter> = {
  intercom,
  crisp,
  zendesk,
  helpscout,
  chatwoot,
  livechat,
  hubspot,
  freshchat,
  tawk,
};

/**
 * @example adapterFor('crisp', { fields: { failedQueries: 'failed_searches' } }).open(context, summary)
 */
export function adapterFor(name: HandoffProviderName, options: AdapterOptions = {}): HandoffAdapter {
  return ADAPTERS[name](options);
}
