import type { MessageVars, TranslationKey, Translator } from '../i18n';

/**
 * A checklist string in the UI's language (the chunk's English arrives with it: `english` in ./chunk.ts).
 * @example say(t, 'checklist.left', { count: 2 }) // '2 steps left', 'Zostały 2 kroki'
 */
export const say = (translator: Translator, key: string, vars?: MessageVars): string =>
  translator.t(key as TranslationKey, vars);
