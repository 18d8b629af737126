// @vitest-environment node
// The hand-written front matter reader (src/cli/front-matter.ts) and the WebVTT reader: what they read, and the
// line of what they refuse.
import { describe, expect, it } from 'vitest';
import { FrontMatterError, readFrontMatter } from '../../../src/cli/front-matter';
import { readVtt } from '../../../src/cli/vtt';

const fm = (...lines: string[]) => readFrontMatter(['---', ...lines, '---', 'Body'].join('\n'));

describe('readFrontMatter', () => {
  it.each([
    [['title: Plain text: with a colon'], { title: 'Plain text: with a colon' }],
    [['title: "Dou\\"ble" # a comment'], { title: 'Dou"ble' }],
    [["title: 'It''s # not a comment'"], { title: "It's # not a comment" }],
    [
      ['n: 20', 'f: 1.5', 'yes: true', 'none: ~', 'empty:'],
      { n: 20, f: 1.5, yes: true, none: null, empty: null },
    ],
    [['updated: 2025-06-02'], { updated: '2025-06-02' }],
    [['tags: [a, "b, c", \'d\']'], { tags: ['a', 'b, c', 'd'] }],
    [['tags:', '  - a', '  - b'], { tags: ['a', 'b'] }],
    [['tags:', '- a', '- b'], { tags: ['a', 'b'] }],
    [['video: { src: /v.webm, duration: 20 }'], { video: { src: '/v.webm', duration: 20 } }],
    [
      [
        'video:',
        '  src: https://youtu.be/x',
        '  transcript:',
        '    - at: 0',
        '      text: Hi',
        '    - at: 5',
        '      text: Bye',
      ],
      {
        video: {
          src: 'https://youtu.be/x',
          transcript: [
            { at: 0, text: 'Hi' },
            { at: 5, text: 'Bye' },
          ],
        },
      },
    ],
    [['summary: >', '  Folded', '  lines', '', '  here'], { summary: 'Folded lines\nhere\n' }],
    [['summary: |-', '  Kept', '  lines'], { summary: 'Kept\nlines' }],
    [['# only a comment', 'url: https://x.test/a#b'], { url: 'https://x.test/a#b' }],
  ])('reads %j', (lines, data) => {
    expect(fm(...lines).data).toEqual(data);
  });

  it('keeps the body and the line of every value', () => {
    const { body, lines } = fm('title: T', 'video:', '  src: /v.webm', 'tags: [a, b]');
    expect(body).toBe('Body');
    expect(Object.fromEntries(lines)).toMatchObject({
      title: 2,
      video: 3,
      'video.src': 4,
      tags: 5,
      'tags[1]': 5,
    });
  });

  it('reads a file without front matter as all body', () => {
    expect(readFrontMatter('# Title\n\ntext')).toEqual({
      data: {},
      body: '# Title\n\ntext',
      lines: new Map(),
    });
  });

  it.each([
    [['title: "open'], 2, /unclosed double quote/],
    [['title: a', 'title: b'], 3, /title is given twice/],
    [['title: a', '   x: b'], 3, /unexpected indentation/],
    [['just text'], 2, /expected key: value/],
    [['tags: [a, b'], 2, /expected , or \]/],
    [['ref: *anchor'], 2, /anchors, aliases and tags are not supported/],
    [['\ttitle: a'], 2, /tab in the indentation/],
  ])('refuses %j at line %i', (lines, line, message) => {
    let error: unknown;
    try {
      fm(...lines);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrontMatterError);
    expect((error as FrontMatterError).line).toBe(line);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses front matter that is not closed, at line 1', () => {
    expect(() => readFrontMatter('---\ntitle: a\n')).toThrow(/not closed/);
  });
});

describe('readVtt', () => {
  it('reads cues as transcript lines, markup and settings taken out', () => {
    const vtt = [
      'WEBVTT - captions',
      '',
      'NOTE a comment',
      '',
      'intro',
      '00:00:01.500 --> 00:00:04.000 align:start',
      '<v Anna>Hello &amp; welcome</v>',
      '',
      '01:02.000 --> 01:05.000',
      'Two',
      'lines',
    ].join('\r\n');
    expect(readVtt(vtt)).toEqual([
      { at: 1.5, text: 'Hello & welcome' },
      { at: 62, text: 'Two lines' },
    ]);
  });

  it('refuses a file that is not WebVTT', () => {
    expect(() => readVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT')).toThrow(/not a WebVTT file/);
  });
});

describe('readFrontMatter on hostile input', () => {
  it('refuses nesting deeper than it reads, with the line, instead of running out of stack', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`);
    expect(() => fm(...deep)).toThrow(FrontMatterError);
    expect(() => fm(`tags: ${'['.repeat(5000)}`)).toThrow(/nested deeper than/);
  });
});
