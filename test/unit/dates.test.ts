import { describe, expect, test } from 'vitest';
import { ACCEPTED_DATE_FORMS, floatingDate, isValidTimeZone, parseDate } from '../../src/data/dates.js';
import type { TimelineDate } from '../../src/timeline.types.js';

/** The parsed date, failing the test with the reason when it was rejected. */
function ok(text: unknown, timeZone?: string): TimelineDate {
  const result = parseDate(text, timeZone === undefined ? {} : { timeZone });
  if (!result.ok) throw new Error(`expected ${String(text)} to parse: ${result.reason}`);
  return result.date;
}

/** The rejection reason, failing the test when the value was accepted. */
function reason(text: unknown): string {
  const result = parseDate(text);
  if (result.ok) throw new Error(`expected ${String(text)} to be rejected`);
  return result.reason;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('floatingDate', () => {
  test('floatingDate(50) is AD 50, not 1950', () => {
    expect(iso(floatingDate(50))).toBe('0050-01-01T00:00:00.000Z');
    expect(new Date(floatingDate(50)).getUTCFullYear()).toBe(50);
  });

  test('floatingDate(0) is astronomical year 0 (1 BC)', () => {
    expect(new Date(floatingDate(0)).getUTCFullYear()).toBe(0);
  });

  test('floatingDate(2020, 8, 27, 14, 30, 5, 123) matches Date.UTC for modern years', () => {
    expect(floatingDate(2020, 8, 27, 14, 30, 5, 123)).toBe(Date.UTC(2020, 8, 27, 14, 30, 5, 123));
  });

  test('floatingDate(2020, 12) rolls over to January 2021', () => {
    expect(floatingDate(2020, 12)).toBe(Date.UTC(2021, 0));
  });

  test('floatingDate(-500) is 501 BC', () => {
    expect(iso(floatingDate(-500))).toBe('-000500-01-01T00:00:00.000Z');
  });
});

describe('parseDate: accepted forms', () => {
  test('parseDate("1994") is the whole year 1994 at year precision', () => {
    const d = ok('1994');
    expect(d).toEqual({
      text: '1994',
      precision: 'year',
      start: Date.UTC(1994, 0, 1),
      end: Date.UTC(1995, 0, 1),
      approximate: false,
      uncertain: false,
    });
  });

  test('parseDate("2020-09") is September 2020 at month precision', () => {
    const d = ok('2020-09');
    expect(d.precision).toBe('month');
    expect(iso(d.start)).toBe('2020-09-01T00:00:00.000Z');
    expect(iso(d.end)).toBe('2020-10-01T00:00:00.000Z');
  });

  test('parseDate("2020-12") ends at the start of the next year', () => {
    expect(iso(ok('2020-12').end)).toBe('2021-01-01T00:00:00.000Z');
  });

  test('parseDate("2020-09-27") is 27 September at day precision', () => {
    const d = ok('2020-09-27');
    expect(d.precision).toBe('day');
    expect(iso(d.start)).toBe('2020-09-27T00:00:00.000Z');
    expect(iso(d.end)).toBe('2020-09-28T00:00:00.000Z');
    // Floating: read with getUTC*, whatever the process TZ.
    expect(new Date(d.start).getUTCDate()).toBe(27);
    expect(new Date(d.start).getUTCMonth()).toBe(8);
  });

  test('parseDate("2020-02-29") is accepted in a leap year', () => {
    expect(iso(ok('2020-02-29').start)).toBe('2020-02-29T00:00:00.000Z');
  });

  test('parseDate("2000-02-29") is accepted (divisible by 400)', () => {
    expect(ok('2000-02-29').precision).toBe('day');
  });

  test('parseDate("2020-12-31") ends on 1 January of the next year', () => {
    expect(iso(ok('2020-12-31').end)).toBe('2021-01-01T00:00:00.000Z');
  });

  test('parseDate("2020-09-27T14:30") is a wall-clock time at minute precision', () => {
    const d = ok('2020-09-27T14:30');
    expect(d.precision).toBe('minute');
    expect(iso(d.start)).toBe('2020-09-27T14:30:00.000Z');
    expect(iso(d.end)).toBe('2020-09-27T14:31:00.000Z');
  });

  test('parseDate("2020-09-27T14:30") ignores the timeZone option (no offset written)', () => {
    expect(iso(ok('2020-09-27T14:30', 'Asia/Tokyo').start)).toBe('2020-09-27T14:30:00.000Z');
  });

  test('parseDate("2020-09-27T14:30:05") is at second precision', () => {
    const d = ok('2020-09-27T14:30:05');
    expect(d.precision).toBe('second');
    expect(iso(d.start)).toBe('2020-09-27T14:30:05.000Z');
    expect(iso(d.end)).toBe('2020-09-27T14:30:06.000Z');
  });

  test('parseDate("2020-09-27T14:30:05.123") is at millisecond precision', () => {
    const d = ok('2020-09-27T14:30:05.123');
    expect(d.precision).toBe('millisecond');
    expect(iso(d.start)).toBe('2020-09-27T14:30:05.123Z');
    expect(d.end - d.start).toBe(1);
  });

  test('parseDate("2020-09-27T14:30:05.5") reads the fraction as 500 ms', () => {
    expect(iso(ok('2020-09-27T14:30:05.5').start)).toBe('2020-09-27T14:30:05.500Z');
  });

  test('parseDate("2020-09-27T14:30Z") is 14:30 in the default UTC time zone', () => {
    expect(iso(ok('2020-09-27T14:30Z').start)).toBe('2020-09-27T14:30:00.000Z');
  });

  test('parseDate("2020-09-27T14:30+02:00") is 12:30 in UTC', () => {
    expect(iso(ok('2020-09-27T14:30+02:00').start)).toBe('2020-09-27T12:30:00.000Z');
  });

  test('parseDate("2020-09-27T14:30:05.250-05:30") keeps seconds and milliseconds through the offset', () => {
    const d = ok('2020-09-27T14:30:05.250-05:30');
    expect(iso(d.start)).toBe('2020-09-27T20:00:05.250Z');
    expect(d.precision).toBe('millisecond');
  });
});

describe('parseDate: years', () => {
  test('parseDate("-0500") is 501 BC (astronomical year -500)', () => {
    const d = ok('-0500');
    expect(new Date(d.start).getUTCFullYear()).toBe(-500);
    expect(new Date(d.end).getUTCFullYear()).toBe(-499);
    expect(d.precision).toBe('year');
  });

  test('parseDate("0000") is 1 BC (astronomical year 0)', () => {
    const d = ok('0000');
    expect(new Date(d.start).getUTCFullYear()).toBe(0);
    expect(iso(d.end)).toBe('0001-01-01T00:00:00.000Z');
  });

  test('parseDate("-0000") is the same year as "0000"', () => {
    expect(ok('-0000').start).toBe(ok('0000').start);
  });

  test('parseDate("0050") is AD 50, not 1950', () => {
    const d = ok('0050');
    expect(new Date(d.start).getUTCFullYear()).toBe(50);
    expect(iso(d.start)).toBe('0050-01-01T00:00:00.000Z');
  });

  test('parseDate("0050-03-15") is 15 March AD 50', () => {
    expect(iso(ok('0050-03-15').start)).toBe('0050-03-15T00:00:00.000Z');
  });

  test('parseDate("+12000") is the year 12000', () => {
    expect(new Date(ok('+12000').start).getUTCFullYear()).toBe(12000);
  });

  test('parseDate("12000") accepts long years without a sign', () => {
    expect(new Date(ok('12000').start).getUTCFullYear()).toBe(12000);
  });

  test('parseDate("-10000") is 10001 BC', () => {
    expect(new Date(ok('-10000').start).getUTCFullYear()).toBe(-10000);
  });

  test('parseDate("-0044-03-15") is 15 March of astronomical year -44 (45 BC)', () => {
    const d = ok('-0044-03-15');
    const t = new Date(d.start);
    expect([t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()]).toEqual([-44, 2, 15]);
  });

  test('parseDate("-0004-02-29") accepts a leap day in astronomical year -4', () => {
    expect(ok('-0004-02-29').precision).toBe('day');
  });

  test('parseDate("+300000") is rejected as out of range', () => {
    expect(reason('+300000')).toMatch(/too far/);
  });
});

describe('parseDate: qualifiers', () => {
  test('parseDate("1994~") is approximate', () => {
    const d = ok('1994~');
    expect(d).toMatchObject({ text: '1994~', approximate: true, uncertain: false, precision: 'year' });
    expect(d.start).toBe(Date.UTC(1994, 0, 1));
  });

  test('parseDate("2020-09?") is uncertain', () => {
    expect(ok('2020-09?')).toMatchObject({ approximate: false, uncertain: true, precision: 'month' });
  });

  test('parseDate("1994%") is approximate and uncertain (EDTF)', () => {
    expect(ok('1994%')).toMatchObject({ approximate: true, uncertain: true });
  });

  test('parseDate("2020-09-27T14:30Z~") accepts a qualifier after an offset', () => {
    expect(ok('2020-09-27T14:30Z~').approximate).toBe(true);
  });

  test('parseDate("-0500~") is an approximate BCE year', () => {
    const d = ok('-0500~');
    expect(d.approximate).toBe(true);
    expect(new Date(d.start).getUTCFullYear()).toBe(-500);
  });

  test('parseDate("1994~?") is rejected (one qualifier only)', () => {
    expect(reason('1994~?')).toContain(ACCEPTED_DATE_FORMS);
  });
});

describe('parseDate: offsets and time zones', () => {
  test('parseDate("2020-09-27T12:30Z", Europe/Paris) is 14:30 wall clock (CEST, +02:00)', () => {
    expect(iso(ok('2020-09-27T12:30Z', 'Europe/Paris').start)).toBe('2020-09-27T14:30:00.000Z');
  });

  test('parseDate("2020-01-15T12:30Z", Europe/Paris) is 13:30 wall clock (CET, +01:00)', () => {
    expect(iso(ok('2020-01-15T12:30Z', 'Europe/Paris').start)).toBe('2020-01-15T13:30:00.000Z');
  });

  test('parseDate("2020-09-27T15:30Z", Asia/Tokyo) is 00:30 on 28 September', () => {
    const d = ok('2020-09-27T15:30Z', 'Asia/Tokyo');
    expect(iso(d.start)).toBe('2020-09-28T00:30:00.000Z');
    expect(iso(d.end)).toBe('2020-09-28T00:31:00.000Z');
  });

  test('parseDate("2020-09-28T00:30+09:00", Europe/Paris) is 17:30 the day before', () => {
    expect(iso(ok('2020-09-28T00:30+09:00', 'Europe/Paris').start)).toBe('2020-09-27T17:30:00.000Z');
  });

  test('parseDate("2021-03-28T00:59Z", Europe/Paris) is 01:59 just before the spring-forward gap', () => {
    expect(iso(ok('2021-03-28T00:59Z', 'Europe/Paris').start)).toBe('2021-03-28T01:59:00.000Z');
  });

  test('parseDate("2021-03-28T01:00Z", Europe/Paris) is 03:00 just after the spring-forward gap', () => {
    expect(iso(ok('2021-03-28T01:00Z', 'Europe/Paris').start)).toBe('2021-03-28T03:00:00.000Z');
  });

  test('parseDate("2021-10-31T00:30Z") and ("…01:30Z"), Europe/Paris, both read 02:30 (fall-back hour repeats)', () => {
    expect(iso(ok('2021-10-31T00:30Z', 'Europe/Paris').start)).toBe('2021-10-31T02:30:00.000Z');
    expect(iso(ok('2021-10-31T01:30Z', 'Europe/Paris').start)).toBe('2021-10-31T02:30:00.000Z');
  });

  test('parseDate("2020-09-27T14:30:05.123Z", Asia/Tokyo) keeps the milliseconds', () => {
    expect(iso(ok('2020-09-27T14:30:05.123Z', 'Asia/Tokyo').start)).toBe('2020-09-27T23:30:05.123Z');
  });

  test('parseDate("-0500-03-15T12:00Z", Asia/Tokyo) converts BCE instants too', () => {
    const t = new Date(ok('-0500-03-15T12:00Z', 'Asia/Tokyo').start);
    expect(t.getUTCFullYear()).toBe(-500);
    expect(t.getUTCMonth()).toBe(2);
    expect(t.getUTCDate()).toBe(15);
    // Before standard time, Tokyo keeps local mean time (+09:18:59).
    expect(t.getUTCHours()).toBe(21);
  });

  test('parseDate("2020-09-27T12:30Z", Not/AZone) treats an invalid time zone as UTC', () => {
    expect(iso(ok('2020-09-27T12:30Z', 'Not/AZone').start)).toBe('2020-09-27T12:30:00.000Z');
  });

  test('parseDate("2020-09-27", Asia/Tokyo) never shifts a calendar date', () => {
    expect(iso(ok('2020-09-27', 'Asia/Tokyo').start)).toBe('2020-09-27T00:00:00.000Z');
    expect(iso(ok('2020-09-27', 'America/Los_Angeles').start)).toBe('2020-09-27T00:00:00.000Z');
  });
});

describe('isValidTimeZone', () => {
  test('isValidTimeZone("Europe/Paris") and ("UTC") are true', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });

  test('isValidTimeZone("Not/AZone"), (""), (42) are false', () => {
    expect(isValidTimeZone('Not/AZone')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });
});

describe('parseDate: rejections', () => {
  const rejected: [unknown, RegExp][] = [
    ['27/09/2020', /year first/],
    ['yesterday', /^expected YYYY/],
    ['2020-02-30', /February 2020 has 29 days/],
    ['2021-02-29', /February 2021 has 28 days/],
    ['1900-02-29', /February 1900 has 28 days/],
    ['2020-04-31', /April 2020 has 30 days/],
    ['2020-13-01', /months go from 01 to 12/],
    ['2020-00', /months go from 01 to 12/],
    ['2020-09-00', /days start at 01/],
    ['2020-09-27T24:01', /24:00 ends the day/],
    ['2020-09-27T25:00', /hours go from 00 to 23/],
    ['2020-09-27T12:60', /minutes go from 00 to 59/],
    ['2020-09-27T12:30:60', /seconds go from 00 to 59/],
    ['2020-09-27T12:30+24:00', /offset/],
    ['', /^empty/],
    [' 1994', /spaces around it/],
    ['1994 ', /spaces around it/],
    ['\t2020-09-27\n', /spaces around it/],
    ['94', /at least 4 digits/],
    ['994', /at least 4 digits/],
    ['050-01-01', /at least 4 digits/],
    ['2020-9-27', /2 digits/],
    ['2020-09-7', /2 digits/],
    ['2020-09-27  14:30', /^expected YYYY/],
    ['2020-09-27T14', /hh:mm/],
    ['2020-09-27Z', /^expected YYYY/],
    ['2020--27', /^expected YYYY/],
    ['1994-', /^expected YYYY/],
    ['c. 1994', /^expected YYYY/],
    ['1994 BC', /^expected YYYY/],
    ['2020-09-27T14:30:05Zjunk', /^expected YYYY/],
    ['２０２０', /^expected YYYY/],
  ];
  for (const [text, why] of rejected) {
    test(`parseDate(${JSON.stringify(text)}) is rejected`, () => {
      const r = reason(text);
      expect(r).toMatch(why);
      expect(r.endsWith(ACCEPTED_DATE_FORMS)).toBe(true);
    });
  }

  test('parseDate(1994) (a number) says to write it in quotes', () => {
    const r = reason(1994);
    expect(r).toContain('not a string');
    expect(r).toContain('"1994"');
    expect(r.endsWith(ACCEPTED_DATE_FORMS)).toBe(true);
  });

  test('parseDate(null), (undefined), ({}), ([]), (true) are rejected as not strings', () => {
    for (const value of [null, undefined, {}, [], true, new Date(0)]) {
      expect(reason(value)).toMatch(/^not a string; expected YYYY/);
    }
  });

  test('ACCEPTED_DATE_FORMS lists every form and the qualifiers', () => {
    expect(ACCEPTED_DATE_FORMS).toBe(
      'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm], or EDTF (199X, 2020-23, 1994/..), optionally ending in ~, ? or %',
    );
  });

  test('parseDate never throws on odd values', () => {
    const odd: unknown[] = [Symbol('x'), 10n, () => 1, Number.NaN, Object.create(null), '\u0000', 'x'.repeat(10_000)];
    for (const value of odd) expect(parseDate(value).ok).toBe(false);
  });
});
