import type { PathlightInstance } from '../types';
import { createInstanceEvents } from './events';
import { mark, measure } from './marks';
import { openShell } from './open-shell';
import { createRuntime, type RuntimeOptions } from './runtime';

/**
 * Builds an instance. Nothing touches `window` or `document` until `init`, so importing and
 * creating are safe during server-side rendering.
 */
export function createInstance(options: RuntimeOptions): PathlightInstance {
  const events = createInstanceEvents();
  const instance = createRuntime(options, { events, begin: (input) => openShell(input, events) });
  // User-timing marks around init(), so hosts (and `npm run bench`) see its cost in their performance tools.
  const { init } = instance;
  instance.init = (config) => {
    mark('pathlight:init-start');
    init(config);
    mark('pathlight:init-end');
    measure('pathlight:init', 'pathlight:init-start', 'pathlight:init-end');
  };
  return instance;
}
