import { useEffect, useState } from 'preact/hooks';
import { focusAutofocus } from '../ui/host';
import { useStore } from '../ui/use-store';
import { Skeleton, Unavailable } from './components';
import type { PanelContext } from './index';
import { panelChunk } from './lazy-chunk';

const article = panelChunk('article', (chunk) => chunk.articleCss, 'the article view');

/**
 * The article view from the lazy `article` chunk, loaded with the first article (beside the `markdown`
 * chunk of its body): a placeholder until it arrives. The view then mounts hidden and shows once its own
 * first effects have run (a video already at its moment, the article counted as read), with focus on its
 * title if the panel, which focused itself meanwhile, still holds it.
 */
export function LazyArticleView(props: PanelContext) {
  const { rt } = props;
  const { t } = useStore(rt.$t);
  const [View, setView] = useState(() => article.now(rt)?.ArticleView);
  const [shown, setShown] = useState(View !== undefined);
  const [failed, setFailed] = useState(false);
  // "Try again" (on failure) retries the knowledge base; its status change retries this view too.
  const status = useStore(props.kb.$status);

  useEffect(() => {
    if (View) return;
    let live = true;
    setFailed(false);
    // The body's `markdown` chunk loads at the same time, not after the view (the content service, which
    // reports a failure, asks for it again and gets the same module).
    rt.loadChunk('markdown').catch(() => {});
    article.load(rt).then(
      (chunk) => live && setView(() => chunk.ArticleView),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [rt, status, View]);

  // Runs after the view's own effects (children's effects run first).
  useEffect(() => {
    if (View && !shown) setShown(true);
  }, [View, shown]);

  useEffect(() => {
    if (shown) focusAutofocus(rt.shadow);
  }, [shown, rt]);

  if (failed) return <Unavailable {...props} />;
  // One tree throughout (placeholder, then the wrapper), so revealing the view does not remount it.
  return (
    <>
      {!shown && <Skeleton label={t('search.loading')} rows={6} variant="text" />}
      <div hidden={!shown}>{View && <View {...props} />}</div>
    </>
  );
}
