// Checklists in a running instance (the real composition): every completion path ticks an item at once,
// progress survives a new page view, reset() and identify() do what they say, and the badge counts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  Checklist,
  PathlightConfig,
  PathlightEvents,
  PathlightInstance,
  ProgressState,
} from '../../../src/types';
import { composedInstance } from '../setup/composed';
import { codes, collectErrors, resetPage, settle, spyWarn } from '../setup/dom';

const made: PathlightInstance[] = [];

const CHECKLIST: Checklist = {
  id: 'setup',
  title: 'Set up Ledgerly',
  items: [
    { id: 'tour', title: 'Take the tour', completeWhen: { tour: 'welcome' } },
    { id: 'reports', title: 'Open the reports', completeWhen: { url: '/reports' } },
    { id: 'invoice', title: 'Create an invoice', completeWhen: { event: 'invoice:created' } },
    { id: 'bank', title: 'Connect your bank', completeWhen: { element: '#bank-connected' } },
    { id: 'invite', title: 'Invite a teammate' },
  ],
};

/** An instance of the real composition, with its runtime at hand (for events only Pathlight emits). */
function start(config: PathlightConfig = {}, checklist: Checklist = CHECKLIST) {
  const { help, rt } = composedInstance();
  made.push(help);
  const errors = collectErrors(help);
  const events: string[] = [];
  const items: PathlightEvents['checklist:item'][] = [];
  help.on('checklist:item', (payload) => {
    items.push(payload);
    events.push(`item:${payload.itemId}`);
  });
  help.on('checklist:complete', ({ id }) => events.push(`complete:${id}`));
  help.on('checklist:dismiss', ({ id }) => events.push(`dismiss:${id}`));
  help.init({
    launcher: { hidden: true },
    quietPeriodMs: 0,
    content: { version: 1, checklists: [checklist] },
    ...config,
  });
  return { help, rt, errors, events, items };
}

/** Waits (bounded) for the items' events: the chunks load, rules are checked asynchronously. */
const ticked = (events: string[], expected: string[]) =>
  vi.waitFor(() => expect(events).toEqual(expected), { timeout: 2000, interval: 20 });

beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

describe('items complete by themselves, at once', () => {
  it('on a track() event, with the item, its position and the size of the list', async () => {
    const t = start();
    await settle();
    t.help.track('invoice:created');
    await ticked(t.events, ['item:invoice']);
    expect(t.items).toEqual([{ checklistId: 'setup', itemId: 'invoice', index: 2, count: 5 }]);
  });

  it('on a page visited in a single-page app', async () => {
    const t = start();
    await settle();
    history.pushState(null, '', '/invoices');
    await settle();
    expect(t.events).toEqual([]);
    history.pushState(null, '', '/reports');
    await ticked(t.events, ['item:reports']);
  });

  it('on the page it starts on', async () => {
    history.replaceState(null, '', '/reports');
    const t = start();
    await ticked(t.events, ['item:reports']);
  });

  it('on tour:complete for its tour, not another', async () => {
    const t = start();
    await settle();
    t.rt().emit('tour:complete', { id: 'create-first-invoice', tourId: 'create-first-invoice', count: 1 });
    t.rt().emit('tour:complete', { id: 'welcome', tourId: 'welcome', count: 1 });
    await ticked(t.events, ['item:tour']);
  });

  it('on an article read in the panel, also one read earlier in this visit', async () => {
    const list = {
      ...CHECKLIST,
      items: [
        { id: 'read', title: 'Read the basics', completeWhen: { article: 'basics' } },
        CHECKLIST.items[4]!,
      ],
    };
    const t = start({}, list);
    await settle();
    t.rt().emit('article:view', { id: 'other' });
    t.rt().emit('article:view', { id: 'basics' });
    await ticked(t.events, ['item:read']);
    t.help.destroy();
    localStorage.clear();
    const next = start({}, list);
    await ticked(next.events, ['item:read']);
  });

  it('when an element appears (the shared element watcher)', async () => {
    const t = start();
    await settle();
    const badge = document.createElement('p');
    badge.id = 'bank-connected';
    badge.textContent = 'Bank connected';
    document.body.append(badge);
    await ticked(t.events, ['item:bank']);
  });

  it('on a click on an element of the host, never on one inside Pathlight', async () => {
    document.body.innerHTML = '<button id="export">Export</button>';
    const t = start(
      {},
      { ...CHECKLIST, items: [{ id: 'export', title: 'Export', completeWhen: { click: '#export' } }] },
    );
    await settle();
    t.rt().shadow.host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle();
    expect(t.events).toEqual([]);
    document.getElementById('export')!.click();
    await ticked(t.events, ['item:export', 'complete:setup']);
  });

  it('on a trait of the user', async () => {
    const t = start(
      {},
      { ...CHECKLIST, items: [{ id: 'pro', title: 'Go pro', completeWhen: { user: { plan: 'pro' } } }] },
    );
    await settle();
    t.help.identify('maya', { plan: 'free' });
    await settle();
    expect(t.events).toEqual([]);
    t.help.identify('maya', { plan: 'pro' });
    await ticked(t.events, ['item:pro', 'complete:setup']);
  });

  it('on completeChecklistItem(), and reports ids that name nothing (with a did-you-mean)', async () => {
    const warn = spyWarn();
    const t = start();
    t.help.completeChecklistItem('setup', 'invite');
    t.help.completeChecklistItem('setup', 'invit');
    t.help.completeChecklistItem('onboarding', 'invite');
    await ticked(t.events, ['item:invite']);
    expect(t.errors.map((e) => e.message)).toEqual([
      'completeChecklistItem(): the checklist "setup" has no item "invit" (did you mean "invite"?).',
      'completeChecklistItem(): there is no checklist with the id "onboarding".',
    ]);
    expect(codes(t.errors)).toEqual(['unknown_item', 'unknown_item']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('counts a track() made before the checklists chunk arrived', async () => {
    const t = start();
    t.help.track('invoice:created');
    await ticked(t.events, ['item:invoice']);
  });
});

describe('a whole checklist', () => {
  it('completes once, after its last required item, and the badge counts what is left', async () => {
    const t = start();
    await vi.waitFor(() => expect(t.rt().$badge.get()).toBe(5));
    t.help.completeChecklistItem('setup', 'invite');
    t.help.track('invoice:created');
    await vi.waitFor(() => expect(t.rt().$badge.get()).toBe(3));
    t.rt().emit('tour:complete', { id: 'welcome', tourId: 'welcome', count: 1 });
    history.pushState(null, '', '/reports');
    document.body.insertAdjacentHTML('beforeend', '<p id="bank-connected">ok</p>');
    await vi.waitFor(() => expect(t.events).toContain('complete:setup'));
    expect(t.events.filter((e) => e === 'complete:setup')).toHaveLength(1);
    expect(t.events.at(-1)).toBe('complete:setup');
    expect(t.rt().$badge.get()).toBeUndefined();
    t.help.completeChecklistItem('setup', 'invite');
    await settle();
    expect(t.events.filter((e) => e.startsWith('item:'))).toHaveLength(5);
  });

  it('remembers progress on the next page view, without ticking anything twice', async () => {
    const first = start();
    first.help.completeChecklistItem('setup', 'invite');
    first.help.track('invoice:created');
    await vi.waitFor(() => expect([...first.events].sort()).toEqual(['item:invite', 'item:invoice']));
    first.help.destroy();
    const next = start();
    await vi.waitFor(() => expect(next.rt().$badge.get()).toBe(3));
    next.help.completeChecklistItem('setup', 'invite');
    await settle();
    expect(next.events).toEqual([]);
  });

  it('reset() forgets the progress, and what the last user did this visit ticks nothing for the next', async () => {
    const t = start();
    t.help.track('invoice:created');
    await ticked(t.events, ['item:invoice']);
    t.help.reset();
    await vi.waitFor(() => expect(t.rt().$badge.get()).toBe(5));
    expect(t.events).toEqual(['item:invoice']);
    t.help.track('invoice:created');
    await ticked(t.events, ['item:invoice', 'item:invoice']);
  });

  it("identify() keeps the anonymous visitor's progress", async () => {
    const t = start();
    t.help.completeChecklistItem('setup', 'invite');
    await ticked(t.events, ['item:invite']);
    t.help.identify('maya');
    await settle();
    expect(t.rt().$badge.get()).toBe(4);
    t.help.destroy();
    const next = start({ user: { id: 'maya' } });
    await vi.waitFor(() => expect(next.rt().$badge.get()).toBe(4));
  });

  it('sequential: a locked item waits, and ticks once unlocked if its event happened this visit', async () => {
    const t = start({}, { ...CHECKLIST, sequential: true });
    await settle();
    t.help.track('invoice:created');
    await settle();
    expect(t.events).toEqual([]);
    t.rt().emit('tour:complete', { id: 'welcome', tourId: 'welcome', count: 1 });
    await ticked(t.events, ['item:tour']);
    history.pushState(null, '', '/reports');
    await ticked(t.events, ['item:tour', 'item:reports', 'item:invoice']);
  });

  it('optional items are not counted on the badge', async () => {
    const t = start(
      {},
      {
        ...CHECKLIST,
        items: [...CHECKLIST.items.slice(0, 2), { id: 'extra', title: 'Extra', optional: true }],
      },
    );
    await vi.waitFor(() => expect(t.rt().$badge.get()).toBe(2));
  });

  it('a checklist whose trigger never held is not on the badge, but its items still tick', async () => {
    const t = start({}, { ...CHECKLIST, trigger: { user: { role: 'admin' } } });
    await settle();
    expect(t.rt().$badge.get()).toBeUndefined();
    t.help.track('invoice:created');
    await ticked(t.events, ['item:invoice']);
    t.help.identify('maya', { role: 'admin' });
    await vi.waitFor(() => expect(t.rt().$badge.get()).toBe(4));
  });
});

describe('config.progress: a checklist follows the user across devices (RELIABILITY 35)', () => {
  const remote = (
    completed: Record<string, number>,
    dismissed: Record<string, number> = {},
  ): ProgressState => ({
    version: 1,
    completed,
    dismissed,
    shown: {},
    positions: {},
  });

  it("ticks made on another device show here, and this device's ticks are saved beside them", async () => {
    const save = vi.fn();
    const t = start({
      user: { id: 'maya' },
      progress: {
        load: async () => remote({ 'checklist:setup/invite': 10, 'checklist:setup/bank': 20 }),
        save,
      },
    });
    await vi.waitFor(() => expect(t.rt().$badge.get()).toBe(3));
    t.help.track('invoice:created');
    await vi.waitFor(() => expect(t.rt().$badge.get()).toBe(2));
    await vi.waitFor(() =>
      expect(
        Object.keys((save.mock.calls.at(-1)?.[1] as ProgressState | undefined)?.completed ?? {}),
      ).toEqual(
        expect.arrayContaining(['checklist:setup/invite', 'checklist:setup/bank', 'checklist:setup/invoice']),
      ),
    );
    // Ticks from the other device are items already done: they raise no event here.
    expect(t.events).toEqual(['item:invoice']);
  });

  it('a dismissal on another device keeps it away here; a failing load keeps local ticks', async () => {
    const dismissedThere = start({
      user: { id: 'maya' },
      progress: {
        load: async () => remote({ 'checklist:setup#dismissed': 5 }, { 'checklist:setup': 5 }),
        save: vi.fn(),
      },
    });
    await settle();
    await vi.waitFor(() => expect(dismissedThere.rt().$badge.get()).toBeUndefined());
    dismissedThere.help.destroy();

    const offline = start({
      user: { id: 'ana' },
      progress: {
        load: async () => {
          throw new Error('offline');
        },
        save: vi.fn(),
      },
    });
    offline.help.completeChecklistItem('setup', 'invite');
    await ticked(offline.events, ['item:invite']);
    await vi.waitFor(() => expect(offline.rt().$badge.get()).toBe(4));
    expect(codes(offline.errors)).toContain('progress_failed');
  });
});
