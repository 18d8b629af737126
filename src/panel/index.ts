import { h, render } from 'preact';
import type { Runtime } from '../core/context';
import type { PanelView } from '../types';
import { deepActiveElement } from '../ui/host';
import { App } from './App';
import { createPanelStore, type PanelStore } from './state';

export type { PanelState, PanelStore } from './state';
export { createPanelStore } from './state';

const VIEWS: readonly PanelView[] = ['home', 'search', 'article', 'contact', 'checklist'];

/**
 * The help panel: owns open/close/toggle/search/showArticle and draws the launcher, the panel and
 * other capabilities' layers into the shadow root. Returns the UI mount for the runtime.
 */
export function setupPanel(rt: Runtime): {
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
    const launcher = rt.shadow.querySelector<HTMLElement>('.pl-launcher');
    const target = opener?.isConnected ? opener : launcher;
    opener = null;
    target?.focus({ preventScroll: true });
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
      open('search');
    },
    showArticle: (id) => {
      if (typeof id !== 'string' || !id) {
        rt.report('config_invalid', 'showArticle() needs an article id.');
        return;
      }
      open('article', { articleId: id });
    },
  });

  return {
    store,
    mount(container) {
      render(h(App, { rt, store }), container);
      return () => render(null, container);
    },
  };
}
