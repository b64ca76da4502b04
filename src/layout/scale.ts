import { type ScaleTime, scaleUtc } from 'd3-scale';

/** A time scale over floating ms (calendar time read as UTC). */
export type TimeScale = ScaleTime<number, number>;

/**
 * Creates the untransformed scale that maps `[start, end]` (floating ms) to `[x0, x1]` pixels.
 * UTC on purpose: positions must not depend on the reader's time zone. Not rounded, because d3-zoom rescales it.
 *
 * @example createTimeScale([Date.UTC(1994, 0), Date.UTC(2021, 0)], [0, 1000])
 */
export function createTimeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([range[0], range[1]]);
}

/**
 * The domain to show for events covering `[min, max]`: a margin of `padding` × span on each side, and at least
 * `minSpan` ms wide so a single event or a single day still gets a readable window.
 */
export function paddedDomain(min: number, max: number, padding = 0.04, minSpan = 86_400_000): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    const now = Date.now();
    return [now - 365 * 86_400_000, now];
  }
  let span = max - min;
  if (span < minSpan) {
    const mid = (min + max) / 2;
    min = mid - minSpan / 2;
    max = mid + minSpan / 2;
    span = minSpan;
  }
  return [min - span * padding, max + span * padding];
}
