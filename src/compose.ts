import { lazyAnalytics } from './analytics/lazy';
import { authorFromUrl, lazyAuthor } from './author/lazy';
import { lazyChecklists } from './checklists/lazy';
import type { ChunkLoaders } from './core/chunks';
import type { RuntimeOptions } from './core/runtime';
import { guides } from './guides';
import { setupHandoff } from './handoff';
import { lazyKnowledgeBase } from './kb/lazy';
import { setupPanel } from './panel';
import { panelCss } from './panel/styles';
import { lazySurveys } from './surveys/lazy';
import { lazyTips } from './tips/lazy';
import { lazyTours } from './tours/lazy';
import { afterLauncherCss } from './ui/styles';

/**
 * The lazy chunks, one line each: the bundler splits every `import()` into a file of its own, next to
 * the code that imports it. The script-tag build names each `pathlight.<name>.js` after its key here
 * (tsup.config.ts reads these lines) and places it beside `pathlight.app.js`.
 */
const chunks: ChunkLoaders = {
  'locale-ar': () => import('./i18n/catalogs/ar'),
  'locale-de': () => import('./i18n/catalogs/de'),
  'locale-es': () => import('./i18n/catalogs/es'),
  'locale-fr': () => import('./i18n/catalogs/fr'),
  'locale-lt': () => import('./i18n/catalogs/lt'),
  'locale-pl': () => import('./i18n/catalogs/pl'),
  'locale-pt': () => import('./i18n/catalogs/pt'),
  'locale-ro': () => import('./i18n/catalogs/ro'),
  'locale-ru': () => import('./i18n/catalogs/ru'),
  'locale-uk': () => import('./i18n/catalogs/uk'),
  'locale-vi': () => import('./i18n/catalogs/vi'),
  theme: () => import('./core/theme-chunk'),
  markdown: () => import('./content/chunk'),
  article: () => import('./panel/article-chunk'),
  marks: () => import('./panel/element-help-chunk'),
  guides: () => import('./guides/chunk'),
  kb: () => import('./kb/chunk'),
  bigfeed: () => import('./kb/big-feed-chunk'),
  'stem-ru': () => import('./kb/stem-ru-chunk'),
  'stem-de': () => import('./kb/stem-de-chunk'),
  'stem-lt': () => import('./kb/stem-lt-chunk'),
  'search-remote': () => import('./kb/remote/chunk'),
  'search-meilisearch': () => import('./kb/remote/meilisearch'),
  'search-typesense': () => import('./kb/remote/typesense'),
  'search-algolia': () => import('./kb/remote/algolia'),
  'search-endpoint': () => import('./kb/remote/endpoint'),
  tips: () => import('./tips/chunk'),
  tours: () => import('./tours/chunk'),
  driver: () => import('./tours/driver-chunk'),
  checklists: () => import('./checklists/chunk'),
  position: () => import('./ui/position-chunk'),
  handoff: () => import('./handoff/chunk'),
  surveys: () => import('./surveys/chunk'),
  outbox: () => import('./handoff/outbox-chunk'),
  capture: () => import('./handoff/capture-chunk'),
  analytics: () => import('./analytics/chunk'),
  providers: () => import('./handoff/providers/chunk'),
  author: () => import('./author/chunk'),
};

/**
 * The CSS the runtime adopts, but the launcher's: the ESM build puts `launcherCss` first; the script-tag
 * build's first script adopted it already, and this goes after it (the same cascade as one sheet).
 */
export const CSS_AFTER_LAUNCHER = afterLauncherCss + panelCss;

/**
 * The composition root: every capability an instance has, in one place. Both builds start their runtime
 * from it: `createPathlight` (ESM, ./index.ts) and the script-tag build's `pathlight.app.js` (./app.ts).
 * Adding a capability is one line here (and its chunk's loader above, which `ChunkLoaders` asks for).
 */
export function composeRuntime(css: string): RuntimeOptions {
  const checklists = lazyChecklists();
  return {
    css,
    chunks,
    // Analytics first: its tap sees what the others emit as they start.
    features: [
      lazyAnalytics,
      guides(lazyTours, checklists, lazyTips, lazySurveys, lazyAuthor),
      authorFromUrl,
    ],
    ui: (rt) => {
      const panel = setupPanel(rt, lazyKnowledgeBase(rt));
      setupHandoff(rt, panel.registry);
      checklists.panel(rt, panel.registry);
      return panel.mount;
    },
  };
}
