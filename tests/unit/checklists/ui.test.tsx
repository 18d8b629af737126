// The checklist in the panel: the view, the home card, the reminder and the celebration beside the
// launcher, the launcher's description, and what screen readers hear.
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPathlight } from '../../../src/index';
import type { Checklist, PathlightConfig, PathlightInstance } from '../../../src/types';
import { collectErrors, resetPage, roots, settle, shadowOf } from '../setup/dom';

const made: PathlightInstance[] = [];

const CHECKLIST: Checklist = {
  id: 'setup',
  title: 'Set up Ledgerly',
  description: 'Three short steps.',
  items: [
    {
      id: 'tour',
      title: 'Take the tour',
      completeWhen: { tour: 'welcome' },
      action: { label: 'Start the tour', action: 'tour', value: 'welcome' },
    },
    {
      id: 'invoice',
      title: 'Create an invoice',
      description: 'Pick a customer, add the amount.',
      completeWhen: { event: 'invoice:created' },
      action: { label: 'New invoice', action: 'url', value: '/invoices/new' },
    },
    { id: 'invite', title: 'Invite a teammate', optional: true },
    { id: 'bank', title: 'Connect your bank' },
  ],
};

function mount(config: PathlightConfig = {}, checklist: Checklist = CHECKLIST) {
  const help = createPathlight({
    quietPeriodMs: 0,
    content: { version: 1, checklists: [checklist] },
    ...config,
  });
  made.push(help);
  const shadow = shadowOf(roots().length - 1);
  const app = shadow.querySelector<HTMLElement>('.pl-app')!;
  const events: string[] = [];
  help.on('checklist:item', ({ itemId }) => events.push(`item:${itemId}`));
  help.on('checklist:complete', ({ id }) => events.push(`complete:${id}`));
  help.on('checklist:dismiss', ({ id }) => events.push(`dismiss:${id}`));
  return {
    help,
    shadow,
    ui: within(app),
    events,
    errors: collectErrors(help),
    items: () =>
      [...shadow.querySelectorAll<HTMLElement>('.pl-cl-item')].map(
        (el) => `${el.dataset.item}:${el.dataset.state}`,
      ),
    nudge: () => shadow.querySelector<HTMLElement>('.pl-cl-nudge'),
    status: () =>
      shadow.querySelector('.pl-cl-nudge ~ [role="status"], [role="status"][aria-live]')?.textContent,
    launcher: () => shadow.querySelector<HTMLButtonElement>('.pl-launcher')!,
  };
}

const wait = <T,>(fn: () => T) => vi.waitFor(fn, { timeout: 3000, interval: 20 });

beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

describe('the checklist view', () => {
  it("open('checklist') works before the chunk arrives, then shows the list with its title focused", async () => {
    const t = mount();
    t.help.open('checklist');
    await wait(() => expect(t.items()).toEqual(['tour:next', 'invoice:todo', 'invite:todo', 'bank:todo']));
    expect(t.errors).toEqual([]);
    const title = t.ui.getByRole('heading', { name: 'Set up Ledgerly' });
    await wait(() => expect(t.shadow.activeElement).toBe(title));
    expect(t.ui.getByText('0 of 3 done')).toBeTruthy();
    // Optional items are shown, tagged, and not counted.
    expect(t.ui.getByText('Optional')).toBeTruthy();
  });

  it('items are disclosure buttons; the next one is open, and says whether it is done', async () => {
    const t = mount();
    t.help.open('checklist');
    await wait(() => expect(t.items()).toHaveLength(4));
    const toggles = t.ui.getAllByRole('button', { expanded: false });
    expect(
      t.ui.getByRole('button', { expanded: true, name: /^Take the tour\s?, Not done yet$/ }),
    ).toBeTruthy();
    const invoice = toggles.find((b) => b.textContent?.includes('Create an invoice'))!;
    fireEvent.click(invoice);
    await wait(() => expect(invoice.getAttribute('aria-expanded')).toBe('true'));
    expect(t.ui.getByText('Pick a customer, add the amount.')).toBeTruthy();
    const link = t.ui.getByRole('link', { name: 'New invoice' });
    expect(link.getAttribute('href')).toBe('/invoices/new');
  });

  it('offers no dead button: a tour action shows only where startTour and the tour exist', async () => {
    const t = mount();
    t.help.open('checklist');
    await wait(() => expect(t.items()).toHaveLength(4));
    expect(t.ui.queryByRole('button', { name: 'Start the tour' })).toBeNull();
  });

  it('ticks an item while it is open, and the polite live region says what is left', async () => {
    const t = mount();
    t.help.open('checklist');
    await wait(() => expect(t.items()).toHaveLength(4));
    t.help.track('invoice:created');
    await wait(() => expect(t.items()).toEqual(['tour:next', 'invoice:done', 'invite:todo', 'bank:todo']));
    expect(t.ui.getByText('1 of 3 done')).toBeTruthy();
    await wait(() =>
      expect(t.shadow.querySelector('.pl-sr-only[role="status"]')?.textContent).toBe(
        '“Create an invoice” is done. 2 steps left',
      ),
    );
  });

  it('sequential: a locked item says why, and offers no action', async () => {
    const t = mount({}, { ...CHECKLIST, sequential: true });
    t.help.open('checklist');
    await wait(() =>
      expect(t.items()).toEqual(['tour:next', 'invoice:locked', 'invite:locked', 'bank:locked']),
    );
    const invoice = t.ui.getByRole('button', {
      name: /^Create an invoice\s?, Unlocks when the step above is done$/,
    });
    fireEvent.click(invoice);
    const body = t.shadow.getElementById(invoice.getAttribute('aria-controls')!)!;
    await wait(() => expect(body.hidden).toBe(false));
    expect(body.textContent).toContain('Unlocks when the step above is done');
    expect(t.ui.queryByRole('link', { name: 'New invoice' })).toBeNull();
    expect(
      t.ui.getByRole('button', {
        name: /^Invite a teammate\s?Optional\s?, Unlocks when the step above is done$/,
      }),
    ).toBeTruthy();
  });

  it('speaks the UI language: Polish after setLocale', async () => {
    const t = mount();
    t.help.setLocale('pl');
    t.help.open('checklist');
    await wait(() => expect(t.ui.getByText('Ukończono 0 z 3')).toBeTruthy());
    expect(t.ui.getByRole('button', { name: 'Ukryj listę zadań' })).toBeTruthy();
  });
});

describe('home, badge and launcher', () => {
  it('shows the progress on home, above the suggestions, and opens the list from it', async () => {
    const t = mount();
    t.help.completeChecklistItem('setup', 'bank');
    t.help.open();
    const card = await wait(() => t.ui.getByRole('button', { name: /Set up Ledgerly/ }));
    expect(card.textContent).toContain('1 of 3 done · 2 steps left');
    fireEvent.click(card);
    await wait(() => expect(t.items()).toHaveLength(4));
  });

  it('badges the launcher with what is left and describes it to screen readers', async () => {
    const t = mount();
    await wait(() => expect(t.launcher().querySelector('.pl-badge')?.textContent).toBe('3'));
    const note = await wait(() => {
      const id = t.launcher().getAttribute('aria-describedby');
      expect(id).toBeTruthy();
      return id;
    });
    expect(t.shadow.getElementById(note!)?.textContent).toBe('3 steps left in “Set up Ledgerly”');
    t.help.completeChecklistItem('setup', 'bank');
    await wait(() => expect(t.launcher().querySelector('.pl-badge')?.textContent).toBe('2'));
    expect(t.shadow.getElementById(note!)?.textContent).toBe('2 steps left in “Set up Ledgerly”');
  });
});

describe('dismissing, and showing it again', () => {
  it('dismiss puts it away (event, no badge); "Show onboarding again" brings it back', async () => {
    const t = mount();
    t.help.open('checklist');
    fireEvent.click(await wait(() => t.ui.getByRole('button', { name: 'Dismiss checklist' })));
    await wait(() => expect(t.events).toEqual(['dismiss:setup']));
    await wait(() => expect(t.launcher().querySelector('.pl-badge')).toBeNull());
    expect(t.ui.queryByRole('button', { name: /Set up Ledgerly/ })).toBeNull();
    fireEvent.click(await wait(() => t.ui.getByRole('button', { name: 'Show onboarding again' })));
    await wait(() => expect(t.items()).toHaveLength(4));
    await wait(() => expect(t.launcher().querySelector('.pl-badge')?.textContent).toBe('3'));
  });
});

describe('the reminder beside the launcher', () => {
  const reminding = { ...CHECKLIST, trigger: { frequency: 'always' as const } };

  it('shows when the trigger holds, never takes focus, and "Not now" puts it away', async () => {
    const t = mount({}, reminding);
    const nudge = await wait(() => {
      const el = t.nudge();
      expect(el).toBeTruthy();
      return el!;
    });
    expect(nudge.textContent).toContain('3 steps left');
    expect(nudge.contains(t.shadow.activeElement)).toBe(false);
    fireEvent.click(within(nudge).getByRole('button', { name: 'Not now' }));
    await wait(() => expect(t.nudge()).toBeNull());
  });

  it('Continue opens the list; the reminder goes when the panel opens', async () => {
    const t = mount({}, reminding);
    const nudge = await wait(() => {
      expect(t.nudge()).toBeTruthy();
      return t.nudge()!;
    });
    fireEvent.click(within(nudge).getByRole('button', { name: 'Start' }));
    await wait(() => expect(t.items()).toHaveLength(4));
    expect(t.nudge()).toBeNull();
  });

  it('never comes back after a dismissal, on any page', async () => {
    const t = mount({}, reminding);
    await wait(() => expect(t.nudge()).toBeTruthy());
    t.help.open('checklist');
    fireEvent.click(await wait(() => t.ui.getByRole('button', { name: 'Dismiss checklist' })));
    t.help.close();
    history.pushState(null, '', '/reports');
    await settle();
    history.pushState(null, '', '/');
    await settle();
    await settle();
    expect(t.nudge()).toBeNull();
  });
});

describe('all done', () => {
  it('celebrates in the view; "Got it" and the list gets out of the way', async () => {
    const t = mount();
    t.help.completeChecklistItem('setup', 'bank');
    t.help.track('invoice:created');
    t.help.open('checklist');
    await wait(() => expect(t.items()).toContain('bank:done'));
    // What only Pathlight emits: a finished tour.
    t.help.completeChecklistItem('setup', 'tour');
    await wait(() => expect(t.ui.getByText('You’re all set!')).toBeTruthy());
    expect(t.events).toContain('complete:setup');
    fireEvent.click(t.ui.getByRole('button', { name: 'Got it' }));
    await wait(() => expect(t.ui.getByRole('button', { name: 'Show onboarding again' })).toBeTruthy());
    expect(t.ui.queryByRole('button', { name: /Set up Ledgerly/ })).toBeNull();
    expect(t.launcher().querySelector('.pl-badge')).toBeNull();
  });

  it('celebrates beside the launcher when the panel is closed, briefly', async () => {
    const t = mount();
    await wait(() => expect(t.launcher().querySelector('.pl-badge')).toBeTruthy());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const id of ['bank', 'invoice', 'tour']) t.help.completeChecklistItem('setup', id);
      await vi.waitFor(() => expect(t.nudge()?.dataset.kind).toBe('celebration'));
      expect(t.nudge()!.textContent).toContain('Every step of “Set up Ledgerly” is done.');
      vi.advanceTimersByTime(6000);
    } finally {
      vi.useRealTimers();
    }
    await wait(() => expect(t.nudge()).toBeNull());
    t.help.open();
    await wait(() => expect(t.ui.getByRole('button', { name: 'Show onboarding again' })).toBeTruthy());
  });
});
