// @vitest-environment node
// `pathlight build-feed` (issue 15) on tests/fixtures/help: three locales, a video with a .vtt transcript, a
// YouTube video in a flow mapping, broken front matter, a file with no title, an unplayable video. What it writes
// is a feed the widget's validator accepts as it is, and the widget's search finds its articles.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_EXIT, buildFeed, headingsOf, parseBuildArgs, splitFeed } from '../../../src/cli/build-feed';
import { createSearchIndex } from '../../../src/search';
import type { Article } from '../../../src/types';
import { validateFeed } from '../../../src/validate';

const HELP = join(__dirname, '../../fixtures/help');

function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = buildFeed(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}

function build() {
  const out = mkdtempSync(join(tmpdir(), 'pathlight-build-feed-'));
  const run = cli([HELP, '--out', out]);
  const feed = (locale: string) => JSON.parse(readFileSync(join(out, `kb.${locale}.json`), 'utf8'));
  return { ...run, out, feed };
}

describe('pathlight build-feed on the fixture folder', () => {
  const run = build();

  it('writes one feed per locale, each valid for the widget as it is', () => {
    for (const locale of ['en', 'pl', 'ru']) {
      const feed = run.feed(locale);
      expect(feed.locale).toBe(locale);
      const { feed: valid, problems, droppedArticles } = validateFeed(feed);
      expect(problems).toEqual([]);
      expect(droppedArticles).toBe(0);
      expect(valid).toEqual(feed);
    }
    expect(run.feed('en').articles.map((a: { id: string }) => a.id)).toEqual([
      'recurring-invoices',
      'getting-started',
      'reset-password',
    ]);
  });

  it('exits 1 and names each skipped file with its line', () => {
    expect(run.code).toBe(BUILD_EXIT.skipped);
    const skipped = run.stderr.split('\n').filter((line) => line.startsWith('skipped '));
    expect(skipped).toEqual([
      `skipped ${join(HELP, 'en/broken.md')}:3: unclosed double quote (quoted strings stay on one line)`,
      `skipped ${join(HELP, 'en/no-title.md')}:1: title: expected a non-empty string`,
      `skipped ${join(HELP, 'pl/bad-video.md')}:4: video.src: expected an http(s) or relative URL of a video file`,
    ]);
    expect(run.stderr).toContain(`note: ${join(HELP, 'media')}: not a locale tag`);
  });

  it('prints articles and sizes per locale', () => {
    expect(run.stdout).toMatch(/^en\s+3 articles, 2 skipped\s+\S+kb\.en\.json\s+[\d.]+ KB, [\d.]+ KB gzip$/m);
    expect(run.stdout).toMatch(/^pl\s+1 article , 1 skipped/m);
    expect(run.stdout).toMatch(/^ru\s+1 article /m);
    expect(run.stdout).toMatch(/^5 articles in 3 feeds, 3 files skipped\.$/m);
  });

  it('reads front matter fields: lists, quoted strings, updated, categories.json and made-up categories', () => {
    const en = run.feed('en');
    const reset = en.articles.find((a: { id: string }) => a.id === 'reset-password');
    expect(reset).toMatchObject({
      title: 'Reset your password',
      summary: 'Forgot it? Get a reset link by e-mail: it works for 30 minutes.',
      category: 'account',
      tags: ['account', 'security'],
      keywords: ['forgot password', 'login problem'],
      url: 'https://help.example.com/en/reset-password',
      updatedAt: '2025-06-02',
      format: 'markdown',
    });
    expect(reset.body).toMatch(/^# Steps\n\n1\. Open the sign-in page/);
    expect(en.categories).toEqual([
      { id: 'getting-started', title: 'Getting started', icon: 'book' },
      { id: 'account', title: 'Account & security', icon: 'lock' },
      { id: 'invoices', title: 'Invoices' },
    ]);
  });

  it('takes a sibling .vtt as the transcript, and tells a YouTube URL from a file', () => {
    const [recurring, started] = run.feed('en').articles;
    expect(started.summary).toBe('A 20-second tour of the basics.');
    expect(started.video).toEqual({
      provider: 'file',
      src: '/media/getting-started.webm',
      poster: '/media/getting-started-poster.png',
      duration: 20,
      transcript: [
        { at: 0, text: 'Welcome to Ledgerly, invoicing built for small teams.' },
        { at: 5, text: 'Start by adding a customer: open Customers and choose Add customer.' },
      ],
    });
    expect(recurring.title).toBe('Recurring invoices: send them on a schedule');
    expect(recurring.tags).toEqual(['billing']);
    expect(recurring.video).toEqual({
      provider: 'youtube',
      src: 'https://youtu.be/dQw4w9WgXcQ',
      duration: 95,
    });
  });

  it("the widget's search finds the built articles, in each language", () => {
    const hit = (locale: string, query: string) =>
      createSearchIndex(run.feed(locale), { locale }).search(query)[0]?.id;
    expect(hit('en', 'forgot pasword')).toBe('reset-password');
    expect(hit('en', 'add customer')).toBe('getting-started');
    expect(hit('pl', 'haslo')).toBe('reset-password');
    expect(hit('ru', 'пароль')).toBe('reset-password');
  });
});

describe('pathlight build-feed: files that clash or cannot be read', () => {
  it('skips a second file with the same id, names a broken link, notes unknown keys, reads video: <url>', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathlight-build-feed-'));
    mkdirSync(join(dir, 'en'));
    const page = (name: string, ...lines: string[]) =>
      writeFileSync(join(dir, 'en', name), ['---', ...lines, '---', 'Text.'].join('\n'));
    page('a.md', 'id: same', 'title: First');
    page('b.md', 'id: same', 'title: Second', 'tilte: typo');
    page('c.md', 'title: Short video', 'video: https://vimeo.com/824731562');
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'en', 'gone.md'));
    const { code, stderr } = cli([dir, '--quiet']);
    expect(code).toBe(BUILD_EXIT.skipped);
    expect(stderr).toContain(
      `skipped ${join(dir, 'en/b.md')}:2: id: "same" is already used by ${join(dir, 'en/a.md')}`,
    );
    expect(stderr).toContain(`skipped ${join(dir, 'en/gone.md')}: ENOENT`);
    expect(stderr).toContain(
      `note: ${join(dir, 'en/b.md')}:4: tilte: unknown front matter key, ignored (did you mean title?)`,
    );
    const feed = JSON.parse(readFileSync(join(dir, 'kb.en.json'), 'utf8'));
    expect(feed.articles.map((a: { title: string }) => a.title)).toEqual(['First', 'Short video']);
    expect(feed.articles[1].video).toEqual({ src: 'https://vimeo.com/824731562', provider: 'vimeo' });
  });
});

describe('pathlight build-feed: exit codes', () => {
  it('exits 0 when every file is used', () => {
    const out = mkdtempSync(join(tmpdir(), 'pathlight-build-feed-'));
    const { code, stderr } = cli([join(HELP, '..', 'help-clean'), '--out', out, '--quiet']);
    expect(stderr).toBe('');
    expect(code).toBe(BUILD_EXIT.ok);
    expect(validateFeed(readFileSync(join(out, 'kb.de.json'), 'utf8')).problems).toEqual([]);
  });

  it.each([
    [[], /no folder given/],
    [['a', 'b'], /name one folder/],
    [['a', '--out'], /--out needs a folder/],
    [['a', '--pretty'], /unknown option: --pretty/],
  ])('exits 2 on a bad command line: %j', (args, message) => {
    const { code, stderr } = cli(args);
    expect(code).toBe(BUILD_EXIT.usage);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: pathlight build-feed');
  });

  it('exits 2 when the folder cannot be read or has no locale folders', () => {
    expect(cli([join(HELP, 'missing')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/cannot read/),
    });
    expect(cli([join(HELP, 'media')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no locale folders/),
    });
  });

  it('--help prints the usage and exits 0', () => {
    expect(cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes: 0') });
    expect(parseBuildArgs(['help'])).toEqual({ input: 'help', out: 'help', quiet: false });
  });
});

describe('pathlight build-feed --split', () => {
  const out = mkdtempSync(join(tmpdir(), 'pathlight-build-feed-split-'));
  const run = cli([HELP, '--out', out, '--split']);
  const whole = build();
  const manifest = (locale: string) => JSON.parse(readFileSync(join(out, `kb.${locale}.json`), 'utf8'));

  it('writes a manifest the widget validates as it is, each article with a bodyUrl and no body', () => {
    expect(parseBuildArgs(['help', '--split'])).toEqual({
      input: 'help',
      out: 'help',
      quiet: false,
      split: true,
    });
    expect(run.code).toBe(BUILD_EXIT.skipped);
    for (const locale of ['en', 'pl', 'ru']) {
      const feed = manifest(locale);
      const { feed: valid, problems } = validateFeed(feed);
      expect(problems).toEqual([]);
      expect(valid).toEqual(feed);
      expect(feed.articles.length).toBe(whole.feed(locale).articles.length);
      for (const article of feed.articles) {
        expect(article).not.toHaveProperty('body');
        expect(article.bodyUrl).toBe(`bodies/${locale}/${article.id}.md`);
      }
    }
  });

  it('writes each body as it is in the whole feed, and keeps every other field', () => {
    const full = whole.feed('en');
    for (const article of manifest('en').articles) {
      const { body, ...rest } = full.articles.find((a: { id: string }) => a.id === article.id);
      expect(readFileSync(join(out, article.bodyUrl), 'utf8')).toBe(body);
      const { bodyUrl: _url, headings: _headings, ...kept } = article;
      expect(kept).toEqual(rest);
    }
  });

  it("gives each article its body's headings, for search and snippets", () => {
    const reset = manifest('en').articles.find((a: { id: string }) => a.id === 'reset-password');
    expect(reset.headings).toEqual(['Steps']);
  });

  it('prints the bodies written beside the manifest', () => {
    expect(run.stdout).toMatch(
      /^en\s+3 articles, 2 skipped\s+\S+kb\.en\.json\s+[\d.]+ KB, [\d.]+ KB gzip; 3 bodies in \S+bodies\/en \([\d.]+ KB, largest [\d.]+ KB\)$/m,
    );
  });

  it("the widget's search finds split articles by their manifest, with snippets from summary and headings", () => {
    const { manifest: split } = splitFeed(
      {
        version: 1,
        articles: [
          {
            id: 'reset-password',
            title: 'Reset your password',
            summary: 'Get a link by e-mail.',
            body: '# Steps\n\nOpen it.\n\n## When the e-mail never comes\n\nLook in spam.',
            format: 'markdown',
          },
          {
            id: 'export',
            title: 'Export reports',
            keywords: ['csv'],
            body: '## Scheduled exports\n\nEvery Monday.',
            format: 'markdown',
          },
        ],
      },
      'en',
    );
    // The knowledge base gives the index the headings where the body is elsewhere (src/kb/index.ts).
    const index = createSearchIndex(
      split.articles.map((a: Article) => (a.headings ? { ...a, body: a.headings.join('\n\n') } : a)),
    );
    expect(index.search('reset passw')[0]).toMatchObject({
      id: 'reset-password',
      snippet: 'Get a link by e-mail.',
    });
    expect(index.search('email never comes')[0]).toMatchObject({
      id: 'reset-password',
      snippet: 'Steps. When the e-mail never comes',
    });
    expect(index.search('csv')[0]?.id).toBe('export');
    expect(index.search('scheduled')[0]).toMatchObject({ id: 'export', snippet: 'Scheduled exports' });
  });
});

describe('headingsOf', () => {
  it.each<[string, string, 'markdown' | 'html', string[]]>([
    [
      'ATX headings, closing hashes, inline marks',
      '# One\ntext\n## **Two** ##\n####### not\n#no',
      'markdown',
      ['One', 'Two'],
    ],
    [
      'none inside code fences',
      '# A\n```\n# not a heading\n```\n~~~md\n## nor this\n~~~\n## B',
      'markdown',
      ['A', 'B'],
    ],
    [
      'HTML h1–h6 with their markup stripped',
      '<h2 id="x">Get <em>started</em></h2><p>x</p><h3>Then</h3>',
      'html',
      ['Get started', 'Then'],
    ],
    ['nothing', 'Just a paragraph.', 'markdown', []],
  ])('%s', (_name, body, format, expected) => {
    expect(headingsOf(body, format)).toEqual(expected);
  });
});

describe('splitFeed', () => {
  it('names body files safely and uniquely, whatever the ids', () => {
    const articles = ['reset', 'Reset', 'a/b c', '../up', ''].map((id, i) => ({
      id: id || `x${i}`,
      title: `T${i}`,
      body: `# H${i}`,
      format: i === 1 ? ('html' as const) : ('markdown' as const),
    }));
    const { manifest, bodies } = splitFeed({ version: 1, articles }, 'pt-BR');
    const urls = manifest.articles.map((a) => a.bodyUrl ?? '');
    expect(new Set(urls.map((u) => u.toLowerCase())).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^bodies\/pt-BR\/[A-Za-z0-9][A-Za-z0-9._-]*\.(md|html)$/);
    expect(urls[0]).toBe('bodies/pt-BR/reset.md');
    expect(urls[1]).toMatch(/^bodies\/pt-BR\/Reset-[0-9a-f]{8}\.html$/);
    expect([...bodies.keys()]).toEqual(urls);
    expect(bodies.get(urls[2]!)).toBe('# H2');
  });
});
