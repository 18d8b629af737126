// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../../src/kb/search/detect';

describe('detectLanguages: a query’s language from its letters', () => {
  it.each([
    ['Jak zmienić hasło', ['pl']],
    ['ZAŻÓŁĆ', ['pl']],
    ['пароль', ['ru', 'uk']],
    ['ГРОМКОСТЬ', ['ru', 'uk']],
    ['забыл пароль, что делать', ['ru']],
    ['ЗМІНИТИ ПАРОЛЬ', ['uk']],
    ['їжак', ['uk']],
    ['sąskaita', ['pl', 'lt']],
    ['sąskaitų faktūra', ['lt']],
    ['įjungti', ['lt']],
    ['șterge fișierele', ['ro']],
    ['şterge', ['ro']],
    ['đổi mật khẩu', ['vi']],
    ['mật khẩu', ['vi']],
    ['Passwort ändern', ['de']],
    ['Straße', ['de']],
    ['كلمة المرور', ['ar']],
    ['contraseña', ['es']],
    ['não', ['pt']],
    ['fenêtre', ['fr', 'pt']],
    ['reset password', []],
    ['haslo', []],
    ['', []],
  ])('%s → %j', (query, languages) => {
    expect(detectLanguages(query)).toEqual(languages);
  });
});
