/**
 * Each event's name in the analytics tools' conventions, from one table of object and action words: Segment's
 * "Object Action" in Title Case (`Help Article Viewed`), PostHog's lowercase "[object] [verb]"
 * (`help article viewed`), GA4's snake_case (`help_article_viewed`).
 */

/** `[object, action]` of each event a tool hears about. */
const WORDS: Record<string, [string, string]> = {
  open: ['Help Panel', 'Opened'],
  close: ['Help Panel', 'Closed'],
  search: ['Help', 'Searched'],
  'article:view': ['Help Article', 'Viewed'],
  'article:feedback': ['Help Article', 'Rated'],
  'video:progress': ['Help Video', 'Progressed'],
  'tour:start': ['Tour', 'Started'],
  'tour:step': ['Tour Step', 'Viewed'],
  'tour:complete': ['Tour', 'Completed'],
  'tour:dismiss': ['Tour', 'Dismissed'],
  'tip:show': ['Tip', 'Shown'],
  'tip:click': ['Tip', 'Clicked'],
  'tip:dismiss': ['Tip', 'Dismissed'],
  'announcement:show': ['Announcement', 'Shown'],
  'announcement:click': ['Announcement', 'Clicked'],
  'announcement:dismiss': ['Announcement', 'Dismissed'],
  'checklist:item': ['Checklist Item', 'Completed'],
  'checklist:complete': ['Checklist', 'Completed'],
  'checklist:dismiss': ['Checklist', 'Dismissed'],
  handoff: ['Human Help', 'Requested'],
  'handoff:deflected': ['Human Help', 'Deflected'],
  'contact:sent': ['Contact Message', 'Sent'],
  'contact:queued': ['Contact Message', 'Queued'],
  'contact:failed': ['Contact Message', 'Failed'],
};

/** Verbs of events added later (`survey:answer`), in the past tense the table uses. */
const PAST: Record<string, string> = {
  show: 'Shown',
  view: 'Viewed',
  click: 'Clicked',
  dismiss: 'Dismissed',
  complete: 'Completed',
  start: 'Started',
  answer: 'Answered',
  submit: 'Submitted',
};

/**
 * The events no tool is sent: `track` and `route` are the host's own (its tool records them already),
 * `ready` fires on every page and `error` is the widget's health, not the visitor's behaviour. The
 * endpoint and `onEvent` receive them all.
 */
export const NOT_FORWARDED = new Set(['track', 'route', 'ready', 'error']);

const title = (word: string) =>
  word
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');

/** `[object, action]` for a Pathlight event name, also one this table does not know (`survey:answer` → Survey Answered). */
export function words(name: string): [string, string] {
  const known = WORDS[name];
  if (known) return known;
  const [object = name, verb = ''] = name.split(':');
  return [title(object), PAST[verb] ?? title(verb)];
}

/** Segment, Mixpanel, Amplitude and Plausible: `Help Article Viewed`. */
export const objectAction = (name: string): string => words(name).join(' ').trim();
/** PostHog: `help article viewed`. */
export const lowerObjectVerb = (name: string): string => objectAction(name).toLowerCase();
/** GA4 event and parameter names: letters, digits and underscores, starting with a letter, at most 40. */
export const snake = (text: string): string =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
