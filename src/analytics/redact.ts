/**
 * What leaves the widget carries no personal data the host did not configure: e-mail addresses, phone and
 * card numbers in text are masked (the rest of a query stays: it is the best insight there is), and URLs
 * lose their query strings and fragments.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/**
 * Runs of digit groups, each joined to the next by one space, dash or dot, or by parentheses: `+48 512 345 678`,
 * `(415) 555-0132`, `+44 (0)20 7946 0958`, `4111-1111-1111-1111`. A run never starts inside a word or right after
 * a dash, dot or slash (`INV-2024-000123`, `v2.10.3`) and never ends before a letter, digit, colon or a
 * separator followed by a digit, so a date's time (`2024-03-15 10:30`) is not taken into it.
 */
const DIGIT_RUN =
  /(?<![\p{L}\p{N}_./-])\+?\(?\d+(?:(?:\) ?|[ \u00a0.-]\(?|\()\d+)*\)?(?![\p{L}\p{N}_/:]|[ .-]\d)/gu;
/** Fewer digits than this is a date, a time, an amount or an invoice number, not a phone number. */
const PHONE_MIN_DIGITS = 9;
const URL_QUERY = /\b(https?:\/\/[^\s?#]*)[?#]\S*/g;
const PATH_QUERY = /^(\/[^\s?#]*)[?#].*$/s;

/** Luhn's checksum, which every payment card number passes. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function maskDigits(run: string): string {
  const digits = run.replace(/\D/g, '');
  if (digits.length < PHONE_MIN_DIGITS) return run;
  // Card numbers start with 2–6 (the networks' ranges) and pass Luhn; `+48…` or `0048…` is a phone number.
  if (
    /^[2-6]/.test(digits) &&
    !run.startsWith('+') &&
    digits.length >= 13 &&
    digits.length <= 19 &&
    luhn(digits)
  )
    return '[card]';
  // Longer than any phone number and no card either: an account or IBAN-like number, masked all the same.
  return digits.length <= 15 ? '[phone]' : '[number]';
}

/**
 * Masks e-mail addresses, phone and card numbers in free text, and drops the query string and fragment of the
 * URLs in it; everything else is kept as it was typed.
 * @example maskText('reset password for jan@firma.pl, tel. +48 512 345 678') // 'reset password for [email], tel. [phone]'
 */
export function maskText(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(URL_QUERY, '$1')
    .replace(PATH_QUERY, '$1')
    .replace(DIGIT_RUN, maskDigits);
}

/** A page path without query string or fragment. */
export const pathOnly = (path: string): string => path.replace(/[?#].*$/s, '');

/** A masked copy of an event's payload: every string in it through `maskText`, any depth. */
export function maskProps<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return maskText(value) as T;
  // Payloads are a few levels deep; deeper is not ours (and not worth a stack).
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => maskProps(item, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = maskProps(item, depth + 1);
  return out as T;
}
