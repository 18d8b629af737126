import type { Video } from '../types';

const ID = /^[\w-]{4,64}$/;

/**
 * The privacy-friendly embed URL of an allow-listed video (YouTube via youtube-nocookie.com, Vimeo,
 * Wistia, Loom), set to start playing (it is only loaded after the user pressed play); undefined
 * for any other host, a non-https URL, or a `file` video.
 *
 * @example embedUrl({ provider: 'youtube', src: 'https://youtu.be/dQw4w9WgXcQ' })
 * // 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'
 */
export function embedUrl(video: Pick<Video, 'provider' | 'src'>): string | undefined {
  let url: URL;
  try {
    url = new URL(video.src);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  const host = url.hostname.replace(/^(?:www\.|m\.)/, '');
  const path = url.pathname;
  let id: string | null | undefined;
  switch (video.provider) {
    case 'youtube':
      if (host === 'youtu.be') id = path.split('/')[1];
      else if (host === 'youtube.com' || host === 'youtube-nocookie.com')
        id = url.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([^/]+)/.exec(path)?.[1];
      return id && ID.test(id) ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` : undefined;
    case 'vimeo':
      if (host === 'vimeo.com' || host === 'player.vimeo.com') id = /\/(\d{3,})(?:\/|$)/.exec(path)?.[1];
      return id ? `https://player.vimeo.com/video/${id}?autoplay=1` : undefined;
    case 'wistia':
      if (host === 'wi.st' || /(?:^|\.)wistia\.(?:com|net)$/.test(host))
        id = /\/(?:medias|embed\/iframe|embed\/medias)\/([^/.?]+)/.exec(path)?.[1];
      return id && ID.test(id) ? `https://fast.wistia.net/embed/iframe/${id}?autoPlay=true` : undefined;
    case 'loom':
      if (host === 'loom.com') id = /^\/(?:share|embed)\/([^/?]+)/.exec(path)?.[1];
      return id && ID.test(id) ? `https://www.loom.com/embed/${id}?autoplay=1` : undefined;
    default:
      return undefined;
  }
}
