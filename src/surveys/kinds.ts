/**
 * The `survey` item kind: what an NPS or CSAT survey may say, checked field by field with messages that
 * name the path (`surveys[0].type: …`), and how the targeting engine schedules it. A survey's targeting
 * is its `trigger` (a moment such as `'tour'`, or a rule object as other guide items have) and the rule
 * keys given on the survey itself (`url`, `user`, `after`, `frequency`, …); ./rule.ts joins them into the
 * one rule the engine reads.
 */
import { defined, isOneOf, isText, type Json } from '../core/validate';
import type { ItemCheck, ItemKindSpec } from '../guides';
import type { Survey, SurveyMoment, TargetingRule } from '../types';

/** A survey as validated: its targeting joined into one `trigger` rule, and the moment it follows. */
export interface ValidSurvey extends Omit<Survey, 'trigger'> {
  trigger?: TargetingRule;
  moment?: SurveyMoment;
}

declare module '../guides/types' {
  interface GuideItems {
    surveys: ValidSurvey;
  }
}

export const SURVEY_TYPES: readonly Survey['type'][] = ['nps', 'csat'];
export const MOMENTS: readonly SurveyMoment[] = ['article', 'handoff', 'checklist', 'tour'];
const SCALES: readonly NonNullable<Survey['scale']>[] = ['five', 'thumbs'];

/**
 * The `event` name each moment signals to the targeting engine (see ./controller.ts). Prefixed so a host's
 * own `track('tour:complete')` never stands in for Pathlight's.
 */
export const MOMENT_EVENTS: Record<SurveyMoment, string> = {
  article: 'pathlight:article:view',
  handoff: 'pathlight:handoff',
  checklist: 'pathlight:checklist:complete',
  tour: 'pathlight:tour:complete',
};

/** A survey's own fields; the targeting rule keys (`check.ruleKeys`) may sit beside them. */
const SURVEY_FIELDS = ['id', 'type', 'question', 'product', 'scale', 'comment', 'trigger', 'priority'];

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * One rule from the survey's own rule keys, its `trigger` rule and its moment: every part must hold
 * (frequency and `delayMs` are read at the top, so they go there). Undefined when none is given: the
 * survey shows only through `showSurvey()`.
 */
export function joinRule(
  own: TargetingRule,
  trigger: TargetingRule | undefined,
  moment: SurveyMoment | undefined,
): TargetingRule | undefined {
  const { frequency, delayMs, all, ...conditions } = own;
  const { frequency: triggerFrequency, delayMs: triggerDelay, ...triggerConditions } = trigger ?? {};
  const parts: TargetingRule[] = [...(all ?? [])];
  if (Object.keys(triggerConditions).length > 0) parts.push(triggerConditions);
  if (moment) parts.push({ event: MOMENT_EVENTS[moment] });
  const rule: TargetingRule = defined({
    ...conditions,
    frequency: frequency ?? triggerFrequency,
    delayMs: delayMs ?? triggerDelay,
    all: parts.length > 0 ? parts : undefined,
  });
  const given = trigger !== undefined || moment !== undefined || Object.keys(rule).length > 0;
  return given ? rule : undefined;
}

function validateSurvey(item: Json, check: ItemCheck): ValidSurvey | undefined {
  const ruleKeys = check.ruleKeys;
  check.known([...SURVEY_FIELDS, ...ruleKeys]);
  const type = item.type;
  if (!isOneOf(SURVEY_TYPES, type))
    check.fail('type', `expected one of ${SURVEY_TYPES.join(', ')}${check.got(type)}`);
  const question = check.text('question');
  const product = check.text('product');
  const scale = check.oneOf('scale', SCALES);
  if (scale !== undefined && type === 'nps') {
    check.note('scale', 'only CSAT surveys have a scale (NPS is always 0–10); ignored');
    delete item.scale;
  }
  const comment = check.optional('comment', isBoolean, 'true or false');
  const priority = check.priority();
  let moment: SurveyMoment | undefined;
  let trigger: TargetingRule | undefined;
  const raw = item.trigger;
  if (typeof raw === 'string') {
    if (isOneOf(MOMENTS, raw)) moment = raw;
    // A moment with a typo would never come: the survey waits for a fix, like a bad rule.
    else check.fail('trigger', `expected one of ${MOMENTS.join(', ')} or a targeting rule${check.got(raw)}`);
    // Checked here: the rule check guides runs on a trigger left unchecked must not read the moment as a rule.
    delete item.trigger;
  } else trigger = check.trigger();
  check.conditions(ruleKeys);
  if (!isOneOf(SURVEY_TYPES, type)) return undefined;
  const own: Json = {};
  for (const key of ruleKeys) if (item[key] !== undefined) own[key] = item[key];
  const rule = joinRule(own as TargetingRule, trigger, moment);
  const fields = {
    question: isText(question) ? question : undefined,
    product: isText(product) ? product : undefined,
    scale,
    comment,
    priority,
    trigger: rule,
    moment,
  };
  return { ...item, ...defined(fields), id: check.id, type };
}

export const surveyKind: ItemKindSpec<'surveys'> = {
  kind: 'survey',
  contentKey: 'surveys',
  // After tours and checklists, before tips: a question comes after what the user set out to do.
  order: 2.5,
  // One blocking thing at a time: never over a tour, a modal announcement or the open panel.
  blocking: true,
  // Its card sits beside the launcher, where a checklist reminder sits: it waits for that to go.
  alone: true,
  validate: validateSurvey,
};
