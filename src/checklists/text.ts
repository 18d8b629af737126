import type { MessageVars, Translator } from '../i18n';
import { checklistMessages } from './messages';

const english: Readonly<Record<string, string>> = checklistMessages;

/**
 * A checklist string in the UI's language: the translator's own (the host's overrides, then the
 * language's catalog), else the English one this chunk carries. Either way the translator fills the
 * placeholders, so numbers are formatted for the UI's locale. English plural forms: `.one` for 1.
 * @example say(t, 'checklist.left', { count: 2 }) // '2 steps left', 'Zostały 2 kroki'
 */
export function say(translator: Translator, key: string, vars?: MessageVars): string {
  const own = translator.t(key, vars);
  if (own !== key) return own;
  const count = vars?.count;
  const template =
    english[key] ?? english[`${key}.${count === 1 ? 'one' : 'other'}`] ?? english[`${key}.other`] ?? key;
  // A template is no catalog key, so the translator only interpolates it.
  return translator.t(template, vars);
}
