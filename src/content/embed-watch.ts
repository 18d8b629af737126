import { type EmbedProvider, PLAYERS, type VideoSource } from './media';

// Whether a player frame is working. A cross-origin frame fires `load` even for the browser's error
// page or the provider's "video unavailable" page, and its document cannot be read, so `load` says
// nothing. What can be relied on:
// - `navigator.onLine === false`: nothing will load (checked before the frame is made, and while it loads);
// - a `securitypolicyviolation` for the frame's URL: the page's CSP (`frame-src`) blocks the player;
// - the player's own messages. YouTube (with `enablejsapi=1`) answers a "listening" message with
//   `initialDelivery`/`onReady`, and reports `onError` (removed, private, not embeddable); Vimeo posts
//   `ready` by itself and answers a `ping`. No answer within READY_TIMEOUT_MS means the frame shows an
//   error page (host unreachable or blocked by a firewall, removed Vimeo video).
// Wistia and Loom talk only to their own scripts, which Pathlight does not load: their frames fail on
// the first two signs only (any message from them still counts as alive), never on silence.
// This file is the lazy half of the media module: only the frames (`./VideoFrame.tsx`) import it.

type Embed = Extract<VideoSource, { kind: 'embed' }>;

/** Why a frame was replaced by its fallback. */
export type FrameFailure = 'offline' | 'blocked' | 'error' | 'silent';

/** What a player said: it is alive, it failed, or how long its video is. */
interface Said {
  failed?: boolean;
  duration?: number;
}

interface Protocol {
  /** The player's name where the viewer is sent instead ("Watch on …"). */
  name: string;
  /** The video's page on the provider's site, starting at `start` whole seconds. */
  page(source: Embed, start: number): string;
  /** Sent on every `load` to ask the player to talk; providers without one are never timed out. */
  hello?: unknown;
  /** Sent once the player talked, to learn the video's length. */
  ask?: unknown;
  read?(data: Record<string, unknown>): Said;
}

/**
 * How long a player that answers messages may stay silent before its frame counts as failed: long
 * enough for a slow connection, short enough that nobody stares at a browser error page for long.
 */
export const READY_TIMEOUT_MS = 12_000;

const positive = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);
const info = (data: Record<string, unknown>) => (data.info ?? {}) as Record<string, unknown>;

const PROTOCOLS: Readonly<Record<EmbedProvider, Protocol>> = {
  youtube: {
    name: 'YouTube',
    page: (s, start) => `https://www.youtube.com/watch?v=${s.id}${start ? `&t=${start}s` : ''}`,
    hello: JSON.stringify({ event: 'listening', id: 1, channel: 'widget' }),
    read: (data) => ({ failed: data.event === 'onError', duration: positive(info(data).duration) }),
  },
  vimeo: {
    name: 'Vimeo',
    page(s, start) {
      const hash = new URL(s.url()).searchParams.get('h');
      return `https://vimeo.com/${s.id}${hash ? `/${hash}` : ''}${start ? `#t=${start}s` : ''}`;
    },
    hello: { method: 'ping' },
    ask: { method: 'getDuration' },
    read: (data) => ({
      failed: data.event === 'error' && (data.data as { method?: unknown } | undefined)?.method === 'ready',
      duration: data.method === 'getDuration' ? positive(data.value) : undefined,
    }),
  },
  // Wistia has no public page per video: its player page opens on its own.
  wistia: { name: 'Wistia', page: (s, start) => s.url(start) },
  loom: {
    name: 'Loom',
    page: (s, start) => `https://www.loom.com/share/${s.id}${start ? `?t=${start}` : ''}`,
  },
};

/**
 * Where to watch an embed instead, and under which name.
 * @example watchElsewhere(videoSource({ provider: 'youtube', src: 'dQw4w9WgXcQ' }), 30)
 * // { name: 'YouTube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s' }
 */
export function watchElsewhere(source: Embed, start = 0): { name: string; url: string } {
  const protocol = PROTOCOLS[source.provider];
  return { name: protocol.name, url: protocol.page(source, Math.max(0, Math.floor(start))) };
}

const parse = (data: unknown): Record<string, unknown> => {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return {};
    }
  }
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
};

/**
 * Watches a player frame from the moment it is in the page: calls `onFail` once when it will not play
 * (see the top of this file), `onDuration` with the length the player reports. Returns the cleanup.
 */
export function watchFrame(
  frame: HTMLIFrameElement,
  source: Embed,
  onFail: (why: FrameFailure) => void,
  onDuration?: (seconds: number) => void,
): () => void {
  const protocol = PROTOCOLS[source.provider];
  const origin = new URL(PLAYERS[source.provider]).origin;
  const view = frame.ownerDocument.defaultView ?? window;
  let alive = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Nothing private is in these messages, and the frame may be showing the browser's error page (another
  // origin): `*` keeps a failed frame from adding a postMessage error to the host's console.
  const post = (message: unknown) => frame.contentWindow?.postMessage(message, '*');

  const fail = (why: FrameFailure) => {
    stop();
    onFail(why);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    const said = protocol.read?.(parse(event.data)) ?? {};
    if (said.failed) return fail('error');
    if (!alive) {
      alive = true;
      clearTimeout(timer);
      if (protocol.ask) post(protocol.ask);
    }
    if (said.duration) onDuration?.(said.duration);
  };
  const onLoad = () => {
    if (protocol.hello !== undefined) post(protocol.hello);
  };
  const onOffline = () => {
    if (!alive) fail('offline');
  };
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    const directive = event.effectiveDirective || event.violatedDirective || '';
    if (event.blockedURI.startsWith(origin) && /^(frame|child|default)-src/.test(directive)) fail('blocked');
  };

  view.addEventListener('message', onMessage);
  view.addEventListener('offline', onOffline);
  frame.ownerDocument.addEventListener('securitypolicyviolation', onViolation, true);
  frame.addEventListener('load', onLoad);
  if (protocol.hello !== undefined) timer = setTimeout(() => fail('silent'), READY_TIMEOUT_MS);
  function stop() {
    clearTimeout(timer);
    view.removeEventListener('message', onMessage);
    view.removeEventListener('offline', onOffline);
    frame.ownerDocument.removeEventListener('securitypolicyviolation', onViolation, true);
    frame.removeEventListener('load', onLoad);
  }
  return stop;
}
