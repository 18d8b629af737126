/**
 * The instance a framework binding hands its components: created at once (no DOM touched, so it is safe
 * during server-side rendering and in render functions), started and stopped by the binding's life cycle.
 * Calls made before it starts — a child's effect runs before its provider's — wait and run in order
 * once it starts; `on` subscribes at any time (subscriptions outlive a stop and a new start, which
 * React's StrictMode does on every mount in development).
 */
import { METHOD_NAMES, type MethodName } from '../core/methods';
import { createPathlight } from '../index';
import type { PathlightConfig, PathlightInstance } from '../types';

export interface BoundInstance {
  /** What components call: the instance's methods. */
  readonly api: PathlightInstance;
  /** Starts the widget with `config` (in the browser only), then runs the calls that waited. */
  start(config: PathlightConfig): void;
  /** Removes the widget from the page (unmount); a later `start` brings it back. */
  stop(): void;
}

/** Methods that never wait: they belong to the binding's life cycle, or work before start. */
const IMMEDIATE: readonly MethodName[] = ['init', 'destroy', 'on', 'debug'];

/**
 * @example
 * const bound = boundInstance();
 * bound.api.open('contact'); // waits
 * bound.start({ feed: '/help/feed.json' }); // the widget starts, then the panel opens
 */
export function boundInstance(): BoundInstance {
  const help = createPathlight();
  let started = false;
  const waiting: Array<[MethodName, unknown[]]> = [];
  const call = (name: MethodName, args: unknown[]) => (help[name] as (...a: unknown[]) => unknown)(...args);
  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      (...args: unknown[]) => {
        if (started || IMMEDIATE.includes(name)) return call(name, args);
        waiting.push([name, args]);
        return undefined;
      },
    ]),
  ) as unknown as PathlightInstance;
  return {
    api,
    start(config) {
      if (started || typeof document === 'undefined') return;
      help.init(config);
      started = true;
      for (const [name, args] of waiting.splice(0)) call(name, args);
    },
    stop() {
      started = false;
      waiting.length = 0;
      help.destroy();
    },
  };
}
