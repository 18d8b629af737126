import { waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PathlightConfig, PathlightError, PathlightInstance } from '../../src/types';
import { dialogIn, launcherIn, resetPage, roots, settle, shadowOf, spyWarn } from './setup/dom';

type Api = PathlightInstance & {
  (method: string, ...args: unknown[]): unknown;
  q?: { push(args: ArrayLike<unknown>): void } | ArrayLike<unknown>[];
  version?: string;
};
interface SnippetWindow {
  Pathlight?: Api;
  pathlightSettings?: PathlightConfig;
}
const w = window as unknown as SnippetWindow;

/** DESIGN.md's async snippet, as a function: it queues `arguments` objects until the bundle loads. */
function snippet(...calls: unknown[][]): void {
  w.Pathlight =
    w.Pathlight ||
    (function () {
      const stub = w.Pathlight!;
      stub.q = (stub.q as ArrayLike<unknown>[] | undefined) || [];
      // biome-ignore lint/complexity/noArguments: the real snippet queues the arguments object itself.
      (stub.q as ArrayLike<unknown>[]).push(arguments);
    } as unknown as Api);
  for (const call of calls) (w.Pathlight as (...a: unknown[]) => void)(...call);
}

const load = () => import('../../src/global');
const api = () => w.Pathlight!;

beforeEach(() => {
  vi.resetModules();
  resetPage();
});
afterEach(() => {
  try {
    w.Pathlight?.destroy?.();
  } finally {
    delete w.Pathlight;
    delete w.pathlightSettings;
    vi.restoreAllMocks();
    resetPage();
  }
});

describe('the async snippet queue', () => {
  it('replays queued calls in order: on(ready), init, open', async () => {
    const ready = vi.fn();
    const opened = vi.fn();
    snippet(
      ['on', 'ready', ready],
      ['on', 'open', opened],
      ['init', { launcher: { label: 'Queued' } }],
      ['open'],
    );
    expect(api().q).toHaveLength(4);
    await load();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(opened).toHaveBeenCalledExactlyOnceWith({ view: 'home' });
    expect(roots()).toHaveLength(1);
    expect(launcherIn(shadowOf())?.textContent).toBe('Queued');
    await waitFor(() => expect(dialogIn(shadowOf())).not.toBeNull());
  });

  it('replays in the order queued: open before init is reported, not reordered', async () => {
    spyWarn();
    const errors: PathlightError[] = [];
    snippet(['on', 'error', (e: PathlightError) => errors.push(e)], ['open'], ['init', {}]);
    await load();
    expect(errors.map((e) => e.code)).toEqual(['not_initialized']);
    await settle();
    expect(dialogIn(shadowOf())).toBeNull();
  });

  it('keeps window.Pathlight callable and carrying the methods after load', async () => {
    snippet(['init', {}]);
    await load();
    expect(api().version).toBe('test');
    api().open();
    await waitFor(() => expect(dialogIn(shadowOf())).not.toBeNull());
    api()('close');
    await waitFor(() => expect(dialogIn(shadowOf())).toBeNull());
    api()('toggle');
    await waitFor(() => expect(dialogIn(shadowOf())).not.toBeNull());
  });

  it('returns what the method returns: on() gives an unsubscribe', async () => {
    snippet(['init', {}]);
    await load();
    const handler = vi.fn();
    const off = api()('on', 'open', handler);
    expect(typeof off).toBe('function');
    (off as () => void)();
    api().open();
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs calls pushed onto Pathlight.q after load', async () => {
    snippet(['init', {}]);
    await load();
    (api().q as { push(args: unknown[]): void }).push(['open', 'contact']);
    await waitFor(() => expect(dialogIn(shadowOf())).not.toBeNull());
    expect(within(shadowOf() as unknown as HTMLElement).getByRole('heading').textContent).toBe('Contact us');
  });

  it('lets a second copy of the snippet leave the live instance in place', async () => {
    snippet(['init', {}]);
    await load();
    const live = api();
    snippet(['open']);
    expect(api()).toBe(live);
    await waitFor(() => expect(dialogIn(shadowOf())).not.toBeNull());
  });

  it('does not replace a live instance when the script is loaded twice', async () => {
    snippet(['init', {}]);
    await load();
    const live = api();
    live.open();
    vi.resetModules();
    await load();
    expect(api()).toBe(live);
    expect(roots()).toHaveLength(1);
    await waitFor(() => expect(dialogIn(shadowOf())).not.toBeNull());
  });

  it('warns about an unknown command, returns undefined and throws nothing', async () => {
    const warn = spyWarn();
    snippet(['explode'], ['init', {}]);
    await load();
    expect(warn.messages().filter((m) => m.includes('Unknown command "explode"'))).toHaveLength(1);
    expect(roots()).toHaveLength(1);
    for (const bad of ['nope', 42, undefined, 'constructor', '__proto__', 'q']) {
      let result: unknown = 'not called';
      expect(() => {
        result = api()(bad as string);
      }).not.toThrow();
      expect(result).toBeUndefined();
    }
    expect(warn.messages().filter((m) => m.startsWith('[Pathlight] Unknown command'))).toHaveLength(7);
  });
});

describe('zero-code start', () => {
  it('auto-inits from window.pathlightSettings', async () => {
    w.pathlightSettings = { launcher: { label: 'From settings' } };
    await load();
    expect(roots()).toHaveLength(1);
    expect(launcherIn(shadowOf())?.textContent).toBe('From settings');
  });

  it('ignores window.pathlightSettings when the queue has its own init', async () => {
    w.pathlightSettings = { launcher: { label: 'From settings' } };
    snippet(['init', { launcher: { label: 'From queue' } }]);
    await load();
    expect(roots()).toHaveLength(1);
    expect(launcherIn(shadowOf())?.textContent).toBe('From queue');
  });

  it('starts nothing without a snippet, settings or data attributes, yet installs the API', async () => {
    await load();
    expect(roots()).toHaveLength(0);
    expect(typeof api().init).toBe('function');
    api().init({});
    expect(roots()).toHaveLength(1);
  });

  it('reads data-locale from its own script tag', async () => {
    const script = document.createElement('script');
    script.src = 'https://cdn.example.com/pathlight/pathlight.global.js';
    script.dataset.locale = 'pl';
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    try {
      await load();
    } finally {
      delete (document as { currentScript?: unknown }).currentScript;
    }
    expect(roots()).toHaveLength(1);
    await waitFor(() => expect(launcherIn(shadowOf())?.textContent).toBe('Pomoc'), { timeout: 5000 });
  });

  it('waits for DOMContentLoaded when the script runs before <body> exists', async () => {
    const ready = vi.fn();
    snippet(['on', 'ready', ready], ['init', {}]);
    Object.defineProperty(document, 'body', { configurable: true, get: () => null });
    try {
      await load();
      expect(ready).not.toHaveBeenCalled();
    } finally {
      delete (document as { body?: unknown }).body;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(ready).toHaveBeenCalledTimes(1);
    expect(roots()).toHaveLength(1);
  });
});
