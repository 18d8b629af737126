import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../i18n';
import { Icon } from '../ui/icons';
import { type FrameFailure, watchElsewhere, watchFrame } from './embed-watch';
import { FRAME_ALLOW, FRAME_REFERRER_POLICY, FRAME_SANDBOX, type VideoSource } from './media';

type Embed = Extract<VideoSource, { kind: 'embed' }>;

/** The fallback's styles, adopted by every surface that plays videos (the article view, announcements). */
export const videoFrameCss = /* css */ `
.pl-video-fallback {
  display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 12px; padding: 16px;
  text-align: center; color: #ffffff; background: #0d0f14; font-size: 14px; line-height: 1.4;
  box-shadow: inset 0 0 0 1px rgba(255, 255, 255, 0.08);
}
.pl-player-frame > .pl-video-fallback { position: absolute; inset: 0; }
.pl-video-fallback:focus { outline: none; }
.pl-video-fallback p { display: flex; align-items: center; gap: 8px; margin: 0; font-weight: 600; }
.pl-video-fallback .pl-button-row { justify-content: center; }
.pl-video-fallback-action {
  display: inline-flex; align-items: center; gap: 6px; height: 34px; padding: 0 14px; border-radius: 999px;
  font-size: 13px; font-weight: 600; text-decoration: none; color: #ffffff !important;
  background: rgba(255, 255, 255, 0.12) !important; border: 1px solid rgba(255, 255, 255, 0.3) !important;
}
.pl-video-fallback-action:hover { background: rgba(255, 255, 255, 0.22) !important; }
.pl-video-fallback-action:focus-visible { outline: 2px solid #ffffff; outline-offset: 2px; }
`;

interface FallbackProps {
  t: Translator['t'];
  /** "Watch on YouTube": the video's page on the provider's site. */
  elsewhere?: { name: string; url: string } | undefined;
  /** Opens the transcript, when there is one. */
  onTranscript?: (() => void) | undefined;
  onRetry: () => void;
  class?: string | undefined;
}

/**
 * What shows instead of a video that will not play (offline, blocked by the page's CSP, removed, or a
 * file that fails to load): a short sentence and the ways on: the provider's page, the transcript, again.
 */
export function VideoFallback({ t, elsewhere, onTranscript, onRetry, class: className }: FallbackProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus was on what this replaces (Play, Try again) when that went away: it comes here, not to the page.
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode() as ShadowRoot | Document | undefined;
    if (root && !root.activeElement && document.activeElement === document.body)
      ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={ref} class={`pl-video-fallback ${className ?? ''}`} tabIndex={-1} data-pl-fallback="">
      <p role="status">
        <Icon name="alert" size={20} />
        {t('video.unavailable')}
      </p>
      <div class="pl-button-row">
        {elsewhere && (
          <a class="pl-video-fallback-action" href={elsewhere.url} target="_blank" rel="noopener noreferrer">
            {t('video.watchOn', { provider: elsewhere.name })}
            <Icon name="external" size={14} class="pl-flip-rtl" />
          </a>
        )}
        {onTranscript && (
          <button type="button" class="pl-video-fallback-action" onClick={onTranscript}>
            <Icon name="transcript" size={14} />
            {t('video.transcript')}
          </button>
        )}
        <button type="button" class="pl-video-fallback-action" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </div>
  );
}

interface FrameProps {
  source: Embed;
  /** Where to start, in seconds. */
  start?: number;
  title: string;
  t: Translator['t'];
  class?: string;
  onTranscript?: (() => void) | undefined;
  /** The length the player reports, once it does (YouTube, Vimeo). */
  onDuration?: ((seconds: number) => void) | undefined;
}

/**
 * An allow-listed player in its sandbox: the one frame the article player, announcements and tour
 * steps draw, after the user pressed Play (hence `autoplay`); a {@link VideoFallback} instead when
 * the frame will not play (./embed-watch.ts says how that is known), or when the browser is offline.
 * @example <VideoFrame source={videoSource(video)} start={30} title={article.title} t={t} />
 */
export function VideoFrame({
  source,
  start = 0,
  title,
  t,
  class: className,
  onTranscript,
  onDuration,
}: FrameProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [failed, setFailed] = useState<FrameFailure | undefined>(() =>
    typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : undefined,
  );
  const [attempt, setAttempt] = useState(0);
  const duration = useRef(onDuration);
  duration.current = onDuration;
  const src = source.url(start);

  useLayoutEffect(() => {
    const frame = ref.current;
    if (failed || !frame) return;
    return watchFrame(frame, source, setFailed, (seconds) => duration.current?.(seconds));
  }, [failed, attempt, src]);

  if (failed) {
    return (
      <VideoFallback
        t={t}
        class={className}
        elsewhere={watchElsewhere(source, start)}
        onTranscript={onTranscript}
        onRetry={() => {
          setAttempt((n) => n + 1);
          setFailed(navigator.onLine === false ? 'offline' : undefined);
        }}
      />
    );
  }
  return (
    <iframe
      key={attempt}
      ref={ref}
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
