import { composeRuntime } from '../../../src/compose';
import type { Runtime } from '../../../src/core/context';
import { createInstance } from '../../../src/core/instance';
import type { PathlightInstance } from '../../../src/types';

/**
 * An instance of the real composition (every capability, the panel included), with its runtime at hand for
 * the events only Pathlight emits (`tour:complete`, `article:view`) and per-user state. Not initialised.
 */
export function composedInstance(): { help: PathlightInstance; rt: () => Runtime } {
  let rt: Runtime | undefined;
  const options = composeRuntime('');
  const help = createInstance({
    ...options,
    features: [
      ...options.features,
      (r) => {
        rt = r;
      },
    ],
  });
  return {
    help,
    rt: () => {
      if (!rt) throw new Error('the instance has not been initialised');
      return rt;
    },
  };
}
