import type { PanelContext, SectionProps } from '../panel';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import { handoffTarget, startHandoff } from './context';

/** The one button that reaches a human, carrying the text in the search field. */
function ContactButton({
  rt,
  store,
  secondary = false,
  before,
}: Pick<PanelContext, 'rt' | 'store'> & { secondary?: boolean; before?: () => void }) {
  const { t } = useStore(rt.$t);
  return (
    <button
      type="button"
      class={secondary ? 'pl-button pl-button-secondary' : 'pl-button'}
      onClick={() => {
        before?.();
        startHandoff(rt, store.$panel.get().query);
      }}
    >
      <Icon name="chat" size={18} />
      {t('handoff.contact')}
    </button>
  );
}

/**
 * "Still need help?" with the one way to reach a human that the host configured; hidden when none is, and
 * while help is unavailable (the contact button then sits beside "Try again").
 */
export function HandoffCard({ rt, store, kb }: Pick<PanelContext, 'rt' | 'store' | 'kb'>) {
  const { t } = useStore(rt.$t);
  const status = useStore(kb.$status);
  if (!handoffTarget(rt.config.handoff) || status === 'error') return null;
  return (
    <div class="pl-card">
      <h3 class="pl-card-title">{t('handoff.stillNeedHelp')}</h3>
      <p>{t('contact.intro')}</p>
      <ContactButton rt={rt} store={store} />
    </div>
  );
}

/** In "No articles match": the query counts as searched (and failed) before the human hears of it. */
export function NoResultsContact({ rt, store, settleSearch }: SectionProps) {
  if (!handoffTarget(rt.config.handoff)) return null;
  return (
    <div class="pl-button-row pl-center">
      <ContactButton rt={rt} store={store} before={settleSearch} />
    </div>
  );
}

/** Beside "Try again" when help is unavailable. */
export function UnavailableContact({ rt, store }: SectionProps) {
  if (!handoffTarget(rt.config.handoff)) return null;
  return <ContactButton rt={rt} store={store} secondary />;
}

/** The contact view: the card, or why there is no way to reach a human. */
export function ContactView({ rt, store, kb }: PanelContext) {
  const { t } = useStore(rt.$t);
  if (!handoffTarget(rt.config.handoff)) {
    return (
      <div class="pl-empty" role="status">
        <strong>{t('contact.unavailable')}</strong>
      </div>
    );
  }
  return <HandoffCard rt={rt} store={store} kb={kb} />;
}
