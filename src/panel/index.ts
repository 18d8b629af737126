import { h, render } from 'preact';
import { safeUrl } from '../content/urls';
import type { Runtime } from '../core/context';
import { describe } from '../core/validate';
import type { KnowledgeBase } from '../kb/types';
import type { PanelView } from '../types';
import { deepActiveElement } from '../ui/host';
import { App } from './App';
import { LazyArticleView } from './lazy-article';
import { lazyElementHelp } from './lazy-element-help';
import { createPanelRegistry, type PanelRegistry } from './registry';
import { createPanelStore, type PanelStore } from './state';
import { SuggestedSection, TopicsSection } from './views/HomeView';
import { SearchView } from './views/SearchView';

export type { PanelChunk } from './lazy-chunk';
export { panelChunk } from './lazy-chunk';
export type { PanelRegistry, PanelSectionSpec, PanelSlot, PanelViewSpec, SectionProps } from './registry';
export type { PanelState, PanelStore } from './state';
export { createPanelStore } from './state';

/** What every view receives. */
export interface PanelContext {
  rt: Runtime;
  store: PanelStore;
  kb: KnowledgeBase;
  /** The views and sections capabilities registered; the panel draws them. */
  registry: PanelRegistry;
}

/** The panel's own views and home sections, registered like any other capability's. */
function registerBuiltIns(registry: PanelRegistry): Array<() => void> {
  return [
    // One component for both, so the search field is not replaced when typing switches to results.
    registry.addView({ id: 'home', titleKey: 'panel.title', component: SearchView }),
    registry.addView({ id: 'search', titleKey: 'panel.title', component: SearchView }),
    registry.addView({ id: 'article', titleKey: 'panel.title', component: LazyArticleView }),
    registry.addSection({ id: 'suggested', slot: 'home', order: 10, component: SuggestedSection }),
    // After the way to a human (1000): a long list of topics must not push the contact out of sight.
    registry.addSection({ id: 'topics', slot: 'home', order: 1100, component: TopicsSection }),
  ];
}

/**
 * The help panel: owns open/close/toggle/search/showArticle, draws the launcher, the panel and
 * other capabilities' layers into the shadow root, and adds the "?" affordance next to host elements
 * marked `data-pathlight-article`. Other capabilities add views and sections through `registry`.
 * Returns the UI mount for the runtime.
 * @example
 * ui: (rt) => {
 *   const panel = setupPanel(rt, setupKnowledgeBase(rt));
 *   setupHandoff(rt, panel.registry);
 *   return panel.mount;
 * }
 */
export function setupPanel(
  rt: Runtime,
  kb: KnowledgeBase,
): {
  store: PanelStore;
  registry: PanelRegistry;
  mount: (container: HTMLElement) => () => void;
} {
  const store = createPanelStore();
  const logo = rt.config.panel?.logo;
  if (logo !== undefined && !safeUrl(logo))
    rt.report(
      'config_invalid',
      `Config "panel.logo" should be an https:, http: or relative URL, got ${describe(logo, 'js')}; no logo is shown.`,
    );
  const registry = createPanelRegistry(rt.report);
  for (const remove of registerBuiltIns(registry)) rt.onDestroy(remove);
  // `article:view` carries the id; the journey keeps the title the user saw, for hand-off.
  rt.onDestroy(rt.journey.nameArticles((id) => kb.getArticle(id)?.title));
  let opener: HTMLElement | null = null;

  const open = (view?: PanelView, extra?: Parameters<PanelStore['open']>[1]) => {
    const views = registry.$views.get();
    if (view !== undefined && !views.has(view)) {
      rt.report(
        'config_invalid',
        `open("${String(view)}"): the view should be one of ${[...views.keys()].join(', ')}.`,
      );
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

  const ElementHelp = lazyElementHelp(kb);
  rt.addLayer(ElementHelp);

  const ctx: PanelContext = { rt, store, kb, registry };
  return {
    store,
    registry,
    mount(container) {
      render(h(App, { ctx }), container);
      return () => render(null, container);
    },
  };
}
