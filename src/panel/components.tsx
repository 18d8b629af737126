import type { ComponentChildren } from 'preact';
import type { Article } from '../types';
import { Icon } from '../ui/icons';
import { useStore } from '../ui/use-store';
import type { PanelContext } from './index';
import type { PanelSlot } from './registry';
import type { PanelStore } from './state';

/**
 * Text with `[start, end)` ranges wrapped in `<mark>`, as text nodes (never HTML). Ranges may come
 * unsorted, overlapping or out of bounds.
 * @example <Highlighted text="Reset your password" ranges={[[11, 19]]} />
 */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges?: ReadonlyArray<readonly [number, number]>;
}) {
  if (!ranges?.length) return <>{text}</>;
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** `75` → `1:15`, `3725` → `1:02:05`. */
export function formatTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A row that opens an article; `onOpen` hears of it first (the contact form counts deflections). */
export function ArticleLink({
  store,
  article,
  onOpen,
}: {
  store: PanelStore;
  article: Article;
  onOpen?: (article: Article) => void;
}) {
  return (
    <button
      type="button"
      class="pl-row"
      onClick={() => {
        onOpen?.(article);
        store.open('article', { articleId: article.id, at: undefined });
      }}
    >
      <span class="pl-result-icon" aria-hidden="true">
        <Icon name={article.video ? 'play' : 'article'} size={18} />
      </span>
      <span class="pl-row-text">
        <span class="pl-row-title" dir="auto">
          {article.title}
        </span>
      </span>
      <Icon name="chevron" size={16} class="pl-row-chevron" />
    </button>
  );
}

/** A titled list of article rows; `id` names its heading, which labels the section. */
export function ArticleList({
  store,
  id,
  title,
  articles,
  onOpen,
}: {
  store: PanelStore;
  id: string;
  title: string;
  articles: readonly Article[];
  onOpen?: (article: Article) => void;
}) {
  return (
    <section class="pl-section" aria-labelledby={id}>
      <h3 class="pl-section-title" id={id}>
        {title}
      </h3>
      <ul class="pl-list">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleLink store={store} article={article} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Grey placeholder rows while content loads; the label is for screen readers. */
export function Skeleton({
  label,
  rows = 3,
  variant = 'rows',
}: {
  label: string;
  rows?: number;
  variant?: 'rows' | 'text';
}) {
  return (
    <div class={`pl-skeleton pl-skeleton-${variant}`} role="status" aria-busy="true">
      <span class="pl-sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} class="pl-skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

const noop = () => {};

/** The sections capabilities registered for `slot`, in order. */
export function Sections({
  slot,
  settleSearch = noop,
  ...ctx
}: PanelContext & { slot: PanelSlot; settleSearch?: () => void }) {
  const sections = useStore(ctx.registry.$sections);
  return (
    <>
      {sections
        .filter((section) => section.slot === slot)
        .map(({ id, component: Section }) => (
          <Section key={id} {...ctx} settleSearch={settleSearch} />
        ))}
    </>
  );
}

/** "Help is unavailable right now" with Try again and what capabilities add beside it (the way to a human). */
export function Unavailable(props: PanelContext) {
  const { rt, kb } = props;
  const { t } = useStore(rt.$t);
  return (
    <div class="pl-empty pl-unavailable" role="alert">
      <span class="pl-empty-icon">
        <Icon name="alert" size={24} />
      </span>
      <strong>{t('error.unavailable')}</strong>
      <span>{t('error.unavailableHint')}</span>
      <div class="pl-button-row pl-center">
        <button type="button" class="pl-button" onClick={() => kb.retry()}>
          {t('error.retry')}
        </button>
        <Sections slot="unavailable" {...props} />
      </div>
    </div>
  );
}
