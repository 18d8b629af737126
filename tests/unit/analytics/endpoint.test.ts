import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BATCH_SIZE,
  createEndpoint,
  type Endpoint,
  MAX_QUEUE,
  type WireRecord,
} from '../../../src/analytics/endpoint';
import { createStorage, type KeyValueStorage } from '../../../src/core/storage';

const record = (n: number): WireRecord => ({ id: `e${n}`, name: 'search', ts: n, props: { query: `q${n}` } });

/** A fake endpoint: answers each POST with the next status of `statuses` (then 200), and keeps every body. */
function fakeFetch(statuses: Array<number | 'network'> = []) {
  const bodies: WireRecord[][] = [];
  const inits: RequestInit[] = [];
  const fn = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    inits.push(init ?? {});
    bodies.push((JSON.parse(String(init?.body)) as { events: WireRecord[] }).events);
    const status = statuses.shift() ?? 200;
    if (status === 'network') throw new TypeError('Failed to fetch');
    return new Response(null, { status, headers: status === 429 ? { 'Retry-After': '7' } : {} });
  });
  return { fn, bodies, inits, ids: () => bodies.flat().map((r) => r.id) };
}

let storage: KeyValueStorage;
let win: EventTarget;
let doc: EventTarget & { visibilityState: string };
const endpoints: Endpoint[] = [];
const dropped: Array<[number, string]> = [];

function make(
  fetch: ReturnType<typeof fakeFetch>,
  more: { sendBeacon?: (u: string, b: string) => boolean } = {},
) {
  const endpoint = createEndpoint({
    url: '/collect',
    storage,
    onDrop: (n, why) => dropped.push([n, why]),
    log: () => {},
    fetch: fetch.fn as unknown as typeof globalThis.fetch,
    random: () => 0.5,
    win: win as Window,
    doc: doc as unknown as Document,
    ...more,
  });
  endpoints.push(endpoint);
  return endpoint;
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  storage = createStorage({ report: () => {} });
  win = new EventTarget();
  doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  dropped.length = 0;
});
afterEach(() => {
  for (const endpoint of endpoints.splice(0)) endpoint.stop();
  vi.useRealTimers();
});

describe('endpoint transport', () => {
  it('batches a burst into one POST of { events } a second later, without cookies', async () => {
    const fetch = fakeFetch();
    const endpoint = make(fetch);
    for (let n = 0; n < 5; n++) endpoint.add(record(n));
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch.fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.bodies).toEqual([[0, 1, 2, 3, 4].map(record)]);
    expect(fetch.inits[0]).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json' },
    });
    // Delivered: nothing left to send or to keep.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch.fn).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('pathlight:analytics:queue')).toBeNull();
  });

  it(`sends a full batch of ${BATCH_SIZE} at once, and the rest after it`, async () => {
    const fetch = fakeFetch();
    const endpoint = make(fetch);
    for (let n = 0; n < BATCH_SIZE + 3; n++) endpoint.add(record(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch.bodies[0]).toHaveLength(BATCH_SIZE);
    // The rest right after the answer, not a second later.
    await vi.advanceTimersByTimeAsync(50);
    expect(fetch.bodies[1]).toHaveLength(3);
    expect(new Set(fetch.ids()).size).toBe(BATCH_SIZE + 3);
  });

  it('retries a 503, a network error and a 429 with the same ids, waiting (jittered, Retry-After) and delivering once', async () => {
    const fetch = fakeFetch([503, 'network', 429]);
    const endpoint = make(fetch);
    endpoint.add(record(1));
    endpoint.add(record(2));
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch.fn).toHaveBeenCalledTimes(1);
    // The first retry: random 0.5 of a 1 s ceiling, with a floor of a tenth.
    await vi.advanceTimersByTimeAsync(549);
    expect(fetch.fn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.fn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1100);
    expect(fetch.fn).toHaveBeenCalledTimes(3);
    // 429 with Retry-After: 7 waits the 7 s it asks, more than the backoff would.
    await vi.advanceTimersByTimeAsync(6999);
    expect(fetch.fn).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.fn).toHaveBeenCalledTimes(4);
    expect(fetch.bodies.every((batch) => batch.map((r) => r.id).join() === 'e1,e2')).toBe(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch.fn).toHaveBeenCalledTimes(4);
    expect(dropped).toEqual([]);
  });

  it('keeps what it could not send across a reload, and the next page sends it', async () => {
    const down = fakeFetch(['network', 'network', 'network']);
    const first = make(down);
    first.add(record(1));
    first.add(record(2));
    await vi.advanceTimersByTimeAsync(1000);
    first.stop();
    const kept = JSON.parse(localStorage.getItem('pathlight:analytics:queue') ?? 'null') as {
      d: WireRecord[];
    };
    expect(kept.d.map((r) => r.id)).toEqual(['e1', 'e2']);

    const up = fakeFetch();
    make(up);
    await vi.advanceTimersByTimeAsync(1000);
    expect(up.ids()).toEqual(['e1', 'e2']);
    expect(localStorage.getItem('pathlight:analytics:queue')).toBeNull();
  });

  it(`holds at most ${MAX_QUEUE}: the oldest are dropped, counted and reported`, async () => {
    const fetch = fakeFetch(Array(50).fill('network'));
    const endpoint = make(fetch);
    for (let n = 0; n < MAX_QUEUE + 7; n++) endpoint.add(record(n));
    expect(dropped).toEqual([
      [1, `the queue holds at most ${MAX_QUEUE}`],
      [1, `the queue holds at most ${MAX_QUEUE}`],
      [1, `the queue holds at most ${MAX_QUEUE}`],
      [1, `the queue holds at most ${MAX_QUEUE}`],
      [1, `the queue holds at most ${MAX_QUEUE}`],
      [1, `the queue holds at most ${MAX_QUEUE}`],
      [1, `the queue holds at most ${MAX_QUEUE}`],
    ]);
    endpoint.stop();
    const kept = JSON.parse(localStorage.getItem('pathlight:analytics:queue') ?? 'null') as {
      d: WireRecord[];
    };
    expect(kept.d).toHaveLength(MAX_QUEUE);
    expect(kept.d[0]?.id).toBe('e7');
  });

  it('drops a batch the endpoint refuses for good (400), says how many, and goes on with the rest', async () => {
    const fetch = fakeFetch([400]);
    const endpoint = make(fetch);
    for (let n = 0; n < BATCH_SIZE + 1; n++) endpoint.add(record(n));
    await vi.advanceTimersByTimeAsync(50);
    expect(dropped).toEqual([[BATCH_SIZE, 'the endpoint refused them (HTTP 400)']]);
    expect(fetch.bodies[1]?.map((r) => r.id)).toEqual([`e${BATCH_SIZE}`]);
  });

  it('on pagehide sends what is queued with keepalive, once (also when visibilitychange follows)', async () => {
    const fetch = fakeFetch();
    const endpoint = make(fetch);
    endpoint.add(record(1));
    win.dispatchEvent(new Event('pagehide'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fetch.inits[0]).toMatchObject({ keepalive: true, method: 'POST', credentials: 'omit' });
    expect(fetch.ids()).toEqual(['e1']);
    // Kept until the answer: a page that unloads never hears it, and the next page sends the record again.
    expect(localStorage.getItem('pathlight:analytics:queue')).toContain('e1');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch.fn).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('pathlight:analytics:queue')).toBeNull();
  });

  it('a keepalive request that fails (the page lived on) is retried, not lost', async () => {
    const fetch = fakeFetch([503]);
    const endpoint = make(fetch);
    endpoint.add(record(1));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch.bodies.map((b) => b.map((r) => r.id))).toEqual([['e1'], ['e1']]);
    expect(localStorage.getItem('pathlight:analytics:queue')).toBeNull();
  });

  it('falls back to sendBeacon where a keepalive fetch throws (over its budget)', () => {
    const beacon = vi.fn((_url: string, _body: string) => true);
    const throwing = fakeFetch();
    throwing.fn.mockImplementationOnce(() => {
      throw new TypeError('keepalive budget exceeded');
    });
    const endpoint = make(throwing, { sendBeacon: beacon });
    endpoint.add(record(1));
    win.dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledTimes(1);
    expect(JSON.parse(beacon.mock.calls[0]?.[1] ?? '')).toEqual({ events: [record(1)] });
    // A beacon never answers: the record stays stored for the next page, and is not sent twice on this one.
    expect(localStorage.getItem('pathlight:analytics:queue')).toContain('e1');
    win.dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledTimes(1);
  });

  it('keeps the events for the next page when neither keepalive nor the beacon takes them', () => {
    const throwing = fakeFetch();
    throwing.fn.mockImplementation(() => {
      throw new TypeError('no');
    });
    const endpoint = make(throwing, { sendBeacon: () => false });
    endpoint.add(record(1));
    win.dispatchEvent(new Event('pagehide'));
    const kept = JSON.parse(localStorage.getItem('pathlight:analytics:queue') ?? 'null') as {
      d: WireRecord[];
    };
    expect(kept.d.map((r) => r.id)).toEqual(['e1']);
  });

  it('when the tab is hidden, sends the queue but not the batch of a request still under way', async () => {
    let answer: (r: Response) => void = () => {};
    const fetch = fakeFetch();
    fetch.fn.mockImplementationOnce(async (_u, init) => {
      fetch.bodies.push((JSON.parse(String(init?.body)) as { events: WireRecord[] }).events);
      return new Promise<Response>((resolve) => {
        answer = resolve;
      });
    });
    const endpoint = make(fetch);
    endpoint.add(record(1));
    await vi.advanceTimersByTimeAsync(1000);
    endpoint.add(record(2));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fetch.bodies.map((b) => b.map((r) => r.id))).toEqual([['e1'], ['e2']]);
    answer(new Response(null, { status: 200 }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch.ids()).toEqual(['e1', 'e2']);
  });

  it('drop() forgets the queue in memory and storage', async () => {
    const fetch = fakeFetch(['network']);
    const endpoint = make(fetch);
    endpoint.add(record(1));
    await vi.advanceTimersByTimeAsync(1000);
    endpoint.drop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch.fn).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('pathlight:analytics:queue')).toBeNull();
  });

  it('a flaky endpoint (accepts but fails to answer, 5xx, resets) loses nothing; the receiver de-duplicates by id', async () => {
    const received = new Map<string, number>();
    let n = 0;
    const flaky = vi.fn(async (_u: string | URL | Request, init?: RequestInit) => {
      const events = (JSON.parse(String(init?.body)) as { events: WireRecord[] }).events;
      const kind = n++ % 4;
      if (kind === 1) throw new TypeError('connection reset');
      // Stored, but the answer is lost: the client must retry, and the receiver sees those ids again.
      for (const e of events) received.set(e.id, (received.get(e.id) ?? 0) + 1);
      if (kind === 2) throw new TypeError('connection reset after the body');
      return new Response(null, { status: kind === 3 ? 502 : 200 });
    });
    const endpoint = createEndpoint({
      url: '/collect',
      storage,
      onDrop: (count, why) => dropped.push([count, why]),
      log: () => {},
      fetch: flaky as unknown as typeof fetch,
      random: Math.random,
      win: win as Window,
      doc: doc as unknown as Document,
    });
    endpoints.push(endpoint);
    for (let i = 0; i < 95; i++) {
      endpoint.add(record(i));
      if (i % 10 === 0) await vi.advanceTimersByTimeAsync(300);
    }
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect([...received.keys()].sort()).toEqual(Array.from({ length: 95 }, (_, i) => `e${i}`).sort());
    expect(dropped).toEqual([]);
    expect(localStorage.getItem('pathlight:analytics:queue')).toBeNull();
  });
});
