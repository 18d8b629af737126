import type { Runtime } from '../core/context';
import { deferred } from '../core/deferred';
import type { PathlightEventName } from '../types';

/** One event as the tap saw it: its name, payload, when (ms since the epoch) and on which path. */
export type Tapped = [name: PathlightEventName, payload: unknown, ts: number, path: string];

/** What the tap caught before the chunk arrived; `lost` counts what the bound turned away. */
export interface Early {
  events: Tapped[];
  lost: number;
}

/** Enough for the moments before the chunk arrives; a chunk that never arrives must not grow this forever. */
const EARLY_BOUND = 100;

/**
 * Analytics as the app carries it (kept this small because the app is at its size budget), and only when
 * `config.analytics` sends events somewhere: the one all-events tap, which buffers what it sees until the lazy
 * `analytics` chunk (the pipeline) arrives and takes over. Under Global Privacy Control (with `respectGPC`, the
 * default) nothing is tapped or loaded.
 */
export function lazyAnalytics(rt: Runtime): void {
  const options = rt.config.analytics;
  if (
    !options ||
    !(options.endpoint || options.onEvent || options.forward) ||
    (options.respectGPC !== false && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)
  )
    return;
  const early: Early = { events: [], lost: 0 };
  const pipeline = deferred(rt, {
    what: 'analytics',
    load: () => rt.loadChunk('analytics'),
    setup: (chunk) => chunk.startAnalytics(rt, early),
  });
  rt.tap((name, payload) => {
    const tapped: Tapped = [name, payload, Date.now(), rt.page.$path.get()];
    const take = pipeline.current();
    if (take) take(tapped);
    else if (early.events.push(tapped) > EARLY_BOUND) early.lost += early.events.splice(0, 1).length;
  });
  pipeline.load();
}
