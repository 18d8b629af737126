/**
 * The `tip` and `announcement` item kinds: how the targeting engine schedules them and how one item
 * of each is checked, next to the views that draw them.
 */

import { safeUrl, VIDEO_PROVIDERS, videoSource } from '../content/index';
import { defined, isObject, isOneOf, isText, type Json } from '../core/validate';
import type { ItemCheck, ItemKindSpec } from '../guides';
import type { Announcement, Tip, Video } from '../types';

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

/** The announcement's video, or undefined (noted and left out) when it cannot play. */
function checkVideo(check: ItemCheck): Video | undefined {
  const video = check.item.video;
  if (video === undefined) return undefined;
  let problem: [string, string] | undefined;
  let valid: Video | undefined;
  const { got } = check;
  if (!isObject(video)) problem = ['video', `expected { provider, src }${got(video)}`];
  else if (!isOneOf(VIDEO_PROVIDERS, video.provider))
    problem = ['video.provider', `expected one of ${VIDEO_PROVIDERS.join(', ')}${got(video.provider)}`];
  else {
    const { provider, src } = video;
    // The player's own rule: the video is kept exactly when it would play.
    if (typeof src !== 'string' || !videoSource(video))
      problem = [
        'video.src',
        `expected ${provider === 'file' ? 'an https, http or relative URL' : `an https ${provider} video URL`}${got(src)}`,
      ];
    else if (video.poster !== undefined && !safeUrl(video.poster))
      problem = ['video.poster', `expected an https, http or relative URL${got(video.poster)}`];
    else valid = { ...video, provider, src };
  }
  if (problem) {
    check.note(problem[0], `${problem[1]}; left out`);
    delete check.item.video;
  }
  return valid;
}

function validateAnnouncement(item: Json, check: ItemCheck): Announcement | undefined {
  const title = check.requiredText('title');
  const body = check.text('body');
  const image = check.url('image');
  const imageAlt = check.text('imageAlt');
  const video = checkVideo(check);
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
