// The outbox alone, as a lazy chunk: a page that loads with contact messages still waiting (the app sees the
// count in localStorage) sends them without loading the form. The composition root loads this file.
import type { Runtime } from '../core/context';
import { outboxFor } from './outbox-runtime';

/** Sends what waits now, and on `online` and the retry timer afterwards; `mark` is where the count is kept. */
export const resumeOutbox = (rt: Runtime, mark: string): Promise<void> => outboxFor(rt, mark).flush();

declare module '../core/chunks' {
  interface Chunks {
    outbox: typeof import('./outbox-chunk');
  }
}
