import { atom, type WritableAtom } from 'nanostores';
import type { Runtime } from '../core/context';
import type { Guides } from '../guides';
import { AuthorLayer } from './AuthorLayer';
import { checkTargets, type TargetReport } from './missing';
import { startPicking } from './picker';
import { selectorFor } from './selector';
import { describe, type Picked, type SnippetKind, snippet, toJson } from './snippets';
import { authorCss } from './styles';
import { contentTargets } from './targets';

export interface AuthorState {
  picking: boolean;
  hovered?: Element;
  /** The picked element; `picked` is undefined when no unique selector was found for it. */
  element?: Element;
  picked?: Picked;
  /** The last copied JSON, shown in the panel so it can also be copied by hand. */
  copied?: { kind: SnippetKind; json: string; ok: boolean };
  report: TargetReport;
}

export interface Author {
  readonly $state: WritableAtom<AuthorState>;
  /** Shows the panel and starts picking (`author()`). */
  open(): void;
  close(): void;
  startPicking(): void;
  stopPicking(): void;
  pick(element: Element): void;
  copy(kind: SnippetKind): void;
  recheck(): void;
}

const signature = ({ missing, notYetDone, elsewhere }: TargetReport) =>
  [...missing, ...notYetDone].map((entry) => `${entry.path} ${String(entry.target)}`).join('\n') + elsewhere;

/** The page as item rules see it: the path, with the fragment only for hash-routed apps (`#/…`). */
const currentPage = () => location.pathname + (location.hash.startsWith('#/') ? location.hash : '');

/**
 * Authoring mode on a runtime: the panel (a layer in the shadow root), the element picker and the check of the
 * loaded content's targets. Everything it starts stops on `destroy()` or when the author leaves.
 */
export function setupAuthor(rt: Runtime, guides: Guides): Author {
  const $state = atom<AuthorState>({ picking: false, report: { missing: [], notYetDone: [], elsewhere: 0 } });
  const update = (patch: Partial<AuthorState>) => $state.set({ ...$state.get(), ...patch });
  let stopPicker: (() => void) | undefined;
  let removeLayer: (() => void) | undefined;

  const recheck = () => {
    const targets = contentTargets({
      tips: guides.items('tips'),
      tours: guides.items('tours'),
      checklists: guides.items('checklists'),
    });
    const report = checkTargets(targets, (url) => guides.holds({ url }), guides.resolve, guides.isVisible);
    // Run on every batch of DOM changes: redraw only when the findings changed.
    if (signature(report) !== signature($state.get().report)) update({ report });
  };

  const author: Author = {
    $state,
    open() {
      if (!removeLayer) {
        const removeCss = rt.addStyles(authorCss);
        const Layer = AuthorLayer(author);
        const removeDrawn = rt.addLayer(Layer);
        // The element watcher batches DOM changes: a target that appears or goes is seen on the next batch.
        const stopWatching = rt.page.watchElements(recheck);
        const stopRoute = rt.page.onRoute(recheck);
        removeLayer = () => {
          removeDrawn();
          removeCss();
          stopWatching();
          stopRoute();
        };
      }
      guides.whenLoaded(recheck);
      author.startPicking();
    },
    close() {
      author.stopPicking();
      removeLayer?.();
      removeLayer = undefined;
      $state.set({ picking: false, report: $state.get().report });
    },
    startPicking() {
      if (stopPicker) return;
      stopPicker = startPicking(window, {
        own: rt.shadow.host,
        // Every pointer move reports; the panel redraws only when the element under it changed.
        hover: (hovered) => hovered !== $state.get().hovered && update({ hovered }),
        pick: author.pick,
        cancel: author.stopPicking,
      });
      update({ picking: true });
    },
    stopPicking() {
      stopPicker?.();
      stopPicker = undefined;
      update({ picking: false, hovered: undefined });
    },
    pick(element) {
      author.stopPicking();
      const selector = selectorFor(element);
      update({
        element,
        picked: selector ? describe(element, selector, currentPage()) : undefined,
        copied: undefined,
      });
    },
    copy(kind) {
      const { picked } = $state.get();
      if (!picked) return;
      const { t } = rt.$t.get();
      const json = toJson(
        snippet(kind, picked, { title: t('author.draftTitle'), body: t('author.draftBody') }),
      );
      update({ copied: { kind, json, ok: true } });
      const failed = () => {
        const { copied } = $state.get();
        if (copied?.json === json) update({ copied: { ...copied, ok: false } });
      };
      try {
        navigator.clipboard.writeText(json).catch(failed);
      } catch {
        failed();
      }
    },
    recheck,
  };
  rt.onDestroy(() => author.close());
  return author;
}

/** One authoring mode per runtime: a second `author()` shows the same panel and picks again. */
const opened = new WeakMap<Runtime, Author>();

/** `author()`: sets authoring mode up on its first call, then opens it. */
export function openAuthor(rt: Runtime, guides: Guides): void {
  let author = opened.get(rt);
  if (!author) {
    author = setupAuthor(rt, guides);
    opened.set(rt, author);
  }
  author.open();
}
