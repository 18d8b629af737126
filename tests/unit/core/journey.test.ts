import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../../src/core/context';
import { createReporter } from '../../../src/core/errors';
import { createInstance } from '../../../src/core/instance';
import {
  createJourney,
  emptyJourney,
  JOURNEY_LIMIT,
  type JourneyState,
  reduceJourney,
} from '../../../src/core/journey';
import { createStorage } from '../../../src/core/storage';
import type { PathlightEvents } from '../../../src/types';
import { MemoryStorage } from '../setup/dom';

const deps = { titleOf: (id: string) => ({ a1: 'Reset your password', a2: 'Create an invoice' })[id] };
type Step = { [K in keyof PathlightEvents]: [K, PathlightEvents[K]] }[keyof PathlightEvents];
const run = (steps: Step[], from: JourneyState = emptyJourney()) =>
  steps.reduce((state, [event, payload]) => reduceJourney(state, event, payload, deps), from);
const journey = (fields: Partial<JourneyState>): JourneyState => ({ ...emptyJourney(), ...fields });
const tourStep = (id: string, index: number) => ({
  id,
  step: index,
  tourId: id,
  stepId: String(index + 1),
  index,
  count: 3,
});

describe('reduceJourney', () => {
  it.each<[string, Step[], JourneyState]>([
    ['nothing yet', [], journey({})],
    [
      'a search that found something',
      [['search', { query: 'invoice', resultCount: 2 }]],
      journey({ queries: ['invoice'] }),
    ],
    [
      'a search that found nothing is also a failed query',
      [['search', { query: 'zzz', resultCount: 0 }]],
      journey({ queries: ['zzz'], failedQueries: ['zzz'] }),
    ],
    [
      'a repeated query moves to the end, once',
      [
        ['search', { query: 'a', resultCount: 1 }],
        ['search', { query: 'b', resultCount: 1 }],
        ['search', { query: 'a', resultCount: 1 }],
      ],
      journey({ queries: ['b', 'a'] }),
    ],
    [
      'a failed query stays failed when found later (the human should know it failed once)',
      [
        ['search', { query: 'refnd', resultCount: 0 }],
        ['search', { query: 'refnd', resultCount: 3 }],
      ],
      journey({ queries: ['refnd'], failedQueries: ['refnd'] }),
    ],
    [
      'articles opened, named by the lookup, each once, newest last',
      [
        ['article:view', { id: 'a1' }],
        ['article:view', { id: 'a2' }],
        ['article:view', { id: 'a1' }],
      ],
      journey({
        articles: [
          { id: 'a2', title: 'Create an invoice' },
          { id: 'a1', title: 'Reset your password' },
        ],
      }),
    ],
    [
      'an article the lookup does not know is named by its id',
      [['article:view', { id: 'gone' }]],
      journey({ articles: [{ id: 'gone', title: 'gone' }] }),
    ],
    [
      'ratings: the latest answer per article',
      [
        ['article:feedback', { id: 'a1', helpful: false }],
        ['article:feedback', { id: 'a2', helpful: true }],
        ['article:feedback', { id: 'a1', helpful: true }],
      ],
      journey({
        ratings: [
          { id: 'a2', helpful: true },
          { id: 'a1', helpful: true },
        ],
      }),
    ],
    [
      'videos: the furthest quarter reached',
      [
        ['video:progress', { id: 'v', percent: 25 }],
        ['video:progress', { id: 'v', percent: 50 }],
        ['video:progress', { id: 'w', percent: 25 }],
        // A seek back replays 25 %: the furthest stays.
        ['video:progress', { id: 'v', percent: 25 }],
      ],
      journey({
        videos: [
          { id: 'w', percent: 25 },
          { id: 'v', percent: 50 },
        ],
      }),
    ],
    [
      'ratings keep what was missing (the second event after a "No"), until the answer changes',
      [
        ['article:feedback', { id: 'a1', helpful: false }],
        ['article:feedback', { id: 'a1', helpful: false, comment: 'No word on refunds' }],
        ['article:feedback', { id: 'a2', helpful: false, comment: 'Too long' }],
        ['article:feedback', { id: 'a2', helpful: true }],
      ],
      journey({
        ratings: [
          { id: 'a1', helpful: false, comment: 'No word on refunds' },
          { id: 'a2', helpful: true },
        ],
      }),
    ],
    [
      'videos are named like articles, where the lookup knows them',
      [['video:progress', { id: 'a2', percent: 25 }]],
      journey({ videos: [{ id: 'a2', percent: 25, title: 'Create an invoice' }] }),
    ],
    [
      'a tour in progress, at its current step',
      [
        ['tour:start', { id: 'intro', tourId: 'intro', count: 3 }],
        ['tour:step', tourStep('intro', 2)],
      ],
      journey({ tour: { id: 'intro', step: 2 } }),
    ],
    [
      'a completed tour is no longer current',
      [
        ['tour:start', { id: 'intro', tourId: 'intro', count: 3 }],
        ['tour:complete', { id: 'intro', tourId: 'intro', count: 3 }],
      ],
      journey({}),
    ],
    [
      'a dismissed tour is no longer current',
      [
        ['tour:step', tourStep('intro', 1)],
        ['tour:dismiss', { ...tourStep('intro', 1), reason: 'close' }],
      ],
      journey({}),
    ],
    [
      "another tour's end leaves the current one",
      [
        ['tour:step', tourStep('intro', 1)],
        ['tour:complete', { id: 'other', tourId: 'other', count: 3 }],
      ],
      journey({ tour: { id: 'intro', step: 1 } }),
    ],
    [
      'a checklist in progress, at its last completed item',
      [
        ['checklist:item', { checklistId: 'setup', itemId: 'profile', index: 0, count: 3 }],
        ['checklist:item', { checklistId: 'setup', itemId: 'invite', index: 2, count: 3 }],
      ],
      journey({ checklist: { id: 'setup', itemId: 'invite' } }),
    ],
    [
      'a completed checklist is no longer in progress',
      [
        ['checklist:item', { checklistId: 'setup', itemId: 'invite', index: 2, count: 3 }],
        ['checklist:complete', { id: 'setup' }],
      ],
      journey({}),
    ],
    [
      'events the journey does not reduce change nothing',
      [
        ['open', { view: 'home' }],
        ['track', { name: 'exported' }],
        ['tip:show', { id: 't' }],
        ['route', { path: '/x' }],
      ],
      journey({}),
    ],
  ])('%s', (_, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  it('returns the same object for an event it does not reduce', () => {
    const state = journey({ queries: ['a'] });
    expect(reduceJourney(state, 'close', {}, deps)).toBe(state);
  });

  it.each<[string, (i: number) => Step, (s: JourneyState) => readonly unknown[]]>([
    ['queries', (i) => ['search', { query: `q${i}`, resultCount: 1 }], (s) => s.queries],
    ['failed queries', (i) => ['search', { query: `q${i}`, resultCount: 0 }], (s) => s.failedQueries],
    ['articles', (i) => ['article:view', { id: `a${i}` }], (s) => s.articles],
    ['ratings', (i) => ['article:feedback', { id: `a${i}`, helpful: true }], (s) => s.ratings],
    ['videos', (i) => ['video:progress', { id: `v${i}`, percent: 25 }], (s) => s.videos],
  ])('keeps the newest %s only, up to the bound', (_, step, pick) => {
    const state = run(Array.from({ length: JOURNEY_LIMIT + 5 }, (_, i) => step(i)));
    const kept = pick(state);
    expect(kept).toHaveLength(JOURNEY_LIMIT);
    expect(kept).toEqual(pick(run(Array.from({ length: JOURNEY_LIMIT }, (_, i) => step(i + 5)))));
  });
});

describe('createJourney', () => {
  const sessionOver = (backend: MemoryStorage) =>
    createStorage({ report: createReporter(() => {}), area: 'session', backend: () => backend });

  it('survives a reload of the tab (a new journey over the same session storage)', () => {
    const backend = new MemoryStorage();
    const first = createJourney(sessionOver(backend));
    first.nameArticles(deps.titleOf);
    first.record('search', { query: 'zzz', resultCount: 0 });
    first.record('article:view', { id: 'a1' });
    first.record('article:feedback', { id: 'a1', helpful: false });
    first.record('video:progress', { id: 'v', percent: 75 });
    first.record('tour:step', tourStep('intro', 3));
    first.record('checklist:item', { checklistId: 'setup', itemId: 'invite', index: 2, count: 3 });

    const second = createJourney(sessionOver(backend));
    expect(second.get()).toEqual(first.get());
    expect(second.get()).toEqual({
      queries: ['zzz'],
      failedQueries: ['zzz'],
      articles: [{ id: 'a1', title: 'Reset your password' }],
      ratings: [{ id: 'a1', helpful: false }],
      videos: [{ id: 'v', percent: 75 }],
      tour: { id: 'intro', step: 3 },
      checklist: { id: 'setup', itemId: 'invite' },
    });
  });

  it('forgets a finished tour in storage too', () => {
    const backend = new MemoryStorage();
    const first = createJourney(sessionOver(backend));
    first.record('tour:step', tourStep('intro', 1));
    first.record('tour:complete', { id: 'intro', tourId: 'intro', count: 3 });
    expect(createJourney(sessionOver(backend)).get().tour).toBeUndefined();
  });

  it('ignores stored values of the wrong shape, and bounds long stored lists', () => {
    const backend = new MemoryStorage();
    const session = sessionOver(backend);
    session.set('recent-queries', ['ok', 3, null, ...Array.from({ length: 20 }, (_, i) => `q${i}`)]);
    session.set('failed-queries', 'not a list');
    session.set('viewed-articles', [{ id: 'a1' }, { id: 'a2', title: 'Create an invoice' }]);
    session.set('tour-step', { id: 'intro', step: 'two' });
    const state = createJourney(session).get();
    expect(state.queries).toEqual(Array.from({ length: 10 }, (_, i) => `q${i + 10}`));
    expect(state.failedQueries).toEqual([]);
    expect(state.articles).toEqual([{ id: 'a2', title: 'Create an invoice' }]);
    expect(state.tour).toBeUndefined();
  });

  it('names articles by id while no lookup is registered, or when the lookup throws', () => {
    const journey = createJourney(sessionOver(new MemoryStorage()));
    journey.record('article:view', { id: 'a1' });
    const off = journey.nameArticles(() => {
      throw new Error('feed gone');
    });
    journey.record('article:view', { id: 'a2' });
    off();
    expect(journey.get().articles).toEqual([
      { id: 'a1', title: 'a1' },
      { id: 'a2', title: 'a2' },
    ]);
  });

  it('tells $state listeners about each change, and not about events it ignores', () => {
    const journey = createJourney(sessionOver(new MemoryStorage()));
    const seen: JourneyState[] = [];
    const off = journey.$state.listen((state) => seen.push(state));
    journey.record('open', { view: 'home' });
    journey.record('search', { query: 'a', resultCount: 1 });
    off();
    expect(seen).toEqual([journey.get()]);
  });
});

/** A bare runtime (no UI) and its instance, started. */
function startRuntime(): { help: ReturnType<typeof createInstance>; rt: Runtime } {
  let captured: Runtime | undefined;
  const help = createInstance({
    css: '',
    chunks: {},
    features: [
      (rt) => {
        captured = rt;
      },
    ],
    ui: () => () => () => {},
  });
  help.init({});
  return { help, rt: captured! };
}

describe("the runtime's journey", () => {
  it('includes an event before any listener of it runs (a listener that hands off sees it)', () => {
    sessionStorage.clear();
    const { help, rt } = startRuntime();
    const seen: string[][] = [];
    help.on('search', () => seen.push([...rt.journey.get().queries]));
    rt.emit('search', { query: 'refund', resultCount: 0 });
    help.destroy();
    expect(seen).toEqual([['refund']]);
    sessionStorage.clear();
  });

  // A shared computer: after sign-out the next user's hand-off must not carry the previous user's searches.
  it('is forgotten by reset(), in storage too', () => {
    sessionStorage.clear();
    const { help, rt } = startRuntime();
    rt.emit('search', { query: 'refund my card 4111', resultCount: 0 });
    rt.emit('article:view', { id: 'a1' });
    help.reset();
    expect(rt.journey.get()).toEqual(emptyJourney());
    help.destroy();
    // A reload of the tab: a new runtime over the same session storage finds nothing either.
    const after = startRuntime();
    expect(after.rt.journey.get()).toEqual(emptyJourney());
    after.help.destroy();
    sessionStorage.clear();
  });
});
