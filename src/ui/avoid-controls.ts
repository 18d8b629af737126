import { detectOverflow, type Middleware, type Placement, type Side } from '@floating-ui/dom';

/**
 * What a tip must leave readable: the page's form controls and their labels. A form's own buttons
 * count; a toolbar's do not (a tip beside a toolbar button covering its neighbour is fine).
 */
const CONTROLS =
  'input:not([type="hidden"]),select,textarea,label,form button,[contenteditable]:not([contenteditable="false"]),' +
  '[role="textbox"],[role="combobox"],[role="listbox"],[role="spinbutton"],[role="slider"],[role="switch"],[role="checkbox"],[role="radio"]';

const OPPOSITE: Record<Side, Side> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

interface Tried {
  placement: Placement;
  /** How far it overflows the viewport on its own side (≤ 0: it fits). */
  overflow: number;
  /** The area of controls and labels it covers, in px². */
  covered: number;
}

interface AvoidData {
  index: number;
  tried: Tried[];
  done?: boolean;
}

/** Visible controls and labels near the viewport, except the reference, what contains it and what it contains. */
function obstacles(reference: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const element of reference.ownerDocument.querySelectorAll(CONTROLS)) {
    if (element.contains(reference) || reference.contains(element)) continue;
    const rect = element.getBoundingClientRect();
    // A visually hidden label is a pixel; a collapsed or `visibility: hidden` control shows nothing.
    if (rect.width < 3 || rect.height < 3 || rect.bottom < 0 || rect.top > innerHeight) continue;
    if (element.checkVisibility?.({ visibilityProperty: true }) === false) continue;
    rects.push(rect);
  }
  return rects;
}

const overlap = (a: number, aEnd: number, b: number, bEnd: number) =>
  Math.max(0, Math.min(aEnd, bEnd) - Math.max(a, b));

/**
 * Middleware that does flip's job while keeping the page's form readable: of the author's placement,
 * its opposite and the two sides across (the side after the element first, as its text reads), it
 * takes the first that fits in the viewport and covers no other visible control or label; when none
 * is clean, the one that fits and covers the least; when none fits, the one that overflows least.
 * Coverage is measured where `shift()` will put the floating element. Use it instead of `flip()`.
 */
export function avoidControls(reference: Element, padding = 8): Middleware {
  let found: DOMRect[] | undefined;
  return {
    name: 'avoidControls',
    async fn(state) {
      const { placement, initialPlacement, middlewareData, rects, x, y } = state;
      const data = (middlewareData.avoidControls as AvoidData | undefined) ?? { index: 0, tried: [] };
      if (data.done) return {};
      const [side, alignment] = initialPlacement.split('-') as [Side, string | undefined];
      const across: Side[] = side === 'top' || side === 'bottom' ? ['right', 'left'] : ['bottom', 'top'];
      if (getComputedStyle(reference).direction === 'rtl' && across[0] === 'right') across.reverse();
      const candidates = [side, OPPOSITE[side], ...across].map(
        (s) => (alignment ? `${s}-${alignment}` : s) as Placement,
      );

      const overflow = await detectOverflow(state, { padding });
      const landed = placement.split('-')[0] as Side;
      // Where shift() will move it along the edge, and the offset from these coordinates to the viewport's.
      const vertical = landed === 'top' || landed === 'bottom';
      const dx = vertical ? Math.max(0, overflow.left) - Math.max(0, overflow.right) : 0;
      const dy = vertical ? 0 : Math.max(0, overflow.top) - Math.max(0, overflow.bottom);
      const client = reference.getBoundingClientRect();
      const left = x + dx + client.left - rects.reference.x;
      const top = y + dy + client.top - rects.reference.y;
      const { width, height } = rects.floating;
      found ??= obstacles(reference);
      const covered = found.reduce(
        (sum, r) =>
          sum + overlap(left, left + width, r.left, r.right) * overlap(top, top + height, r.top, r.bottom),
        0,
      );
      const tried = [...data.tried, { placement, overflow: overflow[landed], covered }];
      if (overflow[landed] <= 0 && covered === 0) return { data: { ...data, tried, done: true } };

      const index = data.index + 1;
      if (index < candidates.length)
        return { data: { index, tried }, reset: { placement: candidates[index]! } };
      const fitting = tried.filter((t) => t.overflow <= 0);
      const best = fitting.length
        ? fitting.reduce((a, b) => (b.covered < a.covered ? b : a))
        : tried.reduce((a, b) => (b.overflow < a.overflow ? b : a));
      return {
        data: { index, tried, done: true },
        ...(best.placement === placement ? {} : { reset: { placement: best.placement } }),
      };
    },
  };
}
