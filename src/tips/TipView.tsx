import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Runtime } from '../core/context';
import type { Tip } from '../types';
import { Icon } from '../ui/icons';
import { anchor, type Placement } from '../ui/position';
import { useStore } from '../ui/use-store';
import { Body } from './Body';
import { Buttons } from './Buttons';
import type { ShownTip, TipsController } from './controller';

/** DOM ids must be unique per page even with two instances; tip ids may hold any character. */
const domId = (rt: Runtime, tip: Tip, part: string) => {
  const n = (ids.get(rt) ?? ids.set(rt, ++counter).get(rt))!;
  return `pl${n}-tip-${tip.id.replace(/[^\w-]/g, '_')}-${part}`;
};
const ids = new WeakMap<Runtime, number>();
let counter = 0;

/**
 * `left` and `right` as the element's own text reads: an author writes `right` ("after it") for the
 * left-to-right product, and in a mirrored (`dir="rtl"`) page that is the element's left. `-start` and
 * `-end` already follow the tip's own direction (@floating-ui/dom reads it).
 */
const mirrored = (placement: Placement, target: Element): Placement =>
  getComputedStyle(target).direction === 'rtl'
    ? (placement.replace(/left|right/, (side) => (side === 'left' ? 'right' : 'left')) as Placement)
    : placement;

interface Props {
  rt: Runtime;
  ctl: TipsController;
  shown: ShownTip;
  target: Element;
  /** For `hotspot: { open: 'hover' }`: the pointer over the beacon or the tip keeps it open. */
  hover?: { onPointerEnter: () => void; onPointerLeave: () => void } | undefined;
}

/**
 * The tip: a non-modal `role="dialog"` named by its title, next to its element. It takes focus only
 * when the user opened it from a hotspot; auto-shown tips are announced through the layer's polite
 * live region instead, so typing in the page is never interrupted.
 */
function Bubble({ rt, ctl, shown, target, hover }: Props) {
  const t = useStore(rt.$t);
  const ref = useRef<HTMLDivElement>(null);
  const arrowRef = useRef<HTMLDivElement>(null);
  const { tip } = shown;
  const placement = tip.placement ?? 'bottom';

  // Focus waits for the first placement: until then the tip is `visibility: hidden` and cannot take it.
  const wantsFocus = useRef(shown.focus);
  useLayoutEffect(
    () =>
      anchor(rt, ref.current!, target, {
        placement: mirrored(placement, target),
        offset: 12,
        avoidControls: true,
        arrow: arrowRef.current!,
        onPlaced: ({ referenceHidden }) => {
          if (!wantsFocus.current || referenceHidden) return;
          wantsFocus.current = false;
          ref.current?.focus({ preventScroll: true });
        },
      }),
    [target, placement],
  );

  const titleId = domId(rt, tip, 'title');
  const bodyId = domId(rt, tip, 'body');
  return (
    <div
      ref={ref}
      id={domId(rt, tip, 'tip')}
      class="pl-tip"
      role="dialog"
      aria-labelledby={tip.title ? titleId : undefined}
      aria-label={tip.title ? undefined : t.t('tip.label')}
      aria-describedby={tip.body ? bodyId : undefined}
      tabIndex={-1}
      data-pl-tip={tip.id}
      {...hover}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        ctl.escapeTip(tip.id);
      }}
    >
      <div ref={arrowRef} class="pl-tip-arrow" aria-hidden="true" />
      <div class="pl-tip-head">
        {tip.title && (
          <h2 id={titleId} class="pl-tip-title">
            {tip.title}
          </h2>
        )}
        <button
          type="button"
          class="pl-icon-button pl-tip-close"
          aria-label={t.t('tip.close')}
          onClick={() => ctl.dismissTip(tip.id)}
        >
          <Icon name="close" size={16} />
        </button>
      </div>
      {tip.image && <img class="pl-tip-image" src={tip.image} alt={tip.imageAlt ?? ''} />}
      {tip.body && <Body text={tip.body} id={bodyId} class="pl-tip-body pl-prose" />}
      {tip.buttons && tip.buttons.length > 0 && (
        <Buttons ctl={ctl} surface="tip" id={tip.id} buttons={tip.buttons} />
      )}
    </div>
  );
}

/**
 * A hotspot: a small pulsing beacon on the element's corner, drawn in our layer (the host element is
 * never restyled). A button: it opens the tip on click, or on hover and focus with `open: 'hover'`.
 */
function Beacon({ rt, ctl, shown, target, hover }: Props) {
  const t = useStore(rt.$t);
  const ref = useRef<HTMLButtonElement>(null);
  const { tip } = shown;

  // A beacon marks its element's corner: it never flips to another corner (near a viewport edge
  // flip's alignment fallback moved it to the start corner); shift nudges it back into view instead.
  useLayoutEffect(
    () =>
      anchor(rt, ref.current!, target, {
        placement: 'top-end',
        offset: { mainAxis: -10, crossAxis: 10 },
        flip: false,
      }),
    [target],
  );
  return (
    <button
      ref={ref}
      type="button"
      class="pl-hotspot"
      data-pl-hotspot={tip.id}
      aria-label={t.t('tip.hotspot', { title: tip.title ?? t.t('tip.label') })}
      aria-expanded={shown.open ? 'true' : 'false'}
      aria-controls={shown.open ? domId(rt, tip, 'tip') : undefined}
      onClick={() => (shown.open ? ctl.closeHotspot(tip.id, true) : ctl.openHotspot(tip.id, true))}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && shown.open) {
          event.stopPropagation();
          ctl.closeHotspot(tip.id, true);
        }
      }}
      {...(hover ? { ...hover, onFocus: hover.onPointerEnter } : {})}
    >
      <span class="pl-hotspot-pulse" aria-hidden="true" />
      <span class="pl-hotspot-dot" aria-hidden="true" />
    </button>
  );
}

/** One tip: its beacon (hotspots) and the tip itself when it is open. Nothing while its element is away. */
export function TipView(props: Omit<Props, 'target' | 'hover'> & { target: Element | null }) {
  const { target, shown, ctl } = props;
  const closeTimer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(closeTimer.current), []);
  if (!target) return null;
  const { hotspot, id } = shown.tip;
  const isHotspot = hotspot !== undefined && hotspot !== false;
  const hover =
    isHotspot && typeof hotspot === 'object' && hotspot.open === 'hover'
      ? {
          onPointerEnter: () => {
            clearTimeout(closeTimer.current);
            ctl.openHotspot(id, false);
          },
          onPointerLeave: () => {
            clearTimeout(closeTimer.current);
            closeTimer.current = setTimeout(() => ctl.closeHotspot(id, false), 300);
          },
        }
      : undefined;
  return (
    <>
      {isHotspot && <Beacon {...props} target={target} hover={hover} />}
      {(!isHotspot || shown.open) && <Bubble {...props} target={target} hover={hover} />}
    </>
  );
}
