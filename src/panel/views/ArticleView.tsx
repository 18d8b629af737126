import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { contentService, safeUrl } from '../../content/index';
import { errorMessage } from '../../core/errors';
import { isRtl } from '../../i18n';
import { fetchBody } from '../../kb/body';
import type { KnowledgeBase } from '../../kb/types';
import type { Article, Video } from '../../types';
import { focusAutofocus } from '../../ui/host';
import { Icon } from '../../ui/icons';
import { useStore } from '../../ui/use-store';
import { ArticleList, formatTime, Sections, Skeleton, Unavailable } from '../components';
import type { ViewProps } from '../Panel';
import { VideoPlayer } from './VideoPlayer';

/** Per-user answers to "Was this helpful?": article id → helpful. */
export const FEEDBACK_KEY = 'article-feedback';
const FEEDBACK_LIMIT = 200;
const WORDS_PER_MINUTE = 200;
/** What could help after a "No": this many other articles. */
const RELATED = 3;
/** A short answer to "What were you looking for?", not a support ticket. */
const COMMENT_MAX = 500;

/**
 * `lang` and `dir` of the article's own language, when the feed says which it is (else the text's first letters
 * decide its direction): an English article in an Arabic UI reads left to right as one block.
 */
const languageOf = (article: Article): { lang?: string; dir: 'ltr' | 'rtl' | 'auto' } =>
  article.locale ? { lang: article.locale, dir: isRtl(article.locale) ? 'rtl' : 'ltr' } : { dir: 'auto' };

/** The body as plain text, for when the renderer cannot run (chunk blocked, Trusted Types refused). */
const plainText = (body: string, format: Article['format']) =>
  format === 'html' ? body.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ') : body;

/**
 * A split feed's body could not be had: offline and never saved on this device, or the file failed (missing,
 * server, not an article body). Says so kindly, with Try again; the way to a human follows (the `article` sections).
 */
function BodyUnavailable({
  rt,
  offline,
  retry,
}: Pick<ViewProps, 'rt'> & { offline: boolean; retry(): void }) {
  const { t } = useStore(rt.$t);
  const key = offline ? 'article.offline' : 'article.failed';
  return (
    <div class="pl-empty pl-article-unavailable" role="alert" data-reason={offline ? 'offline' : 'failed'}>
      <span class="pl-empty-icon">
        <Icon name="alert" size={24} />
      </span>
      <strong>{t(key)}</strong>
      <span>{t(`${key}Hint`)}</span>
      <div class="pl-button-row pl-center">
        <button type="button" class="pl-button" onClick={retry}>
          {t('error.retry')}
        </button>
      </div>
    </div>
  );
}

type BodyState = 'loading' | 'ready' | 'failed' | 'offline' | 'unreachable';

/**
 * The article's text: its `body`, or (split feeds) the text at `bodyUrl`, fetched when the article opens (aborted
 * when it closes), saved for offline use like the feed (./../../kb/body.ts). Both go through the one renderer.
 */
function ArticleBody({
  rt,
  store,
  kb,
  article,
  onText,
}: ViewProps & { article: Article; onText(text: string): void }) {
  const { t } = useStore(rt.$t);
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<BodyState>('loading');
  const [text, setText] = useState(article.body);
  const [attempt, setAttempt] = useState(0);
  const remote = article.body === undefined ? article.bodyUrl : undefined;

  useEffect(() => {
    if (!remote) return;
    const controller = new AbortController();
    setState('loading');
    fetchBody(rt, article.id, remote, controller.signal, setText).then(
      (result) => {
        if (!result.ok && !result.saved) setState(result.offline ? 'offline' : 'unreachable');
      },
      () => {},
    );
    return () => controller.abort();
  }, [article.id, remote, attempt, rt]);

  // Offline without a saved copy: back online, try again by itself.
  useEffect(() => {
    if (state !== 'offline') return;
    const online = () => setAttempt((n) => n + 1);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [state]);

  useEffect(() => {
    if (text === undefined) return;
    let live = true;
    onText(text);
    // A fresh copy replacing a saved one is drawn over it, without the placeholder in between.
    setState((was) => (was === 'ready' ? was : 'loading'));
    contentService(rt)
      .renderer()
      .then(
        (render) => {
          const body = ref.current;
          if (!live || !body) return;
          try {
            body.innerHTML = render({ body: text, format: article.format });
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
  }, [article.id, text, article.format, rt]);

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
      {state === 'failed' && text !== undefined && (
        <div class="pl-article-body pl-article-plain" {...languageOf(article)}>
          {plainText(text, article.format)}
        </div>
      )}
      {(state === 'offline' || state === 'unreachable') && (
        <BodyUnavailable rt={rt} offline={state === 'offline'} retry={() => setAttempt((n) => n + 1)} />
      )}
      <div ref={ref} class="pl-article-body" data-state={state} onClick={onClick} {...languageOf(article)} />
    </>
  );
}

/**
 * Other articles on the same question, never this one: what the search finds for its title, those of its
 * category first (a title's common words also match unrelated articles), then the rest of its category.
 */
function relatedTo(kb: KnowledgeBase, article: Article): Article[] {
  const same = (other: Article) => !!article.category && other.category === article.category;
  const found = kb
    // The feed's own index: related articles never cost a request to a remote engine.
    .search(article.title, { limit: RELATED * 2, local: true })
    .map((hit) => kb.getArticle(hit.id))
    .filter((other): other is Article => other !== undefined);
  const ordered = [...found.filter(same), ...kb.$articles.get().filter(same), ...found];
  const byId = new Map(ordered.map((other) => [other.id, other]));
  byId.delete(article.id);
  return [...byId.values()].slice(0, RELATED);
}

/**
 * "Was this helpful?". Yes thanks the user. No says sorry, asks what was missing (a short optional text,
 * sent as a second `article:feedback` with the same answer and a `comment`), and offers related articles;
 * the way to a human follows right below (the `article` sections). Focus follows the answer, so the buttons
 * that went away do not leave it on nothing.
 */
function Feedback({ rt, store, kb, article }: ViewProps & { article: Article }) {
  const { t } = useStore(rt.$t);
  const { id } = article;
  // Read from per-user state on every render: identify() and reset() switch whose answers these are.
  useStore(rt.user.$user);
  const [, voted] = useState(0);
  const answer = rt.user.get<Record<string, boolean>>(FEEDBACK_KEY)?.[id];
  // Asked for a comment right after this "No" (not when coming back to an article answered before).
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const focus = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(false);
  const related = useMemo(() => (answer === false ? relatedTo(kb, article) : []), [answer, kb, article]);

  useEffect(() => {
    if (moveFocus.current) focus.current?.focus();
    moveFocus.current = false;
  }, [answer, sent]);

  const vote = (helpful: boolean) => {
    const all = { ...(rt.user.get<Record<string, boolean>>(FEEDBACK_KEY) ?? {}) };
    delete all[id];
    all[id] = helpful;
    rt.user.set(FEEDBACK_KEY, Object.fromEntries(Object.entries(all).slice(-FEEDBACK_LIMIT)));
    moveFocus.current = true;
    setAsking(!helpful);
    voted((n) => n + 1);
    rt.emit('article:feedback', { id, helpful });
  };

  const send = (event: Event) => {
    event.preventDefault();
    const text = comment.trim().slice(0, COMMENT_MAX);
    if (!text) return;
    moveFocus.current = true;
    setSent(true);
    rt.emit('article:feedback', { id, helpful: false, comment: text });
  };

  if (answer === true) {
    return (
      <div class="pl-feedback">
        <p class="pl-feedback-thanks" ref={focus} tabIndex={-1}>
          <Icon name="check" size={18} />
          {t('article.thanks')}
        </p>
      </div>
    );
  }
  if (answer === false) {
    const field = `pl-feedback-comment-${id}`;
    return (
      <div class="pl-feedback pl-feedback-no">
        {sent ? (
          <p class="pl-feedback-thanks" ref={focus} tabIndex={-1}>
            <Icon name="check" size={18} />
            {t('article.sent')}
          </p>
        ) : (
          <p class="pl-feedback-sorry" ref={focus} tabIndex={-1}>
            {t('article.sorry')}
          </p>
        )}
        {asking && !sent && (
          <form class="pl-feedback-form" onSubmit={send}>
            <label for={field}>{t('article.missing')}</label>
            <textarea
              id={field}
              rows={3}
              maxLength={COMMENT_MAX}
              dir="auto"
              value={comment}
              onInput={(event) => setComment(event.currentTarget.value)}
            />
            <button type="submit" class="pl-button" disabled={!comment.trim()}>
              {t('article.send')}
            </button>
          </form>
        )}
        {related.length > 0 && (
          <ArticleList
            store={store}
            id={`pl-related-${id}`}
            title={t('article.related')}
            articles={related}
          />
        )}
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

/** An id that names no article: say so kindly, and offer the search (focus on the heading, not the dialog). */
function NotFound({ rt, store }: ViewProps) {
  const { t } = useStore(rt.$t);
  return (
    <div class="pl-empty pl-not-found">
      <span class="pl-empty-icon">
        <Icon name="article" size={24} />
      </span>
      <h3 class="pl-empty-title" tabIndex={-1} data-autofocus="">
        {t('article.notFound')}
      </h3>
      <span>{t('article.notFoundHint')}</span>
      <div class="pl-button-row pl-center">
        <button type="button" class="pl-button" onClick={() => store.open('home')}>
          <Icon name="search" size={18} />
          {t('search.label')}
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
  // A split feed's body arrives after the header: its reading time follows.
  const [loaded, setLoaded] = useState<{ id: string; text: string }>();

  useEffect(() => {
    if (!article) return;
    rt.emit('article:view', { id: article.id });
  }, [article?.id, rt]);

  // While the feed loaded there was nothing to focus and the panel took focus: hand it to the title (or the
  // not-found heading) once there is one.
  const shown = article ? article.id : status;
  useEffect(() => focusAutofocus(rt.shadow), [shown, rt]);

  if (!article) {
    if (status === 'loading') return <Skeleton label={t('search.loading')} rows={6} variant="text" />;
    if (status === 'error') return <Unavailable {...props} />;
    return <NotFound {...props} />;
  }

  const category = categories.find((c) => c.id === article.category);
  const text = article.body ?? (loaded?.id === article.id ? loaded.text : undefined);
  const minutes =
    text === undefined ? 0 : Math.max(1, Math.round(text.split(/\s+/).length / WORDS_PER_MINUTE));
  const url =
    article.url && /^(https?:|\/)/i.test(article.url) && safeUrl(article.url) ? article.url : undefined;

  return (
    <article class="pl-article" aria-labelledby="pl-article-title">
      <header class="pl-article-header" {...languageOf(article)}>
        {category && <p class="pl-eyebrow">{category.title}</p>}
        <h3 class="pl-article-title" id="pl-article-title" tabIndex={-1} data-autofocus="">
          {article.title}
        </h3>
        <p class="pl-article-meta">
          {article.video ? (
            <>
              <span class="pl-tag">{t('video.badge')}</span>
              {duration ? formatTime(duration) : null}
            </>
          ) : minutes ? (
            t('article.minutes', { count: minutes })
          ) : null}
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
      <ArticleBody
        key={article.id}
        {...props}
        article={article}
        onText={(body) => setLoaded({ id: article.id, text: body })}
      />
      {url && (
        <a class="pl-open-full" href={url} target="_blank" rel="noopener noreferrer">
          {t('article.openFull')}
          <Icon name="external" size={16} class="pl-flip-rtl" />
        </a>
      )}
      <Feedback key={article.id} {...props} article={article} />
      <Sections slot="article" {...props} />
    </article>
  );
}
