import { useEffect, useRef, useState } from 'preact/hooks';
import { VideoFrame, videoSource } from '../content/index';
import type { Runtime } from '../core/context';
import type { Announcement } from '../types';
import { cycleTab } from '../ui/host';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import { Body } from './Body';
import { Buttons } from './Buttons';
import type { ShownAnnouncement, TipsController } from './controller';

let counter = 0;

/** An image, or a video that loads nothing until the user presses play. */
function Media({ rt, item }: { rt: Runtime; item: Announcement }) {
  const t = useStore(rt.$t);
  const [playing, setPlaying] = useState(false);
  const video = item.video;
  if (!video) {
    return item.image ? (
      <img class="pl-announcement-image" src={item.image} alt={item.imageAlt ?? ''} />
    ) : null;
  }
  if (!playing) {
    const poster = video.poster ?? item.image;
    return (
      <button type="button" class="pl-announcement-media pl-video-play" onClick={() => setPlaying(true)}>
        {poster && <img src={poster} alt="" />}
        <span class="pl-video-play-icon">
          <Icon name="play" size={48} />
        </span>
        <span class="pl-sr-only">{t.t('video.play')}</span>
      </button>
    );
  }
  // The article player's rule and frame: the same `video` plays the same way in both.
  const source = videoSource(video);
  if (!source) return null;
  if (source.kind === 'file') {
    return (
      // biome-ignore lint/a11y/useMediaCaption: captions come with the author's file; we cannot invent them
      <video
        class="pl-announcement-media"
        src={source.src}
        controls
        autoPlay
        playsInline
        poster={video.poster}
      />
    );
  }
  return <VideoFrame class="pl-announcement-media" source={source} title={item.title} t={t.t} />;
}

/**
 * An announcement. Modal: `role="dialog"` with `aria-modal`, focus moved in and kept in (Tab cycles,
 * focus elsewhere comes back), Escape or the backdrop closes it, focus returns to where it was. Slide-in:
 * a non-modal card in the bottom corner away from the launcher that never takes focus by itself.
 */
export function AnnouncementView({
  rt,
  ctl,
  shown,
}: {
  rt: Runtime;
  ctl: TipsController;
  shown: ShownAnnouncement;
}) {
  const t = useStore(rt.$t);
  const ref = useRef<HTMLDivElement>(null);
  const [uid] = useState(() => `pl-announcement-${++counter}`);
  const { item } = shown;
  const modal = item.style !== 'slide-in';

  useEffect(() => {
    if (modal) ref.current?.focus({ preventScroll: true });
  }, [modal, item.id]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      ctl.dismissAnnouncement();
      return;
    }
    if (modal && ref.current) cycleTab(event, ref.current, rt.shadow.activeElement);
  };

  return (
    <>
      {modal && <div class="pl-backdrop" onClick={() => ctl.dismissAnnouncement()} />}
      <div
        ref={ref}
        class={`pl-announcement ${modal ? 'pl-announcement-modal' : 'pl-announcement-slidein'}`}
        role="dialog"
        aria-modal={modal ? 'true' : undefined}
        aria-labelledby={`${uid}-title`}
        aria-describedby={item.body ? `${uid}-body` : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <button
          type="button"
          class="pl-icon-button pl-announcement-close"
          aria-label={t.t('announcement.close')}
          onClick={() => ctl.dismissAnnouncement()}
        >
          <Icon name="close" size={18} />
        </button>
        {/* Keyed by the source: another video starts again from its play button. */}
        <Media key={item.video?.src ?? item.image} rt={rt} item={item} />
        <div class="pl-announcement-content">
          <h2 id={`${uid}-title`} class="pl-announcement-title">
            {item.title}
          </h2>
          {item.body && <Body text={item.body} id={`${uid}-body`} class="pl-announcement-body pl-prose" />}
          {item.buttons && item.buttons.length > 0 && (
            <Buttons ctl={ctl} surface="announcement" id={item.id} buttons={item.buttons} />
          )}
        </div>
      </div>
    </>
  );
}
