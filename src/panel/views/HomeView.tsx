import { useStore } from '../../ui/use-store';
import type { ViewProps } from '../Panel';
import { HandoffCard } from './ContactView';
import { SearchField } from './SearchView';

export function HomeView({ rt, store }: ViewProps) {
  const { t } = useStore(rt.$t);
  return (
    <>
      <p class="pl-hero">{t('panel.greeting')}</p>
      <SearchField rt={rt} store={store} />
      <HandoffCard rt={rt} store={store} />
    </>
  );
}
