// Item kinds as registered specs: the engine and the content validator know only what capabilities
// register, so a kind plugs in (or is left out) without touching guides or targeting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checklists } from '../../../src/checklists';
import { createInstance } from '../../../src/core/instance';
import { defined, type Json } from '../../../src/core/validate';
import { type GuidePlugin, guides, type ItemCheck } from '../../../src/guides';
import { validateContent } from '../../../src/guides/content';
import { surveys } from '../../../src/surveys';
import { tips } from '../../../src/tips';
import { tours } from '../../../src/tours';
import type { PathlightInstance, TargetingRule } from '../../../src/types';
import { collectErrors, resetPage, spyWarn } from '../setup/dom';
import { KINDS } from '../targeting/targeting-fixtures';

/** A kind only this test registers: what a new capability's spec looks like. */
interface Nudge {
  id: string;
  text: string;
  trigger?: TargetingRule;
}
declare module '../../../src/guides/types' {
  interface GuideItems {
    nudges: Nudge;
  }
}

const shown: string[] = [];
const nudges: GuidePlugin = {
  kinds: [
    {
      kind: 'nudge',
      contentKey: 'nudges',
      order: 4,
      blocking: false,
      validate(item, check) {
        const text = check.requiredText('text');
        const trigger = check.trigger();
        check.known(['id', 'text', 'trigger']);
        return text === undefined ? undefined : { ...item, ...defined({ trigger }), id: check.id, text };
      },
    },
  ],
  renderers: () => [{ kind: 'nudge', show: (item) => shown.push(item.id), hide: () => {} }],
};

const made: PathlightInstance[] = [];
function mount(...plugins: GuidePlugin[]) {
  const help = createInstance({
    css: '',
    chunks: { guides: () => import('../../../src/guides/chunk') },
    features: [guides(...plugins.map((plugin) => ({ methods: [], load: () => plugin })))],
    ui: () => () => () => {},
  });
  made.push(help);
  return { help, errors: collectErrors(help) };
}

beforeEach(() => {
  resetPage();
  shown.length = 0;
  // Reported problems also go to the console once each; the tests read them from `error` events.
  spyWarn();
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
  vi.restoreAllMocks();
});

describe('item kinds: the registered specs', () => {
  it('schedule the way the engine tables (targeting-fixtures KINDS) assume', () => {
    const registered = [...tips.kinds, ...tours.kinds, ...checklists.kinds, ...surveys.kinds].map(
      ({ kind, order, blocking, ambient, alone }) => ({
        kind,
        order,
        blocking,
        ...(ambient ? { ambient } : {}),
        ...(alone ? { alone } : {}),
      }),
    );
    expect(registered).toEqual(expect.arrayContaining([...KINDS]));
    expect(registered).toHaveLength(KINDS.length);
  });
});

describe('item kinds: content validation reads only registered kinds', () => {
  const content = {
    version: 1,
    tips: [{ id: 't', target: '#a', title: 'Hi', trigger: { after: 'tour:welcome' } }],
    tours: [{ id: 'welcome', steps: [{ title: 'Hello' }] }],
    checklists: [{ id: 'c', title: 'C', items: [{ id: 'i', title: 'I' }] }],
  };

  it('names lists no registered kind claims, and loads the rest', () => {
    const { content: valid, problems } = validateContent(
      { ...content, tips: [{ id: 't', target: '#a', title: 'Hi' }] },
      tips.kinds,
    );
    expect(valid.tips.map((t) => t.id)).toEqual(['t']);
    expect(valid).not.toHaveProperty('tours');
    expect(problems).toEqual([
      'content.tours: unknown list, ignored (this build reads tips, announcements)',
      'content.checklists: unknown list, ignored (this build reads tips, announcements)',
    ]);
  });

  it.each<[string, GuidePlugin[], string[]]>([
    ['with tours registered', [tips, tours, checklists], []],
    [
      'without tours',
      [tips, checklists],
      [
        'tips[0] ("t") was left out: tips[0].trigger.after: expected "tip:ID", "announcement:ID" or "checklist:ID", got "tour:welcome"',
      ],
    ],
  ])('checks after: "tour:ID" against the registered kinds (%s)', (_, plugins, itemProblems) => {
    const { problems } = validateContent(
      content,
      plugins.flatMap((plugin) => plugin.kinds),
    );
    expect(problems.filter((problem) => !problem.startsWith('content.'))).toEqual(itemProblems);
  });

  it('checks the trigger of a kind whose validator does not', () => {
    const [spec] = nudges.kinds;
    const careless = {
      ...spec!,
      validate: (item: Json, check: ItemCheck) => ({ ...item, id: check.id, text: '' }),
    };
    const { content: valid, problems } = validateContent(
      { version: 1, nudges: [{ id: 'n', trigger: { frequency: 'daily' } }] },
      [careless],
    );
    expect(valid.nudges).toEqual([]);
    expect(problems).toEqual([
      `nudges[0] ("n") was left out: nudges[0].trigger.frequency: expected 'once', 'session' or 'always', got "daily"`,
    ]);
  });

  it('needs no kind at all to say what is wrong', () => {
    const { content: valid, problems } = validateContent(content, []);
    expect(valid).toEqual({});
    expect(problems).toContain('content.tips: unknown list, ignored (this build reads no lists)');
  });
});

describe('item kinds: a kind is one plugin', () => {
  it('validates, schedules and shows the items of a kind only its plugin knows', async () => {
    const { help, errors } = mount(nudges);
    help.init({
      quietPeriodMs: 0,
      content: {
        version: 1,
        // @ts-expect-error: the public content type knows the built-in lists only
        nudges: [
          { id: 'second', text: 'Then this', trigger: { after: 'nudge:first' } },
          { id: 'first', text: 'First', trigger: {} },
          { id: 'broken', trigger: {} },
        ],
        tips: [{ id: 't', target: '#a', title: 'Hi' }],
      },
    });
    await vi.waitFor(() => expect(shown).toEqual(['first']));
    expect(errors.map((e) => e.message)).toEqual([
      'Guide content: content.tips: unknown list, ignored (this build reads nudges)',
      'Guide content: nudges[2] ("broken") was left out: nudges[2].text: expected text, got undefined',
    ]);
  });

  it('reports a kind registered twice and keeps the first', async () => {
    const { help, errors } = mount(nudges, nudges);
    help.init({ content: { version: 1 } });
    await vi.waitFor(() => expect(errors.map((e) => e.code)).toContain('internal'));
    expect(errors[0]?.message).toContain('The item kind "nudge" (nudges) is registered twice.');
  });
});
