import { Component } from 'preact';
import { markdownNodes, VideoFrame, videoSource } from '../content/index';
import type { Translator } from '../i18n';
import type { GuideButton, TourStep } from '../types';
import type { PlayerActions, StepView } from './player-types';

/**
 * Two icons drawn here rather than through ui/icons: importing that module (and preact's hooks with it)
 * into this lazy file would split the shared file the panel loads it from, and cost the panel bytes.
 */
const icon = (d: string, size: number) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d={d} />
  </svg>
);

export interface CardIds {
  title: string;
  body: string;
}

/** A step's image, or its video: nothing loads from a video host until the user presses play. */
class Media extends Component<{ step: TourStep; t: Translator }, { playing: boolean }> {
  override state = { playing: false };
  override render() {
    const { step, t } = this.props;
    const { video } = step;
    if (!video)
      return step.image ? <img class="pl-tour-media" src={step.image} alt={step.imageAlt ?? ''} /> : null;
    const source = videoSource(video);
    if (!source) return null;
    if (!this.state.playing) {
      const poster = video.poster ?? step.image;
      return (
        <button
          type="button"
          class="pl-tour-media pl-tour-video"
          onClick={() => this.setState({ playing: true })}
        >
          {poster && <img src={poster} alt="" />}
          <span class="pl-tour-play">
            {icon('M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM10 8l6 4-6 4z', 44)}
          </span>
          <span class="pl-tour-sr">{t.t('video.play')}</span>
        </button>
      );
    }
    if (source.kind === 'file')
      return (
        // biome-ignore lint/a11y/useMediaCaption: captions come with the author's file; we cannot invent them
        <video class="pl-tour-media pl-tour-video" src={source.src} controls autoPlay playsInline />
      );
    return (
      <VideoFrame class="pl-tour-media pl-tour-video" source={source} title={step.title ?? ''} t={t.t} />
    );
  }
}

function Extra({ button, actions }: { button: GuideButton; actions: PlayerActions }) {
  const onClick = () => actions.button(button);
  if (button.action === 'url' && button.value)
    return (
      <a class="pl-tour-button" data-secondary="" href={button.value} onClick={onClick}>
        {button.label}
      </a>
    );
  return (
    <button type="button" class="pl-tour-button" data-secondary="" onClick={onClick}>
      {button.label}
    </button>
  );
}

/**
 * What the card of one step shows: media, title, body (Markdown drawn as DOM nodes, never as HTML),
 * "2 of 5", Back and Next (Done on the last step) from the message catalogs, and a close button.
 */
export function TourCard({
  view,
  t,
  actions,
  ids,
}: {
  view: StepView;
  t: Translator;
  actions: PlayerActions;
  ids: CardIds;
}) {
  const { step, index, count } = view;
  const nodes = step.body ? markdownNodes(step.body, { breaks: true }) : undefined;
  return (
    <>
      <button
        type="button"
        class={step.image || step.video ? 'pl-tour-close pl-tour-close-over' : 'pl-tour-close'}
        aria-label={t.t('tour.close')}
        onClick={() => actions.close('close')}
      >
        {icon('M18 6 6 18M6 6l12 12', 18)}
      </button>
      <Media key={`${view.tour.id}:${index}`} step={step} t={t} />
      {step.title && (
        // `dir="auto"`: the author's language decides, not the widget's (English steps in an Arabic UI).
        <h2 id={ids.title} class="pl-tour-title" dir="auto">
          {step.title}
        </h2>
      )}
      {nodes && (
        <div id={ids.body} class="pl-tour-body" dir="auto">
          {nodes}
        </div>
      )}
      <div class="pl-tour-footer">
        {count > 1 && (
          <span class="pl-tour-progress">{t.t('tour.progress', { current: index + 1, total: count })}</span>
        )}
        <div class="pl-tour-buttons">
          {step.buttons?.map((button, i) => (
            <Extra key={i} button={button} actions={actions} />
          ))}
          {view.canBack && (
            <button type="button" class="pl-tour-button" data-secondary="" onClick={actions.back}>
              {t.t('tour.prev')}
            </button>
          )}
          {view.next && (
            <button type="button" class="pl-tour-button" data-primary="" onClick={actions.next}>
              {t.t(view.next === 'done' ? 'tour.done' : 'tour.next')}
            </button>
          )}
        </div>
      </div>
    </>
  );
}
