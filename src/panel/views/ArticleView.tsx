import { useStore } from '../../ui/use-store';
import type { ViewProps } from '../Panel';

export function ArticleView({ rt }: ViewProps) {
  const { t } = useStore(rt.$t);
  return (
    <div class="pl-empty" role="status">
      <strong>{t('article.notFound')}</strong>
    </div>
  );
}
