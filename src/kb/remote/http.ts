/**
 * One engine request: JSON in, JSON out, the caller's signal (keystroke and timeout) on it. No retries: a user
 * typing on asks again anyway, and a failure falls back to the feed's index at once.
 */
export async function engineJson(url: string, init: RequestInit & { signal: AbortSignal }): Promise<unknown> {
  const response = await fetch(url, { credentials: 'omit', ...init });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered HTTP ${response.status}`);
  return response.json();
}

/** A host without its trailing slashes, so paths can be appended. */
export const trimHost = (host: string) => host.replace(/\/+$/, '');

/** A record's string field, or undefined. */
export const text = (value: unknown, key: string): string | undefined => {
  const field = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' ? field : typeof field === 'number' ? String(field) : undefined;
};

/** The engine's list of hits, or an error saying the response was not what that engine sends. */
export function hitsOf(body: unknown, key: string, engine: string): unknown[] {
  const hits = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(hits)) throw new Error(`${engine} answered without a "${key}" list`);
  return hits;
}
