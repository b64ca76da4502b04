/**
 * Issue 20: every RFC 3339 timestamp and EDTF level 1, each at its expected instant or span (epoch values written
 * out, so a mistake cannot hide behind the same computation), and the near misses refused with a message that
 * names the fix. Nothing here depends on the process time zone: package.json runs it under three.
 */
import { describe, expect, test } from 'vitest';
import { ACCEPTED_DATE_FORMS, parseDate, parseInterval } from '../../src/data/dates.js';
import type { TimelineDate } from '../../src/timeline.types.js';

function ok(text: unknown, timeZone?: string): TimelineDate {
  const result = parseDate(text, timeZone === undefined ? {} : { timeZone });
  if (!result.ok) throw new Error(`expected ${String(text)} to parse: ${result.reason}`);
  return result.date;
}

function reason(text: unknown): string {
  const result = parseInterval(text);
  if (result.ok) throw new Error(`expected ${String(text)} to be rejected`);
  expect(result.reason.endsWith(ACCEPTED_DATE_FORMS)).toBe(true);
  return result.reason;
}

/** [start, end) as epoch ms. */
const span = (d: TimelineDate) => [d.start, d.end];

describe('RFC 3339 timestamps as systems write them', () => {
  const cases: [string, string, number, number][] = [
    // [text, precision, start, end] (end exclusive; floating ms = UTC wall clock for the default time zone)
    ['2020-09-27T04:10:00.123456+04:00', 'millisecond', 1601165400123, 1601165400124], // Python isoformat()
    ['2020-09-27T04:10:00.123456789Z', 'millisecond', 1601179800123, 1601179800124], // Java Instant, 9 digits
    ['2020-09-27T04:10:00.9999Z', 'millisecond', 1601179800999, 1601179801000], // truncated, not rounded
    ['2020-09-27T04:10:00.5Z', 'millisecond', 1601179800500, 1601179800501], // .5 is half a second
    ['2020-09-27 06:00:00Z', 'second', 1601186400000, 1601186401000], // SQL export: a space
    ['2020-09-27t06:00:00z', 'second', 1601186400000, 1601186401000], // lower-case t and z
    ['2020-10-01T09:00:00+0400', 'second', 1601528400000, 1601528401000], // strftime %z
    ['2020-10-01T09:00:00+04', 'second', 1601528400000, 1601528401000], // hours only
    ['2020-10-01T09:00-0530', 'minute', 1601562600000, 1601562660000],
    ['2020-10-01T09:00\u221202:00', 'minute', 1601550000000, 1601550060000], // U+2212 minus
    ['2020-10-01T09:00-00:00', 'minute', 1601542800000, 1601542860000], // RFC 3339 "unknown offset": UTC
    ['2020-10-01T09:00+14:00', 'minute', 1601492400000, 1601492460000], // Kiribati, the furthest ahead
    ['2020-10-01T09:00-12:00', 'minute', 1601586000000, 1601586060000], // the furthest behind
    ['2020-09-27T24:00', 'minute', 1601251200000, 1601251260000], // = 2020-09-28T00:00
    ['2020-09-27T24:00:00', 'second', 1601251200000, 1601251201000],
    ['2020-12-31T24:00:00Z', 'second', 1609459200000, 1609459201000], // into the next year
    ['2016-12-31T23:59:60Z', 'second', 1483228799999, 1483228800000], // leap second: the minute's last ms
    ['2017-01-01T05:29:60+05:30', 'second', 1483228799999, 1483228800000], // the same leap second in India
  ];
  for (const [text, precision, start, end] of cases) {
    test(`parseDate(${JSON.stringify(text)}) is [${new Date(start).toISOString()}, +${end - start} ms)`, () => {
      const d = ok(text);
      expect(d.precision).toBe(precision);
      expect(span(d)).toEqual([start, end]);
      expect(d.text).toBe(text);
    });
  }

  test('parseDate("2020-09-27T04:10:00.123456+04:00", Asia/Tokyo) is 09:10:00.123 wall clock in Tokyo', () => {
    expect(ok('2020-09-27T04:10:00.123456+04:00', 'Asia/Tokyo').start).toBe(1601197800123);
  });

  test('parseDate("2020-09-27 06:00:00Z", America/Los_Angeles) is 23:00 the day before (PDT)', () => {
    expect(ok('2020-09-27 06:00:00Z', 'America/Los_Angeles').start).toBe(1601161200000);
  });

  test('parseDate("2020-09-27T24:00Z", Europe/Paris) is 02:00 on 28 September, like 2020-09-28T00:00Z', () => {
    expect(ok('2020-09-27T24:00Z', 'Europe/Paris').start).toBe(ok('2020-09-28T00:00Z', 'Europe/Paris').start);
    expect(ok('2020-09-27T24:00Z', 'Europe/Paris').start).toBe(1601258400000);
  });
});

describe('EDTF level 1', () => {
  const cases: [string, string, number, number][] = [
    ['199X', 'decade', 631152000000, 946684800000], // 1990-01-01 … 2000-01-01
    ['19XX', 'century', -2208988800000, 946684800000], // 1900 … 2000
    ['-199X', 'decade', -125249500800000, -124933968000000], // astronomical -1999 … -1989
    ['2020-XX', 'year', 1577836800000, 1609459200000], // some month of 2020
    ['2020-XX-XX', 'year', 1577836800000, 1609459200000],
    ['2020-09-XX', 'month', 1598918400000, 1601510400000], // some day of September 2020
    ['2020-21', 'season', 1583020800000, 1590969600000], // spring: March – May
    ['2020-22', 'season', 1590969600000, 1598918400000], // summer: June – August
    ['2020-23', 'season', 1598918400000, 1606780800000], // autumn: September – November
    ['2020-24', 'season', 1606780800000, 1614556800000], // winter: December 2020 – February 2021
    ['Y-170002', 'year', -5426912131200000, -5426880595200000],
    ['Y170002', 'year', 5302577779200000, 5302609315200000],
    ['Y12345', 'year', 327403382400000, 327434918400000], // the same year as 12345
    ['2004-06-11%', 'day', 1086912000000, 1086998400000],
  ];
  for (const [text, precision, start, end] of cases) {
    test(`parseDate(${JSON.stringify(text)}) is a ${precision} [${new Date(start).toISOString()}, ${new Date(end).toISOString()})`, () => {
      const d = ok(text);
      expect(d.precision).toBe(precision);
      expect(span(d)).toEqual([start, end]);
    });
  }

  test('parseDate("Y12345") and parseDate("12345") are the same year', () => {
    expect(span(ok('Y12345'))).toEqual(span(ok('12345')));
  });

  test('qualifiers work on the new forms: "199X~" approximate, "2020-23?" uncertain, "2020-XX%" both', () => {
    expect(ok('199X~')).toMatchObject({ approximate: true, uncertain: false, precision: 'decade' });
    expect(ok('2020-23?')).toMatchObject({ approximate: false, uncertain: true, precision: 'season' });
    expect(ok('2020-XX%')).toMatchObject({ approximate: true, uncertain: true, precision: 'year' });
  });
});

describe('parseInterval: intervals in one field', () => {
  test('parseInterval("1994/2020-09-27") is 1994 to the end of 27 September 2020', () => {
    const r = parseInterval('1994/2020-09-27');
    if (!r.ok || !r.end) throw new Error('expected an interval');
    expect(span(r.date)).toEqual([757382400000, 788918400000]);
    expect(span(r.end)).toEqual([1601164800000, 1601251200000]);
    expect(r.openEnd).toBeUndefined();
  });

  test('parseInterval("1994/..") is ongoing, parseInterval("1994/") has an unknown end', () => {
    const ongoing = parseInterval('1994/..');
    const unknown = parseInterval('1994/');
    expect(ongoing.ok && ongoing.openEnd).toBe('ongoing');
    expect(unknown.ok && unknown.openEnd).toBe('unknown');
    expect(ongoing.ok && span(ongoing.date)).toEqual([757382400000, 788918400000]);
    expect(ongoing.ok && ongoing.end).toBeUndefined();
  });

  test('each end keeps its own qualifier: "1994~/2020?"', () => {
    const r = parseInterval('1994~/2020?');
    if (!r.ok || !r.end) throw new Error('expected an interval');
    expect([r.date.approximate, r.date.uncertain, r.end.approximate, r.end.uncertain]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  test('intervals mix precisions and forms: "199X/2020-23", "2020-09-27T10:00Z/2020-09-27T12:00+02:00"', () => {
    const a = parseInterval('199X/2020-23');
    expect(a.ok && a.end && [a.date.start, a.end.end]).toEqual([631152000000, 1606780800000]);
    const b = parseInterval('2020-09-27T10:00Z/2020-09-27T12:00+02:00');
    expect(b.ok && b.end && [b.date.start, b.end.start]).toEqual([1601200800000, 1601200800000]);
  });

  test('an interval whose end is inside its start is accepted: "1994/1994" is the year 1994', () => {
    const r = parseInterval('1994/1994');
    expect(r.ok && r.end && [r.date.start, r.end.end]).toEqual([757382400000, 788918400000]);
  });

  test('parseDate refuses an interval: only an event\'s "date" reads one', () => {
    const r = parseDate('1994/2020');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/interval .* only in an event's "date"/);
  });
});

describe('issue 20: bad input, each with a message that names the fix', () => {
  const rejected: [unknown, RegExp][] = [
    ['2020-09-27T04:10+14:30', /offsets go from −12:00 to \+14:00, not \+14:30/],
    ['2020-09-27T04:10-12:30', /offsets go from −12:00 to \+14:00, not -12:30/],
    ['2020-09-27T04:10+0060', /offsets go from −12:00 to \+14:00/],
    ['2020-09-27T04:10+15', /offsets go from −12:00 to \+14:00/],
    ['Y9999', /Y takes 5 digits or more: write 9999/],
    ['Y01234', /Y takes 5 digits or more: write 1234/],
    ['2004-~06', /EDTF level 2 is not supported: write level 1 \(2004-06~/],
    ['?2004-06', /EDTF level 2 is not supported/],
    ['2004?-06-11', /EDTF level 2 is not supported/],
    ['Y17E7', /EDTF level 2 is not supported: .*Y170000/],
    ['1950S2', /EDTF level 2 is not supported/],
    ['[1667, 1672]', /EDTF level 2 is not supported: .*one event per date/],
    ['{1667,1668}', /EDTF level 2 is not supported/],
    ['2020-25', /EDTF level 2 is not supported: .*199X/],
    ['2020-41', /EDTF level 2 is not supported/],
    ['1XXX', /EDTF level 2 is not supported: .*199X/],
    ['156X-12-25', /EDTF level 2 is not supported/],
    ['2020-XX-27', /EDTF level 2 is not supported/],
    ['199X-05', /EDTF level 2 is not supported/],
    ['20200927', /basic format: write 2020-09-27;/],
    ['20200927T0410', /basic format: write 2020-09-27T04:10;/],
    ['20200927T041000Z', /basic format: write 2020-09-27T04:10:00Z;/],
    ['20200927T041000+0400', /basic format: write 2020-09-27T04:10:00\+0400;/],
    [1601164800000, /write it in quotes, like "2020-09-27T00:00:00.000Z" \(if it counts ms since 1970\)/],
    [1601164800123, /"2020-09-27T00:00:00.123Z"/],
    [1994, /write it in quotes, like "1994"/],
    [50, /write it in quotes, like "0050"/],
    [-500, /write it in quotes, like "-0500"/],
    ['../2020', /an event needs a known start: write it before the \//],
    ['/2020', /an event needs a known start/],
    ['2020/1994', /its end "1994" is before its start "2020"/],
    ['1994/2020-13', /its end "2020-13": not a real date: months go from 01 to 12/],
    ['1994-13/2020', /its start "1994-13": not a real date/],
    ['1994/2000/2010', /its end "2000\/2010": an interval/],
    ['1994-2020', /^expected YYYY.*1994\/\.\./],
    ['n/a', /^its start "n": not a date; expected YYYY/],
    ['1994/later', /^its end "later": not a date; expected YYYY/],
    ['2020-09-27T24:00:01', /24:00 ends the day/],
    ['2020-09-27T24:30', /hours go from 00 to 23/],
    ['2020-09-27T12:59:60Z', /60 only at 23:59 UTC, a leap second\), not 60/],
    ['2020-09-27T23:59:61Z', /seconds go from 00 to 59/],
    ['2020-09-27T23:59:60+02:00', /leap second/],
    ['2020-23-01', /months go from 01 to 12, not 23/],
    ['2020-13', /months go from 01 to 12, not 13/],
    ['199XT10:00', /^expected YYYY/],
    ['2020-09-XXT10:00', /^expected YYYY/],
    ['2020-09-27T', /^expected YYYY/],
    ['2020-09-27T04:10:00.', /^expected YYYY/],
    ['2020-09-27T04:10:00,5Z', /^expected YYYY/],
    ['Y2020-05', /^expected YYYY/],
    ['..', /^expected YYYY/],
    ['09/2020', /write the year first/],
    ['27.09.2020', /write the year first/],
    ['', /^empty/],
  ];
  for (const [text, why] of rejected) {
    test(`parseInterval(${JSON.stringify(text)}) is rejected: ${why.source.slice(0, 40)}`, () => {
      expect(reason(text)).toMatch(why);
    });
  }
});
