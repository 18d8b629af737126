import { useEffect } from 'preact/hooks';
import type { Runtime } from '../core/context';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import type { ChecklistsController } from './controller';
import { Medal, Ring, useText } from './parts';

const LAUNCHER_NOTE_ID = 'pl-cl-launcher-note';

/**
 * The launcher's badge says the count; this says it to screen readers: "Get started with Ledgerly: 3
 * steps left", as the launcher's description (`aria-describedby`, set on the launcher the panel draws,
 * removed when nothing is left).
 */
function useLauncherNote(rt: Runtime, note: string | undefined) {
  useEffect(() => {
    const launcher = rt.shadow.querySelector<HTMLElement>('.pl-launcher');
    if (!launcher || note === undefined) return;
    launcher.setAttribute('aria-describedby', LAUNCHER_NOTE_ID);
    return () => {
      if (launcher.getAttribute('aria-describedby') === LAUNCHER_NOTE_ID)
        launcher.removeAttribute('aria-describedby');
    };
  }, [rt, note]);
}

/** The reminder ("3 steps left · Continue · Not now") or the celebration, beside the launcher; never takes focus. */
function Nudge({ rt, ctl }: { rt: Runtime; ctl: ChecklistsController }) {
  const t = useText(rt);
  const nudge = useStore(ctl.$nudge);
  const state = useStore(ctl.$checklists).find((s) => s.checklist.id === nudge?.id);
  if (!nudge || !state) return null;
  const titleId = 'pl-cl-nudge-title';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    ctl.closeNudge();
    rt.shadow.querySelector<HTMLElement>('.pl-launcher')?.focus({ preventScroll: true });
  };
  const celebration = nudge.kind === 'celebration';
  return (
    <div
      class="pl-cl-nudge"
      role="region"
      aria-labelledby={titleId}
      data-kind={nudge.kind}
      onKeyDown={onKeyDown}
    >
      <div class="pl-cl-nudge-head">
        {celebration ? <Medal size={18} /> : <Ring done={state.done} total={state.total} size={36} />}
        <span class="pl-cl-nudge-text">
          <span class="pl-cl-nudge-title" id={titleId} dir="auto">
            {celebration ? t('checklist.allSet') : state.checklist.title}
          </span>
          <span class="pl-cl-nudge-sub" dir="auto">
            {celebration
              ? t('checklist.allSetText', { title: state.checklist.title })
              : t('checklist.left', { count: state.left })}
          </span>
        </span>
        <button
          type="button"
          class="pl-icon-button"
          aria-label={t('checklist.closeReminder')}
          onClick={() => ctl.closeNudge()}
        >
          <Icon name="close" size={16} />
        </button>
      </div>
      {!celebration && (
        <div class="pl-button-row">
          <button
            type="button"
            class="pl-button"
            onClick={() => {
              ctl.select(state.checklist.id);
              rt.handlers.open?.('checklist');
            }}
          >
            {t(state.done > 0 ? 'checklist.continue' : 'checklist.start')}
          </button>
          <button type="button" class="pl-button pl-button-secondary" onClick={() => ctl.closeNudge()}>
            {t('checklist.notNow')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * What checklists draw beside the panel: the reminder or the celebration by the launcher, the polite live
 * region that says when an item ticks (wherever the user did the thing), and the launcher's description.
 */
export function ChecklistLayer({ rt, ctl }: { rt: Runtime; ctl: ChecklistsController }) {
  const t = useText(rt);
  const status = useStore(ctl.$status);
  const badge = useStore(rt.$badge);
  const states = useStore(ctl.$checklists);
  const first = states.find((s) => s.status === 'active' && s.left > 0);
  const note =
    badge !== undefined && first
      ? t('checklist.leftIn', { title: first.checklist.title, count: first.left })
      : undefined;
  useLauncherNote(rt, note);
  // A page without checklists gets no second live region beside the tips' one.
  if (states.length === 0) return null;
  return (
    <>
      <Nudge rt={rt} ctl={ctl} />
      <div class="pl-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
      {note !== undefined && (
        <span id={LAUNCHER_NOTE_ID} hidden>
          {note}
        </span>
      )}
    </>
  );
}
