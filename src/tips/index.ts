/**
 * Tips, hotspots and announcements: the renderers the guides core shows when targeting (or a
 * developer call) says so, and the instance methods `showTip`, `hideTip` and `showAnnouncement`.
 */
import { h } from 'preact';
import type { Runtime } from '../core/context';
import type { GuideRenderer, Guides, RendererFactory } from '../guides';
import type { Announcement, Tip } from '../types';
import { createTipsController } from './controller';
import { tipsCss } from './styles';
import { TipsLayer } from './TipsLayer';

export type { ShownAnnouncement, ShownTip, TipsController } from './controller';
export { createTipsController } from './controller';
export { tipsCss } from './styles';

/**
 * The tips capability's renderers, set up by the guides chunk (./lazy.ts is what the main bundle carries).
 *
 * @example
 * help.addContent({ version: 1, tips: [{ id: 'export', target: '#export', title: 'Export', hotspot: true }] });
 * help.showTip('export');
 */
export const tips: RendererFactory = (rt: Runtime, guides: Guides) => {
  // The tips chunk brings its own CSS into the shadow root.
  rt.onDestroy(rt.addStyles(tipsCss));
  const ctl = createTipsController(rt, guides);
  const Layer = () => h(TipsLayer, { rt, ctl, guides });
  rt.$layers.set([...rt.$layers.get(), Layer]);
  rt.onDestroy(() => rt.$layers.set(rt.$layers.get().filter((layer) => layer !== Layer)));

  guides.provide({
    showTip: (id) =>
      guides.whenLoaded(() => {
        const tip = guides.showFromCode('tips', id);
        if (tip) ctl.showTip(tip, false);
      }),
    hideTip: (id) =>
      guides.whenLoaded(() => {
        if (ctl.$tips.get().some((shown) => shown.tip.id === id)) {
          ctl.hideTip(id);
          guides.closed('tip', id, 'hide');
        } else if (!guides.item('tips', id)) {
          rt.report('unknown_item', `hideTip(): there is no tip with the id "${id}".`);
        }
      }),
    showAnnouncement: (id) =>
      guides.whenLoaded(() => {
        const item = guides.showFromCode('announcements', id);
        if (item) ctl.showAnnouncement(item, false);
      }),
  });

  const tipRenderer: GuideRenderer<Tip> = {
    kind: 'tip',
    target: (tip) => tip.target,
    show: (tip, auto) => ctl.showTip(tip, auto),
    hide: (id) => ctl.hideTip(id),
    refresh: () => ctl.refresh(),
  };
  const announcementRenderer: GuideRenderer<Announcement> = {
    kind: 'announcement',
    // A slide-in card leaves the page usable: it does not hold tips back.
    blocking: (item) => item.style !== 'slide-in',
    show: (item, auto) => ctl.showAnnouncement(item, auto),
    hide: (id) => ctl.hideAnnouncement(id),
  };
  return [tipRenderer, announcementRenderer] as GuideRenderer[];
};
