import { atom, type ReadableAtom } from 'nanostores';
import type { ComponentType } from 'preact';
import type { Report } from '../core/errors';
import type { TranslationKey } from '../i18n';
import type { PanelView } from '../types';
import type { PanelContext } from './index';

/** A view of the panel: `open(id)` shows it. */
export interface PanelViewSpec {
  id: PanelView;
  /** Message catalog key of the panel's title while the view shows. */
  titleKey: TranslationKey | (string & {});
  component: ComponentType<PanelContext>;
}

/**
 * Where the panel draws registered sections:
 * - `home`: the home view, below the search field;
 * - `results`: below search results;
 * - `no-results`: in "No articles match", below the hint;
 * - `article`: below an article;
 * - `unavailable`: beside "Try again" when help is unavailable.
 */
export type PanelSlot = 'home' | 'results' | 'no-results' | 'article' | 'unavailable';

export interface SectionProps extends PanelContext {
  /**
   * Settles the query the user is looking at (emits `search`) before acting on it, so the journey
   * includes it; does nothing outside the search view.
   */
  settleSearch(): void;
}

export interface PanelSectionSpec {
  /** Names the section; a second section with the same id is refused. */
  id: string;
  slot: PanelSlot;
  /** Lower draws first; equal orders keep the order of registration. */
  order: number;
  /** Draws nothing (returns null) when it has nothing to offer. */
  component: ComponentType<SectionProps>;
}

/** What capabilities add to the panel. Each `add…` returns its removal. */
export interface PanelRegistry {
  addView(view: PanelViewSpec): () => void;
  addSection(section: PanelSectionSpec): () => void;
  readonly $views: ReadableAtom<ReadonlyMap<PanelView, PanelViewSpec>>;
  /** Every section, by `order`. */
  readonly $sections: ReadableAtom<readonly PanelSectionSpec[]>;
}

/**
 * One panel's views and sections (per instance: two instances must not share them).
 * @example
 * const off = registry.addView({ id: 'contact', titleKey: 'contact.title', component: ContactView });
 */
export function createPanelRegistry(report: Report): PanelRegistry {
  const $views = atom<ReadonlyMap<PanelView, PanelViewSpec>>(new Map());
  const $sections = atom<readonly PanelSectionSpec[]>([]);

  const refuse = (what: string) => {
    report('internal', `${what} is registered twice; the second one is ignored.`);
    return () => {};
  };

  return {
    $views,
    $sections,
    addView(view) {
      if ($views.get().has(view.id)) return refuse(`The panel view "${view.id}"`);
      $views.set(new Map($views.get()).set(view.id, view));
      return () => {
        if ($views.get().get(view.id) !== view) return;
        const next = new Map($views.get());
        next.delete(view.id);
        $views.set(next);
      };
    },
    addSection(section) {
      if ($sections.get().some((s) => s.id === section.id))
        return refuse(`The panel section "${section.id}"`);
      // Array.prototype.sort is stable: equal orders stay in registration order.
      $sections.set([...$sections.get(), section].sort((a, b) => a.order - b.order));
      return () => $sections.set($sections.get().filter((s) => s !== section));
    },
  };
}
