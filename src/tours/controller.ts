/**
 * The tour in progress for one runtime: which step is on, where it lives (`page`), whether its element
 * is there yet, what moves it on (`advanceOn`), the events, and the progress saved per user so the tour
 * resumes at the right step after a route change or a reload. Drawing is the player's (./player.ts, in
 * the lazy `driver` chunk with driver.js), loaded when the first step shows.
 */
import type { Runtime } from '../core/context';
import { errorMessage } from '../core/errors';
import type { Guides } from '../guides';
import type { GuideButton, Tour, TourDismissReason, TourStep } from '../types';
import { deepActiveElement } from '../ui/host';
import type { PlayerActions, StepView, TourPlayer } from './player-types';
import { waitForElement } from './wait';

/** How long a step waits for its element unless it says (`waitMs`). */
export const DEFAULT_WAIT_MS = 3000;

export type LoadPlayer = (actions: PlayerActions) => Promise<TourPlayer>;

interface Run {
  tour: Tour;
  index: number;
  /** The way the user is moving: a skipped step (`when`, missing element) skips on in this direction. */
  direction: 1 | -1;
  phase: 'finding' | 'page' | 'showing';
  /** The element of the step on screen. */
  target: Element | null;
  /** Focus goes back here when the tour ends. */
  opener: HTMLElement | null;
  /** Whether the targeting engine counts the tour as on screen (it is not while waiting for a page). */
  counted: boolean;
  /** The user moved on to this step themselves: a step that names its `url` may take them there. */
  navigate: boolean;
  /** The step on screen now, if any: drawing it again (its element was re-rendered) is no new `tour:step`. */
  shown?: number;
  /** Stops what the current step listens to (its wait, its advanceOn). */
  stopStep: Array<() => void>;
}

export interface TourController {
  /** Start `tour` at `step` (a developer call, the engine, or a resume of saved progress). */
  start(tour: Tour, options?: { step?: number; resume?: boolean }): void;
  /** End the running tour as if the user closed it. */
  end(reason?: TourDismissReason): void;
  /** The id of the running tour. */
  current(): string | undefined;
  /** Resume the tour the user is in the middle of, if there is one and nothing runs. */
  resume(): void;
  /** The engine takes the tour down (no user decision): it waits, keeping its progress. */
  hide(id: string): void;
  /** The content or the user's progress changed: follow a revised tour, drop a removed one, resume one. */
  refresh(): void;
}

/** The page a step lives on: its `page` patterns, else the path of its `url`, else none (anywhere). */
function pageOf(step: TourStep): string | string[] | undefined {
  if (step.page !== undefined) return step.page;
  if (step.url === undefined) return undefined;
  try {
    const url = new URL(step.url, location.href);
    return url.origin === location.origin ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

export const stepId = (step: TourStep, index: number) => step.id ?? String(index + 1);

const stepAdvances = (step: TourStep) => step.advanceOn ?? 'next';

/**
 * @example
 * const tours = createTourController(rt, guides, (actions) => rt.loadChunk('driver').then((c) => c.createTourPlayer(rt, guides, actions)));
 * tours.start(guides.item('tours', 'welcome')!);
 */
export function createTourController(rt: Runtime, guides: Guides, loadPlayer: LoadPlayer): TourController {
  let run: Run | undefined;
  let player: TourPlayer | undefined;
  let loading: Promise<TourPlayer | undefined> | undefined;
  let destroyed = false;
  let stopRoute: (() => void) | undefined;

  // The targeting rules' URL matching, so `page` reads exactly like a trigger's `url`.
  const onPage = (step: TourStep) => {
    const page = pageOf(step);
    return page === undefined || guides.holds({ url: page });
  };

  const stopStep = (current: Run) => {
    for (const stop of current.stopStep.splice(0)) stop();
  };

  const getPlayer = (): Promise<TourPlayer | undefined> => {
    if (player) return Promise.resolve(player);
    if (!loading) {
      loading = loadPlayer(actions).then(
        (made) => {
          if (destroyed) {
            made.destroy();
            return undefined;
          }
          player = made;
          return made;
        },
        (error) => {
          loading = undefined;
          rt.report('chunk_load_failed', `Could not load the tour player: ${errorMessage(error)}`);
          // Nothing can be drawn: the tour stops without a trace rather than waiting invisibly.
          if (run) finish(run, undefined);
          return undefined;
        },
      );
    }
    return loading;
  };

  /** The engine counts the tour as on screen (blocking) only while it is. */
  const count = (current: Run, shown: boolean) => {
    if (current.counted === shown) return;
    current.counted = shown;
    if (shown) guides.showFromCode('tours', current.tour.id);
    else guides.closed('tour', current.tour.id, 'hide');
  };

  /** Takes the tour down and forgets it: `reason` undefined is a completion. */
  const finish = (current: Run, reason: TourDismissReason | undefined, complete = false) => {
    if (run !== current) return;
    run = undefined;
    stopStep(current);
    stopRoute?.();
    stopRoute = undefined;
    const hadFocus = player?.hasFocus() ?? false;
    player?.hide();
    const { tour, index } = current;
    guides.setPosition('tour', tour.id, undefined);
    const how = complete
      ? 'complete'
      : reason === 'close' || reason === 'escape' || reason === 'skip'
        ? 'dismiss'
        : 'hide';
    if (current.counted || how !== 'hide') guides.closed('tour', tour.id, how);
    const count = tour.steps.length;
    if (complete) rt.emit('tour:complete', { id: tour.id, tourId: tour.id, count });
    else if (reason) {
      const step = tour.steps[index];
      rt.emit('tour:dismiss', {
        id: tour.id,
        step: index,
        tourId: tour.id,
        stepId: step ? stepId(step, index) : String(index + 1),
        index,
        reason,
      });
    }
    // Focus goes back to where it was before the tour, unless the user has moved it on (into the page).
    const lost = hadFocus || deepActiveElement() === document.body;
    if (lost && current.opener?.isConnected) current.opener.focus({ preventScroll: true });
  };

  /** The next step to show from `from` going `direction`, skipping those whose `when` does not hold. */
  const pick = (tour: Tour, from: number, direction: 1 | -1): number => {
    let i = from;
    while (i >= 0 && i < tour.steps.length) {
      const step = tour.steps[i]!;
      if (!step.when || guides.holds(step.when)) return i;
      i += direction;
    }
    return i;
  };

  const go = (current: Run, from: number, direction: 1 | -1, navigate = false) => {
    if (run !== current) return;
    stopStep(current);
    current.direction = direction;
    current.navigate = navigate;
    let index = pick(current.tour, from, direction);
    // Nothing before to go back to: stay on the first step that shows.
    if (index < 0) index = pick(current.tour, 0, 1);
    if (index >= current.tour.steps.length) {
      finish(current, undefined, true);
      return;
    }
    current.index = index;
    guides.setPosition('tour', current.tour.id, index);
    const step = current.tour.steps[index]!;
    if (!onPage(step)) {
      current.phase = 'page';
      current.target = null;
      current.shown = undefined;
      player?.hide();
      count(current, false);
      // Moving on by the user's own action to a step that says where it lives: take them there.
      if (navigate && step.url !== undefined) location.assign(step.url);
      return;
    }
    current.phase = 'finding';
    if (step.target === undefined) {
      show(current, null);
      return;
    }
    current.stopStep.push(
      waitForElement(rt, guides, step.target, step.waitMs ?? DEFAULT_WAIT_MS, (element) => {
        if (run !== current || current.index !== index) return;
        if (element) show(current, element);
        else missing(current, step);
      }),
    );
  };

  const missing = (current: Run, step: TourStep) => {
    rt.log(`[tours] ${current.tour.id}: the element of step ${stepId(step, current.index)} is not there`);
    const action = step.ifMissing ?? 'skip';
    if (action === 'center') show(current, null);
    else if (action === 'end') finish(current, 'target-missing');
    else go(current, current.index + current.direction, current.direction, current.navigate);
  };

  const show = (current: Run, target: Element | null) => {
    const index = current.index;
    getPlayer().then((drawer) => {
      if (!drawer || run !== current || current.index !== index) return;
      const { tour } = current;
      const step = tour.steps[index]!;
      const last = pick(tour, index + 1, 1) >= tour.steps.length;
      const advance = stepAdvances(step);
      const view: StepView = {
        tour,
        step,
        index,
        count: tour.steps.length,
        target,
        canBack: pick(tour, index - 1, -1) >= 0,
        next: advance === 'next' ? (last ? 'done' : 'next') : undefined,
      };
      count(current, true);
      current.phase = 'showing';
      current.target = target;
      drawer.show(view);
      listenForAdvance(current, step, target);
      if (current.shown === index) return;
      current.shown = index;
      rt.emit('tour:step', {
        id: tour.id,
        step: index,
        tourId: tour.id,
        stepId: stepId(step, index),
        index,
        count: tour.steps.length,
      });
    });
  };

  /** Moves on from `index` once, whichever of its triggers comes first. */
  const advanceFrom = (current: Run, index: number) => {
    if (run === current && current.index === index) go(current, index + 1, 1, true);
  };

  const listenForAdvance = (current: Run, step: TourStep, target: Element | null) => {
    const index = current.index;
    const advance = stepAdvances(step);
    if (advance === 'click' && target) {
      // After the page's own handlers (the click may navigate): the next step then finds its page.
      const onClick = (event: Event) => {
        if (event.composedPath().includes(target)) setTimeout(() => advanceFrom(current, index), 0);
      };
      document.addEventListener('click', onClick, true);
      current.stopStep.push(() => document.removeEventListener('click', onClick, true));
    } else if (typeof advance === 'object') {
      current.stopStep.push(
        rt.on('track', ({ name }) => {
          if (name === advance.event) advanceFrom(current, index);
        }),
      );
    }
    // A re-render replaced or removed the element: follow it, or wait for it as a late one.
    if (target) {
      current.stopStep.push(
        rt.page.watchElements(() => {
          if (run !== current || current.index !== index || current.phase !== 'showing') return;
          const now = guides.resolve(step.target);
          if (now === current.target && now && guides.isVisible(now)) return;
          go(current, index, current.direction);
        }),
      );
    }
  };

  const onRoute = () => {
    const current = run;
    if (!current) return;
    const step = current.tour.steps[current.index]!;
    if (current.phase === 'page') {
      if (onPage(step)) go(current, current.index, current.direction);
      return;
    }
    const nextIndex = pick(current.tour, current.index + 1, 1);
    const next = current.tour.steps[nextIndex];
    if (stepAdvances(step) === 'route' || (next && pageOf(next) !== undefined && onPage(next))) {
      advanceFrom(current, current.index);
      return;
    }
    if (onPage(step) && pageOf(step) !== undefined) return;
    // A step that lives anywhere was left behind with its page; one that names its page waits for it.
    if (pageOf(step) === undefined) finish(current, 'navigation');
    else go(current, current.index, current.direction);
  };

  // The card's buttons act on the step they show: a second click on Next before the next step is
  // drawn does not skip it.
  const showingRun = () => (run?.phase === 'showing' ? run : undefined);
  const actions: PlayerActions = {
    next: () => {
      const current = showingRun();
      if (current) advanceFrom(current, current.index);
    },
    back: () => {
      const current = showingRun();
      if (current) go(current, current.index - 1, -1);
    },
    close: (reason) => {
      if (run) finish(run, reason);
    },
    button: (button: GuideButton) => {
      const current = run;
      if (!current) return;
      switch (button.action) {
        case 'next':
          actions.next();
          break;
        case 'dismiss':
          finish(current, 'skip');
          break;
        case 'url':
          // A real link: the browser follows it; the tour moves on and resumes there if it lives there.
          advanceFrom(current, current.index);
          break;
        case 'article':
          finish(current, 'skip');
          rt.handlers.showArticle?.(button.value!);
          break;
        case 'tour': {
          const next = guides.showFromCode('tours', button.value!);
          if (!next) break;
          // From the last step, the next tour follows this one (completed); earlier, it replaces it.
          if (pick(current.tour, current.index + 1, 1) >= current.tour.steps.length)
            finish(current, undefined, true);
          controller.start(next);
          break;
        }
        case 'custom':
          try {
            button.onClick?.();
          } catch (error) {
            rt.report(
              'listener_failed',
              `The "${button.label}" button of tour "${current.tour.id}" threw: ${errorMessage(error)}`,
              error,
            );
          }
          break;
      }
    },
    replaced: () => {
      if (run) finish(run, 'replaced');
    },
  };

  const controller: TourController = {
    start(tour, options = {}) {
      if (destroyed) return;
      if (run) finish(run, 'replaced');
      const requested = options.step ?? 0;
      const from =
        Number.isInteger(requested) && requested >= 0 && requested < tour.steps.length ? requested : 0;
      if (from !== requested)
        rt.report('config_invalid', `startTour("${tour.id}"): there is no step ${requested}; starting at 0.`);
      const active = deepActiveElement();
      const current: Run = {
        tour,
        index: from,
        direction: 1,
        phase: 'finding',
        target: null,
        opener: active instanceof HTMLElement && active !== document.body ? active : null,
        counted: !options.resume,
        navigate: false,
        stopStep: [],
      };
      run = current;
      stopRoute = rt.page.onRoute(onRoute);
      if (!options.resume) rt.emit('tour:start', { id: tour.id, tourId: tour.id, count: tour.steps.length });
      else rt.log(`[tours] ${tour.id}: resumed at step ${from + 1}`);
      go(current, from, 1);
    },
    end(reason = 'close') {
      if (run) finish(run, reason);
    },
    current: () => run?.tour.id,
    resume() {
      if (run || destroyed) return;
      for (const id of guides.inProgress('tour')) {
        const tour = guides.item('tours', id);
        const step = guides.position('tour', id);
        if (!tour || step === undefined) continue;
        if (guides.dismissed('tour', id) || step >= tour.steps.length) {
          guides.setPosition('tour', id, undefined);
          continue;
        }
        controller.start(tour, { step, resume: true });
        return;
      }
    },
    refresh() {
      const current = run;
      if (current) {
        const tour = guides.item('tours', current.tour.id);
        if (!tour) finish(current, undefined);
        else if (tour !== current.tour) {
          // The same tour, edited (addContent): carry on from the same step, redrawn from the new text.
          current.tour = tour;
          go(current, Math.min(current.index, tour.steps.length - 1), current.direction);
        }
      }
      controller.resume();
    },
    hide(id) {
      if (run?.tour.id !== id) return;
      stopStep(run);
      run.phase = 'page';
      run.shown = undefined;
      player?.hide();
      run.counted = false;
    },
  };

  rt.onDestroy(() => {
    destroyed = true;
    if (run) stopStep(run);
    run = undefined;
    stopRoute?.();
    player?.destroy();
    player = undefined;
  });
  return controller;
}
