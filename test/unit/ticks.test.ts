import { describe, expect, test } from 'vitest';
import { floatingDate } from '../../src/data/dates.js';
import { createTimeScale } from '../../src/layout/scale.js';
import { computeTicks } from '../../src/layout/ticks.js';

const scale = (from: number, to: number, width = 1000) => createTimeScale([from, to], [0, width]);
const noOverlap = (ticks: { t: number; label: string }[]) =>
  ticks.every((t, i) => i === 0 || ticks[i - 1].t + ticks[i - 1].label.length * 7 + 12 <= t.t);

describe('computeTicks', () => {
  test('computeTicks(scale) has the expected defaults: year ticks, no context row, over 1992–2021 at 1,000 px', () => {
    const ticks = computeTicks(scale(floatingDate(1992, 10), floatingDate(2021, 1)), 'fr-FR');
    expect(ticks.unit).toBe('year');
    expect(ticks.major).toEqual([]);
    expect(ticks.minor.map((t) => t.label)).toContain('1994');
    expect(ticks.minor.map((t) => t.label)).toContain('2020');
    expect(noOverlap(ticks.minor)).toBe(true);
  });

  test('computeTicks(scale, "fr-FR") labels days "27 sept." with "septembre 2020" above', () => {
    const ticks = computeTicks(scale(floatingDate(2020, 8, 24), floatingDate(2020, 9, 4)), 'fr-FR');
    expect(ticks.unit).toBe('day');
    const labels = ticks.minor.map((t) => t.label);
    expect(labels).toContain('27 sept.');
    expect(labels).toContain('1er oct.');
    expect(ticks.major.map((t) => t.label)).toEqual(['septembre 2020', 'octobre 2020']);
    expect(noOverlap(ticks.minor)).toBe(true);
  });

  test('computeTicks(scale, "en-US") labels months with the year above', () => {
    const ticks = computeTicks(scale(floatingDate(2019, 10), floatingDate(2021, 2)), 'en-US');
    expect(ticks.unit).toBe('month');
    expect(ticks.minor.map((t) => t.label)).toEqual(['January', 'April', 'July', 'October', 'January']);
    expect(ticks.major.map((t) => t.label)).toEqual(['2019', '2020', '2021']);
  });

  test('computeTicks(scale) sticks the first context label to the left edge while it fits before the next', () => {
    // 10 August – 6 October: "août 2020" whole at the edge, "septembre 2020" after it.
    const roomy = computeTicks(scale(floatingDate(2020, 7, 10), floatingDate(2020, 9, 6)), 'fr-FR');
    expect(roomy.major[0]).toMatchObject({ t: 0, label: 'août 2020' });
    expect(roomy.major[1].label).toBe('septembre 2020');
    // 30 August – 6 October: no room for "août 2020" before September starts. Pushed past the edge it would read
    // "t 2020" or "020": it gives way, and its tick stays.
    const tight = computeTicks(scale(floatingDate(2020, 7, 30), floatingDate(2020, 9, 6)), 'fr-FR');
    expect(tight.major[0]).toMatchObject({ t: 0, label: '' });
    expect(tight.major[1].label).toBe('septembre 2020');
  });

  test('computeTicks(scale) shows hours within a day', () => {
    const ticks = computeTicks(scale(floatingDate(2020, 8, 27, 6), floatingDate(2020, 8, 27, 18)), 'fr-FR');
    expect(ticks.unit).toBe('hour');
    expect(ticks.minor.map((t) => t.label)).toContain('12:00');
    expect(ticks.major[0].label).toBe('27 septembre 2020');
  });

  test('computeTicks(scale) puts BCE ticks on round historical years with no year 0', () => {
    const ticks = computeTicks(scale(floatingDate(-3000), floatingDate(2000)), 'en-US');
    const labels = ticks.minor.map((t) => t.label);
    expect(labels).toContain('1000 BC');
    expect(labels).toContain('1000');
    expect(labels.some((l) => /^0\b|^-/.test(l))).toBe(false);
    expect(noOverlap(ticks.minor)).toBe(true);
  });

  test('computeTicks(scale, "fr-FR") writes BCE years the French way', () => {
    const ticks = computeTicks(scale(floatingDate(-3000), floatingDate(2000)), 'fr-FR');
    expect(ticks.minor.map((t) => t.label)).toContain('1000 av. J.-C.');
  });

  test('computeTicks(scale) keeps labels apart at every width', () => {
    for (const width of [200, 320, 640, 1000, 1600]) {
      const ticks = computeTicks(scale(floatingDate(1994), floatingDate(2020, 9), width), 'en-US');
      expect(noOverlap(ticks.minor)).toBe(true);
      expect(ticks.minor.length).toBeGreaterThan(0);
    }
  });
});

describe('computeTicks at six zoom levels, 3,000 years to 6 hours', () => {
  const H = 3_600_000;
  const levels = [
    { name: '3,000 years', from: floatingDate(-1000), to: floatingDate(2000) },
    { name: '300 years', from: floatingDate(1700), to: floatingDate(2000) },
    { name: '26 years', from: floatingDate(1994), to: floatingDate(2020, 9) },
    { name: '2 months', from: floatingDate(2020, 8), to: floatingDate(2020, 10) },
    { name: '1 week', from: floatingDate(2020, 8, 26), to: floatingDate(2020, 9, 3) },
    { name: '6 hours', from: floatingDate(2020, 8, 27, 9), to: floatingDate(2020, 8, 27, 9) + 6 * H },
  ];
  const expected: Record<string, Record<string, { unit: string; minor: string[]; major: string[] }>> = {
    'fr-FR': {
      '3,000 years': {
        unit: 'year',
        // 2000 is the right edge: its tick is drawn, its label would be cut, so it has none.
        minor: ['1000 av. J.-C.', '500 av. J.-C.', '500', '1000', '1500', ''],
        major: [],
      },
      '300 years': { unit: 'year', minor: ['1700', '1720', '1740'], major: [] },
      '26 years': { unit: 'year', minor: ['1994', '1996', '1998'], major: [] },
      '2 months': {
        unit: 'day',
        minor: ['7 sept.', '14 sept.', '21 sept.'],
        major: ['septembre 2020', 'octobre 2020'],
      },
      '1 week': { unit: 'hour', minor: ['00:00', '12:00', '00:00'], major: ['26 septembre 2020', '27 septembre 2020'] },
      '6 hours': { unit: 'minute', minor: ['09:00', '09:30', '10:00'], major: ['27 septembre 2020'] },
    },
    'en-US': {
      '3,000 years': {
        unit: 'year',
        minor: ['1000 BC', '800 BC', '600 BC', '400 BC', '200 BC', '200', '400'],
        major: [],
      },
      '300 years': { unit: 'year', minor: ['1700', '1720', '1740'], major: [] },
      '26 years': { unit: 'year', minor: ['1994', '1996', '1998'], major: [] },
      '2 months': { unit: 'day', minor: ['Sep 7', 'Sep 14', 'Sep 21'], major: ['September 2020', 'October 2020'] },
      '1 week': {
        unit: 'hour',
        minor: ['12:00 AM', '12:00 PM', '12:00 AM'],
        major: ['September 26, 2020', 'September 27, 2020'],
      },
      '6 hours': { unit: 'minute', minor: ['09:00 AM', '09:30 AM', '10:00 AM'], major: ['September 27, 2020'] },
    },
  };
  for (const locale of ['fr-FR', 'en-US']) {
    for (const level of levels) {
      test(`computeTicks(scale, "${locale}") over ${level.name} at 1,000 px`, () => {
        const ticks = computeTicks(scale(level.from, level.to), locale);
        const want = expected[locale][level.name];
        expect(ticks.unit).toBe(want.unit);
        expect(ticks.minor.map((t) => t.label).slice(0, want.minor.length)).toEqual(want.minor);
        expect(ticks.major.map((t) => t.label).slice(0, want.major.length)).toEqual(want.major);
        expect(noOverlap(ticks.minor)).toBe(true);
        expect(ticks.minor.every((t) => t.t >= 0 && t.t <= 1000)).toBe(true);
      });
    }
  }
});

describe('computeTicks at the right edge', () => {
  test('computeTicks(scale) keeps a tick whose label would run past the right edge, without its label', () => {
    // A phone: 1993–2021 on 343 px puts 2020 about 12 px from the edge, too little for "2020".
    const ticks = computeTicks(createTimeScale([floatingDate(1993), floatingDate(2021)], [0, 343]), 'fr-FR');
    const last = ticks.minor[ticks.minor.length - 1];
    expect(last.value).toBe(floatingDate(2020));
    expect(last.label).toBe('');
    expect(ticks.minor.every((t) => t.label === '' || t.t + 3 + t.label.length * 7 <= 343)).toBe(true);
  });
});
