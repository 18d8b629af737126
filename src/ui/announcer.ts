import { atom, type ReadableAtom } from 'nanostores';
import type { Runtime } from '../core/context';

/** Long enough for a screen reader to notice the region emptied before the words arrive. */
const GAP_MS = 120;

/** The words of one polite live region (`role="status"`), and how to say something there. */
export interface Announcer {
  readonly $status: ReadableAtom<string>;
  say(message: string): void;
}

/**
 * A polite live region's words: emptied first, so the same words said twice are announced twice. Its timer
 * stops on `destroy()`.
 * @example
 * const { $status, say } = createAnnouncer(rt);
 * say(t('survey.thanks'));
 */
export function createAnnouncer(rt: Runtime): Announcer {
  const $status = atom('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  rt.onDestroy(() => clearTimeout(timer));
  return {
    $status,
    say(message) {
      $status.set('');
      clearTimeout(timer);
      timer = setTimeout(() => $status.set(message), GAP_MS);
    },
  };
}
