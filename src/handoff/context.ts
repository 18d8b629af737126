import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import type { HandoffConfig, HandoffContext } from '../types';

export type HandoffTarget = { kind: 'hook' } | { kind: 'url'; href: string };

/** The configured way to reach a human, or undefined when there is none (the action is hidden). */
export function handoffTarget(config: HandoffConfig | undefined): HandoffTarget | undefined {
  if (!config) return undefined;
  if (config.onHandoff) return { kind: 'hook' };
  if (config.url) return { kind: 'url', href: config.url };
  if (config.email) return { kind: 'url', href: `mailto:${config.email}` };
  return undefined;
}

/**
 * What the human receives: the text in the search field now, and what the user tried before, from the
 * journey (fresh arrays: the host may keep or change them).
 */
export function buildHandoffContext(rt: Runtime, query: string): HandoffContext {
  const journey = rt.journey.get();
  const userId = rt.user.$user.get().id;
  return {
    query: query.trim(),
    recentQueries: [...journey.queries],
    failedQueries: [...journey.failedQueries],
    viewedArticles: journey.articles.map(({ id, title }) => ({ id, title })),
    path: rt.page.$path.get(),
    locale: rt.$locale.get(),
    ...(userId ? { userId } : {}),
  };
}

/**
 * Emits `handoff` and reaches the human the host configured; does nothing when none is. Returns the
 * `mailto:` it opened, when it handed the user to their mail app (the panel then says so).
 */
export function startHandoff(rt: Runtime, query: string): string | undefined {
  const target = handoffTarget(rt.config.handoff);
  if (!target) return;
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
  const mail = target.href.startsWith('mailto:');
  const href = mail ? mailTo(rt, target.href, context) : target.href;
  window.open(href, '_blank', 'noopener,noreferrer');
  return mail ? href : undefined;
}

/** The e-mail: a subject naming the product and page (the host's document title), the context in the body. */
function mailTo(rt: Runtime, href: string, context: HandoffContext): string {
  const page = document.title.trim() || context.path;
  const lines = [
    context.query && `Searched for: ${context.query}`,
    context.viewedArticles.length > 0 && `Read: ${context.viewedArticles.map((a) => a.title).join(', ')}`,
    `Page: ${context.path}`,
  ].filter(Boolean);
  const subject = encodeURIComponent(rt.$t.get().t('handoff.subject', { page }));
  return `${href}?subject=${subject}&body=${encodeURIComponent(`\n\n---\n${lines.join('\n')}`)}`;
}
