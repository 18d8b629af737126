/**
 * Each chat adapter against a fake of its vendor's global, written from the vendor's documentation (the page is
 * named above each fake). Calls are recorded and asserted: what the adapter waits for, what it calls to open the
 * chat, prefill the summary and set attributes; that it never loads a script; that it stops waiting when aborted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adapterFor } from '../../../src/handoff/providers';
import type { HandoffContext, HandoffProviderName } from '../../../src/types';

const context: HandoffContext = {
  query: 'refund',
  recentQueries: ['invoice', 'refund'],
  failedQueries: ['refund'],
  viewedArticles: [{ id: 'a1', title: 'Create an invoice' }],
  ratings: [{ id: 'a1', title: 'Create an invoice', helpful: false, comment: 'No word on refunds' }],
  path: '/billing',
  pageTitle: 'Billing',
  tour: { id: 'welcome', step: 1 },
  locale: 'en',
  userId: 'u1',
};
const summary = 'Searched for: refund, invoice\nNo results for: refund\nPage: /billing (Billing)';
const fields = { failedQueries: 'failed_searches', tour: 'tour_step', summary: 'pathlight_summary' } as const;
const attrs = { failed_searches: 'refund', tour_step: 'welcome (2)', pathlight_summary: summary };

type Call = unknown[];
interface Fake {
  globals: Record<string, unknown>;
  calls: Call[];
  /** The vendor's script arrives and the widget gets ready. */
  load(): void;
}

/** https://developers.intercom.com/installing-intercom/web/methods — the snippet's stub queues calls; `ready` runs once booted. */
function fakeIntercom(): Fake {
  const calls: Call[] = [];
  const waiting: (() => void)[] = [];
  let booted = false;
  const intercom = (...args: unknown[]) => {
    calls.push(args);
    if (args[0] === 'ready') booted ? (args[1] as () => void)() : waiting.push(args[1] as () => void);
  };
  return {
    globals: { Intercom: intercom },
    calls,
    load() {
      booted = true;
      for (const fn of waiting.splice(0)) fn();
    },
  };
}

/** https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/ — `$crisp` is an array until the chatbox loads, then `push`, `is`, `get`. */
function fakeCrisp(): Fake {
  const calls: Call[] = [];
  const queued: unknown[][] = [];
  const globals: Record<string, unknown> = { $crisp: queued };
  const handlers: Record<string, (() => void)[]> = {};
  const run = (command: unknown[]) => {
    calls.push(command);
    if (command[0] !== 'on') return;
    const event = command[1] as string;
    handlers[event] = [...(handlers[event] ?? []), command[2] as () => void];
  };
  return {
    globals,
    calls,
    load() {
      globals.$crisp = { push: run, is: () => false, get: () => undefined };
      for (const command of queued) run(command);
      for (const fn of handlers['session:loaded'] ?? []) fn();
    },
  };
}

/** https://developer.zendesk.com/api-reference/widget-messaging/web/core/ — `zE` comes with the widget's own script. */
function fakeZendesk(): Fake {
  const calls: Call[] = [];
  const globals: Record<string, unknown> = {};
  return {
    globals,
    calls,
    load() {
      globals.zE = (...args: unknown[]) => calls.push(args);
    },
  };
}

/** https://developer.helpscout.com/beacon-2/web/javascript-api/ — the snippet's `Beacon` queues; `on('ready')`, `info` once ready. */
function fakeBeacon(): Fake {
  const calls: Call[] = [];
  const ready: (() => void)[] = [];
  let loaded = false;
  const beacon = (...args: unknown[]) => {
    calls.push(args);
    const [method, event, fn] = args as [string, string, () => void];
    if (method === 'info') return loaded ? { beaconId: 'b' } : undefined;
    if (method === 'on' && event === 'ready') ready.push(fn);
    if (method === 'off' && event === 'ready') ready.splice(ready.indexOf(fn), 1);
    return undefined;
  };
  return {
    globals: { Beacon: beacon },
    calls,
    load() {
      loaded = true;
      for (const fn of ready.splice(0)) fn();
    },
  };
}

/** https://www.chatwoot.com/docs/product/channels/live-chat/sdk/setup/ — `chatwoot:ready` on window, then `$chatwoot`. */
function fakeChatwoot(): Fake {
  const calls: Call[] = [];
  const target = new EventTarget();
  const globals = target as unknown as Record<string, unknown>;
  return {
    globals,
    calls,
    load() {
      globals.$chatwoot = {
        hasLoaded: true,
        toggle: (...args: unknown[]) => calls.push(['toggle', ...args]),
        setConversationCustomAttributes: (...args: unknown[]) =>
          calls.push(['setConversationCustomAttributes', ...args]),
      };
      target.dispatchEvent(new Event('chatwoot:ready'));
    },
  };
}

/** https://platform.text.com/docs/extending-chat-widget/javascript-api — the snippet's `LiveChatWidget`; getters throw before load. */
function fakeLiveChat(): Fake {
  const calls: Call[] = [];
  const ready: (() => void)[] = [];
  let loaded = false;
  const widget = {
    on: (event: string, fn: () => void) => event === 'ready' && ready.push(fn),
    off: (event: string, fn: () => void) => event === 'ready' && ready.splice(ready.indexOf(fn), 1),
    get: (what: string) => {
      if (!loaded) throw new Error("[LiveChatWidget] You can't use getters before load.");
      return what === 'state' ? { availability: 'online', visibility: 'minimized' } : undefined;
    },
    call: (...args: unknown[]) => calls.push(args),
  };
  return {
    globals: { LiveChatWidget: widget },
    calls,
    load() {
      loaded = true;
      for (const fn of ready.splice(0)) fn();
    },
  };
}

/** https://developers.hubspot.com/docs/api/conversation/chat-widget-sdk — `hsConversationsOnReady`, `widget.status()`, `widgetLoaded`. */
function fakeHubSpot(): Fake {
  const calls: Call[] = [];
  const globals: Record<string, unknown> = {};
  const loadedHandlers: (() => void)[] = [];
  let loaded = false;
  return {
    globals,
    calls,
    load() {
      globals.HubSpotConversations = {
        widget: { open: () => calls.push(['widget.open']), status: () => ({ loaded }) },
        on: (event: string, fn: () => void) => event === 'widgetLoaded' && loadedHandlers.push(fn),
        off: (_event: string, fn: () => void) => loadedHandlers.splice(loadedHandlers.indexOf(fn), 1),
      };
      for (const fn of (globals.hsConversationsOnReady as (() => void)[] | undefined) ?? []) fn();
      loaded = true;
      for (const fn of loadedHandlers.splice(0)) fn();
    },
  };
}

/** https://developers.freshchat.com/web-sdk/v1/ — `fcWidget` with `isLoaded()`, `on('widget:loaded')`, `open({ replyText })`. */
function fakeFreshchat(): Fake {
  const calls: Call[] = [];
  const globals: Record<string, unknown> = {};
  const handlers: (() => void)[] = [];
  let loaded = false;
  return {
    globals,
    calls,
    load() {
      globals.fcWidget = {
        isLoaded: () => loaded,
        on: (event: string, fn: () => void) => event === 'widget:loaded' && handlers.push(fn),
        open: (...args: unknown[]) => calls.push(['open', ...args]),
        user: { setProperties: (...args: unknown[]) => calls.push(['user.setProperties', ...args]) },
      };
      loaded = true;
      for (const fn of handlers.splice(0)) fn();
    },
  };
}

/** https://developer.tawk.to/jsapi — the snippet makes `Tawk_API = {}`; methods arrive with the script; `onLoad` once rendered. */
function fakeTawk(): Fake {
  const calls: Call[] = [];
  const api: Record<string, unknown> = {};
  return {
    globals: { Tawk_API: api },
    calls,
    load() {
      Object.assign(api, {
        maximize: () => calls.push(['maximize']),
        getStatus: () => 'online',
        setAttributes: (attributes: unknown, callback: () => void) => {
          calls.push(['setAttributes', attributes]);
          callback();
        },
      });
      (api.onLoad as (() => void) | undefined)?.();
    },
  };
}

const FAKES: Record<HandoffProviderName, () => Fake> = {
  intercom: fakeIntercom,
  crisp: fakeCrisp,
  zendesk: fakeZendesk,
  helpscout: fakeBeacon,
  chatwoot: fakeChatwoot,
  livechat: fakeLiveChat,
  hubspot: fakeHubSpot,
  freshchat: fakeFreshchat,
  tawk: fakeTawk,
};

/** What each adapter calls to open the chat with the summary and the attributes of `fields`, in order. */
const OPENED: Record<HandoffProviderName, Call[]> = {
  intercom: [
    ['update', attrs],
    ['showNewMessage', summary],
  ],
  crisp: [
    ['set', 'session:data', [Object.entries(attrs)]],
    ['set', 'message:text', [summary]],
    ['do', 'chat:open'],
  ],
  zendesk: [
    ['messenger:set', 'conversationFields', Object.entries(attrs).map(([id, value]) => ({ id, value }))],
    ['messenger', 'open'],
  ],
  helpscout: [
    ['session-data', attrs],
    ['prefill', { text: summary }],
    ['open'],
    ['navigate', '/ask/message/'],
  ],
  chatwoot: [
    ['setConversationCustomAttributes', attrs],
    ['toggle', 'open'],
  ],
  livechat: [['set_session_variables', attrs], ['maximize']],
  hubspot: [['widget.open']],
  freshchat: [
    ['user.setProperties', attrs],
    ['open', { replyText: summary }],
  ],
  tawk: [['setAttributes', attrs], ['maximize']],
};

/** The calls an adapter made while waiting, which `OPENED` leaves out. */
const waiting = (call: Call) => ['ready', 'on', 'off', 'info'].includes(String(call[0]));

let before: number;
beforeEach(() => {
  vi.useFakeTimers();
  before = document.querySelectorAll('script').length;
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(Object.keys(FAKES) as HandoffProviderName[])('the %s adapter', (name) => {
  it('waits for the vendor to load, then opens it with the summary and the mapped attributes', async () => {
    const fake = FAKES[name]();
    const adapter = adapterFor(name, { fields, globals: fake.globals });
    expect(adapter.name).toBe(name);
    let ready = false;
    void Promise.resolve(adapter.ready(new AbortController().signal)).then(() => {
      ready = true;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(ready).toBe(false);
    fake.load();
    await vi.advanceTimersByTimeAsync(200);
    expect(ready).toBe(true);
    const openedFrom = fake.calls.length;
    await adapter.open(context, summary);
    expect(fake.calls.slice(openedFrom).filter((call) => !waiting(call))).toEqual(OPENED[name]);
    // Never the vendor's script: the page loads it.
    expect(document.querySelectorAll('script')).toHaveLength(before);
  });

  it('is ready at once when the vendor loaded before, and sends no attributes without a field map', async () => {
    const fake = FAKES[name]();
    fake.load();
    const adapter = adapterFor(name, { globals: fake.globals });
    let ready = false;
    void Promise.resolve(adapter.ready(new AbortController().signal)).then(() => {
      ready = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(ready).toBe(true);
    const openedFrom = fake.calls.length;
    await adapter.open(context, summary);
    const sent = JSON.stringify(fake.calls.slice(openedFrom));
    expect(sent).not.toContain('failed_searches');
    expect(sent).not.toContain('pathlight_summary');
  });

  it('stops waiting when aborted: no timer or listener is left, and a later load does not resolve it', async () => {
    const fake = FAKES[name]();
    const adapter = adapterFor(name, { fields, globals: fake.globals });
    const controller = new AbortController();
    let ready = false;
    void Promise.resolve(adapter.ready(controller.signal)).then(() => {
      ready = true;
    });
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    fake.load();
    await vi.advanceTimersByTimeAsync(500);
    expect(ready).toBe(false);
  });
});

describe('adapters share the page with its own use of the vendor', () => {
  it('tawk: keeps the page’s own onLoad and puts it back after', async () => {
    const fake = fakeTawk();
    const own = vi.fn();
    (fake.globals.Tawk_API as Record<string, unknown>).onLoad = own;
    const ready = adapterFor('tawk', { globals: fake.globals }).ready(new AbortController().signal);
    fake.load();
    await ready;
    expect(own).toHaveBeenCalledTimes(1);
    expect((fake.globals.Tawk_API as Record<string, unknown>).onLoad).toBe(own);
  });

  it('hubspot: adds to the page’s hsConversationsOnReady instead of replacing it', async () => {
    const fake = fakeHubSpot();
    const own = vi.fn();
    fake.globals.hsConversationsOnReady = [own];
    const ready = adapterFor('hubspot', { globals: fake.globals }).ready(new AbortController().signal);
    fake.load();
    await ready;
    expect(own).toHaveBeenCalledTimes(1);
  });
});
