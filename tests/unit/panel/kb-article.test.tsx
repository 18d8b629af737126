import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandoffContext, PathlightInstance } from '../../../src/types';
import { resetPage } from '../setup/dom';
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

beforeEach(() => resetPage());
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
});

async function openArticle(id: string, config = {}, kb = fakeKb(ARTICLES, CATEGORIES)) {
  const mounted = mount(config, kb);
  mounted.help.showArticle(id);
  // The first dynamic import of the markdown chunk compiles it: give it time under a busy run.
  const body = await waitFor(
    () => {
      const element = mounted.shadow.querySelector<HTMLElement>('.pl-article-body[data-state="ready"]');
      expect(element).not.toBeNull();
      return element!;
    },
    { timeout: 5000 },
  );
  return { ...mounted, body };
}

describe('article view', () => {
  it('renders Markdown (headings, lists, emphasis, links) from the lazy chunk, title focused', async () => {
    const { body, ui, shadow } = await openArticle('reset-password');
    const title = ui.getByRole('heading', { name: 'Reset your password', level: 3 });
    await waitFor(() => expect(shadow.activeElement).toBe(title));
    expect(body.querySelector('h2')?.textContent).toBe('Steps');
    expect([...body.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual([
      'Open Settings.',
      'Choose Security.',
    ]);
    expect(body.querySelector('strong')?.textContent).toBe('Settings');
    expect(body.querySelector('em')?.textContent).toBe('Security');
    expect(ui.getByText('Account & security')).toBeTruthy();
  });

  it('renders a Markdown table', async () => {
    const { body } = await openArticle('create-invoice');
    expect([...body.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Field', 'Meaning']);
    expect(body.querySelector('td')?.textContent).toBe('Due');
  });

  it('emits article:view and remembers viewed articles (bounded to 10) for hand-off', async () => {
    const articles = Array.from({ length: 12 }, (_, i) => ({
      id: `a${i}`,
      title: `Article ${i}`,
      format: 'markdown' as const,
      body: `Body ${i}`,
    }));
    const { help } = mount({}, fakeKb(articles));
    const views: string[] = [];
    help.on('article:view', ({ id }) => views.push(id));
    for (const article of articles) {
      help.showArticle(article.id);
      await waitFor(() => expect(views.at(-1)).toBe(article.id));
    }
    expect(views).toHaveLength(12);
    const viewed = JSON.parse(sessionStorage.getItem('pathlight:viewed-articles')!).d;
    expect(viewed).toHaveLength(10);
    expect(viewed[0]).toEqual({ id: 'a2', title: 'Article 2' });
    expect(viewed[9]).toEqual({ id: 'a11', title: 'Article 11' });
  });

  it('shows "Open in help center" for an https url only', async () => {
    const kb = fakeKb([
      { id: 'ok', title: 'Ok', format: 'markdown', body: 'x', url: 'https://help.example.com/ok' },
      { id: 'bad', title: 'Bad', format: 'markdown', body: 'x', url: 'javascript:alert(1)' },
    ]);
    const { ui, help } = await openArticle('ok', {}, kb);
    const link = ui.getByRole('link', { name: 'Open in help center' });
    expect(link.getAttribute('href')).toBe('https://help.example.com/ok');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    help.showArticle('bad');
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Bad' })).toBeTruthy());
    expect(ui.queryByRole('link', { name: 'Open in help center' })).toBeNull();
  });

  it('opens a link to another article of the help center inside the panel', async () => {
    const { body, ui } = await openArticle('reset-password');
    fireEvent.click(body.querySelector('a[href="https://help.example.com/create-invoice"]')!);
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Create an invoice' })).toBeTruthy());
  });

  it('says so for an unknown article, with focus on that, and offers the search', async () => {
    const { help, ui, shadow, input } = mount();
    help.showArticle('nope');
    const heading = await waitFor(() => ui.getByRole('heading', { name: 'This article is not available.' }));
    await waitFor(() => expect(shadow.activeElement).toBe(heading));
    fireEvent.click(ui.getByRole('button', { name: 'Search help articles' }));
    await waitFor(() => expect(shadow.activeElement).toBe(input()));
  });
});

describe('was this helpful?', () => {
  it('emits article:feedback, thanks the user and remembers the answer per user', async () => {
    const { help, ui } = await openArticle('reset-password');
    const feedback = vi.fn();
    help.on('article:feedback', feedback);
    fireEvent.click(ui.getByRole('button', { name: 'Yes' }));
    expect(feedback).toHaveBeenCalledWith({ id: 'reset-password', helpful: true });
    await waitFor(() => expect(ui.getByText('Thanks for your feedback!')).toBeTruthy());
    expect(ui.queryByRole('button', { name: 'Yes' })).toBeNull();

    // Another article, then back: the answer is remembered.
    help.showArticle('create-invoice');
    await waitFor(() => expect(ui.getByRole('button', { name: 'No' })).toBeTruthy());
    help.showArticle('reset-password');
    await waitFor(() => expect(ui.getByText('Thanks for your feedback!')).toBeTruthy());

    // Another user has not answered it.
    help.identify('user-2');
    help.reset();
    help.showArticle('create-invoice');
    help.showArticle('reset-password');
    await waitFor(() => expect(ui.getByRole('button', { name: 'Yes' })).toBeTruthy());
    expect(feedback).toHaveBeenCalledTimes(1);
  });

  it('after "No", offers related articles (never itself) and sends what was missing as a comment', async () => {
    const { help, ui, shadow } = await openArticle('create-invoice');
    const feedback = vi.fn();
    help.on('article:feedback', feedback);
    fireEvent.click(ui.getByRole('button', { name: 'No' }));
    await waitFor(() => expect(ui.getByText('Sorry this didn’t help.')).toBeTruthy());
    expect(ui.queryByText('Thanks for your feedback!')).toBeNull();
    await waitFor(() => expect(shadow.activeElement?.textContent).toBe('Sorry this didn’t help.'));
    const related = ui.getByRole('region', { name: 'Related articles' });
    const titles = [...related.querySelectorAll('.pl-row-title')].map((title) => title.textContent);
    expect(titles).not.toContain('Create an invoice');
    expect(titles[0]).toBe('Getting started video'); // the same category comes first

    const send = ui.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.input(ui.getByRole('textbox', { name: /What were you looking for/ }), {
      target: { value: '  How to add a discount  ' },
    });
    fireEvent.click(send);
    await waitFor(() => expect(ui.getByText('Thanks, this helps us improve the article.')).toBeTruthy());
    expect(feedback.mock.calls).toEqual([
      [{ id: 'create-invoice', helpful: false }],
      [{ id: 'create-invoice', helpful: false, comment: 'How to add a discount' }],
    ]);
    expect(ui.queryByRole('textbox')).toBeNull();
  });

  it('survives a new instance (stored per user)', async () => {
    const first = await openArticle('reset-password', { user: { id: 'u1' } });
    fireEvent.click(first.ui.getByRole('button', { name: 'No' }));
    first.help.destroy();
    const second = await openArticle('reset-password', { user: { id: 'u1' } });
    expect(second.ui.getByText('Sorry this didn’t help.')).toBeTruthy();
    expect(second.ui.queryByRole('button', { name: 'No' })).toBeNull();
    // Asked what was missing right after answering, not on every visit since.
    expect(second.ui.queryByRole('textbox')).toBeNull();
  });
});

describe('still need help?', () => {
  it('hands off with the queries, the articles read, the path without query string, locale and user', async () => {
    history.replaceState(null, '', '/billing?token=secret#x');
    const contexts: HandoffContext[] = [];
    const { help, ui, options, input } = mount({
      user: { id: 'u-7' },
      handoff: { onHandoff: (context: HandoffContext) => contexts.push(context) },
    });
    const emitted = vi.fn();
    help.on('handoff', emitted);
    help.search('zzz');
    await waitFor(() => expect(ui.getByText('No articles match “zzz”.')).toBeTruthy());
    // Enter settles a query at once (otherwise a pause of SETTLE_MS does).
    fireEvent.keyDown(input(), { key: 'Enter' });
    fireEvent.input(input(), { target: { value: 'password' } });
    await waitFor(() => expect(options()).toHaveLength(1));
    fireEvent.click(options()[0]!);
    await waitFor(() => expect(ui.getByRole('heading', { name: 'Reset your password' })).toBeTruthy());
    fireEvent.click(ui.getByRole('button', { name: 'Contact us' }));
    expect(contexts).toEqual([
      {
        query: 'password',
        recentQueries: ['zzz', 'password'],
        failedQueries: ['zzz'],
        viewedArticles: [{ id: 'reset-password', title: 'Reset your password' }],
        path: '/billing',
        locale: 'en',
        userId: 'u-7',
      },
    ]);
    expect(emitted).toHaveBeenCalledWith({ context: contexts[0] });
  });

  it('is hidden under an article when no hand-off is configured', async () => {
    const { ui } = await openArticle('reset-password');
    expect(ui.queryByText('Still need help?')).toBeNull();
  });
});
