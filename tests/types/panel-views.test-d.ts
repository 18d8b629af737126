/**
 * A capability that registers a panel view adds its name to `PanelViews`, and `open()` accepts it.
 * (Type-checked by `tsc --noEmit -p .`; augmenting here makes `billing` a view for the whole check.)
 */
import { createPathlight, type PanelView } from '../../src/index';

declare module '../../src/index' {
  interface PanelViews {
    billing: true;
  }
}

declare function expectType<T>(value: T): void;

const help = createPathlight();
help.open('billing');
help.open('checklist');
expectType<PanelView>('billing');
// @ts-expect-error still not a view
help.open('nowhere');
