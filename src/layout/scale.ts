/**
 * A linear time scale over floating ms (calendar time read as UTC), shaped like a d3 scale so that d3-zoom's
 * `transform.rescaleX` works on it. d3-scale's `scaleUtc` does the same mapping but brings d3-format and
 * d3-time-format for its tick formatter, which we do not use (Intl labels the ticks): about 6 KB gzip of a
 * 40 KB budget.
 */
export interface TimeScale {
  /** x in px of a time (floating ms or a Date). */
  (time: number | Date): number;
  domain(): [Date, Date];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  /** The time (floating) at x px. */
  invert(x: number): Date;
  copy(): TimeScale;
}

function timeScale(d0: number, d1: number, r0: number, r1: number): TimeScale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((time: number | Date) => r0 + (+time - d0) * k) as TimeScale;
  scale.domain = ((domain?: readonly (number | Date)[]) =>
    domain ? timeScale(+domain[0], +domain[1], r0, r1) : [new Date(d0), new Date(d1)]) as TimeScale['domain'];
  scale.range = ((range?: readonly number[]) =>
    range ? timeScale(d0, d1, range[0], range[1]) : [r0, r1]) as TimeScale['range'];
  scale.invert = (x: number) => new Date(k === 0 ? d0 : d0 + (x - r0) / k);
  scale.copy = () => timeScale(d0, d1, r0, r1);
  return scale;
}

/**
 * Creates the untransformed scale that maps `[start, end]` (floating ms) to `[x0, x1]` pixels. Positions never
 * depend on the reader's time zone, and are not rounded, because d3-zoom rescales them.
 *
 * @example createTimeScale([Date.UTC(1994, 0), Date.UTC(2021, 0)], [0, 1000])
 */
export function createTimeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return timeScale(domain[0], domain[1], range[0], range[1]);
}

/**
 * The domain to show for events covering `[min, max]`: a margin of `padding` × span on each side, and at least
 * `minSpan` ms wide so a single event or a single day still gets a readable window.
 */
export function paddedDomain(min: number, max: number, padding = 0.04, minSpan = 86_400_000): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    // No events: the year up to the end of today (UTC), the same window all day. While a big document is read, the
    // empty timeline updates several times; a window ending at "now" moved every tick, and each update redrew them.
    const end = Math.ceil(Date.now() / 86_400_000) * 86_400_000;
    return [end - 365 * 86_400_000, end];
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
