import { fetchText } from '../core/fetch-text';
import type { Outgoing } from './message';

/** One delivery attempt: the outbox retries on its own schedule, across reloads. */
const SEND_POLICY = { retries: 0, timeoutMs: 60_000 };

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
 * body). Never throws.
 * @example if ((await deliver(item, signal)).result === 'sent') outbox.remove(item.key);
 */
export async function deliver(item: Outgoing, signal: AbortSignal): Promise<Delivery> {
  const { body: payload, headers } = body(item);
  try {
    const outcome = await fetchText(item.endpoint, {
      signal,
      policy: SEND_POLICY,
      init: {
        method: 'POST',
        body: payload,
        headers: { ...headers, 'Idempotency-Key': item.key },
        cache: 'no-store',
      },
    });
    if (outcome.ok) return { result: 'sent' };
    if (outcome.missing) return { result: 'rejected', status: outcome.status };
    if (outcome.status !== undefined) return { result: 'rejected', status: outcome.status };
    return { result: 'later', reason: outcome.reason };
  } catch (error) {
    return { result: 'later', reason: String(error) };
  }
}
