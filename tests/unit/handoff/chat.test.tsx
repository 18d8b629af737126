/**
 * The chat hand-off in the panel: "Connecting you to chat…", the adapter gets the same context as the `handoff`
 * event and the summary, the panel closes once the chat is open; and RELIABILITY.md line 32: a vendor that never
 * loads, throws or hangs never breaks the panel, the contact form takes over within `handoff.timeoutMs`.
 */
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPathlight } from '../../../src/index';
import type {
  HandoffAdapter,
  HandoffContext,
  PathlightConfig,
  PathlightEvents,
  PathlightInstance,
} from '../../../src/types';
import { codes, collectErrors, resetPage, roots, shadowOf, spyWarn } from '../setup/dom';

const made: PathlightInstance[] = [];
/** The first import of the handoff and providers chunks compiles them: give it time under a busy run. */
const CHUNK = { timeout: 8000 };

function mount(config: PathlightConfig) {
  const help = createPathlight(config);
  made.push(help);
  const shadow = shadowOf(roots().length - 1);
  const ui = within(shadow.querySelector<HTMLElement>('.pl-app')!);
  const errors = collectErrors(help);
  const handoffs: PathlightEvents['handoff'][] = [];
  help.on('handoff', (payload) => handoffs.push(payload));
  const title = () => shadow.querySelector('.pl-panel-title')?.textContent;
  return {
    help,
    shadow,
    ui,
    errors,
    handoffs,
    connecting: () => shadow.querySelector('.pl-chat'),
    /** The contact view shows: the panel titled "Contact us", and not the chat's "Connecting…". */
    onContactView: () => title() === 'Contact us' && !shadow.querySelector('.pl-chat'),
    dialog: () => ui.queryByRole('dialog'),
  };
}

/** An adapter whose steps the test controls. */
function adapter(overrides: Partial<HandoffAdapter> = {}) {
  const calls: { context: HandoffContext; summary: string }[] = [];
  const signals: AbortSignal[] = [];
  const spec: HandoffAdapter = {
    name: 'acme-chat',
    ready: (signal) => {
      signals.push(signal);
      return Promise.resolve();
    },
    open: (context, summary) => {
      calls.push({ context, summary });
    },
    ...overrides,
  };
  return { spec, calls, signals };
}

async function askForHuman(m: ReturnType<typeof mount>) {
  m.help.open();
  await waitFor(() => expect(m.dialog()).not.toBeNull());
  fireEvent.click(m.ui.getByRole('button', { name: 'Contact us' }));
}

beforeEach(() => {
  resetPage();
  history.replaceState(null, '', '/billing/invoices?token=secret#row');
  document.title = 'Invoices · Ledgerly';
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  vi.restoreAllMocks();
  for (const key of ['Intercom', '$crisp']) delete (window as unknown as Record<string, unknown>)[key];
  resetPage();
});

describe('hand-off to the team chat', () => {
  it('says it is connecting, opens the chat with the context of the handoff event and the summary, and closes the panel', async () => {
    const chat = adapter();
    let release: () => void = () => {};
    chat.spec.ready = () => new Promise<void>((resolve) => (release = resolve));
    const m = mount({ handoff: { provider: chat.spec } });
    m.help.identify('alice', { plan: 'pro' });
    await askForHuman(m);
    await waitFor(() => expect(m.connecting()).not.toBeNull(), CHUNK);
    expect(m.connecting()!.getAttribute('role')).toBe('status');
    expect(m.connecting()!.textContent).toContain('Connecting you to chat…');
    // The view's effect emits `handoff` once it has drawn "Connecting…", a moment after it shows.
    await waitFor(() => expect(m.handoffs).toHaveLength(1));
    expect(m.handoffs[0]!.provider).toBe('acme-chat');
    release();
    await waitFor(() => expect(chat.calls).toHaveLength(1));
    const { context, summary } = chat.calls[0]!;
    expect(context).toBe(m.handoffs[0]!.context);
    expect(context).toMatchObject({
      path: '/billing/invoices',
      pageTitle: 'Invoices · Ledgerly',
      userId: 'alice',
    });
    expect(context.traits).toBeUndefined();
    expect(summary).toBe('Page: /billing/invoices (Invoices · Ledgerly)');
    expect(JSON.stringify(chat.calls)).not.toContain('secret');
    await waitFor(() => expect(m.dialog()).toBeNull());
    expect(m.errors).toEqual([]);
  });

  it('shares only the traits handoff.traits names', async () => {
    const chat = adapter();
    const m = mount({ handoff: { provider: chat.spec, traits: ['plan'] } });
    m.help.identify('alice', { plan: 'pro', email: 'alice@example.com' });
    await askForHuman(m);
    await waitFor(() => expect(chat.calls).toHaveLength(1), CHUNK);
    expect(chat.calls[0]!.context.traits).toEqual({ plan: 'pro' });
  });

  it('opens a built-in vendor through its documented global (Crisp), with the summary prefilled', async () => {
    const pushed: unknown[][] = [];
    (window as unknown as Record<string, unknown>).$crisp = {
      push: (c: unknown[]) => pushed.push(c),
      is: () => false,
    };
    const m = mount({ handoff: { provider: 'crisp', fields: { path: 'page' } } });
    m.help.search('refund');
    await askForHuman(m);
    await waitFor(() => expect(pushed.some((c) => c[1] === 'chat:open')).toBe(true), CHUNK);
    expect(pushed).toEqual([
      ['set', 'session:data', [[['page', '/billing/invoices']]]],
      ['set', 'message:text', [expect.stringContaining('Searched for: refund')]],
      ['do', 'chat:open'],
    ]);
  });
});

describe('the contact form takes over (RELIABILITY.md line 32)', () => {
  it.each<[string, () => Partial<HandoffAdapter>]>([
    ['the vendor never loads (ready never settles)', () => ({ ready: () => new Promise<void>(() => {}) })],
    [
      'the vendor throws',
      () => ({
        ready: () => {
          throw new Error('Intercom is not a function');
        },
      }),
    ],
    ['the vendor rejects', () => ({ ready: () => Promise.reject(new Error('blocked by an ad blocker')) })],
    [
      'the vendor throws on open',
      () => ({
        open: () => {
          throw new Error('widget crashed');
        },
      }),
    ],
    ['the vendor hangs on open', () => ({ open: () => new Promise<void>(() => {}) })],
  ])('when %s: within handoff.timeoutMs, reported, the panel still works', async (_, overrides) => {
    spyWarn();
    const chat = adapter(overrides());
    const m = mount({ handoff: { provider: chat.spec, timeoutMs: 400 } });
    const started = Date.now();
    await askForHuman(m);
    await waitFor(() => expect(m.onContactView()).toBe(true), CHUNK);
    const took = Date.now() - started;
    expect(codes(m.errors)).toEqual(['handoff_failed']);
    expect(m.errors[0]!.message).toContain('acme-chat');
    // Never later than the deadline (plus the chunk's first compile under a busy run).
    expect(took).toBeLessThan(400 + CHUNK.timeout);
    // Back returns to where the user asked, not to "Connecting…" again.
    fireEvent.click(m.ui.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(m.ui.getByRole('combobox')).toBeTruthy());
    expect(m.connecting()).toBeNull();
  });

  it('when the vendor script never loads (a built-in adapter, no global): the form within the timeout', async () => {
    spyWarn();
    const m = mount({ handoff: { provider: 'intercom', timeoutMs: 300 } });
    await askForHuman(m);
    await waitFor(() => expect(m.connecting()).not.toBeNull(), CHUNK);
    const shown = Date.now();
    await waitFor(() => expect(m.onContactView()).toBe(true), CHUNK);
    expect(Date.now() - shown).toBeGreaterThanOrEqual(250);
    expect(codes(m.errors)).toEqual(['handoff_failed']);
    expect(m.errors[0]!.message).toMatch(/not ready within 300 ms/);
  });

  it('"Send a message instead" takes the form at once and stops waiting for the vendor', async () => {
    const chat = adapter({ ready: () => new Promise<void>(() => {}) });
    const signals: AbortSignal[] = [];
    chat.spec.ready = (signal) => {
      signals.push(signal);
      return new Promise<void>(() => {});
    };
    const m = mount({ handoff: { provider: chat.spec } });
    await askForHuman(m);
    await waitFor(() => expect(m.connecting()).not.toBeNull(), CHUNK);
    await waitFor(() => expect(signals).toHaveLength(1));
    fireEvent.click(m.ui.getByRole('button', { name: 'Send a message instead' }));
    await waitFor(() => expect(m.onContactView()).toBe(true));
    expect(signals[0]!.aborted).toBe(true);
    expect(m.errors).toEqual([]);
  });

  it('after the chat gave way, Contact us goes to the next way configured (e-mail), not back to the chat', async () => {
    spyWarn();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const chat = adapter({ ready: () => Promise.reject(new Error('blocked by an ad blocker')) });
    let readies = 0;
    const ready = chat.spec.ready;
    chat.spec.ready = (signal) => {
      readies++;
      return ready(signal);
    };
    const m = mount({ handoff: { provider: chat.spec, email: 'help@example.com' } });
    await askForHuman(m);
    await waitFor(() => expect(m.onContactView()).toBe(true), CHUNK);
    fireEvent.click(m.ui.getByRole('button', { name: 'Contact us' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(String(open.mock.calls[0]![0])).toMatch(/^mailto:help@example\.com\?subject=/);
    expect(readies).toBe(1);
    expect(m.connecting()).toBeNull();
  });

  it('after the chat gave way with nothing else configured, Contact us tries the chat again', async () => {
    spyWarn();
    let readies = 0;
    const chat = adapter({
      ready: () => {
        readies++;
        return Promise.reject(new Error('blocked by an ad blocker'));
      },
    });
    const m = mount({ handoff: { provider: chat.spec } });
    await askForHuman(m);
    await waitFor(() => expect(m.onContactView()).toBe(true), CHUNK);
    fireEvent.click(m.ui.getByRole('button', { name: 'Contact us' }));
    await waitFor(() => expect(readies).toBe(2), CHUNK);
  });

  it('a provider that is no chat of ours is reported with a suggestion, and the form takes over', async () => {
    spyWarn();
    const m = mount({ handoff: { provider: 'intercomm' as never } });
    await askForHuman(m);
    await waitFor(() => expect(m.onContactView()).toBe(true), CHUNK);
    expect(m.errors.map((e) => e.message)).toEqual([expect.stringContaining('did you mean "intercom"?')]);
  });
});

describe('office hours', () => {
  // Wednesday 25 March 2026, 10:00 in Warsaw (09:00 UTC); closed from 17:00.
  const weekly = {
    wed: [['09:00', '17:00']] as [string, string][],
    thu: [['09:00', '17:00']] as [string, string][],
  };

  it('within hours: the card says We are online and Contact us opens the chat', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-25T09:00:00Z'), shouldAdvanceTime: true });
    const chat = adapter();
    const m = mount({ handoff: { provider: chat.spec, hours: { timezone: 'Europe/Warsaw', weekly } } });
    m.help.open();
    await waitFor(() => expect(m.shadow.querySelector('.pl-hours')?.textContent).toBe("We're online"), CHUNK);
    fireEvent.click(m.ui.getByRole('button', { name: 'Contact us' }));
    await waitFor(() => expect(chat.calls).toHaveLength(1), CHUNK);
    vi.useRealTimers();
  });

  it('outside hours: the card says when the team is back, and Contact us opens the form, not the chat', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-25T19:00:00Z'), shouldAdvanceTime: true });
    const chat = adapter();
    const m = mount({ handoff: { provider: chat.spec, hours: { timezone: 'Europe/Warsaw', weekly } } });
    m.help.open();
    await waitFor(
      () => expect(m.shadow.querySelector('.pl-hours')?.textContent).toMatch(/^We're away, back/),
      CHUNK,
    );
    fireEvent.click(m.ui.getByRole('button', { name: 'Contact us' }));
    await waitFor(() => expect(m.onContactView()).toBe(true), CHUNK);
    expect(chat.calls).toEqual([]);
    vi.useRealTimers();
  });

  it('outside hours with keepChatOpen: the chat still opens', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-25T19:00:00Z'), shouldAdvanceTime: true });
    const chat = adapter();
    const hours = { timezone: 'Europe/Warsaw', weekly, keepChatOpen: true };
    const m = mount({ handoff: { provider: chat.spec, hours } });
    await askForHuman(m);
    await waitFor(() => expect(chat.calls).toHaveLength(1), CHUNK);
    vi.useRealTimers();
  });

  it('reports hours it cannot read (a bad timezone), and shows none', async () => {
    spyWarn();
    const m = mount({ handoff: { email: 'help@example.com', hours: { timezone: 'Mars/Olympus', weekly } } });
    m.help.open();
    await waitFor(() => expect(codes(m.errors)).toEqual(['config_invalid']), CHUNK);
    expect(m.errors[0]!.message).toContain('handoff.hours.timezone');
    expect(m.shadow.querySelector('.pl-hours')).toBeNull();
  });
});

// Cal.com prefills a booking field from the query parameter of its slug, `notes` being the default "Additional notes"
// (https://cal.com/help/embedding/embed-auto-forward-query-params, https://cal.com/docs/atoms/guides/booking-fields);
// Calendly answers invitee questions from `a1`, `a2`… (https://help.calendly.com/hc/en-us/articles/226766767).
describe('Book a video call', () => {
  it('opens the Cal.com page with the summary as its notes, and emits handoff:video-call', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const m = mount({
      handoff: { email: 'help@example.com', videoCall: { url: 'https://cal.com/acme/support' } },
    });
    const calls: PathlightEvents['handoff:video-call'][] = [];
    m.help.on('handoff:video-call', (payload) => calls.push(payload));
    m.help.open();
    const button = await waitFor(() => m.ui.getByRole('button', { name: 'Book a video call' }), CHUNK);
    fireEvent.click(button);
    expect(open).toHaveBeenCalledTimes(1);
    const url = new URL(String(open.mock.calls[0]![0]));
    expect(url.origin + url.pathname).toBe('https://cal.com/acme/support');
    expect(url.searchParams.get('notes')).toBe('Page: /billing/invoices (Invoices · Ledgerly)');
    expect(open.mock.calls[0]!.slice(1)).toEqual(['_blank', 'noopener,noreferrer']);
    expect(calls).toEqual([
      { url: url.href, context: expect.objectContaining({ path: '/billing/invoices' }) },
    ]);
  });

  it('puts the note in a1 on Calendly (the first invitee question), and hides outside hours unless when: always', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-25T19:00:00Z'), shouldAdvanceTime: true });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const hours = { timezone: 'Europe/Warsaw', weekly: { wed: [['09:00', '17:00']] as [string, string][] } };
    const hidden = mount({
      handoff: { email: 'a@b.c', hours, videoCall: { url: 'https://calendly.com/acme/30min' } },
    });
    hidden.help.open();
    await waitFor(() => expect(hidden.shadow.querySelector('.pl-hours')).not.toBeNull(), CHUNK);
    expect(hidden.ui.queryByRole('button', { name: 'Book a video call' })).toBeNull();
    hidden.help.destroy();
    const always = mount({
      handoff: {
        email: 'a@b.c',
        hours,
        videoCall: { url: 'https://calendly.com/acme/30min', when: 'always' },
      },
    });
    always.help.open();
    fireEvent.click(await waitFor(() => always.ui.getByRole('button', { name: 'Book a video call' }), CHUNK));
    expect(new URL(String(open.mock.calls[0]![0])).searchParams.get('a1')).toContain(
      'Page: /billing/invoices',
    );
    vi.useRealTimers();
  });
});
