// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { Outgoing } from '../../../src/handoff/message';
import { createOutbox, OUTBOX_LIMITS, type OutboxDeps, retryDelay } from '../../../src/handoff/outbox';
import type { Delivery } from '../../../src/handoff/send';

const item = (key: string, bytes = 0, queuedAt = 1): Outgoing => ({
  key,
  endpoint: '/api/contact',
  message: {
    idempotencyKey: key,
    name: '',
    email: 'a@b.c',
    message: 'hi',
    context: { query: '', recentQueries: [], failedQueries: [], viewedArticles: [], path: '/', locale: 'en' },
    createdAt: '2026-12-01T00:00:00Z',
    attachments: [],
  },
  files: bytes
    ? [{ name: 'f.bin', type: 'application/octet-stream', blob: new Blob([new Uint8Array(bytes)]) }]
    : [],
  attempts: 0,
  queuedAt,
});

/** An outbox over a Map, with deliveries answered from a script and timers collected to run by hand. */
function harness(answers: Delivery['result'][], overrides: Partial<OutboxDeps> = {}) {
  const stored = new Map<string, Outgoing>();
  const sent: string[] = [];
  const settled: [string, string][] = [];
  const counts: number[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let online = true;
  const outbox = createOutbox({
    open: async () => ({
      all: async <T>() => [...stored.values()].map((v) => structuredClone(v)) as T[],
      put: async (key: string, value: unknown) => void stored.set(key, structuredClone(value as Outgoing)),
      delete: async (key: string) => void stored.delete(key),
    }),
    async deliver(outgoing) {
      sent.push(outgoing.key);
      const result = answers.shift() ?? 'sent';
      return result === 'rejected'
        ? { result, status: 422 }
        : result === 'later'
          ? { result, reason: 'HTTP 503' }
          : { result };
    },
    online: () => online,
    exclusive: (work) => work(),
    onCount: (n) => counts.push(n),
    onSettled: (outgoing, outcome) => settled.push([outgoing.key, outcome.result]),
    setTimer(run, ms) {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    random: () => 0.5,
    ...overrides,
  });
  return { outbox, stored, sent, settled, counts, timers, offline: (v: boolean) => (online = !v) };
}

describe('createOutbox', () => {
  it('sends at once when online, and keeps nothing after', async () => {
    const h = harness(['sent']);
    expect(await h.outbox.submit(item('a'))).toEqual({ result: 'sent' });
    expect(h.sent).toEqual(['a']);
    expect(h.stored.size).toBe(0);
    expect(h.counts.at(-1)).toBe(0);
  });

  it('an endpoint that fails twice: kept, retried on the timer with the same key, settled once', async () => {
    const h = harness(['later', 'later', 'sent']);
    expect((await h.outbox.submit(item('a'))).result).toBe('later');
    expect(h.stored.get('a')?.attempts).toBe(1);
    expect(h.counts.at(-1)).toBe(1);
    expect(h.timers.map((t) => t.ms)).toEqual([1500]);
    h.timers[0]?.run();
    await vi.waitFor(() => expect(h.sent).toEqual(['a', 'a']));
    await vi.waitFor(() => expect(h.timers.map((t) => t.ms)).toEqual([3000]));
    h.timers[0]?.run();
    await vi.waitFor(() => expect(h.settled).toEqual([['a', 'sent']]));
    expect(h.sent).toEqual(['a', 'a', 'a']);
    expect(h.stored.size).toBe(0);
    expect(h.counts.at(-1)).toBe(0);
  });

  it('offline: kept without trying; a flush while offline tries nothing; online sends it once', async () => {
    const h = harness([]);
    h.offline(true);
    expect(await h.outbox.submit(item('a'))).toEqual({ result: 'later', reason: 'offline' });
    expect(h.sent).toEqual([]);
    await h.outbox.flush();
    expect(h.sent).toEqual([]);
    h.offline(false);
    await h.outbox.flush();
    await h.outbox.flush();
    expect(h.sent).toEqual(['a']);
    expect(h.settled).toEqual([['a', 'sent']]);
  });

  it('a refused message is dropped, not retried', async () => {
    const h = harness(['rejected']);
    expect(await h.outbox.submit(item('a'))).toEqual({ result: 'rejected', status: 422 });
    expect(h.stored.size).toBe(0);
    expect(h.timers).toEqual([]);
  });

  it('oldest first; a failure stops the round and waits for the timer', async () => {
    const h = harness(['sent', 'later', 'later']);
    h.offline(true);
    await h.outbox.submit(item('new', 0, 2));
    await h.outbox.submit(item('old', 0, 1));
    await h.outbox.submit(item('newest', 0, 3));
    h.offline(false);
    await h.outbox.flush();
    expect(h.sent).toEqual(['old', 'new']);
    expect(h.settled).toEqual([['old', 'sent']]);
    expect([...h.stored.keys()].sort()).toEqual(['new', 'newest']);
    expect(h.timers.length).toBe(1);
  });

  it.each([
    [
      'the message count',
      () => Array.from({ length: OUTBOX_LIMITS.messages }, (_, i) => item(`q${i}`)),
      item('one-more'),
    ],
    ['the bytes', () => [item('big', OUTBOX_LIMITS.bytes - 2000)], item('small', 3000)],
  ])('over %s: not kept, and said so ("full") when it cannot go now', async (_, fill, extra) => {
    const h = harness([]);
    h.offline(true);
    for (const queued of fill()) expect((await h.outbox.submit(queued)).result).toBe('later');
    expect(await h.outbox.submit(extra)).toEqual({ result: 'lost', why: 'full' });
    expect(h.stored.has(extra.key)).toBe(false);
  });

  it('storage refused (no IndexedDB): sent directly when it can be, "storage" when it cannot', async () => {
    const h = harness(['sent', 'later'], { open: async () => undefined });
    expect(await h.outbox.submit(item('a'))).toEqual({ result: 'sent' });
    expect(await h.outbox.submit(item('b'))).toEqual({ result: 'lost', why: 'storage' });
    const rejecting = harness([], { open: () => Promise.reject(new Error('QuotaExceededError')) });
    rejecting.offline(true);
    expect(await rejecting.outbox.submit(item('c'))).toEqual({ result: 'lost', why: 'storage' });
  });

  it('close() stops the retry timer', async () => {
    const h = harness(['later']);
    await h.outbox.submit(item('a'));
    expect(h.timers.length).toBe(1);
    h.outbox.close();
    expect(h.timers.length).toBe(0);
  });
});

describe('retryDelay', () => {
  it.each([
    [0, 0, 1000],
    [0, 1, 2000],
    [1, 0, 2000],
    [3, 1, 16000],
    [12, 1, 300000],
    [60, 0.5, 225000],
  ])('retry %i with random %d waits %i ms', (n, random, ms) => {
    expect(retryDelay(n, () => random)).toBe(ms);
  });
});
