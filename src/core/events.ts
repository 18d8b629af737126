import type { PathlightError, PathlightEventName, PathlightEvents } from '../types';
import { createEmitter, type Emitter } from './emitter';
import { createReporter, errorMessage, type Report } from './errors';

/**
 * One instance's events and error reporting. The script-tag build's first script creates them and the
 * runtime adopts them when it arrives, so listeners added at any time, and the host's `onError`, see
 * one stream.
 */
export interface InstanceEvents {
  readonly emitter: Emitter<PathlightEvents>;
  readonly report: Report;
  /** `config.onError`, called after the `error` event for every report. */
  setErrorHook(hook: ((error: PathlightError) => void) | undefined): void;
  /**
   * The public `on()`: validates, and tells a `ready` listener added after `ready` fired (asynchronously,
   * as the event itself would have been). Never throws.
   */
  subscribe<K extends PathlightEventName>(
    event: K,
    handler: (payload: PathlightEvents[K]) => void,
    isLive: () => boolean,
  ): () => void;
  /** The public `track()`. */
  track(name: string, props?: Record<string, unknown>): void;
}

export function createInstanceEvents(): InstanceEvents {
  let onErrorHook: ((error: PathlightError) => void) | undefined;
  const emitter = createEmitter<PathlightEvents>((event, error) => {
    // A throwing listener must not silence the others, nor loop through 'error' forever.
    if (event !== 'error')
      report('listener_failed', `A listener for "${String(event)}" threw: ${errorMessage(error)}`);
    else console.warn('[Pathlight] An "error" listener threw', error);
  });
  const report: Report = createReporter((error) => {
    emitter.emit('error', error);
    try {
      onErrorHook?.(error);
    } catch {
      // The host's own error hook failing is not ours to re-report.
    }
  });

  return {
    emitter,
    report,
    setErrorHook(hook) {
      onErrorHook = hook;
    },
    subscribe(event, handler, isLive) {
      try {
        if (typeof handler !== 'function') {
          report('config_invalid', `on("${String(event)}") needs a function.`);
          return () => {};
        }
        const off = emitter.on(event, handler);
        if (event !== 'ready' || !isLive()) return off;
        let subscribed = true;
        queueMicrotask(() => {
          if (!subscribed || !isLive()) return;
          try {
            (handler as (payload: PathlightEvents['ready']) => void)({});
          } catch (error) {
            report('listener_failed', `A listener for "ready" threw: ${errorMessage(error)}`);
          }
        });
        return () => {
          subscribed = false;
          off();
        };
      } catch (error) {
        report('internal', `on() failed: ${errorMessage(error)}`, error);
        return () => {};
      }
    },
    track(name, props) {
      if (typeof name !== 'string' || !name) {
        report('config_invalid', 'track() needs an event name (a non-empty string).');
        return;
      }
      emitter.emit('track', props === undefined ? { name } : { name, props });
    },
  };
}
