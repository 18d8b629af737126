import { useEffect } from 'preact/hooks';
import type { SectionProps } from '../panel';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import type { ChecklistsController } from './controller';
import type { ChecklistState } from './model';
import { Medal, Ring, useText } from './parts';

type Props = SectionProps & { ctl: ChecklistsController };

function Card({ ctl, store, rt, state }: Props & { state: ChecklistState }) {
  const t = useText(rt);
  const { id, title } = state.checklist;
  const celebrating = state.status === 'celebrating';
  // Seen on the home view: when it goes, the list gets out of the way.
  useEffect(() => (celebrating ? () => ctl.celebrated(id) : undefined), [ctl, id, celebrating]);
  const sub = celebrating
    ? t('checklist.allSet')
    : `${t('checklist.progress', { done: state.done, total: state.total })} · ${t('checklist.left', { count: state.left })}`;
  return (
    <button
      type="button"
      class="pl-cl-card"
      data-checklist={id}
      onClick={() => {
        ctl.select(id);
        store.open('checklist');
      }}
    >
      {celebrating ? <Medal size={20} /> : <Ring done={state.done} total={state.total} />}
      <span class="pl-cl-card-text">
        <span class="pl-cl-card-title" dir="auto">
          {title}
        </span>
        <span class="pl-cl-card-sub">{sub}</span>
      </span>
      <Icon name="chevron" size={16} class="pl-row-chevron" />
    </button>
  );
}

/** The home view's "Getting started": one card per checklist in progress (or just done), above the suggestions. */
export function ChecklistSection(props: Props) {
  const { rt, ctl } = props;
  const t = useText(rt);
  const states = useStore(ctl.$checklists).filter(
    (state) => state.status === 'celebrating' || (state.status === 'active' && !state.complete),
  );
  if (states.length === 0) return null;
  return (
    <section class="pl-section" aria-labelledby="pl-cl-home">
      <h3 class="pl-section-title" id="pl-cl-home">
        {t('checklist.title')}
      </h3>
      <ul class="pl-cl-cards">
        {states.map((state) => (
          <li key={state.checklist.id}>
            <Card {...props} state={state} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Show onboarding again", low on the home view, once every checklist was dismissed or finished. */
export function RestoreSection(props: Props) {
  const { rt, ctl, store } = props;
  const t = useText(rt);
  const states = useStore(ctl.$checklists);
  if (states.some((state) => state.status === 'active' || state.status === 'celebrating')) return null;
  const away = states.find((state) => state.status === 'dismissed' || state.status === 'done');
  if (!away) return null;
  return (
    <section class="pl-section" aria-label={t('checklist.title')}>
      <ul class="pl-list">
        <li>
          <button
            type="button"
            class="pl-row"
            onClick={() => {
              ctl.restore(away.checklist.id);
              store.open('checklist');
            }}
          >
            <span class="pl-result-icon" aria-hidden="true">
              <Icon name="list" size={18} />
            </span>
            <span class="pl-row-text">
              <span class="pl-row-title">{t('checklist.restore')}</span>
            </span>
            <Icon name="chevron" size={16} class="pl-row-chevron" />
          </button>
        </li>
      </ul>
    </section>
  );
}
