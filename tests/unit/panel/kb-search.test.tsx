import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS } from '../../../src/panel/views/SearchView';
import type { HandoffContext, PathlightInstance } from '../../../src/types';
import { resetPage, settle, tick } from '../setup/dom';
import { ARTICLES, CATEGORIES, fakeKb, mountPanel } from './kb-fake';

// happy-dom cannot run DOMPurify (the real sanitizer refuses to work here, see kb-render-fallback), so
// these tests of the panel's logic use the Markdown renderer without it; sanitizing is tested in Chromium
// (tests/browser/kb-xss.test.mjs).
vi.mock('../../../src/content/renderer', async () => {
  const { markdownToHtml } = await import('../../../src/content/markdown');
  return {
    createArticleRenderer: () => ({
      render: (article: { body: string; format: string }) =>
        article.format === 'markdown' ? markdownToHtml(article.body) : '<p>html article</p>',
      sanitize: (html: string) => html,
    }),
  };
});

const made: PathlightInstance[] = [];
function mount(...args: Parameters<typeof mountPanel>) {
  const mounted = mountPanel(...args);
  made.push(mounted.help);
  return mounted;
}

const type = (input: HTMLInputElement, value: string) => fireEvent.input(input, { target: { value } });
const key = (input: HTMLElement, name: string) => fireEvent.keyDown(input, { key: name });

beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  vi.useRealTimers();
  resetPage();
});

async function searchFor(query: string, config = {}) {
  const mounted = mount(config);
  mounted.help.open();
  await waitFor(() => expect(mounted.input()).toBeTruthy());
  type(mounted.input(), query);
  return mounted;
}

describe('instant results', () => {
  it('shows options named by the article title, with snippet and <mark> highlights as text', async () => {
    const { options, ui, shadow } = await searchFor('invoice');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false']);
    expect(ui.getByRole('option', { name: /^Create an invoice/ })).toBeTruthy();
    expect(ui.getByRole('option', { name: /^Taxes on an invoice/ })).toBeTruthy();
    const marks = [...shadow.querySelectorAll('[role="option"] mark')].map((m) => m.textContent);
    expect(marks).toEqual(['invoice', 'invoice', 'invoice']);
    expect(options()[0]!.querySelector('.pl-snippet')?.textContent).toBe(
      'Send your first invoice in a minute.',
    );
  });

  it('renders hostile titles and snippets as text, never as HTML', async () => {
    const kb = fakeKb([
      {
        id: 'x',
        title: '<img src=x onerror=alert(1)> invoice',
        summary: '<b>bold</b> invoice',
        format: 'markdown',
        body: '',
      },
    ]);
    const { options, shadow, help } = mount({}, kb);
    help.search('invoice');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(shadow.querySelector('[role="option"] img')).toBeNull();
    expect(shadow.querySelector('[role="option"] b')).toBeNull();
    expect(options()[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('waits for typing to pause before searching (debounced)', async () => {
    const { input, kb } = await searchFor('i');
    type(input(), 'in');
    type(input(), 'inv');
    type(input(), 'invo');
    await settle();
    await tick(150);
    expect(kb.queries.filter((q) => q.startsWith('in'))).toEqual(['invo']);
  });

  it('announces the number of results in a polite live region', async () => {
    const { live, input } = await searchFor('invoice');
    await waitFor(() => expect(live()).toBe('2 results'));
    type(input(), 'password');
    await waitFor(() => expect(live()).toBe('1 result'));
    type(input(), 'nothing here');
    await waitFor(() => expect(live()).toBe('0 results'));
  });

  it('Pathlight.search(query) opens the panel with the results', async () => {
    const { help, options, input } = mount();
    help.search('password');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(input().value).toBe('password');
  });

  it('shows a video badge and the moment for a transcript hit, and opens the video there', async () => {
    const { options, ui, shadow } = await searchFor('customer');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]!.textContent).toContain('Video');
    expect(options()[0]!.textContent).toContain('0:05');
    fireEvent.click(options()[0]!);
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Getting started video' })).toBeTruthy());
    const video = await waitFor(() => {
      const element = shadow.querySelector('video');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(video.currentTime).toBe(5);
  });
});

describe('keyboard', () => {
  it('arrows move the active option (aria-activedescendant), wrapping; Home/End jump; Enter opens', async () => {
    const { input, options, ui } = await searchFor('invoice');
    await waitFor(() => expect(options()).toHaveLength(2));
    const active = () => input().getAttribute('aria-activedescendant');
    const selected = () => options().findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(active()).toBeNull();
    expect(input().getAttribute('aria-expanded')).toBe('true');

    key(input(), 'ArrowDown');
    await waitFor(() => expect(active()).toBe(options()[0]!.id));
    expect(selected()).toBe(0);
    key(input(), 'ArrowDown');
    await waitFor(() => expect(selected()).toBe(1));
    key(input(), 'ArrowDown');
    await waitFor(() => expect(selected()).toBe(0));
    key(input(), 'ArrowUp');
    await waitFor(() => expect(selected()).toBe(1));
    key(input(), 'Home');
    await waitFor(() => expect(selected()).toBe(0));
    key(input(), 'End');
    await waitFor(() => expect(active()).toBe(options()[1]!.id));

    key(input(), 'Enter');
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Taxes on an invoice' })).toBeTruthy());
    // Back returns to the same results.
    fireEvent.click(ui.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(input().value).toBe('invoice');
  });

  it('Home/End without an active option leave the caret alone', async () => {
    const { input, options } = await searchFor('invoice');
    await waitFor(() => expect(options()).toHaveLength(2));
    const event = new KeyboardEvent('keydown', { key: 'Home', bubbles: true, cancelable: true });
    input().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('Escape clears a non-empty field first, and closes the panel from an empty one', async () => {
    const { input, shadow, help } = await searchFor('invoice');
    const closed = vi.fn();
    help.on('close', closed);
    key(input(), 'Escape');
    await waitFor(() => expect(input().value).toBe(''));
    expect(shadow.querySelector('[role="dialog"]')).not.toBeNull();
    expect(closed).not.toHaveBeenCalled();
    key(input(), 'Escape');
    await waitFor(() => expect(shadow.querySelector('[role="dialog"]')).toBeNull());
    expect(closed).toHaveBeenCalledTimes(1);
  });
});

describe('search event and hand-off memory', () => {
  it('emits search once per settled query, not per keystroke', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { help, input } = mount();
    const events: unknown[] = [];
    help.on('search', (e) => events.push(e));
    help.open();
    await vi.advanceTimersByTimeAsync(100);
    for (const value of ['p', 'pa', 'pas', 'pass', 'password']) {
      type(input(), value);
      await vi.advanceTimersByTimeAsync(120);
    }
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 200);
    expect(events).toEqual([{ query: 'password', resultCount: 1 }]);
    // Nothing more while the user stays on the same query.
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(events).toHaveLength(1);
  });

  it('settles at once when a result opens, and keeps recent and failed queries bounded to 10', async () => {
    const { help, input, options } = mount();
    const events: Array<{ query: string; resultCount: number }> = [];
    help.on('search', (e) => events.push(e));
    help.search('invoice');
    await waitFor(() => expect(options()).toHaveLength(2));
    fireEvent.click(options()[0]!);
    expect(events).toEqual([{ query: 'invoice', resultCount: 2 }]);

    for (let i = 0; i < 12; i++) {
      help.search(`missing ${i}`);
      await waitFor(() => expect(input().value).toBe(`missing ${i}`));
      await tick(130);
      fireEvent.keyDown(input(), { key: 'Enter' });
    }
    const session = (key: string) => JSON.parse(sessionStorage.getItem(`pathlight:${key}`)!).d as string[];
    expect(session('recent-queries')).toHaveLength(10);
    expect(session('recent-queries').at(-1)).toBe('missing 11');
    expect(session('failed-queries')).toHaveLength(10);
    expect(session('failed-queries')).not.toContain('invoice');
    expect(events.at(-1)).toEqual({ query: 'missing 11', resultCount: 0 });
  });

  it('the empty state offers Contact us, whose context carries the failed query', async () => {
    const contexts: HandoffContext[] = [];
    const { ui, input } = await searchFor('zzz unknown', {
      handoff: { onHandoff: (c: HandoffContext) => contexts.push(c) },
    });
    await waitFor(() => expect(ui.getByText('No articles match “zzz unknown”.')).toBeTruthy());
    expect(input().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(ui.getByRole('button', { name: 'Contact us' }));
    expect(contexts).toHaveLength(1);
    expect(contexts[0]).toMatchObject({
      query: 'zzz unknown',
      failedQueries: ['zzz unknown'],
      recentQueries: ['zzz unknown'],
    });
  });

  it('has no Contact us in the empty state without hand-off config', async () => {
    const { ui } = await searchFor('zzz unknown');
    await waitFor(() => expect(ui.getByText('No articles match “zzz unknown”.')).toBeTruthy());
    expect(ui.queryByRole('button', { name: 'Contact us' })).toBeNull();
  });
});

describe('home', () => {
  it('suggests articles for the current page and follows route changes', async () => {
    history.replaceState(null, '', '/settings/profile');
    const { help, ui } = mount();
    help.open();
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Suggested for this page' })).toBeTruthy());
    expect(ui.getByRole('button', { name: 'Reset your password' })).toBeTruthy();
    history.pushState(null, '', '/invoices/new');
    await waitFor(() => expect(ui.getByRole('button', { name: 'Create an invoice' })).toBeTruthy());
    expect(ui.queryByRole('button', { name: 'Reset your password' })).toBeNull();
  });

  it('lists top-level topics with their article counts; a topic lists its articles and subtopics', async () => {
    const { help, ui, options } = mount();
    help.open();
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Browse topics' })).toBeTruthy());
    const topic = ui.getByRole('button', { name: /Invoices/ });
    // Invoices holds two articles and its Taxes subtopic one more.
    expect(topic.textContent).toContain('3');
    expect(ui.queryByRole('button', { name: /^Taxes/ })).toBeNull();
    fireEvent.click(topic);
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Invoices' })).toBeTruthy());
    expect(options().map((o) => o.textContent)).toEqual([
      expect.stringContaining('Create an invoice'),
      expect.stringContaining('Getting started video'),
    ]);
    fireEvent.click(ui.getByRole('button', { name: 'Taxes' }));
    await waitFor(() => expect(options()).toHaveLength(1));
  });

  it('shows a loading skeleton, then content when the feed arrives', async () => {
    const kb = fakeKb(ARTICLES, CATEGORIES, { status: 'loading' });
    const { help, ui, shadow } = mount({}, kb);
    help.open();
    await waitFor(() => expect(shadow.querySelector('.pl-skeleton[aria-busy="true"]')).not.toBeNull());
    expect(ui.getByText('Loading help articles…')).toBeTruthy();
    kb.$status.set('ready');
    kb.$searchReady.set(true);
    await waitFor(() => expect(shadow.querySelector('.pl-skeleton')).toBeNull());
    expect(ui.getByRole('heading', { name: 'Browse topics' })).toBeTruthy();
  });

  it('says help is unavailable, with Try again and contact, when the feed failed', async () => {
    const kb = fakeKb([], [], { status: 'error' });
    const onHandoff = vi.fn();
    const { help, ui } = mount({ handoff: { onHandoff } }, kb);
    help.open();
    await waitFor(() => expect(ui.getByRole('alert')).toBeTruthy());
    expect(ui.getByText('Help is unavailable right now.')).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Try again' }));
    expect(kb.retry).toHaveBeenCalledTimes(1);
    fireEvent.click(ui.getAllByRole('button', { name: 'Contact us' })[0]!);
    expect(onHandoff).toHaveBeenCalledTimes(1);
  });
});
