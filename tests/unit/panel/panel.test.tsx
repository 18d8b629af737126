import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPathlight } from '../../../src/index';
import type { HandoffContext, PathlightConfig, PathlightInstance } from '../../../src/types';
import { codes, collectErrors, resetPage, roots, settle, shadowOf, spyWarn } from '../setup/dom';

const made: PathlightInstance[] = [];

function mount(config: PathlightConfig = {}) {
  const help = createPathlight(config);
  made.push(help);
  // The newest root is this instance's: mountHost appends to the end of <body>.
  const shadow = shadowOf(roots().length - 1);
  // Query inside the container preact renders into (an element, so failures can print the DOM).
  const ui = within(shadow.querySelector<HTMLElement>('.pl-app')!);
  return {
    help,
    shadow,
    ui,
    launcher: () => ui.getByRole('button', { name: config.launcher?.label ?? 'Help' }),
    dialog: () => ui.queryByRole('dialog'),
    searchInput: () => ui.getByRole('combobox'),
    /** The results listbox: present in the search view, hidden while it has no options. */
    listbox: () => ui.queryByRole('listbox', { hidden: true }),
    app: () => shadow.querySelector<HTMLElement>('.pl-app')!,
  };
}

/** The first dynamic import of the locales chunk compiles every catalog: give it time under a busy run. */
const CHUNK = { timeout: 5000 };

const type = (input: HTMLElement, text: string) => {
  (input as HTMLInputElement).value = text;
  fireEvent.input(input);
};

beforeEach(() => {
  resetPage();
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  vi.restoreAllMocks();
  resetPage();
});

describe('launcher', () => {
  it('is a button named "Help" whose aria-expanded follows the panel', async () => {
    const { launcher, dialog, ui } = mount();
    expect(launcher().tagName).toBe('BUTTON');
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(dialog()).toBeNull();

    fireEvent.click(launcher());
    await waitFor(() => expect(launcher().getAttribute('aria-expanded')).toBe('true'));
    expect(ui.getByRole('dialog', { name: 'Help' })).toBeTruthy();
    expect(launcher().getAttribute('aria-controls')).toBe(dialog()!.id);

    fireEvent.click(launcher());
    await waitFor(() => expect(launcher().getAttribute('aria-expanded')).toBe('false'));
    expect(dialog()).toBeNull();
  });

  it('takes its name from launcher.label', () => {
    const { ui } = mount({ launcher: { label: 'Ask us' } });
    expect(ui.getByRole('button', { name: 'Ask us' })).toBeTruthy();
    expect(ui.queryByRole('button', { name: 'Help' })).toBeNull();
  });

  it('takes its name from config.messages overrides', () => {
    const { ui } = mount({ messages: { en: { 'launcher.label': 'Support' } } });
    expect(ui.getByRole('button', { name: 'Support' })).toBeTruthy();
  });

  it('is absent with launcher.hidden, while open() still shows the panel', async () => {
    const { help, ui, dialog } = mount({ launcher: { hidden: true } });
    expect(ui.queryAllByRole('button')).toEqual([]);
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
  });
});

describe('opening and closing', () => {
  it('shows the panel when open() follows init() in the same task', async () => {
    const { help, dialog } = mount();
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
  });

  it('shows the panel at start with config.open', async () => {
    const { dialog, launcher } = mount({ open: true });
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
  });

  it('moves focus into the panel, onto the search field, on open', async () => {
    const { help, shadow, searchInput } = mount();
    help.open();
    await waitFor(() => expect(shadow.activeElement).toBe(searchInput()));
    expect(searchInput().getAttribute('aria-controls')).toBe('pl-results');
  });

  it('closes on Escape and returns focus to the host button that opened it', async () => {
    const { help, shadow, dialog, searchInput } = mount();
    const closed = vi.fn();
    help.on('close', closed);
    const hostButton = document.body.appendChild(document.createElement('button'));
    hostButton.textContent = 'Need help?';
    hostButton.addEventListener('click', () => help.open());
    hostButton.focus();
    hostButton.click();
    await waitFor(() => expect(shadow.activeElement).toBe(searchInput()));

    fireEvent.keyDown(searchInput(), { key: 'Escape' });
    await waitFor(() => expect(dialog()).toBeNull());
    expect(closed).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(hostButton);
  });

  it('returns focus to the launcher when the launcher opened it', async () => {
    const { shadow, dialog, launcher, searchInput } = mount();
    launcher().focus();
    fireEvent.click(launcher());
    await waitFor(() => expect(shadow.activeElement).toBe(searchInput()));
    fireEvent.keyDown(dialog()!, { key: 'Escape' });
    await waitFor(() => expect(dialog()).toBeNull());
    expect(shadow.activeElement).toBe(launcher());
  });

  it('falls back to the launcher when the opener left the page', async () => {
    const { help, shadow, dialog, launcher, searchInput } = mount();
    const hostButton = document.body.appendChild(document.createElement('button'));
    hostButton.focus();
    help.open();
    await waitFor(() => expect(shadow.activeElement).toBe(searchInput()));
    hostButton.remove();
    help.close();
    await waitFor(() => expect(dialog()).toBeNull());
    expect(shadow.activeElement).toBe(launcher());
  });

  it('closes with the Close button', async () => {
    const { help, ui, dialog } = mount();
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    fireEvent.click(ui.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(dialog()).toBeNull());
  });

  it('leaves an Escape the page already handled alone', async () => {
    const { help, dialog, searchInput } = mount();
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    event.preventDefault();
    searchInput().dispatchEvent(event);
    await settle();
    expect(dialog()).not.toBeNull();
  });
});

describe('views', () => {
  it('typing in the search field switches to the search view; Back returns home', async () => {
    const { help, ui, dialog, searchInput, listbox } = mount();
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(ui.getByText('How can we help?')).toBeTruthy();
    expect(listbox()).toBeNull();
    expect(ui.queryByRole('button', { name: 'Back' })).toBeNull();

    type(searchInput(), 'invoice');
    await waitFor(() => expect(listbox()).not.toBeNull());
    expect((searchInput() as HTMLInputElement).value).toBe('invoice');
    expect(searchInput().getAttribute('aria-controls')).toBe(listbox()!.id);
    // No feed is configured: the search finds nothing and says so.
    await waitFor(() => expect(ui.getByText('No articles match “invoice”.')).toBeTruthy());

    fireEvent.click(ui.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(listbox()).toBeNull());
    expect(ui.getByText('How can we help?')).toBeTruthy();
    expect(ui.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('does not switch views for whitespace', async () => {
    const { help, dialog, searchInput, listbox } = mount();
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    type(searchInput(), '   ');
    await settle();
    expect(listbox()).toBeNull();
  });

  it('search(query) opens the search view with the query filled in', async () => {
    const { help, searchInput, listbox } = mount();
    help.search('refund');
    await waitFor(() => expect(listbox()).not.toBeNull());
    expect((searchInput() as HTMLInputElement).value).toBe('refund');
  });

  it('the clear button empties the query', async () => {
    const { help, ui, searchInput, listbox } = mount();
    help.search('refund');
    await waitFor(() => expect(listbox()).not.toBeNull());
    fireEvent.click(ui.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect((searchInput() as HTMLInputElement).value).toBe(''));
    expect(ui.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  it('showArticle(id) opens the article view, and Back returns to where the user was', async () => {
    const { help, ui, listbox } = mount();
    help.search('refund');
    await waitFor(() => expect(listbox()).not.toBeNull());
    help.showArticle('missing-article');
    await waitFor(() => expect(ui.getByText('This article is not available.')).toBeTruthy());
    fireEvent.click(ui.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(listbox()).not.toBeNull());
  });

  it.each([
    ['showArticle()', (h: PathlightInstance) => h.showArticle('' as string)],
    ['search(42)', (h: PathlightInstance) => h.search(42 as never)],
  ])('%s with a bad argument reports config_invalid and opens nothing', async (_, call) => {
    spyWarn();
    const { help, dialog } = mount();
    const errors = collectErrors(help);
    call(help);
    await settle();
    expect(codes(errors)).toEqual(['config_invalid']);
    expect(dialog()).toBeNull();
  });
});

describe('hand-off to a human', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/billing/invoices?token=secret#row-3');
  });

  it('is hidden without handoff config, and the contact view says so', async () => {
    const { help, ui, dialog } = mount();
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(ui.queryByRole('button', { name: 'Contact us' })).toBeNull();
    expect(ui.queryByText('Still need help?')).toBeNull();
    help.open('contact');
    await waitFor(() => expect(ui.getByText('Contact is not set up for this app.')).toBeTruthy());
  });

  it('calls onHandoff with what the user searched, and the path without query string or fragment', async () => {
    const onHandoff = vi.fn();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const { help, ui, dialog, searchInput, listbox } = mount({
      handoff: { onHandoff, url: 'https://chat.example.com', email: 'help@example.com' },
    });
    const events: HandoffContext[] = [];
    help.on('handoff', ({ context }) => events.push(context));
    help.identify('alice');
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    type(searchInput(), '  refund  ');
    await waitFor(() => expect(listbox()).not.toBeNull());
    const [contact] = await ui.findAllByRole('button', { name: 'Contact us' });
    fireEvent.click(contact!);

    expect(onHandoff).toHaveBeenCalledTimes(1);
    const context = onHandoff.mock.calls[0]![0] as HandoffContext;
    expect(context).toMatchObject({
      query: 'refund',
      path: '/billing/invoices',
      locale: 'en',
      userId: 'alice',
    });
    expect(Array.isArray(context.recentQueries)).toBe(true);
    expect(context.viewedArticles).toEqual([]);
    expect(events).toEqual([context]);
    expect(JSON.stringify(onHandoff.mock.calls)).not.toContain('secret');
    expect(open).not.toHaveBeenCalled();
  });

  it('opens mailto: with a subject naming the page and a body with its path (no query string) when only email is given', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    document.title = 'Invoices · Ledgerly';
    const { help, ui, dialog } = mount({ handoff: { email: 'help@example.com' } });
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    fireEvent.click(ui.getByRole('button', { name: 'Contact us' }));
    expect(open).toHaveBeenCalledTimes(1);
    const [href, target, features] = open.mock.calls[0]!;
    expect(String(href).startsWith('mailto:help@example.com?subject=')).toBe(true);
    const params = new URLSearchParams(String(href).split('?')[1]);
    expect(params.get('subject')).toBe('Help request: Invoices · Ledgerly');
    const body = params.get('body')!;
    expect(body).toContain('Page: /billing/invoices');
    expect(body).not.toContain('secret');
    expect(target).toBe('_blank');
    expect(features).toBe('noopener,noreferrer');
  });

  it('says what an e-mail hand-off did: the mail app should open, else the address to write to', async () => {
    vi.spyOn(window, 'open').mockImplementation(() => null);
    const { help, ui, shadow, dialog } = mount({ handoff: { email: 'help@example.com' } });
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    fireEvent.click(ui.getByRole('button', { name: 'Contact us' }));
    const heading = await waitFor(() => ui.getByRole('heading', { name: 'Your mail app should open' }));
    await waitFor(() => expect(shadow.activeElement).toBe(heading));
    expect(ui.getByRole('link', { name: 'help@example.com' }).getAttribute('href')).toMatch(
      /^mailto:help@example\.com\?subject=/,
    );
    expect(ui.getByRole('button', { name: 'Copy' })).toBeTruthy();
    // Left and opened again, the contact view offers the card, not a stale "should open".
    help.close();
    await settle();
    help.open('contact');
    await waitFor(() => expect(ui.getByRole('button', { name: 'Contact us' })).toBeTruthy());
    expect(ui.queryByText('Your mail app should open')).toBeNull();
  });

  it('opens the configured url in a new tab', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const { help, ui, dialog } = mount({ handoff: { url: 'https://chat.example.com/start' } });
    help.open('contact');
    await waitFor(() => expect(dialog()).not.toBeNull());
    fireEvent.click(ui.getByRole('button', { name: 'Contact us' }));
    expect(open).toHaveBeenCalledExactlyOnceWith(
      'https://chat.example.com/start',
      '_blank',
      'noopener,noreferrer',
    );
  });

  it('reports an onHandoff that throws, without breaking the panel', async () => {
    spyWarn();
    const { help, ui, dialog } = mount({
      handoff: {
        onHandoff: () => {
          throw new Error('chat widget missing');
        },
      },
    });
    const errors = collectErrors(help);
    help.open();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(() => fireEvent.click(ui.getByRole('button', { name: 'Contact us' }))).not.toThrow();
    expect(codes(errors)).toEqual(['listener_failed']);
    expect(dialog()).not.toBeNull();
  });
});

describe('locale and theme', () => {
  it("setLocale('pl') loads the locales chunk and the launcher reads Pomoc", async () => {
    const { help, ui, app } = mount();
    help.setLocale('pl');
    await waitFor(() => expect(ui.getByRole('button', { name: 'Pomoc' })).toBeTruthy(), CHUNK);
    expect(app().lang).toBe('pl');
    expect(app().dir).toBe('ltr');
    expect(JSON.parse(localStorage.getItem('pathlight:locale')!).d).toBe('pl');
  });

  it('remembers the chosen locale for the next start', async () => {
    const first = mount();
    first.help.setLocale('pl');
    first.help.destroy();
    const second = mount();
    await waitFor(() => expect(second.ui.getByRole('button', { name: 'Pomoc' })).toBeTruthy(), CHUNK);
  });

  it('starts in config.locale, and launcher.label still wins', async () => {
    const plain = mount({ locale: 'pl' });
    await waitFor(() => expect(plain.ui.getByRole('button', { name: 'Pomoc' })).toBeTruthy(), CHUNK);
    plain.help.destroy();
    const labelled = mount({ locale: 'pl', launcher: { label: 'Wsparcie' } });
    await waitFor(() => expect(labelled.app().lang).toBe('pl'), CHUNK);
    expect(labelled.ui.getByRole('button', { name: 'Wsparcie' })).toBeTruthy();
  });

  it('sets dir="rtl" for Arabic', async () => {
    const { help, app } = mount();
    help.setLocale('ar');
    await waitFor(() => expect(app().dir).toBe('rtl'), CHUNK);
  });

  it('applies theme values and launcher position to the container', async () => {
    const { app } = mount({
      zIndex: 42,
      theme: { radius: 4, brandColor: '#123456', colorScheme: 'dark' },
      launcher: { position: 'bottom-left', offset: 8 },
    });
    await waitFor(() => expect(app().dataset.side).toBe('left'));
    expect(app().dataset.scheme).toBe('dark');
    expect(app().style.getPropertyValue('--pl-radius')).toBe('4px');
    expect(app().style.getPropertyValue('--pl-brand')).toBe('#123456');
    expect(app().style.getPropertyValue('--pl-offset')).toBe('8px');
    expect(app().style.getPropertyValue('--pl-z')).toBe('42');
  });
});
