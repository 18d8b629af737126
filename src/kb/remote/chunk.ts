// The remote search as a lazy chunk (`pathlight.search-remote.js`): the knowledge base loads it only when
// `config.search` is set, and it loads the one engine adapter that config names (its own chunk).
import type { Runtime } from '../../core/context';
import type { SearchAdapter } from '../../types';
import { createRemoteSearch, type RemoteSearch } from './index';
import { validateSearch } from './validate';

/**
 * The instance's remote search, or undefined when `config.search` is not usable (its problems reported).
 * `onChange` runs when an answer arrives or fails, `onArticle` when a fetched article does.
 */
export function setupRemoteSearch(
  rt: Runtime,
  on: { onChange(): void; onArticle(): void },
): RemoteSearch | undefined {
  const { config, problems } = validateSearch(rt.config.search);
  for (const problem of problems) rt.report('config_invalid', problem);
  if (!config) return undefined;
  const { provider } = config;
  const adapter: Promise<SearchAdapter> =
    typeof provider === 'string'
      ? rt.loadChunk(`search-${provider}`).then((chunk) => chunk.createAdapter(config as never))
      : Promise.resolve(provider);
  // A chunk that does not load is the engine failing: reported once, the feed's index answers.
  adapter.catch(() => {});
  const remote = createRemoteSearch({
    adapter,
    report: (message, cause) => rt.report('search_failed', message, cause),
    onChange: on.onChange,
    onArticle: on.onArticle,
    context: () => ({ path: typeof location === 'undefined' ? '/' : location.pathname }),
    ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
  });
  const onOnline = () => remote.retry();
  window.addEventListener('online', onOnline);
  rt.onDestroy(() => {
    window.removeEventListener('online', onOnline);
    remote.destroy();
  });
  return remote;
}

declare module '../../core/chunks' {
  interface Chunks {
    'search-remote': typeof import('./chunk');
  }
}
