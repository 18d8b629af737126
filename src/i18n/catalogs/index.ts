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
 * Every non-English catalog, keyed by language subtag, for tests and tools that need them all. The widget never
 * imports this module: it loads one catalog per locale, each its own chunk (`locale-pl` … in src/compose.ts).
 * Frozen because one copy may serve several callers.
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
