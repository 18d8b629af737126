import { atom } from 'nanostores';
import type { PanelView } from '../types';

export interface PanelState {
  open: boolean;
  view: PanelView;
  /** The search text, kept across views so Back returns to the same results; empty on home. */
  query: string;
  articleId?: string;
  /** Seconds into the article's video to start at (a transcript hit). */
  at?: number;
  /** The category browsed in the search view while the query is empty. */
  category?: string;
  /** Views to return to with Back. */
  history: PanelView[];
}

export const initialPanelState = (): PanelState => ({ open: false, view: 'home', query: '', history: [] });

/** Home is an empty field over what helps on this page: arriving there (Back, `open('home')`) ends the search. */
const arrive = (state: PanelState): PanelState =>
  state.view === 'home' ? { ...state, query: '', category: undefined } : state;

/** One store per instance (never module state: two instances must not share it). */
export function createPanelStore() {
  const $panel = atom<PanelState>(initialPanelState());
  return {
    $panel,
    open(view?: PanelView, extra: Partial<PanelState> = {}) {
      const current = $panel.get();
      const next = view ?? (current.open ? current.view : current.view);
      const history =
        current.open && view && view !== current.view
          ? [...current.history, current.view].slice(-20)
          : current.history;
      $panel.set(
        arrive({ ...current, ...extra, open: true, view: next, history: view === 'home' ? [] : history }),
      );
    },
    close() {
      $panel.set({ ...$panel.get(), open: false });
    },
    back() {
      const current = $panel.get();
      const history = [...current.history];
      const view = history.pop() ?? 'home';
      $panel.set(arrive({ ...current, view, history }));
    },
    setQuery(query: string) {
      $panel.set({ ...$panel.get(), query });
    },
  };
}
export type PanelStore = ReturnType<typeof createPanelStore>;
