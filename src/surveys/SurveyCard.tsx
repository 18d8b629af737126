import { useEffect, useRef, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { MessageVars } from '../i18n';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import type { ShownSurvey, SurveysController } from './controller';
import { useText } from './text';

const QUESTION_ID = 'pl-survey-question';
const COMMENT_ID = 'pl-survey-comment';
/** What a comment may hold: enough for a reason, bounded for the event pipeline. */
const MAX_COMMENT = 1000;

type Say = (key: string, vars?: MessageVars) => string;

interface Step {
  score: number;
  /** The visible face: a number, or a thumb. */
  face: string | 'up' | 'down';
  /** The accessible name: "0 — Not at all likely", "5", "Satisfied". */
  name: string;
}

/** The steps of the survey's scale, in reading order (the row mirrors itself right to left). */
function steps(shown: ShownSurvey, t: Say, locale: string): Step[] {
  const { survey } = shown;
  if (survey.type === 'csat' && survey.scale === 'thumbs')
    return [
      { score: 1, face: 'down', name: t('survey.thumbsDown') },
      { score: 5, face: 'up', name: t('survey.thumbsUp') },
    ];
  const [from, to, low, high] =
    survey.type === 'nps'
      ? [0, 10, t('survey.npsLow'), t('survey.npsHigh')]
      : [1, 5, t('survey.csatLow'), t('survey.csatHigh')];
  let format: (n: number) => string;
  try {
    format = new Intl.NumberFormat(locale).format;
  } catch {
    format = String;
  }
  const list: Step[] = [];
  for (let score = from; score <= to; score++) {
    const face = format(score);
    const end = score === from ? low : score === to ? high : undefined;
    list.push({ score, face, name: end ? t('survey.scoreName', { score: face, label: end }) : face });
  }
  return list;
}

/** The question as the survey says it, or the localized default. */
function question(shown: ShownSurvey, t: Say) {
  const { survey } = shown;
  if (survey.question) return survey.question;
  if (survey.type === 'csat') return t('survey.csatQuestion');
  return survey.product ? t('survey.npsQuestion', { product: survey.product }) : t('survey.npsQuestionUs');
}

/**
 * The scale as a radio group (WAI-ARIA APG radio group): one tab stop, arrow keys move the choice (and
 * follow the reading direction: right to left in Arabic), Home and End jump to the ends, Space and clicks
 * choose. Each step is named with its label at the ends: "0 — Not at all likely", …, "10 — Extremely likely".
 */
function Scale({
  ctl,
  shown,
  list,
  rtl,
}: {
  ctl: SurveysController;
  shown: ShownSurvey;
  list: Step[];
  rtl: boolean;
}) {
  const group = useRef<HTMLDivElement>(null);
  const at = list.findIndex((step) => step.score === shown.score);
  const choose = (index: number) => {
    const step = list[Math.max(0, Math.min(list.length - 1, index))]!;
    ctl.pick(step.score);
    group.current?.querySelectorAll<HTMLElement>('[role="radio"]')[list.indexOf(step)]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // From the focused step (the checked one, or the first while none is).
    const radios = [...(group.current?.querySelectorAll('[role="radio"]') ?? [])];
    const focused = radios.indexOf(event.target as Element);
    const here = focused === -1 ? Math.max(at, 0) : focused;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number | undefined;
    if (event.key === forward || event.key === 'ArrowDown') next = here + 1;
    else if (event.key === back || event.key === 'ArrowUp') next = here - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  };
  const thumbs = list.length === 2;
  return (
    <div
      ref={group}
      class="pl-survey-scale"
      role="radiogroup"
      aria-labelledby={QUESTION_ID}
      data-steps={list.length}
      onKeyDown={onKeyDown}
    >
      {list.map((step, index) => {
        const checked = step.score === shown.score;
        return (
          <button
            key={step.score}
            type="button"
            role="radio"
            class="pl-survey-step"
            aria-checked={checked}
            aria-label={step.name === step.face ? undefined : step.name}
            tabIndex={checked || (at === -1 && index === 0) ? 0 : -1}
            onClick={() => choose(index)}
          >
            {thumbs ? <Icon name={step.face === 'up' ? 'thumbUp' : 'thumbDown'} size={22} /> : step.face}
          </button>
        );
      })}
    </div>
  );
}

/**
 * The survey card beside the launcher: non-modal (`role="region"` named by its question), never takes focus
 * by itself; Escape or the close button closes it (a picked score is sent). After the score: an optional
 * comment and Send; then a thank-you that goes by itself.
 */
export function SurveyCard({ rt, ctl, shown }: { rt: Runtime; ctl: SurveysController; shown: ShownSurvey }) {
  const t = useText(rt);
  const translator = useStore(rt.$t);
  const [comment, setComment] = useState('');
  const thanksRef = useRef<HTMLDivElement>(null);
  const list = steps(shown, t, translator.locale);
  const ends = list.length > 2 ? [list[0]!, list[list.length - 1]!] : undefined;
  const asksComment = shown.survey.comment !== false;
  const picked = shown.score !== undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    ctl.close();
  };
  // Focus in the card when it thanks (the Send button is gone) stays in the card, on the thanks.
  useEffect(() => {
    if (shown.stage === 'thanks' && thanksRef.current && rt.shadow.activeElement === null)
      thanksRef.current.focus({ preventScroll: true });
  }, [shown.stage, rt]);
  const low = ends && t(shown.survey.type === 'nps' ? 'survey.npsLow' : 'survey.csatLow');
  const high = ends && t(shown.survey.type === 'nps' ? 'survey.npsHigh' : 'survey.csatHigh');
  return (
    <div
      class="pl-survey"
      role="region"
      aria-labelledby={QUESTION_ID}
      data-type={shown.survey.type}
      data-stage={shown.stage}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class="pl-icon-button pl-survey-close"
        aria-label={t('survey.close')}
        onClick={() => ctl.close()}
      >
        <Icon name="close" size={16} />
      </button>
      {shown.stage === 'thanks' ? (
        <div class="pl-survey-thanks" ref={thanksRef} tabIndex={-1}>
          <span class="pl-survey-medal" aria-hidden="true">
            <Icon name="check" size={20} />
          </span>
          <span>
            <strong id={QUESTION_ID} class="pl-survey-title">
              {t('survey.thanks')}
            </strong>
            <span class="pl-survey-sub">{t('survey.thanksText')}</span>
          </span>
        </div>
      ) : (
        <>
          <p class="pl-survey-question" id={QUESTION_ID} dir="auto">
            {question(shown, t)}
          </p>
          <Scale ctl={ctl} shown={shown} list={list} rtl={translator.dir === 'rtl'} />
          {ends && (
            <div class="pl-survey-ends" aria-hidden="true">
              <span>{low}</span>
              <span>{high}</span>
            </div>
          )}
          {picked && (
            <form
              class="pl-survey-form"
              onSubmit={(event) => {
                event.preventDefault();
                ctl.send(asksComment ? comment : undefined);
              }}
            >
              {asksComment && (
                <>
                  <label class="pl-survey-label" for={COMMENT_ID}>
                    {t('survey.commentLabel')}
                  </label>
                  <textarea
                    id={COMMENT_ID}
                    class="pl-survey-comment"
                    rows={2}
                    maxLength={MAX_COMMENT}
                    value={comment}
                    dir="auto"
                    onInput={(event) => setComment(event.currentTarget.value)}
                  />
                </>
              )}
              <div class="pl-survey-actions">
                <button type="submit" class="pl-button">
                  {t('survey.send')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </div>
  );
}
