// @vitest-environment node
// Issue 15: what a title or keyword match, a synonym, a stopword and a rare completion each count for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/kb/search/text';
import { createSearchIndex, type SearchHit } from '../../../src/search';
import type { KnowledgeBaseFeed } from '../../../src/types';
import { article, ids, marked } from './search-helpers';

/** Every highlighted word of the hits, lowercased. */
const allMarks = (hits: SearchHit[]) =>
  hits
    .flatMap((h) => [
      ...marked(h.title, h.highlights?.title),
      ...marked(h.snippet ?? '', h.highlights?.snippet),
    ])
    .map((word) => word.toLowerCase());

describe('synonyms', () => {
  const feed: KnowledgeBaseFeed = {
    version: 1,
    synonyms: { invoice: ['receipt'] },
    articles: [
      article('receipts', 'Download your receipts', 'Receipts for your plan are listed here.'),
      article('create', 'Create an invoice', 'Open Invoices and click New.'),
      article('other', 'Team calendar', 'Share the calendar.'),
    ],
  };
  const index = createSearchIndex(feed);

  it('a title match of the word typed outranks a synonym-only match, which is still found', () => {
    expect(ids(index.search('invoice'))).toEqual(['create', 'receipts']);
  });

  it('a synonym is never worth more than the word typed, however rare it is', () => {
    const [first, second] = index.search('invoice');
    expect(first!.score).toBeGreaterThan(second!.score * 1.5);
  });

  it('what a synonym found is not highlighted; the word typed is', () => {
    const hits = index.search('invoice');
    expect(allMarks(hits)).not.toContain('receipts');
    expect(marked(hits[0]!.title, hits[0]!.highlights!.title)).toEqual(['invoice']);
  });

  it('a word with no direct match still finds its synonyms', () => {
    expect(ids(index.search('receipt'))[0]).toBe('receipts');
    expect(
      ids(createSearchIndex({ ...feed, articles: feed.articles.slice(0, 1) }).search('invoice')),
    ).toEqual(['receipts']);
  });
});

describe('keywords', () => {
  it('a keyword the query holds whole outranks an article with one query word in its title', () => {
    const index = createSearchIndex([
      article('void', 'Void or delete an invoice', 'Delete drafts freely. Your accounting stays right.', {
        keywords: ['delete invoice', 'remove invoice'],
      }),
      article('close', 'Close your account', 'Export your data first.', {
        keywords: ['delete account', 'cancel'],
      }),
    ]);
    expect(ids(index.search('delete account'))).toEqual(['close', 'void']);
    // One keyword word alone is no whole keyword: the title match wins again.
    expect(ids(index.search('delete'))[0]).toBe('void');
  });
});

describe('stopwords', () => {
  const index = createSearchIndex([
    article('faq', 'How do I reset my password?', 'Use the link on the sign-in page.'),
    article('bill', 'Bill a customer', 'Pick a customer and send the invoice.'),
    article('the', 'The team page', 'All about the team.'),
  ]);

  it('are dropped from a question: it ranks by the words that matter', () => {
    expect(ids(index.search('how do I bill a customer'))[0]).toBe('bill');
  });

  it('are never highlighted', () => {
    const marks = allMarks(index.search('how do I bill a customer'));
    expect(marks).toEqual(expect.arrayContaining(['bill', 'customer']));
    for (const stopword of ['how', 'do', 'i', 'a']) expect(marks).not.toContain(stopword);
  });

  it('a query of stopwords only still searches them', () => {
    expect(ids(index.search('how do i'))[0]).toBe('faq');
    expect(index.search('the').length).toBeGreaterThan(0);
  });

  it.each([
    ['Polish', 'jak zmienić hasło', 'pl'],
    ['Russian', 'как сменить пароль', 'ru'],
    ['German', 'wie ändere ich das passwort', 'de'],
  ])('%s question words are dropped too (%s)', (_, query, id) => {
    const localized = createSearchIndex([
      article('pl', 'Zmiana hasła', 'Jak to zrobić: otwórz ustawienia.'),
      article('ru', 'Смена пароля', 'Как это сделать: откройте настройки.'),
      article('de', 'Passwort ändern', 'Wie das geht: Einstellungen öffnen.'),
      article('jak', 'Jak, как, wie: FAQ', 'jak как wie das ich'),
    ]);
    expect(ids(localized.search(query))[0]).toBe(id);
  });
});

describe('completions', () => {
  it('a rare completion of a whole word typed does not outrank the word itself', () => {
    const common = Array.from({ length: 6 }, (_, i) =>
      article(`c${i}`, `Invoice topic ${i}`, 'Every invoice here.'),
    );
    const index = createSearchIndex([
      ...common,
      article('invoicing', 'Invoicing rules', 'Invoicing, invoicing, invoicing.'),
    ]);
    expect(
      ids(index.search('invoice', { limit: 7 }))
        .slice(0, 6)
        .sort(),
    ).toEqual(common.map((a) => a.id).sort());
  });
});

describe('snippets are plain sentences', () => {
  it.each([
    ['a table', '| Plan | Seats |\n| --- | --- |\n| Pro | 5 |', 'Plan — Seats. Pro — 5.'],
    ['a heading before a paragraph', '## Step by step\n\nGo to Invoices.', 'Go to Invoices.'],
    ['list items', '- Open it\n- Close it', 'Open it. Close it.'],
    ['a paragraph without a full stop', 'First part\n\nSecond part.', 'First part. Second part.'],
  ])('%s', (_, markdown, text) => {
    expect(sentences(markdown)).toBe(text);
  });

  it('a hit cut from a body with a table and headings shows neither', () => {
    const body = `## Seats\n\n| Plan | Seats included |\n| --- | --- |\n| Starter | 1 |\n\n## Invite\n\nInvite a teammate from Settings.`;
    const [hit] = createSearchIndex([article('a', 'Team', body)]).search('teammate');
    expect(hit!.snippet).not.toMatch(/---|\||#/);
    expect(hit!.snippet).toContain('Invite a teammate from Settings.');
  });
});

describe('the demo feed (examples/feeds/kb.en.json)', () => {
  const feed = JSON.parse(
    readFileSync(join(__dirname, '../../../examples/feeds/kb.en.json'), 'utf8'),
  ) as KnowledgeBaseFeed;
  const index = createSearchIndex(feed, { locale: 'en' });

  it.each([
    ['invoice', 'Create and send your first invoice'],
    ['delete account', 'Close your Ledgerly account'],
  ])('"%s" puts "%s" first', (query, title) => {
    expect(index.search(query)[0]!.title).toBe(title);
  });

  it('"invoice" highlights no synonym', () => {
    const marks = allMarks(index.search('invoice'));
    for (const synonym of ['receipt', 'receipts', 'bill']) expect(marks).not.toContain(synonym);
  });
});
