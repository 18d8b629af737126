import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type App, createLauncherFirst } from '../../../src/core/launcher-first';
import type { Shell } from '../../../src/core/shell';
import type { PathlightInstance } from '../../../src/types';
import { codes, collectErrors, resetPage, roots, spyWarn } from '../setup/dom';

/** Lets promise callbacks run (timers are fake here, so the idle fallback waits for the test). */
const flush = () => vi.advanceTimersByTimeAsync(0);

/** A fake app: records what the first script hands over and every call the started instance receives. */
function fakeApp() {
  const calls: unknown[][] = [];
  const shells: Shell[] = [];
  const instance = new Proxy({} as PathlightInstance, {
    get:
      (_, method) =>
      (...args: unknown[]) =>
        calls.push([method, ...args]),
  });
  const app: App = {
    start(shell) {
      shells.push(shell);
      shell.release();
      return instance;
    },
  };
  let resolve!: (app: App) => void;
  let reject!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<App>((res, rej) => {
        resolve = res;
        reject = rej;
      }),
  );
  return { calls, shells, load, arrive: () => resolve(app), fail: (e: Error) => reject(e) };
}

function setup() {
  const app = fakeApp();
  const hooks: { activate(): void; intent(): void }[] = [];
  const teardown = vi.fn();
  const pathlight = createLauncherFirst({
    css: '.pl-launcher { color: red }',
    draw: (container, _config, h) => {
      hooks.push(h);
      container.append(document.createElement('button'));
      return teardown;
    },
    load: app.load,
  });
  return { app, hooks, teardown, pathlight };
}

const made: PathlightInstance[] = [];
beforeEach(() => {
  resetPage();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  for (const p of made.splice(0)) p.destroy();
  vi.useRealTimers();
  resetPage();
});

function started(config = {}) {
  const s = setup();
  made.push(s.pathlight);
  s.pathlight.init(config);
  return s;
}

describe('launcher-first init', () => {
  it('draws the launcher and fires ready at once, and loads nothing yet', () => {
    const { pathlight, app } = setup();
    made.push(pathlight);
    const ready = vi.fn();
    const onReady = vi.fn();
    pathlight.on('ready', ready);
    pathlight.init({ onReady });
    expect(roots()).toHaveLength(1);
    expect(roots()[0]!.shadowRoot!.querySelector('.pl-app button')).not.toBeNull();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(app.load).not.toHaveBeenCalled();
  });

  it('loads the app when the page is idle', async () => {
    const { app } = started();
    await vi.advanceTimersByTimeAsync(2000);
    expect(app.load).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the launcher is about to be used', (s: ReturnType<typeof setup>) => s.hooks[0]!.intent()],
    ['a call shows something', (s: ReturnType<typeof setup>) => s.pathlight.showArticle('a')],
  ])('loads the app at once when %s', (_, act) => {
    const s = started();
    act(s);
    expect(s.app.load).toHaveBeenCalledTimes(1);
  });

  it('loads the app at once for config.open', () => {
    const { app } = started({ open: true });
    expect(app.load).toHaveBeenCalledTimes(1);
  });

  it('reports config problems once, through the same error stream the runtime adopts', () => {
    spyWarn();
    const { pathlight, app } = setup();
    made.push(pathlight);
    const errors = collectErrors(pathlight);
    pathlight.init({ feed: 42 } as never);
    expect(codes(errors)).toEqual(['config_invalid']);
    pathlight.init({});
    expect(codes(errors)).toEqual(['config_invalid', 'already_initialized']);
    expect(app.load).not.toHaveBeenCalled();
  });
});

describe('calls before the app arrives', () => {
  it('are replayed in order when it arrives; later calls go straight to the runtime', async () => {
    const s = started();
    s.pathlight.identify('u1', { plan: 'pro' });
    s.pathlight.track('signed-in');
    s.pathlight.open('contact');
    s.pathlight.debug(true);
    s.pathlight.close();
    expect(s.app.calls).toEqual([]);
    s.app.arrive();
    await flush();
    expect(s.app.calls).toEqual([
      ['identify', 'u1', { plan: 'pro' }],
      ['track', 'signed-in'],
      ['open', 'contact'],
      ['debug', true],
      ['close'],
    ]);
    s.pathlight.toggle();
    expect(s.app.calls.at(-1)).toEqual(['toggle']);
  });

  it('a click on the launcher is an open(), in its place in the queue', async () => {
    const s = started();
    s.pathlight.track('before');
    s.hooks[0]!.activate();
    s.hooks[0]!.activate();
    s.app.arrive();
    await flush();
    expect(s.app.calls).toEqual([['track', 'before'], ['open'], ['open']]);
  });

  it('hands the runtime the validated config, the host, the events and the debug switch', async () => {
    const { pathlight, app } = setup();
    made.push(pathlight);
    pathlight.debug();
    pathlight.init({ locale: 'pl' });
    pathlight.open();
    app.arrive();
    await flush();
    const [shell] = app.shells;
    expect(shell?.config.locale).toBe('pl');
    expect(shell?.host.element).toBe(roots()[0]);
    expect(shell?.debug).toBe(true);
    expect(shell?.announced).toBe(true);
  });

  it('before init: what needs init is reported, track() still reaches listeners', () => {
    spyWarn();
    const { pathlight } = setup();
    const errors = collectErrors(pathlight);
    const tracked = vi.fn();
    pathlight.on('track', tracked);
    pathlight.open();
    pathlight.identify('u1');
    pathlight.track('early');
    expect(codes(errors)).toEqual(['not_initialized', 'not_initialized']);
    expect(tracked).toHaveBeenCalledWith({ name: 'early' });
  });

  it('destroy() before the app arrives removes the host and the late app starts nothing', async () => {
    const s = started();
    s.pathlight.open();
    s.pathlight.destroy();
    expect(roots()).toHaveLength(0);
    expect(s.teardown).toHaveBeenCalledTimes(1);
    s.app.arrive();
    await flush();
    expect(s.app.shells).toEqual([]);
    expect(s.app.calls).toEqual([]);
  });

  it('a failed load is reported once and retried on the next use, with the queue kept', async () => {
    spyWarn();
    const s = started();
    const errors = collectErrors(s.pathlight);
    s.pathlight.open('search');
    s.app.fail(new Error('offline'));
    await flush();
    expect(codes(errors)).toEqual(['chunk_load_failed']);
    expect(errors[0]?.message).toContain('offline');
    s.hooks[0]!.intent();
    expect(s.app.load).toHaveBeenCalledTimes(2);
    s.app.arrive();
    await flush();
    expect(s.app.calls).toEqual([['open', 'search']]);
  });

  it('a ready listener added after ready hears it once, asynchronously', async () => {
    const s = started();
    const ready = vi.fn();
    s.pathlight.on('ready', ready);
    expect(ready).not.toHaveBeenCalled();
    await flush();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('init after destroy starts a fresh session', async () => {
    const s = started();
    s.pathlight.destroy();
    s.pathlight.init({});
    expect(roots()).toHaveLength(1);
    s.pathlight.open();
    s.app.arrive();
    await flush();
    expect(s.app.shells).toHaveLength(1);
    expect(s.app.calls).toEqual([['open']]);
  });
});
