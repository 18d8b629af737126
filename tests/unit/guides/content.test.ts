import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklists } from '../../../src/checklists';
import { validateContent as validate } from '../../../src/guides/content';
import { parseDomEvent, ruleProblems as problemsOf } from '../../../src/guides/rules';
import { surveys } from '../../../src/surveys';
import { tips } from '../../../src/tips';
import { tours } from '../../../src/tours';

/** Every kind this build registers, in the order of the `after` message. */
const KINDS = [...tours.kinds, ...checklists.kinds, ...tips.kinds];
const validateContent = (input: unknown) => validate(input, KINDS);
const ruleProblems = (rule: unknown) =>
  problemsOf(
    rule,
    'trigger',
    KINDS.map((spec) => spec.kind),
  );

const tip = (fields: Record<string, unknown> = {}) => ({ id: 't', target: '#a', title: 'Hi', ...fields });
const announcement = (fields: Record<string, unknown> = {}) => ({ id: 'a', title: 'New', ...fields });

describe('validateContent: the demo content', () => {
  it('accepts examples/feeds/guides.json as it is, without a single problem', () => {
    const json = JSON.parse(readFileSync('examples/feeds/guides.json', 'utf8'));
    // The demo's build registers surveys too.
    const { content, problems, dropped } = validate(json, [...KINDS, ...surveys.kinds]);
    expect(problems).toEqual([]);
    expect(dropped).toBe(0);
    expect(content.surveys.map((s) => s.id)).toEqual(['ledgerly-nps', 'welcome-tour-csat']);
    expect(content.tips.map((t) => t.id)).toEqual(['export-csv-hotspot', 'invoice-customer-tip']);
    expect(content.announcements.map((a) => a.id)).toEqual(['recurring-invoices-launch']);
    expect(content.tours.map((t) => t.id)).toEqual(['welcome', 'create-first-invoice']);
    expect(content.checklists).toHaveLength(1);
  });

  it('reads "$schema" (an editor\'s pointer to schema/guides.schema.json) as no list at all', () => {
    const $schema = 'https://unpkg.com/pathlight/schema/guides.schema.json';
    expect(validateContent({ $schema, version: 1, tips: [tip()] }).problems).toEqual([]);
  });
});

describe('validateContent: items that cannot be used are left out, one problem each', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a number as target',
      { tips: [tip({ target: 7 })] },
      'tips[0].target: expected a selector, an Element or a function, got 7',
    ],
    [
      'no target',
      { tips: [tip({ target: undefined })] },
      'tips[0].target: expected a selector, an Element or a function',
    ],
    [
      'an invalid selector',
      { tips: [tip({ target: 'div[' })] },
      'tips[0].target: invalid CSS selector "div["',
    ],
    ['no title and no body', { tips: [tip({ title: undefined })] }, 'tips[0]: needs a title or a body'],
    ['no id', { tips: [tip({ id: '' })] }, 'tips[0].id: expected text'],
    [
      'an unknown rule key',
      { tips: [tip({ trigger: { urls: '/a' } })] },
      'tips[0].trigger.urls: unknown rule key (did you mean "url"?)',
    ],
    [
      'a bad frequency',
      { tips: [tip({ trigger: { frequency: 'daily' } })] },
      "tips[0].trigger.frequency: expected 'once', 'session' or 'always'",
    ],
    ['a bad regex url', { tips: [tip({ trigger: { url: ['/a', 'regex:('] } })] }, 'tips[0].trigger.url[1]: '],
    [
      'a bad nested rule',
      { tips: [tip({ trigger: { any: [{ url: '/a' }, { delayMs: -1 }] } })] },
      'tips[0].trigger.any[1].delayMs: expected a number of milliseconds',
    ],
    [
      'a bad operator',
      { tips: [tip({ trigger: { user: { plan: { op: 'like', value: 'p' } } } })] },
      'tips[0].trigger.user.plan.op: expected one of eq, ne',
    ],
    [
      'a bad date',
      { tips: [tip({ trigger: { from: '2026-02-30' } })] },
      'tips[0].trigger.from: expected an ISO 8601 date',
    ],
    [
      'a bad after',
      { tips: [tip({ trigger: { after: 'welcome' } })] },
      'tips[0].trigger.after: expected "tour:ID"',
    ],
    [
      'a bad dom event',
      { tips: [tip({ trigger: { event: 'dom:click' } })] },
      'tips[0].trigger.event: expected dom:<type>:<selector>',
    ],
    [
      'an announcement without title',
      { announcements: [announcement({ title: '' })] },
      'announcements[0].title: expected text',
    ],
    [
      'a tour without steps',
      { tours: [{ id: 'x', steps: [] }] },
      'tours[0].steps: expected a non-empty list of steps',
    ],
    [
      'a checklist item twice',
      {
        checklists: [
          {
            id: 'c',
            title: 'C',
            items: [
              { id: 'i', title: 'I' },
              { id: 'i', title: 'J' },
            ],
          },
        ],
      },
      'checklists[0].items[1].id: "i" is used twice',
    ],
  ])('%s', (_, lists, message) => {
    const { content, problems, dropped } = validateContent({ version: 1, ...lists });
    expect(dropped).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(' was left out: ');
    expect(problems[0]).toContain(message);
    expect(Object.values(content).flat()).toEqual([]);
  });

  it('keeps the good items around a bad one', () => {
    const { content, problems } = validateContent({
      version: 1,
      tips: [tip({ id: 'a' }), tip({ id: 'b', target: 7 }), tip({ id: 'c' })],
    });
    expect(content.tips.map((t) => t.id)).toEqual(['a', 'c']);
    expect(problems).toEqual([expect.stringMatching(/^tips\[1\] \("b"\) was left out: tips\[1\]\.target:/)]);
  });

  it('keeps the first of two items with the same id', () => {
    const { content, problems } = validateContent({
      version: 1,
      tips: [tip({ title: 'one' }), tip({ title: 'two' })],
    });
    expect(content.tips.map((t) => t.title)).toEqual(['one']);
    expect(problems[0]).toContain('tips[1].id: "t" is used twice');
  });

  it('accepts Elements and functions as targets (for the host page’s shadow roots)', () => {
    const element = document.createElement('button');
    const fn = () => element;
    const { content, problems } = validateContent({
      version: 1,
      tips: [tip({ id: 'e', target: element }), tip({ id: 'f', target: fn })],
    });
    expect(problems).toEqual([]);
    expect(content.tips.map((t) => t.target)).toEqual([element, fn]);
  });
});

describe('validateContent: fields that cannot be used are left out of a good item', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a javascript: image',
      tip({ image: 'javascript:alert(1)' }),
      'tips[0].image: expected an https, http or relative URL',
      'image',
    ],
    [
      'an unknown placement',
      tip({ placement: 'middle' }),
      'tips[0].placement: expected one of top, bottom',
      'placement',
    ],
    [
      'a bad hotspot',
      tip({ hotspot: { open: 'focus' } }),
      'tips[0].hotspot: expected true, false or',
      'hotspot',
    ],
    ['a text priority', tip({ priority: 'high' }), 'tips[0].priority: expected a number', 'priority'],
    [
      'an unknown field',
      tip({ titel: 'x' }),
      'tips[0].titel: unknown field, ignored (did you mean "title"?)',
      'none',
    ],
  ])('%s', (_, item, message, field) => {
    const { content, problems, dropped } = validateContent({ version: 1, tips: [item] });
    expect(dropped).toBe(0);
    expect(content.tips).toHaveLength(1);
    expect(problems).toEqual([expect.stringContaining(message)]);
    if (field !== 'none') expect(content.tips[0]).not.toHaveProperty(field);
  });

  it('drops buttons that cannot work and keeps at most two', () => {
    const { content, problems } = validateContent({
      version: 1,
      tips: [
        tip({
          buttons: [
            { label: 'Go', action: 'url', value: 'javascript:alert(1)' },
            { label: 'Read', action: 'article', value: 'a1' },
            { label: 'Fly', action: 'teleport' },
            { label: 'Third', action: 'dismiss' },
          ],
        }),
      ],
    });
    expect(content.tips[0]!.buttons).toEqual([{ label: 'Read', action: 'article', value: 'a1' }]);
    expect(problems[0]).toContain('tips[0].buttons: at most 2 buttons');
    expect(problems[0]).toContain(
      'tips[0].buttons[0].value: expected an https, http, mailto or relative URL',
    );
  });

  it('needs a function for custom buttons (content JSON cannot have one)', () => {
    const onClick = () => {};
    const { content } = validateContent({
      version: 1,
      tips: [
        tip({
          buttons: [
            { label: 'A', action: 'custom' },
            { label: 'B', action: 'custom', onClick },
          ],
        }),
      ],
    });
    expect(content.tips[0]!.buttons).toEqual([{ label: 'B', action: 'custom', onClick }]);
  });

  it.each<[string, unknown, boolean]>([
    [
      'a YouTube watch URL',
      { provider: 'youtube', src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      true,
    ],
    ['a file', { provider: 'file', src: '/media/intro.webm' }, true],
    [
      'a YouTube video on another host',
      { provider: 'youtube', src: 'https://evil.example/watch?v=dQw4w9WgXcQ' },
      false,
    ],
    ['an http embed', { provider: 'vimeo', src: 'http://vimeo.com/123456' }, false],
    ['an unknown provider', { provider: 'tiktok', src: 'https://tiktok.com/x' }, false],
  ])('announcement video: %s', (_, video, kept) => {
    const { content, problems } = validateContent({ version: 1, announcements: [announcement({ video })] });
    expect(content.announcements).toHaveLength(1);
    expect('video' in content.announcements[0]!).toBe(kept);
    expect(problems).toHaveLength(kept ? 0 : 1);
  });

  it('reads null fields as not set', () => {
    const { content, problems } = validateContent({ version: 1, tips: [tip({ body: null, image: null })] });
    expect(problems).toEqual([]);
    expect(content.tips[0]).toEqual({ id: 't', target: '#a', title: 'Hi' });
  });
});

describe('validateContent: the file as a whole', () => {
  it.each<[string, unknown, string]>([
    ['not an object', [1], 'content: expected { version: 1'],
    ['another version', { version: 2, tips: [tip()] }, 'content.version: expected 1, got 2'],
  ])('rejects %s', (_, input, message) => {
    const { content, problems } = validateContent(input);
    expect(Object.values(content).flat()).toEqual([]);
    expect(problems[0]).toContain(message);
  });

  it('reads content without a version as version 1, and says so', () => {
    const { content, problems } = validateContent({ tips: [tip()] });
    expect(content.tips).toHaveLength(1);
    expect(problems).toEqual([expect.stringContaining('content.version: missing')]);
  });

  it('names unknown lists and lists that are not lists', () => {
    const { problems } = validateContent({ version: 1, tip: [], tours: {} });
    expect(problems).toEqual([
      expect.stringContaining('content.tip: unknown list, ignored (did you mean "tips"?)'),
      expect.stringContaining('tours: expected a list'),
    ]);
  });
});

describe('rule and URL helpers', () => {
  it('accepts every documented rule key', () => {
    expect(
      ruleProblems({
        url: ['/invoices/*', 'regex:^/a/\\d+$'],
        event: 'dom:click:#save',
        element: '#save',
        user: {
          plan: ['pro'],
          seats: { op: 'gt', value: 3 },
          since: { op: 'after', value: '-7d' },
          beta: true,
        },
        locale: ['en', 'pt-BR'],
        delayMs: 500,
        frequency: 'session',
        after: 'tour:welcome',
        from: '2026-01-01',
        until: '2026-12-31T23:59:59+02:00',
        all: [{ url: '/a' }],
        any: [{ event: 'saved' }],
      }),
    ).toEqual([]);
  });

  it.each<[string, { type: string; selector: string } | undefined]>([
    ['dom:click:#save', { type: 'click', selector: '#save' }],
    ['dom:click:a:not(.x)', { type: 'click', selector: 'a:not(.x)' }],
    ['saved', undefined],
  ])('parseDomEvent(%s)', (name, parsed) => {
    expect(parseDomEvent(name)).toEqual(parsed);
  });
});
