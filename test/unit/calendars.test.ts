import { describe, expect, test } from 'vitest';
import { floatingDate, parseDate } from '../../src/data/dates.js';
import { formatDate } from '../../src/data/format.js';
import { loadLanguages } from '../../src/i18n.js';
import { calendarTicks } from '../../src/layout/calendars.js';
import { createTimeScale } from '../../src/layout/scale.js';
import { computeTicks } from '../../src/layout/ticks.js';

// Calendar dates, written as the Gregorian ones they are (floating ms): boundaries every almanac agrees on.
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const scale = (from: number, to: number, width = 1000) => createTimeScale([from, to], [0, width]);
const persian = calendarTicks('persian')!;

describe('calendarTicks: month and year boundaries found with Intl', () => {
  test('Persian years begin at Nowruz: 1399 on 20 March 2020, 1400 on 21 March 2021', () => {
    expect(persian.ticks('year', 1, floatingDate(2019, 6), floatingDate(2021, 6)).map(iso)).toEqual([
      '2020-03-20',
      '2021-03-21',
    ]);
    expect(iso(persian.floor('year', floatingDate(2020, 8, 27)))).toBe('2020-03-20');
  });

  test('Persian months: Mehr 1399 begins on 22 September 2020; every third month from Farvardin', () => {
    const months = persian.ticks('month', 1, floatingDate(2020, 8, 1), floatingDate(2020, 11, 31)).map(iso);
    expect(months).toEqual(['2020-09-22', '2020-10-22', '2020-11-21', '2020-12-21']);
    const quarters = persian.ticks('month', 3, floatingDate(2020, 0, 1), floatingDate(2021, 0, 1)).map(iso);
    expect(quarters).toEqual(['2020-03-20', '2020-06-21', '2020-09-22', '2020-12-21']);
  });

  test('Islamic (Umm al-Qura) and Hebrew years: 1442 AH on 20 August 2020, 5781 on 19 September 2020', () => {
    const from = floatingDate(2020, 0, 1);
    const to = floatingDate(2020, 11, 31);
    expect(calendarTicks('islamic-umalqura')!.ticks('year', 1, from, to).map(iso)).toEqual(['2020-08-20']);
    expect(calendarTicks('hebrew')!.ticks('year', 1, from, to).map(iso)).toEqual(['2020-09-19']);
    // A leap Hebrew year has 13 months: 5784, from 16 September 2023 (Tishri) to 4 September 2024 (Elul).
    const hebrew = calendarTicks('hebrew')!.ticks('month', 1, floatingDate(2023, 8, 10), floatingDate(2024, 8, 30));
    expect(iso(hebrew[0])).toBe('2023-09-16');
    expect(hebrew).toHaveLength(13);
  });

  test('far years with a step: round Persian years over a millennium, each on its Nowruz', () => {
    const ticks = persian.ticks('year', 100, floatingDate(1000), floatingDate(2100));
    const f = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', timeZone: 'UTC' });
    expect(ticks.map((t) => Number.parseInt(f.format(t), 10))).toEqual([
      400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400,
    ]);
    // Each is the first day of its year: the day before is in the year before.
    for (const t of ticks) expect(f.format(t - 86_400_000)).not.toBe(f.format(t));
  });

  test('an unknown calendar gives nothing to tick by', () => {
    expect(calendarTicks('no-such-calendar')).toBeNull();
  });
});

describe('computeTicks in another calendar', () => {
  test('fa-IR-u-ca-persian, mid-2019 to mid-2021: ticks carry Persian years, one on Nowruz', () => {
    const locale = 'fa-IR-u-ca-persian';
    const ticks = computeTicks(scale(floatingDate(2019, 6), floatingDate(2021, 6)), locale, { calendar: persian });
    const all = [...ticks.minor, ...ticks.major];
    expect(all.map((t) => iso(t.value))).toContain('2020-03-20');
    // Farvardin below, and the year 1399 in the context row above it.
    const nowruz = all.filter((t) => iso(t.value) === '2020-03-20').map((t) => t.label);
    expect(nowruz.some((label) => label.includes('۱۳۹۹'))).toBe(true);
    // Every tick is on a Persian month boundary: the first of its month.
    const day = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { day: 'numeric', timeZone: 'UTC' });
    for (const t of ticks.minor) expect(day.format(t.value)).toBe('1');
    // Without the calendar, the same ticks sit on the Gregorian first of the month, nine months off for years.
    const gregorian = computeTicks(scale(floatingDate(2019, 6), floatingDate(2021, 6)), locale);
    expect([...gregorian.minor, ...gregorian.major].map((t) => iso(t.value))).not.toContain('2020-03-20');
  });

  test('a Gregorian year in Persian reads as the two Persian years it spans', async () => {
    // The Persian season words are in the languages chunk.
    await loadLanguages();
    const year = parseDate('1994');
    const month = parseDate('2020-09');
    if (!year.ok || !month.ok) throw new Error('parse');
    expect(formatDate(year.date, 'fa-IR-u-ca-persian')).toBe('۱۳۷۲–۱۳۷۳');
    expect(formatDate(year.date, 'fa')).toBe('۱۳۷۲–۱۳۷۳');
    // September 2020 runs from 11 Shahrivar to 9 Mehr 1399.
    const months = new Intl.DateTimeFormat('fa', { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const [shahrivar, mehr] = [floatingDate(2020, 8, 1), floatingDate(2020, 8, 30)].map((t) => months.format(t));
    expect(formatDate(month.date, 'fa')).toBe(`${shahrivar} – ${mehr}`);
    expect(mehr).toContain('مهر');
    // Decades, centuries and seasons too, in the calendar's years.
    const decade = parseDate('199X');
    const autumn = parseDate('2020-23');
    if (!decade.ok || !autumn.ok) throw new Error('parse');
    expect(formatDate(decade.date, 'fa')).toBe('۱۳۶۸–۱۳۷۸');
    expect(formatDate(autumn.date, 'fa')).toBe('پاییز ۱۳۹۹');
    // Calendars that count Gregorian years keep one label.
    expect(formatDate(year.date, 'th-TH-u-ca-buddhist')).toBe('พ.ศ. 2537');
    expect(formatDate(year.date, 'fr-FR')).toBe('1994');
  });
});
