import { atom, type ReadableAtom } from 'nanostores';
import type { PathlightEvents } from '../types';
import type { KeyValueStorage } from './storage';

/** How many of each list the journey keeps (newest last): enough for a human to see what was tried. */
export const JOURNEY_LIMIT = 10;

/** What the user did in this tab's visit, reduced from the events Pathlight emits. Every list is newest last. */
export interface JourneyState {
  /** Queries the user settled on (the `search` event), each once. */
  readonly queries: readonly string[];
  /** Those queries that found nothing. */
  readonly failedQueries: readonly string[];
  /** Articles opened (`article:view`), named when they were opened. */
  readonly articles: readonly { readonly id: string; readonly title: string }[];
  /** Videos played (`video:progress`), with the furthest quarter reached; named like articles (absent in tabs older than names). */
  readonly videos: readonly { readonly id: string; readonly percent: number; readonly title?: string }[];
  /** "Was this helpful?" answers (`article:feedback`), the latest per article, with what was missing when the user said. */
  readonly ratings: readonly { readonly id: string; readonly helpful: boolean; readonly comment?: string }[];
  /** The tour step the user is on (`tour:*`); absent when no tour runs. */
  readonly tour?: { readonly id: string; readonly step: number };
  /** The checklist in progress and its last completed item (`checklist:*`); absent when none is. */
  readonly checklist?: { readonly id: string; readonly itemId: string };
}

export interface JourneyDeps {
  /** The title of an article, for `article:view` (the event carries only the id). */
  titleOf(id: string): string | undefined;
}

export const emptyJourney = (): JourneyState => ({
  queries: [],
  failedQueries: [],
  articles: [],
  videos: [],
  ratings: [],
});

/** Appends `value`, dropping an earlier entry for the same thing, and keeps the newest `JOURNEY_LIMIT`. */
function push<T>(list: readonly T[], value: T, same: (item: T) => boolean): readonly T[] {
  return [...list.filter((item) => !same(item)), value].slice(-JOURNEY_LIMIT);
}

type Reducer<K extends keyof PathlightEvents> = (
  state: JourneyState,
  payload: PathlightEvents[K],
  deps: JourneyDeps,
) => JourneyState;

/** What each event adds to the journey; events without an entry leave it alone. */
const REDUCERS: { [K in keyof PathlightEvents]?: Reducer<K> } = {
  search: (state, { query, resultCount }) => ({
    ...state,
    queries: push(state.queries, query, (q) => q === query),
    failedQueries:
      resultCount === 0 ? push(state.failedQueries, query, (q) => q === query) : state.failedQueries,
  }),
  'article:view': (state, { id }, deps) => ({
    ...state,
    articles: push(state.articles, { id, title: deps.titleOf(id) ?? id }, (a) => a.id === id),
  }),
  // The second answer after a "No" carries what was missing; an answer without one keeps it only if unchanged.
  'article:feedback': (state, { id, helpful, comment }) => {
    const before = state.ratings.find((r) => r.id === id);
    const kept = comment ?? (before?.helpful === helpful ? before.comment : undefined);
    return {
      ...state,
      ratings: push(
        state.ratings,
        kept ? { id, helpful, comment: kept } : { id, helpful },
        (r) => r.id === id,
      ),
    };
  },
  'video:progress': (state, { id, percent }, deps) => {
    const before = state.videos.find((v) => v.id === id)?.percent ?? 0;
    const title = deps.titleOf(id);
    const video = { id, percent: Math.max(before, percent) };
    return {
      ...state,
      videos: push(state.videos, title ? { ...video, title } : video, (v) => v.id === id),
    };
  },
  'tour:start': (state, { id }) => ({ ...state, tour: { id, step: 0 } }),
  'tour:step': (state, { id, step }) => ({ ...state, tour: { id, step } }),
  'tour:complete': (state, { id }) => endTour(state, id),
  'tour:dismiss': (state, { id }) => endTour(state, id),
  'checklist:item': (state, { checklistId, itemId }) => ({
    ...state,
    checklist: { id: checklistId, itemId },
  }),
  'checklist:complete': (state, { id }) => {
    if (state.checklist?.id !== id) return state;
    const { checklist: _done, ...rest } = state;
    return rest;
  },
};

function endTour(state: JourneyState, id: string): JourneyState {
  if (state.tour?.id !== id) return state;
  const { tour: _ended, ...rest } = state;
  return rest;
}

/**
 * The journey after one more event; any other event leaves it as it is (the same object).
 * Pure: the world comes in through `deps`.
 * @example reduceJourney(emptyJourney(), 'search', { query: 'refund', resultCount: 0 }, deps).failedQueries // ['refund']
 */
export function reduceJourney<K extends keyof PathlightEvents>(
  state: JourneyState,
  event: K,
  payload: PathlightEvents[K],
  deps: JourneyDeps,
): JourneyState {
  const reducer = REDUCERS[event] as Reducer<K> | undefined;
  return reducer ? reducer(state, payload, deps) : state;
}

// ---------------------------------------------------------------------------
// Kept per tab (sessionStorage), so a reload in the middle of a problem keeps what was tried.
// ---------------------------------------------------------------------------

type Field = keyof JourneyState;
/** A stored value's shape: a primitive's `typeof`, or an object's keys with theirs. */
type Shape = 'string' | Record<string, 'string' | 'number' | 'boolean'>;

/**
 * Each field's session key, the shape its stored value must have before it is trusted (another version,
 * another script, a hand edit), and whether it is one value rather than a list. The first three keys predate
 * the journey: tabs open across an upgrade keep their trail.
 */
const FIELDS: { [F in Field]: [key: string, shape: Shape, single?: true] } = {
  queries: ['recent-queries', 'string'],
  failedQueries: ['failed-queries', 'string'],
  articles: ['viewed-articles', { id: 'string', title: 'string' }],
  videos: ['watched-videos', { id: 'string', percent: 'number' }],
  ratings: ['article-ratings', { id: 'string', helpful: 'boolean' }],
  tour: ['tour-step', { id: 'string', step: 'number' }, true],
  checklist: ['checklist-step', { id: 'string', itemId: 'string' }, true],
};
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

const fits = (value: unknown, shape: Shape): boolean =>
  typeof shape === 'string'
    ? typeof value === shape
    : typeof value === 'object' &&
      value !== null &&
      Object.entries(shape).every(([key, type]) => typeof (value as Record<string, unknown>)[key] === type);

function load(session: KeyValueStorage): JourneyState {
  const state: Partial<Record<Field, unknown>> = {};
  for (const field of FIELD_NAMES) {
    const [key, shape, single] = FIELDS[field];
    const stored = session.get<unknown>(key);
    if (single) {
      if (fits(stored, shape)) state[field] = stored;
    } else if (Array.isArray(stored)) {
      state[field] = stored.filter((item) => fits(item, shape)).slice(-JOURNEY_LIMIT);
    }
  }
  // Every field passed its shape above.
  return { ...emptyJourney(), ...state } as JourneyState;
}

function save(session: KeyValueStorage, before: JourneyState, after: JourneyState): void {
  for (const field of FIELD_NAMES) {
    if (before[field] === after[field]) continue;
    const value = after[field];
    if (value === undefined) session.remove(FIELDS[field][0]);
    else session.set(FIELDS[field][0], value);
  }
}

/** What the user did in this tab's visit, for hand-off, analytics and targeting to read. */
export interface Journey {
  /** The journey so far; changes on every event it reduces. */
  readonly $state: ReadableAtom<JourneyState>;
  get(): JourneyState;
  /**
   * Names the articles `article:view` reports (the event carries only the id); the knowledge base's owner
   * registers it. Returns the removal.
   */
  nameArticles(titleOf: (id: string) => string | undefined): () => void;
  /** Reduce one emitted event; the runtime calls it before any listener runs, so listeners see it included. */
  record<K extends keyof PathlightEvents>(event: K, payload: PathlightEvents[K]): void;
  /** Forget it all (`reset()`: the next user in this tab must not hand off the previous one's searches). */
  clear(): void;
}

/**
 * One runtime's journey, read from and written through to this tab's session storage.
 * @example
 * const journey = createJourney(rt.session);
 * journey.record('search', { query: 'refund', resultCount: 0 });
 * journey.get().failedQueries; // ['refund']
 */
export function createJourney(session: KeyValueStorage): Journey {
  const $state = atom<JourneyState>(load(session));
  let titleOf: JourneyDeps['titleOf'] | undefined;
  const deps: JourneyDeps = {
    titleOf: (id) => {
      try {
        return titleOf?.(id);
      } catch {
        // A lookup that fails names the article by its id; the event still reaches its listeners.
        return undefined;
      }
    },
  };
  return {
    $state,
    get: () => $state.get(),
    nameArticles(lookup) {
      titleOf = lookup;
      return () => {
        if (titleOf === lookup) titleOf = undefined;
      };
    },
    record(event, payload) {
      const before = $state.get();
      const after = reduceJourney(before, event, payload, deps);
      if (after === before) return;
      save(session, before, after);
      $state.set(after);
    },
    clear() {
      const before = $state.get();
      const after = emptyJourney();
      save(session, before, after);
      $state.set(after);
    },
  };
}
