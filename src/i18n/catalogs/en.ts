import type enArticle from './en-article';
import type enAuthor from './en-author';
import type enChat from './en-chat';
import type enChecklists from './en-checklists';
import type enHandoff from './en-handoff';
import type enKb from './en-kb';
import type enMarks from './en-marks';
import type enSearch from './en-search';
import type enSurveys from './en-surveys';
import type enTours from './en-tours';

/**
 * The English catalog: the source of every UI string and of every key the other catalogs
 * must translate. `{name}` is an interpolation; keys ending in `.one`/`.other` (and `.few`,
 * `.many`, `.zero`, `.two` in other languages) are plural forms chosen by `Intl.PluralRules`.
 * Strings only a lazy chunk shows live in ./en-<chunk>.ts instead, and come with their chunk.
 */
const en = {
  'launcher.label': 'Help',
  'launcher.close': 'Close help',
  'panel.title': 'Help',
  'panel.close': 'Close',
  'panel.back': 'Back',
  'panel.greeting': 'How can we help?',
  'home.suggested': 'Suggested for this page',
  'home.categories': 'Browse topics',
  'search.label': 'Search help articles',
  'search.placeholder': 'Search for answers…',
  'search.clear': 'Clear search',
  'search.results.one': '{count} result',
  'search.results.other': '{count} results',
  'search.noResults': 'No articles match “{query}”.',
  'search.noResultsHint': 'Try other words, or ask us directly.',
  'search.loading': 'Loading help articles…',
  'search.popular': 'Popular articles',
  'video.play': 'Play video',
  'video.badge': 'Video',
  'handoff.stillNeedHelp': 'Still need help?',
  'handoff.contact': 'Contact us',
  'handoff.subject': 'Help request: {page}',
  'handoff.summary.searched': 'Searched for: {value}',
  'handoff.summary.noResults': 'No results for: {value}',
  'handoff.summary.read': 'Read: {value}',
  'handoff.summary.watched': 'Watched: {value}',
  'handoff.summary.notHelpful': 'Not helpful: {value}',
  'handoff.summary.tour': 'Tour: {value}',
  'handoff.summary.checklist': 'Checklist: {value}',
  'handoff.summary.page': 'Page: {value}',
  'contact.title': 'Contact us',
  'contact.intro': 'Tell us what you need and we will get back to you.',
  'error.unavailable': 'Help is unavailable right now.',
  'error.unavailableHint': 'Please try again later, or contact us.',
  'error.retry': 'Try again',
  'tip.dismiss': 'Dismiss',
  'tip.close': 'Close tip',
  'tip.hotspot': 'Show tip: {title}',
  'tip.label': 'Tip',
  'tip.announce': 'Tip: {title}',
  'announcement.close': 'Close announcement',
  'announcement.announce': 'Announcement: {title}',
} as const;

/** Every key: this catalog's and those the lazy chunks bring. */
export type MessageKey =
  | keyof typeof en
  | keyof typeof enArticle
  | keyof typeof enAuthor
  | keyof typeof enChat
  | keyof typeof enChecklists
  | keyof typeof enHandoff
  | keyof typeof enKb
  | keyof typeof enMarks
  | keyof typeof enSearch
  | keyof typeof enSurveys
  | keyof typeof enTours;
export type Catalog = Partial<Record<MessageKey, string>> & Record<string, string>;
export default en;
