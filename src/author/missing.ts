import type { ElementTarget } from '../types';
import type { ContentTarget } from './targets';

export interface TargetReport {
  /** Targets of items on this page that are not there or not visible. */
  missing: ContentTarget[];
  /** Checklist `completeWhen.element`s not there: normal until the task is done. */
  notYetDone: ContentTarget[];
  /** Items whose page rules do not match this page: not checked. */
  elsewhere: number;
}

/**
 * Which targets are missing on this page: an item whose page rules (`trigger.url`, a step's `page`) do not match it
 * (`onPage`: the targeting rules' URL matcher) is not looked for. `find` and `visible` are the guides core's own
 * (`Guides.resolve`, `isVisible`).
 */
export function checkTargets(
  targets: readonly ContentTarget[],
  onPage: (pages: string | string[]) => boolean,
  find: (target: ElementTarget) => Element | null,
  visible: (element: Element) => boolean,
): TargetReport {
  const report: TargetReport = { missing: [], notYetDone: [], elsewhere: 0 };
  for (const entry of targets) {
    if (entry.pages !== undefined && !onPage(entry.pages)) {
      report.elsewhere++;
      continue;
    }
    const element = find(entry.target);
    if (element && visible(element)) continue;
    (entry.whenDone ? report.notYetDone : report.missing).push(entry);
  }
  return report;
}
