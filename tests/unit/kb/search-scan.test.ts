// @vitest-environment node
// The scanning word table (src/kb/search/scan.ts) cuts and numbers words exactly as `WORD` and a map do, so an
// index built with it ranks, snippets and highlights the same.
import { describe, expect, it } from 'vitest';
import { WORD } from '../../../src/kb/search/fold';
import { createSearchIndex } from '../../../src/kb/search/index';
import { scanningWordTable } from '../../../src/kb/search/scan';
// @ts-expect-error: the bench's corpus is plain JavaScript, without types
import { makeCorpus } from '../../bench/corpus.mjs';
import { article } from './search-helpers';

/** The words of `text` as the table gives them back. */
const scanned = (table: ReturnType<typeof scanningWordTable>, text: string) =>
  table.scan(text).map((n) => table.list[n]);

describe('scanningWordTable', () => {
  it('cuts every UTF-16 code unit as WORD does (a word, a word of its own, or between words)', () => {
    const table = scanningWordTable();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      // Between two letters: part of a word joins them, a CJK unit stands alone, anything else splits them.
      const text = `a${ch}b`;
      const expected = text.match(WORD) ?? [];
      const got = scanned(table, text);
      if (got.join('\u0000') !== expected.join('\u0000')) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('numbers words in the order first seen, a word seen again keeps its number, get finds it', () => {
    const table = scanningWordTable();
    expect(table.scan('Hasło, hasło! HASŁO 日本 hasło')).toEqual([0, 1, 2, 3, 4, 1]);
    expect(table.list).toEqual(['Hasło', 'hasło', 'HASŁO', '日', '本']);
    expect(table.get('HASŁO')).toBe(2);
    expect(table.get('hasł')).toBeUndefined();
    expect(table.get('hasłoo')).toBeUndefined();
  });

  it('keeps every word apart past many growths of its table (no two words share a number)', () => {
    const table = scanningWordTable();
    const words = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`);
    const out = [...table.scan(words.join(' '))];
    expect(out).toHaveLength(words.length);
    expect(new Set(out).size).toBe(words.length);
    expect(words.every((w, i) => table.get(w) === out[i])).toBe(true);
    expect(table.list).toEqual(words);
  });

  it.each([
    ['the map', undefined],
    ['the table', scanningWordTable],
  ])('with %s, words that name object properties or are numbers are words like any other', (_, words) => {
    const index = createSearchIndex(
      [
        article('proto', 'The constructor of __proto__', 'toString and valueOf hasOwnProperty.'),
        article('digits', 'Step 2 of 5', 'Open 0 and 1, then 2.'),
      ],
      { words },
    );
    expect(index.search('constructor').map((h) => h.id)).toEqual(['proto']);
    expect(index.search('__proto__ hasOwnProperty').map((h) => h.id)).toEqual(['proto']);
    const [hit] = index.search('5');
    expect(hit?.id).toBe('digits');
    expect(hit?.highlights?.title.map(([s, e]) => hit.title.slice(s, e))).toEqual(['5']);
  });

  it('an index built with it gives the same hits, scores, snippets and highlights as with the map', () => {
    const { feed, queries } = makeCorpus(300, 3);
    const extra = [
      article('cjk', '日本語のヘルプ', 'パスワードを変更する 手順'),
      article('marks', 'Đặt lại mật khẩu', 'Nhấn **Quên mật khẩu** rồi làm theo hướng dẫn.'),
    ];
    const all = { ...feed, articles: [...feed.articles, ...extra] };
    const byMap = createSearchIndex(all, { locale: 'pl' });
    const byScan = createSearchIndex(all, { locale: 'pl', words: scanningWordTable });
    const asked = [...queries.map((q: { q: string }) => q.q), '日本', 'mat khau', 'mật khẩu', 'passw'];
    for (const q of asked) expect(byScan.search(q, { limit: 10 }), q).toEqual(byMap.search(q, { limit: 10 }));
  });
});
