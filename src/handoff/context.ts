import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import type { Translator } from '../i18n';
import type { HandoffConfig, HandoffContext } from '../types';

/**
 * The localStorage key (under the instance's prefix) holding how many contact messages wait in the outbox: the
 * app resumes sending on it without opening IndexedDB on every load.
 */
export const OUTBOX_MARK = 'outbox';

export type HandoffTarget =
  | { kind: 'chat' }
  | { kind: 'hook' }
  | { kind: 'form' }
  | { kind: 'url'; href: string };

/**
 * The configured way to reach a human, or undefined when there is none (the action is hidden). `chat: false`
 * asks for the way after the chat: where the chat just gave way, the next click goes there rather than back to
 * the chat (the chat itself when there is nothing else).
 */
export function handoffTarget(
  config: HandoffConfig | undefined,
  { chat = true }: { chat?: boolean } = {},
): HandoffTarget | undefined {
  if (!config) return undefined;
  if (config.provider && chat) return { kind: 'chat' };
  if (config.onHandoff) return { kind: 'hook' };
  if (config.endpoint) return { kind: 'form' };
  if (config.url) return { kind: 'url', href: config.url };
  if (config.email) return { kind: 'url', href: `mailto:${config.email}` };
  return config.provider ? { kind: 'chat' } : undefined;
}

/**
 * What the human receives: the text in the search field now, and what the user tried before, from the
 * journey (fresh arrays: the host may keep or change them). The same object goes to the chat, the form and the
 * `handoff` event; the contact form builds its own with this too.
 */
export function buildHandoffContext(rt: Runtime, query: string): HandoffContext {
  const journey = rt.journey.get();
  const { id: userId, traits } = rt.user.$user.get();
  const titleOf = (id: string) => journey.articles.find((a) => a.id === id)?.title ?? id;
  // Only the traits the host named: the rest (e-mail, plan, anything) stays in the page.
  const shared = Object.fromEntries(
    (rt.config.handoff?.traits ?? [])
      .filter((key) => traits[key] !== undefined)
      .map((key) => [key, traits[key]]),
  );
  const { tour, checklist } = journey;
  const videos = journey.videos.map(({ id, percent, title }) => ({
    id,
    title: title ?? titleOf(id),
    percent,
  }));
  const ratings = journey.ratings.map(({ id, helpful, comment }) => ({
    id,
    title: titleOf(id),
    helpful,
    ...(comment ? { comment } : {}),
  }));
  const pageTitle = document.title.trim();
  // What the user has not done (no video, no rating, no tour) is left out rather than sent empty.
  return {
    query: query.trim(),
    recentQueries: [...journey.queries],
    failedQueries: [...journey.failedQueries],
    viewedArticles: journey.articles.map(({ id, title }) => ({ id, title })),
    ...(videos.length > 0 ? { videos } : {}),
    ...(ratings.length > 0 ? { ratings } : {}),
    path: rt.page.$path.get(),
    ...(pageTitle ? { pageTitle } : {}),
    ...(tour ? { tour: { ...tour } } : {}),
    ...(checklist ? { checklist: { ...checklist } } : {}),
    locale: rt.$locale.get(),
    ...(userId ? { userId } : {}),
    ...(Object.keys(shared).length > 0 ? { traits: shared } : {}),
  };
}

type SummaryLine =
  | 'searched'
  | 'noResults'
  | 'read'
  | 'watched'
  | 'notHelpful'
  | 'tour'
  | 'checklist'
  | 'page';

/**
 * The context as a few lines a human reads at a glance (the chat's prefilled message, the e-mail body), in the
 * user's language: what was searched (the text in the field first), what found nothing, read, watched, rated
 * "No" and why, the tour or checklist step, the page. Empty lines are left out; newest first.
 * @example handoffSummary(context, rt.$t.get().t) // 'Searched for: refund
No results for: refund
Page: /billing'
 */
export function handoffSummary(context: HandoffContext, t: Translator['t']): string {
  const list = (items: string[]) => [...new Set(items.filter(Boolean))].join(', ');
  const newest = <T>(items: readonly T[]) => [...items].reverse();
  const { tour, checklist, pageTitle, path } = context;
  const lines: [SummaryLine, string | undefined][] = [
    ['searched', list([context.query, ...newest(context.recentQueries)])],
    ['noResults', list(newest(context.failedQueries))],
    ['read', list(newest(context.viewedArticles).map((a) => a.title))],
    ['watched', list(newest(context.videos ?? []).map((v) => `${v.title} (${v.percent}%)`))],
    [
      'notHelpful',
      list(
        newest(context.ratings ?? [])
          .filter((r) => !r.helpful)
          .map((r) => (r.comment ? `${r.title} ("${r.comment}")` : r.title)),
      ),
    ],
    ['tour', tour && `${tour.id} (${tour.step + 1})`],
    ['checklist', checklist && `${checklist.id} (${checklist.itemId})`],
    ['page', pageTitle ? `${path} (${pageTitle})` : path],
  ];
  return lines
    .filter((line): line is [SummaryLine, string] => !!line[1])
    .map(([key, value]) => t(`handoff.summary.${key}`, { value }))
    .join('\n');
}

/**
 * Emits `handoff` and reaches the human the host configured; does nothing when none is. Returns what the
 * contact view should show next, if anything: the contact form, or the `mailto:` it opened when it handed the
 * user to their mail app (the panel then says so).
 */
export function startHandoff(
  rt: Runtime,
  query: string,
  options?: { chat?: boolean },
): { mailto?: string } | undefined {
  const target = handoffTarget(rt.config.handoff, options);
  // A chat is the `chat` view's to start: it waits for the vendor, saying so.
  if (!target || target.kind === 'chat') return;
  const context = buildHandoffContext(rt, query);
  rt.emit('handoff', { context });
  if (target.kind === 'hook') {
    try {
      rt.config.handoff?.onHandoff?.(context);
    } catch (error) {
      rt.report('listener_failed', `handoff.onHandoff threw: ${errorMessage(error)}`);
    }
    return;
  }
  if (target.kind === 'form') return {};
  const mail = target.href.startsWith('mailto:');
  const href = mail ? mailTo(rt, target.href, context) : target.href;
  window.open(href, '_blank', 'noopener,noreferrer');
  return mail ? { mailto: href } : undefined;
}

/**
 * The e-mail: a subject naming the product and page (the host's document title), the summary in the body
 * (after the user's own `text`, when the contact form falls back to e-mail).
 */
export function mailTo(rt: Runtime, href: string, context: HandoffContext, text = ''): string {
  const { t } = rt.$t.get();
  const subject = encodeURIComponent(t('handoff.subject', { page: context.pageTitle || context.path }));
  return `${href}?subject=${subject}&body=${encodeURIComponent(`${text}\n\n---\n${handoffSummary(context, t)}`)}`;
}
