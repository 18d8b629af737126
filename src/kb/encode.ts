/**
 * The text as UTF-8 in a Blob, in steps of 64 K characters (run it with `sliced()`): `new Response(text)` encodes
 * it at once, a long task for a 20 MB feed. Each step joins a Blob of the ones before (a reference, not a copy).
 * @example await cache.put(url, new Response(await sliced(encodeSteps(text))));
 */
export function* encodeSteps(text: string): Generator<void, Blob> {
  const encoder = new TextEncoder();
  let blob = new Blob();
  for (let at = 0, end = 0; at < text.length; at = end) {
    end = Math.min(text.length, at + 65536);
    // A high surrogate stays with its low one.
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    blob = new Blob([blob, encoder.encode(text.slice(at, end))]);
    yield;
  }
  return blob;
}
