/**
 * `pathlight/validate`: the widget's own checks of knowledge-base feeds and guide content, for Node (no DOM, no
 * browser globals touched at import) — build scripts, CI, editors. The same functions the widget runs on what it
 * loads, so what passes here loads there. `npx pathlight validate` runs them on files.
 * @example
 * import { validateContent, validateFeed } from 'pathlight/validate';
 * const { problems } = validateFeed(JSON.parse(readFileSync('kb.en.json', 'utf8')));
 * // ['articles[3].title: expected a non-empty string']
 */
import { checklistKind } from './checklists/kinds';
import { type ContentValidation, validateContent as validateWith } from './guides/content';
import { surveyKind } from './surveys/kinds';
import { announcementKind, tipKind } from './tips/kinds';
import { tourKind } from './tours/kinds';

export type { ContentValidation, ValidContent } from './guides/content';
export { CONTENT_VERSION } from './guides/content';
export type { FeedValidation } from './kb/validate';
export { FEED_VERSION, validateFeed } from './kb/validate';
export type { Article, Category, KnowledgeBaseFeed, Video } from './types';

/** Every item kind guide content may hold, as the full widget registers them. */
const KINDS = [announcementKind, tourKind, tipKind, checklistKind, surveyKind];

/**
 * Checks guide content (`config.content`, `addContent()`, a guides.json) against every item kind: tours, tips,
 * announcements, checklists and surveys. Items that cannot be used are dropped, each with one problem naming every bad
 * path. Never throws. In Node, CSS selectors are not parsed (there is no DOM to ask): `pathlight check` looks for
 * them on real pages.
 * @example
 * validateContent({ version: 1, tips: [{ id: 'a', target: 7, title: 'Hi' }] }).problems
 * // ['tips[0] ("a") was left out: tips[0].target: expected a selector, an Element or a function, got 7']
 */
export const validateContent = (input: unknown): ContentValidation => validateWith(input, KINDS);
