import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/core/context';
import { createInstance } from '../../../src/core/instance';
import { createPathlight } from '../../../src/index';
import type { PathlightError, PathlightInstance } from '../../../src/types';
import {
  codes,
  collectErrors,
  dialogIn,
  launcherIn,
  resetPage,
  roots,
  settle,
  shadowOf,
  spyWarn,
  tick,
} from '../setup/dom';

const made: PathlightInstance[] = [];
/** createPathlight that the test teardown destroys. */
function make(...args: Parameters<typeof createPathlight>) {
  const instance = createPathlight(...args);
  made.push(instance);
  return instance;
}

beforeEach(() => {
  resetPage();
});
afterEach(() => {
  for (const instance of made.splice(0)) instance.destroy();
  vi.restoreAllMocks();
  resetPage();
});

describe('lifecycle', () => {
  it('fires ready once, after the widget is mounted, and calls onReady', () => {
    const help = make();
    const onReady = vi.fn();
    const rootsAtReady: number[] = [];
    help.on('ready', () => rootsAtReady.push(roots().length));
    help.init({ onReady });
    expect(rootsAtReady).toEqual([1]);
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('starts right away when created with a config', () => {
    make({ launcher: { label: 'Ask us' } });
    expect(roots()).toHaveLength(1);
    expect(launcherIn(shadowOf())?.textContent).toBe('Ask us');
  });

  it('does not start when created without a config', () => {
    make();
    expect(roots()).toHaveLength(0);
  });

  it('ignores a second init with one warning and one already_initialized error', () => {
    const warn = spyWarn();
    const help = make();
    const errors = collectErrors(help);
    help.init({});
    help.init({ launcher: { label: 'Second' } });
    expect(roots()).toHaveLength(1);
    expect(launcherIn(shadowOf())?.textContent).not.toBe('Second');
    expect(codes(errors)).toEqual(['already_initialized']);
    expect(warn.messages().filter((m) => m.includes('init() was called again'))).toHaveLength(1);
  });

  it('removes <pathlight-root> on destroy, and no route listener fires afterwards', async () => {
    const help = make({});
    const routes: string[] = [];
    help.on('route', ({ path }) => routes.push(path));
    history.pushState(null, '', '/before');
    await tick();
    expect(routes).toEqual(['/before']);

    help.destroy();
    expect(roots()).toHaveLength(0);
    history.pushState(null, '', '/after');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect(routes).toEqual(['/before']);
  });

  it('restores history.pushState on destroy', () => {
    const original = history.pushState;
    const help = make({});
    expect(history.pushState).not.toBe(original);
    help.destroy();
    expect(history.pushState).toBe(original);
  });

  it('works again after destroy: init mounts, opens and fires ready', async () => {
    const help = make({});
    help.destroy();
    const ready = vi.fn();
    help.on('ready', ready);
    help.init({});
    expect(ready).toHaveBeenCalledTimes(1);
    expect(roots()).toHaveLength(1);
    help.open();
    // The panel arrives with a lazy chunk: on a busy machine that takes longer than one settle().
    await vi.waitFor(() => expect(dialogIn(shadowOf())).not.toBeNull(), { timeout: 2000, interval: 20 });
  });

  it('destroy before init and a second destroy are harmless', () => {
    const help = make();
    const errors = collectErrors(help);
    help.destroy();
    help.init({});
    help.destroy();
    help.destroy();
    expect(errors).toEqual([]);
    expect(roots()).toHaveLength(0);
  });

  it('brings window listeners and observers back to baseline after 50 init/destroy cycles', async () => {
    const counts = new Map<string, number>();
    const bump = (key: string, by: number) => counts.set(key, (counts.get(key) ?? 0) + by);
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        bump(type, 1);
        add(type, listener, options);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        bump(type, -1);
        remove(type, listener, options);
      });
    }
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const help = make();
    for (let i = 0; i < 50; i++) {
      help.init({});
      // A few cycles with the panel open and effects run, so listeners added by components count too.
      if (i < 3) {
        help.open();
        await settle();
      }
      help.destroy();
    }
    expect([...counts].filter(([, n]) => n !== 0)).toEqual([]);
    expect(observe.mock.calls.length).toBeGreaterThan(0);
    expect(disconnect).toHaveBeenCalledTimes(observe.mock.calls.length);
    expect(roots()).toHaveLength(0);
  });
});

describe('methods before init', () => {
  it.each([
    ['open', (h: PathlightInstance) => h.open()],
    ['close', (h: PathlightInstance) => h.close()],
    ['toggle', (h: PathlightInstance) => h.toggle()],
    ['search', (h: PathlightInstance) => h.search('invoice')],
    ['showArticle', (h: PathlightInstance) => h.showArticle('a1')],
    ['addContent', (h: PathlightInstance) => h.addContent({ version: 1 })],
    ['startTour', (h: PathlightInstance) => h.startTour('intro')],
    ['endTour', (h: PathlightInstance) => h.endTour()],
    ['showTip', (h: PathlightInstance) => h.showTip('t1')],
    ['hideTip', (h: PathlightInstance) => h.hideTip('t1')],
    ['showAnnouncement', (h: PathlightInstance) => h.showAnnouncement('n1')],
    ['completeChecklistItem', (h: PathlightInstance) => h.completeChecklistItem('c', 'i')],
    ['identify', (h: PathlightInstance) => h.identify('alice')],
    ['reset', (h: PathlightInstance) => h.reset()],
    ['consent', (h: PathlightInstance) => h.consent(true)],
    ['setLocale', (h: PathlightInstance) => h.setLocale('pl')],
    ['author', (h: PathlightInstance) => h.author()],
  ])('%s() reports not_initialized, naming the method, and does not throw', (name, call) => {
    const warn = spyWarn();
    const help = make();
    const errors = collectErrors(help);
    expect(() => call(help)).not.toThrow();
    expect(codes(errors)).toEqual(['not_initialized']);
    expect(errors[0]!.message).toContain(`${name}()`);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(roots()).toHaveLength(0);
  });

  it.each([
    ['on', (h: PathlightInstance) => h.on('open', () => {})],
    ['track', (h: PathlightInstance) => h.track('signed_up')],
    ['debug', (h: PathlightInstance) => h.debug(true)],
    ['destroy', (h: PathlightInstance) => h.destroy()],
  ])('%s() works before init without an error', (_, call) => {
    const help = make();
    const errors = collectErrors(help);
    call(help);
    expect(errors).toEqual([]);
  });
});

describe('config problems', () => {
  it('warns naming each bad key and still mounts the widget', () => {
    const warn = spyWarn();
    const help = make();
    const errors = collectErrors(help);
    help.init({ lanucher: { label: 'x' }, zIndex: 'high', launcher: { position: 'top' } } as never);
    const messages = warn.messages();
    expect(messages.some((m) => m.includes('"lanucher"') && m.includes('Did you mean "launcher"?'))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes('"zIndex"'))).toBe(true);
    expect(messages.some((m) => m.includes('"launcher.position"'))).toBe(true);
    expect(codes(errors)).toEqual(['config_invalid', 'config_invalid', 'config_invalid']);
    expect(launcherIn(shadowOf())).not.toBeNull();
  });

  it('mounts with defaults when the whole config is not an object', () => {
    spyWarn();
    const help = make();
    const errors = collectErrors(help);
    help.init('/help/feed.json' as never);
    expect(codes(errors)).toEqual(['config_invalid']);
    expect(launcherIn(shadowOf())?.textContent).toBe('Help');
  });

  it('passes every error to config.onError, and survives it throwing', () => {
    spyWarn();
    const onError = vi.fn((_error: PathlightError) => {
      throw new Error('host hook broken');
    });
    const help = make();
    expect(() => help.init({ onError, zIndex: 'x' } as never)).not.toThrow();
    help.open('nowhere' as never);
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(['config_invalid', 'config_invalid']);
  });
});

describe('events', () => {
  it('on() returns an unsubscribe', () => {
    const help = make({});
    const handler = vi.fn();
    const off = help.on('open', handler);
    off();
    help.open();
    expect(handler).not.toHaveBeenCalled();
  });

  it('a throwing open handler does not break open(), other handlers still run', async () => {
    spyWarn();
    const help = make({});
    const errors = collectErrors(help);
    help.on('open', () => {
      throw new Error('host bug');
    });
    const other = vi.fn();
    help.on('open', other);
    expect(() => help.open()).not.toThrow();
    expect(other).toHaveBeenCalledExactlyOnceWith({ view: 'home' });
    expect(codes(errors)).toEqual(['listener_failed']);
    expect(errors[0]!.message).toContain('host bug');
    await settle();
    expect(dialogIn(shadowOf())).not.toBeNull();
  });

  it('a throwing error listener is logged, not re-reported in a loop', () => {
    const warn = spyWarn();
    const help = make({});
    const error = vi.fn(() => {
      throw new Error('error listener broken');
    });
    help.on('error', error);
    help.open('nowhere' as never);
    expect(error).toHaveBeenCalledTimes(1);
    expect(warn.messages()).toContain('[Pathlight] An "error" listener threw');
  });

  it("open('nonsense') reports config_invalid and opens home", async () => {
    spyWarn();
    const help = make({});
    const errors = collectErrors(help);
    const opened = vi.fn();
    help.on('open', opened);
    help.open('nonsense' as never);
    expect(codes(errors)).toEqual(['config_invalid']);
    expect(errors[0]!.message).toContain('nonsense');
    expect(opened).toHaveBeenCalledExactlyOnceWith({ view: 'home' });
    await settle();
    expect(dialogIn(shadowOf())).not.toBeNull();
  });

  it('emits open and close once per change, not for repeated calls', () => {
    const help = make({});
    const seen: string[] = [];
    help.on('open', ({ view }) => seen.push(`open:${view}`));
    help.on('close', () => seen.push('close'));
    help.close();
    help.open('search');
    help.open('contact');
    help.toggle();
    help.toggle();
    expect(seen).toEqual(['open:search', 'close', 'open:contact']);
  });

  it.each([
    ['a name', ['signed_up'], { name: 'signed_up' }],
    ['a name and props', ['plan', { tier: 'pro' }], { name: 'plan', props: { tier: 'pro' } }],
  ] as const)('track() with %s emits a track event', (_, args, payload) => {
    const help = make();
    const tracked = vi.fn();
    help.on('track', tracked);
    help.track(...(args as [string]));
    expect(tracked).toHaveBeenCalledExactlyOnceWith(payload);
  });

  it("track('') reports config_invalid and emits nothing", () => {
    spyWarn();
    const help = make();
    const errors = collectErrors(help);
    const tracked = vi.fn();
    help.on('track', tracked);
    help.track('');
    expect(tracked).not.toHaveBeenCalled();
    expect(codes(errors)).toEqual(['config_invalid']);
  });
});

describe('user and preferences through the instance', () => {
  const stored = (key: string) => {
    const raw = localStorage.getItem(`pathlight:${key}`);
    return raw === null ? undefined : (JSON.parse(raw) as { d: unknown }).d;
  };

  it('identify remembers the user, reset forgets them', () => {
    const help = make({});
    help.identify('alice', { plan: 'pro' });
    expect(stored('user')).toBe('alice');
    help.reset();
    expect(stored('user')).toBeUndefined();
  });

  it('config.user identifies at init', () => {
    make({ user: { id: 'bob', traits: { role: 'admin' } } });
    expect(stored('user')).toBe('bob');
  });

  it('identify carries anonymous progress to the user, seen by a later instance', () => {
    localStorage.setItem('pathlight:u:%anon:tours', JSON.stringify({ v: 1, d: ['intro'] }));
    const help = make({});
    help.identify('carol');
    expect(stored('u:carol:tours')).toEqual(['intro']);
    expect(stored('u:%anon:tours')).toBeUndefined();
  });

  it.each([
    ['an empty id', ''],
    ['a number', 42],
    ['null', null],
  ])('identify with %s reports config_invalid and keeps the visitor anonymous', (_, id) => {
    spyWarn();
    const help = make({});
    const errors = collectErrors(help);
    help.identify(id as never);
    expect(codes(errors)).toEqual(['config_invalid']);
    expect(stored('user')).toBeUndefined();
  });

  it.each([
    [true, true],
    [false, false],
    ['yes', false],
  ])('consent(%j) stores %j', (granted, expected) => {
    const help = make({});
    help.consent(granted as boolean);
    expect(stored('consent')).toBe(expected);
  });
});

describe('instances', () => {
  const stored = (key: string) => {
    const raw = localStorage.getItem(`pathlight:${key}`);
    return raw === null ? undefined : (JSON.parse(raw) as { d: unknown }).d;
  };
  it('two instances do not share state: opening one leaves the other closed', async () => {
    const a = make({});
    const b = make({});
    expect(roots()).toHaveLength(2);
    const bOpened = vi.fn();
    b.on('open', bOpened);
    a.open();
    await settle();
    expect(dialogIn(shadowOf(0))).not.toBeNull();
    expect(dialogIn(shadowOf(1))).toBeNull();
    expect(launcherIn(shadowOf(1))?.getAttribute('aria-expanded')).toBe('false');
    expect(bOpened).not.toHaveBeenCalled();

    a.destroy();
    expect(roots()).toHaveLength(1);
    b.open();
    await settle();
    expect(dialogIn(shadowOf(0))).not.toBeNull();
  });

  it('two instances keep their saved state apart (user, progress, preferences), also after a reload', () => {
    localStorage.setItem('pathlight:u:%anon:tours', JSON.stringify({ v: 1, d: ['intro'] }));
    const a = make({});
    const b = make({});
    b.identify('bob');
    // B is the second instance: its keys are its own, and identifying it moved nothing of A's visitor.
    expect(stored('u:%anon:tours')).toEqual(['intro']);
    expect(stored('user')).toBeUndefined();
    expect(stored('2:user')).toBe('bob');
    a.identify('alice');
    expect(stored('user')).toBe('alice');
    expect(stored('u:alice:tours')).toEqual(['intro']);
    expect(stored('2:u:bob:tours')).toBeUndefined();
    // A reload makes them again in the same order: each finds its own user.
    a.destroy();
    b.destroy();
    const a2 = make({});
    const b2 = make({});
    a2.setLocale('pl');
    b2.setLocale('ru');
    expect(stored('locale')).toBe('pl');
    expect(stored('2:locale')).toBe('ru');
    expect(Object.keys(localStorage).every((key) => key.startsWith('pathlight:'))).toBe(true);
  });

  it('config.id names the storage; a second live instance with the same id is told and kept apart', () => {
    spyWarn();
    const a = make({ id: 'billing' });
    a.setLocale('pl');
    expect(stored('billing:locale')).toBe('pl');
    const b = make();
    const errors = collectErrors(b);
    b.init({ id: 'billing' });
    b.setLocale('ru');
    expect(errors.map((e) => e.message)).toEqual([
      'id: another live instance is "billing"; this one keeps its state as "billing-2".',
    ]);
    expect(stored('billing:locale')).toBe('pl');
    expect(stored('billing-2:locale')).toBe('ru');
  });

  it('one storage fault that hits localStorage and sessionStorage alike is reported once', () => {
    spyWarn();
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(denied);
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(denied);
    const help = make();
    const errors = collectErrors(help);
    help.init({});
    expect(codes(errors)).toEqual(['storage_unavailable']);
  });

  it('one instance ignoring a second init does not stop another from starting', () => {
    const a = make({});
    const errorsA = collectErrors(a);
    const b = make();
    const errorsB = collectErrors(b);
    b.init({});
    expect(roots()).toHaveLength(2);
    expect(errorsA).toEqual([]);
    expect(errorsB).toEqual([]);
  });
});

describe('capability methods', () => {
  /** An instance whose capabilities are these features, with no UI. */
  const withFeatures = (...features: Feature[]) => {
    const instance = createInstance({ css: '', chunks: {}, features, ui: () => () => () => {} });
    made.push(instance);
    return instance;
  };

  it('refuses (reports) a method a second capability provides: the first implementation stays', () => {
    spyWarn();
    const first = vi.fn();
    const second = vi.fn();
    const help = withFeatures(
      (rt) => rt.provide({ open: first }),
      (rt) => rt.provide({ open: second, close: second }),
    );
    const errors = collectErrors(help);
    help.init({});
    help.open('search');
    help.close();
    expect(first).toHaveBeenCalledWith('search');
    expect(second).toHaveBeenCalledTimes(1);
    expect(codes(errors)).toEqual(['internal']);
    expect(errors[0]!.message).toBe('open() is implemented twice: the first implementation stays.');
  });

  it('a lazy capability hands over through its own API, not a second provide: no report', async () => {
    spyWarn();
    const help = make({ content: { version: 1, tips: [{ id: 't', target: 'body', title: 'Hi' }] } });
    const errors = collectErrors(help);
    help.showTip('t');
    await vi.waitFor(() => expect(shadowOf(roots().length - 1).querySelector('.pl-tip')).not.toBeNull(), {
      timeout: 2000,
    });
    expect(errors).toEqual([]);
  });

  it('a method no capability provides is reported as missing from the build', () => {
    spyWarn();
    const help = withFeatures();
    const errors = collectErrors(help);
    help.init({});
    help.startTour('intro');
    expect(errors.map((e) => e.message)).toEqual([
      'startTour() is not available in this build of Pathlight.',
    ]);
  });
});

describe('garbage in, nothing out to the host', () => {
  const junk: unknown[] = [undefined, null, 42, '', 'nonsense', {}, [], () => {}, Symbol('s'), NaN];
  const METHODS = [
    'init',
    'open',
    'close',
    'toggle',
    'search',
    'showArticle',
    'addContent',
    'startTour',
    'endTour',
    'showTip',
    'hideTip',
    'showAnnouncement',
    'completeChecklistItem',
    'track',
    'identify',
    'reset',
    'consent',
    'setLocale',
    'on',
    'debug',
  ] as const;

  let onerror: ReturnType<typeof vi.fn<NonNullable<OnErrorEventHandler>>>;
  let windowErrors: unknown[];
  const onWindowError = (event: Event) => windowErrors.push(event);
  beforeEach(() => {
    onerror = vi.fn();
    windowErrors = [];
    window.onerror = onerror;
    window.addEventListener('error', onWindowError);
    window.addEventListener('unhandledrejection', onWindowError);
  });
  afterEach(() => {
    window.onerror = null;
    window.removeEventListener('error', onWindowError);
    window.removeEventListener('unhandledrejection', onWindowError);
  });

  it.each(
    METHODS.flatMap((method) => [
      [method, 'before init'],
      [method, 'while live'],
    ]),
  )('%s() with garbage arguments %s never throws', async (method, when) => {
    spyWarn();
    const help = make(when === 'while live' ? {} : undefined);
    const fn = help[method] as (...args: unknown[]) => unknown;
    for (const a of junk) {
      expect(() => fn(a)).not.toThrow();
      expect(() => fn(a, a)).not.toThrow();
    }
    expect(() => fn()).not.toThrow();
    expect(() =>
      fn(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('trap');
            },
            get: () => {
              throw new Error('trap');
            },
          },
        ),
      ),
    ).not.toThrow();
    await settle();
    expect(onerror).not.toHaveBeenCalled();
    expect(windowErrors).toEqual([]);
  });

  it('garbage handed to on() returns a callable unsubscribe', () => {
    spyWarn();
    const help = make({});
    const errors = collectErrors(help);
    const off = help.on('open', 'not a function' as never);
    expect(typeof off).toBe('function');
    expect(() => off()).not.toThrow();
    expect(codes(errors)).toEqual(['config_invalid']);
  });
});
