import { atom, type WritableAtom } from 'nanostores';
import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import type { Article, Category } from '../types';
import { whenIdle } from './idle';
import type { KnowledgeBase, KnowledgeBaseStatus } from './types';

/**
 * The knowledge base as the main bundle carries it: the same interface, backed by the `kb` chunk
 * (feed loading, cache, validation, search index), which loads once the page is idle or when the
 * panel opens, whichever comes first. Until then `search` finds nothing and `$status` says loading.
 */
export function lazyKnowledgeBase(rt: Runtime): KnowledgeBase {
  const hasFeed = rt.config.feed !== undefined;
  const $status = atom<KnowledgeBaseStatus>(hasFeed ? 'loading' : 'none');
  const $articles = atom<readonly Article[]>([]);
  const $categories = atom<readonly Category[]>([]);
  const $searchReady = atom(false);
  const stop = new AbortController();
  rt.onDestroy(() => stop.abort());
  let real: KnowledgeBase | undefined;
  let requested = false;

  const mirror = <T>(from: { get(): T; listen(fn: (value: T) => void): () => void }, to: WritableAtom<T>) => {
    to.set(from.get());
    rt.onDestroy(from.listen((value) => to.set(value)));
  };

  const load = () => {
    if (requested || !hasFeed || stop.signal.aborted) return;
    requested = true;
    rt.loadChunk('kb').then(
      ({ setupKnowledgeBase }) => {
        if (stop.signal.aborted) return;
        real = setupKnowledgeBase(rt);
        mirror(real.$status, $status);
        mirror(real.$articles, $articles);
        mirror(real.$categories, $categories);
        mirror(real.$searchReady, $searchReady);
      },
      (error) => {
        requested = false;
        $status.set('error');
        rt.report('chunk_load_failed', `Could not load the knowledge base: ${errorMessage(error)}`);
      },
    );
  };

  whenIdle(stop.signal).then(load, () => {});
  rt.onDestroy(rt.on('open', load));

  return {
    $status,
    $articles,
    $categories,
    $searchReady,
    search: (query, options) => real?.search(query, options) ?? [],
    getArticle: (id) => real?.getArticle(id),
    suggestionsFor: (path, limit) => real?.suggestionsFor(path, limit) ?? [],
    retry: () => {
      if (real) real.retry();
      else {
        $status.set('loading');
        load();
      }
    },
  };
}
