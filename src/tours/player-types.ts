import type { GuideButton, Tour, TourStep } from '../types';

/** One step as the player draws it. */
export interface StepView {
  tour: Tour;
  step: TourStep;
  /** 0-based. */
  index: number;
  count: number;
  /** The element to highlight; null: the step is centred with no highlight. */
  target: Element | null;
  /** Whether there is an earlier step to go back to. */
  canBack: boolean;
  /** The Next (or Done, on the last step) button: steps that advance on a click, event or route have none. */
  next: 'next' | 'done' | undefined;
}

/** What the player's buttons and keys ask the tour to do. */
export interface PlayerActions {
  next(): void;
  back(): void;
  close(reason: 'close' | 'escape'): void;
  button(button: GuideButton): void;
  /** Another tour took the page's one highlight (another Pathlight instance started one). */
  replaced(): void;
}

/**
 * Draws a tour step: highlights its element (driver.js) and shows the popover next to it. It lives in the
 * lazy `driver` chunk with driver.js, loaded when a tour first shows a step.
 */
export interface TourPlayer {
  show(view: StepView): void;
  /** Take the highlight and the popover down (the tour waits for a page, or ended). */
  hide(): void;
  /** Whether focus is inside the popover. */
  hasFocus(): boolean;
  destroy(): void;
}
