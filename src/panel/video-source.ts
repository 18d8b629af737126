import type { Video } from '../types';
import { safeUrl } from './content/urls';

/** Where a video plays: a file in `<video>`, or an allow-listed embed whose URL carries the start time. */
export type VideoSource =
  | { kind: 'file'; src: string }
  | { kind: 'embed'; provider: Exclude<Video['provider'], 'file'>; id: string; url(start?: number): string };

type Embed = Exclude<Video['provider'], 'file'>;

interface ProviderRule {
  /** A bare id as authors paste it. */
  id: RegExp;
  /** The id (and an optional privacy hash) from a page or embed URL of the provider. */
  fromUrl(url: URL): [id: string, hash?: string] | undefined;
  embed(id: string, start: number, hash?: string): string;
}

const host = (url: URL) => url.hostname.replace(/^(www|m)\./, '');
const seconds = (start: number) => Math.max(0, Math.floor(start));

const RULES: Record<Embed, ProviderRule> = {
  youtube: {
    id: /^[\w-]{11}$/,
    fromUrl(url) {
      const h = host(url);
      if (h === 'youtu.be') return [url.pathname.slice(1)];
      if (h !== 'youtube.com' && h !== 'youtube-nocookie.com') return undefined;
      if (url.pathname === '/watch') return [url.searchParams.get('v') ?? ''];
      const match = /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(url.pathname);
      return match ? [match[1]!] : undefined;
    },
    // The no-cookie domain: YouTube sets no cookies until the viewer plays.
    embed: (id, start) =>
      `https://www.youtube-nocookie.com/embed/${id}?rel=0&autoplay=1${start ? `&start=${seconds(start)}` : ''}`,
  },
  vimeo: {
    id: /^\d{1,12}$/,
    fromUrl(url) {
      const h = host(url);
      if (h !== 'vimeo.com' && h !== 'player.vimeo.com') return undefined;
      const match = /^\/(?:video\/|channels\/[\w-]+\/|groups\/[\w-]+\/videos\/)?(\d+)(?:\/([\da-f]+))?/.exec(
        url.pathname,
      );
      return match ? [match[1]!, url.searchParams.get('h') ?? match[2]] : undefined;
    },
    embed: (id, start, hash) =>
      `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1${hash ? `&h=${hash}` : ''}${start ? `#t=${seconds(start)}s` : ''}`,
  },
  wistia: {
    id: /^[a-z\d]{10}$/i,
    fromUrl(url) {
      const h = url.hostname;
      if (h !== 'fast.wistia.net' && h !== 'fast.wistia.com' && !/\.wistia\.(com|net)$/.test(h))
        return undefined;
      const match = /\/(?:embed\/iframe|embed\/medias|medias)\/([^/.]+)/.exec(url.pathname);
      return match ? [match[1]!] : undefined;
    },
    embed: (id, start) =>
      `https://fast.wistia.net/embed/iframe/${id}?autoPlay=true${start ? `&time=${seconds(start)}` : ''}`,
  },
  loom: {
    id: /^[\da-f]{32}$/,
    fromUrl(url) {
      if (host(url) !== 'loom.com') return undefined;
      const match = /^\/(?:share|embed)\/([^/]+)/.exec(url.pathname);
      return match ? [match[1]!] : undefined;
    },
    embed: (id, start) => `https://www.loom.com/embed/${id}${start ? `?t=${seconds(start)}` : ''}`,
  },
};

/**
 * Turns a feed's `video` into something playable, or undefined when it is not one of the
 * allow-listed providers (the caller reports it). `src` may be the provider's video id or any of its
 * page or embed URLs; embeds always use the provider's embed host.
 * @example videoSource({ provider: 'youtube', src: 'https://youtu.be/dQw4w9WgXcQ' })?.url(30)
 * // 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&autoplay=1&start=30'
 */
export function videoSource(video: Pick<Video, 'provider' | 'src'>): VideoSource | undefined {
  const src = typeof video.src === 'string' ? video.src.trim() : '';
  if (!src) return undefined;
  if (video.provider === 'file') {
    // Plain files: http(s) or relative (no javascript:, data: or blob:).
    return safeUrl(src) && !/^\/\//.test(src) ? { kind: 'file', src } : undefined;
  }
  const rule = RULES[video.provider as Embed];
  if (!rule) return undefined;
  let found: [string, string?] | undefined;
  if (rule.id.test(src)) found = [src];
  else {
    try {
      const url = new URL(src);
      if (url.protocol === 'https:' || url.protocol === 'http:') found = rule.fromUrl(url);
    } catch {
      found = undefined;
    }
  }
  const [id, hash] = found ?? [];
  if (!id || !rule.id.test(id) || (hash !== undefined && !/^[\da-f]+$/i.test(hash))) return undefined;
  const provider = video.provider as Embed;
  return { kind: 'embed', provider, id, url: (start = 0) => rule.embed(id, start, hash) };
}
