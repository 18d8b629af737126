import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { ElementTarget } from '../types';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import type { Author } from './setup';
import type { SnippetKind } from './snippets';
import type { ContentTarget } from './targets';

/** Where an element is on screen, kept up to date while the page scrolls or resizes (one read per frame at most). */
function useRect(element: Element | undefined): DOMRect | undefined {
  const [rect, setRect] = useState<DOMRect | undefined>();
  useEffect(() => {
    if (!element) {
      setRect(undefined);
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      setRect(element.isConnected ? element.getBoundingClientRect() : undefined);
    };
    const later = () => {
      frame ||= requestAnimationFrame(read);
    };
    read();
    addEventListener('scroll', later, { capture: true, passive: true });
    addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', later, { capture: true });
      removeEventListener('resize', later);
    };
  }, [element]);
  return rect;
}

/**
 * The outline drawn over a host element, in our shadow root (host elements are never restyled). Placed through
 * CSSOM properties, which a `style-src 'self'` policy allows (it blocks only `style` attributes written as text).
 */
function Outline({ rect, variant }: { rect: DOMRect | undefined; variant: 'hover' | 'picked' }) {
  if (!rect) return null;
  return (
    <div
      class={`pl-author-outline pl-author-${variant}`}
      aria-hidden="true"
      style={{
        transform: `translate(${rect.left}px, ${rect.top}px)`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      }}
    />
  );
}

const overlaps = (a: DOMRect, b: { left: number; top: number; right: number; bottom: number }) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Which corner the panel sits in. It moves to the opposite one (mirrored through the middle of the screen) when the
 * element being pointed at or picked lies under it and would not there: a toolbar across the top, a sidebar down the
 * side. No place suits every page, and the element the author wants may be the one under the panel.
 */
function useCorner(panel: { current: HTMLElement | null }, rect: DOMRect | undefined): boolean {
  const [flipped, setFlipped] = useState(false);
  useEffect(() => {
    const box = panel.current?.getBoundingClientRect();
    if (!box || !rect || !overlaps(rect, box)) return;
    const [width, height] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
    const other = {
      left: width - box.right,
      right: width - box.left,
      top: height - box.bottom,
      bottom: height - box.top,
    };
    if (!overlaps(rect, other)) setFlipped((was) => !was);
  }, [rect]);
  return flipped;
}

const targetText = (target: ElementTarget) => (typeof target === 'string' ? target : '(code)');

function TargetList({ entries }: { entries: readonly ContentTarget[] }) {
  return (
    <ul class="pl-author-targets">
      {entries.map((entry) => (
        <li key={entry.path}>
          <code class="pl-author-path" dir="ltr">
            {entry.path}
          </code>{' '}
          <span class="pl-author-label" dir="ltr">
            {entry.kind} “{entry.label}”
          </span>{' '}
          <code dir="ltr">{targetText(entry.target)}</code>
        </li>
      ))}
    </ul>
  );
}

const COPY: Array<[SnippetKind, 'author.copyTip' | 'author.copyStep' | 'author.copyChecklist']> = [
  ['tip', 'author.copyTip'],
  ['step', 'author.copyStep'],
  ['checklist', 'author.copyChecklist'],
];

/** The authoring panel and outlines, as a layer of `rt.$layers`. */
export function AuthorLayer(author: Author): ComponentType<{ rt: Runtime }> {
  return function AuthorPanel({ rt }) {
    const state = useStore(author.$state);
    const { t } = useStore(rt.$t);
    const first = useRef<HTMLButtonElement>(null);
    const panel = useRef<HTMLElement>(null);
    const { picking, hovered, element, picked, copied, report } = state;
    const hoveredRect = useRect(picking ? hovered : undefined);
    const pickedRect = useRect(element);
    const flipped = useCorner(panel, hoveredRect ?? pickedRect);

    // A pick moves focus to the first copy button: the keyboard's next step, and out of the host page.
    useEffect(() => {
      if (element && !picking) first.current?.focus();
    }, [element, picking]);

    const parent = element?.parentElement;
    return (
      <>
        <Outline rect={hoveredRect} variant="hover" />
        <Outline rect={pickedRect} variant="picked" />
        <section
          ref={panel}
          class="pl-author"
          role="dialog"
          aria-modal="false"
          aria-labelledby="pl-author-title"
          data-picking={picking ? '' : undefined}
          data-flipped={flipped ? '' : undefined}
        >
          <header class="pl-author-header">
            <h2 id="pl-author-title" class="pl-author-title">
              {t('author.title')}
            </h2>
            <button type="button" class="pl-icon-button" aria-label={t('author.exit')} onClick={author.close}>
              <Icon name="close" size={18} />
            </button>
          </header>
          <div class="pl-author-body">
            <p class="pl-author-hint" aria-live="polite">
              {picking ? t('author.picking') : ''}
            </p>
            <div class="pl-button-row">
              <button
                type="button"
                class="pl-button pl-button-secondary"
                aria-pressed={picking}
                onClick={picking ? author.stopPicking : author.startPicking}
              >
                {picking ? t('author.stopPicking') : t('author.pick')}
              </button>
              {element && parent && parent !== document.body && !picking && (
                <button
                  type="button"
                  class="pl-button pl-button-secondary"
                  onClick={() => author.pick(parent)}
                >
                  {t('author.parent')}
                </button>
              )}
            </div>
            {element && !picked && <p class="pl-author-warning">{t('author.noSelector')}</p>}
            {picked && (
              <>
                <label class="pl-author-field">
                  <span>{t('author.selector')}</span>
                  <input
                    class="pl-author-selector"
                    dir="ltr"
                    readOnly
                    value={picked.selector}
                    onFocus={selectAll}
                  />
                </label>
                <div class="pl-author-copy">
                  {COPY.map(([kind, key], i) => (
                    <button
                      key={kind}
                      ref={i === 0 ? first : undefined}
                      type="button"
                      class={`pl-button ${copied?.kind === kind ? '' : 'pl-button-secondary'}`}
                      data-copy={kind}
                      onClick={() => author.copy(kind)}
                    >
                      {t(key)}
                    </button>
                  ))}
                </div>
                <p class="pl-author-status" role="status">
                  {copied ? t(copied.ok ? 'author.copied' : 'author.copyFailed') : ''}
                </p>
                {copied && (
                  <textarea
                    class="pl-author-json"
                    dir="ltr"
                    data-kind={copied.kind}
                    readOnly
                    rows={8}
                    aria-label={t(COPY.find(([kind]) => kind === copied.kind)?.[1] ?? 'author.copyTip')}
                    value={copied.json}
                    onFocus={selectAll}
                  />
                )}
              </>
            )}
            <h3 class="pl-author-subtitle">{t('author.missing', { count: report.missing.length })}</h3>
            {report.missing.length ? (
              <TargetList entries={report.missing} />
            ) : (
              <p class="pl-author-ok">{t('author.allFound')}</p>
            )}
            {report.notYetDone.length > 0 && (
              <>
                <h3 class="pl-author-subtitle">
                  {t('author.notYetDone', { count: report.notYetDone.length })}
                </h3>
                <TargetList entries={report.notYetDone} />
              </>
            )}
            <p class="pl-author-hint">
              {report.elsewhere > 0 ? `${t('author.elsewhere', { count: report.elsewhere })} · ` : ''}
              <button type="button" class="pl-author-link" onClick={author.recheck}>
                {t('author.recheck')}
              </button>
            </p>
          </div>
        </section>
      </>
    );
  };
}

const selectAll = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).select();
