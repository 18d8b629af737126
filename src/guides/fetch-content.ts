import { fetchText } from '../core/fetch-text';

/**
 * Fetches and parses a guide content file through the shared fetcher (timeout, bounded jittered
 * retries, `Retry-After`, HTTP-cache revalidation). Rejects with a readable message, or with the
 * signal's reason when aborted.
 *
 * @example
 * const json = await fetchContent('/help/guides.json', { signal: controller.signal });
 */
export async function fetchContent(
  url: string,
  options: { signal: AbortSignal; random?: () => number },
): Promise<unknown> {
  const outcome = await fetchText(url, {
    signal: options.signal,
    // Guide content is one small file: fewer, longer attempts than a feed.
    policy: { timeoutMs: 10_000, retries: 2 },
    ...(options.random ? { random: options.random } : {}),
  });
  if (!outcome.ok) throw new Error(outcome.missing ? `HTTP ${outcome.status}` : outcome.reason);
  try {
    return JSON.parse(outcome.text) as unknown;
  } catch {
    throw new Error('the response is not JSON');
  }
}
