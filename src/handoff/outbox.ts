import type { IdbStore } from '../core/idb';
import type { Outgoing } from './message';
import { sizeOf } from './message';
import type { Delivery } from './send';

/** The outbox's bounds: a message that would pass either is not kept (the form says so). */
export const OUTBOX_LIMITS = { messages: 20, bytes: 50 * 1024 * 1024 };
/** Retries while the page stays open and online: 2 s, 4 s, 8 s… up to 5 minutes apart. */
const RETRY_BASE_MS = 2000;
const RETRY_MAX_MS = 5 * 60_000;

/** The wait before retry `n` (from 0), with "equal jitter" (half fixed, half random) so clients do not retry in step. */
export const retryDelay = (n: number, random: () => number): number => {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(n, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
};

/** Where a message stands after `submit` or a retry. */
export type OutboxResult =
  | Delivery
  /** Not delivered and not kept: the outbox is full, or storage refused it. */
  | { result: 'lost'; why: 'full' | 'storage' };

export interface OutboxDeps {
  /** The store (IndexedDB in the browser); undefined or a rejection: nothing can be kept. */
  open(): Promise<Pick<IdbStore, 'all' | 'put' | 'delete'> | undefined>;
  deliver(item: Outgoing, signal: AbortSignal): Promise<Delivery>;
  /** Whether the browser thinks it is online (`navigator.onLine`). */
  online(): boolean;
  /** Runs `work` while no other tab of this origin sends (Web Locks where they exist). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** After every change: how many messages wait (the app keeps this count to resume on the next load). */
  onCount(count: number): void;
  /** A queued message reached its end later: delivered or refused. */
  onSettled(item: Outgoing, outcome: Delivery): void;
  setTimer(run: () => void, ms: number): () => void;
  random?: () => number;
}

export interface Outbox {
  /**
   * Keeps the message first (so a reload or a crash mid-send loses nothing), then sends it unless offline.
   * `later` means it is kept and will go on its own; `lost` that it could not be kept (and was not delivered).
   */
  submit(item: Outgoing): Promise<OutboxResult>;
  /** Sends every waiting message once, oldest first (on `online`, on load, on the retry timer). */
  flush(): Promise<void>;
  /** Stops retrying and aborts a send in flight. */
  close(): void;
}

/**
 * The contact form's outbox: messages wait in IndexedDB (bounded) until the endpoint accepts or refuses
 * them, and go exactly once, with the same idempotency key on every attempt, across reloads. Delivered or
 * refused messages, their files included, are deleted from storage at once.
 * @example
 * const outbox = createOutbox({ open: () => openIdbStore('pathlight-outbox', 'messages'), deliver, … });
 * const { result } = await outbox.submit(item); // 'sent' | 'later' | 'rejected' | 'lost'
 */
export function createOutbox(deps: OutboxDeps): Outbox {
  const controller = new AbortController();
  let store: ReturnType<OutboxDeps['open']> | undefined;
  let cancelTimer: (() => void) | undefined;
  let failures = 0;
  const random = deps.random ?? Math.random;

  const open = async () => {
    store ??= deps.open().catch(() => undefined);
    return store;
  };
  const count = async () => {
    const items = (await (await open())?.all<Outgoing>().catch(() => undefined)) ?? [];
    deps.onCount(items.length);
  };
  const retryLater = () => {
    cancelTimer?.();
    cancelTimer = deps.setTimer(() => void flush(), retryDelay(failures++, random));
  };

  /** One attempt: the stored copy counts it, then goes when the endpoint answered for good. */
  const attempt = async (item: Outgoing, kept: boolean): Promise<Delivery> => {
    const target = await open();
    item.attempts += 1;
    const outcome = await deps.deliver(item, controller.signal);
    if (outcome.result === 'later') {
      if (kept) await target?.put(item.key, item).catch(() => {});
    } else {
      failures = 0;
      if (kept) await target?.delete(item.key).catch(() => {});
    }
    return outcome;
  };

  const keep = async (item: Outgoing): Promise<'kept' | 'full' | 'storage'> => {
    const target = await open();
    if (!target) return 'storage';
    try {
      const waiting = await target.all<Outgoing>();
      const bytes = waiting.reduce((sum, queued) => sum + sizeOf(queued), sizeOf(item));
      if (waiting.length >= OUTBOX_LIMITS.messages || bytes > OUTBOX_LIMITS.bytes) return 'full';
      await target.put(item.key, item);
      return 'kept';
    } catch {
      return 'storage';
    }
  };

  const flush = (): Promise<void> =>
    deps.exclusive(async () => {
      cancelTimer?.();
      const target = await open();
      if (!target || controller.signal.aborted) return;
      const waiting = await target.all<Outgoing>().catch(() => [] as Outgoing[]);
      for (const item of waiting.sort((a, b) => a.queuedAt - b.queuedAt)) {
        if (!deps.online() || controller.signal.aborted) break;
        const outcome = await attempt(item, true);
        if (outcome.result === 'later') {
          retryLater();
          break;
        }
        deps.onSettled(item, outcome);
      }
      await count();
    });

  return {
    submit: (item) =>
      deps.exclusive(async (): Promise<OutboxResult> => {
        const kept = await keep(item);
        let outcome: OutboxResult = { result: 'later', reason: 'offline' };
        if (deps.online()) outcome = await attempt(item, kept === 'kept');
        if (outcome.result === 'later') {
          if (kept !== 'kept') return { result: 'lost', why: kept };
          if (deps.online()) retryLater();
        }
        await count();
        return outcome;
      }),
    flush,
    close() {
      cancelTimer?.();
      controller.abort();
    },
  };
}
