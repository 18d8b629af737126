/**
 * Micro-surveys: NPS (0–10) and CSAT (1–5 or thumbs), each with an optional comment, as the `survey`
 * item kind of guides (./kinds.ts). The targeting engine shows them — one blocking thing at a time (never
 * over the open panel, a tour or a modal announcement), at most one per user in
 * `surveys.minDaysBetween` days, never again once dismissed — and `showSurvey(id)` shows one from code.
 * Answers are events (`survey:show`, `survey:answer`, `survey:dismiss`). All of it is the lazy `surveys`
 * chunk; the main bundle carries only ./lazy.ts.
 */
import { h } from 'preact';
import type { Runtime } from '../core/context';
import type { GuidePlugin, GuideRenderer, Guides } from '../guides';
import { createSurveysController } from './controller';
import { surveyKind, type ValidSurvey } from './kinds';
import { SurveysLayer } from './SurveysLayer';
import { surveysCss } from './styles';

export type { ShownSurvey, SurveysController } from './controller';
export { createSurveysController, DEFAULT_DAYS_BETWEEN, LAST_SHOWN_KEY } from './controller';
export type { ValidSurvey } from './kinds';
export { joinRule, MOMENT_EVENTS, surveyKind } from './kinds';
export { surveysCss } from './styles';

function renderers(rt: Runtime, guides: Guides): GuideRenderer[] {
  rt.onDestroy(rt.addStyles(surveysCss));
  const ctl = createSurveysController(rt, guides);
  // One layer function per instance (it carries this instance's controller).
  rt.addLayer(() => h(SurveysLayer, { rt, ctl }));

  guides.provide({
    showSurvey: (id) =>
      guides.whenLoaded(() => {
        const survey = guides.showFromCode('surveys', id);
        if (survey) ctl.show(survey, 'code');
      }),
  });

  const renderer: GuideRenderer<ValidSurvey> = {
    kind: surveyKind.kind,
    show: (survey) => ctl.show(survey, survey.moment ?? 'rule'),
    hide: (id) => ctl.hide(id),
    refresh: () => ctl.refresh(),
    wait: () => ctl.wait(),
  };
  return [renderer];
}

/**
 * The surveys capability, plugged into guides from the lazy `surveys` chunk.
 * @example
 * help.addContent({ version: 1, surveys: [{ id: 'tour-csat', type: 'csat', trigger: 'tour', after: 'tour:welcome' }] });
 * help.on('survey:answer', ({ surveyId, score, comment }) => save(surveyId, score, comment));
 * help.showSurvey('nps-q4');
 */
export const surveys: GuidePlugin = { kinds: [surveyKind], renderers };
