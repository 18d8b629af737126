/**
 * Checklists: for now the `checklist` item kind only (content with checklists validates and loads;
 * `after: 'checklist:ID'` rules are accepted). The renderer, its panel view and
 * `completeChecklistItem` will plug in here.
 */
import type { GuidePlugin } from '../guides';
import { checklistKind } from './kinds';

export { checklistKind } from './kinds';

/** The checklists capability, plugged into guides: `guides(tips, checklists)`. */
export const checklists: GuidePlugin = { kinds: [checklistKind] };
