import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { safeUrl, VideoFallback, VideoFrame, videoSource } from '../../content/index';
import type { Runtime } from '../../core/context';
import { fold } from '../../kb/search/fold';
import type { Article, Video } from '../../types';
import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import { formatTime, Highlighted } from '../components';

const QUARTERS = [25, 50, 75, 100] as const;

/** Where `needle` occurs in `text`, ignoring case and diacritics (ranges only when folding kept the length). */
function matchRanges(text: string, needle: string): Array<[number, number]> | undefined {
  if (!needle) return [];
  const folded = fold(text);
  const at = folded.indexOf(needle);
  if (at < 0) return undefined;
  return folded.length === text.length ? [[at, at + needle.length]] : [];
}

/**
 * A video tutorial: nothing loads from the video host until the user presses Play (or a chapter);
 * then a `<video>` for files or the provider's embed. Chapters seek (files: `currentTime`; embeds:
 * the provider's start-time parameter, which reloads the frame); the transcript is searchable and
 * each line seeks. `video:progress` fires at 25/50/75/100 % for files: embeds report nothing without
 * the provider's script, which Pathlight does not load. A video that will not play shows a fallback
 * (the provider's page, the transcript, Try again); `onDuration` hears the length the player knows.
 */
export function VideoPlayer({
  rt,
  article,
  at,
  onDuration,
}: {
  rt: Runtime;
  article: Article & { video: Video };
  at?: number | undefined;
  onDuration?: (seconds: number) => void;
}) {
  const { t } = useStore(rt.$t);
  const video = article.video;
  const source = useMemo(() => videoSource(video), [video]);
  // A transcript hit opens a file video at its moment right away; an embed still waits for a click.
  const [opened, setOpened] = useState(at !== undefined && source?.kind === 'file');
  const [start, setStart] = useState(at ?? 0);
  const [reload, setReload] = useState(0);
  const [now, setNow] = useState(at ?? 0);
  const [filter, setFilter] = useState('');
  const media = useRef<HTMLVideoElement>(null);
  const reported = useRef(new Set<number>());
  const autoplay = useRef(false);
  const [fileFailed, setFileFailed] = useState(false);
  const transcriptRef = useRef<HTMLDetailsElement>(null);
  const toggledByUser = useRef(false);

  useEffect(() => {
    if (!source) {
      rt.report(
        'content_invalid',
        `Article "${article.id}": video ${String(video.provider)} "${String(video.src)}" is not an allow-listed video and was not embedded.`,
      );
    }
  }, [source, rt, article.id, video]);

  // A freshly mounted file video starts at the requested moment, playing if the user asked it to.
  useEffect(() => {
    const element = media.current;
    if (!opened || !element) return;
    if (start) element.currentTime = start;
    if (autoplay.current) element.play()?.catch(() => {});
  }, [opened, fileFailed]);

  if (!source) {
    return (
      <div class="pl-player pl-player-unavailable" role="note">
        <Icon name="alert" size={20} />
        {t('video.unavailable')}
      </div>
    );
  }

  const seek = (seconds: number) => {
    setNow(seconds);
    if (!opened) {
      autoplay.current = true;
      setStart(seconds);
      setOpened(true);
    } else if (source.kind === 'file' && media.current) {
      media.current.currentTime = seconds;
      media.current.play()?.catch(() => {});
    } else {
      setStart(seconds);
      setReload((n) => n + 1);
    }
  };

  const onTimeUpdate = () => {
    const element = media.current;
    if (!element) return;
    setNow(element.currentTime);
    if (!element.duration || !Number.isFinite(element.duration)) return;
    const percent = (element.currentTime / element.duration) * 100;
    for (const quarter of QUARTERS) {
      if ((percent >= quarter || (quarter === 100 && element.ended)) && !reported.current.has(quarter)) {
        reported.current.add(quarter);
        rt.emit('video:progress', { id: article.id, percent: quarter });
      }
    }
  };

  const poster = video.poster && safeUrl(video.poster) ? video.poster : undefined;
  const chapters = Array.isArray(video.chapters) ? video.chapters : [];
  const transcript = Array.isArray(video.transcript) ? video.transcript : [];
  const needle = fold(filter.trim());
  const lines = transcript
    .map((line, index) => ({ ...line, index, ranges: matchRanges(line.text, needle) }))
    .filter((line) => line.ranges !== undefined);
  const current = (list: { at: number }[]) => {
    let index = -1;
    list.forEach((item, i) => {
      if (item.at <= now + 0.25) index = i;
    });
    return index;
  };
  const currentChapter = current(chapters);
  const currentLine = current(transcript);

  const onMetadata = () => {
    const length = media.current?.duration;
    if (length && Number.isFinite(length)) onDuration?.(length);
  };

  // Opening the transcript brings it into view (it sits below the chapters, often under the fold).
  const showTranscript = () => {
    const details = transcriptRef.current;
    if (!details?.open || !toggledByUser.current) return;
    toggledByUser.current = false;
    const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
    details.scrollIntoView({ block: 'nearest', behavior: calm ? 'auto' : 'smooth' });
  };
  const openTranscript = transcript.length
    ? () => {
        const details = transcriptRef.current;
        if (!details) return;
        toggledByUser.current = true;
        if (details.open) showTranscript();
        else details.open = true;
        details.querySelector('summary')?.focus({ preventScroll: true });
      }
    : undefined;

  return (
    <div class="pl-player">
      <div class="pl-player-frame">
        {!opened ? (
          <button
            type="button"
            class="pl-player-poster"
            onClick={() => {
              autoplay.current = true;
              setOpened(true);
            }}
          >
            {poster && <img src={poster} alt="" />}
            <span class="pl-player-play" aria-hidden="true">
              <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M8 5.5v13l11-6.5z" fill="currentColor" />
              </svg>
            </span>
            <span class="pl-player-caption">
              {t('video.play')}{' '}
              {start || video.duration ? (
                <span class="pl-player-duration">{formatTime(start || video.duration || 0)}</span>
              ) : null}
            </span>
          </button>
        ) : source.kind === 'embed' ? (
          <VideoFrame
            key={reload}
            source={source}
            start={start}
            title={article.title}
            t={t}
            onTranscript={openTranscript}
            onDuration={onDuration}
          />
        ) : fileFailed ? (
          <VideoFallback
            t={t}
            onTranscript={openTranscript}
            onRetry={() => {
              autoplay.current = true;
              setFileFailed(false);
            }}
          />
        ) : (
          // biome-ignore lint/a11y/useMediaCaption: the feed carries a transcript (shown below), not caption tracks
          <video
            ref={media}
            src={source.src}
            poster={poster}
            controls
            playsInline
            preload="metadata"
            aria-label={article.title}
            onTimeUpdate={onTimeUpdate}
            onEnded={onTimeUpdate}
            onLoadedMetadata={onMetadata}
            onDurationChange={onMetadata}
            onError={() => setFileFailed(true)}
          />
        )}
      </div>

      {chapters.length > 0 && (
        <section class="pl-chapters" aria-labelledby={`pl-chapters-${article.id}`}>
          <h4 class="pl-subtitle" id={`pl-chapters-${article.id}`}>
            {t('video.chapters')}
          </h4>
          <ol class="pl-list">
            {chapters.map((chapter, i) => (
              <li key={`${chapter.at}-${i}`}>
                <button
                  type="button"
                  class="pl-row pl-chapter"
                  title={t('video.jumpTo', { time: formatTime(chapter.at), title: chapter.title })}
                  aria-current={opened && i === currentChapter ? 'true' : undefined}
                  onClick={() => seek(chapter.at)}
                >
                  <span class="pl-time">{formatTime(chapter.at)}</span>{' '}
                  <span class="pl-row-text" dir="auto">
                    {chapter.title}
                  </span>
                  <Icon name="play" size={16} class="pl-chapter-icon" />
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}

      {transcript.length > 0 && (
        <details class="pl-transcript" open={at !== undefined} ref={transcriptRef} onToggle={showTranscript}>
          <summary
            onClick={() => {
              toggledByUser.current = true;
            }}
          >
            <Icon name="transcript" size={16} />
            {t('video.transcript')}
          </summary>
          <div class="pl-search pl-search-small">
            <span class="pl-search-icon">
              <Icon name="search" size={16} />
            </span>
            <input
              type="search"
              aria-label={t('video.searchTranscript')}
              placeholder={t('video.searchTranscript')}
              value={filter}
              onInput={(event) => setFilter(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && event.currentTarget.value) {
                  event.preventDefault();
                  event.stopPropagation();
                  setFilter('');
                }
              }}
            />
          </div>
          {lines.length > 0 && (
            <ol class="pl-list pl-transcript-lines">
              {lines.map((line) => (
                <li key={line.index}>
                  <button
                    type="button"
                    class="pl-row pl-transcript-line"
                    aria-current={opened && line.index === currentLine ? 'true' : undefined}
                    onClick={() => seek(line.at)}
                  >
                    <span class="pl-time">{formatTime(line.at)}</span>{' '}
                    <span class="pl-row-text" dir="auto">
                      <Highlighted text={line.text} ranges={line.ranges} />
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </details>
      )}
    </div>
  );
}
