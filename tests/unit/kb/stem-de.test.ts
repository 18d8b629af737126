// @vitest-environment node
// German: the Snowball stemmer (src/kb/search/stem-de.ts), compound splitting over the index's words
// (src/kb/search/compounds.ts), and pathlight/search passing both for a German feed.
import { describe, expect, it } from 'vitest';
import { compounds } from '../../../src/kb/search/compounds';
import { fold } from '../../../src/kb/search/fold';
import { stemGerman } from '../../../src/kb/search/stem-de';
import { createSearchIndex } from '../../../src/search';
import { article, ids, marked } from './search-helpers';

const stem = (word: string) => stemGerman(fold(word));

describe('stemGerman', () => {
  // Stems as snowballstem.org's German stemmer gives them (its sample vocabulary), umlauts without their dots.
  it.each([
    ['aufeinanderfolgenden', 'aufeinanderfolg'],
    ['aufeinanderfolge', 'aufeinanderfolg'],
    ['kategorien', 'kategori'],
    ['Häuser', 'haus'],
    ['Käufer', 'kauf'],
    ['Einstellungen', 'einstell'],
    ['Ergebnisse', 'ergebnis'],
    ['Freundlichkeit', 'freundlich'],
    ['bauen', 'bau'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['Haus', 'Häuser', 'Hauses'],
    ['Datei', 'Dateien'],
    ['Einstellung', 'Einstellungen'],
    ['Drucker', 'Druckern'],
    ['Rechner', 'Rechnern'],
    ['gelöscht', 'gelöschte', 'gelöschten'],
    ['Bildschirm', 'Bildschirme', 'Bildschirms'],
    // Loanword plurals in -s after a vowel, and abbreviations, which Snowball leaves alone.
    ['Akku', 'Akkus'],
    ['Konto', 'Kontos'],
    ['DVD', 'DVDs'],
  ])('%s and its other forms meet', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('keeps a stem’s own -er (no Snowball step 2): sicher is not sich, ander not and', () => {
    expect(stem('sicheren')).toBe('sicher');
    expect(stem('sicheren')).not.toBe(stem('sich'));
    expect(stem('anderen')).not.toBe(stem('and'));
  });

  it.each([['пароль'], ['mp3'], ['']])('leaves %j to the built-in endings', (word) => {
    expect(stemGerman(word)).toBeUndefined();
  });
});

describe('German compounds', () => {
  const words = ['bildschirm', 'bildschirme', 'lupe', 'sperre', 'sperren', 'bildschirmsperre', 'benutzer'];
  const split = compounds([...words, 'benutzerkontos', 'konto', 'herunterfahren', 'fahren'], (w) => stem(w)!);

  it('splits a word the index holds only in parts, linking -s- and all', () => {
    expect(split.split('bildschirmlupe')).toEqual(['bildschirm', 'lupe']);
    expect(split.split('bildschirmslupe')).toEqual(['bildschirm', 'lupe']);
  });

  it('does not split a word the index has in another form, a particle verb, or a short word', () => {
    expect(split.split('bildschirmsperren')).toBeUndefined();
    expect(split.split('herunterfahrt')).toBeUndefined();
    expect(split.split('lupesperre'.slice(0, 7))).toBeUndefined();
  });

  it('relates a word to the compounds made with it, the last part above the first', () => {
    expect(split.related('sperre')).toEqual([['bildschirmsperre', 0.7]]);
    expect(split.related('sperren')).toEqual([['bildschirmsperre', 0.7]]);
    expect(split.related('bildschirm')).toEqual([['bildschirmsperre', 0.5]]);
    // The last part in the genitive: Benutzerkontos is Benutzer + Konto.
    expect(split.related('konto')).toEqual([['benutzerkontos', 0.7]]);
    expect(split.related('fahren')).toEqual([]);
  });
});

describe('a German feed in pathlight/search', () => {
  const feed = {
    version: 1 as const,
    locale: 'de',
    articles: [
      article('mag', 'Einen Bildschirmbereich vergrößern', 'Die Lupe vergrößert einen Teil des Bildschirms.'),
      article('lock', 'Ihren Bildschirm automatisch sperren', 'Die Bildschirmsperre schützt den Rechner.'),
      article('bright', 'Bildschirmhelligkeit einstellen', 'Machen Sie den Bildschirm heller.'),
      article('print', 'Beidseitiger Druck', 'Auf einem Duplex-Drucker beidseitig drucken.'),
      article('kids', 'Kindersicherung', 'Eine Sperre für Kinder.'),
    ],
  };
  const index = createSearchIndex(feed);

  it('finds a compound the articles write apart (Bildschirmlupe, Duplexdruck)', () => {
    expect(ids(index.search('bildschirmlupe'))[0]).toBe('mag');
    expect(ids(index.search('duplexdruck'))[0]).toBe('print');
  });

  it('finds a compound by its last part, and highlights it', () => {
    const hit = index.search('sperre').find((h) => h.id === 'lock');
    expect(hit).toBeDefined();
    expect(marked(hit!.snippet!, hit!.highlights!.snippet)).toEqual(['Bildschirmsperre']);
    // Articles without a locale are not German: no compounds, the word is not highlighted in one.
    const plain = createSearchIndex(feed.articles)
      .search('sperre')
      .find((h) => h.id === 'lock');
    expect(marked(plain?.snippet ?? '', plain?.highlights?.snippet)).not.toContain('Bildschirmsperre');
  });

  it('finds inflected forms the built-in endings miss (Häuser → Haus)', () => {
    const houses = createSearchIndex({ version: 1, locale: 'de', articles: [article('h', 'Das Haus')] });
    expect(ids(houses.search('Häuser'))).toEqual(['h']);
    expect(ids(createSearchIndex([article('h', 'Das Haus')]).search('Häuser'))).toEqual([]);
  });

  it('an English feed gets neither', () => {
    const english = createSearchIndex([article('s', 'Screen lock'), article('b', 'Lock and screen')]);
    expect(english.search('screenlock')).toEqual([]);
  });
});
