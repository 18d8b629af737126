import { useEffect, useRef, useState } from 'preact/hooks';
import { isExternalLink } from '../content/index';
import type { PanelContext } from '../panel';
import { Skeleton } from '../panel/components';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import type { ChecklistsController } from './controller';
import type { ChecklistState, ItemState } from './model';
import { Bar, Lock, Medal, Tick, useText } from './parts';

export interface ChecklistProps extends PanelContext {
  ctl: ChecklistsController;
}

/** DOM ids inside our shadow root (one per instance, so unique enough), from ids that may hold anything. */
const domId = (...parts: string[]) => `pl-cl-${parts.map((p) => p.replace(/[^\w-]/g, '_')).join('-')}`;

const stateName = (state: ItemState) =>
  state.done ? 'done' : state.locked ? 'locked' : state.next ? 'next' : 'todo';

/** An item's button: a real link for `url`, a button for the rest; none where it cannot work here. */
function Action({
  ctl,
  checklistId,
  state,
}: {
  ctl: ChecklistsController;
  checklistId: string;
  state: ItemState;
}) {
  const { item } = state;
  const action = item.action;
  if (!action || !ctl.canAct(item)) return null;
  const className = state.done ? 'pl-button pl-button-secondary' : 'pl-button';
  if (action.action === 'url' && action.value) {
    const external = isExternalLink(action.value, location.href);
    return (
      <a
        class={className}
        href={action.value}
        {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {action.label}
      </a>
    );
  }
  return (
    <button type="button" class={className} onClick={() => ctl.act(checklistId, item)}>
      {action.label}
    </button>
  );
}

function Item({
  ctl,
  checklistId,
  state,
  open,
  fresh,
  onToggle,
  t,
}: {
  ctl: ChecklistsController;
  checklistId: string;
  state: ItemState;
  open: boolean;
  fresh: boolean;
  onToggle: () => void;
  t: ReturnType<typeof useText>;
}) {
  const { item } = state;
  const bodyId = domId(checklistId, item.id, 'body');
  const status = state.done
    ? t('checklist.done')
    : state.locked
      ? t('checklist.locked')
      : t('checklist.notDone');
  return (
    <li
      class={fresh ? 'pl-cl-item pl-cl-fresh' : 'pl-cl-item'}
      data-state={stateName(state)}
      data-open={String(open)}
      data-item={item.id}
    >
      <button
        type="button"
        class="pl-cl-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={onToggle}
      >
        <span class="pl-cl-check" aria-hidden="true">
          {state.done ? <Tick /> : state.locked ? <Lock /> : state.index + 1}
        </span>
        <span class="pl-cl-item-title" dir="auto">
          {item.title}
        </span>
        {item.optional && <span class="pl-tag pl-cl-tag">{t('checklist.optional')}</span>}
        {/* Named by what it shows, then where it stands: "Create an invoice, Not done yet". */}
        <span class="pl-sr-only">, {status}</span>
        <Icon name="chevron" size={16} class="pl-cl-chevron" />
      </button>
      <div class="pl-cl-body" id={bodyId} hidden={!open}>
        {item.description && <p dir="auto">{item.description}</p>}
        {state.locked ? (
          <span class="pl-cl-locked">
            <Lock />
            {t('checklist.locked')}
          </span>
        ) : (
          <Action ctl={ctl} checklistId={checklistId} state={state} />
        )}
      </div>
    </li>
  );
}

/** "You're all set!": once, then the list gets out of the way (seen when it goes, or with "Got it"). */
function Celebration({
  ctl,
  state,
  onDone,
  t,
}: {
  ctl: ChecklistsController;
  state: ChecklistState;
  onDone: () => void;
  t: ReturnType<typeof useText>;
}) {
  const { id, title } = state.checklist;
  useEffect(() => () => ctl.celebrated(id), [ctl, id]);
  return (
    <div class="pl-cl-party">
      <Medal />
      <strong>{t('checklist.allSet')}</strong>
      <p>{t('checklist.allSetText', { title })}</p>
      <button
        type="button"
        class="pl-button"
        onClick={() => {
          ctl.celebrated(id);
          onDone();
        }}
      >
        {t('checklist.gotIt')}
      </button>
    </div>
  );
}

/** The items done since the last render, for their one tick animation (not on every opening of the view). */
function useFresh(state: ChecklistState | undefined): Set<string> {
  const seen = useRef<{ id?: string; done: Set<string> }>({ done: new Set() });
  const done = new Set(state?.items.filter((i) => i.done).map((i) => i.item.id));
  const before = seen.current;
  const fresh =
    before.id === state?.checklist.id
      ? new Set([...done].filter((id) => !before.done.has(id)))
      : new Set<string>();
  useEffect(() => {
    seen.current = { id: state?.checklist.id, done };
  });
  return fresh;
}

/**
 * The panel's `checklist` view: the checklist's title and progress, its items as a list of disclosure
 * buttons (the one to do next open, with its description and action), and "Dismiss checklist". Items
 * tick as they complete, wherever the user did the thing; the count is announced by the layer's live
 * region. Opening it offers the checklist (a developer call bypasses targeting), and brings a dismissed
 * one back: the user asked for it.
 */
export function ChecklistView(props: ChecklistProps) {
  const { rt, store, ctl } = props;
  const t = useText(rt);
  useStore(ctl.$checklists);
  const loaded = useStore(ctl.$loaded);
  const state = ctl.shown();
  const id = state?.checklist.id;
  // The item the user opened (null: they closed the open one), while the next one stays the same.
  const [chosen, setChosen] = useState<{ id: string | null; next: string | undefined }>();
  const fresh = useFresh(state);

  useEffect(() => {
    if (id !== undefined) ctl.open(id);
  }, [ctl, id]);
  // Opened before this chunk arrived, the panel focused itself: the title takes focus now, as it would have.
  useEffect(() => {
    const active = rt.shadow.activeElement;
    if (id !== undefined && (!active || active.classList.contains('pl-panel')))
      rt.shadow.querySelector<HTMLElement>('.pl-cl-title')?.focus({ preventScroll: true });
  }, [rt, id]);
  // The next item opens by itself once it changes (the one the user opened may be done).
  const nextId = state?.items.find((i) => i.next)?.item.id;

  if (!state) {
    return loaded ? (
      <p class="pl-empty">{t('checklist.empty')}</p>
    ) : (
      <Skeleton label={t('checklist.loading')} rows={5} />
    );
  }
  const { checklist } = state;
  const titleId = domId(checklist.id, 'title');
  const openId = chosen && chosen.next === nextId ? chosen.id : nextId;
  return (
    <div class="pl-cl">
      {state.status === 'celebrating' && (
        <Celebration ctl={ctl} state={state} t={t} onDone={() => store.open('home')} />
      )}
      <div class="pl-cl-head">
        <h3 class="pl-cl-title" id={titleId} tabIndex={-1} data-autofocus dir="auto">
          {checklist.title}
        </h3>
        {checklist.description && (
          <p class="pl-cl-desc" dir="auto">
            {checklist.description}
          </p>
        )}
        <div class="pl-cl-meter">
          <span class="pl-cl-meter-text">
            {t('checklist.progress', { done: state.done, total: state.total })}
          </span>
          <Bar done={state.done} total={state.total} />
        </div>
      </div>
      <ol class="pl-cl-items" aria-labelledby={titleId}>
        {state.items.map((item) => (
          <Item
            key={item.item.id}
            ctl={ctl}
            checklistId={checklist.id}
            state={item}
            open={openId === item.item.id}
            fresh={fresh.has(item.item.id)}
            onToggle={() => setChosen({ id: openId === item.item.id ? null : item.item.id, next: nextId })}
            t={t}
          />
        ))}
      </ol>
      {!state.complete && (
        <div class="pl-cl-foot">
          <button
            type="button"
            class="pl-cl-link"
            onClick={() => {
              ctl.dismiss(checklist.id);
              store.open('home');
            }}
          >
            {t('checklist.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
