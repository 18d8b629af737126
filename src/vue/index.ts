/**
 * Vue 3 bindings (`pathlight/vue`): a plugin that starts the widget with the app and removes it when the
 * app unmounts, and composables for its methods and events. On the server (Nuxt SSR) nothing starts: use it
 * from a client-only plugin (README: Nuxt).
 *
 * @example
 * import { createApp } from 'vue';
 * import { Pathlight } from 'pathlight/vue';
 * createApp(App).use(Pathlight, { feed: '/help/feed.json' }).mount('#app');
 *
 * // in a component's setup():
 * const help = usePathlight();
 * usePathlightEvent('search', ({ query }) => console.log(query));
 */
import { type App, getCurrentInstance, type InjectionKey, inject, onBeforeUnmount } from 'vue';
import { boundInstance } from '../bindings/bound';
import type { PathlightConfig, PathlightEvents, PathlightInstance } from '../types';

const KEY: InjectionKey<PathlightInstance> = Symbol('pathlight');

export const Pathlight = {
  install(app: App, config: PathlightConfig): void {
    const bound = boundInstance();
    app.provide(KEY, bound.api);
    bound.start(config);
    // `app.onUnmount` is Vue 3.5's; before it, wrap `unmount`.
    if (typeof app.onUnmount === 'function') app.onUnmount(() => bound.stop());
    else {
      const unmount = app.unmount.bind(app);
      app.unmount = () => {
        bound.stop();
        unmount();
      };
    }
  },
};

/** The widget's methods; call it in `setup()`. */
export function usePathlight(): PathlightInstance {
  const help = inject(KEY, null);
  if (!help) throw new Error('usePathlight() needs app.use(Pathlight, config) first.');
  return help;
}

/** Calls `handler` on each `name` event until the component unmounts; call it in `setup()`. */
export function usePathlightEvent<K extends keyof PathlightEvents>(
  name: K,
  handler: (payload: PathlightEvents[K]) => void,
): void {
  const off = usePathlight().on(name, handler);
  if (getCurrentInstance()) onBeforeUnmount(off);
}

export type { PathlightConfig, PathlightEvents, PathlightInstance } from '../types';
