/**
 * Type tests for the public API, checked by `tsc --noEmit -p .` (tsconfig includes tests/).
 * Each `@ts-expect-error` fails the type check if the line below it stops being an error.
 */

import type {
  ErrorCode,
  HandoffContext,
  PanelView,
  PathlightConfig,
  PathlightEventName,
  PathlightInstance,
  SearchAdapter,
  SearchRequest,
} from '../../src/index';
import { createPathlight, STORAGE_PREFIX } from '../../src/index';

/** Compiles only when `value` is assignable to `T`. */
declare function expectType<T>(value: T): void;
/** Compiles only when `A` and `B` are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
declare function expectTrue<T extends true>(): T;

const help: PathlightInstance = createPathlight();
expectType<string>(STORAGE_PREFIX);

// Event payloads are typed by the event name.
const off = help.on('search', (p) => {
  expectType<string>(p.query);
  expectType<number>(p.resultCount);
  // @ts-expect-error 'search' has no 'id'
  p.id;
});
expectType<() => void>(off);
help.on('error', (e) => {
  expectType<ErrorCode>(e.code);
  expectTrue<Equal<typeof e.code, ErrorCode>>();
});
help.on('open', ({ view }) => expectTrue<Equal<typeof view, PanelView>>());
help.on('handoff', ({ context }) => expectType<HandoffContext>(context));
help.on('video:progress', ({ percent }) => expectTrue<Equal<typeof percent, 25 | 50 | 75 | 100>>());
help.on('article:feedback', ({ helpful, comment }) => {
  expectType<boolean>(helpful);
  expectTrue<Equal<typeof comment, string | undefined>>();
});
expectTrue<Equal<Extract<PathlightEventName, 'tour:complete'>, 'tour:complete'>>();

// @ts-expect-error unknown event
help.on('nope', () => {});
// @ts-expect-error a handler for 'search' cannot expect the 'open' payload
help.on('search', (p: { view: PanelView }) => p);

help.open();
help.open('search');
// @ts-expect-error unknown view
help.open('nowhere');

help.startTour('intro', { step: 2 });
help.startTour({ id: 'inline', steps: [{ target: '#x', title: 'Hi' }] });
// @ts-expect-error a tour needs steps
help.startTour({ id: 'no-steps' });
help.startTour({
  id: 'full',
  revision: 2,
  steps: [
    {
      target: () => document.querySelector('x-editor')?.shadowRoot?.querySelector('#bold'),
      title: 'Bold',
      page: ['/docs/*'],
      advanceOn: { event: 'text:bold' },
      when: { user: { plan: 'pro' } },
      ifMissing: 'center',
      waitMs: 500,
    },
  ],
});
// @ts-expect-error advanceOn is next, click, route or { event }
help.startTour({ id: 'x', steps: [{ title: 'x', advanceOn: 'hover' }] });
help.on('tour:step', (p) => {
  expectType<string>(p.tourId);
  expectType<string>(p.stepId);
  expectType<number>(p.index);
  expectType<number>(p.count);
});
help.on('tour:dismiss', ({ reason }) =>
  expectTrue<
    Equal<typeof reason, 'close' | 'escape' | 'skip' | 'target-missing' | 'navigation' | 'replaced'>
  >(),
);
createPathlight({
  user: { id: 'u1' },
  progress: {
    load: async (userId) => (await fetch(`/p/${userId}`)).json(),
    save: (userId, state) => fetch(`/p/${userId}`, { method: 'PUT', body: JSON.stringify(state.positions) }),
  },
});
// @ts-expect-error load receives the user id and returns the state (or nothing)
createPathlight({ progress: { load: () => 7, save: () => {} } });

help.identify('u1', { plan: 'pro', seats: 3, beta: true, tags: ['a'] });
// @ts-expect-error traits are flat values, not nested objects
help.identify('u1', { nested: { a: 1 } });

// Config: every key typed, nothing unknown.
createPathlight({ launcher: { position: 'bottom-left' }, theme: { colorScheme: 'dark', radius: 8 } });
// @ts-expect-error 'top' is not a launcher position
createPathlight({ launcher: { position: 'top' } });
// @ts-expect-error radius is a number of px
createPathlight({ theme: { radius: '8px' } });
// @ts-expect-error unknown key
createPathlight({ lanucher: {} });

const full: PathlightConfig = {
  feed: { en: '/help/en.json', pl: '/help/pl.json' },
  handoff: { onHandoff: (context) => expectType<string>(context.path) },
  analytics: { beforeSend: (event) => (event.name === 'search' ? null : event) },
  onError: (error) => expectType<ErrorCode>(error.code),
};
expectType<PathlightConfig>(full);

// The theme at runtime: any theme key, the host's dark mode as a selector or the common conventions.
help.setTheme({ colorScheme: 'dark', brandColor: '#0a7d55' });
help.author();
// @ts-expect-error authoring mode takes no options
help.author({ picking: true });
help.setTheme({ colorScheme: { followHost: '[data-theme="dark"]' } });
help.setTheme({ colorScheme: { followHost: true }, radius: undefined });
// @ts-expect-error not a scheme
help.setTheme({ colorScheme: 'dusk' });
// @ts-expect-error followHost is a selector or true
help.setTheme({ colorScheme: { followHost: false } });
// @ts-expect-error setTheme takes theme keys, not the whole config
help.setTheme({ launcher: { hidden: true } });
expectType<PathlightConfig>({
  theme: { colorScheme: { followHost: '.dark' } },
  panel: { title: 'Ledgerly help', logo: '/logo.svg', offsetTop: 72, offsetBottom: 88 },
});

// Analytics: the record's fields, the tools forward knows, traits by name.
expectType<PathlightConfig>({
  analytics: {
    endpoint: '/api/help-events',
    forward: ['posthog', 'segment', 'ga4', 'plausible', 'mixpanel', 'amplitude'],
    traits: ['plan'],
    requireConsent: true,
    onEvent: (event) => {
      expectType<string>(event.id);
      expectType<number>(event.ts);
      expectType<string>(event.sessionId);
      expectType<string>(event.anonymousId);
      expectType<string | undefined>(event.userId);
      expectType<string>(event.path);
      expectType<PathlightEventName>(event.name);
    },
    beforeSend: (event) => ({ ...event, path: '/redacted' }),
  },
});
// @ts-expect-error not a tool forward knows
expectType<PathlightConfig>({ analytics: { forward: ['hotjar'] } });
// @ts-expect-error traits are named, not given
expectType<PathlightConfig>({ analytics: { traits: { plan: 'pro' } } });
expectTrue<Equal<Parameters<PathlightInstance['consent']>, [granted: boolean]>>();

// A remote search engine: a named one with its options, or an adapter whose hits carry ranges, never HTML.
expectType<PathlightConfig>({
  search: { provider: 'typesense', host: 'https://ts.example.com', apiKey: 'k', collection: 'help' },
});
// Typed on its own, or inline (below): the engine names' type, string, has a `search` method too.
const adapter: SearchAdapter = {
  async search({ query, locale, limit, context, signal }) {
    expectType<string>(query + locale + context.path);
    expectType<number>(limit);
    expectType<AbortSignal>(signal);
    return [{ id: 'a', title: 'A', ranges: { title: [[0, 1]] } }];
  },
};
expectType<PathlightConfig>({ search: { provider: adapter, timeoutMs: 1500 } });
// Inline in a config object literal, in init() and in the script tag's call: the parameters are typed.
const inline: PathlightConfig = {
  search: {
    provider: {
      search({ query, locale, limit, context, signal }) {
        expectTrue<Equal<typeof query, string>>();
        expectTrue<Equal<typeof limit, number>>();
        expectType<string>(locale + context.path);
        expectTrue<Equal<typeof signal, AbortSignal>>();
        // @ts-expect-error a request has no page number
        void signal.page;
        return Promise.resolve([{ id: 'a', title: query }]);
      },
      suggest: async (request) => {
        expectTrue<Equal<typeof request, SearchRequest>>();
        return [request.query];
      },
      async getArticle(id, { locale, signal }) {
        expectTrue<Equal<typeof id, string>>();
        expectType<AbortSignal>(signal);
        return { id, title: locale, body: '', format: 'markdown' };
      },
    },
    timeoutMs: 2000,
  },
};
help.init(inline);
help.init({
  search: { provider: { search: async ({ query }) => [{ id: query, title: query.toUpperCase() }] } },
});
// @ts-expect-error inline too, a hit's title is text
help.init({ search: { provider: { search: async ({ limit }) => [{ id: 'a', title: limit }] } } });
// @ts-expect-error Algolia needs its app id
expectType<PathlightConfig>({ search: { provider: 'algolia', apiKey: 'k', index: 'help' } });
// @ts-expect-error not an engine Pathlight knows
expectType<PathlightConfig>({ search: { provider: 'elastic', url: '/s' } });
// @ts-expect-error a hit's title is text, its highlights ranges
expectType<PathlightConfig>({ search: { provider: { search: async () => [{ id: 'a', title: 1 }] } } });
expectType<ErrorCode>('search_failed');
expectType<ErrorCode>('article_fetch_failed');
