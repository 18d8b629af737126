import { useEffect, useRef, useState } from 'preact/hooks';
import { contentService, safeUrl } from '../../content/index';
import type { Runtime } from '../../core/context';
import { errorMessage } from '../../core/errors';
import type { Article, Video } from '../../types';
import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import { formatTime, Sections, Skeleton, Unavailable } from '../components';
import type { ViewProps } from '../Panel';
import { VideoPlayer } from './VideoPlayer';

/** Per-user answers to "Was this helpful?": article id → helpful. */
export const FEEDBACK_KEY = 'article-feedback';
const FEEDBACK_LIMIT = 200;
const WORDS_PER_MINUTE = 200;

/** The body as plain text, for when the renderer cannot run (chunk blocked, Trusted Types refused). */
const plainText = (article: Article) =>
  article.format === 'html' ? article.body.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ') : article.body;

function ArticleBody({ rt, store, kb, article }: ViewProps & { article: Article }) {
  const { t } = useStore(rt.$t);
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let live = true;
    setState('loading');
    contentService(rt)
      .renderer()
      .then(
        (render) => {
          const body = ref.current;
          if (!live || !body) return;
          try {
            body.innerHTML = render(article);
            setState('ready');
          } catch (error) {
            rt.report('internal', `Could not show article "${article.id}": ${errorMessage(error)}`, error);
            setState('failed');
          }
        },
        () => live && setState('failed'),
      );
    return () => {
      live = false;
    };
  }, [article.id, article.body, article.format, rt]);

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a');
    const href = link?.getAttribute('href');
    if (!link || !href || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey)
      return;
    // In-article anchors must not change the host page's URL (its router would react).
    if (href.startsWith('#')) {
      event.preventDefault();
      const id = `user-content-${decodeURIComponent(href.slice(1))}`;
      ref.current?.querySelector(`[id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
      return;
    }
    // A link to another article of the help center opens it here.
    const other = kb.$articles.get().find((a) => a.url && a.url === link.href);
    if (other) {
      event.preventDefault();
      store.open('article', { articleId: other.id, at: undefined });
    }
  };

  return (
    <>
      {state === 'loading' && <Skeleton label={t('search.loading')} rows={6} variant="text" />}
      {state === 'failed' && (
        <div class="pl-article-body pl-article-plain" dir="auto">
          {plainText(article)}
        </div>
      )}
      <div ref={ref} class="pl-article-body" data-state={state} onClick={onClick} dir="auto" />
    </>
  );
}

function Feedback({ rt, id }: { rt: Runtime; id: string }) {
  const { t } = useStore(rt.$t);
  // Read from per-user state on every render: identify() and reset() switch whose answers these are.
  useStore(rt.user.$user);
  const [, voted] = useState(0);
  const answer = rt.user.get<Record<string, boolean>>(FEEDBACK_KEY)?.[id];
  const thanks = useRef<HTMLParagraphElement>(null);
  const justVoted = useRef(false);

  useEffect(() => {
    // The buttons just went away: keep focus (and the screen reader) on the answer.
    if (justVoted.current) thanks.current?.focus();
    justVoted.current = false;
  }, [answer]);

  const vote = (helpful: boolean) => {
    const all = { ...(rt.user.get<Record<string, boolean>>(FEEDBACK_KEY) ?? {}) };
    delete all[id];
    all[id] = helpful;
    rt.user.set(FEEDBACK_KEY, Object.fromEntries(Object.entries(all).slice(-FEEDBACK_LIMIT)));
    justVoted.current = true;
    voted((n) => n + 1);
    rt.emit('article:feedback', { id, helpful });
  };

  if (answer !== undefined) {
    return (
      <div class="pl-feedback">
        <p class="pl-feedback-thanks" ref={thanks} tabIndex={-1}>
          <Icon name="check" size={18} />
          {t('article.thanks')}
        </p>
      </div>
    );
  }
  return (
    <div class="pl-feedback" role="group" aria-labelledby={`pl-feedback-${id}`}>
      <span class="pl-feedback-question" id={`pl-feedback-${id}`}>
        {t('article.helpful')}
      </span>
      <div class="pl-button-row">
        <button type="button" class="pl-chip" onClick={() => vote(true)}>
          <Icon name="thumbUp" size={16} />
          {t('article.yes')}
        </button>
        <button type="button" class="pl-chip" onClick={() => vote(false)}>
          <Icon name="thumbDown" size={16} />
          {t('article.no')}
        </button>
      </div>
    </div>
  );
}

/** One article: title, video, sanitized body, "Open in help center", feedback and the way to a human. */
export function ArticleView(props: ViewProps) {
  const { rt, store, kb } = props;
  const { t } = useStore(rt.$t);
  const { articleId, at } = useStore(store.$panel);
  const status = useStore(kb.$status);
  const categories = useStore(kb.$categories);
  useStore(kb.$articles);
  const article = articleId ? kb.getArticle(articleId) : undefined;
  // The length the player found, once it knows it: the header then says what the player says.
  const [played, setPlayed] = useState<{ id: string; seconds: number }>();
  const duration = played?.id === article?.id ? played?.seconds : article?.video?.duration;

  useEffect(() => {
    if (!article) return;
    rt.emit('article:view', { id: article.id });
  }, [article?.id, rt]);

  if (!article) {
    if (status === 'loading') return <Skeleton label={t('search.loading')} rows={6} variant="text" />;
    if (status === 'error') return <Unavailable {...props} />;
    return (
      <div class="pl-empty" role="status">
        <strong>{t('article.notFound')}</strong>
      </div>
    );
  }

  const category = categories.find((c) => c.id === article.category);
  const words = article.body.split(/\s+/).length;
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  const url =
    article.url && /^(https?:|\/)/i.test(article.url) && safeUrl(article.url) ? article.url : undefined;

  return (
    <article class="pl-article" aria-labelledby="pl-article-title">
      <header class="pl-article-header">
        {category && <p class="pl-eyebrow">{category.title}</p>}
        <h3 class="pl-article-title" id="pl-article-title" tabIndex={-1} data-autofocus="" dir="auto">
          {article.title}
        </h3>
        <p class="pl-article-meta">
          {article.video ? (
            <>
              <span class="pl-tag">{t('video.badge')}</span>
              {duration ? formatTime(duration) : null}
            </>
          ) : (
            t('article.minutes', { count: minutes })
          )}
        </p>
      </header>
      {article.video && (
        <VideoPlayer
          key={article.id}
          rt={rt}
          article={article as Article & { video: Video }}
          at={at}
          onDuration={(seconds) => setPlayed({ id: article.id, seconds })}
        />
      )}
      <ArticleBody key={article.id} {...props} article={article} />
      {url && (
        <a class="pl-open-full" href={url} target="_blank" rel="noopener noreferrer">
          {t('article.openFull')}
          <Icon name="external" size={16} class="pl-flip-rtl" />
        </a>
      )}
      <Feedback key={article.id} rt={rt} id={article.id} />
      <Sections slot="article" {...props} />
    </article>
  );
}
