// Tours without a browser: validation, the step logic (when, page, ifMissing, advanceOn), events, memory
// (frequency, dismissals, revision), resuming saved progress, and the progress adapter. The player (driver.js
// and the card, the `driver` chunk) is a fake that records what it was asked to draw; tests/browser/tours.test.mjs
// covers the drawing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeRuntime } from '../../../src/compose';
import type { Chunks } from '../../../src/core/chunks';
import { createInstance } from '../../../src/core/instance';
import { validateContent } from '../../../src/guides/content';
import { tours } from '../../../src/tours';
import type { PlayerActions, StepView } from '../../../src/tours/player-types';
import type {
  GuideContent,
  PathlightConfig,
  PathlightInstance,
  ProgressState,
  Tour,
} from '../../../src/types';
import { collectErrors, resetPage, spyWarn, tick } from '../setup/dom';

interface FakePlayer {
  shown: StepView[];
  hides: number;
  actions?: PlayerActions;
}

const made: PathlightInstance[] = [];
function mount(config: PathlightConfig = {}, player: FakePlayer = { shown: [], hides: 0 }) {
  const driverChunk = {
    createTourPlayer: (_rt: unknown, _guides: unknown, actions: PlayerActions) => {
      player.actions = actions;
      return {
        show: (view: StepView) => player.shown.push(view),
        hide: () => player.hides++,
        hasFocus: () => false,
        destroy: () => {},
      };
    },
  } as unknown as Chunks['driver'];
  // The real composition (panel, tips, guides, tours), with the player faked.
  const options = composeRuntime('');
  const help = createInstance({
    ...options,
    chunks: { ...options.chunks, driver: async () => driverChunk },
  }) as PathlightInstance;
  help.init({ quietPeriodMs: 0, launcher: { hidden: true }, ...config });
  made.push(help);
  const seen: string[] = [];
  for (const name of [
    'tour:start',
    'tour:step',
    'tour:complete',
    'tour:dismiss',
    'announcement:show',
  ] as const)
    help.on(name, (p) => {
      const payload = p as { tourId?: string; id: string; stepId?: string; index?: number; reason?: string };
      seen.push(
        [name, payload.tourId ?? payload.id, payload.stepId, payload.reason].filter(Boolean).join(':'),
      );
    });
  const errors = collectErrors(help);
  /** Titles of the steps drawn, in order. */
  const titles = () => player.shown.map((view) => view.step.title);
  return { help, player, seen, errors, titles, current: () => player.shown.at(-1) };
}

const content = (list: Tour[], extra: Partial<GuideContent> = {}): GuideContent => ({
  version: 1,
  tours: list,
  ...extra,
});
const button = (id: string) => {
  const b = document.createElement('button');
  b.id = id;
  b.textContent = id;
  document.body.append(b);
  return b;
};
const threeSteps: Tour = {
  id: 'welcome',
  title: 'Welcome',
  steps: [{ target: '#a', title: 'A' }, { target: '#b', title: 'B', id: 'bee' }, { title: 'C' }],
};
/** Waits (bounded) until `check` holds: chunks, passes and waits are asynchronous. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });

beforeEach(() => {
  resetPage();
  spyWarn();
  button('a');
  button('b');
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  resetPage();
  vi.useRealTimers();
});

describe('tour content', () => {
  const problems = (tour: unknown) => validateContent({ version: 1, tours: [tour] }, tours.kinds).problems;

  it.each<[string, unknown, string]>([
    [
      'a step without title or body',
      { id: 't', steps: [{ target: '#a' }] },
      'tours[0].steps[0]: needs a title or a body',
    ],
    [
      'a bad page pattern',
      { id: 't', steps: [{ title: 'x', page: 'regex:(' }] },
      'tours[0].steps[0].page: Invalid regular expression',
    ],
    [
      'a typo in when',
      { id: 't', steps: [{ title: 'x', when: { usr: { plan: 'pro' } } }] },
      'tours[0].steps[0].when.usr: unknown rule key (did you mean "user"?)',
    ],
    [
      'the same step id twice',
      {
        id: 't',
        steps: [
          { id: 's', title: 'x' },
          { id: 's', title: 'y' },
        ],
      },
      'tours[0].steps[1].id: "s" is used twice',
    ],
    [
      'a selector that is not one',
      { id: 't', steps: [{ title: 'x', target: '##' }] },
      'tours[0].steps[0].target: invalid CSS selector',
    ],
  ])('leaves a tour out for %s, naming the path', (_, tour, problem) => {
    const found = problems(tour);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('was left out');
    expect(found[0]).toContain(problem);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'advanceOn',
      { advanceOn: 'hover' },
      "tours[0].steps[0].advanceOn: expected 'next', 'click', 'route' or { event }, got \"hover\"; using next",
    ],
    [
      'ifMissing',
      { ifMissing: 'hide' },
      'tours[0].steps[0].ifMissing: expected one of skip, center, end, got "hide"; using the default',
    ],
    [
      'waitMs',
      { waitMs: 600_000 },
      'tours[0].steps[0].waitMs: expected ms from 0 to 60000, got 600000; using 3000',
    ],
    [
      'a video no player plays',
      { video: { provider: 'youtube', src: 'https://evil.example/x' } },
      'tours[0].steps[0].video.src: expected a video URL the youtube player plays',
    ],
    ['an unknown field', { hint: 'x' }, 'tours[0].steps[0].hint: unknown field, ignored'],
  ])('keeps the tour but leaves out a bad %s', (_, field, problem) => {
    const { content: valid, problems: found } = validateContent(
      { version: 1, tours: [{ id: 't', steps: [{ title: 'x', ...field }] }] },
      tours.kinds,
    );
    expect(valid.tours).toHaveLength(1);
    expect(found.join('\n')).toContain(problem);
  });

  it('reads a full step', () => {
    const step = {
      id: 'one',
      target: '#a',
      title: 'T',
      body: '**B**',
      image: '/i.png',
      imageAlt: 'An image',
      video: { provider: 'file', src: '/v.webm' },
      page: ['/invoices', '/invoices/*'],
      url: '/invoices',
      placement: 'top-start',
      advanceOn: { event: 'invoice:created' },
      when: { user: { plan: 'pro' } },
      ifMissing: 'center',
      waitMs: 500,
      buttons: [{ label: 'Skip tour', action: 'dismiss' }],
    };
    const { content: valid, problems: found } = validateContent(
      { version: 1, tours: [{ id: 't', revision: 2, steps: [step], trigger: { url: '/' } }] },
      tours.kinds,
    );
    expect(found).toEqual([]);
    expect(valid.tours[0]).toEqual({ id: 't', revision: 2, steps: [step], trigger: { url: '/' } });
  });
});

describe('running a tour', () => {
  it('startTour shows each step, Back and Next move, Done completes; events carry tourId, stepId, index, count', async () => {
    const t = mount({ content: content([threeSteps]) });
    t.help.startTour('welcome');
    await until(() => expect(t.titles()).toEqual(['A']));
    expect(t.current()).toMatchObject({ index: 0, count: 3, canBack: false, next: 'next' });
    expect(t.current()!.target).toBe(document.getElementById('a'));
    t.player.actions!.next();
    await until(() => expect(t.titles()).toEqual(['A', 'B']));
    t.player.actions!.back();
    await until(() => expect(t.titles()).toEqual(['A', 'B', 'A']));
    // A double click on Next moves one step: the second one acts on a step not drawn yet.
    t.player.actions!.next();
    t.player.actions!.next();
    await until(() => expect(t.titles()).toEqual(['A', 'B', 'A', 'B']));
    t.player.actions!.next();
    await until(() => expect(t.titles()).toEqual(['A', 'B', 'A', 'B', 'C']));
    expect(t.current()).toMatchObject({ target: null, next: 'done', canBack: true });
    t.player.actions!.next();
    await until(() => expect(t.seen.at(-1)).toBe('tour:complete:welcome'));
    expect(t.seen).toEqual([
      'tour:start:welcome',
      'tour:step:welcome:1',
      'tour:step:welcome:bee',
      'tour:step:welcome:1',
      'tour:step:welcome:bee',
      'tour:step:welcome:3',
      'tour:complete:welcome',
    ]);
    expect(t.player.hides).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
  });

  it('the journey knows the step the user is on, for a hand-off', async () => {
    const t = mount({ content: content([threeSteps]) });
    t.help.startTour('welcome', { step: 1 });
    await until(() => expect(t.titles()).toEqual(['B']));
    expect(sessionStorage.getItem('pathlight:tour-step')).toContain('"step":1');
  });

  it('startTour with a tour object validates it first; a broken one is reported and nothing starts', async () => {
    const t = mount({ content: content([]) });
    t.help.startTour({ id: 'inline', steps: [{ title: 'Hello' }] });
    await until(() => expect(t.titles()).toEqual(['Hello']));
    t.help.startTour({ id: 'broken', steps: [{ target: 7 }] } as unknown as Tour);
    await tick(20);
    expect(t.errors.map((e) => e.code)).toEqual(['content_invalid', 'unknown_item']);
    expect(t.errors[0]!.message).toContain('tours[0].steps[0].target');
    expect(t.titles()).toEqual(['Hello']);
  });

  it('endTour() dismisses the tour (reason close) and it never starts by itself again', async () => {
    const auto = { ...threeSteps, trigger: { frequency: 'always' as const } };
    const t = mount({ content: content([auto]) });
    await until(() => expect(t.titles()).toEqual(['A']));
    t.help.endTour();
    await until(() => expect(t.seen.at(-1)).toBe('tour:dismiss:welcome:1:close'));
    history.pushState(null, '', '/elsewhere');
    await tick(30);
    expect(t.titles()).toEqual(['A']);
  });

  it('starting another tour ends the first (reason replaced)', async () => {
    const other: Tour = { id: 'other', steps: [{ title: 'O' }] };
    const t = mount({ content: content([threeSteps, other]) });
    t.help.startTour('welcome');
    await until(() => expect(t.titles()).toEqual(['A']));
    t.help.startTour('other');
    await until(() => expect(t.titles()).toEqual(['A', 'O']));
    expect(t.seen).toEqual([
      'tour:start:welcome',
      'tour:step:welcome:1',
      'tour:dismiss:welcome:1:replaced',
      'tour:start:other',
      'tour:step:other:1',
    ]);
  });

  it('when: a step whose rule does not hold is skipped, both ways', async () => {
    const tour: Tour = {
      id: 'w',
      steps: [{ title: 'one' }, { title: 'pro only', when: { user: { plan: 'pro' } } }, { title: 'three' }],
    };
    const t = mount({ content: content([tour]), user: { id: 'u', traits: { plan: 'free' } } });
    t.help.startTour('w');
    await until(() => expect(t.titles()).toEqual(['one']));
    t.player.actions!.next();
    await until(() => expect(t.titles()).toEqual(['one', 'three']));
    expect(t.current()!.canBack).toBe(true);
    t.player.actions!.back();
    await until(() => expect(t.titles()).toEqual(['one', 'three', 'one']));
  });

  it.each<['skip' | 'center' | 'end', string[], string | undefined]>([
    ['skip', ['one', 'three'], undefined],
    ['center', ['one', 'missing'], undefined],
    ['end', ['one'], 'tour:dismiss:m:2:target-missing'],
  ])('ifMissing %s after waitMs: never throws, never hangs', async (ifMissing, shown, last) => {
    const tour: Tour = {
      id: 'm',
      steps: [
        { title: 'one' },
        { title: 'missing', target: '#nope', waitMs: 40, ifMissing },
        { title: 'three' },
      ],
    };
    const t = mount({ content: content([tour]) });
    t.help.startTour('m');
    await until(() => expect(t.titles()).toEqual(['one']));
    t.player.actions!.next();
    await tick(120);
    expect(t.titles()).toEqual(shown);
    if (ifMissing === 'center') expect(t.current()!.target).toBeNull();
    if (last) expect(t.seen.at(-1)).toBe(last);
    expect(t.errors).toEqual([]);
  });

  it('an element the page re-renders: the step follows the new one, with no second tour:step', async () => {
    const tour: Tour = { id: 'r', steps: [{ title: 'A', target: '#a' }, { title: 'B' }] };
    const t = mount({ content: content([tour]) });
    t.help.startTour('r');
    await until(() => expect(t.titles()).toEqual(['A']));
    document.getElementById('a')!.replaceWith(Object.assign(document.createElement('button'), { id: 'a' }));
    await until(() => expect(t.titles()).toEqual(['A', 'A']));
    expect(t.current()!.target).toBe(document.getElementById('a'));
    expect(t.seen).toEqual(['tour:start:r', 'tour:step:r:1']);
  });

  it('a late element: the step waits for it, then shows it', async () => {
    const tour: Tour = { id: 'late', steps: [{ title: 'late', target: '#late', waitMs: 2000 }] };
    const t = mount({ content: content([tour]) });
    t.help.startTour('late');
    await tick(50);
    expect(t.titles()).toEqual([]);
    const late = button('late');
    await until(() => expect(t.titles()).toEqual(['late']));
    expect(t.current()!.target).toBe(late);
  });

  it('advanceOn: a click on the element, a track() event, a route change', async () => {
    const tour: Tour = {
      id: 'adv',
      steps: [
        { title: 'click', target: '#a', advanceOn: 'click' },
        { title: 'event', advanceOn: { event: 'done' } },
        { title: 'route', advanceOn: 'route' },
        { title: 'end' },
      ],
    };
    const t = mount({ content: content([tour]) });
    t.help.startTour('adv');
    await until(() => expect(t.titles()).toEqual(['click']));
    expect(t.current()!.next).toBeUndefined();
    document.getElementById('a')!.click();
    await until(() => expect(t.titles()).toEqual(['click', 'event']));
    t.help.track('something else');
    t.help.track('done');
    await until(() => expect(t.titles()).toEqual(['click', 'event', 'route']));
    history.pushState(null, '', '/next');
    await until(() => expect(t.titles()).toEqual(['click', 'event', 'route', 'end']));
  });
});

describe('pages and resuming', () => {
  const pages: Tour = {
    id: 'pages',
    steps: [
      { title: 'list', page: '/invoices' },
      { title: 'form', page: '/invoices/new' },
      { title: 'also form', page: '/invoices/new' },
    ],
  };

  it('a step on another page waits for the user to get there, then shows', async () => {
    history.replaceState(null, '', '/invoices');
    const t = mount({ content: content([pages]) });
    t.help.startTour('pages');
    await until(() => expect(t.titles()).toEqual(['list']));
    t.player.actions!.next();
    await tick(20);
    expect(t.titles()).toEqual(['list']);
    history.pushState(null, '', '/invoices/new');
    await until(() => expect(t.titles()).toEqual(['list', 'form']));
  });

  it('moving to the next step’s page moves the tour on', async () => {
    history.replaceState(null, '', '/invoices');
    const t = mount({ content: content([pages]) });
    t.help.startTour('pages');
    await until(() => expect(t.titles()).toEqual(['list']));
    history.pushState(null, '', '/invoices/new');
    await until(() => expect(t.titles()).toEqual(['list', 'form']));
  });

  it('a step that lives anywhere ends the tour when the user leaves its page (reason navigation)', async () => {
    const t = mount({ content: content([threeSteps]) });
    t.help.startTour('welcome');
    await until(() => expect(t.titles()).toEqual(['A']));
    history.pushState(null, '', '/settings');
    await until(() => expect(t.seen.at(-1)).toBe('tour:dismiss:welcome:1:navigation'));
  });

  it('after a reload in the middle, the tour resumes at the same step (no second tour:start)', async () => {
    history.replaceState(null, '', '/invoices/new');
    const first = mount({ content: content([pages]) });
    first.help.startTour('pages', { step: 2 });
    await until(() => expect(first.titles()).toEqual(['also form']));
    first.help.destroy();
    const second = mount({ content: content([pages]) });
    await until(() => expect(second.titles()).toEqual(['also form']));
    expect(second.seen).toEqual(['tour:step:pages:3']);
  });

  it('a revised tour resumes within its revision, and starts over under a new one', async () => {
    const v1 = { ...pages, revision: 'v1' };
    history.replaceState(null, '', '/invoices/new');
    const first = mount({ content: content([v1]) });
    first.help.startTour('pages', { step: 2 });
    await until(() => expect(first.titles()).toEqual(['also form']));
    first.help.destroy();
    const same = mount({ content: content([v1]) });
    await until(() => expect(same.titles()).toEqual(['also form']));
    same.help.destroy();
    const revised = mount({ content: content([{ ...v1, revision: 'v2' }]) });
    await tick(40);
    expect(revised.titles()).toEqual([]);
  });

  it('saved on another page: the tour waits there until the user comes back to the step’s page', async () => {
    history.replaceState(null, '', '/invoices');
    const first = mount({ content: content([pages]) });
    first.help.startTour('pages');
    await until(() => expect(first.titles()).toEqual(['list']));
    first.player.actions!.next();
    await tick(10);
    first.help.destroy();
    const second = mount({ content: content([pages]) });
    await tick(30);
    expect(second.titles()).toEqual([]);
    history.pushState(null, '', '/invoices/new');
    await until(() => expect(second.titles()).toEqual(['form']));
  });

  it('a completed tour leaves no progress behind', async () => {
    const first = mount({ content: content([threeSteps]) });
    first.help.startTour('welcome', { step: 2 });
    await until(() => expect(first.titles()).toEqual(['C']));
    first.player.actions!.next();
    await until(() => expect(first.seen.at(-1)).toBe('tour:complete:welcome'));
    first.help.destroy();
    const second = mount({ content: content([threeSteps]) });
    await tick(30);
    expect(second.titles()).toEqual([]);
  });
});

describe('memory and targeting', () => {
  it('a tour with a trigger starts by itself once; completed, it does not come back', async () => {
    const auto = { ...threeSteps, trigger: { url: '/' } };
    const first = mount({ content: content([auto]) });
    await until(() => expect(first.titles()).toEqual(['A']));
    first.help.endTour();
    first.help.destroy();
    const second = mount({ content: content([auto]) });
    await tick(30);
    expect(second.titles()).toEqual([]);
  });

  it('a new revision shows again to people who saw (and dismissed) the old one; old progress starts over', async () => {
    const v1 = { ...threeSteps, revision: 1, trigger: { url: '/' } };
    const first = mount({ content: content([v1]) });
    await until(() => expect(first.titles()).toEqual(['A']));
    first.player.actions!.next();
    await until(() => expect(first.titles()).toEqual(['A', 'B']));
    first.help.endTour();
    first.help.destroy();
    const again = mount({ content: content([v1]) });
    await tick(30);
    expect(again.titles()).toEqual([]);
    again.help.destroy();
    const v2 = mount({ content: content([{ ...v1, revision: 2 }]) });
    await until(() => expect(v2.titles()).toEqual(['A']));
    expect(v2.seen[0]).toBe('tour:start:welcome');
  });

  it('after: "tour:ID" waits for the tour to complete, whatever its revision', async () => {
    const first: Tour = { id: 'first', revision: 'b', steps: [{ title: 'F' }], trigger: { url: '/' } };
    const second: Tour = { id: 'second', steps: [{ title: 'S' }], trigger: { after: 'tour:first' } };
    const t = mount({ content: content([first, second]) });
    await until(() => expect(t.titles()).toEqual(['F']));
    t.player.actions!.next();
    await until(() => expect(t.titles()).toEqual(['F', 'S']));
    expect(t.seen).toContain('tour:complete:first');
  });

  it('never two blocking things at once: a tour waits for the modal announcement, then starts', async () => {
    const t = mount({
      content: content([{ ...threeSteps, trigger: { url: '/' } }], {
        announcements: [{ id: 'news', title: 'News', trigger: { url: '/' }, priority: 5 }],
      }),
    });
    await until(() => expect(t.seen).toEqual(['announcement:show:news']));
    await tick(30);
    expect(t.titles()).toEqual([]);
    (
      document
        .querySelector('pathlight-root')!
        .shadowRoot!.querySelector('.pl-announcement-close') as HTMLElement
    ).click();
    await until(() => expect(t.titles()).toEqual(['A']));
  });

  it('a tour in progress is not pushed aside by another tour starting by itself', async () => {
    history.replaceState(null, '', '/a');
    const waiting: Tour = { id: 'waiting', steps: [{ title: 'here' }, { title: 'there', page: '/b' }] };
    const eager: Tour = { id: 'eager', steps: [{ title: 'eager' }], trigger: { url: '/c' } };
    const t = mount({ content: content([waiting, eager]) });
    t.help.startTour('waiting');
    await until(() => expect(t.titles()).toEqual(['here']));
    t.player.actions!.next();
    history.pushState(null, '', '/c');
    await tick(40);
    expect(t.titles()).toEqual(['here']);
    history.pushState(null, '', '/b');
    await until(() => expect(t.titles()).toEqual(['here', 'there']));
  });
});

describe('config.progress: progress follows the user across devices', () => {
  it('a tour in progress on another device resumes here at its step', async () => {
    const remote: ProgressState = {
      version: 1,
      completed: {},
      dismissed: {},
      shown: { 'tour:welcome': 1 },
      positions: { 'tour:welcome': { step: 1, at: Date.now() } },
    };
    const save = vi.fn();
    const t = mount({
      content: content([threeSteps]),
      user: { id: 'u1' },
      progress: { load: async () => remote, save },
    });
    await until(() => expect(t.titles()).toEqual(['B']));
    t.player.actions!.next();
    await until(() => expect(save).toHaveBeenCalled());
    const last = save.mock.calls.at(-1)![1] as ProgressState;
    expect(last.positions['tour:welcome']?.step).toBe(2);
  });

  it('a dismissal made elsewhere is never undone, and a failing adapter never breaks the tour', async () => {
    const t = mount({
      content: content([{ ...threeSteps, trigger: { url: '/' } }]),
      user: { id: 'u1' },
      progress: {
        load: async () => ({
          version: 1,
          completed: {},
          dismissed: { 'tour:welcome': 1 },
          shown: {},
          positions: {},
        }),
        save: () => {
          throw new Error('offline');
        },
      },
    });
    await tick(60);
    expect(t.titles()).toEqual([]);
    t.help.startTour('welcome');
    await until(() => expect(t.titles()).toEqual(['A']));
    await tick(400);
    expect(t.errors.map((e) => e.code)).toEqual(['progress_failed']);
  });
});
