import { atom, type ReadableAtom } from 'nanostores';

/** The current page, as targeting and suggestions see it: path without query string or fragment. */
export interface PageContext {
  readonly $path: ReadableAtom<string>;
  /** The hash too, for apps that route with `#/…`. */
  readonly $hash: ReadableAtom<string>;
  /** Called once per route change (push, replace, back/forward, hash). Returns the unsubscribe. */
  onRoute(handler: (path: string) => void): () => void;
  /**
   * The one shared element watcher. `handler` runs at most once per animation frame after DOM
   * changes anywhere in the document. Returns the unsubscribe; the observer stops when nobody listens.
   */
  watchElements(handler: () => void): () => void;
  destroy(): void;
}

type HistoryMethod = 'pushState' | 'replaceState';

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

/**
 * Route and DOM change watching for single-page apps. Uses the Navigation API where the browser
 * has it (one `currententrychange` per navigation, no patching); elsewhere wraps
 * `history.pushState/replaceState` and listens to `popstate` and `hashchange`, coalescing the
 * triggers of one navigation into one route evaluation.
 */
export function createPageContext(win: Window = window): PageContext {
  const location = win.location;
  const $path = atom(location.pathname);
  const $hash = atom(location.hash);
  const routeHandlers = new Set<(path: string) => void>();
  const teardowns: Array<() => void> = [];
  let pending = false;
  /** The URL a `popstate` evaluated, until the `hashchange` of the same navigation (if any) arrives. */
  let poppedHref: string | undefined;

  const fire = () => {
    pending = false;
    $path.set(location.pathname);
    $hash.set(location.hash);
    for (const handler of [...routeHandlers]) handler(location.pathname);
  };
  // The triggers of one navigation that arrive in the same task (a patched pushState called twice by two
  // routers, popstate + hashchange in a test): a microtask joins them.
  const schedule = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      if (pending) fire();
    });
  };
  const onPopState = () => {
    poppedHref = location.href;
    schedule();
  };
  // Browsers fire `hashchange` in a later task than the `popstate` of the same hash navigation, so the
  // microtask cannot join them: a hashchange to the URL the last popstate already evaluated is that navigation.
  const onHashChange = () => {
    const duplicate = poppedHref === location.href;
    poppedHref = undefined;
    if (!duplicate) schedule();
  };

  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function' && 'currentEntry' in navigation) {
    navigation.addEventListener('currententrychange', schedule);
    teardowns.push(() => navigation.removeEventListener('currententrychange', schedule));
  } else {
    const history = win.history;
    for (const method of ['pushState', 'replaceState'] as HistoryMethod[]) {
      const original = history[method];
      let active = true;
      const wrapped = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        poppedHref = undefined;
        if (active) schedule();
        return result;
      };
      history[method] = wrapped;
      teardowns.push(() => {
        active = false;
        // Another library may have wrapped ours since: then leave its wrapper in place, inert on our side.
        if (history[method] === wrapped) history[method] = original;
      });
    }
    win.addEventListener('popstate', onPopState);
    win.addEventListener('hashchange', onHashChange);
    teardowns.push(() => {
      win.removeEventListener('popstate', onPopState);
      win.removeEventListener('hashchange', onHashChange);
    });
  }

  const elementHandlers = new Set<() => void>();
  let observer: MutationObserver | undefined;
  let frame = 0;
  const flush = () => {
    frame = 0;
    for (const handler of [...elementHandlers]) handler();
  };
  const startObserver = () => {
    observer = new MutationObserver(() => {
      if (!frame) frame = win.requestAnimationFrame(flush);
    });
    observer.observe(win.document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'style', 'open', 'aria-hidden'],
    });
  };
  const stopObserver = () => {
    observer?.disconnect();
    observer = undefined;
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  };

  return {
    $path,
    $hash,
    onRoute(handler) {
      routeHandlers.add(handler);
      return () => routeHandlers.delete(handler);
    },
    watchElements(handler) {
      elementHandlers.add(handler);
      if (!observer) startObserver();
      return () => {
        elementHandlers.delete(handler);
        if (elementHandlers.size === 0) stopObserver();
      };
    },
    destroy() {
      pending = false;
      for (const teardown of teardowns.splice(0)) teardown();
      routeHandlers.clear();
      elementHandlers.clear();
      stopObserver();
    },
  };
}
