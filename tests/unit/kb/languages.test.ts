// @vitest-environment node
// Which stemmers a feed gets (src/kb/search/languages.ts), and how two languages' morphologies combine.
import { describe, expect, it } from 'vitest';
import { stemmedLanguages } from '../../../src/kb/search/languages';
import { morphologyOptions } from '../../../src/kb/search/morphology';
import { stemGerman } from '../../../src/kb/search/stem-de';
import { stemRussian } from '../../../src/kb/search/stem-ru';

describe('stemmedLanguages', () => {
  it.each([
    [
      ['de-AT', 'de', 'ru'],
      ['ru', 'de'],
    ],
    [['ru', 'en', 'en', 'en'], ['ru']],
    [['lt', 'lt', 'en'], ['lt']],
    // German or Lithuanian only when most articles are: their stemmers would take every Latin word.
    [['de', 'en', 'en'], []],
    [['de', 'en'], []],
    [[undefined, 'en'], []],
    [[], []],
  ])('%j → %j', (locales, expected) => {
    expect(stemmedLanguages(locales)).toEqual(expected);
  });
});

describe('morphologyOptions', () => {
  it('nothing loaded: no options', () => {
    expect(morphologyOptions([undefined])).toEqual({});
  });

  it('the first stemmer that knows a word stems it', () => {
    const { stemmer, formation } = morphologyOptions([
      { stem: stemRussian },
      undefined,
      { stem: stemGerman },
    ]);
    expect(stemmer!('громкости')).toBe('громкост');
    expect(stemmer!('hauser')).toBe('haus');
    expect(stemmer!('гучність')).toBeUndefined();
    expect(formation).toBeUndefined();
  });

  it('asks every language’s word formation', () => {
    const { formation } = morphologyOptions([
      { stem: () => undefined, formation: () => ({ split: () => undefined, related: () => [['a', 0.5]] }) },
      { stem: () => undefined, formation: () => ({ split: (w) => [w, w], related: () => [['b', 0.6]] }) },
    ]);
    const made = formation!([], (w) => w);
    expect(made.related('x')).toEqual([
      ['a', 0.5],
      ['b', 0.6],
    ]);
    expect(made.split('x')).toEqual(['x', 'x']);
  });
});
