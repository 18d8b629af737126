import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageContext, type PageContext } from '../../../src/core/page';
import { tick } from '../setup/dom';

/** Route callbacks are joined in a microtask; a macrotask later they have all run. */
const afterTask = () => tick(0);

const contexts: PageContext[] = [];
const track = (ctx: PageContext) => {
  contexts.push(ctx);
  return ctx;
};

// happy-dom (unlike browsers) fires `hashchange` a timer after pushState/replaceState changes the hash:
// let that settle before each test, and push hash-less URLs in the tests.
beforeEach(async () => {
  history.replaceState(null, '', '/start');
  await tick(0);
});
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.destroy();
});

describe('route changes without the Navigation API (history patching)', () => {
  it('uses the history-patching path in happy-dom', () => {
    expect('navigation' in window).toBe(false);
    const before = history.pushState;
    track(createPageContext(window));
    expect(history.pushState).not.toBe(before);
  });

  it.each([
    ['pushState', () => history.pushState(null, '', '/pushed?q=1'), '/pushed'],
    ['replaceState', () => history.replaceState(null, '', '/replaced?token=x'), '/replaced'],
    ['popstate', () => window.dispatchEvent(new PopStateEvent('popstate')), '/start'],
    ['hashchange', () => window.dispatchEvent(new HashChangeEvent('hashchange')), '/start'],
  ])('%s causes exactly one route callback, with the path only', async (_, navigate, path) => {
    const ctx = track(createPageContext(window));
    const seen: string[] = [];
    ctx.onRoute((p) => seen.push(p));
    navigate();
    await afterTask();
    expect(seen).toEqual([path]);
    expect(ctx.$path.get()).toBe(path);
  });

  it('joins popstate and hashchange of one navigation into one callback', async () => {
    const ctx = track(createPageContext(window));
    const handler = vi.fn();
    ctx.onRoute(handler);
    history.replaceState(null, '', '/start#/inbox');
    await afterTask();
    handler.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await afterTask();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(ctx.$hash.get()).toBe('#/inbox');
  });

  // Browsers fire the hashchange of a hash navigation in a task after its popstate (the microtask cannot join them).
  it('gives one callback for a hash navigation whose popstate and hashchange arrive in separate tasks', async () => {
    const ctx = track(createPageContext(window));
    const handler = vi.fn();
    ctx.onRoute(handler);
    history.replaceState(null, '', '/start#/inbox');
    await afterTask();
    handler.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await afterTask();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await afterTask();
    expect(handler).toHaveBeenCalledTimes(1);
    // A later hash change that comes without a popstate is a navigation of its own.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await afterTask();
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('gives one callback per navigation when they happen in separate tasks', async () => {
    const ctx = track(createPageContext(window));
    const seen: string[] = [];
    ctx.onRoute((p) => seen.push(p));
    history.pushState(null, '', '/a');
    await afterTask();
    history.pushState(null, '', '/b');
    await afterTask();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await afterTask();
    expect(seen).toEqual(['/a', '/b', '/b']);
  });

  it('keeps the return value and `this` of the original pushState', () => {
    const original = history.pushState;
    const calls: unknown[] = [];
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      calls.push(this);
      return original.apply(this, args);
    };
    try {
      track(createPageContext(window));
      expect(history.pushState(null, '', '/x')).toBeUndefined();
      expect(calls).toEqual([history]);
    } finally {
      for (const ctx of contexts.splice(0)) ctx.destroy();
      history.pushState = original;
    }
  });

  it('works when another library wraps pushState after us, and is inert after destroy', async () => {
    const before = history.pushState;
    const ctx = track(createPageContext(window));
    const ours = history.pushState;
    let theirCalls = 0;
    const theirs = function (this: History, ...args: Parameters<History['pushState']>) {
      theirCalls++;
      return ours.apply(this, args);
    };
    history.pushState = theirs;
    try {
      const handler = vi.fn();
      ctx.onRoute(handler);
      history.pushState(null, '', '/with-router');
      await afterTask();
      expect(theirCalls).toBe(1);
      expect(handler).toHaveBeenCalledExactlyOnceWith('/with-router');

      ctx.destroy();
      expect(history.pushState).toBe(theirs);
      history.pushState(null, '', '/after-destroy');
      await afterTask();
      expect(theirCalls).toBe(2);
      expect(location.pathname).toBe('/after-destroy');
      // Our wrapper still sits in their chain but no longer evaluates routes.
      expect(ctx.$path.get()).toBe('/with-router');
      expect(handler).toHaveBeenCalledTimes(1);
    } finally {
      history.pushState = before;
    }
  });

  it.each(['pushState', 'replaceState'] as const)(
    'destroy restores history.%s when nobody wrapped after us',
    (method) => {
      const before = history[method];
      const ctx = createPageContext(window);
      expect(history[method]).not.toBe(before);
      ctx.destroy();
      expect(history[method]).toBe(before);
    },
  );

  it('stops listening to popstate and hashchange after destroy', async () => {
    const ctx = createPageContext(window);
    const handler = vi.fn();
    ctx.onRoute(handler);
    ctx.destroy();
    history.replaceState(null, '', '/moved');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await afterTask();
    expect(handler).not.toHaveBeenCalled();
    expect(ctx.$path.get()).toBe('/start');
  });

  it('drops a route callback scheduled just before destroy', async () => {
    const ctx = createPageContext(window);
    history.pushState(null, '', '/late');
    ctx.destroy();
    await afterTask();
    expect(ctx.$path.get()).toBe('/start');
  });

  it('lets two contexts patch history at once and both hear each navigation once', async () => {
    const before = history.pushState;
    const a = createPageContext(window);
    const b = createPageContext(window);
    const seenA = vi.fn();
    const seenB = vi.fn();
    a.onRoute(seenA);
    b.onRoute(seenB);
    history.pushState(null, '', '/both');
    await afterTask();
    expect(seenA).toHaveBeenCalledTimes(1);
    expect(seenB).toHaveBeenCalledTimes(1);
    // Destroyed out of order: both wrappers become inert and pushState keeps working.
    a.destroy();
    b.destroy();
    history.pushState(null, '', '/neither');
    await afterTask();
    expect(location.pathname).toBe('/neither');
    expect(seenA).toHaveBeenCalledTimes(1);
    expect(b.$path.get()).toBe('/both');
    history.pushState = before;
  });

  it('unsubscribes a route callback with the function onRoute returned', async () => {
    const ctx = track(createPageContext(window));
    const handler = vi.fn();
    const off = ctx.onRoute(handler);
    off();
    history.pushState(null, '', '/quiet');
    await afterTask();
    expect(handler).not.toHaveBeenCalled();
    expect(ctx.$path.get()).toBe('/quiet');
  });
});

describe('route changes with the Navigation API', () => {
  function fakeWindow() {
    const navigation = Object.assign(new EventTarget(), { currentEntry: {} });
    const pushState = vi.fn();
    const win = {
      location: { pathname: '/nav-start', hash: '' },
      navigation,
      history: { pushState, replaceState: vi.fn() },
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      document,
      requestAnimationFrame: (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0) as unknown as number,
      cancelAnimationFrame: (id: number) => clearTimeout(id),
    };
    return { win, navigation, pushState };
  }

  it('fires once per currententrychange and patches nothing', async () => {
    const { win, navigation, pushState } = fakeWindow();
    const ctx = createPageContext(win as unknown as Window);
    const seen: string[] = [];
    ctx.onRoute((p) => seen.push(p));
    expect(ctx.$path.get()).toBe('/nav-start');
    expect(win.history.pushState).toBe(pushState);
    expect(win.addEventListener).not.toHaveBeenCalled();

    win.location.pathname = '/next';
    win.location.hash = '#h';
    navigation.dispatchEvent(new Event('currententrychange'));
    await afterTask();
    expect(seen).toEqual(['/next']);
    expect(ctx.$hash.get()).toBe('#h');

    ctx.destroy();
    win.location.pathname = '/gone';
    navigation.dispatchEvent(new Event('currententrychange'));
    await afterTask();
    expect(seen).toEqual(['/next']);
    expect(ctx.$path.get()).toBe('/next');
  });

  it('falls back to history patching when navigation lacks currentEntry', () => {
    const { win, pushState } = fakeWindow();
    const bare = { ...win, navigation: new EventTarget() };
    const ctx = createPageContext(bare as unknown as Window);
    expect(bare.history.pushState).not.toBe(pushState);
    expect(bare.addEventListener).toHaveBeenCalledWith('popstate', expect.any(Function));
    ctx.destroy();
    expect(bare.history.pushState).toBe(pushState);
    expect(bare.removeEventListener).toHaveBeenCalledWith('popstate', expect.any(Function));
  });
});

describe('watchElements', () => {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

  it('coalesces many mutations into one call per frame', async () => {
    const ctx = track(createPageContext(window));
    const handler = vi.fn();
    ctx.watchElements(handler);
    for (let i = 0; i < 10; i++) document.body.appendChild(document.createElement('p'));
    document.body.firstElementChild?.setAttribute('class', 'x');
    await tick(30);
    expect(handler).toHaveBeenCalledTimes(1);
    document.body.appendChild(document.createElement('p'));
    await tick(30);
    expect(handler).toHaveBeenCalledTimes(2);
    await frame();
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('ignores attribute changes outside the watched list', async () => {
    const ctx = track(createPageContext(window));
    const el = document.body.appendChild(document.createElement('div'));
    await tick(30);
    const handler = vi.fn();
    ctx.watchElements(handler);
    el.setAttribute('data-x', '1');
    await tick(30);
    expect(handler).not.toHaveBeenCalled();
    el.setAttribute('hidden', '');
    await tick(30);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('shares one observer and stops it when the last subscriber leaves', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const ctx = track(createPageContext(window));
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = ctx.watchElements(first);
    const offSecond = ctx.watchElements(second);
    expect(observe).toHaveBeenCalledTimes(1);

    offFirst();
    expect(disconnect).not.toHaveBeenCalled();
    document.body.appendChild(document.createElement('span'));
    await tick(30);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    offSecond();
    expect(disconnect).toHaveBeenCalledTimes(1);
    document.body.appendChild(document.createElement('span'));
    await tick(30);
    expect(second).toHaveBeenCalledTimes(1);

    // A new subscriber starts a fresh observer.
    ctx.watchElements(first);
    expect(observe).toHaveBeenCalledTimes(2);
  });

  it('cancels a pending frame when the last subscriber leaves before it runs', async () => {
    const ctx = track(createPageContext(window));
    const handler = vi.fn();
    const off = ctx.watchElements(handler);
    document.body.appendChild(document.createElement('p'));
    // The observer's callback is a microtask: let it request the frame, then leave.
    await Promise.resolve();
    off();
    await tick(30);
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops the observer on destroy', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const ctx = createPageContext(window);
    const handler = vi.fn();
    ctx.watchElements(handler);
    ctx.destroy();
    expect(disconnect).toHaveBeenCalledTimes(1);
    document.body.appendChild(document.createElement('p'));
    await tick(30);
    expect(handler).not.toHaveBeenCalled();
  });
});
