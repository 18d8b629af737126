// @vitest-environment node
// `pathlight validate` (issue 15): feeds and guide content told apart, every problem by its JSON path, exit codes;
// and `pathlight/validate` itself, which must load in Node without touching a browser global.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf, VALIDATE_EXIT, validate } from '../../../src/cli/validate';

const FIXTURES = join(__dirname, '../../fixtures/validate');
const EXAMPLES = join(__dirname, '../../../examples/feeds');
const at = (name: string) => join(FIXTURES, name);

function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = validate(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('\n') };
}

describe('pathlight validate', () => {
  it("exits 0 on the demo's feeds and guides (a glob), saying what loads", () => {
    const { code, stdout } = cli([join(EXAMPLES, '*.json')]);
    expect(code).toBe(VALIDATE_EXIT.ok);
    expect(stdout).toMatch(/guides\.json: ok \(guides: \d+ items load, 0 dropped\)/);
    expect(stdout).toContain(`${join(EXAMPLES, 'kb.en.json')}: ok (feed: 50 articles load, 0 dropped)`);
    expect(stdout.match(/: ok /g)).toHaveLength(7);
  });

  it('names each problem of a feed by its path, and exits 1', () => {
    const { code, stdout } = cli([at('bad-feed.json')]);
    expect(code).toBe(VALIDATE_EXIT.problems);
    expect(stdout.split('\n')).toEqual([
      `${at('bad-feed.json')}: 3 problems (feed: 1 article load, 3 dropped)`,
      '  articles[1].title: expected a non-empty string',
      '  articles[2].video.src: expected an https URL on youtube.com, youtube-nocookie.com or youtu.be',
      '  articles[3].id: "a" is already used by articles[0]',
      '',
    ]);
  });

  it('reads guide content by its $schema, with every item kind, and exits 1 on its problems', () => {
    const { code, stdout } = cli([at('bad-guides.json')]);
    expect(code).toBe(VALIDATE_EXIT.problems);
    expect(stdout).toContain('(guides: 1 item load, 2 dropped)');
    expect(stdout).toContain('  content.hotspots: unknown list, ignored');
    expect(stdout).toContain(
      '  tours[0] ("welcome") was left out: tours[0].steps: expected a non-empty list',
    );
    expect(stdout).toContain('  tips[1] ("nothing") was left out: tips[1]: needs a title or a body');
    // `$schema` is an editor's pointer, not an unknown list.
    expect(cli([at('clean-guides.json')])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(': ok ('),
    });
  });

  it('exits 2 on a file that is not JSON (with its line and column) or cannot be read', () => {
    const notJson = cli([at('not-json.json')]);
    expect(notJson.code).toBe(VALIDATE_EXIT.usage);
    expect(notJson.stdout).toMatch(/not JSON: line 4, column \d+: /);
    const missing = cli([at('missing.json'), at('clean-guides.json')]);
    expect(missing.code).toBe(VALIDATE_EXIT.usage);
    expect(missing.stdout).toMatch(/missing\.json: 1 problem\n {2}cannot read: ENOENT/);
    // The other files are still checked.
    expect(missing.stdout).toContain(`${at('clean-guides.json')}: ok`);
    expect(cli([at('none-*.json')]).stdout).toContain('no file matches');
  });

  it('exits 1 on a file it cannot tell the format of', () => {
    const { code, stdout } = cli([at('unknown.json')]);
    expect(code).toBe(VALIDATE_EXIT.problems);
    expect(stdout).toContain('not a feed or guide content');
  });

  it.each([
    [{ $schema: 'https://unpkg.com/pathlight/schema/feed.schema.json' }, 'feed'],
    [{ $schema: './node_modules/pathlight/schema/content.schema.json', articles: [] }, 'guides'],
    [{ $schema: 'https://unpkg.com/pathlight/schema/guides.schema.json' }, 'guides'],
    [{ version: 1, surveys: [] }, 'guides'],
    [{ version: 1, articles: [] }, 'feed'],
    [{ version: 1, checklists: [] }, 'guides'],
    [[], undefined],
  ])('tells the format of %j: %s', (json, format) => {
    expect(formatOf(json)).toBe(format);
  });

  it('exits 2 on a bad command line, 0 with --help; --json prints the results', () => {
    expect(cli([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no file given/) });
    expect(cli(['--strict', 'a.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown option/),
    });
    expect(cli(['-h'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: pathlight validate'),
    });
    const json = JSON.parse(cli(['--json', at('bad-feed.json')]).stdout);
    expect(json).toEqual([
      expect.objectContaining({ format: 'feed', kept: 1, dropped: 3, problems: expect.any(Array) }),
    ]);
  });
});

describe('pathlight/validate', () => {
  it('loads without touching window, document, navigator, location or self', async () => {
    const touched: string[] = [];
    const names = ['window', 'document', 'navigator', 'location', 'self', 'HTMLElement', 'customElements'];
    const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const name of names)
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => {
          touched.push(name);
          return undefined;
        },
      });
    try {
      const { validateContent, validateFeed } = await import('../../../src/validate');
      expect(touched).toEqual([]);
      expect(validateFeed({ version: 1, articles: [{ id: 'a', title: '', body: '' }] }).problems).toEqual([
        'articles[0].title: expected a non-empty string',
        'articles: none of the 1 article is valid',
      ]);
      expect(validateContent({ version: 1, tips: [{ id: 'a', target: 7, title: 'Hi' }] }).problems).toEqual([
        'tips[0] ("a") was left out: tips[0].target: expected a selector, an Element or a function, got 7',
      ]);
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
  });
});
