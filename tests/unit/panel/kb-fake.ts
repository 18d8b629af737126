// A small in-memory KnowledgeBase for the panel's component tests, and a mount helper that builds a
// real runtime (createInstance) around setupPanel (and the hand-off, as the composition root wires it) with it — no feed fetching, no search index.
import { within } from '@testing-library/preact';
import { atom } from 'nanostores';
import { type Mock, vi } from 'vitest';
import { createInstance } from '../../../src/core/instance';
import { setupHandoff } from '../../../src/handoff';
import type { SearchHit } from '../../../src/kb/search/index';
import type { KnowledgeBase, KnowledgeBaseStatus } from '../../../src/kb/types';
import { setupPanel } from '../../../src/panel';
import { panelCss } from '../../../src/panel/styles';
import type { Article, Category, PathlightConfig, PathlightInstance } from '../../../src/types';
import { baseCss } from '../../../src/ui/styles';
import { roots, shadowOf } from '../setup/dom';

export interface FakeKb extends KnowledgeBase {
  $status: ReturnType<typeof atom<KnowledgeBaseStatus>>;
  $articles: ReturnType<typeof atom<readonly Article[]>>;
  $categories: ReturnType<typeof atom<readonly Category[]>>;
  $searchReady: ReturnType<typeof atom<boolean>>;
  retry: Mock<() => void>;
  /** Every query `search` was called with. */
  queries: string[];
}

const rangesOf = (text: string, words: string[]): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (const word of words) {
    const at = lower.indexOf(word);
    if (at >= 0) out.push([at, at + word.length]);
  }
  return out;
};

/**
 * Substring search over title, summary and transcript: enough to drive the views. A transcript
 * line that matches (and no title) gives a hit with `at`, like the real index does.
 */
export function fakeKb(
  articles: Article[],
  categories: Category[] = [],
  { status = 'ready' as KnowledgeBaseStatus } = {},
): FakeKb {
  const $articles = atom<readonly Article[]>(articles);
  const queries: string[] = [];
  return {
    $status: atom<KnowledgeBaseStatus>(status),
    $articles,
    $categories: atom<readonly Category[]>(categories),
    $searchReady: atom(status === 'ready'),
    retry: vi.fn<() => void>(),
    queries,
    search(query, { limit = 10 } = {}) {
      queries.push(query);
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const hits: SearchHit[] = [];
      for (const article of $articles.get()) {
        const title = article.title.toLowerCase();
        const summary = (article.summary ?? '').toLowerCase();
        if (words.every((w) => title.includes(w) || summary.includes(w))) {
          hits.push({
            id: article.id,
            title: article.title,
            score: 1,
            ...(article.summary ? { snippet: article.summary } : {}),
            highlights: {
              title: rangesOf(article.title, words),
              snippet: rangesOf(article.summary ?? '', words),
            },
          });
          continue;
        }
        const line = article.video?.transcript?.find((l) =>
          words.every((w) => l.text.toLowerCase().includes(w)),
        );
        if (line) {
          hits.push({
            id: article.id,
            title: article.title,
            score: 0.5,
            snippet: line.text,
            highlights: { title: [], snippet: rangesOf(line.text, words) },
            at: line.at,
          });
        }
      }
      return hits.slice(0, limit);
    },
    getArticle: (id) => $articles.get().find((a) => a.id === id),
    suggestionsFor: (path, limit = 5) =>
      $articles
        .get()
        .filter((a) =>
          a.contexts?.some((c) => c === path || (c.endsWith('*') && path.startsWith(c.slice(0, -1)))),
        )
        .slice(0, limit),
  };
}

export const ARTICLES: Article[] = [
  {
    id: 'reset-password',
    title: 'Reset your password',
    summary: 'Forgot your password? Get a reset link by email.',
    category: 'account',
    format: 'markdown',
    url: 'https://help.example.com/reset-password',
    contexts: ['/settings*'],
    body: '## Steps\n\n1. Open **Settings**.\n2. Choose *Security*.\n\nSee [invoices](https://help.example.com/create-invoice) or [docs](https://docs.example.org/x).',
  },
  {
    id: 'create-invoice',
    title: 'Create an invoice',
    summary: 'Send your first invoice in a minute.',
    category: 'invoices',
    format: 'markdown',
    url: 'https://help.example.com/create-invoice',
    contexts: ['/invoices*'],
    body: 'Go to **Invoices → New invoice**.\n\n| Field | Meaning |\n| --- | --- |\n| Due | When it is due |',
  },
  {
    id: 'invoice-taxes',
    title: 'Taxes on an invoice',
    summary: 'VAT and sales tax lines.',
    category: 'taxes',
    format: 'html',
    body: '<p>Hello <img src=x onerror="window.__xss=1"><script>window.__xss=2</script><a href="javascript:alert(1)">bad</a></p>',
  },
  {
    id: 'tour-video',
    title: 'Getting started video',
    summary: 'A short tour of the basics.',
    category: 'invoices',
    format: 'markdown',
    body: 'Watch the video.',
    video: {
      provider: 'file',
      src: '/media/getting-started.webm',
      duration: 20,
      chapters: [
        { at: 0, title: 'Welcome' },
        { at: 10, title: 'Create an invoice' },
      ],
      transcript: [
        { at: 0, text: 'Welcome to Ledgerly.' },
        { at: 5, text: 'Add a customer from the Customers page.' },
        { at: 10, text: 'Then send the bill.' },
      ],
    },
  },
];

export const CATEGORIES: Category[] = [
  { id: 'account', title: 'Account & security' },
  { id: 'invoices', title: 'Invoices' },
  { id: 'taxes', title: 'Taxes', parent: 'invoices' },
];

/** A real runtime with the panel on a fake knowledge base. */
export function mountPanel(config: PathlightConfig = {}, kb: FakeKb = fakeKb(ARTICLES, CATEGORIES)) {
  const help: PathlightInstance = createInstance({
    css: baseCss + panelCss,
    // The chunks the panel loads itself (the knowledge base is the fake, guides are not set up).
    chunks: {
      'locale-ar': () => import('../../../src/i18n/catalogs/ar'),
      'locale-de': () => import('../../../src/i18n/catalogs/de'),
      'locale-pl': () => import('../../../src/i18n/catalogs/pl'),
      markdown: () => import('../../../src/content/chunk'),
      article: () => import('../../../src/panel/article-chunk'),
      marks: () => import('../../../src/panel/element-help-chunk'),
      position: () => import('../../../src/ui/position-chunk'),
      handoff: () => import('../../../src/handoff/chunk'),
    },
    features: [],
    ui: (rt) => {
      const panel = setupPanel(rt, kb);
      setupHandoff(rt, panel.registry);
      return panel.mount;
    },
  });
  help.init(config);
  const shadow = shadowOf(roots().length - 1);
  const ui = within(shadow as unknown as HTMLElement);
  return {
    help,
    kb,
    shadow,
    ui,
    input: () => ui.getByRole('combobox') as HTMLInputElement,
    listbox: () => ui.queryByRole('listbox', { hidden: true }),
    options: () => ui.queryAllByRole('option'),
    live: () => shadow.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '',
  };
}
