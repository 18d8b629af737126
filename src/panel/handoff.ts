import type { Runtime } from '../core/context';
import type { HandoffConfig, HandoffContext } from '../types';
import type { PanelStore } from './state';

export type HandoffTarget = { kind: 'hook' } | { kind: 'url'; href: string };

/** The configured way to reach a human, or undefined when there is none (the action is hidden). */
export function handoffTarget(config: HandoffConfig | undefined): HandoffTarget | undefined {
  if (!config) return undefined;
  if (config.onHandoff) return { kind: 'hook' };
  if (config.url) return { kind: 'url', href: config.url };
  if (config.email) return { kind: 'url', href: `mailto:${config.email}` };
  return undefined;
}

/** What the human receives. The knowledge-base capability fills queries and articles through the session. */
export function buildHandoffContext(rt: Runtime, store: PanelStore): HandoffContext {
  const session = rt.session;
  const userId = rt.user.$user.get().id;
  return {
    query: store.$panel.get().query.trim(),
    recentQueries: session.get<string[]>('recent-queries') ?? [],
    failedQueries: session.get<string[]>('failed-queries') ?? [],
    viewedArticles: session.get<{ id: string; title: string }[]>('viewed-articles') ?? [],
    path: rt.page.$path.get(),
    locale: rt.$locale.get(),
    ...(userId ? { userId } : {}),
  };
}

export function startHandoff(rt: Runtime, store: PanelStore): void {
  const target = handoffTarget(rt.config.handoff);
  if (!target) return;
  const context = buildHandoffContext(rt, store);
  rt.emit('handoff', { context });
  if (target.kind === 'hook') {
    try {
      rt.config.handoff?.onHandoff?.(context);
    } catch (error) {
      rt.report(
        'listener_failed',
        `handoff.onHandoff threw: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return;
  }
  const href = target.href.startsWith('mailto:') ? withMailBody(target.href, context) : target.href;
  window.open(href, '_blank', 'noopener,noreferrer');
}

function withMailBody(href: string, context: HandoffContext): string {
  const lines = [
    context.query && `Searched for: ${context.query}`,
    context.viewedArticles.length > 0 && `Read: ${context.viewedArticles.map((a) => a.title).join(', ')}`,
    `Page: ${context.path}`,
  ].filter(Boolean);
  return `${href}?body=${encodeURIComponent(`\n\n---\n${lines.join('\n')}`)}`;
}
