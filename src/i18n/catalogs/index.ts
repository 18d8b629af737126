import ar from './ar';
import de from './de';
import type { Catalog } from './en';
import es from './es';
import fr from './fr';
import lt from './lt';
import pl from './pl';
import pt from './pt';
import ro from './ro';
import ru from './ru';
import uk from './uk';
import vi from './vi';

/**
 * Every non-English catalog, keyed by language subtag. This module is the `locales` lazy chunk
 * (see `core/chunks.ts`): only the entries' loader maps import it, so English-only pages never download it.
 * Frozen because one copy serves every Pathlight instance on the page.
 */
export const catalogs: Readonly<Record<string, Catalog>> = Object.freeze({
  ar,
  de,
  es,
  fr,
  lt,
  pl,
  pt,
  ro,
  ru,
  uk,
  vi,
});
