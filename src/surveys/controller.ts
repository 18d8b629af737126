import { atom, type ReadableAtom } from 'nanostores';
import type { Runtime } from '../core/context';
import type { Guides } from '../guides';
import type { Held } from '../targeting';
import type { PathlightEvents, SurveyMoment, SurveyTrigger } from '../types';
import { createAnnouncer } from '../ui/announcer';
import { deepActiveElement } from '../ui/host';
import { MOMENT_EVENTS, surveyKind, type ValidSurvey } from './kinds';

/** The survey on screen (one at a time). */
export interface ShownSurvey {
  survey: ValidSurvey;
  /** What showed it, for the events. */
  via: SurveyTrigger;
  /** `ask` until the user sends an answer, then `thanks`. */
  stage: 'ask' | 'thanks';
  /** The score picked so far. */
  score?: number;
}

export interface SurveysController {
  readonly $shown: ReadableAtom<ShownSurvey | undefined>;
  /** The card steps aside while the panel is open (it comes back when the panel closes). */
  readonly $panelOpen: ReadableAtom<boolean>;
  /** What the polite live region says. */
  readonly $status: ReadableAtom<string>;
  show(survey: ValidSurvey, via: SurveyTrigger): void;
  /** Taken down without a user decision (content changed, targeting). */
  hide(id: string): void;
  pick(score: number): void;
  /** Send the picked score, with the comment when there is one. */
  send(comment?: string): void;
  /** The close button or Escape: a picked score is sent as it is; without one the survey is dismissed. */
  close(): void;
  refresh(): void;
  /** Why a survey may not show by itself now (the per-user cap), and when it may. */
  wait(): Held | undefined;
}

/** Per-user key (so `identify` carries it over and `reset` forgets it): when the last survey showed (ms). */
export const LAST_SHOWN_KEY = 'surveys.last';
const DAY_MS = 86_400_000;
/** The default per-user cap across all surveys, in days. */
export const DEFAULT_DAYS_BETWEEN = 30;
/** How long the thank-you stays before the card goes by itself. */
const THANKS_MS = 4000;

/** Pathlight's own events that are a survey's moments. */
const MOMENT_SOURCES: ReadonlyArray<[keyof PathlightEvents, SurveyMoment]> = [
  ['article:view', 'article'],
  ['handoff', 'handoff'],
  ['checklist:complete', 'checklist'],
  ['tour:complete', 'tour'],
];

/** `config.surveys.minDaysBetween`, or the default where it is missing or not a usable number. */
export function daysBetween(rt: Runtime): number {
  const days = rt.config.surveys?.minDaysBetween;
  return typeof days === 'number' && Number.isFinite(days) && days >= 0 ? days : DEFAULT_DAYS_BETWEEN;
}

/**
 * Surveys for one runtime: what is on screen, what each answer emits, the per-user cap, and the moments
 * (a tour completed, an article read) signalled to the targeting engine as `event` names.
 */
export function createSurveysController(rt: Runtime, guides: Guides): SurveysController {
  const $shown = atom<ShownSurvey | undefined>(undefined);
  const $panelOpen = atom(guides.panelOpen());
  const { $status, say } = createAnnouncer(rt);
  let thanksTimer: ReturnType<typeof setTimeout> | undefined;

  const payload = ({ survey, via }: ShownSurvey) => ({
    surveyId: survey.id,
    type: survey.type,
    trigger: via,
  });

  /** Takes the card down; focus inside it goes to the launcher rather than into the void. */
  const remove = () => {
    if (thanksTimer) clearTimeout(thanksTimer);
    thanksTimer = undefined;
    // An answered survey leaves the engine with its thank-you: nothing else takes its corner before.
    const shown = $shown.get();
    if (shown?.stage === 'thanks') guides.closed(surveyKind.kind, shown.survey.id, 'complete');
    const card = rt.shadow.querySelector('.pl-survey');
    const active = deepActiveElement();
    const hadFocus = !!card && !!active && card.contains(active);
    $shown.set(undefined);
    if (hadFocus) rt.shadow.querySelector<HTMLElement>('.pl-launcher')?.focus({ preventScroll: true });
  };

  const answer = (shown: ShownSurvey, comment: string | undefined) => {
    if (shown.score === undefined) return;
    const text = comment?.trim();
    rt.emit('survey:answer', { ...payload(shown), score: shown.score, ...(text ? { comment: text } : {}) });
  };

  for (const [event, moment] of MOMENT_SOURCES)
    rt.onDestroy(rt.on(event, () => guides.signal(MOMENT_EVENTS[moment])));
  rt.onDestroy(rt.on('open', () => $panelOpen.set(true)));
  rt.onDestroy(rt.on('close', () => $panelOpen.set(false)));

  const controller: SurveysController = {
    $shown,
    $panelOpen,
    $status,

    show(survey, via) {
      const current = $shown.get();
      if (current?.survey.id === survey.id && current.stage === 'ask') return;
      if (current) {
        remove();
        if (current.stage === 'ask') guides.closed(surveyKind.kind, current.survey.id, 'hide');
      }
      const shown: ShownSurvey = { survey, via, stage: 'ask' };
      $shown.set(shown);
      rt.user.set(LAST_SHOWN_KEY, Date.now());
      rt.emit('survey:show', payload(shown));
      say(rt.$t.get().t('survey.announce'));
    },

    hide(id) {
      if ($shown.get()?.survey.id === id) remove();
    },

    pick(score) {
      const shown = $shown.get();
      if (shown?.stage === 'ask') $shown.set({ ...shown, score });
    },

    send(comment) {
      const shown = $shown.get();
      if (shown?.stage !== 'ask' || shown.score === undefined) return;
      answer(shown, comment);
      $shown.set({ ...shown, stage: 'thanks' });
      say(rt.$t.get().t('survey.thanks'));
      thanksTimer = setTimeout(remove, THANKS_MS);
    },

    close() {
      const shown = $shown.get();
      if (!shown) return;
      remove();
      if (shown.stage !== 'ask') return;
      if (shown.score !== undefined) {
        answer(shown, undefined);
        guides.closed(surveyKind.kind, shown.survey.id, 'complete');
      } else {
        guides.closed(surveyKind.kind, shown.survey.id, 'dismiss');
        rt.emit('survey:dismiss', payload(shown));
      }
    },

    refresh() {
      const shown = $shown.get();
      if (shown?.stage !== 'ask') return;
      const survey = guides.item('surveys', shown.survey.id);
      if (survey) $shown.set({ ...shown, survey });
      else {
        remove();
        guides.closed(surveyKind.kind, shown.survey.id, 'hide');
      }
    },

    wait() {
      const days = daysBetween(rt);
      const last = rt.user.get<number>(LAST_SHOWN_KEY);
      if (days === 0 || typeof last !== 'number') return undefined;
      const left = last + days * DAY_MS - Date.now();
      if (left <= 0) return undefined;
      const minutes = Math.ceil(left / 60_000);
      return {
        reason: `one survey per ${days} days per user (surveys.minDaysBetween): the next in ${minutes} min`,
        retryInMs: left,
      };
    },
  };

  rt.onDestroy(() => {
    // An answer thanked for is completed (in the user's history) even when the page goes first.
    remove();
  });
  return controller;
}
