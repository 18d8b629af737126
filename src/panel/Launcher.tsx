import type { Runtime } from '../core/context';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import { PANEL_ID } from './ids';
import type { PanelStore } from './state';

export { PANEL_ID };

export function Launcher({ rt, store }: { rt: Runtime; store: PanelStore }) {
  const { t } = useStore(rt.$t);
  const { open } = useStore(store.$panel);
  const badge = useStore(rt.$badge);
  const label = rt.config.launcher?.label ?? t('launcher.label');
  return (
    <button
      type="button"
      class="pl-launcher"
      data-open={String(open)}
      aria-expanded={open}
      aria-controls={PANEL_ID}
      onClick={() => (open ? rt.handlers.close?.() : rt.handlers.open?.())}
    >
      <span class="pl-launcher-icon">
        <Icon name="help" size={20} />
        <Icon name="close" size={20} />
      </span>
      <span>{label}</span>
      {badge ? (
        <span class="pl-badge" aria-hidden="true">
          {badge}
        </span>
      ) : null}
    </button>
  );
}
