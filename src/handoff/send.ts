import type { Outgoing } from './message';

/** One attempt may take this long, upload included; the outbox then retries on its own schedule. */
export const SEND_TIMEOUT_MS = 60_000;
/** Statuses worth trying again later (the rest of 4xx would fail the same way again). */
const LATER = new Set([408, 425, 429]);

/**
 * `sent`; `later` (offline, network error, timeout, 5xx, 408, 425, 429: keep it and try again); or `rejected`
 * with the endpoint's status (any other 4xx: sending it again would not help).
 */
export type Delivery =
  | { result: 'sent' }
  | { result: 'later'; reason: string }
  | { result: 'rejected'; status: number };

/** The request body: JSON, or multipart with the JSON as `payload` and each file as an `attachment` part. */
function body(item: Outgoing): { body: BodyInit; headers: Record<string, string> } {
  const json = JSON.stringify(item.message);
  if (item.files.length === 0) return { body: json, headers: { 'Content-Type': 'application/json' } };
  const form = new FormData();
  form.append('payload', new Blob([json], { type: 'application/json' }), 'payload.json');
  for (const file of item.files) form.append('attachment', file.blob, file.name);
  // The browser writes the multipart boundary into Content-Type itself.
  return { body: form, headers: {} };
}

/**
 * Posts one message to its endpoint, once, with its idempotency key in the `Idempotency-Key` header (and in the
 * body). Never throws. One plain attempt rather than core's fetchText: its retries and revalidation are for GETs
 * of feeds, and the outbox keeps its own schedule across reloads (sharing that module would also split it out of
 * the knowledge base's chunk, which every page that searches loads).
 * @example if ((await deliver(item, signal)).result === 'sent') forget(item);
 */
export async function deliver(item: Outgoing, signal: AbortSignal): Promise<Delivery> {
  const { body: payload, headers } = body(item);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), SEND_TIMEOUT_MS);
  const stop = () => timeout.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const response = await fetch(item.endpoint, {
      method: 'POST',
      body: payload,
      headers: { ...headers, 'Idempotency-Key': item.key },
      credentials: 'same-origin',
      cache: 'no-store',
      signal: timeout.signal,
    });
    if (response.ok) return { result: 'sent' };
    if (response.status >= 500 || LATER.has(response.status))
      return { result: 'later', reason: `HTTP ${response.status}` };
    return { result: 'rejected', status: response.status };
  } catch (error) {
    return { result: 'later', reason: timeout.signal.aborted ? 'timed out' : String(error) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
