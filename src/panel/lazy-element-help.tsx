import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { KnowledgeBase } from '../kb/types';
import { ARTICLE_ATTRIBUTE } from './ids';
import { panelChunk } from './lazy-chunk';

type Layer = ComponentType<{ rt: Runtime }>;

const marks = panelChunk('marks', (chunk) => chunk.elementHelpCss, 'the element-level help');

/**
 * A layer for `rt.$layers`: the element-level help of the lazy `marks` chunk, loaded once the page has an
 * element marked `data-pathlight-article` (looked for through the runtime's one element watcher). Until
 * then it draws nothing and costs one `querySelector` per batch of DOM changes.
 */
export function lazyElementHelp(kb: KnowledgeBase): Layer {
  let real: Layer | undefined;
  return function ElementHelpLayer({ rt }) {
    const [Real, setReal] = useState<Layer | undefined>(() => real);

    useEffect(() => {
      if (Real) return;
      let live = true;
      let stop = () => {};
      const check = () => {
        if (!document.querySelector(`[${ARTICLE_ATTRIBUTE}]`)) return;
        stop();
        marks.load(rt).then(
          ({ createElementHelp }) => {
            real ??= createElementHelp(kb, ARTICLE_ATTRIBUTE);
            if (live) setReal(() => real);
          },
          () => {},
        );
      };
      stop = rt.page.watchElements(check);
      check();
      return () => {
        live = false;
        stop();
      };
    }, [rt, Real]);

    return Real ? <Real rt={rt} /> : null;
  };
}
