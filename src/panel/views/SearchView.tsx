import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../kb/search/index';
import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import { formatTime, Highlighted, Sections, Skeleton, Unavailable } from '../components';
import type { ViewProps } from '../Panel';
import { HomeSections, NoResultsArticles } from './HomeView';

export const LISTBOX_ID = 'pl-results';
/** Results follow typing after this pause. */
export const DEBOUNCE_MS = 100;
/** A query counts as searched (the `search` event) after this pause, or when the user acts on it. */
export const SETTLE_MS = 1000;
const LIMIT = 20;

interface ListboxControl {
  expanded: boolean;
  activeId?: string | undefined;
  /** Handles a key for the listbox; returns true when it did. */
  onKey?: (event: KeyboardEvent) => boolean;
}

/** The search box: a combobox controlling the results listbox (DESIGN.md's DOM contract). */
export function SearchField({ rt, store, listbox }: ViewProps & { listbox?: ListboxControl }) {
  const { t } = useStore(rt.$t);
  const { query, view, category } = useStore(store.$panel);

  const change = (value: string) => {
    store.setQuery(value);
    if (value.trim() && (view !== 'search' || category)) store.open('search', { category: undefined });
    // An emptied search returns home, where the field waits with the suggestions.
    else if (!value.trim() && view === 'search' && !category) store.open('home');
  };

  return (
    <div class="pl-search" role="search">
      <span class="pl-search-icon">
        <Icon name="search" size={18} />
      </span>
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={listbox?.expanded ?? false}
        aria-controls={LISTBOX_ID}
        aria-autocomplete="list"
        aria-activedescendant={listbox?.activeId}
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        value={query}
        data-autofocus=""
        onFocus={(event) => {
          // Focus moved here after the view changed: keep typing at the end of the text.
          const input = event.currentTarget;
          if (input.selectionStart === 0 && input.selectionEnd === 0 && input.value) {
            input.setSelectionRange(input.value.length, input.value.length);
          }
        }}
        onInput={(event) => change(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.isComposing) return;
          if (event.key === 'Escape' && event.currentTarget.value) {
            // The first Escape clears the field; the next one (on an empty field) closes the panel.
            event.preventDefault();
            event.stopPropagation();
            change('');
            return;
          }
          if (listbox?.onKey?.(event)) event.preventDefault();
        }}
      />
      {query && (
        <button
          type="button"
          class="pl-icon-button"
          aria-label={t('search.clear')}
          onClick={() => change('')}
        >
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  );
}

/** What a result row needs: a search hit, or an article listed in a category. */
type Row = Pick<SearchHit, 'id' | 'title' | 'snippet' | 'highlights' | 'at' | 'locale'>;

/**
 * Emits `search` once the user settles on a query: after a pause, when a result opens, or when the view goes.
 * A query that is already the journey's latest is not counted again (Back to the same results, a re-render).
 */
function useSettledReport({ rt }: ViewProps, query: string, count: number, active: boolean) {
  // Read at flush time, not captured by an effect: a click can come before the effects of the last render ran.
  const latest = useRef({ query, count, active });
  latest.current = { query, count, active };
  const flush = () => {
    const now = latest.current;
    if (!now.active || !now.query) return;
    const queries = rt.journey.get().queries;
    if (queries[queries.length - 1] !== now.query)
      rt.emit('search', { query: now.query, resultCount: now.count });
  };
  useEffect(() => {
    if (!active || !query) return;
    const timer = setTimeout(flush, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, count, active]);
  // Leaving the view (an article opened, the panel closed) settles the query too.
  useEffect(() => () => flush(), []);
  return flush;
}

/** Home and search in one component: the search field stays the same element across both. */
export function SearchView(props: ViewProps) {
  const { rt, store, kb } = props;
  const { t } = useStore(rt.$t);
  const { query, category, view } = useStore(store.$panel);
  const home = view === 'home';
  const status = useStore(kb.$status);
  const ready = useStore(kb.$searchReady);
  const articles = useStore(kb.$articles);
  const categories = useStore(kb.$categories);
  const [settled, setSettled] = useState(query);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (query === settled) return;
    const timer = setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, settled]);

  const term = settled.trim();
  const browsing = !term && !!category;
  const rows: Row[] = useMemo(() => {
    if (term) {
      // Asked even while not ready: a remote engine's request for the query before is aborted at once.
      const hits = kb.search(term, { limit: LIMIT });
      return ready ? hits : [];
    }
    if (!category) return [];
    return articles
      .filter((a) => a.category === category)
      .map((a) => ({ id: a.id, title: a.title, ...(a.summary ? { snippet: a.summary } : {}) }));
  }, [term, ready, category, articles, kb]);
  const loading = status === 'loading' || (!!term && status === 'ready' && !ready);
  const shown = !loading && status !== 'error';

  // In the same commit as the new rows (a layout effect): a key pressed right after must not be undone.
  useLayoutEffect(() => setActive(-1), [rows]);
  useEffect(() => {
    if (active < 0) return;
    list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const settle = useSettledReport(props, term, rows.length, shown && !!term);

  const openRow = (row: Row) => {
    settle();
    store.open('article', { articleId: row.id, at: row.at });
  };

  const onKey = (event: KeyboardEvent): boolean => {
    const n = rows.length;
    if (event.key === 'Enter' && !n) settle();
    if (!n) return false;
    switch (event.key) {
      case 'ArrowDown':
        setActive((i) => (i + 1) % n);
        return true;
      case 'ArrowUp':
        setActive((i) => (i <= 0 ? n - 1 : i - 1));
        return true;
      case 'Home':
      case 'End':
        // Without an active option, Home/End move the caret in the text as usual.
        if (active < 0) return false;
        setActive(event.key === 'Home' ? 0 : n - 1);
        return true;
      case 'Enter':
        openRow(rows[Math.max(active, 0)]!);
        return true;
      default:
        return false;
    }
  };

  const optionId = (i: number) => `${LISTBOX_ID}-${i}`;
  const categoryTitle = browsing ? categories.find((c) => c.id === category)?.title : undefined;
  const subcategories = browsing ? categories.filter((c) => c.parent === category) : [];
  const announce = shown && (term || browsing) ? t('search.results', { count: rows.length }) : '';
  // Hits in another language than the articles shown: the knowledge base looked elsewhere ("Results in Polish").
  const other = term && shown ? rows[0]?.locale : undefined;
  const elsewhere =
    other && other.split('-')[0] !== articles[0]?.locale?.split('-')[0]
      ? t('search.resultsIn', {
          language: new Intl.DisplayNames([rt.$locale.get()], { type: 'language' }).of(other) ?? other,
        })
      : undefined;

  const field = (
    <div class={home ? 'pl-home-hero' : 'pl-search-top'}>
      {home && <p class="pl-hero">{t('panel.greeting')}</p>}
      <SearchField
        key="field"
        {...props}
        listbox={
          home
            ? undefined
            : {
                expanded: shown && rows.length > 0,
                activeId: active >= 0 && active < rows.length ? optionId(active) : undefined,
                onKey,
              }
        }
      />
    </div>
  );
  if (home) {
    return (
      <>
        {field}
        <HomeSections {...props} />
      </>
    );
  }

  return (
    <>
      {field}
      <div class="pl-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announce}
      </div>
      {status === 'error' && <Unavailable {...props} />}
      {loading && <Skeleton label={t('search.loading')} rows={4} />}
      {browsing && categoryTitle && <h3 class="pl-view-title">{categoryTitle}</h3>}
      {elsewhere && <h3 class="pl-view-title">{elsewhere}</h3>}
      {subcategories.length > 0 && (
        <ul class="pl-list pl-topics">
          {subcategories.map((sub) => (
            <li key={sub.id}>
              <button type="button" class="pl-row" onClick={() => store.open('search', { category: sub.id })}>
                <Icon name="folder" size={18} />
                <span class="pl-row-text">
                  <span class="pl-row-title">{sub.title}</span>
                </span>
                <Icon name="chevron" size={16} class="pl-row-chevron" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul
        ref={list}
        id={LISTBOX_ID}
        role="listbox"
        aria-label={categoryTitle ?? elsewhere ?? t('search.label')}
        class="pl-list pl-results"
      >
        {shown &&
          rows.map((row, i) => {
            const video = kb.getArticle(row.id)?.video;
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox stay unfocused (aria-activedescendant)
              <li
                key={row.id + (row.at ?? '')}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class="pl-row pl-result"
                lang={row.locale}
                // Keep focus in the field: the combobox owns the keyboard.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => i !== active && setActive(i)}
                onClick={() => openRow(row)}
              >
                <span class="pl-result-icon" aria-hidden="true">
                  <Icon name={video ? 'play' : 'article'} size={18} />
                </span>
                <span class="pl-row-text">
                  <span class="pl-row-title" dir="auto">
                    <Highlighted text={row.title} ranges={row.highlights?.title} />
                  </span>
                  {row.snippet && (
                    <span class="pl-row-sub pl-snippet" dir="auto">
                      <Highlighted text={row.snippet} ranges={row.highlights?.snippet} />
                    </span>
                  )}
                  {(video || row.at !== undefined) && (
                    <span class="pl-result-meta">
                      {video && <span class="pl-tag">{t('video.badge')}</span>}
                      {row.at !== undefined && (
                        <span class="pl-time">
                          <Icon name="play" size={12} />
                          {formatTime(row.at)}
                        </span>
                      )}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
      </ul>
      {shown && term && rows.length === 0 && (
        <>
          <div class="pl-empty">
            <span class="pl-empty-icon">
              <Icon name="search" size={24} />
            </span>
            <strong>{t('search.noResults', { query: term })}</strong>
            <span>{t('search.noResultsHint')}</span>
            <Sections slot="no-results" {...props} settleSearch={settle} />
          </div>
          <NoResultsArticles {...props} />
        </>
      )}
      {shown && rows.length > 0 && <Sections slot="results" {...props} />}
    </>
  );
}
