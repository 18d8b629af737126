import type { Runtime } from '../core/context';
import { createOutbox, type Outbox } from './outbox';
import { deliver } from './send';

/** The outbox's IndexedDB database and store (a database of its own: see core/idb.ts). */
export const OUTBOX_DB = 'pathlight-outbox';
export const OUTBOX_STORE = 'messages';
/** Opening IndexedDB may hang (a WebKit failure mode): past this, nothing can be kept. */
const OPEN_TIMEOUT_MS = 3000;
const LOCK = 'pathlight-outbox';

// Where Web Locks are missing, sends on this page still go one at a time. Shared by the page's instances on
// purpose: they share the one database, and a chain of promises holds nothing once it settles.
let chain: Promise<unknown> = Promise.resolve();
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (typeof locks?.request === 'function') return locks.request(LOCK, work) as Promise<T>;
  const next = chain.then(work, work);
  chain = next.catch(() => {});
  return next;
}

// One outbox per runtime: the key is the instance itself, so two instances never share one, and a destroyed
// instance's entry goes with it.
const outboxes = new WeakMap<Runtime, Outbox>();

/**
 * This instance's outbox, made on first use, keeping its count at `mark` in localStorage: it sends what waits on `online` and retries on a timer while the
 * page is open; `contact:sent` and `contact:failed` say how queued messages ended. `destroy()` stops it.
 * @example await outboxFor(rt, OUTBOX_MARK).flush();
 */
export function outboxFor(rt: Runtime, mark: string): Outbox {
  let outbox = outboxes.get(rt);
  if (outbox) return outbox;
  outbox = createOutbox({
    // core/idb.ts, by way of the knowledge base's chunk (see kb/chunk.ts): already loaded wherever there is a feed.
    open: () =>
      rt
        .loadChunk('kb')
        .then(({ openIdbStore, within }) =>
          within(openIdbStore(OUTBOX_DB, OUTBOX_STORE), OPEN_TIMEOUT_MS, 'Opening the outbox'),
        ),
    deliver,
    online: () => navigator.onLine !== false,
    exclusive,
    onCount: (count) => (count ? rt.storage.set(mark, count) : rt.storage.remove(mark)),
    onSettled(item, outcome) {
      const id = item.key;
      if (outcome.result === 'sent')
        rt.emit('contact:sent', {
          id,
          attachments: item.files.length,
          queued: true,
          attempts: item.attempts,
        });
      else if (outcome.result === 'rejected') {
        rt.emit('contact:failed', { id, reason: 'rejected', status: outcome.status });
        rt.log(`Contact message ${id} was refused by the endpoint (HTTP ${outcome.status}) and dropped.`);
      }
    },
    setTimer(run, ms) {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  });
  outboxes.set(rt, outbox);
  const online = () => void outbox.flush();
  addEventListener('online', online);
  rt.onDestroy(() => {
    removeEventListener('online', online);
    outbox.close();
    outboxes.delete(rt);
  });
  return outbox;
}
