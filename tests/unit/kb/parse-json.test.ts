// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unsliced } from '../../../src/core/slices';
import { BIG_FEED, validateFeed, validateFeedAsync } from '../../../src/kb';
import { parseJsonSteps } from '../../../src/kb/parse-json';

const SENTENCES = [
  'Reset your password from the "Account" page: [Settings] → {Security}.',
  'Zmiana hasła do konta — kliknij „Zapisz”, a potem wróć.',
  'Сбросить пароль можно в разделе «Безопасность», шаг 2.',
  'Đặt lại mật khẩu: chọn Cài đặt, rồi nhấn Lưu.',
  'Paths like C:\\Reports\\2024 and regexes like /a\\d+/ keep their backslashes 😀.',
];
/** A deterministic feed of `n` articles with multilingual Markdown bodies, some videos and categories. */
const corpus = (n: number) => ({
  version: 1,
  categories: [
    { id: 'c0', title: 'Zero' },
    { id: 'c1', title: 'One', parent: 'c0' },
  ],
  articles: Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    title: `${SENTENCES[i % 5]!.split(' ').slice(0, 4).join(' ')} ${i}`,
    summary: SENTENCES[(i + 1) % 5],
    body: Array.from({ length: 12 }, (_, k) => `## ${k}\n\n${SENTENCES[(i + k) % 5]}`).join('\n\n'),
    category: `c${i % 2}`,
    tags: ['help', `t${i % 7}`],
    ...(i % 10 === 0
      ? { video: { provider: 'youtube', src: `https://www.youtube-nocookie.com/embed/v${i}` } }
      : {}),
  })),
});

/** Every input in steps, however small (the threshold is 0). */
const stepped = (text: string) => unsliced(parseJsonSteps(text));
const errorOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`valid JSON: ${text}`);
};

afterEach(() => {
  vi.restoreAllMocks();
});

// Each is read in steps: JSON.parse never sees the whole text.
const steppedCases: Array<[string, string]> = [
  ['compact', '{"version":1,"articles":[{"id":"a"},{"id":"b"}]}'],
  [
    'nested arrays and objects',
    '{"articles":[{"a":[1,[2,{"b":[3,{}]}]]},[[]],{},[],null,true,-1.5e3],"v":{"x":[1]}}',
  ],
  [
    'brackets, commas and colons in strings',
    '{"x":"[articles]","articles":[{"t":"[{]},:"},"]",",","{","\\"articles\\":["],"articles2":"[1,2"}',
  ],
  [
    'escaped quotes and backslashes',
    String.raw`{"articles":[{"t":"say \"hi\", \\"},"\\\"]\\","\\\\",{"k\"":"\\"}],"k":"free"}`,
  ],
  [
    'unicode escapes',
    String.raw`{"articles":[{"t":"\u005b\u0022\u005d","u":"\ud83d\ude00 \u00e9","\u0061rticles":[1]}],"x":"["}`,
  ],
  [
    'whitespace everywhere',
    ' \r\n\t{ \n "version" :\t1 ,\r\n  "articles" : [ \n\t{ "id" : "a" } ,\n\n { "id":"b" }\r\n ] \n}\n ',
  ],
  [
    'articles last, after other arrays',
    '{"categories":[{"id":"c"}],"synonyms":{"a":["b"]},"articles":[1,2,3]}',
  ],
  [
    'an "articles" key deeper down',
    '{"meta":{"articles":[9,9]},"list":[{"articles":[8]}],"articles":[{"articles":[7]}]}',
  ],
  ['non-ASCII text as it is', '{"articles":[{"t":"Zmiana hasła — Сбросить пароль — Đặt lại mật khẩu 😀"}]}'],
  ['one article', '{"articles":[{"id":"only"}]}'],
  [
    'a pretty-printed multilingual corpus',
    JSON.stringify({ ...corpus(40), locale: 'en', tail: [1, { a: '[' }] }, null, 2),
  ],
];

// Shapes the steps leave to one JSON.parse of the whole text (which reads them right).
const wholeCases: Array<[string, string]> = [
  ['no articles at all', '{"version":1}'],
  ['empty articles', '{"version":1,"articles":[]}'],
  ['articles that are not an array', '{"articles":{"a":[1,2]},"b":[3]}'],
  ['articles as a string', '{"articles":"[1,2]"}'],
  ['a later "articles" key wins', '{"articles":[1],"articles":[2]}'],
  ['a later escaped "articles" key wins', String.raw`{"articles":[1],"art\u0069cles":"\u0000"}`],
  ['an earlier escaped "articles" key loses', String.raw`{"art\u0069cles":[0],"articles":["kept"]}`],
  ['"articles" as a top-level value too', '{"name":"articles","articles":[1]}'],
  ['an escape in a top-level string', String.raw`{"k\"":"\\","articles":[1]}`],
  ['a top-level array', '["articles",[1,2]]'],
  ['a top-level string', '"{\\"articles\\":[1]}"'],
  ['a top-level number', ' 42 '],
  ['__proto__ keys', '{"__proto__":{"x":1},"articles":[{"__proto__":[1]}]}'],
];

describe('parseJsonSteps: the same value as JSON.parse', () => {
  it.each(steppedCases)('%s (in steps)', (_name, text) => {
    const parse = vi.spyOn(JSON, 'parse');
    const value = stepped(text);
    const calls = parse.mock.calls.map(([input]) => input);
    parse.mockRestore();
    expect(value).toEqual(JSON.parse(text));
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
    expect(calls).not.toContain(text);
  });

  it.each(wholeCases)('%s (in one JSON.parse)', (_name, text) => {
    const value = stepped(text);
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
    expect(value).toEqual(JSON.parse(text));
  });

  it('on 300 random feeds: nested values, strings full of quotes, backslashes, brackets and escapes', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const CHARS = [
      'a',
      'Z',
      ' ',
      '"',
      '\\',
      '[',
      ']',
      '{',
      '}',
      ',',
      ':',
      '\n',
      '\t',
      '\u0000',
      'ł',
      'ж',
      '😀',
      '\u2028',
    ];
    const string = () => Array.from({ length: Math.floor(random() * 8) }, () => pick(CHARS)).join('');
    const value = (depth: number): unknown => {
      const kind = Math.floor(random() * (depth > 3 ? 4 : 6));
      if (kind === 0) return string();
      if (kind === 1) return Math.round((random() - 0.5) * 1e6) / 100;
      if (kind === 2) return pick([true, false, null]);
      if (kind === 3) return pick(['articles', '', '\\', '"']);
      if (kind === 4) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, () => [
          pick(['articles', 'id', string()]),
          value(depth + 1),
        ]),
      );
    };
    const ascii = (text: string) =>
      text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const parse = vi.spyOn(JSON, 'parse');
    let inSteps = 0;
    for (let n = 0; n < 300; n++) {
      const feed = {
        ...(random() < 0.5 ? { before: value(1) } : {}),
        articles: Array.from({ length: 1 + Math.floor(random() * 6) }, () => value(1)),
        ...(random() < 0.5 ? { after: value(1) } : {}),
      };
      let text = JSON.stringify(feed, null, pick([0, 1, '\t']));
      if (random() < 0.3) text = ascii(text);
      parse.mockClear();
      const result = JSON.stringify(stepped(text));
      if (!parse.mock.calls.some(([input]) => input === text)) inSteps++;
      expect(result).toBe(JSON.stringify(JSON.parse(text)));
    }
    // The rest had an escape in a top-level string, or "articles" as a top-level value.
    expect(inSteps).toBeGreaterThan(100);
  });

  it('a large feed takes many short steps: a pass over the text, then one article each', () => {
    const feed = corpus(600);
    const text = JSON.stringify(feed);
    expect(text.length).toBeGreaterThan(BIG_FEED);
    const steps = parseJsonSteps(text);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    expect(step.value).toEqual(feed);
    expect(count).toBeGreaterThanOrEqual(600 + Math.floor(text.length / 65536));
  });
});

describe('parseJsonSteps: invalid JSON throws what JSON.parse throws', () => {
  it.each([
    ['cut off inside the articles', '{"articles":[{"a":1},{"b":'],
    ['cut off inside a string', '{"articles":[{"a":"text'],
    ['an empty element', '{"articles":[1,,2]}'],
    ['a trailing comma', '{"articles":[1,2,]}'],
    ['a missing comma', '{"articles":[1 2]}'],
    ['a bad escape', String.raw`{"articles":["\x41"]}`],
    ['a raw line break in a string', '{"articles":["a\nb"]}'],
    ['mismatched brackets', '{"articles":[{"a":[1}],"b":2]}'],
    ['one bracket too many', '{"articles":[1]]}'],
    ['text after the feed', '{"articles":[1]} and more'],
    ['a non-JSON space as the only element', '{"articles":[\u00a0]}'],
    ['a broken rest of the feed', '{"version":1,,"articles":[1]}'],
    ['single quotes', "{'articles':[1]}"],
  ])('%s', (_name, text) => {
    expect(() => stepped(text)).toThrow(new SyntaxError(errorOf(text)));
  });
});

describe('validateFeedAsync', () => {
  const big = corpus(600);

  it('gives what validateFeed gives, for an object, a small text and a large one', async () => {
    const broken = {
      ...big,
      articles: [...big.articles, { id: big.articles[0]!.id, title: 'Twin', body: '' }],
    };
    for (const input of [
      big,
      JSON.stringify(broken),
      JSON.stringify(broken, null, 1),
      '{"version":1,"articles":[]}',
    ])
      expect(await validateFeedAsync(input, undefined, parseJsonSteps)).toEqual(validateFeed(input));
  });

  it('names invalid JSON as validateFeed does, for a large text too', async () => {
    const text = `${JSON.stringify(big).slice(0, -2)},]}`;
    expect(text.length).toBeGreaterThan(BIG_FEED);
    const result = await validateFeedAsync(text, undefined, parseJsonSteps);
    expect(result.feed).toBeUndefined();
    expect(result.problems).toEqual([`feed: not valid JSON (${errorOf(text)})`]);
    expect(result).toEqual(validateFeed(text));
  });

  it('yields to the event loop while it works, and stops when aborted', async () => {
    // Every step looks 5 ms long, so every other step yields.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const text = JSON.stringify(big);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    expect(await validateFeedAsync(text, undefined, parseJsonSteps)).toEqual(validateFeed(text));
    expect(ticks).toBeGreaterThan(0);
    const controller = new AbortController();
    const reason = new Error('stop');
    setTimeout(() => controller.abort(reason), 0);
    await expect(validateFeedAsync(text, controller.signal, parseJsonSteps)).rejects.toBe(reason);
    clearInterval(timer);
  });
});
