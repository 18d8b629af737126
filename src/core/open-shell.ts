import type { PathlightConfig } from '../types';
import { mountHost } from '../ui/host';
import { validateConfig } from './config';
import type { InstanceEvents } from './events';
import { announceReady, DEFAULT_Z_INDEX, type Shell } from './shell';
import { documentBody } from './unclobbered';

// Its own file, apart from ./shell.ts: the script-tag app imports the shell's types and helpers but never
// validates a config (its first script did), so it must not reach ./config.ts through them.

/**
 * Validates the config (reporting each problem) and mounts the host, empty: the runtime adopts its
 * stylesheet. Reports and returns undefined where there is no `<body>` yet.
 */
export function openShell(input: PathlightConfig | undefined, events: InstanceEvents): Shell | undefined {
  const { report } = events;
  if (typeof document === 'undefined' || !documentBody()) {
    report('internal', 'init() needs a document with a <body>; call it in the browser after the page loads.');
    return undefined;
  }
  const { config, problems } = validateConfig(input);
  events.setErrorHook(config.onError);
  for (const problem of problems) report('config_invalid', problem);
  const host = mountHost({ css: '', nonce: config.nonce, zIndex: config.zIndex ?? DEFAULT_Z_INDEX });
  return {
    config,
    host,
    events,
    debug: false,
    announced: false,
    announce: () => announceReady(events, config),
    release: () => {},
  };
}
