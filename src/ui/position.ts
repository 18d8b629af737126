import type { Placement, ReferenceElement } from '@floating-ui/dom';
import type { Chunks } from '../core/chunks';
import type { Runtime } from '../core/context';

/** The parts of @floating-ui/dom this helper uses: the lazy `position` chunk (./position-chunk.ts). */
type PositionChunk = Chunks['position'];

export type { Placement };

export interface AnchorOptions {
  /** @default 'bottom' */
  placement?: Placement;
  /**
   * Gap between the reference and the floating element, in px; an object also moves it along the
   * edge (`crossAxis`), and a negative `mainAxis` overlaps the reference (a hotspot on its corner).
   * @default 8
   */
  offset?: number | { mainAxis?: number; crossAxis?: number };
  /** Move to the opposite side when there is no room. @default true */
  flip?: boolean;
  /**
   * Instead of only flipping, prefer a side where `floating` covers no other visible form control or
   * label of the page (a tip on a form field must not hide the next one), when one fits.
   * @default false
   */
  avoidControls?: boolean;
  /** Slide along the edge to stay in the viewport. @default true */
  shift?: boolean;
  /** An arrow element inside `floating`, positioned along the edge. */
  arrow?: HTMLElement;
  /** Called after each placement with where it landed and whether the reference is out of view. */
  onPlaced?: (state: { placement: Placement; referenceHidden: boolean }) => void;
}

/**
 * The one positioning helper: keeps `floating` next to `reference` (flip, shift, arrow, hide when
 * the reference scrolls out of view) through scroll, resize and layout changes. `floating` must be
 * `position: fixed` (it lives in our shadow root, not next to the reference). @floating-ui/dom
 * comes in the lazy `position` chunk: `floating` stays hidden until its first placement. Returns the
 * cleanup.
 */
export function anchor(
  rt: Pick<Runtime, 'loadChunk' | 'report'>,
  floating: HTMLElement,
  reference: ReferenceElement,
  options: AnchorOptions = {},
): () => void {
  const {
    placement = 'bottom',
    offset = 8,
    arrow,
    onPlaced,
    flip: flips = true,
    shift: shifts = true,
    avoidControls: avoids = false,
  } = options;
  let active = true;
  let stop = () => {};
  floating.style.visibility = 'hidden';
  const start = ({
    arrow: arrowMiddleware,
    autoUpdate,
    avoidControls,
    computePosition,
    flip,
    hide,
    offset: offsetMiddleware,
    shift,
  }: PositionChunk) => {
    const update = () => {
      computePosition(reference, floating, {
        strategy: 'fixed',
        placement,
        middleware: [
          offsetMiddleware(offset),
          ...(!flips
            ? []
            : avoids && reference instanceof Element
              ? [avoidControls(reference)]
              : [flip({ padding: 8 })]),
          ...(shifts ? [shift({ padding: 8 })] : []),
          ...(arrow ? [arrowMiddleware({ element: arrow, padding: 8 })] : []),
          hide(),
        ],
      }).then(({ x, y, placement: landed, middlewareData }) => {
        if (!active) return;
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
        floating.dataset.placement = landed;
        const referenceHidden = middlewareData.hide?.referenceHidden === true;
        floating.style.visibility = referenceHidden ? 'hidden' : '';
        if (arrow && middlewareData.arrow) {
          const { x: ax, y: ay } = middlewareData.arrow;
          const side = landed.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
          const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
          Object.assign(arrow.style, {
            left: ax == null ? '' : `${ax}px`,
            top: ay == null ? '' : `${ay}px`,
            right: '',
            bottom: '',
            [opposite]: '-4px',
          });
        }
        onPlaced?.({ placement: landed, referenceHidden });
      });
    };
    stop = autoUpdate(reference, floating, update, { animationFrame: false });
  };
  rt.loadChunk('position').then(
    (chunk) => {
      if (active) start(chunk);
    },
    (error) =>
      rt.report(
        'chunk_load_failed',
        `Could not load positioning: ${error instanceof Error ? error.message : String(error)}`,
      ),
  );
  return () => {
    active = false;
    stop();
  };
}
