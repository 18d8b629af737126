import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { safeUrl } from '../content/urls';
import { cycleTab, focusableIn } from '../ui/host';
import { Icon } from '../ui/icons';
import { lockPageScroll } from '../ui/scroll-lock';
import { useStore } from '../ui/use-store';
import type { PanelContext } from './index';
import { PANEL_ID } from './Launcher';
import { SearchView } from './views/SearchView';

export type ViewProps = PanelContext;

/** Under 640 px the panel fills the screen and becomes modal. */
export const PHONE_QUERY = '(max-width: 639.98px)';

function useMediaQuery(query: string): boolean {
  const list = typeof matchMedia === 'function' ? matchMedia(query) : undefined;
  const [matches, setMatches] = useState(list?.matches ?? false);
  useEffect(() => {
    if (!list) return;
    const onChange = (e: MediaQueryListEvent) => setMatches(e.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [list]);
  return matches;
}

/**
 * Whether the closed panel is still leaving: closing is immediate for everyone but the eye (the store says closed,
 * `close` fires, focus goes back, the launcher says collapsed), while the panel, inert and hidden from assistive
 * technology, plays its exit animation and is then removed. Without a running animation (reduced motion, no
 * Web Animations) it goes at once.
 */
function useLeaving(open: boolean, ref: { current: HTMLElement | null }): boolean {
  const shown = useRef(false);
  const leaving = !open && shown.current;
  shown.current = open || leaving;
  const [, removed] = useState(0);
  useLayoutEffect(() => {
    if (!leaving) return;
    let live = true;
    const remove = () => {
      if (!live) return;
      live = false;
      shown.current = false;
      removed((n) => n + 1);
    };
    const animations = ref.current?.getAnimations?.() ?? [];
    if (!animations.length) {
      remove();
      return;
    }
    // A background tab may never finish the animation: the panel goes anyway.
    const timer = setTimeout(remove, 500);
    Promise.all(animations.map((a) => a.finished)).then(remove, remove);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [leaving]);
  return leaving;
}

export function Panel(props: ViewProps) {
  const { rt, store, registry } = props;
  const { t } = useStore(rt.$t);
  const state = useStore(store.$panel);
  const views = useStore(registry.$views);
  const modal = useMediaQuery(PHONE_QUERY);
  const ref = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleId = `${PANEL_ID}-title`;

  // Move focus in when the panel opens or the view changes: the view's autofocus target, else the dialog.
  useEffect(() => {
    const panel = ref.current;
    if (!state.open || !panel) return;
    const target = panel.querySelector<HTMLElement>('[data-autofocus]') ?? panel;
    if (body.current) body.current.scrollTop = 0;
    target.focus({ preventScroll: true });
  }, [state.open, state.view, state.articleId]);

  // While modal, focus that escapes to the host page (a click, a screen-reader jump) comes back.
  useEffect(() => {
    if (!state.open || !modal) return;
    const onFocusIn = (event: FocusEvent) => {
      // Closing gives focus back to the opener before this effect's cleanup runs: let it go.
      if (!store.$panel.get().open) return;
      const panel = ref.current;
      if (panel && !event.composedPath().includes(panel)) (focusableIn(panel)[0] ?? panel).focus();
    };
    document.addEventListener('focusin', onFocusIn);
    // Nor does the page scroll under the panel that covers it (restored exactly on close and destroy).
    const unlock = lockPageScroll();
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      unlock();
    };
  }, [state.open, modal]);

  const leaving = useLeaving(state.open, ref);
  if (!state.open && !leaving) return null;
  // Only registered views open; one removed while it showed draws the search view.
  const view = views.get(state.view);
  const View = view?.component ?? SearchView;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      rt.handlers.close?.();
      return;
    }
    if (modal && ref.current) cycleTab(event, ref.current, rt.shadow.activeElement);
  };

  const titleKey = view?.titleKey ?? 'panel.title';
  const own = rt.config.panel;
  const title = (titleKey === 'panel.title' && own?.title) || t(titleKey);
  // Checked (and a bad one reported) once, in setupPanel.
  const logo = safeUrl(own?.logo) ? own.logo : undefined;
  return (
    <div
      ref={ref}
      id={PANEL_ID}
      class="pl-panel"
      role="dialog"
      aria-modal={modal ? 'true' : undefined}
      aria-labelledby={titleId}
      aria-hidden={leaving ? 'true' : undefined}
      inert={leaving}
      data-leaving={leaving ? '' : undefined}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="pl-panel-header">
        {state.view !== 'home' && (
          <button
            type="button"
            class="pl-icon-button"
            aria-label={t('panel.back')}
            onClick={() => store.back()}
          >
            <Icon name="back" class="pl-flip-rtl" />
          </button>
        )}
        <h2 class="pl-panel-title" id={titleId}>
          {logo && <img class="pl-logo" src={logo} alt="" height={24} />}
          {title}
        </h2>
        <button
          type="button"
          class="pl-icon-button"
          aria-label={t('panel.close')}
          onClick={() => rt.handlers.close?.()}
        >
          <Icon name="close" />
        </button>
      </div>
      <div class="pl-panel-body" ref={body}>
        <View {...props} />
      </div>
    </div>
  );
}
