import type { Runtime } from '../core/context';
import type { Guides } from '../guides';
import { useStore } from '../ui/use-store';
import { AnnouncementView } from './AnnouncementView';
import type { TipsController } from './controller';
import { TipView } from './TipView';

/**
 * What tips draw into the shadow root: the tips (and hotspots) of this page, the announcement, and
 * one polite live region that tells screen-reader users about tips that appeared by themselves.
 */
export function TipsLayer({ rt, ctl, guides }: { rt: Runtime; ctl: TipsController; guides: Guides }) {
  const tips = useStore(ctl.$tips);
  const announcement = useStore(ctl.$announcement);
  const status = useStore(ctl.$status);
  // Re-render on element changes: each tip finds its element again (it may have been replaced).
  useStore(ctl.$layout);
  return (
    <>
      {tips.map((shown) => {
        const element = guides.resolve(shown.tip.target);
        const target = element && guides.isVisible(element) ? element : null;
        return <TipView key={shown.tip.id} rt={rt} ctl={ctl} shown={shown} target={target} />;
      })}
      {announcement && <AnnouncementView key={announcement.item.id} rt={rt} ctl={ctl} shown={announcement} />}
      <div class="pl-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </>
  );
}
