/**
 * English shown only by tours, which come in the lazy `tours` chunk (its `english` export, added when the
 * chunk loads). The other catalogs translate them like the keys of ./en.ts.
 */
const enTours = {
  'tour.next': 'Next',
  'tour.prev': 'Back',
  'tour.done': 'Done',
  'tour.progress': '{current} of {total}',
  'tour.close': 'Close tour',
} as const;

export default enTours;
