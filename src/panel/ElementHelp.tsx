import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { KnowledgeBase } from '../kb/types';
import { Icon } from '../ui/icons';
import { anchor } from '../ui/position';
import { useStore } from '../ui/use-store';

/**
 * How many buttons start being positioned per frame. Each placement reads layout and then writes a position, so
 * a page with hundreds of marks placed at once was one long task (168–663 ms with 200 marks).
 */
const BATCH = 24;
/** Marks this far outside the viewport (a fraction of its height) already get their button, so scrolling shows it. */
const NEAR = 0.5;

interface Mark {
  element: Element;
  /** Read with the other layout reads of a scan, never between the writes of placements. */
  rtl: boolean;
}

function HelpButton({
  rt,
  target,
  rtl,
  articleId,
  label,
}: {
  rt: Runtime;
  target: Element;
  rtl: boolean;
  articleId: string;
  label: string;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = ref.current;
    if (!button) return;
    // Beside the element's end edge, on the side its own text direction reads to.
    return anchor(rt, button, target, {
      placement: rtl ? 'left' : 'right',
      offset: 6,
      onPlaced: () => button.setAttribute('data-placed', ''),
    });
  }, [target, rtl]);
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

const sameMarks = (a: readonly Mark[], b: readonly Mark[]) =>
  a.length === b.length && a.every((mark, i) => mark.element === b[i]?.element && mark.rtl === b[i]?.rtl);

/** The marked elements that are rendered and near the viewport: all layout reads of a scan, in one go. */
function findMarks(attribute: string): Mark[] {
  const margin = window.innerHeight * NEAR;
  const found: Mark[] = [];
  for (const element of document.querySelectorAll(`[${attribute}]`)) {
    if (element.getClientRects().length === 0) continue;
    const box = element.getBoundingClientRect();
    if (box.bottom < -margin || box.top > window.innerHeight + margin) continue;
    found.push({ element, rtl: getComputedStyle(element).direction === 'rtl' });
  }
  return found;
}

/**
 * A layer for `rt.$layers`: a small "?" button next to every visible host element marked
 * `data-pathlight-article="ID"` whose article exists. The buttons live in Pathlight's shadow root,
 * positioned with the shared `anchor()` helper, so the host element is never restyled and nothing
 * in the page moves. Elements are found through the runtime's one element watcher. `attribute` is
 * `data-pathlight-article`, handed in by the layer that loads this chunk (./lazy-element-help.tsx).
 */
export function createElementHelp(kb: KnowledgeBase, attribute: string): ComponentType<{ rt: Runtime }> {
  return function ElementHelp({ rt }) {
    const { t } = useStore(rt.$t);
    const articles = useStore(kb.$articles);
    const [found, setMarks] = useState<Mark[]>([]);
    // Only marks whose article exists get a button (the feed may arrive after the scan).
    const marks = useMemo(
      () =>
        found.flatMap((mark) => {
          const id = mark.element.getAttribute(attribute);
          const article = id ? kb.getArticle(id) : undefined;
          return article ? [{ ...mark, article }] : [];
        }),
      [found, articles],
    );
    // The marks whose button is drawn: new ones join a batch per frame, so no task places more than BATCH.
    const [placed, setPlaced] = useState<ReadonlySet<Element>>(new Set());
    const keys = useRef(new WeakMap<Element, number>());
    const next = useRef(0);

    useEffect(() => {
      const scan = () => {
        const found = findMarks(attribute);
        setMarks((previous) => (sameMarks(previous, found) ? previous : found));
      };
      // Scrolling brings other marks near the viewport: one scan per frame at most.
      let frame = 0;
      const onScroll = () => {
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          scan();
        });
      };
      scan();
      const stopWatching = rt.page.watchElements(scan);
      window.addEventListener('scroll', onScroll, { capture: true, passive: true });
      window.addEventListener('resize', onScroll, { passive: true });
      return () => {
        stopWatching();
        window.removeEventListener('scroll', onScroll, { capture: true });
        window.removeEventListener('resize', onScroll);
        cancelAnimationFrame(frame);
      };
    }, [rt, attribute]);

    useEffect(() => {
      const current = new Set(marks.map((mark) => mark.element));
      const waiting = marks.filter((mark) => !placed.has(mark.element));
      const gone = [...placed].some((element) => !current.has(element));
      if (waiting.length === 0 && !gone) return;
      const next = () =>
        setPlaced(
          new Set([
            ...[...placed].filter((element) => current.has(element)),
            ...waiting.slice(0, BATCH).map((mark) => mark.element),
          ]),
        );
      // The first batch (a page with a few marks shows them as before) and removals right away, the rest per frame.
      if (placed.size === 0 || waiting.length === 0) {
        next();
        return;
      }
      const frame = requestAnimationFrame(next);
      return () => cancelAnimationFrame(frame);
    }, [marks, placed]);

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
        {marks.map(({ element: target, rtl, article }) => {
          if (!placed.has(target)) return null;
          return (
            <HelpButton
              key={keyOf(target)}
              rt={rt}
              target={target}
              rtl={rtl}
              articleId={article.id}
              label={t('article.helpFor', { title: article.title })}
            />
          );
        })}
      </>
    );
  };
}
