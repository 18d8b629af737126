import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { KnowledgeBase } from '../kb/types';
import { Icon } from '../ui/icons';
import { anchor } from '../ui/position';
import { useStore } from '../ui/use-store';

/** The attribute hosts put on an element to get a "?" that opens an article. */
export const ARTICLE_ATTRIBUTE = 'data-pathlight-article';

function HelpButton({
  rt,
  target,
  articleId,
  label,
}: {
  rt: Runtime;
  target: Element;
  articleId: string;
  label: string;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = ref.current;
    if (!button) return;
    // Beside the element's end edge, on the side its own text direction reads to.
    const rtl = getComputedStyle(target).direction === 'rtl';
    return anchor(rt, button, target, {
      placement: rtl ? 'left' : 'right',
      offset: 6,
      onPlaced: () => button.setAttribute('data-placed', ''),
    });
  }, [target]);
  return (
    <button
      ref={ref}
      type="button"
      class="pl-element-help"
      aria-label={label}
      onClick={() => rt.handlers.showArticle?.(articleId)}
    >
      <Icon name="help" size={16} />
    </button>
  );
}

const sameList = (a: readonly Element[], b: readonly Element[]) =>
  a.length === b.length && a.every((element, i) => element === b[i]);

/**
 * A layer for `rt.$layers`: a small "?" button next to every visible host element marked
 * `data-pathlight-article="ID"` whose article exists. The buttons live in Pathlight's shadow root,
 * positioned with the shared `anchor()` helper, so the host element is never restyled and nothing
 * in the page moves. Elements are found through the runtime's one element watcher.
 */
export function createElementHelp(kb: KnowledgeBase): ComponentType<{ rt: Runtime }> {
  return function ElementHelp({ rt }) {
    const { t } = useStore(rt.$t);
    useStore(kb.$articles);
    const [targets, setTargets] = useState<Element[]>([]);
    const keys = useRef(new WeakMap<Element, number>());
    const next = useRef(0);

    useEffect(() => {
      const scan = () => {
        const found = [...document.querySelectorAll(`[${ARTICLE_ATTRIBUTE}]`)].filter(
          (element) => element.getClientRects().length > 0,
        );
        setTargets((previous) => (sameList(previous, found) ? previous : found));
      };
      scan();
      return rt.page.watchElements(scan);
    }, [rt]);

    const keyOf = (element: Element) => {
      let key = keys.current.get(element);
      if (key === undefined) {
        key = next.current++;
        keys.current.set(element, key);
      }
      return key;
    };

    return (
      <>
        {targets.map((target) => {
          const id = target.getAttribute(ARTICLE_ATTRIBUTE) ?? '';
          const article = id ? kb.getArticle(id) : undefined;
          if (!article) return null;
          return (
            <HelpButton
              key={keyOf(target)}
              rt={rt}
              target={target}
              articleId={article.id}
              label={t('article.helpFor', { title: article.title })}
            />
          );
        })}
      </>
    );
  };
}
