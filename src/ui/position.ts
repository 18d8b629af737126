import {
  arrow as arrowMiddleware,
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset as offsetMiddleware,
  type Placement,
  type ReferenceElement,
  shift,
} from '@floating-ui/dom';

export type { Placement };

export interface AnchorOptions {
  /** @default 'bottom' */
  placement?: Placement;
  /** Gap between the reference and the floating element, in px. @default 8 */
  offset?: number;
  /** An arrow element inside `floating`, positioned along the edge. */
  arrow?: HTMLElement;
  /** Called after each placement with where it landed and whether the reference is out of view. */
  onPlaced?: (state: { placement: Placement; referenceHidden: boolean }) => void;
}

/**
 * The one positioning helper: keeps `floating` next to `reference` (flip, shift, arrow, hide when
 * the reference scrolls out of view) through scroll, resize and layout changes. `floating` must be
 * `position: fixed` (it lives in our shadow root, not next to the reference). Returns the cleanup.
 */
export function anchor(
  floating: HTMLElement,
  reference: ReferenceElement,
  options: AnchorOptions = {},
): () => void {
  const { placement = 'bottom', offset = 8, arrow, onPlaced } = options;
  let active = true;
  const update = () => {
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offsetMiddleware(offset),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
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
  const stop = autoUpdate(reference, floating, update, { animationFrame: false });
  return () => {
    active = false;
    stop();
  };
}
