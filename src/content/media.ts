import type { Video } from '../types';
import { safeUrl } from './urls';

// The one media module: which videos Pathlight plays and how. Feed validation, guide-content
// validation, the article player, announcements and (next) tour steps all read these tables, so an
// article and an announcement given the same `video` embed the same URL or both refuse it.

/** A video host Pathlight embeds in a sandboxed frame (`file` plays in a `<video>`). */
export type EmbedProvider = Exclude<Video['provider'], 'file'>;

/** Every `video.provider` content may name, in the order messages list them. */
export const VIDEO_PROVIDERS: readonly Video['provider'][] = ['youtube', 'vimeo', 'wistia', 'loom', 'file'];

/**
 * Where each provider's player lives. These prefixes are the only frames Pathlight shows: the player
 * builds its URLs on them, and the sanitizer keeps an article's `<iframe>` only when it points under
 * one. Apart from {@link PROVIDERS} so that the sanitizer's chunk carries four strings, not the URL rules.
 * YouTube plays from its no-cookie domain: it sets no cookies until the viewer plays.
 */
export const PLAYERS: Readonly<Record<EmbedProvider, string>> = {
  youtube: 'https://www.youtube-nocookie.com/embed/',
  vimeo: 'https://player.vimeo.com/video/',
  wistia: 'https://fast.wistia.net/embed/iframe/',
  loom: 'https://www.loom.com/embed/',
};

/** The sandbox of every video frame: players need scripts and their own origin; nothing may navigate the page. */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';
/** Enough for YouTube to accept the embed (it refuses frames without a referrer), never the page's path. */
export const FRAME_REFERRER_POLICY = 'strict-origin-when-cross-origin';
/** What a frame may use; the player adds `autoplay` because it starts only after the user pressed Play. */
export const FRAME_ALLOW = 'fullscreen; picture-in-picture';

/**
 * True for an `https` URL under one of the {@link PLAYERS}, without credentials.
 * @example isAllowedFrame('https://player.vimeo.com/video/1') // true
 * @example isAllowedFrame('https://www.youtube.com/embed/x') // false: not the no-cookie player
 */
export function isAllowedFrame(src: string | null | undefined): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    const at = url.origin + url.pathname;
    return !url.username && !url.password && Object.values(PLAYERS).some((player) => at.startsWith(player));
  } catch {
    return false;
  }
}

interface Provider {
  /** Hosts of its page and embed URLs; a leading `.` allows any subdomain. */
  hosts: readonly string[];
  /** The hosts as a validation message names them. */
  hint: string;
  /** A bare id as authors paste it (a URL is read by {@link Provider.read} instead). */
  id: RegExp;
  /** What an id (and Vimeo's privacy hash) read from a URL may consist of. */
  part: RegExp;
  /** The id, and the privacy hash of an unlisted Vimeo video, in a page or embed URL on one of its hosts. */
  read(url: URL): [id: string | null | undefined, hash?: string | null | undefined];
  /** The player URL after {@link PLAYERS}' prefix, starting at `start` whole seconds. */
  embed(id: string, start: number, hash?: string): string;
}

const pathId = (url: URL, pattern: RegExp) => [pattern.exec(url.pathname)?.[1]] as [string | undefined];

const PROVIDERS: Readonly<Record<EmbedProvider, Provider>> = {
  youtube: {
    hosts: [
      'youtube.com',
      'www.youtube.com',
      'm.youtube.com',
      'youtube-nocookie.com',
      'www.youtube-nocookie.com',
      'youtu.be',
    ],
    hint: 'youtube.com, youtube-nocookie.com or youtu.be',
    id: /^[\w-]{11}$/,
    part: /^[\w-]+$/,
    read: (url) =>
      url.hostname === 'youtu.be'
        ? pathId(url, /^\/([^/]+)/)
        : url.pathname === '/watch'
          ? [url.searchParams.get('v')]
          : pathId(url, /^\/(?:embed|shorts|live|v)\/([^/]+)/),
    // rel=0: related videos from the same channel only, not whatever YouTube picks. enablejsapi=1: the
    // player answers the frame's "listening" message, so a frame that never does counts as failed (./embed-watch.ts).
    embed: (id, start) => `${id}?rel=0&autoplay=1&enablejsapi=1${start ? `&start=${start}` : ''}`,
  },
  vimeo: {
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    hint: 'vimeo.com',
    id: /^\d{1,12}$/,
    part: /^\d+$/,
    read(url) {
      const match = /^\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/)?(\d+)(?:\/([\da-f]+))?/i.exec(
        url.pathname,
      );
      // An unlisted video only plays with its hash: `vimeo.com/ID/HASH` or `player.vimeo.com/video/ID?h=HASH`.
      return [match?.[1], url.searchParams.get('h') ?? match?.[2]];
    },
    // dnt=1: Vimeo tracks no session data.
    embed: (id, start, hash) =>
      `${id}?dnt=1&autoplay=1${hash ? `&h=${hash}` : ''}${start ? `#t=${start}s` : ''}`,
  },
  wistia: {
    hosts: ['.wistia.com', '.wistia.net', 'wi.st'],
    hint: 'wistia.com or wistia.net',
    id: /^[\da-z]{10}$/i,
    part: /^[\da-z]+$/i,
    read: (url) => pathId(url, /\/(?:embed\/iframe|embed\/medias|medias)\/([^/.]+)/),
    embed: (id, start) => `${id}?autoPlay=true${start ? `&time=${start}` : ''}`,
  },
  loom: {
    hosts: ['loom.com', 'www.loom.com'],
    hint: 'loom.com',
    id: /^[\da-f]{32}$/,
    part: /^[\da-f]+$/,
    read: (url) => pathId(url, /^\/(?:share|embed)\/([^/]+)/),
    embed: (id, start) => `${id}${start ? `?t=${start}` : ''}`,
  },
};

const onHost = (host: string, hosts: readonly string[]) =>
  hosts.some((allowed) =>
    allowed.startsWith('.') ? host.endsWith(allowed) || host === allowed.slice(1) : host === allowed,
  );

/** Where a video plays: a file in `<video>`, or an allow-listed embed whose URL carries the start time. */
export type VideoSource =
  | { kind: 'file'; src: string }
  | { kind: 'embed'; provider: EmbedProvider; id: string; url(start?: number): string };

/**
 * Turns a `video` (of a feed article, an announcement or a tour step) into something playable, or
 * undefined when it is not one Pathlight plays; validators drop exactly those. `src` is, for an
 * embed, the provider's bare video id or an `https` page or embed URL on one of its hosts (embeds
 * always use the provider's player, never the given host); for a `file`, an http(s) or relative URL.
 * @example videoSource({ provider: 'youtube', src: 'https://youtu.be/dQw4w9WgXcQ' })?.url(30)
 * // 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&enablejsapi=1&start=30'
 * @example videoSource({ provider: 'vimeo', src: 'https://vimeo.com/824731562/abc123' })?.url()
 * // 'https://player.vimeo.com/video/824731562?dnt=1&autoplay=1&h=abc123'
 */
export function videoSource(video: { provider?: unknown; src?: unknown }): VideoSource | undefined {
  const src = typeof video.src === 'string' ? video.src.trim() : '';
  if (!src || !VIDEO_PROVIDERS.includes(video.provider as Video['provider'])) return undefined;
  if (video.provider === 'file') return safeUrl(src) ? { kind: 'file', src } : undefined;
  const provider = video.provider as EmbedProvider;
  const rule = PROVIDERS[provider];
  let id: string | null | undefined = src;
  let hash: string | null | undefined;
  if (!rule.id.test(src)) {
    let url: URL | undefined;
    try {
      url = new URL(src);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' || url.username || url.password || !onHost(url.hostname, rule.hosts))
      return undefined;
    [id, hash] = rule.read(url);
    if (!id || !rule.part.test(id) || (hash != null && !/^[\da-f]+$/i.test(hash))) return undefined;
  }
  const player = PLAYERS[provider];
  const videoId = id;
  return {
    kind: 'embed',
    provider,
    id: videoId,
    url: (start = 0) => player + rule.embed(videoId, Math.max(0, Math.floor(start)), hash ?? undefined),
  };
}

/**
 * The provider a video URL belongs to: the embed host it plays from, else `file` (a video file). For content that
 * gives `src` without `provider` (an article's front matter); whether it plays is still {@link videoSource}'s call.
 * @example videoProviderOf('https://youtu.be/dQw4w9WgXcQ') // 'youtube'
 * @example videoProviderOf('/media/intro.webm') // 'file'
 */
export function videoProviderOf(src: string): Video['provider'] {
  let host = '';
  try {
    host = new URL(src).hostname;
  } catch {
    return 'file';
  }
  const embed = (Object.keys(PROVIDERS) as EmbedProvider[]).find((name) =>
    onHost(host, PROVIDERS[name].hosts),
  );
  return embed ?? 'file';
}

/**
 * Where an embed provider's `src` may point, as a validation message says it.
 * @example videoHosts('vimeo') // 'vimeo.com'
 */
export const videoHosts = (provider: EmbedProvider): string => PROVIDERS[provider].hint;
