import type { PathlightConfig } from '../types';
import type { UiHost } from '../ui/host';
import { errorMessage } from './errors';
import type { InstanceEvents } from './events';

/** The largest z-index there is: a host header added after the widget must not cover it by DOM order. */
export const DEFAULT_Z_INDEX = 2147483647;

/**
 * What `init()` begins with, before any capability: the validated config and the mounted host
 * (`openShell`, ./open-shell.ts). The ESM build opens it inside `init()`; the script-tag build's first script
 * opens it, draws the launcher in it and fires `ready`, and the runtime adopts it when it arrives.
 */
export interface Shell {
  /** Validated; its problems were reported. */
  readonly config: Readonly<PathlightConfig>;
  /** The `<pathlight-root>` (with the first script's launcher inside, in the script-tag build). */
  readonly host: UiHost;
  readonly events: InstanceEvents;
  /** `debug()` was switched on before the runtime arrived. */
  readonly debug: boolean;
  /** `ready` has fired already (the first script announces it with the launcher). */
  readonly announced: boolean;
  /** Fires `ready` and `onReady`, once the UI is mounted; nothing when the first script did. */
  announce(): void;
  /** The runtime's UI has taken over the host: the first script drops its launcher's listeners. */
  release(): void;
}

/** `ready`, then the config's `onReady`; a throwing `onReady` is reported, not thrown. */
export function announceReady(events: InstanceEvents, config: Readonly<PathlightConfig>): void {
  events.emitter.emit('ready', {});
  try {
    config.onReady?.();
  } catch (error) {
    events.report('listener_failed', `onReady threw: ${errorMessage(error)}`, error);
  }
}

export const notInitialized = (method: string) =>
  `${method}() was called before init(); call Pathlight('init', config) first.`;
