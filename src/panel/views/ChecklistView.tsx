import { useStore } from '../../ui/use-store';
import type { ViewProps } from '../Panel';

export function ChecklistView({ rt }: ViewProps) {
  const { t } = useStore(rt.$t);
  return <div class="pl-empty">{t('checklist.empty')}</div>;
}
