import type { TargetingRule } from '../types';
import { evaluateConditions, evaluateRule, itemKey } from './evaluate';
import type {
  Decision,
  EngineItem,
  EvaluateReason,
  ItemKind,
  KindPolicy,
  TargetingContext,
  TargetingEngine,
  TargetingEngineOptions,
} from './types';

/** An item as scheduled, with what its rule looks at worked out once. */
interface Entry {
  item: EngineItem;
  key: string;
  order: number;
  priority: number;
  blocking: boolean;
  ambient: boolean;
  alone: boolean;
  selectors: string[];
  events: string[];
}

interface Visible {
  item: EngineItem;
  /** Shown by the engine (a rule), not by a developer call: only these are hidden when the rule stops holding. */
  auto: boolean;
  blocking: boolean;
  ambient: boolean;
}

/** What an item of a kind nobody registered gets: after every registered kind, one at a time. */
const UNKNOWN_KIND: Omit<KindPolicy, 'kind'> = { order: Number.MAX_SAFE_INTEGER, blocking: false };
// setTimeout overflows above 2^31-1 ms (~24.8 days): a later `from` simply re-checks then.
const MAX_TIMER_MS = 2_147_483_647;
const MIN_TIMER_MS = 15;

function collect(
  rule: TargetingRule | undefined,
  selectors: Set<string>,
  events: Set<string>,
  depth = 0,
): void {
  if (!rule || typeof rule !== 'object' || depth > 32) return;
  if (typeof rule.element === 'string') selectors.add(rule.element);
  if (typeof rule.event === 'string') events.add(rule.event);
  if (Array.isArray(rule.all)) for (const child of rule.all) collect(child, selectors, events, depth + 1);
  if (Array.isArray(rule.any)) for (const child of rule.any) collect(child, selectors, events, depth + 1);
}

/**
 * The one scheduler that decides which item (tip, tour, checklist, announcement, …) shows by itself.
 * It owns no DOM and imports no other capability: the kinds, the context, rendering and timers are
 * injected.
 *
 * Policy: at most one blocking item (tour, modal announcement, survey) at a time — none while `busy()`
 * says something outside the engine (the open help panel) holds the user's attention — and nothing else
 * shows by itself while one is visible (visible ambient items — tips — are hidden for it and come back after
 * it); at most `maxVisibleTips` ambient items, one item of every other kind; nothing shows by itself
 * during the quiet period after a dismissal; among eligible items the highest `priority` wins, then
 * the kind's `order`, then declaration order. An item closed by its owner waits for the next route
 * change before it may show by itself again. Tips hidden for a blocking item come back when it
 * closes (they were already on screen, so the quiet period does not hold them).
 *
 * @example
 * const kinds = [{ kind: 'tip', order: 3, blocking: false, ambient: true }];
 * const engine = createTargetingEngine({ kinds, getContext, show: (item) => tips.render(item.id), hide });
 * engine.setItems('tip', [{ id: 'export', trigger: { url: '/invoices/*', element: '#export' } }]);
 * engine.evaluate('start');
 * const stop = page.watchElements(() => engine.evaluate('element'));
 */
export function createTargetingEngine(options: TargetingEngineOptions): TargetingEngine {
  const maxVisibleTips = Math.max(0, options.maxVisibleTips ?? 1);
  const quietPeriodMs = Math.max(0, options.quietPeriodMs ?? 30_000);
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let log: ((message: string) => void) | undefined;
  const policies = new Map(options.kinds.map((policy) => [policy.kind, policy]));
  const policy = (kind: ItemKind): Omit<KindPolicy, 'kind'> => policies.get(kind) ?? UNKNOWN_KIND;

  const refreshLog = () => {
    log = options.log && (options.logEnabled?.() ?? true) ? options.log : undefined;
  };

  const itemsByKind = new Map<ItemKind, Entry[]>();
  let entries: Entry[] = [];
  let elementEntries: Entry[] = [];
  const visible = new Map<string, Visible>();
  /** Tips hidden to make room for a blocking item, shown again when it goes. */
  const suspended = new Map<string, Visible>();
  const heldSince = new Map<string, number>();
  /**
   * Items closed by their owner (dismissed, completed, hidden) do not show by themselves again
   * before the next route change, whatever their frequency: `'always'` means every page view, not
   * again the moment the user closes it (and an owner that fails to render cannot start a loop).
   */
  const closedOnThisRoute = new Set<string>();
  /**
   * Tips hidden because their rule stopped holding (the element left, a re-render replaced it) may
   * come back on this page whatever their frequency: they were interrupted, not seen to the end.
   * A route change ends that grace.
   */
  const interrupted = new Set<string>();
  let byKey = new Map<string, Entry>();
  const retryAt = new Map<string, number>();
  let quietUntil = 0;
  let pendingReasons: Set<EvaluateReason> | undefined;
  let timer: unknown;
  let timerAt = Number.POSITIVE_INFINITY;
  let destroyed = false;

  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing error handler must not stop the pass.
    }
  };

  const rebuild = () => {
    entries = [...itemsByKind.values()].flat();
    entries.sort(
      (a, b) =>
        b.priority - a.priority || policy(a.item.kind).order - policy(b.item.kind).order || a.order - b.order,
    );
    elementEntries = entries.filter((entry) => entry.selectors.length > 0);
    byKey = new Map(entries.map((entry) => [entry.key, entry]));
  };

  const blockingVisible = () => {
    for (const v of visible.values()) if (v.blocking) return v;
    return undefined;
  };
  const firstNonAmbient = () => {
    for (const v of visible.values()) if (!v.ambient) return v;
    return undefined;
  };
  const visibleCount = (kind: ItemKind) => {
    let count = 0;
    for (const v of visible.values()) if (v.item.kind === kind) count++;
    return count;
  };
  const ambientCount = () => {
    let count = 0;
    for (const v of visible.values()) if (v.ambient) count++;
    return count;
  };

  /** An injected check's reason, or undefined; one that throws is reported and holds nothing back. */
  const guarded = <A extends unknown[], R>(
    check: ((...args: A) => R | undefined) | undefined,
    ...args: A
  ): R | undefined => {
    try {
      return check?.(...args);
    } catch (error) {
      report(error);
      return undefined;
    }
  };

  const callShow = (item: EngineItem): boolean => {
    try {
      options.show(item);
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };
  const callHide = (item: EngineItem) => {
    try {
      options.hide?.(item);
    } catch (error) {
      report(error);
    }
  };

  /** A blocking item arrived: make room by hiding ambient items (they come back after it). */
  const suspendAmbient = () => {
    if (!options.hide) return;
    for (const [key, v] of visible) {
      if (!v.ambient) continue;
      visible.delete(key);
      suspended.set(key, v);
      log?.(`[targeting] ${key}: hidden while a blocking item shows`);
      callHide(v.item);
    }
  };

  const scheduleTimer = () => {
    let next = Number.POSITIVE_INFINITY;
    for (const at of retryAt.values()) next = Math.min(next, at);
    if (quietUntil > 0) next = Math.min(next, quietUntil);
    if (next === timerAt) return;
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    timerAt = next;
    if (next === Number.POSITIVE_INFINITY) return;
    // The floor keeps a host clock that lags ours (ctx.now) from turning retries into a busy loop.
    const delay = Math.min(MAX_TIMER_MS, Math.max(MIN_TIMER_MS, next - now()));
    timer = setTimer(() => {
      timer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      engine.evaluate('timer');
    }, delay);
  };

  const run = () => {
    const reasons = pendingReasons;
    pendingReasons = undefined;
    if (destroyed || !reasons) return;
    try {
      pass(reasons);
    } catch (error) {
      report(error);
    }
  };

  const pass = (reasons: Set<EvaluateReason>) => {
    refreshLog();
    let base: Omit<TargetingContext, 'heldSince'>;
    try {
      base = options.getContext();
    } catch (error) {
      report(error);
      return;
    }
    // Several rules often wait for the same element: look each selector up once per pass.
    const seen = new Map<string, boolean>();
    const history = base.history;
    const ctx: TargetingContext = {
      ...base,
      history:
        interrupted.size === 0
          ? history
          : {
              shownCount: (key) => (interrupted.has(key) ? 0 : history.shownCount(key)),
              shownThisSession: (key) => !interrupted.has(key) && history.shownThisSession(key),
              dismissed: (key) => history.dismissed(key),
            },
      heldSince: (key) => heldSince.get(key),
      elementVisible(selector) {
        let result = seen.get(selector);
        if (result === undefined) {
          try {
            result = base.elementVisible(selector) === true;
          } catch (error) {
            report(error);
            result = false;
          }
          seen.set(selector, result);
        }
        return result;
      },
    };
    // Rules see `ctx.now`; the engine's own waits (quiet period, retries) use its clock.
    const at = now();
    const partial = reasons.size === 1 && reasons.has('element');
    const label = [...reasons].join('+');
    const pool = partial ? elementEntries : entries;
    if (reasons.has('route') || reasons.has('start')) {
      closedOnThisRoute.clear();
      interrupted.clear();
    }

    // 1. Visible auto-shown ambient items (tips) whose rule stopped holding go away.
    for (const [key, v] of [...visible]) {
      const entry = byKey.get(key);
      if (!v.auto || !v.ambient || !options.hide) continue;
      if (partial && !entry?.selectors.length) continue;
      const trigger = entry?.item.trigger;
      let holds = false;
      let why = 'removed from items';
      if (trigger) {
        try {
          const decision = evaluateConditions(trigger, ctx);
          holds = decision.show;
          why = decision.reasons.join('; ');
        } catch (error) {
          report(error);
        }
      }
      if (holds) continue;
      visible.delete(key);
      if (entry) interrupted.add(key);
      log?.(`[targeting] ${key}: hidden (${label}): ${why}`);
      callHide(v.item);
    }

    // 2. Tips put aside for a blocking item come back once it is gone.
    if (!blockingVisible() && suspended.size > 0) {
      for (const [key, v] of [...suspended]) {
        suspended.delete(key);
        const trigger = byKey.get(key)?.item.trigger;
        if (v.auto && (!trigger || !evaluateConditions(trigger, ctx).show)) continue;
        if (ambientCount() >= maxVisibleTips && v.auto) continue;
        visible.set(key, v);
        log?.(`[targeting] ${key}: shown again after the blocking item`);
        if (!callShow(v.item)) visible.delete(key);
      }
    }

    // 3. Decide for every candidate, then apply the policy in priority order.
    const quiet = at < quietUntil;
    if (!quiet && quietUntil > 0) quietUntil = 0;
    let blocking = blockingVisible();
    let tipsVisible = ambientCount();
    const busy = guarded(options.busy);
    let shownThisPass = 0;
    const lines: string[] | undefined = log ? [] : undefined;
    for (const entry of pool) {
      const { key, item } = entry;
      if (visible.has(key) || suspended.has(key)) {
        retryAt.delete(key);
        lines?.push(`[targeting] ${key} (${label}): showing`);
        continue;
      }
      if (closedOnThisRoute.has(key)) {
        lines?.push(`[targeting] ${key} (${label}): closed on this page; waits for the next route change`);
        continue;
      }
      let decision: Decision;
      try {
        decision = evaluateRule(item.trigger, ctx, item);
      } catch (error) {
        report(error);
        decision = { show: false, held: false, reasons: ['error while evaluating its rule'] };
      }
      if (decision.held) {
        if (!heldSince.has(key)) heldSince.set(key, ctx.now);
      } else heldSince.delete(key);
      if (decision.retryInMs !== undefined) retryAt.set(key, at + decision.retryInMs);
      else retryAt.delete(key);

      // An item that shows alone waits for whatever else (but tips) is on screen.
      const beside = entry.alone && decision.show ? firstNonAmbient() : undefined;
      let verdict: string;
      if (!decision.show) verdict = `not shown: ${decision.reasons.join('; ')}`;
      else if (quiet) verdict = `eligible, waiting for the quiet period (${quietUntil - at} ms left)`;
      else if (blocking) verdict = `eligible, waiting: ${itemKey(blocking.item)} is showing`;
      else if (entry.blocking && busy) verdict = `eligible, waiting: ${busy}`;
      else if (beside) verdict = `eligible, waiting: ${itemKey(beside.item)} is showing`;
      else if (entry.blocking && shownThisPass > 0)
        verdict = 'eligible, waiting: a higher-priority item showed';
      else if (entry.blocking && tipsVisible > 0 && !options.hide)
        verdict = 'eligible, waiting: a tip is showing';
      else if (entry.ambient && tipsVisible >= maxVisibleTips) {
        verdict = `eligible, waiting: ${tipsVisible} tip(s) showing (maxVisibleTips ${maxVisibleTips})`;
      } else if (!entry.blocking && !entry.ambient && visibleCount(item.kind) > 0) {
        verdict = `eligible, waiting: another ${item.kind} is showing`;
      } else {
        const held = guarded(options.held, item);
        if (held) {
          verdict = `eligible, waiting: ${held.reason}`;
          if (held.retryInMs !== undefined) retryAt.set(key, at + Math.max(0, held.retryInMs));
        } else {
          const shown: Visible = { item, auto: true, blocking: entry.blocking, ambient: entry.ambient };
          if (entry.blocking) suspendAmbient();
          visible.set(key, shown);
          interrupted.delete(key);
          if (callShow(item)) {
            shownThisPass++;
            verdict = `shown (priority ${entry.priority}): ${decision.reasons.join('; ')}`;
            if (entry.blocking) blocking = shown;
          } else {
            visible.delete(key);
            closedOnThisRoute.add(key);
            // Tips were put aside for it: a next pass brings them back.
            if (suspended.size > 0) engine.evaluate('close');
            verdict = 'show failed; waits for the next route change';
          }
          tipsVisible = ambientCount();
        }
      }
      lines?.push(`[targeting] ${key} (${label}): ${verdict}`);
    }
    if (log && lines) for (const line of lines) log(line);
    scheduleTimer();
  };

  const engine: TargetingEngine = {
    setItems(kind, items) {
      if (destroyed) return;
      const list: Entry[] = [];
      const kindPolicy = policy(kind);
      items.forEach((raw, order) => {
        if (!raw || typeof raw.id !== 'string') return;
        const item: EngineItem = { ...raw, kind };
        const selectors = new Set<string>();
        const events = new Set<string>();
        collect(item.trigger, selectors, events);
        list.push({
          item,
          key: itemKey(item),
          order,
          priority: typeof raw.priority === 'number' && Number.isFinite(raw.priority) ? raw.priority : 0,
          blocking: raw.blocking ?? kindPolicy.blocking,
          ambient: kindPolicy.ambient === true,
          alone: kindPolicy.alone === true,
          selectors: [...selectors],
          events: [...events],
        });
      });
      const keep = new Set(list.map((entry) => entry.key));
      for (const old of itemsByKind.get(kind) ?? []) {
        if (keep.has(old.key)) continue;
        heldSince.delete(old.key);
        retryAt.delete(old.key);
      }
      itemsByKind.set(kind, list);
      rebuild();
    },

    evaluate(reason) {
      if (destroyed) return;
      if (pendingReasons) {
        pendingReasons.add(reason);
        return;
      }
      pendingReasons = new Set([reason]);
      queueMicrotask(run);
    },

    markShown(ref) {
      if (destroyed) return;
      const key = itemKey(ref);
      if (visible.has(key)) return;
      const entry = byKey.get(key);
      const item = entry?.item ?? { kind: ref.kind, id: ref.id };
      const blocking = entry?.blocking ?? policy(ref.kind).blocking;
      const ambient = entry?.ambient ?? policy(ref.kind).ambient === true;
      refreshLog();
      if (blocking) suspendAmbient();
      suspended.delete(key);
      visible.set(key, { item, auto: false, blocking, ambient });
      retryAt.delete(key);
    },

    markClosed(ref, how) {
      if (destroyed) return;
      const key = itemKey(ref);
      const wasVisible = visible.delete(key) || suspended.delete(key);
      closedOnThisRoute.add(key);
      interrupted.delete(key);
      heldSince.delete(key);
      if (how === 'dismiss') quietUntil = Math.max(quietUntil, now() + quietPeriodMs);
      if (wasVisible || how === 'dismiss') {
        // Something else may be waiting for this one; after a dismissal the timer waits out the quiet period.
        engine.evaluate('close');
      }
    },

    isShowing(ref) {
      return visible.has(itemKey(ref));
    },

    aloneShowing() {
      for (const [key, v] of visible) if (byKey.get(key)?.alone) return v.item;
      return undefined;
    },

    selectors() {
      const all = new Set<string>();
      for (const entry of entries) for (const selector of entry.selectors) all.add(selector);
      return [...all];
    },

    events() {
      const all = new Set<string>();
      for (const entry of entries) for (const name of entry.events) all.add(name);
      return [...all];
    },

    destroy() {
      destroyed = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      pendingReasons = undefined;
      itemsByKind.clear();
      entries = [];
      elementEntries = [];
      visible.clear();
      suspended.clear();
      heldSince.clear();
      retryAt.clear();
      closedOnThisRoute.clear();
      interrupted.clear();
      byKey.clear();
    },
  };
  return engine;
}
