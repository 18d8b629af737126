// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSearchIndex, createSearchIndexAsync, fold, tokenize } from '../../../src/search';
import type { Article, KnowledgeBaseFeed } from '../../../src/types';
import { article, ids, marked } from './search-helpers';

// Every article also carries filler so that one word is never the whole document.
const FEED: KnowledgeBaseFeed = {
  version: 1,
  synonyms: { bill: ['invoice'] },
  articles: [
    article('reset', 'Reset your password', 'Open settings and choose a new password.'),
    article('config', 'Configuration of the workspace', 'Every workspace has settings.'),
    article('invoice', 'Download an invoice', 'Invoices are in the billing area.'),
    article('vi', 'Đặt lại mật khẩu', 'Hướng dẫn đặt lại mật khẩu.', { locale: 'vi' }),
    article('vi-bill', 'Tải xuống hóa đơn', 'Mỗi hóa đơn có mã riêng.', { locale: 'vi' }),
    article('pl-src', 'Źródło danych', 'Raporty korzystają ze źródła.', { locale: 'pl' }),
    article('pl-pass', 'Zmiana hasła', 'Nowe hasło musi mieć osiem znaków.', { locale: 'pl' }),
    article('ro-bill', 'Descarcă factură', 'Factura este în contul tău.', { locale: 'ro' }),
    article('ro-del', 'Şterge fişierele vechi', 'Fişierele şterse dispar.', { locale: 'ro' }),
    article('ru', 'Смена пароля', 'Ваш пароль хранится надёжно. Ёлка.', { locale: 'ru' }),
    article('lt', 'Sąskaita faktūra', 'Kiekviena sąskaita turi numerį.', { locale: 'lt' }),
    article('filler', 'Team calendar', 'Share the calendar with your team members.'),
  ],
};

describe('fold', () => {
  it.each([
    ['Đặt lại mật khẩu', 'dat lai mat khau'],
    ['źródło', 'zrodlo'],
    ['HASŁO', 'haslo'],
    ['hóa đơn', 'hoa don'],
    ['factură', 'factura'],
    ['ş ţ ș ț Ş Ţ Ș Ț', 's t s t s t s t'],
    ['ЁЛКА Ёж', 'елка еж'],
    ['Пароль', 'пароль'],
    ['йогурт', 'йогурт'],
    ['Straße', 'strasse'],
    ['İstanbul ı', 'istanbul i'],
    ['Łódź, Ærø', 'lodz, aero'],
    ['Zme\u0301na', 'zmena'],
    ['sąskaitą', 'saskaita'],
    ['ΟΔΟΣ οδός', 'οδοσ οδοσ'],
  ])('%s → %s', (input, output) => {
    expect(fold(input)).toBe(output);
  });
});

describe('tokenize', () => {
  it.each([
    ['Hasło, e-mail: ŁÓDŹ!', ['haslo', 'e', 'mail', 'lodz']],
    ['snake_case «quoted» don’t', ['snake', 'case', 'quoted', 'don', 't']],
    ['2FA v1.5 (beta)', ['2fa', 'v1', '5', 'beta']],
    ['密码重置', ['密', '码', '重', '置']],
    ['Đặt lại—mật khẩu…', ['dat', 'lai', 'mat', 'khau']],
    ['  ', []],
  ])('%s', (input, output) => {
    expect(tokenize(input)).toEqual(output);
  });
});

describe('createSearchIndex: what a query finds', () => {
  const index = createSearchIndex(FEED);

  it.each([
    ['exact word', 'password', 'reset'],
    ['prefix while typing', 'passw', 'reset'],
    ['prefix of the last word only', 'download an inv', 'invoice'],
    ['1 typo in a 4+ letter word (substitution)', 'pasxword', 'reset'],
    ['1 typo (deletion)', 'pasword', 'reset'],
    ['1 typo (transposition)', 'pasword', 'reset'],
    ['1 typo in the first letter', 'oassword', 'reset'],
    ['first two letters swapped', 'apssword', 'reset'],
    ['1 typo in a 5 letter word', 'rseet', 'reset'],
    ['2 typos in an 8+ letter word', 'confgiuraton', 'config'],
    ['Vietnamese without diacritics', 'dat lai mat khau', 'vi'],
    ['Vietnamese, old-style tone mark', 'hoá đơn', 'vi-bill'],
    ['Vietnamese without diacritics (2)', 'hoa don', 'vi-bill'],
    ['Polish without diacritics', 'zrodlo', 'pl-src'],
    ['Polish ł', 'haslo', 'pl-pass'],
    ['Romanian without diacritics', 'factura', 'ro-bill'],
    ['Lithuanian without diacritics', 'saskaita faktura', 'lt'],
    ['Romanian comma-below finds legacy cedilla', 'șterge fișierele', 'ro-del'],
    ['Cyrillic upper case', 'ПАРОЛЬ', 'ru'],
    ['Cyrillic ё typed as е', 'елка', 'ru'],
    ['Polish inflection hasło → hasła', 'hasło', 'pl-pass'],
    ['Russian inflection пароль → пароля', 'пароль', 'ru'],
    ['Lithuanian inflection sąskaitos → sąskaita', 'sąskaitos', 'lt'],
    ['Romanian inflection facturile → factură', 'facturile', 'ro-bill'],
    ['English inflection resetting → reset', 'resetting passwords', 'reset'],
    ['synonym bill → invoice', 'bill', 'invoice'],
  ])('%s: "%s" → %s', (_, query, id) => {
    expect(ids(index.search(query))[0]).toBe(id);
  });

  it.each([
    ['3 letter words get no typo', 'tem'],
    ['2 typos in a short word', 'pswrd'],
    ['3 typos in a long word', 'cnofgiruaton'],
    ['a word in no article', 'xylophone'],
    ['empty query', ''],
    ['only punctuation', '?!…'],
  ])('%s: "%s" finds nothing', (_, query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('synonyms are symmetric', () => {
    const feed: KnowledgeBaseFeed = {
      version: 1,
      synonyms: { bill: ['invoice'] },
      articles: [article('a', 'Pay a bill'), article('b', 'Send an invoice')],
    };
    const index = createSearchIndex(feed);
    expect(ids(index.search('invoice'))).toEqual(['b', 'a']);
    expect(ids(index.search('bill'))).toEqual(['a', 'b']);
  });
});

describe('createSearchIndex: ranking', () => {
  it('ranks an exact-diacritics match above a folded one, and finds both', () => {
    const index = createSearchIndex([
      article('plain', 'Haslo do konta'),
      article('marked', 'Hasło do konta'),
    ]);
    expect(ids(index.search('hasło'))).toEqual(['marked', 'plain']);
    expect(ids(index.search('hasło')).length).toBe(2);
    expect(ids(index.search('haslo')).sort()).toEqual(['marked', 'plain']);
  });

  it('prefers completions that carry the diacritics typed so far', () => {
    const index = createSearchIndex([article('change', 'Đổi mật khẩu'), article('order', 'Đơn hàng mới')]);
    expect(ids(index.search('đơ'))).toEqual(['order', 'change']);
    expect(ids(index.search('đổ'))).toEqual(['change', 'order']);
    expect(ids(index.search('do')).sort()).toEqual(['change', 'order']);
  });

  it('weights fields title > summary > keywords > tags > body > video transcript', () => {
    const filler = 'Lorem ipsum dolor sit amet.';
    const index = createSearchIndex([
      article('transcript', 'Alpha', filler, {
        video: { provider: 'youtube', src: 'x', transcript: [{ at: 3, text: 'zebra crossing' }] },
      }),
      article('body', 'Beta', `${filler} zebra`),
      article('tags', 'Gamma', filler, { tags: ['zebra', 'other'] }),
      article('keywords', 'Delta', filler, { keywords: ['zebra', 'other'] }),
      article('summary', 'Epsilon', filler, { summary: 'A zebra in the summary here.' }),
      article('title', 'Zebra guide here', filler),
    ]);
    expect(ids(index.search('zebra'))).toEqual([
      'title',
      'summary',
      'keywords',
      'tags',
      'body',
      'transcript',
    ]);
  });

  it('puts articles matching every query word first but still returns partial matches', () => {
    const index = createSearchIndex([
      article('password-only', 'Password rules and password strength'),
      article('both', 'How to reset', 'You can change the password here.'),
      article('reset-only', 'Reset the calendar'),
      article('none', 'Team members'),
    ]);
    const hits = ids(index.search('reset password'));
    expect(hits[0]).toBe('both');
    expect(hits.slice(1).sort()).toEqual(['password-only', 'reset-only']);
  });

  it.each([
    ['pl', ['pl', 'en']],
    ['en', ['en', 'pl']],
    ['en-GB', ['en', 'pl']],
  ])('prefers articles in the locale %s, still finds the others', (locale, order) => {
    const feed: KnowledgeBaseFeed = {
      version: 1,
      locale: 'en',
      articles: [article('en', 'Export to CSV'), article('pl', 'Export do CSV', '', { locale: 'pl' })],
    };
    expect(ids(createSearchIndex(feed, { locale }).search('export csv'))).toEqual(order);
  });

  it('honours limit and reports its size', () => {
    const index = createSearchIndex(FEED);
    expect(index.size).toBe(FEED.articles.length);
    expect(index.search('the', { limit: 2 })).toHaveLength(2);
    expect(index.search('password', { limit: 0 })).toEqual([]);
  });

  it.each([
    ['a NaN limit', 'password', Number.NaN],
    ['a negative limit', 'password', -3],
    ['a query that is not a string', undefined as unknown as string, 5],
  ])('returns nothing, without throwing, for %s', (_, query, limit) => {
    expect(createSearchIndex(FEED).search(query, { limit })).toEqual([]);
  });
});

describe('createSearchIndex: hits', () => {
  it.each([
    ['Straße öffnen', 'strasse', ['Straße']],
    ['Straße öffnen', 'stras', ['Straß']],
    ['Password reset', 'passw', ['Passw']],
    ['Đặt lại mật khẩu', 'dat lai', ['Đặt', 'lại']],
    ['Zme\u0301na hesla', 'zmena', ['Zme\u0301na']],
    ['ŞTERGE fişiere', 'sterge', ['ŞTERGE']],
    ['Смена пароля', 'пароль', ['пароля']],
  ])('highlights in the original title %s for "%s"', (title, query, expected) => {
    const [hit] = createSearchIndex([article('a', title)]).search(query);
    expect(marked(hit!.title, hit!.highlights!.title)).toEqual(expected);
  });

  it('cuts a plain-text snippet around the match and highlights it', () => {
    const body =
      '# Intro\n\nSome **bold** text and [a link](https://example.com/x). '.repeat(6) +
      'Here the <b>refund</b> policy &amp; rules are explained in detail.' +
      ' Closing words follow here.'.repeat(8);
    const [hit] = createSearchIndex([article('a', 'Policies', body)]).search('refund');
    expect(hit!.snippet).toContain('refund policy & rules');
    expect(hit!.snippet).not.toMatch(/[*<>#]|\]\(/);
    expect(hit!.snippet!.length).toBeLessThan(200);
    expect(marked(hit!.snippet!, hit!.highlights!.snippet)).toEqual(['refund']);
  });

  it('takes the snippet from the summary when it matches', () => {
    const [hit] = createSearchIndex([
      article('a', 'Billing', 'The body mentions refund once.', { summary: 'How a refund works.' }),
    ]).search('refund');
    expect(hit!.snippet).toBe('How a refund works.');
  });

  it.each([
    ['a transcript line', 'zebra', 42, 'Now the zebra appears'],
    ['the body', 'lion', undefined, 'A lion in the body.'],
  ])('when the best match is %s, at is %s', (_, query, at, snippet) => {
    const [hit] = createSearchIndex([
      article('v', 'Safari video', 'A lion in the body.', {
        video: {
          provider: 'youtube',
          src: 'x',
          transcript: [
            { at: 0, text: 'Welcome' },
            { at: 42, text: 'Now the zebra appears' },
          ],
        },
      }),
    ]).search(query);
    expect(hit!.at).toBe(at);
    expect('at' in hit!).toBe(at !== undefined);
    expect(hit!.snippet).toBe(snippet);
  });

  it('carries locale (own or the feed’s) and category', () => {
    const index = createSearchIndex({
      version: 1,
      locale: 'de',
      articles: [
        article('a', 'Rechnung', '', { category: 'billing' }),
        article('b', 'Rechnung alt', '', { locale: 'at' }),
      ],
    });
    const hits = index.search('rechnung');
    expect(hits.map((h) => [h.id, h.locale, h.category])).toEqual([
      ['a', 'de', 'billing'],
      ['b', 'at', undefined],
    ]);
  });

  it.each([
    ['a script', '<p>Visible</p><script>var secretword = 1;</script>', 'secretword'],
    ['a style', '<style>.hiddenrule { color: red }</style>Visible', 'hiddenrule'],
    ['an attribute', '<a href="https://example.com/trackingcode">Visible</a>', 'trackingcode'],
    ['a Markdown link target', 'See [Visible](https://example.com/linktarget)', 'linktarget'],
  ])('does not index %s', (_, body, word) => {
    const index = createSearchIndex([article('a', 'Page', body, { format: 'html' })]);
    expect(index.search(word)).toEqual([]);
    expect(ids(index.search('visible'))).toEqual(['a']);
  });

  it('works in Node without a DOM and takes an article list', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    expect(ids(createSearchIndex(FEED.articles).search('calendar'))).toEqual(['filler']);
  });
});

describe('createSearchIndexAsync', () => {
  const many: Article[] = Array.from({ length: 3000 }, (_, i) =>
    article(
      `a${i}`,
      `Article ${i} about ${i % 7 ? 'billing' : 'passwords'}`,
      'Words '.repeat(120) + `token${i}`,
    ),
  );

  it('builds the same index as the synchronous builder', async () => {
    const index = await createSearchIndexAsync(FEED);
    const sync = createSearchIndex(FEED);
    for (const q of ['passw', 'dat lai mat khau', 'bill', 'пароля'])
      expect(index.search(q)).toEqual(sync.search(q));
  });

  it('yields to the event loop while it builds', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const index = await createSearchIndexAsync(many);
    clearInterval(timer);
    expect(index.size).toBe(3000);
    expect(ids(index.search('token2999'))).toEqual(['a2999']);
    expect(ticks).toBeGreaterThan(0);
  });

  it.each([
    ['before it starts', true],
    ['while it runs', false],
  ])('rejects with the signal’s reason when aborted %s', async (_, early) => {
    const controller = new AbortController();
    const reason = new Error('stop');
    if (early) controller.abort(reason);
    const building = createSearchIndexAsync(many, { signal: controller.signal });
    if (!early) setTimeout(() => controller.abort(reason), 0);
    await expect(building).rejects.toBe(reason);
  });
});
