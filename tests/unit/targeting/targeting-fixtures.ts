import type { KindPolicy, TargetingContext } from '../../../src/targeting';
import type { UserTraits } from '../../../src/types';

export interface FakeHistory {
  shown: Map<string, number>;
  session: Set<string>;
  dismissed: Set<string>;
}

export function fakeHistory(): FakeHistory {
  return { shown: new Map(), session: new Set(), dismissed: new Set() };
}

export interface ContextInput {
  path?: string;
  locale?: string;
  now?: number;
  userId?: string;
  traits?: UserTraits;
  events?: Record<string, number>;
  completed?: string[];
  history?: FakeHistory;
  visible?: string[];
  heldSince?: Record<string, number>;
}

/** 2026-03-01T12:00:00Z */
export const NOW = Date.UTC(2026, 2, 1, 12);

export function makeContext(input: ContextInput = {}): TargetingContext {
  const history = input.history ?? fakeHistory();
  const visible = new Set(input.visible ?? []);
  return {
    path: input.path ?? '/',
    locale: input.locale ?? 'en',
    now: input.now ?? NOW,
    user: { id: input.userId, traits: input.traits ?? {} },
    events: new Map(Object.entries(input.events ?? {})),
    completed: new Set(input.completed ?? []),
    history: {
      shownCount: (key) => history.shown.get(key) ?? 0,
      shownThisSession: (key) => history.session.has(key),
      dismissed: (key) => history.dismissed.has(key),
    },
    elementVisible: (selector) => visible.has(selector),
    heldSince: (key) => input.heldSince?.[key],
  };
}

/**
 * The kinds as their capabilities register them (tests/unit/guides/kinds.test.ts checks that the
 * registered specs still say this), so the engine's tables describe the shipped policy.
 */
export const KINDS: readonly KindPolicy[] = [
  { kind: 'announcement', order: 0, blocking: true },
  { kind: 'tour', order: 1, blocking: true },
  { kind: 'checklist', order: 2, blocking: false },
  { kind: 'survey', order: 2.5, blocking: true, alone: true },
  { kind: 'tip', order: 3, blocking: false, ambient: true },
];
