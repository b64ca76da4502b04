/**
 * From the layout's time-and-row space to the page: `t` runs along the time axis and `across` across it. The
 * horizontal timeline puts time on x; a vertical one will put it on y, from the same layout.
 */
export type Orientation = 'horizontal' | 'vertical';

export interface Projection {
  readonly orientation: Orientation;
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

export function projection(orientation: Orientation): Projection {
  return orientation === 'vertical' ? vertical : horizontal;
}
