/**
 * Tips, hotspots and announcements: the renderers the guides core shows when targeting (or a
 * developer call) says so, and the instance methods `showTip`, `hideTip` and `showAnnouncement`.
 */
import { h } from 'preact';
import type { Runtime } from '../core/context';
import type { GuidePlugin, GuideRenderer, Guides } from '../guides';
import type { Announcement, Tip } from '../types';
import { createTipsController } from './controller';
import { announcementKind, tipKind } from './kinds';
import { tipsCss } from './styles';
import { TipsLayer } from './TipsLayer';

export type { ShownAnnouncement, ShownTip, TipsController } from './controller';
export { createTipsController } from './controller';
export { announcementKind, tipKind } from './kinds';
export { tipsCss } from './styles';

/** The tip and announcement renderers of one instance, with the methods and the layer that draw them. */
function renderers(rt: Runtime, guides: Guides): GuideRenderer[] {
  // The tips chunk brings its own CSS into the shadow root.
  rt.onDestroy(rt.addStyles(tipsCss));
  const ctl = createTipsController(rt, guides);
  const Layer = () => h(TipsLayer, { rt, ctl, guides });
  rt.addLayer(Layer);

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
          guides.closed(tipKind.kind, id, 'hide');
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
    kind: tipKind.kind,
    show: (tip, auto) => ctl.showTip(tip, auto),
    hide: (id) => ctl.hideTip(id),
    refresh: () => ctl.refresh(),
  };
  const announcementRenderer: GuideRenderer<Announcement> = {
    kind: announcementKind.kind,
    show: (item, auto) => ctl.showAnnouncement(item, auto),
    hide: (id) => ctl.hideAnnouncement(id),
  };
  return [tipRenderer, announcementRenderer];
}

/**
 * The tips capability, plugged into guides from the lazy `tips` chunk (./lazy.ts is what the main
 * bundle carries): it owns the `tip` and `announcement` kinds and draws them.
 *
 * @example
 * help.addContent({ version: 1, tips: [{ id: 'export', target: '#export', title: 'Export', hotspot: true }] });
 * help.showTip('export');
 */
export const tips: GuidePlugin = { kinds: [tipKind, announcementKind], renderers };
