// @vitest-environment node
// A split feed's bodies (src/kb/body.ts): the saved copy and the network at once, a fresh copy wins and is saved,
// failures say why (offline, HTTP status, not an article body), leaving the article aborts.
import { describe, expect, it, vi } from 'vitest';
import type { FetchOutcome } from '../../../src/core/fetch-text';
import { type BodyDeps, bodyProblem, loadBody } from '../../../src/kb/body';
import { createFeedCache, type FeedCache } from '../../../src/kb/feed-cache';

const URL_ = 'https://help.example.com/kb/bodies/en/reset.md';

/** A promise and its resolve, for answers the test hands out in the order it wants. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function deps(answer: Promise<FetchOutcome> | FetchOutcome, cache: FeedCache = createFeedCache()) {
  const fetchText = vi.fn((_url: string, { signal }: { signal: AbortSignal }) =>
    Promise.race([
      Promise.resolve(answer),
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    ]),
  );
  return { fetchText, cache } satisfies BodyDeps;
}

const ok = (text: string): FetchOutcome => ({ ok: true, text });

describe('loadBody', () => {
  it('shows a fresh body, and saves it for offline use', async () => {
    const d = deps(ok('# Reset\n\nOpen the page.'));
    const shown: string[] = [];
    await expect(loadBody(URL_, d, new AbortController().signal, (t) => shown.push(t))).resolves.toEqual({
      ok: true,
    });
    expect(shown).toEqual(['# Reset\n\nOpen the page.']);
    expect(d.fetchText).toHaveBeenCalledWith(URL_, expect.objectContaining({ policy: { retries: 1 } }));
    expect((await d.cache.read(URL_))?.text).toBe('# Reset\n\nOpen the page.');
  });

  it('shows the saved copy while the network answers, then the fresh one when it differs', async () => {
    const cache = createFeedCache();
    await cache.write(URL_, 'old text');
    const answer = later<FetchOutcome>();
    const shown: string[] = [];
    const done = loadBody(URL_, deps(answer.promise, cache), new AbortController().signal, (t) =>
      shown.push(t),
    );
    await vi.waitFor(() => expect(shown).toEqual(['old text']));
    answer.resolve(ok('new text'));
    await expect(done).resolves.toEqual({ ok: true });
    expect(shown).toEqual(['old text', 'new text']);
    expect((await cache.read(URL_))?.text).toBe('new text');
  });

  it('does not draw the same text twice', async () => {
    const cache = createFeedCache();
    await cache.write(URL_, 'same');
    const answer = later<FetchOutcome>();
    const shown: string[] = [];
    const done = loadBody(URL_, deps(answer.promise, cache), new AbortController().signal, (t) =>
      shown.push(t),
    );
    await vi.waitFor(() => expect(shown).toEqual(['same']));
    answer.resolve(ok('same'));
    await done;
    expect(shown).toEqual(['same']);
  });

  it('never waits for a cache that does not answer, and a late saved copy never replaces a fresh one', async () => {
    const read = later<{ text: string; storedAt: number } | undefined>();
    const cache: FeedCache = {
      read: () => read.promise,
      write: vi.fn(async () => {}),
      kind: async () => 'memory',
      close: () => {},
    };
    const shown: string[] = [];
    await expect(
      loadBody(URL_, deps(ok('fresh'), cache), new AbortController().signal, (t) => shown.push(t)),
    ).resolves.toEqual({ ok: true });
    read.resolve({ text: 'stale', storedAt: 1 });
    await new Promise((r) => setTimeout(r, 0));
    expect(shown).toEqual(['fresh']);
    expect(cache.write).toHaveBeenCalledWith(URL_, 'fresh');
  });

  it.each<[string, FetchOutcome, { problem: string; offline: boolean }]>([
    ['a missing file', { ok: false, missing: true, status: 404 }, { problem: 'HTTP 404', offline: false }],
    [
      'a server error',
      { ok: false, missing: false, reason: 'HTTP 503 after 2 attempts' },
      { problem: 'HTTP 503 after 2 attempts', offline: false },
    ],
    [
      'the browser offline',
      { ok: false, missing: false, reason: 'offline' },
      { problem: 'offline', offline: true },
    ],
    [
      'a site page where the body should be',
      ok('<!DOCTYPE html><html><title>App</title>'),
      { problem: 'a whole HTML page, not an article body', offline: false },
    ],
    ['an empty file', ok('  \n'), { problem: 'empty', offline: false }],
  ])('%s, never fetched before: nothing to show, and why', async (_name, answer, why) => {
    const shown: string[] = [];
    const cache = createFeedCache();
    const result = await loadBody(URL_, deps(answer, cache), new AbortController().signal, (t) =>
      shown.push(t),
    );
    expect(result).toEqual({ ok: false, saved: false, ...why });
    expect(shown).toEqual([]);
    expect(await cache.read(URL_)).toBeUndefined();
  });

  it('offline with a saved copy: shows it, and says it was the saved one', async () => {
    const cache = createFeedCache();
    await cache.write(URL_, 'saved text');
    const shown: string[] = [];
    const result = await loadBody(
      URL_,
      deps({ ok: false, missing: false, reason: 'offline' }, cache),
      new AbortController().signal,
      (t) => shown.push(t),
    );
    expect(result).toEqual({ ok: false, problem: 'offline', offline: true, saved: true });
    expect(shown).toEqual(['saved text']);
  });

  it('a saved copy that is not an article body is not shown', async () => {
    const cache = createFeedCache();
    await cache.write(URL_, '<html><body>login</body></html>');
    const shown: string[] = [];
    const result = await loadBody(
      URL_,
      deps({ ok: false, missing: true, status: 404 }, cache),
      new AbortController().signal,
      (t) => shown.push(t),
    );
    expect(result).toMatchObject({ ok: false, saved: false });
    expect(shown).toEqual([]);
  });

  it('rejects when the user leaves the article, and shows nothing after', async () => {
    const controller = new AbortController();
    const shown: string[] = [];
    const done = loadBody(URL_, deps(later<FetchOutcome>().promise), controller.signal, (t) => shown.push(t));
    controller.abort(new DOMException('left', 'AbortError'));
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(shown).toEqual([]);
  });
});

describe('bodyProblem', () => {
  it.each([
    ['# Title\n\nText', undefined],
    ['<h2>Steps</h2><p>Open it.</p>', undefined],
    ['<!doctype html><html lang="en">', 'a whole HTML page, not an article body'],
    ['\n  <html>\n<body>', 'a whole HTML page, not an article body'],
    ['', 'empty'],
    ['abc\u0000def', 'binary data, not text'],
  ])('%j → %s', (text, problem) => {
    expect(bodyProblem(text)).toBe(problem);
  });
});
