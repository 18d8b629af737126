import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPathlight } from '../../../src/index';
import type {
  GuideContent,
  PathlightConfig,
  PathlightEventName,
  PathlightInstance,
  Tip,
} from '../../../src/types';
import { codes, collectErrors, resetPage, roots, settle, shadowOf, spyWarn } from '../setup/dom';

const made: PathlightInstance[] = [];

/** Every event of an instance, as `name` or `name:id`. */
function record(help: PathlightInstance): string[] {
  const seen: string[] = [];
  const names: PathlightEventName[] = [
    'tip:show',
    'tip:dismiss',
    'tip:click',
    'announcement:show',
    'announcement:dismiss',
  ];
  for (const name of names)
    help.on(name, (payload) => seen.push(`${name}:${(payload as { id: string }).id}`));
  return seen;
}

function mount(config: PathlightConfig = {}) {
  const help = createPathlight({ quietPeriodMs: 0, launcher: { hidden: true }, ...config });
  made.push(help);
  const shadow = shadowOf(roots().length - 1);
  const events = record(help);
  const errors = collectErrors(help);
  return {
    help,
    shadow,
    events,
    errors,
    /** Ids of the tips on screen. */
    tips: () => [...shadow.querySelectorAll<HTMLElement>('.pl-tip')].map((el) => el.dataset.plTip),
    beacons: () => [...shadow.querySelectorAll<HTMLElement>('.pl-hotspot')].map((el) => el.dataset.plHotspot),
    announcement: () => shadow.querySelector<HTMLElement>('.pl-announcement'),
    close: (id: string) =>
      shadow.querySelector<HTMLButtonElement>(`[data-pl-tip="${id}"] .pl-tip-close`)!.click(),
  };
}

const content = (tips: Tip[], extra: Partial<GuideContent> = {}): GuideContent => ({
  version: 1,
  tips,
  ...extra,
});
const go = (path: string) => history.pushState(null, '', path);
/** Element changes reach the engine at the next animation frame, then render. */
const frame = () => settle();
/** Waits (bounded) until exactly these tips are on screen: passes, timers and renders are asynchronous. */
const shows = (t: { tips: () => unknown[] }, ids: string[]) =>
  vi.waitFor(() => expect(t.tips()).toEqual(ids), { timeout: 2000, interval: 20 });

beforeEach(() => {
  resetPage();
  document.body.innerHTML = '<main><button id="export">Export</button><input id="customer"></main>';
});
afterEach(() => {
  for (const help of made.splice(0)) help.destroy();
  vi.restoreAllMocks();
  vi.useRealTimers();
  resetPage();
});

describe('targeting decides', () => {
  it('shows a tip only on its URL, and hides it when the route changes', async () => {
    const t = mount({
      content: content([
        { id: 'form', target: '#customer', title: 'Pick a customer', trigger: { url: '/invoices/new' } },
      ]),
    });
    await settle();
    expect(t.tips()).toEqual([]);
    go('/invoices/new');
    await settle();
    await shows(t, ['form']);
    expect(t.events).toEqual(['tip:show:form']);
    go('/invoices');
    await settle();
    expect(t.tips()).toEqual([]);
  });

  it('reacts to identify (user traits), track() and host DOM events', async () => {
    const t = mount({
      maxVisibleTips: 3,
      content: content([
        { id: 'pro', target: '#export', title: 'Pro', trigger: { user: { plan: 'pro' } } },
        { id: 'tracked', target: '#export', title: 'Tracked', trigger: { event: 'report:exported' } },
        { id: 'clicked', target: '#customer', title: 'Clicked', trigger: { event: 'dom:click:#export' } },
      ]),
    });
    await settle();
    expect(t.tips()).toEqual([]);
    t.help.identify('u1', { plan: 'pro' });
    await settle();
    await shows(t, ['pro']);
    t.help.track('report:exported');
    await settle();
    await shows(t, ['pro', 'tracked']);
    document.getElementById('export')!.click();
    await settle();
    await shows(t, ['pro', 'tracked', 'clicked']);
  });

  it('counts clicks inside the host’s open shadow roots but never clicks on Pathlight itself', async () => {
    const host = document.createElement('x-toolbar');
    host.attachShadow({ mode: 'open' }).innerHTML = '<button class="save">Save</button>';
    document.body.append(host);
    const t = mount({
      content: content([
        { id: 'saved', target: '#export', title: 'Saved', trigger: { event: 'dom:click:.save' } },
      ]),
    });
    await settle();
    const warn = spyWarn();
    t.help.showAnnouncement('none'); // an unknown id: reported, nothing shown
    expect(warn.messages()).toEqual([expect.stringContaining('no announcement with the id "none"')]);
    t.shadow.querySelector<HTMLElement>('.pl-app')!.click();
    await settle();
    expect(t.tips()).toEqual([]);
    host.shadowRoot!.querySelector<HTMLButtonElement>('.save')!.click();
    await settle();
    await shows(t, ['saved']);
  });

  it('hides a tip when its element leaves the page and brings it back when it returns', async () => {
    const t = mount({ content: content([{ id: 'x', target: '#export', title: 'Export', trigger: {} }]) });
    await settle();
    await shows(t, ['x']);
    const button = document.getElementById('export')!;
    button.remove();
    await frame();
    expect(t.tips()).toEqual([]);
    document.querySelector('main')!.append(button);
    await frame();
    await shows(t, ['x']);
    expect(t.events).toEqual(['tip:show:x', 'tip:show:x']);
  });

  it('targets an element inside a host open shadow root through a function', async () => {
    const host = document.createElement('x-editor');
    host.attachShadow({ mode: 'open' }).innerHTML = '<button id="bold">B</button>';
    const t = mount();
    t.help.addContent(
      content([
        { id: 'bold', target: () => host.shadowRoot!.getElementById('bold'), title: 'Bold', trigger: {} },
      ]),
    );
    await settle();
    expect(t.tips()).toEqual([]);
    document.body.append(host);
    await frame();
    await shows(t, ['bold']);
  });

  it('waits out the quiet period after a dismissal, and shows one tip at a time', async () => {
    const t = mount({
      quietPeriodMs: 200,
      content: content([
        { id: 'a', target: '#export', title: 'A', trigger: {}, priority: 2 },
        { id: 'b', target: '#customer', title: 'B', trigger: {} },
      ]),
    });
    await settle();
    await shows(t, ['a']);
    t.close('a');
    await settle();
    expect(t.tips()).toEqual([]);
    await vi.waitFor(() => expect(t.tips()).toEqual(['b']), { timeout: 1000 });
    expect(t.events).toEqual(['tip:show:a', 'tip:dismiss:a', 'tip:show:b']);
  });

  it('logs why each item did or did not show when debug is on', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const t = mount({
      debug: true,
      content: content([{ id: 'x', target: '#export', title: 'X', trigger: { url: '/reports' } }]),
    });
    await settle();
    const lines = info.mock.calls.map((call) => String(call[0]));
    expect(lines).toContainEqual(
      expect.stringMatching(/tip:x \(.*start.*\): not shown: url \/ does not match "\/reports"/),
    );
    t.help.debug(false);
    info.mockClear();
    go('/reports');
    await settle();
    await shows(t, ['x']);
    expect(info).not.toHaveBeenCalled();
  });
});

describe('what the user did is remembered', () => {
  const dismissible = (frequency: 'once' | 'session' | 'always') =>
    content([{ id: 'x', target: '#export', title: 'X', trigger: { frequency } }]);

  it('never shows a dismissed tip by itself again, also after a reload (a new instance, same storage)', async () => {
    const first = mount({ content: dismissible('always') });
    await settle();
    await shows(first, ['x']);
    first.close('x');
    await settle();
    expect(first.events).toEqual(['tip:show:x', 'tip:dismiss:x']);
    first.help.destroy();

    const reloaded = mount({ content: dismissible('always') });
    await settle();
    go('/elsewhere');
    await settle();
    expect(reloaded.tips()).toEqual([]);
    // A developer call still shows it...
    reloaded.help.showTip('x');
    await settle();
    await shows(reloaded, ['x']);
    // ...and the dismissal still holds for automatic showing.
    reloaded.help.hideTip('x');
    go('/again');
    await settle();
    expect(reloaded.tips()).toEqual([]);
  });

  it('shows a `session` tip once per tab (sessionStorage), a `once` tip once ever', async () => {
    const both = content([
      { id: 's', target: '#export', title: 'S', trigger: { frequency: 'session' } },
      { id: 'o', target: '#customer', title: 'O', trigger: { frequency: 'once' } },
    ]);
    const first = mount({ content: both, maxVisibleTips: 2 });
    await settle();
    await shows(first, ['s', 'o']);
    first.help.destroy();

    const reloaded = mount({ content: both, maxVisibleTips: 2 });
    await settle();
    expect(reloaded.tips()).toEqual([]);
    reloaded.help.destroy();

    sessionStorage.clear(); // a new tab
    const newTab = mount({ content: both, maxVisibleTips: 2 });
    await settle();
    await shows(newTab, ['s']);
  });

  it('carries an anonymous visitor’s dismissals over to the identified user; reset forgets them', async () => {
    const t = mount({ content: dismissible('always') });
    await settle();
    await shows(t, ['x']); // the guides chunk may take longer than one settle() on a busy machine
    t.close('x');
    await settle();
    t.help.identify('u1');
    go('/next');
    await settle();
    expect(t.tips()).toEqual([]);
    t.help.destroy();

    const reloaded = mount({ content: dismissible('always') });
    await settle();
    expect(reloaded.tips()).toEqual([]);
    reloaded.help.reset();
    go('/after-logout');
    await settle();
    await shows(reloaded, ['x']);
  });
});

describe('content', () => {
  it('loads a content URL (no-cache), and reports problems naming the JSON path', async () => {
    const warn = spyWarn();
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        new Response(
          JSON.stringify(
            content([
              { id: 'x', target: '#export', title: 'X', trigger: {} },
              { id: 'bad', target: 7 } as never,
            ]),
          ),
        ),
      );
    const t = mount({ content: '/guides.json' });
    t.help.showTip('x'); // before the file arrives: waits for it
    await settle();
    expect(fetch).toHaveBeenCalledWith('/guides.json', expect.objectContaining({ cache: 'no-cache' }));
    await shows(t, ['x']);
    expect(codes(t.errors)).toEqual(['content_invalid']);
    expect(t.errors[0]!.message).toContain(
      'Guide content (/guides.json): tips[1] ("bad") was left out: tips[1].target: expected a selector, an Element or a function',
    );
    expect(warn.messages()).toHaveLength(1);
  });

  it('reports a content URL that cannot be loaded, once, and keeps working', async () => {
    spyWarn();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('nope', { status: 404 }));
    const t = mount({ content: '/missing.json' });
    t.help.addContent(content([{ id: 'code', target: '#export', title: 'From code', trigger: {} }]));
    await settle();
    expect(codes(t.errors)).toEqual(['content_fetch_failed']);
    expect(t.errors[0]!.message).toBe('Could not load guide content from /missing.json: HTTP 404');
    await shows(t, ['code']);
  });

  it('lets addContent replace an item by id', async () => {
    const t = mount({ content: content([{ id: 'x', target: '#export', title: 'Old', trigger: {} }]) });
    await settle();
    t.help.addContent(content([{ id: 'x', target: '#export', title: 'New', trigger: {} }]));
    await settle();
    expect(t.shadow.querySelector('.pl-tip-title')!.textContent).toBe('New');
  });

  it('reports unknown ids in developer calls', async () => {
    spyWarn();
    const t = mount();
    t.help.showTip('nope');
    t.help.hideTip('nope');
    t.help.showAnnouncement('nope');
    await settle();
    expect(codes(t.errors)).toEqual(['unknown_item', 'unknown_item', 'unknown_item']);
  });
});

describe('tear-down', () => {
  it('removes every listener, observer and timer it added, over many init/destroy cycles', async () => {
    const added = new Map<string, number>();
    const count = (type: string, delta: number) => added.set(type, (added.get(type) ?? 0) + delta);
    vi.spyOn(document, 'addEventListener').mockImplementation(function (
      this: Document,
      type: string,
      ...rest: unknown[]
    ) {
      count(type, 1);
      return EventTarget.prototype.addEventListener.call(this, type, ...(rest as [EventListener]));
    } as typeof document.addEventListener);
    vi.spyOn(document, 'removeEventListener').mockImplementation(function (
      this: Document,
      type: string,
      ...rest: unknown[]
    ) {
      count(type, -1);
      return EventTarget.prototype.removeEventListener.call(this, type, ...(rest as [EventListener]));
    } as typeof document.removeEventListener);
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    for (let i = 0; i < 10; i++) {
      const t = mount({
        content: content([
          { id: 'x', target: '#export', title: 'X', trigger: { event: 'dom:click:#customer' } },
          { id: 'y', target: '#export', title: 'Y', hotspot: true, trigger: {} },
        ]),
      });
      await settle();
      document.getElementById('customer')!.click();
      await settle();
      t.help.destroy();
    }
    for (const [type, balance] of added) expect(`${type}: ${balance}`).toBe(`${type}: 0`);
    expect(observe.mock.calls.length).toBe(disconnect.mock.calls.length);
  });
});
