/** Letters that Unicode decomposition leaves alone but people type without their mark. */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  ς: 'σ',
  // й is its own letter in Russian and Ukrainian, not и with a mark.
  й: 'й',
};

/**
 * Words: runs of anything but spaces, ASCII and general punctuation (letters, digits and marks of every script);
 * each CJK ideograph or kana is a word of its own because those scripts do not put spaces between words.
 * Spelled without Unicode property escapes: this runs over every article body and is three times faster so.
 */
export const WORD =
  /[\u3040-\u30ff\u3400-\u9fff]|[^\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u060c\u061b\u061f\u0964\u0965\u2000-\u206f\u3000-\u30ff\u3400-\u9fff\ud800-\udfff\uff00-\uff0f\uff1a-\uff20]+/g;

/** Folds one UTF-16 code unit; the result may be empty (a combining mark) or longer (ß → ss). */
export const foldChar = (c: string): string => {
  const l = c.toLowerCase();
  return c < '\x80' ? l : (SPECIAL[l] ?? l.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
};

/**
 * Lowercases and removes diacritics, so that a query typed without them meets the text written with them.
 * Works code unit by code unit, which keeps a folded offset traceable to the original text.
 * @example fold('Đặt lại mật khẩu') // 'dat lai mat khau'
 * @example fold('Straße Ёлка') // 'strasse елка'
 */
export function fold(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/**
 * Splits text into folded words, the way the index sees them.
 * @example tokenize('Hasło, e-mail: ŁÓDŹ') // ['haslo', 'e', 'mail', 'lodz']
 */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).map(fold);
}
