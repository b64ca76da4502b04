/**
 * Stands in for d3-array in both builds (see vite.config.ts): d3-time imports two of its functions, for its
 * `utcTicks`/`timeTicks` (which the axis does not use: it has its own ticks), and d3-array's module-level
 * bisectors keep about 0.3 KB gzip of it in any bundle. These are the same functions, smaller.
 */

/** d3-array's `bisector(f).right`: the index after the last element whose `f` is at most `x` (sorted input). */
export function bisector<T>(f: (d: T) => number): { right(a: readonly T[], x: number): number } {
  return {
    right(a, x) {
      let lo = 0;
      let hi = a.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (f(a[mid] as T) <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/**
 * d3-array's `tickStep`: a step of 1, 2 or 5 × 10^k that splits [start, stop] into about `count` ticks (and, as
 * in d3-array 3, a finer one when so few ticks would leave none inside).
 */
export function tickStep(start: number, stop: number, count: number): number {
  const [lo, hi] = stop < start ? [stop, start] : [start, stop];
  const raw = (hi - lo) / Math.max(0, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
  let first = Math.round(lo / step);
  let last = Math.round(hi / step);
  if (first * step < lo) first++;
  if (last * step > hi) last--;
  if (last < first && count >= 0.5 && count < 2) return tickStep(start, stop, count * 2);
  return stop < start ? -step : step;
}
