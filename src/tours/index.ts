/**
 * Tours: for now the `tour` item kind only (content with tours validates and loads; `after:
 * 'tour:ID'` rules are accepted). The renderer, `startTour` and `endTour` will plug in here.
 */
import type { GuidePlugin } from '../guides';
import { tourKind } from './kinds';

export { tourKind } from './kinds';

/** The tours capability, plugged into guides: `guides(tips, tours)`. */
export const tours: GuidePlugin = { kinds: [tourKind] };
