/**
 * From the layout's time-and-row space to the page: `t` runs along the time axis and `across` across it. The
 * horizontal timeline puts time on x (right to left when mirrored, for right-to-left pages); a vertical one puts it
 * on y, from the same layout. The layout itself always runs forward in `t`.
 */
export type Orientation = 'horizontal' | 'vertical';

export interface Projection {
  readonly orientation: Orientation;
  /** Whether across (vertical) or time (horizontal) runs from the right: a right-to-left page. */
  readonly mirrored?: boolean;
  /** The page position of a point at `t` along the axis and `across` it, px from the plot's top left corner. */
  point(t: number, across: number): { readonly x: number; readonly y: number };
  /** A CSS transform that moves an item's box there. */
  translate(t: number, across: number): string;
}

const horizontal: Projection = {
  orientation: 'horizontal',
  point: (t, across) => ({ x: t, y: across }),
  translate: (t, across) => `translate(${t}px,${across}px)`,
};

const vertical: Projection = {
  orientation: 'vertical',
  point: (t, across) => ({ x: across, y: t }),
  translate: (t, across) => `translate(${across}px,${t}px)`,
};

/**
 * The projection for `orientation`, mirrored about `mirror` (px) on a right-to-left page. Horizontal (`mirror` the
 * plot's width), time runs right to left: x = mirror − t, so whatever follows a mark in `t` (its label, a range's
 * bar) lies left of it. Vertical (`mirror` the width right of the axis strip), time still runs down and the rows
 * run from the right: x = mirror − across, so the strip is on the inline-start side, the right.
 */
export function projection(orientation: Orientation, mirror?: number): Projection {
  if (!mirror) return orientation === 'vertical' ? vertical : horizontal;
  if (orientation === 'vertical') {
    return {
      orientation,
      mirrored: true,
      point: (t, across) => ({ x: mirror - across, y: t }),
      translate: (t, across) => `translate(${mirror - across}px,${t}px)`,
    };
  }
  return {
    orientation,
    mirrored: true,
    point: (t, across) => ({ x: mirror - t, y: across }),
    translate: (t, across) => `translate(${mirror - t}px,${across}px)`,
  };
}
