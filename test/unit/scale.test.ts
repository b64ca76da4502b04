import { zoomIdentity } from 'd3-zoom';
import { describe, expect, test, vi } from 'vitest';
import { createTimeScale, paddedDomain } from '../../src/layout/scale.js';

describe('createTimeScale', () => {
  const t0 = Date.UTC(2020, 8, 27);
  const t1 = Date.UTC(2020, 9, 1);

  test('createTimeScale(domain, range) maps times linearly and inverts', () => {
    const x = createTimeScale([t0, t1], [0, 400]);
    expect(x(t0)).toBe(0);
    expect(x(new Date(Date.UTC(2020, 8, 29)))).toBe(200);
    expect(x.invert(100).toISOString()).toBe('2020-09-28T00:00:00.000Z');
    expect(x.domain().map(Number)).toEqual([t0, t1]);
    expect(x.range()).toEqual([0, 400]);
  });

  test('createTimeScale(...).copy() and domain(d) return new scales and leave the original alone', () => {
    const x = createTimeScale([t0, t1], [0, 400]);
    const y = x.domain([t0, t0 + 2 * 86_400_000]);
    expect(y(t0 + 86_400_000)).toBe(200);
    expect(x(t0 + 86_400_000)).toBe(100);
    expect(x.copy().range([0, 800])(t1)).toBe(800);
  });

  test('d3-zoom transform.rescaleX(createTimeScale(...)) gives the zoomed window', () => {
    const x = createTimeScale([t0, t1], [0, 400]);
    const zoomed = zoomIdentity.translate(-200, 0).scale(2).rescaleX(x);
    expect(zoomed.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2020-09-28', '2020-09-30']);
  });

  test('paddedDomain(min, max) adds 4 % each side and widens a single instant to a day', () => {
    const day = 86_400_000;
    expect(paddedDomain(0, 100 * day)).toEqual([-4 * day, 104 * day]);
    const [a, b] = paddedDomain(t0, t0);
    expect(b - a).toBeCloseTo(86_400_000 * 1.08);
  });

  test('with no events, paddedDomain is the year up to the end of today, the same all day', () => {
    vi.useFakeTimers();
    try {
      const day = 86_400_000;
      vi.setSystemTime(Date.UTC(2020, 9, 1, 0, 0, 1));
      const morning = paddedDomain(Number.NaN, Number.NaN);
      vi.setSystemTime(Date.UTC(2020, 9, 1, 23, 59, 59));
      expect(paddedDomain(Number.NaN, Number.NaN)).toEqual(morning);
      expect(morning).toEqual([Date.UTC(2020, 9, 2) - 365 * day, Date.UTC(2020, 9, 2)]);
    } finally {
      vi.useRealTimers();
    }
  });
});
