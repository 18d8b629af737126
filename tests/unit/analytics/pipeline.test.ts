import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPathlight } from '../../../src/index';
import type { AnalyticsConfig, AnalyticsEvent, PathlightInstance } from '../../../src/types';
import { codes, collectErrors, resetPage, spyWarn, tick } from '../setup/dom';

const made: PathlightInstance[] = [];
let requests: Array<{ url: string; events: AnalyticsEvent[] }>;

/** An instance whose analytics go to `onEvent` (collected) and, with `endpoint`, to a fake fetch. */
function start(analytics: AnalyticsConfig = {}, more: Parameters<typeof createPathlight>[0] = {}) {
  const seen: AnalyticsEvent[] = [];
  const help = createPathlight({ ...more, analytics: { onEvent: (e) => seen.push(e), ...analytics } });
  made.push(help);
  return { help, seen };
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Every key Pathlight wrote, both storages. */
const storedKeys = () =>
  [...Object.keys(localStorage), ...Object.keys(sessionStorage).map((k) => `session ${k}`)].sort();
/** The records of `track()` calls, by the name given to it. */
const tracks = (seen: AnalyticsEvent[]) => seen.filter((e) => e.name === 'track');
const trackName = (e: AnalyticsEvent) => (e.props as { name: string }).name;
/** The lazy chunk compiles on first use, which takes a while under load. */
const arrived = (seen: unknown[], count = 1) =>
  vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(count), { timeout: 15_000 });

beforeEach(() => {
  resetPage();
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, events: (JSON.parse(String(init?.body)) as { events: AnalyticsEvent[] }).events });
      return new Response(null, { status: 200 });
    }),
  );
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetPage();
});

describe('one pipeline: every event becomes a typed record', () => {
  it('carries id, name, ts, sessionId, anonymousId, locale, path (no query, no fragment) and masked props', async () => {
    history.replaceState(null, '', '/billing/invoices?invoice=INV-1042&token=s3cr3t#row-4');
    const { help, seen } = start();
    help.track('invoice_help', { note: 'mail jan.kowalski@firma.pl or call +48 512 345 678 about INV-1042' });
    await arrived(seen);
    const event = seen.find((e) => e.name === 'track');
    expect(event).toMatchObject({
      name: 'track',
      locale: 'en',
      path: '/billing/invoices',
      props: { name: 'invoice_help', props: { note: 'mail [email] or call [phone] about INV-1042' } },
    });
    expect(event?.id).toMatch(UUID);
    expect(event?.sessionId).toMatch(UUID);
    expect(event?.anonymousId).toMatch(UUID);
    expect(event?.ts).toBeTypeOf('number');
    expect(event?.timestamp).toBe(event?.ts);
    expect(event).not.toHaveProperty('userId');
    expect(event).not.toHaveProperty('traits');
    expect(JSON.stringify(seen)).not.toMatch(/s3cr3t|row-4|firma\.pl|512 345/);
  });

  it('taps every event, also those before the chunk arrived, in order, each with its own id', async () => {
    const { help, seen } = start();
    help.track('one');
    help.track('two');
    history.pushState(null, '', '/settings?tab=team');
    await arrived(seen, 3);
    help.track('three');
    const names = seen
      .filter((e) => e.name !== 'route')
      .map((e) => (e.name === 'track' ? `track:${trackName(e)}` : e.name));
    // `ready` too: the ESM build fires it once the features (analytics first) have started.
    expect(names).toEqual(['ready', 'track:one', 'track:two', 'track:three']);
    // The route record sits between the calls around it.
    const order = seen.map((e) => (e.name === 'track' ? trackName(e) : e.name));
    expect(order.indexOf('route')).toBeGreaterThan(order.indexOf('two'));
    expect(order.indexOf('route')).toBeLessThan(order.indexOf('three'));
    expect(seen.find((e) => e.name === 'route')?.path).toBe('/settings');
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    // One visit, one browser.
    expect(new Set(seen.map((e) => e.sessionId)).size).toBe(1);
    expect(new Set(seen.map((e) => e.anonymousId)).size).toBe(1);
  });

  it('error events go through it too', async () => {
    const { help, seen } = start();
    spyWarn();
    help.identify('');
    await arrived(seen, 2);
    expect(seen[1]).toMatchObject({ name: 'error', props: { code: 'config_invalid' } });
  });

  it('carries the user id, and of the traits only those allow-listed', async () => {
    const { help, seen } = start({ traits: ['plan'] });
    help.identify('user-42', { plan: 'pro', email: 'jan@firma.pl', role: 'admin' });
    help.track('x');
    await arrived(seen, 2);
    expect(tracks(seen)[0]).toMatchObject({ userId: 'user-42', traits: { plan: 'pro' } });
    expect(JSON.stringify(seen)).not.toMatch(/firma|admin/);
  });

  it('sends no traits without an allow-list', async () => {
    const { help, seen } = start();
    help.identify('user-42', { plan: 'pro' });
    help.track('x');
    await arrived(seen, 2);
    expect(tracks(seen)[0]?.userId).toBe('user-42');
    expect(tracks(seen)[0]).not.toHaveProperty('traits');
  });

  it('reset() (log out) starts a new anonymous id', async () => {
    const { help, seen } = start();
    help.identify('user-42');
    help.track('before');
    await arrived(seen, 2);
    help.reset();
    help.track('after');
    const [before, after] = tracks(seen);
    expect(after?.anonymousId).not.toBe(before?.anonymousId);
    expect(before?.userId).toBe('user-42');
    expect(after).not.toHaveProperty('userId');
  });

  it('sends records to the endpoint without `timestamp`, and keeps nothing once delivered', async () => {
    const { help, seen } = start({ endpoint: '/collect' });
    help.track('x');
    await arrived(seen, 2);
    await vi.waitFor(() => expect(requests).toHaveLength(1), { timeout: 5000 });
    const wire = seen.map(({ timestamp: _same, ...record }) => record);
    expect(requests[0]).toEqual({ url: '/collect', events: wire });
    await vi.waitFor(() => expect(localStorage.getItem('pathlight:analytics:queue')).toBeNull());
  });

  it('does nothing when analytics sends nowhere: no tap, no chunk, no requests', async () => {
    const help = createPathlight({ analytics: { requireConsent: true } });
    made.push(help);
    help.track('x');
    await tick(100);
    expect(requests).toEqual([]);
    expect(storedKeys().filter((k) => k.includes('analytics'))).toEqual([]);
  });
});

describe('beforeSend', () => {
  it('changes an event or drops it (null), before onEvent and the endpoint', async () => {
    const { help, seen } = start({
      endpoint: '/collect',
      beforeSend: (event) => {
        if (event.name === 'track' && (event.props as { name: string }).name === 'secret') return null;
        return { ...event, path: '/redacted' };
      },
    });
    help.track('secret');
    help.track('kept');
    await arrived(seen, 2);
    await vi.waitFor(() => expect(requests).toHaveLength(1), { timeout: 5000 });
    expect(tracks(seen).map(trackName)).toEqual(['kept']);
    expect(seen.every((e) => e.path === '/redacted')).toBe(true);
    const sent = requests[0]?.events ?? [];
    expect(sent.filter((e) => e.name === 'track').map((e) => [trackName(e), e.path])).toEqual([
      ['kept', '/redacted'],
    ]);
  });

  it('a beforeSend that throws drops the event and is reported once, not once per event', async () => {
    const warn = spyWarn();
    const onEvent = vi.fn();
    const help = createPathlight({
      analytics: {
        onEvent,
        beforeSend: () => {
          throw new Error('boom');
        },
      },
    });
    made.push(help);
    const errors = collectErrors(help);
    for (let i = 0; i < 5; i++) help.track(`e${i}`);
    await vi.waitFor(() => expect(codes(errors)).toContain('internal'), { timeout: 15_000 });
    await tick(50);
    help.track('more');
    expect(onEvent).not.toHaveBeenCalled();
    expect(warn.messages().filter((m) => m.includes('beforeSend'))).toHaveLength(1);
  });
});

describe('consent (RELIABILITY 26)', () => {
  it('before consent(true): no request, nothing of analytics stored; then the held events go, once', async () => {
    const { help, seen } = start({ requireConsent: true, endpoint: '/collect' });
    help.track('before-consent');
    await tick(300);
    help.track('still-before');
    await tick(1500);
    expect(seen).toEqual([]);
    expect(requests).toEqual([]);
    // Only preferences: no queue, no anonymous or session id.
    expect(storedKeys().filter((k) => /analytics/.test(k))).toEqual([]);

    help.consent(true);
    await arrived(seen, 3);
    await vi.waitFor(() => expect(requests.flatMap((r) => r.events)).toHaveLength(3), { timeout: 5000 });
    const names = requests.flatMap((r) => r.events).map((e) => (e.name === 'track' ? trackName(e) : e.name));
    expect(names).toEqual(['ready', 'before-consent', 'still-before']);
    expect(seen.map((e) => e.id)).toEqual(requests.flatMap((r) => r.events).map((e) => e.id));
    expect(localStorage.getItem('pathlight:consent')).toContain('true');
    expect(localStorage.getItem('pathlight:analytics:anonymous-id')).toContain(seen[0]?.anonymousId);
  });

  it('consent(false) drops what waited and stops: nothing sent, nothing stored but the preference', async () => {
    const { help, seen } = start({ requireConsent: true, endpoint: '/collect' });
    help.track('before');
    await tick(200);
    help.consent(false);
    help.track('after');
    await tick(1500);
    expect(seen).toEqual([]);
    expect(requests).toEqual([]);
    expect(storedKeys()).toEqual(['pathlight:consent']);
  });

  it('consent(false) after consent(true) drops the stored queue and ids', async () => {
    vi.mocked(fetch).mockImplementation(async () => {
      throw new TypeError('offline');
    });
    const { help, seen } = start({ requireConsent: true, endpoint: '/collect' });
    help.consent(true);
    help.track('queued');
    await arrived(seen);
    await tick(1200);
    expect(localStorage.getItem('pathlight:analytics:queue')).toContain('queued');
    help.consent(false);
    expect(storedKeys()).toEqual(['pathlight:consent']);
  });

  it('what waits for consent is bounded: past 200 the oldest go, counted and reported (analytics_dropped)', async () => {
    spyWarn();
    // A tool name the chunk does not know: its report says the pipeline has started (before, the app's tap
    // buffers with a bound of its own).
    const { help, seen } = start({ requireConsent: true, forward: ['nothere' as 'posthog'] });
    const errors = collectErrors(help);
    await vi.waitFor(() => expect(codes(errors)).toEqual(['config_invalid']), { timeout: 15_000 });
    help.track('first');
    for (let i = 0; i < 205; i++) help.track(`e${i}`);
    await vi.waitFor(() => expect(codes(errors)).toContain('analytics_dropped'), { timeout: 5000 });
    const message = errors.find((e) => e.code === 'analytics_dropped')?.message ?? '';
    // `ready`, the config_invalid error, `first` and e0…e204 waited: 208 for a bound of 200.
    expect(message).toBe('Analytics dropped 8 events: they waited for consent past the bound of 200.');
    help.consent(true);
    // The report is an event too, and waits with the others: it takes the place of e5.
    expect(seen.filter((e) => e.name === 'error').map((e) => (e.props as { code: string }).code)).toEqual([
      'analytics_dropped',
    ]);
    const kept = tracks(seen).map(trackName);
    expect(kept).toHaveLength(199);
    expect(kept[0]).toBe('e6');
    expect(kept.at(-1)).toBe('e204');
  });

  it('a consent given on an earlier visit holds on the next one', async () => {
    localStorage.setItem('pathlight:consent', JSON.stringify({ v: 1, d: true }));
    const { help, seen } = start({ requireConsent: true });
    help.track('x');
    await arrived(seen, 2);
    expect(tracks(seen).map(trackName)).toEqual(['x']);
  });

  it('without requireConsent, consent(false) still stops analytics', async () => {
    const { help, seen } = start();
    help.track('one');
    await arrived(seen, 2);
    help.consent(false);
    help.track('two');
    await tick(50);
    expect(tracks(seen).map(trackName)).toEqual(['one']);
  });
});

describe('Global Privacy Control (RELIABILITY 27)', () => {
  it('with navigator.globalPrivacyControl nothing is recorded, sent or stored', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { globalPrivacyControl: true }));
    const { help, seen } = start({ endpoint: '/collect' });
    help.track('x');
    await tick(1500);
    expect(seen).toEqual([]);
    expect(requests).toEqual([]);
    expect(storedKeys().filter((k) => k.includes('analytics'))).toEqual([]);
  });

  it('respectGPC: false lets a host that has its own basis decide', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { globalPrivacyControl: true }));
    const { help, seen } = start({ respectGPC: false });
    help.track('x');
    await arrived(seen);
  });
});

describe('no host data (RELIABILITY 28)', () => {
  it('never carries what the host page has in its forms, and sets no cookie', async () => {
    document.body.innerHTML =
      '<form><input name="iban" value="PL61109010140000071219812874"><input type="password" value="hunter2-form"></form>';
    const { help, seen } = start({ endpoint: '/collect' });
    const input = document.querySelector('input')!;
    input.value = 'typed-into-host-form';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    help.open();
    help.track('x');
    help.close();
    await arrived(seen, 3);
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0), { timeout: 5000 });
    const everything = JSON.stringify([seen, requests, localStorage, sessionStorage]);
    expect(everything).not.toMatch(/PL611|hunter2|typed-into-host-form/);
    expect(document.cookie).toBe('');
  });
});

describe('forward', () => {
  it('reports an unknown tool name with the closest one', async () => {
    spyWarn();
    const help = createPathlight({ analytics: { forward: ['posthog', 'postog' as 'posthog'] } });
    made.push(help);
    const errors = collectErrors(help);
    help.track('x');
    await vi.waitFor(() => expect(errors.map((e) => e.message).join()).toContain('did you mean "posthog"'), {
      timeout: 15_000,
    });
  });
});
