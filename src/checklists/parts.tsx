import type { Runtime } from '../core/context';
import type { MessageVars } from '../i18n';
import { useStore } from '../ui/use-store';
import { say } from './text';

/** `t()` for checklist strings in the UI's language (with this chunk's English behind it); re-renders on setLocale. */
export function useText(rt: Runtime) {
  const translator = useStore(rt.$t);
  return (key: string, vars?: MessageVars) => say(translator, key, vars);
}

/** Progress as a ring with `done/total` inside. Decorative: the text beside it says the same in words. */
export function Ring({ done, total, size = 40 }: { done: number; total: number; size?: number }) {
  const stroke = 4;
  const r = (size - stroke) / 2;
  const length = 2 * Math.PI * r;
  const share = total > 0 ? done / total : 1;
  return (
    <span class="pl-cl-ring" aria-hidden="true">
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} fill="none" focusable="false">
        <circle class="pl-cl-ring-track" cx={size / 2} cy={size / 2} r={r} stroke-width={stroke} />
        <circle
          class="pl-cl-ring-fill"
          cx={size / 2}
          cy={size / 2}
          r={r}
          stroke-width={stroke}
          stroke-linecap="round"
          stroke-dasharray={length}
          stroke-dashoffset={length * (1 - share)}
        />
      </svg>
      <span class="pl-cl-ring-text">
        {done}/{total}
      </span>
    </span>
  );
}

/** A straight progress bar; its width is set through the CSSOM (CSP allows that, not style attributes). */
export function Bar({ done, total }: { done: number; total: number }) {
  const percent = total > 0 ? Math.round((done / total) * 100) : 100;
  return (
    <span class="pl-cl-bar" aria-hidden="true">
      <span class="pl-cl-bar-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}

const SVG = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

/** The check mark of a done item and of the celebration. */
export function Tick({ size = 14 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      stroke-width={3}
      aria-hidden="true"
      focusable="false"
      {...SVG}
    >
      <path d="M20 6 9 17l-5-5" />
    </svg>
  );
}

/** A padlock: an item of a sequential checklist that waits for the one above. */
export function Lock({ size = 12 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      stroke-width={2.25}
      aria-hidden="true"
      focusable="false"
      {...SVG}
    >
      <path d="M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}

/** The round mark of "You're all set!": pops in once, with a halo (neither under reduced motion). */
export function Medal({ size = 24 }: { size?: number }) {
  return (
    <span class="pl-cl-medal" aria-hidden="true">
      <Tick size={size} />
    </span>
  );
}
