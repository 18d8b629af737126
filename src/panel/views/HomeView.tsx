import { useMemo } from 'preact/hooks';
import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import { ArticleList, Sections, Skeleton, Unavailable } from '../components';
import type { ViewProps } from '../Panel';
import type { SectionProps } from '../registry';

const SUGGESTIONS = 5;

/**
 * The home view's sections: what helps on this page, topics to browse, then what other capabilities
 * registered (the way to a human). The greeting and the search field above them belong to SearchView,
 * which draws both home and search so the field the user is typing in is never replaced when the first
 * letter switches to results.
 */
export function HomeSections(props: ViewProps) {
  const { rt, kb } = props;
  const { t } = useStore(rt.$t);
  const status = useStore(kb.$status);
  return (
    <>
      {status === 'loading' && <Skeleton label={t('search.loading')} rows={5} />}
      {status === 'error' && <Unavailable {...props} />}
      <Sections slot="home" {...props} />
    </>
  );
}

/** Articles whose `contexts` match the page the user is on. */
export function SuggestedSection({ rt, store, kb }: SectionProps) {
  const { t } = useStore(rt.$t);
  const status = useStore(kb.$status);
  const articles = useStore(kb.$articles);
  // Suggestions follow the host's SPA route.
  const path = useStore(rt.page.$path);
  const suggestions = useMemo(
    () => (status === 'ready' ? kb.suggestionsFor(path, SUGGESTIONS) : []),
    [status, path, articles, kb],
  );
  if (status !== 'ready') return null;
  // The feed failed (nothing of it shown) while the search engine answers: say so, and searching still works.
  if (!articles.length && rt.config.feed && rt.config.search)
    return <div class="pl-empty">{t('home.suggestionsUnavailable')}</div>;
  if (suggestions.length === 0) return null;
  return <ArticleList store={store} id="pl-suggested" title={t('home.suggested')} articles={suggestions} />;
}

/**
 * Under "No articles match": what helps on this page, else the feed's first articles (a feed lists its
 * most-read first), so the empty state is never a dead end.
 */
export function NoResultsArticles({ rt, store, kb }: ViewProps) {
  const { t } = useStore(rt.$t);
  const suggested = kb.suggestionsFor(rt.page.$path.get(), SUGGESTIONS);
  const [title, articles] = suggested.length
    ? [t('home.suggested'), suggested]
    : [t('search.popular'), kb.$articles.get().slice(0, SUGGESTIONS)];
  return <ArticleList store={store} id="pl-alternatives" title={title} articles={articles} />;
}

/** Top-level categories with how many articles each holds (its subcategories' included). */
export function TopicsSection({ rt, store, kb }: SectionProps) {
  const { t } = useStore(rt.$t);
  const status = useStore(kb.$status);
  const articles = useStore(kb.$articles);
  const categories = useStore(kb.$categories);
  const topics = useMemo(() => {
    const parentOf = new Map(categories.map((c) => [c.id, c.parent]));
    const counts = new Map<string, number>();
    for (const article of articles) {
      // An article counts for its category and for each of its parents (guarding against cycles).
      const seen = new Set<string>();
      for (let id = article.category; id && !seen.has(id); id = parentOf.get(id)) {
        seen.add(id);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return categories
      .filter((c) => !c.parent || !parentOf.has(c.parent))
      .map((c) => ({ ...c, count: counts.get(c.id) ?? 0 }))
      .filter((c) => c.count > 0);
  }, [categories, articles]);
  if (status !== 'ready' || topics.length === 0) return null;
  return (
    <section class="pl-section" aria-labelledby="pl-topics">
      <h3 class="pl-section-title" id="pl-topics">
        {t('home.categories')}
      </h3>
      <ul class="pl-list pl-topics">
        {topics.map((topic) => (
          <li key={topic.id}>
            <button
              type="button"
              class="pl-row"
              onClick={() => {
                store.setQuery('');
                store.open('search', { category: topic.id });
              }}
            >
              <span class="pl-topic-icon" aria-hidden="true">
                {topic.iconPath ? (
                  <Icon d={topic.iconPath} size={18} />
                ) : topic.icon ? (
                  <img src={topic.icon} alt="" width={20} height={20} />
                ) : (
                  <Icon name="folder" size={18} />
                )}
              </span>
              <span class="pl-row-text">
                <span class="pl-row-title">{topic.title}</span>
              </span>
              <span class="pl-count" aria-hidden="true">
                {topic.count}
              </span>
              <Icon name="chevron" size={16} class="pl-row-chevron" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
