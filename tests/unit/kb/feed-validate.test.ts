// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlPatternError } from '../../../src/core/url-match';
import { validateFeed } from '../../../src/kb';
import { TOPIC_ICON_NAMES } from '../../../src/kb/topic-icons';
import { schemaChecker } from '../setup/json-schema';

const good = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Article ${id}`,
  body: 'Some **markdown**.',
  format: 'markdown',
  ...extra,
});
const feedOf = (articles: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  categories: [{ id: 'account', title: 'Account' }],
  articles,
  ...extra,
});
/** A feed whose second article carries `extra`; the first one always survives. */
const second = (extra: Record<string, unknown>) => feedOf([good('ok'), good('bad', extra)]);
const video = (fields: Record<string, unknown>) =>
  second({ video: { provider: 'file', src: '/v.webm', ...fields } });

const feeds = join(__dirname, '../../../examples/feeds');
const files = readdirSync(feeds).filter((file) => /^kb\..+\.json$/.test(file));

type Case = [name: string, input: unknown, problems: string[], kept: string[]];

// Each problem drops its article (kept: ['ok']) unless noted.
const cases: Case[] = [
  [
    'a chapter time that is not a number',
    video({ chapters: [{ at: '1:30', title: 'Intro' }] }),
    ['articles[1].video.chapters[0].at: expected seconds as a number'],
    ['ok'],
  ],
  [
    'an article that is not an object',
    feedOf([good('ok'), 'text']),
    ['articles[1]: expected an object'],
    ['ok'],
  ],
  ['a missing id', second({ id: undefined }), ['articles[1].id: expected a non-empty string'], ['ok']],
  ['a blank id', second({ id: '  ' }), ['articles[1].id: expected a non-empty string'], ['ok']],
  ['a duplicate id', second({ id: 'ok' }), ['articles[1].id: "ok" is already used by articles[0]'], ['ok']],
  ['an empty title', second({ title: '' }), ['articles[1].title: expected a non-empty string'], ['ok']],
  ['a body that is a number', second({ body: 42 }), ['articles[1].body: expected a string'], ['ok']],
  [
    'neither a body nor a bodyUrl',
    second({ body: undefined }),
    ['articles[1].body: expected a string, or a bodyUrl'],
    ['ok'],
  ],
  [
    'a bodyUrl of null and no body',
    second({ body: null, bodyUrl: null }),
    ['articles[1].body: expected a string, or a bodyUrl'],
    ['ok'],
  ],
  [
    'a javascript: bodyUrl',
    second({ body: undefined, bodyUrl: 'javascript:alert(1)' }),
    ['articles[1].bodyUrl: expected an http(s) or relative URL'],
    ['ok'],
  ],
  [
    'a bodyUrl that is not a string',
    second({ body: undefined, bodyUrl: { href: 'a.md' } }),
    ['articles[1].bodyUrl: expected an http(s) or relative URL'],
    ['ok'],
  ],
  [
    'a body that is a number beside a bodyUrl',
    second({ body: 42, bodyUrl: 'bodies/bad.md' }),
    ['articles[1].body: expected a string'],
    ['ok'],
  ],
  [
    'headings that are not all strings',
    second({ headings: ['Steps', 3] }),
    ['articles[1].headings[1]: expected a string'],
    ['ok'],
  ],
  [
    'headings that are not a list',
    second({ body: undefined, bodyUrl: 'bodies/bad.md', headings: 'Steps' }),
    ['articles[1].headings: expected an array of strings'],
    ['ok'],
  ],
  [
    'an unknown format',
    second({ format: 'rst' }),
    ['articles[1].format: expected "markdown" or "html"'],
    ['ok'],
  ],
  [
    'tags that are not a list',
    second({ tags: 'billing' }),
    ['articles[1].tags: expected an array of strings'],
    ['ok'],
  ],
  [
    'a keyword that is not a string',
    second({ keywords: ['a', 7] }),
    ['articles[1].keywords[1]: expected a string'],
    ['ok'],
  ],
  [
    'a summary that is an object',
    second({ summary: {} }),
    ['articles[1].summary: expected a string'],
    ['ok'],
  ],
  [
    'a javascript: url',
    second({ url: 'javascript:alert(1)' }),
    ['articles[1].url: expected an http(s) or relative URL'],
    ['ok'],
  ],
  [
    'a javascript: url hidden by a tab',
    second({ url: 'java\tscript:alert(1)' }),
    ['articles[1].url: expected an http(s) or relative URL'],
    ['ok'],
  ],
  [
    'contexts that are not a list',
    second({ contexts: '/invoices/*' }),
    ['articles[1].contexts: expected an array of URL patterns'],
    ['ok'],
  ],
  [
    'an invalid regex context',
    second({ contexts: ['/ok', 'regex:('] }),
    [`articles[1].contexts[1]: invalid URL pattern (${urlPatternError('regex:(')})`],
    ['ok'],
  ],
  [
    'an empty context',
    second({ contexts: [''] }),
    ['articles[1].contexts[0]: invalid URL pattern (empty URL pattern)'],
    ['ok'],
  ],
  [
    'a date that is not a date',
    second({ updatedAt: 'yesterday' }),
    ['articles[1].updatedAt: expected an ISO 8601 date'],
    ['ok'],
  ],
  [
    'a malformed locale',
    second({ locale: 'english!' }),
    ['articles[1].locale: expected a locale tag such as "en"'],
    ['ok'],
  ],
  [
    'a video that is a string',
    second({ video: 'https://youtu.be/x' }),
    ['articles[1].video: expected an object'],
    ['ok'],
  ],
  [
    'an unknown video provider',
    video({ provider: 'dailymotion' }),
    ['articles[1].video.provider: expected one of youtube, vimeo, wistia, loom, file'],
    ['ok'],
  ],
  [
    'a YouTube video over http',
    video({ provider: 'youtube', src: 'http://www.youtube.com/embed/abc' }),
    ['articles[1].video.src: expected an https URL on youtube.com, youtube-nocookie.com or youtu.be'],
    ['ok'],
  ],
  [
    'a YouTube video on a look-alike host',
    video({ provider: 'youtube', src: 'https://youtube.com.evil.example/embed/abc' }),
    ['articles[1].video.src: expected an https URL on youtube.com, youtube-nocookie.com or youtu.be'],
    ['ok'],
  ],
  [
    'a Vimeo video pointing at YouTube',
    video({ provider: 'vimeo', src: 'https://www.youtube.com/embed/abc' }),
    ['articles[1].video.src: expected an https URL on vimeo.com'],
    ['ok'],
  ],
  [
    'a Loom video without src',
    video({ provider: 'loom', src: undefined }),
    ['articles[1].video.src: expected an https URL on loom.com'],
    ['ok'],
  ],
  [
    'a video file with a javascript: src',
    video({ src: 'javascript:alert(1)' }),
    ['articles[1].video.src: expected an http(s) or relative URL of a video file'],
    ['ok'],
  ],
  [
    'a negative duration',
    video({ duration: -5 }),
    ['articles[1].video.duration: expected seconds as a number'],
    ['ok'],
  ],
  [
    'a data: poster',
    video({ poster: 'data:image/png;base64,AAAA' }),
    ['articles[1].video.poster: expected an http(s) or relative URL'],
    ['ok'],
  ],
  [
    'chapters that are an object',
    video({ chapters: {} }),
    ['articles[1].video.chapters: expected an array'],
    ['ok'],
  ],
  [
    'a chapter without a title and a transcript line without text',
    video({ chapters: [{ at: 0 }], transcript: [{ at: 1, text: 'a' }, { at: 2 }] }),
    [
      'articles[1].video.chapters[0].title: expected a non-empty string',
      'articles[1].video.transcript[1].text: expected a string',
    ],
    ['ok'],
  ],
  // Warnings only: the article stays.
  [
    'an unknown category',
    second({ category: 'nope' }),
    ['articles[1].category: unknown category "nope"'],
    ['ok', 'bad'],
  ],
  [
    'a category without a title, and one with an unknown parent',
    feedOf([good('ok')], {
      categories: [
        { id: 'a', title: 'A', parent: 'ghost' },
        { id: 'b', title: '' },
      ],
    }),
    ['categories[1].title: expected a non-empty string', 'categories[0].parent: unknown category "ghost"'],
    ['ok'],
  ],
  [
    'circular categories',
    feedOf([good('ok')], {
      categories: [
        { id: 'a', title: 'A', parent: 'b' },
        { id: 'b', title: 'B', parent: 'a' },
      ],
    }),
    ['categories[0].parent: circular (a → b → a)'],
    ['ok'],
  ],
  [
    'a topic icon that is neither a built-in name nor a safe URL',
    feedOf([good('ok')], {
      categories: [
        { id: 'a', title: 'A', icon: 'carrd' },
        { id: 'b', title: 'B', icon: 'javascript:alert(1)' },
        { id: 'c', title: 'C', icon: 12 },
      ],
    }),
    [
      `categories[0].icon: expected a built-in icon (${TOPIC_ICON_NAMES.join(', ')}) or an https:, http: or relative image URL; did you mean "card"?`,
      `categories[1].icon: expected a built-in icon (${TOPIC_ICON_NAMES.join(', ')}) or an https:, http: or relative image URL; the folder icon is used`,
      `categories[2].icon: expected a built-in icon (${TOPIC_ICON_NAMES.join(', ')}) or an https:, http: or relative image URL; the folder icon is used`,
    ],
    ['ok'],
  ],
  [
    'categories that are not a list',
    feedOf([good('ok')], { categories: {} }),
    ['categories: expected an array'],
    ['ok'],
  ],
  [
    'a synonym entry that is not a list',
    feedOf([good('ok')], { synonyms: { invoice: ['bill'], bill: 'invoice' } }),
    ['synonyms["bill"]: expected an array of strings'],
    ['ok'],
  ],
  [
    'a malformed feed locale',
    feedOf([good('ok')], { locale: 42 }),
    ['locale: expected a locale tag such as "en"'],
    ['ok'],
  ],
  [
    'several problems in one article, all named',
    second({ title: 7, video: { provider: 'file', src: '/v.webm', chapters: [{ at: 'x', title: 'T' }] } }),
    [
      'articles[1].title: expected a non-empty string',
      'articles[1].video.chapters[0].at: expected seconds as a number',
    ],
    ['ok'],
  ],
];

describe('validateFeed: one problem drops one article, with a message naming the path', () => {
  it.each(cases)('%s', (_name, input, problems, kept) => {
    const result = validateFeed(input);
    expect(result.problems).toEqual(problems);
    expect(result.feed?.articles.map((a) => a.id)).toEqual(kept);
    expect(result.droppedArticles).toBe((input as { articles: unknown[] }).articles.length - kept.length);
  });

  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it('counts dropped articles', () => {
    const result = validateFeed(feedOf([good('a'), good('b', { body: 1 }), 'x', good('d')]));
    expect(result.droppedArticles).toBe(2);
    expect(result.feed?.articles.map((a) => a.id)).toEqual(['a', 'd']);
  });

  it('lets a later article use the id of a dropped one', () => {
    const result = validateFeed(feedOf([good('a', { body: 1 }), good('a')]));
    expect(result.problems).toEqual(['articles[0].body: expected a string']);
    expect(result.feed?.articles).toHaveLength(1);
  });
});

describe('validateFeed: split feeds (bodyUrl)', () => {
  const split = (id: string, extra: Record<string, unknown> = {}) => {
    const { body: _inline, ...rest } = good(id);
    return { ...rest, bodyUrl: `bodies/${id}.md`, headings: ['Before you start', 'Steps'], ...extra };
  };

  it('keeps an article whose body is elsewhere, with its headings', () => {
    const { feed, problems } = validateFeed(feedOf([split('a'), good('b')]));
    expect(problems).toEqual([]);
    expect(feed?.articles[0]).toEqual({
      id: 'a',
      title: 'Article a',
      format: 'markdown',
      bodyUrl: 'bodies/a.md',
      headings: ['Before you start', 'Steps'],
    });
    expect('body' in (feed?.articles[0] ?? {})).toBe(false);
    expect(feed?.articles[1]?.body).toBe('Some **markdown**.');
  });

  it.each([['https://cdn.example.com/help/a.html'], ['/help/bodies/a.md'], ['../shared/a.md']])(
    'accepts the bodyUrl %s',
    (bodyUrl) => {
      const input = feedOf([split('a', { bodyUrl, format: 'html' })]);
      expect(validateFeed(input).feed?.articles[0]?.bodyUrl).toBe(bodyUrl);
      expect(conforms(input)).toBe(true);
    },
  );

  it('uses an inline body over a bodyUrl, and drops the bodyUrl', () => {
    const { feed, problems } = validateFeed(feedOf([good('a', { bodyUrl: 'bodies/a.md' })]));
    expect(problems).toEqual([]);
    expect(feed?.articles[0]?.body).toBe('Some **markdown**.');
    expect(feed?.articles[0]?.bodyUrl).toBeUndefined();
  });

  it('drops a body of null beside a bodyUrl', () => {
    const { feed } = validateFeed(feedOf([split('a', { body: null })]));
    expect(feed?.articles[0]).not.toHaveProperty('body');
    expect(feed?.articles[0]?.bodyUrl).toBe('bodies/a.md');
  });

  it('names the paths of every problem of a split article', () => {
    const input = feedOf([good('ok'), split('bad', { bodyUrl: 'data:text/html,x', headings: [1] })]);
    expect(validateFeed(input).problems).toEqual([
      'articles[1].bodyUrl: expected an http(s) or relative URL',
      'articles[1].headings[0]: expected a string',
    ]);
    expect(conforms(input)).toBe(false);
  });
});

describe('validateFeed: unusable feeds', () => {
  it.each<[string, unknown, string]>([
    ['an array', [], 'feed: expected an object'],
    ['null', null, 'feed: expected an object'],
    ['version 2', { version: 2, articles: [] }, 'version: expected 1'],
    ['no version', { articles: [] }, 'version: expected 1'],
    ['a string version', { version: '1', articles: [] }, 'version: expected 1'],
    ['no articles', { version: 1 }, 'articles: expected an array'],
    ['articles as an object', { version: 1, articles: { a: good('a') } }, 'articles: expected an array'],
  ])('%s', (_name, input, problem) => {
    expect(validateFeed(input)).toEqual({ feed: undefined, problems: [problem], droppedArticles: 0 });
  });

  it('text that is not JSON', () => {
    const result = validateFeed('<!doctype html><p>Sign in');
    expect(result.feed).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^feed: not valid JSON \(.+\)$/);
  });

  it('a feed none of whose articles is valid', () => {
    const result = validateFeed(feedOf([{ id: 'a' }]));
    expect(result.feed).toBeUndefined();
    expect(result.problems).toEqual([
      'articles[0].title: expected a non-empty string',
      'articles[0].body: expected a string, or a bodyUrl',
      'articles: none of the 1 article is valid',
    ]);
    expect(result.droppedArticles).toBe(1);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, 0, 'null', '{"version":1,"articles":[null]}', Symbol('x'), () => 1]) {
      expect(() => validateFeed(input)).not.toThrow();
    }
  });
});

describe('validateFeed: what it accepts', () => {
  it('reads JSON text, keeps unknown fields, defaults format and removes null optionals', () => {
    const text = JSON.stringify(
      feedOf([{ id: 'a', title: 'A', body: '', summary: null, custom: { x: 1 }, video: null }], {
        generator: 'cms',
      }),
    );
    const { feed, problems } = validateFeed(text);
    expect(problems).toEqual([]);
    expect(feed?.articles[0]).toEqual({
      id: 'a',
      title: 'A',
      body: '',
      format: 'markdown',
      custom: { x: 1 },
    });
    expect((feed as unknown as { generator: string }).generator).toBe('cms');
  });

  it.each([
    ['youtube', 'https://www.youtube-nocookie.com/embed/abc'],
    ['youtube', 'https://youtu.be/abc'],
    ['vimeo', 'https://player.vimeo.com/video/1'],
    ['wistia', 'https://fast.wistia.net/embed/iframe/k3x9'],
    ['loom', 'https://www.loom.com/embed/6f2c'],
    ['youtube', 'dQw4w9WgXcQ'],
    ['vimeo', '824731562'],
    ['wistia', 'k3x9q2m7pd'],
    ['loom', '6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b'],
    ['file', '/media/intro.webm'],
    ['file', 'https://cdn.example.com/intro.mp4'],
  ])('a %s video at %s', (provider, src) => {
    const result = validateFeed(
      feedOf([
        good('a', {
          video: {
            provider,
            src,
            duration: 20,
            chapters: [{ at: 0, title: 'Start' }],
            transcript: [{ at: 1.5, text: '' }],
          },
        }),
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.feed?.articles).toHaveLength(1);
  });

  it('does not change its input', () => {
    const input = feedOf([good('a', { format: null, summary: null })]);
    const copy = structuredClone(input);
    validateFeed(input);
    expect(input).toEqual(copy);
  });

  it.each(files)('the demo feed %s has no problems', (file) => {
    const result = validateFeed(readFileSync(join(feeds, file), 'utf8'));
    expect(result.problems).toEqual([]);
    expect(result.feed?.articles.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The published JSON Schema agrees with validateFeed. No JSON Schema library is installed, so a
// small checker (tests/unit/setup/json-schema.ts, shared with the guides schema's tests) covers the
// keywords the schemas use (and fails on any other).
// ---------------------------------------------------------------------------------------------
const schemaPath = join(__dirname, '../../../schema/feed.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const conforms = schemaChecker(schema);

describe('schema/feed.schema.json', () => {
  it('is draft 2020-12 and published in package.json', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
    expect(pkg.exports['./feed.schema.json']).toBe('./schema/feed.schema.json');
    expect(pkg.files).toContain('schema');
  });

  it.each([
    ['youtube', 'dQw4w9WgXcQ'],
    ['youtube', 'https://youtu.be/dQw4w9WgXcQ'],
    ['vimeo', '824731562'],
    ['vimeo', 'https://vimeo.com/824731562/abc123'],
    ['wistia', 'k3x9q2m7pd'],
    ['loom', '6f2c1a9e8b3d4e7f9a0b1c2d3e4f5a6b'],
  ])('accepts a %s video at %s, as validateFeed does', (provider, src) => {
    const input = feedOf([good('a', { video: { provider, src } })]);
    expect(validateFeed(input).feed?.articles).toHaveLength(1);
    expect(conforms(input)).toBe(true);
  });

  it.each(files)('accepts the demo feed %s', (file) => {
    expect(conforms(JSON.parse(readFileSync(join(feeds, file), 'utf8')))).toBe(true);
  });

  // Rules a JSON Schema cannot state: uniqueness by a field, references, regex syntax, date parsing.
  const beyondSchema = new Set([
    'a duplicate id',
    'an invalid regex context',
    'a date that is not a date',
    'a YouTube video on a look-alike host',
  ]);
  // Problems validateFeed only warns about (nothing is dropped): valid by the schema too.
  const warningsOnly = new Set(['an unknown category', 'circular categories']);
  it.each(cases.filter(([name]) => !beyondSchema.has(name) && !warningsOnly.has(name)))(
    'rejects what validateFeed drops: %s',
    (_name, input) => {
      expect(conforms(input)).toBe(false);
    },
  );

  it.each(cases.filter(([name]) => warningsOnly.has(name)))(
    'accepts what validateFeed only warns about: %s',
    (_n, input) => {
      expect(conforms(input)).toBe(true);
    },
  );
});

describe('topic icons', () => {
  it.each([
    ['card'],
    ['support'],
    ['/help/icons/billing.svg'],
    ['icons/billing.png'],
    ['https://cdn.example.com/a.svg'],
  ])('keeps %s, a built-in name or a URL the content rules accept, as the schema does', (icon) => {
    const input = feedOf([good('ok')], { categories: [{ id: 'a', title: 'A', icon }] });
    const { feed, problems } = validateFeed(input);
    expect(problems).toEqual([]);
    expect(feed?.categories?.[0]?.icon).toBe(icon);
    expect(conforms(input)).toBe(true);
  });

  it('drops a bad icon but keeps its topic', () => {
    const { feed } = validateFeed(
      feedOf([good('ok')], { categories: [{ id: 'a', title: 'A', icon: 'data:image/svg+xml,x' }] }),
    );
    expect(feed?.categories).toEqual([{ id: 'a', title: 'A' }]);
  });
});
