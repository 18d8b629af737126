import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import { handoffTarget, startHandoff } from '../handoff';
import type { ViewProps } from '../Panel';

/** "Still need help?" with the one way to reach a human that the host configured; hidden when none is. */
export function HandoffCard({ rt, store }: Pick<ViewProps, 'rt' | 'store'>) {
  const { t } = useStore(rt.$t);
  const target = handoffTarget(rt.config.handoff);
  if (!target) return null;
  return (
    <div class="pl-card">
      <h3 class="pl-card-title">{t('handoff.stillNeedHelp')}</h3>
      <p>{t('contact.intro')}</p>
      <button type="button" class="pl-button" onClick={() => startHandoff(rt, store)}>
        <Icon name="chat" size={18} />
        {t('handoff.contact')}
      </button>
    </div>
  );
}

export function ContactView({ rt, store }: ViewProps) {
  const { t } = useStore(rt.$t);
  if (!handoffTarget(rt.config.handoff)) {
    return (
      <div class="pl-empty" role="status">
        <strong>{t('contact.unavailable')}</strong>
      </div>
    );
  }
  return <HandoffCard rt={rt} store={store} />;
}
