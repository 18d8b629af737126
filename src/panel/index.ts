import { h, render } from 'preact';
import type { Runtime } from '../core/context';
import type { KnowledgeBase } from '../kb/types';
import type { PanelView } from '../types';
import { deepActiveElement } from '../ui/host';
import { App } from './App';
import { createElementHelp } from './ElementHelp';
import { createPanelStore, type PanelStore } from './state';

export type { PanelState, PanelStore } from './state';
export { createPanelStore } from './state';

const VIEWS: readonly PanelView[] = ['home', 'search', 'article', 'contact', 'checklist'];

/** What every view receives. */
export interface PanelContext {
  rt: Runtime;
  store: PanelStore;
  kb: KnowledgeBase;
}

/**
 * The help panel: owns open/close/toggle/search/showArticle, draws the launcher, the panel and
 * other capabilities' layers into the shadow root, and adds the "?" affordance next to host elements
 * marked `data-pathlight-article`. Returns the UI mount for the runtime.
 * @example
 * ui: (rt) => setupPanel(rt, setupKnowledgeBase(rt)).mount
 */
export function setupPanel(
  rt: Runtime,
  kb: KnowledgeBase,
): {
  store: PanelStore;
  mount: (container: HTMLElement) => () => void;
} {
  const store = createPanelStore();
  let opener: HTMLElement | null = null;

  const open = (view?: PanelView, extra?: Parameters<PanelStore['open']>[1]) => {
    if (view !== undefined && !VIEWS.includes(view)) {
      rt.report('config_invalid', `open("${String(view)}"): the view should be one of ${VIEWS.join(', ')}.`);
      view = undefined;
    }
    const wasOpen = store.$panel.get().open;
    if (!wasOpen) {
      const active = deepActiveElement();
      // Focus inside our own panel is not an opener; the launcher is (it lives in our shadow root).
      opener = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    store.open(view, extra);
    if (!wasOpen) rt.emit('open', { view: store.$panel.get().view });
  };

  const close = () => {
    if (!store.$panel.get().open) return;
    store.close();
    rt.emit('close', {});
    const target = opener;
    opener = null;
    // After the re-render this close queued (preact renders in a microtask queued by the store change): on
    // phones the launcher is hidden while the panel is open, and a hidden element cannot take focus. Focus the
    // host moved elsewhere meanwhile stays where it is.
    queueMicrotask(() => {
      const active = deepActiveElement();
      if (active && active !== document.body && active.getRootNode() !== rt.shadow) return;
      const to = target?.isConnected ? target : rt.shadow.querySelector<HTMLElement>('.pl-launcher');
      to?.focus({ preventScroll: true });
    });
  };

  rt.provide({
    open: (view) => open(view),
    close,
    toggle: () => (store.$panel.get().open ? close() : open()),
    search: (query) => {
      if (typeof query !== 'string') {
        rt.report('config_invalid', 'search() needs the text to search for.');
        return;
      }
      store.setQuery(query);
      open('search', { category: undefined });
    },
    showArticle: (id) => {
      if (typeof id !== 'string' || !id) {
        rt.report('config_invalid', 'showArticle() needs an article id.');
        return;
      }
      open('article', { articleId: id, at: undefined });
    },
  });

  const ElementHelp = createElementHelp(kb);
  rt.$layers.set([...rt.$layers.get(), ElementHelp]);
  rt.onDestroy(() => rt.$layers.set(rt.$layers.get().filter((layer) => layer !== ElementHelp)));

  const ctx: PanelContext = { rt, store, kb };
  return {
    store,
    mount(container) {
      render(h(App, { ctx }), container);
      return () => render(null, container);
    },
  };
}
