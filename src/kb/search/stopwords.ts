import { fold } from './fold';
import { cyrillic } from './stem';

/**
 * Function words of the languages Pathlight ships catalogs for, spelled with their marks. A query drops
 * them (unless it has nothing else), so "how do I make the text bigger" ranks and highlights by "make text
 * bigger". Words that carry meaning in help questions stay out on purpose: not, no, off, on, out, up, in
 * ("log out", "no sound", "zoom in"), and their equivalents.
 */
const WORDS =
  // en
  'a an the and or of to for with by from at as is are be been am was were do does did how what why where ' +
  'when which who whom can could should would will shall may might must i me my mine we our you your it its ' +
  'this that these those there here if so than then into about any some please ' +
  // de
  'der die das den dem des ein eine einen einem einer eines und oder ist sind war wie was wo warum wann ich ' +
  'mein meine meinen mich mir du dein kann können zu mit von für auf im am es sich man bitte ' +
  // pl
  'i w we z ze na do się jak co czy to jest są mój moja moje mi mnie o od po dla że aby by ' +
  // lt
  'ir į iš su kaip kas ar kad mano man yra prie ant per kodėl kur ' +
  // ro
  'și şi la de cu pe din un o ce cum este sunt al ale a eu meu mea pentru să se ' +
  // No Vietnamese: folded, its function syllables are content words too (thì/thị → thi, của/cửa → cua).
  // es, fr, pt
  'el los las del y en una que como para por mi le les des du et ou une comment pour mon je est os as ' +
  'da um uma meu minha';

// Russian and Ukrainian, written as stem.ts writes Cyrillic (one ASCII character per letter).
const CYRILLIC_WORDS =
  'H B BN M@ Q QN J JN ON HG S N NA NR DK_ J@J WRN ]RN _ LNI LN_ LNE LME LEM_ KH FE A[ @ MN HKH WRNA[ CDE ONWELS JNCD@ L[ B[ R[ EQR\\ f I R@ B S M@ G fG Gf DN ON BfD DK_ _J YN VE _ LfI LN_ LNd LEMf LEME WH @ @KE @AN DE WNLS JNKH LH BH RH';

const LISTED = new Set(`${WORDS} ${cyrillic(CYRILLIC_WORDS)}`.split(' '));

/** The stopwords folded as the index folds words (for keywords, which the index keeps folded). */
export const STOPWORDS: ReadonlySet<string> = new Set([...LISTED].map(fold));

/**
 * Whether a word as typed is a stopword: as listed, marks and all, or typed without marks ("sie" for "się").
 * A word typed with marks that only its folded form shares is not ("đơ" folds to the English "do").
 */
export const isStopword = (written: string): boolean => {
  const lower = written.toLowerCase().normalize('NFC');
  const folded = fold(lower);
  return LISTED.has(lower) || (lower === folded && STOPWORDS.has(folded));
};
