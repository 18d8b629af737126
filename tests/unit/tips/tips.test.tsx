import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPathlight } from '../../../src/index';
import type {
  Announcement,
  GuideContent,
  PathlightConfig,
  PathlightEventName,
  PathlightInstance,
  Tip,
} from '../../../src/types';
import { deepActiveElement } from '../../../src/ui/host';
import { resetPage, roots, settle, shadowOf } from '../setup/dom';

// Layout is Chromium's job (tests/browser/tips.test.mjs); here a placement lands at once.
vi.mock('../../../src/ui/position', () => ({
  anchor: (
    _rt: unknown,
    floating: HTMLElement,
    _reference: Element,
    options: { onPlaced?: (state: { placement: string; referenceHidden: boolean }) => void } = {},
  ) => {
    floating.dataset.placement = 'bottom';
    queueMicrotask(() => options.onPlaced?.({ placement: 'bottom', referenceHidden: false }));
    return () => {};
  },
}));
const made: PathlightInstance[] = [];

function mount(config: PathlightConfig = {}) {
  const help = createPathlight({ quietPeriodMs: 0, launcher: { hidden: true }, ...config });
  made.push(help);
  const shadow = shadowOf(roots().length - 1);
  // The app container, not the shadow root: testing-library's async queries observe an Element.
  const ui = within(shadow.querySelector<HTMLElement>('.pl-app')!);
  const events: string[] = [];
  const names: PathlightEventName[] = [
    'tip:show',
    'tip:dismiss',
    'tip:click',
    'announcement:show',
    'announcement:dismiss',
    'announcement:click',
    'open',
  ];
  for (const name of names) {
    help.on(name, (payload) => {
      const p = payload as { id?: string; action?: string; view?: string };
      events.push([name, p.id ?? p.view, p.action].filter(Boolean).join(':'));
    });
  }
  return { help, shadow, ui, events, $: (selector: string) => shadow.querySelector<HTMLElement>(selector) };
}

const withTips = (tips: Tip[], announcements: Announcement[] = []): GuideContent => ({
  version: 1,
  tips,
  announcements,
});
const key = (target: Element, name: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key: name, bubbles: true, composed: true, ...init });

beforeEach(() => {
  resetPage();
  document.body.innerHTML =
    '<main><button id="export">Export</button><input id="customer" aria-label="Customer"><input id="other" aria-label="Other"></main>';
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  vi.restoreAllMocks();
  resetPage();
});

describe('tips', () => {
  it('is a non-modal dialog named by its title and described by its body, with safe Markdown', async () => {
    const t = mount({
      content: withTips([
        {
          id: 'x',
          target: '#customer',
          title: 'Start <img src=x onerror=alert(1)>',
          body: 'Pick **who** you bill. [Learn more](https://docs.example/c) or [not](javascript:alert).',
          trigger: {},
        },
      ]),
    });
    const tip = await t.ui.findByRole('dialog', { name: 'Start <img src=x onerror=alert(1)>' });
    expect(tip.getAttribute('aria-modal')).toBeNull();
    expect(tip.querySelector('img')).toBeNull();
    const body = t.shadow.getElementById(tip.getAttribute('aria-describedby')!)!;
    expect(body.querySelector('strong')!.textContent).toBe('who');
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://docs.example/c');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(body.querySelectorAll('a')).toHaveLength(1);
    expect(body.textContent).toContain('or not.');
  });

  it('never takes focus by itself, and is announced through a polite live region', async () => {
    const input = document.getElementById('other') as HTMLInputElement;
    input.focus();
    const t = mount({
      content: withTips([
        {
          id: 'x',
          target: '#customer',
          title: 'Pick a customer',
          body: 'Their **tax ID** comes along.',
          trigger: {},
        },
      ]),
    });
    await t.ui.findByRole('dialog');
    expect(document.activeElement).toBe(input);
    const status = t.ui.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(status.textContent).toBe('Tip: Pick a customer Their tax ID comes along.'));
  });

  it('closes for good with its close button (tip:dismiss)', async () => {
    const t = mount({ content: withTips([{ id: 'x', target: '#export', title: 'X', trigger: {} }]) });
    fireEvent.click(await t.ui.findByRole('button', { name: 'Close tip' }));
    await waitFor(() => expect(t.ui.queryByRole('dialog')).toBeNull());
    expect(t.events).toEqual(['tip:show:x', 'tip:dismiss:x']);
  });

  it.each<[string, () => Element, boolean, boolean]>([
    ['focus inside the tip', () => shadowOf(0).querySelector('.pl-tip-close')!, false, true],
    ['focus on the element the tip is about', () => document.getElementById('customer')!, false, true],
    ['nothing focused', () => document.body, false, true],
    ['focus on another field', () => document.getElementById('other')!, false, false],
    ['a host widget that handled Escape itself', () => document.getElementById('customer')!, true, false],
  ])('Escape with %s: dismissed %#', async (_, where, hostHandles, dismissed) => {
    const t = mount({ content: withTips([{ id: 'x', target: '#customer', title: 'X', trigger: {} }]) });
    await t.ui.findByRole('dialog');
    const target = where();
    (target as HTMLElement).focus?.();
    if (hostHandles) target.addEventListener('keydown', (e) => e.preventDefault());
    key(target, 'Escape');
    await settle();
    expect(t.ui.queryByRole('dialog') === null).toBe(dismissed);
  });
});

describe('hotspots', () => {
  const hotspot = (open?: 'hover'): Tip => ({
    id: 'h',
    target: '#export',
    title: 'Send it',
    body: 'Export as CSV.',
    hotspot: open ? { open } : true,
    buttons: [{ label: 'Got it', action: 'dismiss' }],
    trigger: {},
  });

  it('shows a beacon; a click opens the tip with focus in it; Escape folds it back to the beacon', async () => {
    const t = mount({ content: withTips([hotspot()]) });
    const beacon = await t.ui.findByRole('button', { name: 'Show tip: Send it' });
    expect(beacon.getAttribute('aria-expanded')).toBe('false');
    expect(t.ui.queryByRole('dialog')).toBeNull();
    expect(t.events).toEqual([]);

    fireEvent.click(beacon);
    const tip = await t.ui.findByRole('dialog', { name: 'Send it' });
    await waitFor(() => expect(deepActiveElement()).toBe(tip));
    expect(beacon.getAttribute('aria-expanded')).toBe('true');
    expect(beacon.getAttribute('aria-controls')).toBe(tip.id);
    expect(t.events).toEqual(['tip:show:h']);

    key(tip, 'Escape');
    await waitFor(() => expect(t.ui.queryByRole('dialog')).toBeNull());
    expect(deepActiveElement()).toBe(t.ui.getByRole('button', { name: 'Show tip: Send it' }));
    expect(t.events).toEqual(['tip:show:h']);

    fireEvent.click(beacon);
    fireEvent.click(await t.ui.findByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(t.ui.queryByRole('button', { name: 'Show tip: Send it' })).toBeNull());
    expect(t.events).toEqual(['tip:show:h', 'tip:show:h', 'tip:click:h:dismiss', 'tip:dismiss:h']);
  });

  it('opens on hover and focus, without moving focus, with `open: "hover"`', async () => {
    const t = mount({ content: withTips([hotspot('hover')]) });
    const beacon = await t.ui.findByRole('button', { name: 'Show tip: Send it' });
    fireEvent.pointerEnter(beacon);
    await t.ui.findByRole('dialog');
    expect(deepActiveElement()).toBe(document.body);
    fireEvent.pointerLeave(beacon);
    await waitFor(() => expect(t.ui.queryByRole('dialog')).toBeNull());
  });

  it('is opened right away by a developer call', async () => {
    const t = mount({ content: withTips([{ ...hotspot(), trigger: undefined }]) });
    t.help.showTip('h');
    await t.ui.findByRole('dialog', { name: 'Send it' });
    expect(t.ui.getByRole('button', { name: 'Show tip: Send it' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});

describe('buttons', () => {
  it('opens an article in the panel and completes the tip', async () => {
    const t = mount({
      content: withTips([
        {
          id: 'a',
          target: '#export',
          title: 'A',
          buttons: [{ label: 'Read', action: 'article', value: 'export-csv' }],
          trigger: {},
        },
      ]),
    });
    fireEvent.click(await t.ui.findByRole('button', { name: 'Read' }));
    await waitFor(() => expect(t.events).toEqual(['tip:show:a', 'tip:click:a:article', 'open:article']));
    expect(t.$('.pl-tip')).toBeNull();
  });

  it('is a real link for a URL, opening other sites in a new tab', async () => {
    const t = mount({
      content: withTips([
        {
          id: 'a',
          target: '#export',
          title: 'A',
          buttons: [
            { label: 'Pricing', action: 'url', value: '/pricing' },
            { label: 'Docs', action: 'url', value: 'https://docs.example/x' },
          ],
          trigger: {},
        },
      ]),
    });
    const local = await t.ui.findByRole('link', { name: 'Pricing' });
    const external = t.ui.getByRole('link', { name: 'Docs' });
    expect(local.getAttribute('href')).toBe('/pricing');
    expect(local.getAttribute('target')).toBeNull();
    expect(external.getAttribute('target')).toBe('_blank');
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('runs a custom callback; `next` completes the tip so one chained with `after` shows', async () => {
    const onClick = vi.fn();
    const t = mount({
      maxVisibleTips: 1,
      content: withTips([
        {
          id: 'first',
          target: '#export',
          title: 'First',
          buttons: [
            { label: 'Run', action: 'custom', onClick },
            { label: 'Next', action: 'next' },
          ],
          trigger: {},
        },
        { id: 'second', target: '#customer', title: 'Second', trigger: { after: 'tip:first' } },
      ]),
    });
    t.help.showTip('first'); // (already shown by its rule; a no-op besides counting)
    fireEvent.click(await t.ui.findByRole('button', { name: 'Next' }));
    await t.ui.findByRole('dialog', { name: 'Second' });
    expect(t.events).toEqual(['tip:show:first', 'tip:click:first:next', 'tip:show:second']);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('reports a custom callback that throws, and still closes', async () => {
    const t = mount({
      content: withTips([
        {
          id: 'a',
          target: '#export',
          title: 'A',
          buttons: [
            {
              label: 'Boom',
              action: 'custom',
              onClick: () => {
                throw new Error('boom');
              },
            },
          ],
          trigger: {},
        },
      ]),
    });
    const errors: string[] = [];
    t.help.on('error', (e) => errors.push(e.code));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fireEvent.click(await t.ui.findByRole('button', { name: 'Boom' }));
    await waitFor(() => expect(t.$('.pl-tip')).toBeNull());
    expect(errors).toEqual(['listener_failed']);
  });
});

describe('announcements', () => {
  const modal: Announcement = {
    id: 'new',
    title: 'New: recurring invoices',
    body: 'Bill **automatically**.',
    buttons: [
      { label: 'Show me how', action: 'article', value: 'recurring' },
      { label: 'Maybe later', action: 'dismiss' },
    ],
  };

  it('is a modal dialog: focus moves in, Tab stays in, Escape closes and focus returns', async () => {
    const opener = document.getElementById('other') as HTMLInputElement;
    opener.focus();
    const t = mount({ content: withTips([], [modal]) });
    t.help.showAnnouncement('new');
    const dialog = await t.ui.findByRole('dialog', { name: 'New: recurring invoices' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    await waitFor(() => expect(deepActiveElement()).toBe(dialog));

    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((b) => b.textContent || b.getAttribute('aria-label'))).toEqual([
      'Close announcement',
      'Show me how',
      'Maybe later',
    ]);
    buttons[2]!.focus();
    key(buttons[2]!, 'Tab');
    expect(deepActiveElement()).toBe(buttons[0]);
    key(buttons[0]!, 'Tab', { shiftKey: true });
    expect(deepActiveElement()).toBe(buttons[2]);

    // Focus that escapes (a click on the page) is brought back.
    opener.focus();
    expect(deepActiveElement()).toBe(dialog);

    key(dialog, 'Escape');
    await waitFor(() => expect(t.ui.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
    expect(t.events).toEqual(['announcement:show:new', 'announcement:dismiss:new']);
  });

  it('closes on a click on the backdrop, and completes with its call to action', async () => {
    const t = mount({ content: withTips([], [modal]) });
    t.help.showAnnouncement('new');
    await t.ui.findByRole('dialog');
    fireEvent.click(t.$('.pl-backdrop')!);
    await waitFor(() => expect(t.ui.queryByRole('dialog')).toBeNull());
    t.help.showAnnouncement('new');
    fireEvent.click(await t.ui.findByRole('button', { name: 'Show me how' }));
    await waitFor(() =>
      expect(t.events).toEqual([
        'announcement:show:new',
        'announcement:dismiss:new',
        'announcement:show:new',
        'announcement:click:new:article',
        'open:article',
      ]),
    );
  });

  it('as a slide-in, is a non-modal card that does not take focus', async () => {
    const input = document.getElementById('other') as HTMLInputElement;
    input.focus();
    const t = mount({ content: withTips([], [{ ...modal, style: 'slide-in', trigger: {} }]) });
    const card = await t.ui.findByRole('dialog', { name: 'New: recurring invoices' });
    expect(card.getAttribute('aria-modal')).toBeNull();
    expect(card.classList.contains('pl-announcement-slidein')).toBe(true);
    expect(t.$('.pl-backdrop')).toBeNull();
    expect(document.activeElement).toBe(input);
    await waitFor(() =>
      expect(t.ui.getByRole('status').textContent).toBe('Announcement: New: recurring invoices'),
    );
  });

  it.each<[string, Announcement['video'], string, string]>([
    [
      'an allow-listed embed',
      { provider: 'youtube', src: 'https://youtu.be/dQw4w9WgXcQ' },
      'iframe',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1',
    ],
    ['a file', { provider: 'file', src: '/media/intro.webm' }, 'video', '/media/intro.webm'],
  ])('plays %s only after the user presses play', async (_, video, tag, src) => {
    const t = mount({ content: withTips([], [{ ...modal, video }]) });
    t.help.showAnnouncement('new');
    const dialog = await t.ui.findByRole('dialog');
    expect(dialog.querySelector('iframe, video')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Play video' }));
    const media = await waitFor(() => {
      const found = dialog.querySelector(tag);
      if (!found) throw new Error(`no <${tag}> yet`);
      return found;
    });
    expect(media.getAttribute('src')).toBe(src);
    if (tag === 'iframe') {
      expect(media.getAttribute('sandbox')).toBe(
        'allow-scripts allow-same-origin allow-presentation allow-popups',
      );
      expect(media.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
      expect(media.getAttribute('title')).toBe('New: recurring invoices');
    }
  });

  it('holds tips back while the modal shows, and brings them back after it', async () => {
    const t = mount({
      content: withTips([{ id: 'x', target: '#export', title: 'Tip', trigger: {} }], [modal]),
    });
    await t.ui.findByRole('dialog', { name: 'Tip' });
    t.help.showAnnouncement('new');
    await waitFor(() => expect(t.ui.queryByRole('dialog', { name: 'Tip' })).toBeNull());
    key(await t.ui.findByRole('dialog', { name: 'New: recurring invoices' }), 'Escape');
    await t.ui.findByRole('dialog', { name: 'Tip' });
  });
});

describe('tip bodies', () => {
  it("draws richer Markdown with the articles' parser, as DOM", async () => {
    const t = mount({
      content: withTips([
        { id: 'x', target: '#export', title: 'X', body: 'Steps:\n\n- one\n- **two**', trigger: {} },
      ]),
    });
    const tip = await t.ui.findByRole('dialog');
    await waitFor(() => expect(tip.querySelectorAll('.pl-tip-body li')).toHaveLength(2));
    expect(tip.querySelector('.pl-tip-body li strong')!.textContent).toBe('two');
  });
});
