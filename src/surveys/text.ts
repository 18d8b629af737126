import type { Runtime } from '../core/context';
import type { MessageVars, TranslationKey } from '../i18n';
import { useStore } from '../ui/use-store';

/**
 * A survey string in the UI's language (the chunk's English arrives with it: `english` in ./chunk.ts).
 * @example t('survey.npsQuestion', { product: 'Ledgerly' })
 */
export function useText(rt: Runtime) {
  const translator = useStore(rt.$t);
  return (key: string, vars?: MessageVars) => translator.t(key as TranslationKey, vars);
}
