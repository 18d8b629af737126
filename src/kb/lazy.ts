import { atom, type WritableAtom } from 'nanostores';
import type { Runtime } from '../core/context';
import { deferred } from '../core/deferred';
import { whenIdle } from '../core/idle';
import type { Article } from '../types';
import type { KnowledgeBase, KnowledgeBaseStatus, TopicCategory } from './types';

/**
 * The knowledge base as the main bundle carries it: the same interface, backed by the `kb` chunk
 * (feed loading, cache, validation, search index), which loads once the page is idle or when the
 * panel opens, whichever comes first (core/deferred.ts). Until then `search` finds nothing and
 * `$status` says loading; the stores then follow the real ones.
 */
export function lazyKnowledgeBase(rt: Runtime): KnowledgeBase {
  // A search engine alone is content too: its hits come through the same chunk.
  const hasFeed = rt.config.feed !== undefined || rt.config.search !== undefined;
  const $status = atom<KnowledgeBaseStatus>(hasFeed ? 'loading' : 'none');
  const $articles = atom<readonly Article[]>([]);
  const $categories = atom<readonly TopicCategory[]>([]);
  const $searchReady = atom(false);
  const stop = new AbortController();
  rt.onDestroy(() => stop.abort());

  const mirror = <T>(from: { get(): T; listen(fn: (value: T) => void): () => void }, to: WritableAtom<T>) => {
    to.set(from.get());
    rt.onDestroy(from.listen((value) => to.set(value)));
  };

  const kb = deferred(rt, {
    what: 'the knowledge base',
    load: () => rt.loadChunk('kb'),
    setup: ({ setupKnowledgeBase }) => {
      const real = setupKnowledgeBase(rt);
      mirror(real.$status, $status);
      mirror(real.$articles, $articles);
      mirror(real.$categories, $categories);
      mirror(real.$searchReady, $searchReady);
      return real;
    },
    onError: () => $status.set('error'),
  });
  // Without a feed there is nothing to load.
  const load = () => {
    if (hasFeed) kb.load();
  };

  whenIdle(stop.signal).then(load, () => {});
  rt.onDestroy(rt.on('open', load));

  return {
    $status,
    $articles,
    $categories,
    $searchReady,
    search: (query, options) => kb.current()?.search(query, options) ?? [],
    getArticle: (id) => kb.current()?.getArticle(id),
    suggestionsFor: (path, limit) => kb.current()?.suggestionsFor(path, limit) ?? [],
    retry: () => {
      const real = kb.current();
      if (real) real.retry();
      else {
        $status.set('loading');
        load();
      }
    },
  };
}
