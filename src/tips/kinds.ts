/**
 * The `tip` and `announcement` item kinds: how the targeting engine schedules them and how one item
 * of each is checked, next to the views that draw them.
 */

import { defined, isObject, isText, type Json } from '../core/validate';
import type { ItemCheck, ItemKindSpec } from '../guides';
import type { Announcement, Tip } from '../types';

declare module '../guides/types' {
  interface GuideItems {
    tips: Tip;
    announcements: Announcement;
  }
}

const TIP_FIELDS = [
  'id',
  'target',
  'title',
  'body',
  'image',
  'imageAlt',
  'placement',
  'hotspot',
  'buttons',
  'trigger',
  'priority',
];

const isHotspot = (value: unknown): value is NonNullable<Tip['hotspot']> =>
  typeof value === 'boolean' ||
  (isObject(value) && (value.open === undefined || value.open === 'click' || value.open === 'hover'));

function validateTip(item: Json, check: ItemCheck): Tip | undefined {
  const target = check.target('target');
  const title = check.text('title');
  const body = check.text('body');
  if (!isText(title) && !isText(body)) check.fail('', 'needs a title or a body');
  const image = check.url('image');
  const imageAlt = check.text('imageAlt');
  const placement = check.placement();
  const hotspot = check.optional('hotspot', isHotspot, "true, false or { open: 'click' | 'hover' }");
  const buttons = check.buttons(2);
  const trigger = check.trigger();
  const priority = check.priority();
  check.known(TIP_FIELDS);
  if (target === undefined) return undefined;
  const fields = { title, body, image, imageAlt, placement, hotspot, buttons, trigger, priority };
  return { ...item, ...defined(fields), id: check.id, target };
}

const ANNOUNCEMENT_FIELDS = [
  'id',
  'title',
  'body',
  'image',
  'imageAlt',
  'video',
  'style',
  'buttons',
  'trigger',
  'priority',
];
const STYLES: readonly NonNullable<Announcement['style']>[] = ['modal', 'slide-in'];

function validateAnnouncement(item: Json, check: ItemCheck): Announcement | undefined {
  const title = check.requiredText('title');
  const body = check.text('body');
  const image = check.url('image');
  const imageAlt = check.text('imageAlt');
  const video = check.video('video');
  const style = check.oneOf('style', STYLES);
  const buttons = check.buttons(2);
  const trigger = check.trigger();
  const priority = check.priority();
  check.known(ANNOUNCEMENT_FIELDS);
  if (title === undefined) return undefined;
  const fields = { body, image, imageAlt, video, style, buttons, trigger, priority };
  return { ...item, ...defined(fields), id: check.id, title };
}

export const tipKind: ItemKindSpec<'tips'> = {
  kind: 'tip',
  contentKey: 'tips',
  order: 3,
  blocking: false,
  ambient: true,
  validate: validateTip,
  target: (tip) => tip.target,
};

export const announcementKind: ItemKindSpec<'announcements'> = {
  kind: 'announcement',
  contentKey: 'announcements',
  order: 0,
  blocking: true,
  validate: validateAnnouncement,
  // A slide-in card leaves the page usable: it does not hold tips back.
  isBlocking: (item) => item.style !== 'slide-in',
};
