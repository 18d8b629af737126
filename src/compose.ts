import { lazyChecklists } from './checklists/lazy';
import type { ChunkLoaders } from './core/chunks';
import { createInstance } from './core/runtime';
import { guides } from './guides';
import { setupHandoff } from './handoff';
import { lazyKnowledgeBase } from './kb/lazy';
import { setupPanel } from './panel';
import { panelCss } from './panel/styles';
import { lazyTips } from './tips/lazy';
import { lazyTours } from './tours/lazy';
import type { PathlightInstance } from './types';
import { baseCss } from './ui/styles';

/**
 * The composition root both entries share: every capability an instance has, in one place. The
 * entries differ only in how lazy chunks load, so each hands its loader map in: `src/index.ts`
 * with `import()`, `src/global.ts` with `<script>` tags. Adding a capability is one line here (and
 * its chunk's loader in each map, which the `ChunkLoaders` type asks for).
 */
export function composePathlight(
  chunks: ChunkLoaders,
  options: { assetsUrl?: string } = {},
): PathlightInstance {
  return createInstance({
    css: baseCss + panelCss,
    chunks,
    features: [guides(lazyTours, lazyChecklists, lazyTips)],
    ui: (rt) => {
      const panel = setupPanel(rt, lazyKnowledgeBase(rt));
      setupHandoff(rt, panel.registry);
      return panel.mount;
    },
    ...(options.assetsUrl ? { assetsBase: options.assetsUrl } : {}),
  });
}
