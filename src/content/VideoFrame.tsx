import { FRAME_ALLOW, FRAME_REFERRER_POLICY, FRAME_SANDBOX } from './media';

/**
 * An allow-listed player in its sandbox: the one frame the article player, announcements and tour
 * steps draw, after the user pressed Play (hence `autoplay`). `src` comes from `videoSource()`.
 * @example <VideoFrame src={source.url(start)} title={article.title} />
 */
export function VideoFrame({ src, title, class: className }: { src: string; title: string; class?: string }) {
  return (
    <iframe
      class={className}
      src={src}
      title={title}
      sandbox={FRAME_SANDBOX}
      referrerpolicy={FRAME_REFERRER_POLICY}
      loading="lazy"
      // `allow` grants fullscreen; `allowfullscreen` beside it only earns a console warning.
      allow={`autoplay; encrypted-media; ${FRAME_ALLOW}`}
    />
  );
}
