import type { HandoffAdapter, HandoffContext } from '../../types';

/** How long a chat may take to be ready and open before the contact form takes over (`handoff.timeoutMs`). */
export const CHAT_TIMEOUT_MS = 8000;

/**
 * Gets the adapter, waits for its chat to be ready and opens it, all within `timeoutMs`: resolves once the chat
 * is open; rejects when the adapter cannot be had, throws, rejects, or any step outlasts the deadline (a vendor
 * that never loads or hangs), and when `signal` aborts (the user left). The adapter's own signal aborts as soon
 * as the attempt settles, so it stops listening.
 * @example await connectChat(() => Promise.resolve(adapter), context, summary, 8000, controller.signal)
 */
export function connectChat(
  getAdapter: () => Promise<HandoffAdapter>,
  context: HandoffContext,
  summary: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<HandoffAdapter> {
  const inner = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let left: () => void = () => {};
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the chat was not ready within ${timeoutMs} ms`)), timeoutMs);
    left = () => reject(new Error('the hand-off was left'));
    if (signal.aborted) left();
    else signal.addEventListener('abort', left, { once: true });
  });
  const attempt = (async () => {
    const adapter = await getAdapter();
    await adapter.ready(inner.signal);
    if (inner.signal.aborted) throw new Error('too late');
    await adapter.open(context, summary);
    return adapter;
  })();
  return Promise.race([attempt, stop]).finally(() => {
    clearTimeout(timer);
    signal.removeEventListener('abort', left);
    inner.abort();
  });
}
