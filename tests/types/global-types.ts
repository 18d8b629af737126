// Type tests of `pathlight/global` (src/global-types.ts), checked by `tsc --noEmit` in `npm test`: what a
// page's own TypeScript may write against the script tag compiles, and a mistake does not (each
// `@ts-expect-error` fails the check when its line stops being an error).
import type {} from '../../src/global-types';

export function pageCode(): void {
  window.pathlightSettings = { feed: '/help/feed.json', locale: 'pl' };
  window.Pathlight('init', { feed: '/help/feed.json' });
  // An inline search adapter gets its parameters' types through the call by name too.
  window.Pathlight('init', {
    search: {
      provider: { search: async ({ query, limit }) => [{ id: query, title: query.slice(0, limit) }] },
    },
  });
  window.Pathlight('open', 'contact');
  window.Pathlight('track', 'invoice:created');
  window.Pathlight.open('home');
  window.Pathlight.identify('maya', { plan: 'pro' });
  window.Pathlight('author');
  window.Pathlight.author();
  // The method form keeps each event's payload type (the call by name takes any event's payload).
  const off: () => void = window.Pathlight.on('search', ({ query }) => query.length);
  off();
  window.Pathlight('on', 'open', () => {});
  const version: string = window.Pathlight.version;
  void version;

  // @ts-expect-error: no such method
  window.Pathlight('opne');
  // @ts-expect-error: open() takes a view name, not a number
  window.Pathlight('open', 42);
  // @ts-expect-error: a settings key that does not exist
  window.pathlightSettings = { feeds: '/x' };
}
