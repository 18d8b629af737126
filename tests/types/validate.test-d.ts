/**
 * Type tests for `pathlight/validate` (src/validate.ts), checked by `tsc --noEmit -p .`: what the validators take
 * and return.
 */
import {
  type ContentValidation,
  type FeedValidation,
  type KnowledgeBaseFeed,
  validateContent,
  validateFeed,
} from '../../src/validate';

const feed: FeedValidation = validateFeed('{"version":1,"articles":[]}');
const usable: KnowledgeBaseFeed | undefined = feed.feed;
const problems: string[] = [...feed.problems, ...validateContent({ version: 1 }).problems];
const guides: ContentValidation = validateContent(JSON.parse('{}'));
const tipIds: string[] = guides.content.tips.map((tip) => tip.id);
const tourSteps: number = guides.content.tours.reduce((n, tour) => n + tour.steps.length, 0);
// @ts-expect-error validateContent takes the content only: the item kinds are its own
validateContent({ version: 1 }, []);
// @ts-expect-error droppedArticles is a count
const dropped: string = feed.droppedArticles;

export { dropped, problems, tipIds, tourSteps, usable };
