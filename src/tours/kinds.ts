/**
 * The `tour` item kind. Tours are not drawn yet: the spec lets content files with tours load as a
 * whole (checked for their shape, kept for `after: 'tour:ID'`); the tours capability will add its
 * renderer here.
 */

import { safeUrl } from '../content/index';
import { defined, isObject, type Json } from '../core/validate';
import type { ItemCheck, ItemKindSpec } from '../guides';
import type { Tour, TourStep } from '../types';

declare module '../guides/types' {
  interface GuideItems {
    tours: Tour;
  }
}

function validateStep(raw: unknown, key: string, check: ItemCheck): TourStep | undefined {
  if (!isObject(raw)) {
    check.fail(key, `expected a step object${check.got(raw)}`);
    return undefined;
  }
  const step = check.child(raw, key);
  const target = step.item.target === undefined ? undefined : step.target('target');
  const title = step.text('title');
  const body = step.text('body');
  const url = step.item.url;
  if (url !== undefined && !safeUrl(url)) step.fail('url', 'expected a relative or http(s) URL');
  const placement = step.placement();
  return {
    ...step.item,
    ...defined({ target, title, body, url: safeUrl(url) ? url : undefined, placement }),
  };
}

function validateTour(item: Json, check: ItemCheck): Tour | undefined {
  const title = check.text('title');
  const steps: TourStep[] = [];
  if (!Array.isArray(item.steps) || item.steps.length === 0)
    check.fail('steps', `expected a non-empty list of steps${check.got(item.steps)}`);
  else
    item.steps.forEach((raw, i) => {
      const step = validateStep(raw, `steps[${i}]`, check);
      if (step) steps.push(step);
    });
  const trigger = check.trigger();
  const priority = check.priority();
  if (steps.length === 0) return undefined;
  return { ...item, ...defined({ title, trigger, priority }), id: check.id, steps };
}

export const tourKind: ItemKindSpec<'tours'> = {
  kind: 'tour',
  contentKey: 'tours',
  order: 1,
  blocking: true,
  validate: validateTour,
};
