// @vitest-environment node
// Lithuanian: the stemmer (src/kb/search/stem-lt.ts), verb prefixes over the index's words, and pathlight/search
// passing both for a Lithuanian feed.
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/kb/search/fold';
import { prefixes, stemLithuanian } from '../../../src/kb/search/stem-lt';
import { createSearchIndex } from '../../../src/search';
import { article, ids } from './search-helpers';

const stem = (word: string) => stemLithuanian(fold(word));

describe('stemLithuanian', () => {
  it.each([
    // Nouns of the first, second and third declensions, singular and plural.
    ['failas', 'failai', 'failus', 'failų', 'failuose', 'failams'],
    ['ekranas', 'ekrano', 'ekrane', 'ekraną', 'ekranu'],
    ['kopija', 'kopiją', 'kopijos', 'kopijas', 'kopijų', 'kopijoje'],
    ['naudotojas', 'naudotojo', 'naudotojų', 'naudotojams'],
    ['klaviatūra', 'klaviatūros', 'klaviatūrą'],
    // Adjectives: short, definite, comparative and superlative.
    ['atsarginė', 'atsarginę', 'atsarginės', 'atsargines', 'atsarginių'],
    ['pagrindinis', 'pagrindinį', 'pagrindinio'],
    ['laikinas', 'laikinuosius'],
    ['didesnis', 'didžiausias', 'didesnės'],
    // Verbs: infinitive, present, past; č before a soft ending is t (keičia, keitė).
    ['išjungti', 'išjungia', 'išjungė'],
    ['daryti', 'daro', 'darė'],
    ['keičia', 'keitė'],
  ])('%s and its other forms meet', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('keeps a deverbal noun apart from its verb (išjungimas is the act, išjungti the verb)', () => {
    expect(stem('išjungimas')).not.toBe(stem('išjungti'));
    expect(stem('išjungimas')).toBe(stem('išjungimo'));
  });

  it.each([['пароль'], ['wifi'], ['mp3'], ['']])('leaves %j to the built-in endings', (word) => {
    expect(stemLithuanian(word)).toBeUndefined();
  });
});

describe('Lithuanian verb prefixes', () => {
  const words = ['daryti', 'padaryti', 'nustatyti', 'nustatymai', 'atstatyti', 'didinti', 'padidinti'].map(
    fold,
  );
  const related = prefixes(words, (w) => stemLithuanian(w) ?? w).related;

  it('relates a prefixed verb to the same verb without the prefix, or without its -si-', () => {
    expect(related('pasidaryti')).toEqual([
      ['daryti', 0.6],
      ['padaryti', 0.8],
    ]);
    expect(related('didinti')).toEqual([['padidinti', 0.6]]);
  });

  it('not to a verb with another prefix (nustatyti sets up, atstatyti restores)', () => {
    expect(related('atstatyti')).toEqual([]);
    expect(related('statyti')).toEqual([
      ['nustatyti', 0.6],
      ['atstatyti', 0.6],
    ]);
  });
});

describe('a Lithuanian feed in pathlight/search', () => {
  const feed = {
    version: 1 as const,
    locale: 'lt',
    articles: [
      article('how', 'Kaip daryti atsargines kopijas', 'Naudokite programą.'),
      article('where', 'Kur laikyti atsargines kopijas', 'Išoriniame diske.'),
      article('temp', 'Išvalyti laikinuosius failus', 'Šiukšlinė.'),
    ],
  };

  it('meets a reflexive prefixed verb and inflected forms (pasidaryti atsarginę kopiją)', () => {
    expect(ids(createSearchIndex(feed).search('kaip pasidaryti atsarginę kopiją'))[0]).toBe('how');
  });

  it('meets the forms the built-in endings keep apart (laikinas → laikinuosius)', () => {
    expect(ids(createSearchIndex(feed).search('laikinas'))).toEqual(['temp']);
    expect(createSearchIndex(feed.articles).search('laikinas')).toEqual([]);
  });
});
