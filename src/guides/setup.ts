import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import { addHandlers, type Handlers } from '../core/methods';
import { createProgressSync, type ProgressSync } from '../core/progress';
import {
  createTargetingEngine,
  type EngineItem,
  evaluateConditions,
  type ItemKind,
  itemKey,
  type TargetingHistory,
} from '../targeting';
import type { ElementTarget, TargetingRule } from '../types';
import { emptyContent, validateContent } from './content';
import { listenDomEvents } from './dom-events';
import { isVisible, resolveTarget } from './elements';
import { fetchContent } from './fetch-content';
import { createGuideHistory, historyMarks } from './history';
import type {
  ContentKey,
  GuideItem,
  GuideItems,
  GuidePlugin,
  GuideRenderer,
  Guides,
  ItemKindSpec,
} from './types';

/**
 * The guides core — content, history and the one targeting engine per instance — as the lazy
 * `guides` chunk: most page views show no guide, so none of this is in the main bundle.
 */

/** Event names remembered for `event` rules; the oldest goes first beyond this. */
const MAX_EVENTS = 200;
/** How long guide content waits for `config.progress` to load the user's progress before showing anything. */
const PROGRESS_GATE_MS = 1500;

/** The kinds of all plugins; a kind or list registered twice is reported, the first one kept. */
function registeredKinds(rt: Runtime, plugins: readonly GuidePlugin[]): ItemKindSpec[] {
  const kinds: ItemKindSpec[] = [];
  for (const spec of plugins.flatMap((plugin) => plugin.kinds)) {
    const twin = kinds.find((k) => k.kind === spec.kind || k.contentKey === spec.contentKey);
    if (twin) rt.report('internal', `The item kind "${spec.kind}" (${spec.contentKey}) is registered twice.`);
    else kinds.push(spec);
  }
  return kinds;
}

/**
 * Sets up guide content and the targeting engine on a runtime, with the item kinds the plugins
 * register and the renderers they build. Everything it starts is stopped by `rt.onDestroy`.
 * Returns the instance methods guides and its renderers implement (`addContent`, `showTip`, …):
 * the facade in ./index.ts, which took those calls while this chunk loaded, forwards to them.
 *
 * @example
 * const handlers = setupGuides(rt, [tips, tours]);
 * handlers.addContent?.({ version: 1, tips: [{ id: 'hi', target: '#save', title: 'Save often', trigger: {} }] });
 */
export function setupGuides(
  rt: Runtime,
  plugins: readonly GuidePlugin[],
  /** `track()` names seen before the chunk arrived, with when they happened; whether the panel is open. */
  seed: { events?: ReadonlyMap<string, number>; panelOpen?: boolean } = {},
): Handlers {
  let panelOpen = seed.panelOpen === true;
  /** config.progress, once set up below (history changes before that are merged at its first pull). */
  let sync: ProgressSync | undefined;
  const history = createGuideHistory(rt.user, rt.session, { onChange: () => sync?.changed() });
  const events = new Map<string, number>(seed.events ?? []);
  const kinds = registeredKinds(rt, plugins);
  const specOf = (key: ContentKey) => kinds.find((spec) => spec.contentKey === key);
  const renderers = new Map<ItemKind, GuideRenderer>();
  /** Content from `config.content`, then from `addContent()` (which wins for the same id). */
  let fromConfig = emptyContent(kinds);
  const fromCode = emptyContent(kinds);
  let byId = new Map<string, GuideItem>();
  /** Function and element targets, under the names their rules use for them. */
  const targets = new Map<string, ElementTarget>();
  let trackNames = new Set<string>();
  let stopElements: (() => void) | undefined;
  let stopDomEvents: (() => void) | undefined;
  let domSignature = '';
  let loaded = false;
  const waiting: Array<() => void> = [];
  const controller = new AbortController();

  const onTargetError = (error: unknown) =>
    rt.report('internal', `A tip or tour target function threw: ${errorMessage(error)}`, error);
  const resolve = (target: ElementTarget | undefined) => resolveTarget(target, onTargetError);

  /**
   * An item's key in history: `tour:welcome`, or `tour:welcome@2` for an item with a `revision`, so a
   * revised item counts its shows, dismissal and completion anew.
   */
  const historyKey = (key: string) => {
    const item = byId.get(key);
    const revision = item && 'revision' in item ? item.revision : undefined;
    return revision === undefined ? key : `${key}@${revision}`;
  };
  const revised: TargetingHistory = {
    shownCount: (key) => history.shownCount(historyKey(key)),
    shownThisSession: (key) => history.shownThisSession(historyKey(key)),
    dismissed: (key) => history.dismissed(historyKey(key)),
  };
  const context = () => ({
    path: rt.page.$path.get() + rt.page.$hash.get(),
    locale: rt.$locale.get(),
    now: Date.now(),
    user: rt.user.$user.get(),
    events,
    completed: history.completed,
    history: revised,
    elementVisible: (name: string) => {
      const element = resolve(targets.get(name) ?? name);
      return element !== null && isVisible(element);
    },
  });

  const engine = createTargetingEngine({
    kinds,
    getContext: context,
    show: (ref) => {
      const renderer = renderers.get(ref.kind);
      const item = byId.get(itemKey(ref));
      if (!renderer || !item) throw new Error(`nothing can show ${itemKey(ref)}`);
      renderer.show(item, true);
      history.recordShown(historyKey(itemKey(ref)));
    },
    hide: (ref) => renderers.get(ref.kind)?.hide(ref.id),
    // One blocking thing at a time: a tour, a modal announcement or a survey never opens over the panel.
    busy: () => (panelOpen ? 'the help panel is open' : undefined),
    held: (ref) => {
      const item = byId.get(itemKey(ref));
      return item ? renderers.get(ref.kind)?.wait?.(item) : undefined;
    },
    maxVisibleTips: rt.config.maxVisibleTips ?? 1,
    quietPeriodMs: rt.config.quietPeriodMs ?? 30_000,
    log: (line) => rt.log(line),
    logEnabled: () => rt.$debug.get(),
    onError: (error) => rt.report('internal', `Targeting failed: ${errorMessage(error)}`, error),
  });

  /** A rule that also waits for the item's own target, so a tip never shows without its element. */
  const withTarget = (spec: ItemKindSpec, item: GuideItem): TargetingRule | undefined => {
    // An item type without a trigger (a kind that never shows by itself) has none to extend.
    const trigger = 'trigger' in item ? item.trigger : undefined;
    const target = spec.target?.(item);
    if (!trigger || target === undefined || (typeof target === 'string' && trigger.element === target))
      return trigger;
    let name = target as string;
    if (typeof target !== 'string') {
      name = `[target of ${spec.kind}:${item.id}]`;
      targets.set(name, target);
    }
    return { ...trigger, all: [...(trigger.all ?? []), { element: name }] };
  };

  const syncWatchers = () => {
    const wantsElements = engine.selectors().length > 0;
    if (wantsElements && !stopElements)
      stopElements = rt.page.watchElements(() => engine.evaluate('element'));
    else if (!wantsElements && stopElements) {
      stopElements();
      stopElements = undefined;
    }
    const names = engine.events();
    trackNames = new Set(names);
    const domNames = names.filter((name) => name.startsWith('dom:'));
    const signature = domNames.join('\n');
    if (signature === domSignature) return;
    domSignature = signature;
    stopDomEvents?.();
    stopDomEvents = domNames.length
      ? listenDomEvents(document, domNames, rt.shadow.host, (name) => {
          remember(name);
          engine.evaluate('track');
        })
      : undefined;
  };

  /** `config.content` items, replaced by `addContent()` ones of the same id, in declaration order. */
  const merge = <K extends ContentKey>(key: K): GuideItems[K][] => {
    const merged = new Map(fromConfig[key].map((item) => [item.id, item]));
    for (const item of fromCode[key]) merged.set(item.id, item);
    return [...merged.values()];
  };

  const rebuild = () => {
    byId = new Map();
    targets.clear();
    for (const spec of kinds) {
      const items = merge(spec.contentKey);
      for (const item of items) byId.set(`${spec.kind}:${item.id}`, item);
      // A kind nobody draws yet (tours before their capability has a renderer) is kept, not scheduled.
      if (!renderers.has(spec.kind)) continue;
      engine.setItems(
        spec.kind,
        items.map((item) => {
          const entry: Omit<EngineItem, 'kind'> = { id: item.id };
          const trigger = withTarget(spec, item);
          if (trigger) entry.trigger = trigger;
          if ('priority' in item && item.priority !== undefined) entry.priority = item.priority;
          const blocking = spec.isBlocking?.(item);
          if (blocking !== undefined) entry.blocking = blocking;
          return entry;
        }),
      );
    }
    syncWatchers();
    for (const renderer of renderers.values()) renderer.refresh?.();
  };

  const add = (input: unknown, layer: 'config' | 'code', source: string) => {
    const { content, problems } = validateContent(input, kinds);
    for (const problem of problems) rt.report('content_invalid', `Guide content${source}: ${problem}`);
    if (layer === 'config') fromConfig = content;
    else {
      for (const { contentKey } of kinds) {
        const list: GuideItem[] = fromCode[contentKey];
        for (const item of content[contentKey]) {
          const at = list.findIndex((old) => old.id === item.id);
          if (at === -1) list.push(item);
          else list[at] = item;
        }
      }
    }
    rebuild();
    const counts = kinds.map(({ contentKey }) => `${content[contentKey].length} ${contentKey}`);
    rt.log(`[guides] content${source}: ${counts.join(', ')}`);
    engine.evaluate('items');
  };

  const finishLoading = () => {
    loaded = true;
    for (const fn of waiting.splice(0)) {
      try {
        fn();
      } catch (error) {
        rt.report('internal', `A guide call failed: ${errorMessage(error)}`, error);
      }
    }
  };

  const remember = (name: string) => {
    events.delete(name);
    events.set(name, Date.now());
    if (events.size > MAX_EVENTS) events.delete(events.keys().next().value as string);
  };

  const find = <K extends ContentKey>(key: K, id: unknown): GuideItems[K] | undefined =>
    specOf(key) ? merge(key).find((item) => item.id === id) : undefined;

  const guides: Guides = {
    item: find,
    items: (key) => (specOf(key) ? merge(key) : []),
    whenLoaded(fn) {
      if (loaded) fn();
      else waiting.push(fn);
    },
    showFromCode(key, id) {
      const kind = specOf(key)?.kind ?? key;
      if (typeof id !== 'string' || !id) {
        rt.report('config_invalid', `Showing a ${kind} needs its id (a non-empty string).`);
        return undefined;
      }
      const item = find(key, id);
      if (!item) {
        rt.report('unknown_item', `There is no ${kind} with the id "${id}" in the guide content.`);
        return undefined;
      }
      history.recordShown(historyKey(`${kind}:${id}`));
      engine.markShown({ kind, id });
      return item;
    },
    closed(kind, id, how) {
      const key = `${kind}:${id}`;
      const revisionKey = historyKey(key);
      if (how === 'dismiss') history.dismiss(revisionKey);
      else if (how === 'complete') {
        history.complete(revisionKey);
        // `after: 'tour:ID'` names the item, whatever its revision.
        if (revisionKey !== key) history.complete(key);
      }
      rt.log(`[guides] ${key}: closed (${how})`);
      engine.markClosed({ kind, id }, how);
    },
    claim(kind, id) {
      if (engine.aloneShowing()) return false;
      engine.markShown({ kind, id });
      return true;
    },
    dismissed: (kind, id) => history.dismissed(historyKey(`${kind}:${id}`)),
    marks: historyMarks(history),
    tracked: (name) => events.get(name),
    holds(rule) {
      try {
        return evaluateConditions(rule, { ...context(), heldSince: () => undefined }).show;
      } catch (error) {
        rt.report('internal', `A rule could not be evaluated: ${errorMessage(error)}`, error);
        return false;
      }
    },
    position: (kind, id) => history.position(historyKey(`${kind}:${id}`))?.step,
    setPosition: (kind, id, step) => history.setPosition(historyKey(`${kind}:${id}`), step),
    inProgress(kind) {
      // Keys of this kind's items in their current revision: progress saved under another one starts over.
      const current = new Map<string, string>();
      for (const [key, item] of byId) if (key.startsWith(`${kind}:`)) current.set(historyKey(key), item.id);
      return history.inProgress().flatMap((key) => current.get(key) ?? []);
    },
    signal(name) {
      remember(name);
      if (trackNames.has(name)) engine.evaluate('track');
    },
    panelOpen: () => panelOpen,
    listenDom: (names, handler) => listenDomEvents(document, names, rt.shadow.host, handler),
    resolve,
    isVisible,
    addContent: (content) => add(content, 'code', ''),
    provide: (more) => addHandlers(handlers, more, rt.report),
  };
  const handlers: Handlers = { addContent: guides.addContent };

  for (const plugin of plugins) {
    for (const renderer of plugin.renderers?.(rt, guides) ?? []) renderers.set(renderer.kind, renderer);
  }

  rt.on('track', ({ name }) => {
    remember(name);
    if (trackNames.has(name)) engine.evaluate('track');
  });
  rt.onDestroy(
    rt.on('open', () => {
      panelOpen = true;
    }),
  );
  rt.onDestroy(
    rt.on('close', () => {
      panelOpen = false;
      // What waited for the panel may show now.
      engine.evaluate('close');
    }),
  );
  // Kinds report completion themselves (`guides.closed(kind, id, 'complete')`): guides listens to no kind's events.
  rt.onDestroy(rt.page.onRoute(() => engine.evaluate('route')));
  // config.progress: the user's progress kept beside this browser, merged in at start and on `identify`.
  const adapter = rt.config.progress;
  sync = adapter
    ? createProgressSync({
        adapter,
        userId: () => rt.user.$user.get().id,
        local: history,
        report: rt.report,
        onMerged: () => {
          engine.evaluate('identify');
          for (const renderer of renderers.values()) renderer.refresh?.();
        },
      })
    : undefined;
  rt.onDestroy(() => sync?.destroy());
  rt.onDestroy(
    rt.user.$user.listen(() => {
      history.reload();
      engine.evaluate('identify');
      for (const renderer of renderers.values()) renderer.refresh?.();
      sync?.pull();
    }),
  );
  // Content waits (briefly) for the user's remote progress: a tour dismissed on another device must not
  // start here in the moment before its dismissal arrives.
  const merged = sync
    ? Promise.race([sync.pull(), new Promise<void>((resolve) => setTimeout(resolve, PROGRESS_GATE_MS))])
    : undefined;
  rt.onDestroy(rt.$locale.listen(() => engine.evaluate('locale')));
  rt.onDestroy(() => {
    controller.abort();
    engine.destroy();
    stopElements?.();
    stopDomEvents?.();
    waiting.length = 0;
  });

  const source = rt.config.content;
  if (typeof source === 'string') {
    const url = source;
    const fetched = fetchContent(url, { signal: controller.signal });
    (merged ? merged.then(() => fetched) : fetched).then(
      (json) => {
        if (controller.signal.aborted) return;
        add(json, 'config', ` (${url})`);
        finishLoading();
      },
      (error) => {
        if (controller.signal.aborted) return;
        rt.report('content_fetch_failed', `Could not load guide content from ${url}: ${errorMessage(error)}`);
        finishLoading();
      },
    );
  } else {
    const load = () => {
      if (controller.signal.aborted) return;
      if (source !== undefined) add(source, 'config', '');
      else rebuild();
      finishLoading();
    };
    if (merged) merged.then(load);
    else load();
  }
  engine.evaluate('start');
  return handlers;
}
