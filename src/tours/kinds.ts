/**
 * The `tour` item kind: how the targeting engine schedules tours (blocking, after announcements) and
 * how one tour and its steps are checked, each problem under its JSON path (`tours[0].steps[2].page`).
 */
import { defined, isObject, isOneOf, type Json } from '../core/validate';
import type { ItemCheck, ItemKindSpec } from '../guides';
import type { Tour, TourAdvance, TourStep } from '../types';

declare module '../guides/types' {
  interface GuideItems {
    tours: Tour;
  }
}

const TOUR_FIELDS = ['id', 'title', 'steps', 'trigger', 'priority', 'revision'];
const STEP_FIELDS = [
  'id',
  'target',
  'title',
  'body',
  'image',
  'imageAlt',
  'video',
  'page',
  'url',
  'placement',
  'advanceOn',
  'when',
  'ifMissing',
  'waitMs',
  'buttons',
];
const IF_MISSING: readonly NonNullable<TourStep['ifMissing']>[] = ['skip', 'center', 'end'];
const ADVANCE = ['next', 'click', 'route'] as const;
/** A wait longer than this is a typo (seconds given as ms): no step should hang a tour for minutes. */
const MAX_WAIT_MS = 60_000;

const isAdvance = (value: unknown): value is TourAdvance =>
  isOneOf(ADVANCE, value) ||
  (isObject(value) && typeof value.event === 'string' && value.event.trim() !== '');

const isWait = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_WAIT_MS;

function validateStep(raw: unknown, key: string, check: ItemCheck, ids: Set<string>): TourStep | undefined {
  if (!isObject(raw)) {
    check.fail(key, `expected a step object${check.got(raw)}`);
    return undefined;
  }
  const step = check.child(raw, key);
  const id = step.text('id');
  if (id !== undefined && ids.has(id)) step.fail('id', `"${id}" is used twice`);
  else if (id !== undefined) ids.add(id);
  const target = step.item.target === undefined ? undefined : step.target('target');
  const title = step.text('title');
  const body = step.text('body');
  if (!title?.trim() && !body?.trim()) step.fail('', 'needs a title or a body');
  const image = step.url('image');
  const imageAlt = step.text('imageAlt');
  const video = step.video('video');
  // A step on a page nobody can match would stop the tour there for good: the tour waits for a fix.
  const page = step.urlPatterns('page');
  const url = step.url('url');
  const placement = step.placement();
  const advanceOn = step.optional(
    'advanceOn',
    isAdvance,
    "'next', 'click', 'route' or { event }",
    'using next',
  );
  const when = step.rule('when');
  const ifMissing = step.oneOf('ifMissing', IF_MISSING);
  const waitMs = step.optional('waitMs', isWait, `ms from 0 to ${MAX_WAIT_MS}`, 'using 3000');
  const buttons = step.buttons(2);
  step.known(STEP_FIELDS);
  const fields = {
    id,
    target,
    title,
    body,
    image,
    imageAlt,
    video,
    page,
    url,
    placement,
    advanceOn,
    when,
    ifMissing,
    waitMs,
    buttons,
  };
  return { ...step.item, ...defined(fields) };
}

const isRevision = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));

function validateTour(item: Json, check: ItemCheck): Tour | undefined {
  const title = check.text('title');
  const steps: TourStep[] = [];
  if (!Array.isArray(item.steps) || item.steps.length === 0)
    check.fail('steps', `expected a non-empty list of steps${check.got(item.steps)}`);
  else {
    const ids = new Set<string>();
    item.steps.forEach((raw, i) => {
      const step = validateStep(raw, `steps[${i}]`, check, ids);
      if (step) steps.push(step);
    });
  }
  const trigger = check.trigger();
  const priority = check.priority();
  const revision = check.optional('revision', isRevision, 'a string or a number');
  check.known(TOUR_FIELDS);
  // A tour with a broken step would number its steps wrongly and skip what the author wrote: left out.
  if (steps.length === 0 || steps.length !== (item.steps as unknown[]).length) return undefined;
  return { ...item, ...defined({ title, trigger, priority, revision }), id: check.id, steps };
}

export const tourKind: ItemKindSpec<'tours'> = {
  kind: 'tour',
  contentKey: 'tours',
  order: 1,
  blocking: true,
  validate: validateTour,
};
