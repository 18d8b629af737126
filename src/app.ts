/**
 * The script-tag build's second half, `pathlight.app.js`: the runtime, the panel and every capability,
 * imported by the first script (./global.ts) once the page is idle or the launcher is about to be used.
 */
import { CSS_AFTER_LAUNCHER, composeRuntime } from './compose';
import { createRuntime, type RuntimeOptions } from './core/runtime';
import type { Shell } from './core/shell';
import type { PathlightInstance } from './types';

/**
 * Starts the runtime on what the first script began: its config, host, launcher and listeners. `beforeChunk`
 * comes from the first script when the page pinned it with `integrity` (each chunk is preloaded pinned).
 */
export function start(
  shell: Shell,
  { beforeChunk }: Pick<RuntimeOptions, 'beforeChunk'> = {},
): PathlightInstance {
  const instance = createRuntime(
    { ...composeRuntime(CSS_AFTER_LAUNCHER), beforeChunk },
    {
      events: shell.events,
      begin: () => shell,
    },
  );
  instance.init(shell.config);
  return instance;
}
