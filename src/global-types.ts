/**
 * Types for the script tag (`import type {} from 'pathlight/global'`, or `/// <reference types="pathlight/global" />`):
 * `window.Pathlight`, callable by method name or with methods, and `window.pathlightSettings`. Types only;
 * `pathlight/global`'s JavaScript is the first script (`pathlight.global.js`), which installs this global.
 *
 * @example
 * window.Pathlight('init', { feed: '/help/feed.json' });
 * window.Pathlight('open', 'contact');
 * window.Pathlight.on('search', ({ query }) => console.log(query));
 */
import type { MethodName } from './core/methods';
import type { PathlightConfig, PathlightInstance } from './types';

/** What `window.Pathlight` is once the script ran: the instance's methods, and a call by name. */
export interface PathlightGlobal extends PathlightInstance {
  /** A method by name (what the async snippet queues before the script arrives): `Pathlight('open', 'contact')`. */
  <K extends MethodName>(
    method: K,
    ...args: Parameters<PathlightInstance[K]>
  ): ReturnType<PathlightInstance[K]> | undefined;
  /** The version of the script that installed it. */
  readonly version: string;
}

declare global {
  interface Window {
    /** Pathlight's script-tag API (the snippet's queue stub until `pathlight.global.js` runs). */
    Pathlight: PathlightGlobal;
    /** Settings for a zero-code setup: read once by `pathlight.global.js` when no `init` call was queued. */
    pathlightSettings?: PathlightConfig;
  }
}
