// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { distance } from '../../../src/core/edit-distance';
import { stem } from '../../../src/kb/search/stem';
import { plain, strip } from '../../../src/kb/search/text';

describe('stem: inflected forms of one word meet', () => {
  it.each([
    ['hasło', 'hasła', 'hasłem'],
    ['пароль', 'пароля', 'паролем'],
    ['пароль', 'паролі', 'паролів'],
    ['sąskaita', 'sąskaitos', 'sąskaitoje'],
    ['factură', 'facturile', 'facturilor'],
    ['ustawienia', 'ustawieniach', 'ustawieniami'],
    ['invoice', 'invoices', 'invoicing'],
    ['setting', 'settings', 'setting'],
  ])('%s, %s, %s', (...forms) => {
    const fold = (w: string) =>
      w
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ł/g, 'l');
    expect(new Set(forms.map((w) => stem(fold(w)))).size).toBe(1);
  });

  it.each(['data', 'pdf', 'kon', 'khau'])('leaves the short word %s whole', (word) => {
    expect(stem(word).length).toBeGreaterThanOrEqual(3);
    expect(word.startsWith(stem(word))).toBe(true);
  });
});

describe('distance', () => {
  it.each([
    ['password', 'password', 2, 0],
    ['pasword', 'password', 2, 1],
    ['passwrod', 'password', 2, 1],
    ['pxssword', 'password', 2, 1],
    ['paswrod', 'password', 2, 2],
    ['pswrd', 'password', 2, 3],
    ['abc', 'xyz', 1, 2],
    ['', 'ab', 2, 2],
  ])('%s ↔ %s (max %i) = %i', (a, b, max, d) => {
    expect(distance(a, b, max)).toBe(d);
  });
});

describe('plain and strip', () => {
  it.each([
    ['## Reset *your* [password](/p)', 'Reset your password'],
    ['<p>One &amp; two &lt;3 &#x41;&#66;</p>', 'One & two <3 AB'],
    ['<script>alert(1)</script><style>p{}</style>Text', 'Text'],
    ['- item one\n- item two\n1. first\n> quoted', 'item one item two first quoted'],
    ['![diagram](a.png) snake_case _emphasis_ `code` ~~old~~', 'diagram snake_case emphasis code old'],
    ['&bogus; &#99999999; ok', 'ok'],
  ])('plain(%j)', (input, output) => {
    expect(plain(input)).toBe(output);
  });

  it('strip removes tags and link targets but keeps every word', () => {
    expect(
      strip('<a href="https://x.test/secret">Label</a> [Text](https://y.test/target)').match(/\w+/g),
    ).toEqual(['Label', 'Text']);
  });
});
