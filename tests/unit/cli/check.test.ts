// @vitest-environment node
// `pathlight check` without a browser: the command line, where the browser comes from, and how findings are told
// from what each page showed (a fake page opener stands in for Chromium; tests/browser/check-cli.test.mjs runs it).
import { describe, expect, it } from 'vitest';
import {
  type CheckOptions,
  checkContent,
  findChrome,
  type LookAt,
  parseCheckArgs,
} from '../../../src/cli/check';

const options = (more: Partial<CheckOptions> = {}): CheckOptions => ({
  file: 'guides.json',
  urls: ['http://x.test/', 'http://x.test/reports'],
  waitMs: 0,
  strict: false,
  json: false,
  ...more,
});
/** A page opener over fixed pages: each URL's selectors that are there (`!` marks one that is there but hidden). */
const pages =
  (on: Record<string, string[]>): LookAt =>
  async (url, selectors) =>
    selectors.map((selector) =>
      on[url]?.includes(selector) ? 'found' : on[url]?.includes(`!${selector}`) ? 'hidden' : 'missing',
    );

const content = {
  version: 1,
  tips: [
    { id: 'export', target: '#export', trigger: { url: '/reports' } },
    { id: 'everywhere', target: '#help' },
    { id: 'elsewhere', target: '#x', trigger: { url: '/settings' } },
  ],
  tours: [
    {
      id: 'welcome',
      steps: [
        { page: '/', target: '#stats' },
        { page: '/', target: '#hidden' },
      ],
    },
  ],
  checklists: [
    { id: 'start', items: [{ id: 'stripe', completeWhen: { element: '#stripe-on', click: '#connect' } }] },
  ],
};

describe('parseCheckArgs', () => {
  it('reads the file, every --url, --wait, --strict and --json', () => {
    expect(
      parseCheckArgs([
        'g.json',
        '--url',
        'http://localhost:3000',
        '--url',
        'http://localhost:3000/a#/b',
        '--wait',
        '100',
        '--strict',
        '--json',
      ]),
    ).toEqual({
      file: 'g.json',
      urls: ['http://localhost:3000/', 'http://localhost:3000/a#/b'],
      waitMs: 100,
      strict: true,
      json: true,
    });
  });

  it.each([
    [[], /no guides file/],
    [['g.json'], /no page to check/],
    [['g.json', 'h.json', '--url', 'http://a.test'], /one guides file/],
    [['g.json', '--url'], /--url needs a value/],
    [['g.json', '--url', 'localhost:3000'], /not an http\(s\) or file URL|not a URL/],
    [['g.json', '--url', 'ftp://a.test'], /not an http\(s\) or file URL/],
    [['g.json', '--url', 'http://a.test', '--wait', 'soon'], /--wait takes milliseconds/],
    [['g.json', '--url', 'http://a.test', '--headless'], /unknown option: --headless/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCheckArgs(argv)).toThrow(message);
  });
});

describe('findChrome', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);
  it.each([
    [{ CHROME_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'), '/opt/chrome'],
    [{ CHROME_PATH: '/opt/gone' }, only('/usr/bin/chromium'), '/usr/bin/chromium'],
    [{}, only('/usr/bin/chromium'), '/usr/bin/chromium'],
    [{ CHROME_PATH: '/opt/gone' }, only(), undefined],
  ])('%o → %s', (env, exists, expected) => {
    expect(findChrome(env, exists)).toBe(expected);
  });
});

describe('checkContent', () => {
  it('finds each target on a page it is meant for, and names the missing ones by JSON path', async () => {
    const result = await checkContent(
      content,
      options(),
      pages({ 'http://x.test/': ['#stats', '!#hidden', '#help'], 'http://x.test/reports': ['#help'] }),
    );
    expect(result.missing.map((f) => [f.path, f.onPages.map((p) => p.seen)])).toEqual([
      // Meant for /reports only: it being on / would not count.
      ['tips[0].target', ['missing']],
      ['tours[0].steps[1].target', ['hidden']],
      ['checklists[0].items[0].completeWhen.click', ['missing', 'missing']],
    ]);
    expect(result.notYetDone.map((f) => f.path)).toEqual(['checklists[0].items[0].completeWhen.element']);
    expect(result.unchecked.map((t) => t.path)).toEqual(['tips[2].target']);
    expect(result.found).toBe(2);
  });

  it('counts completion elements with --strict, and a page that cannot be opened', async () => {
    const failing: LookAt = async (url, selectors, wait) => {
      if (url.endsWith('/reports'))
        throw new Error('net::ERR_CONNECTION_REFUSED at http://x.test/reports\nstack');
      expect(wait.awaited).toContain('#stripe-on');
      return pages({ 'http://x.test/': ['#stats', '#hidden', '#help', '#connect'] })(url, selectors, wait);
    };
    const result = await checkContent(content, options({ strict: true }), failing);
    expect(result.failedPages).toEqual([
      { url: 'http://x.test/reports', error: 'net::ERR_CONNECTION_REFUSED at http://x.test/reports' },
    ]);
    expect(result.missing.map((f) => f.path)).toEqual([
      'tips[0].target',
      'checklists[0].items[0].completeWhen.element',
    ]);
  });

  it('does not wait for completion elements without --strict', async () => {
    const waited: string[][] = [];
    await checkContent(content, options(), async (_url, selectors, wait) => {
      waited.push(wait.awaited);
      return selectors.map(() => 'found');
    });
    expect(waited.flat()).not.toContain('#stripe-on');
  });
});
