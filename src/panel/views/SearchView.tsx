import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import type { ViewProps } from '../Panel';
import { HandoffCard } from './ContactView';

export const LISTBOX_ID = 'pl-results';

/** The search box: a combobox controlling the results listbox (DESIGN.md's DOM contract). */
export function SearchField({ rt, store }: ViewProps) {
  const { t } = useStore(rt.$t);
  const { query, view } = useStore(store.$panel);
  return (
    <div class="pl-search" role="search">
      <span class="pl-search-icon">
        <Icon name="search" size={18} />
      </span>
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={view === 'search' && query.trim() !== ''}
        aria-controls={LISTBOX_ID}
        aria-autocomplete="list"
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        value={query}
        data-autofocus=""
        onInput={(event) => {
          const value = (event.currentTarget as HTMLInputElement).value;
          store.setQuery(value);
          if (view !== 'search' && value.trim()) store.open('search');
        }}
      />
      {query && (
        <button
          type="button"
          class="pl-icon-button"
          aria-label={t('search.clear')}
          onClick={() => {
            store.setQuery('');
          }}
        >
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  );
}

export function SearchView({ rt, store }: ViewProps) {
  const { t } = useStore(rt.$t);
  const { query } = useStore(store.$panel);
  return (
    <>
      <SearchField rt={rt} store={store} />
      <ul id={LISTBOX_ID} role="listbox" aria-label={t('search.label')} class="pl-list" />
      {query.trim() && (
        <div class="pl-empty" role="status">
          <strong>{t('search.noResults', { query })}</strong>
          {t('search.noResultsHint')}
        </div>
      )}
      <HandoffCard rt={rt} store={store} />
    </>
  );
}
