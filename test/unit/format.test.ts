import { beforeAll, describe, expect, test } from 'vitest';
import { loadLanguages } from '../../src/i18n.js';

// The date words of languages beyond English and French are loaded on demand (src/data/languages.ts).
beforeAll(() => loadLanguages());

import { parseDate } from '../../src/data/dates.js';
import {
  dayMonthLabel,
  formatDate,
  formatEventDate,
  formatRange,
  formatSpan,
  htmlDateTime,
  qualifierMarks,
  shortDateLabel,
  yearLabel,
} from '../../src/data/format.js';

import { parseDocument } from '../../src/data/parse.js';
import type { TimelineDate } from '../../src/timeline.types.js';

function d(text: string): TimelineDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

/** Intl separates with plain, no-break or narrow no-break spaces depending on the ICU version: compare loosely. */
const spaces = (s: string) => s.replace(/[\s\u00a0\u202f\u2009]/g, ' ');
const fmt = (text: string, locale: string) => spaces(formatDate(d(text), locale));

describe('formatDate: precision', () => {
  test('formatDate("1994") is "1994" in fr-FR and en-US, never 1 January', () => {
    expect(fmt('1994', 'fr-FR')).toBe('1994');
    expect(fmt('1994', 'en-US')).toBe('1994');
  });

  test('formatDate("2020-09") is "septembre 2020" / "September 2020"', () => {
    expect(fmt('2020-09', 'fr-FR')).toBe('septembre 2020');
    expect(fmt('2020-09', 'en-US')).toBe('September 2020');
  });

  test('formatDate("2020-09-27") is "27 septembre 2020" / "September 27, 2020"', () => {
    expect(fmt('2020-09-27', 'fr-FR')).toBe('27 septembre 2020');
    expect(fmt('2020-09-27', 'en-US')).toBe('September 27, 2020');
  });

  test('formatDate("2020-10-01", fr-FR) is "1er octobre 2020"', () => {
    expect(fmt('2020-10-01', 'fr-FR')).toBe('1er octobre 2020');
  });

  test('formatDate("2020-10-01", en-US) is "October 1, 2020" (no "1er" outside French)', () => {
    expect(fmt('2020-10-01', 'en-US')).toBe('October 1, 2020');
  });

  test('formatDate("2020-10-11", fr-FR) leaves other days alone ("11 octobre 2020")', () => {
    expect(fmt('2020-10-11', 'fr-FR')).toBe('11 octobre 2020');
    expect(fmt('2020-10-21', 'fr-FR')).toBe('21 octobre 2020');
  });

  test('formatDate("2020-09-27T14:30") has date and time', () => {
    expect(fmt('2020-09-27T14:30', 'fr-FR')).toBe('27 septembre 2020 à 14:30');
    expect(fmt('2020-09-27T14:30', 'en-US')).toMatch(/^September 27, 2020(,| at) 2:30 PM$/);
  });

  test('formatDate("2020-10-01T09:05", fr-FR) says "1er" in a date-time too', () => {
    expect(fmt('2020-10-01T09:05', 'fr-FR')).toBe('1er octobre 2020 à 09:05');
  });

  test('formatDate("2020-09-27T14:30:05") adds the seconds', () => {
    expect(fmt('2020-09-27T14:30:05', 'fr-FR')).toBe('27 septembre 2020 à 14:30:05');
    expect(fmt('2020-09-27T14:30:05', 'en-US')).toMatch(/2:30:05 PM$/);
  });

  test('formatDate("2020-09-27T14:30:05.123") adds the milliseconds', () => {
    expect(fmt('2020-09-27T14:30:05.123', 'fr-FR')).toMatch(/^27 septembre 2020.*14:30:05,123$/);
    expect(fmt('2020-09-27T14:30:05.123', 'en-US')).toMatch(/2:30:05\.123 PM$/);
  });

  test('formatDate("2020-09-27T15:30Z" in Asia/Tokyo) labels the Tokyo wall clock', () => {
    const r = parseDate('2020-09-27T15:30Z', { timeZone: 'Asia/Tokyo' });
    if (!r.ok) throw new Error(r.reason);
    expect(spaces(formatDate(r.date, 'fr-FR'))).toBe('28 septembre 2020 à 00:30');
  });
});

describe('formatDate: process time zone', () => {
  test(`formatDate("2020-09-27") is 27 September whatever the process TZ (TZ=${process.env.TZ ?? 'unset'})`, () => {
    // The unit suite runs under America/Los_Angeles, Asia/Tokyo and UTC; a local-time read would give 26 or 28.
    expect(fmt('2020-09-27', 'en-US')).toBe('September 27, 2020');
    expect(fmt('2020-09-27', 'fr-FR')).toBe('27 septembre 2020');
    expect(fmt('2020-01-01', 'en-US')).toBe('January 1, 2020');
    expect(fmt('2020-12-31', 'fr-FR')).toBe('31 décembre 2020');
    expect(fmt('2020', 'en-US')).toBe('2020');
    expect(fmt('2020-09-27T00:00', 'fr-FR')).toBe('27 septembre 2020 à 00:00');
    expect(fmt('2020-09-27T23:59', 'fr-FR')).toBe('27 septembre 2020 à 23:59');
  });
});

describe('formatDate: BCE and long years', () => {
  test('formatDate("-0500") is "501 av. J.-C." / "501 BC"', () => {
    expect(fmt('-0500', 'fr-FR')).toBe('501 av. J.-C.');
    expect(fmt('-0500', 'en-US')).toBe('501 BC');
  });

  test('formatDate("0000") is 1 BC, never year 0', () => {
    expect(fmt('0000', 'en-US')).toBe('1 BC');
    expect(fmt('0000', 'fr-FR')).toBe('1 av. J.-C.');
  });

  test('formatDate("-0043-03-15") carries the era and no minus sign', () => {
    const label = fmt('-0043-03-15', 'en-US');
    expect(label).toMatch(/March 15, 44 BC/);
    expect(label).not.toContain('-');
  });

  test('formatDate("-0043-03") in French is "mars 44 av. J.-C."', () => {
    expect(fmt('-0043-03', 'fr-FR')).toBe('mars 44 av. J.-C.');
  });

  test('formatDate("-0500-03-15T12:00") keeps the era with a time', () => {
    expect(fmt('-0500-03-15T12:00', 'en-US')).toMatch(/501 BC/);
    expect(fmt('-0500-03-15T12:00:30', 'fr-FR')).toMatch(/501 av\. J\.-C\..*12:00:30/);
  });

  test('formatDate("0050") is 50, not 1950', () => {
    expect(fmt('0050', 'en-US')).toBe('50');
    expect(fmt('0050-10-01', 'fr-FR')).toBe('1er octobre 50');
  });

  test('formatDate("+12000") is 12000', () => {
    expect(fmt('+12000', 'en-US')).toBe('12000');
  });
});

describe('formatDate: qualifiers', () => {
  test('formatDate("1994~") is "c. 1994" in en and "vers 1994" in fr', () => {
    expect(fmt('1994~', 'en-US')).toBe('c. 1994');
    expect(fmt('1994~', 'fr-FR')).toBe('vers 1994');
  });

  test('formatDate("1994~") is "um 1994" in de and "c. 1994" in es and other languages', () => {
    expect(fmt('1994~', 'de-DE')).toBe('um 1994');
    expect(fmt('1994~', 'es')).toBe('c. 1994');
    expect(fmt('1994~', 'it-IT')).toBe('c. 1994');
  });

  test('formatDate("1994?") is "1994?" in en and "1994 ?" in fr', () => {
    expect(fmt('1994?', 'en-US')).toBe('1994?');
    expect(fmt('1994?', 'fr-FR')).toBe('1994 ?');
  });

  test('formatDate("1994%") is "c. 1994?" / "vers 1994 ?"', () => {
    expect(fmt('1994%', 'en-US')).toBe('c. 1994?');
    expect(fmt('1994%', 'fr-FR')).toBe('vers 1994 ?');
  });

  test('formatDate("-0500~") is "c. 501 BC"', () => {
    expect(fmt('-0500~', 'en-US')).toBe('c. 501 BC');
  });

  test('formatDate uses no-break spaces around qualifiers so they never wrap alone', () => {
    expect(formatDate(d('1994%'), 'fr-FR')).toBe('vers\u00a01994\u00a0?');
  });
});

describe('formatDate: locales', () => {
  test('formatDate(…, "de-DE") is "27. September 2020"', () => {
    expect(fmt('2020-09-27', 'de-DE')).toBe('27. September 2020');
  });

  test('formatDate(…, "fr-CA") still writes "1er"', () => {
    expect(fmt('2020-10-01', 'fr-CA')).toBe('1er octobre 2020');
  });

  test('formatDate(…, "not a locale!") falls back to English instead of throwing', () => {
    expect(fmt('2020-09-27', 'not a locale!')).toBe('September 27, 2020');
  });
});

describe('formatRange', () => {
  test('formatRange("1994", "2020-09-27") joins the two labels with a spaced en dash', () => {
    expect(spaces(formatRange(d('1994'), d('2020-09-27'), 'fr-FR'))).toBe('1994 – 27 septembre 2020');
    expect(spaces(formatRange(d('1994'), d('2020-09-27'), 'en-US'))).toBe('1994 – September 27, 2020');
  });

  test('formatRange("1994", "2020") is "1994 – 2020"', () => {
    expect(spaces(formatRange(d('1994'), d('2020'), 'en-US'))).toBe('1994 – 2020');
  });

  test('formatRange("2020-09-27", "2020-09-30") shares the month with Intl', () => {
    expect(spaces(formatRange(d('2020-09-27'), d('2020-09-30'), 'fr-FR'))).toMatch(/^27 ?– ?30 septembre 2020$/);
  });

  test('formatRange("2020-09-27", "2020-10-01", fr-FR) writes "1er octobre"', () => {
    expect(spaces(formatRange(d('2020-09-27'), d('2020-10-01'), 'fr-FR'))).toBe('27 septembre – 1er octobre 2020');
  });

  test('formatRange("-0500", "0100") keeps both eras', () => {
    expect(spaces(formatRange(d('-0500'), d('0100'), 'en-US'))).toBe('501 BC – 100');
  });

  test('formatRange("1994~", "2000?") keeps the qualifiers', () => {
    expect(spaces(formatRange(d('1994~'), d('2000?'), 'en-US'))).toBe('c. 1994 – 2000?');
  });

  test('formatRange of the same day is that day', () => {
    expect(spaces(formatRange(d('2020-09-27'), d('2020-09-27'), 'en-US'))).toBe('September 27, 2020');
  });
});

describe('formatEventDate', () => {
  test('formatEventDate(point event) is formatDate of its date', () => {
    const [e] = parseDocument([{ date: '2020-10-01', title: 'A' }]).events;
    expect(spaces(formatEventDate(e, 'fr-FR'))).toBe('1er octobre 2020');
  });

  test('formatEventDate(range event) is formatRange of date and end', () => {
    const [e] = parseDocument([{ date: '1994', end: '2020-09-27', title: 'A' }]).events;
    expect(spaces(formatEventDate(e, 'fr-FR'))).toBe('1994 – 27 septembre 2020');
  });
});

describe('axis labels', () => {
  test('yearLabel(1994) is "1994"; yearLabel(-500) is "501 BC" / "501 av. J.-C."; yearLabel(0) is "1 BC"', () => {
    expect(yearLabel(1994, 'en-US')).toBe('1994');
    expect(spaces(yearLabel(-500, 'en-US'))).toBe('501 BC');
    expect(spaces(yearLabel(-500, 'fr-FR'))).toBe('501 av. J.-C.');
    expect(spaces(yearLabel(0, 'en-US'))).toBe('1 BC');
    expect(yearLabel(50, 'en-US')).toBe('50');
  });

  test('dayMonthLabel(1 October 2020) is "1er oct." in fr-FR and "Oct 1" in en-US', () => {
    const t = Date.UTC(2020, 9, 1);
    expect(spaces(dayMonthLabel(t, 'fr-FR'))).toBe('1er oct.');
    expect(spaces(dayMonthLabel(t, 'en-US'))).toBe('Oct 1');
    expect(spaces(dayMonthLabel(Date.UTC(2020, 8, 27), 'fr-FR'))).toBe('27 sept.');
  });
});

describe('qualifierMarks', () => {
  const [approximate, uncertain, plain] = parseDocument([
    { date: '1994~', title: 'Ceasefire' },
    { date: '-0752?', title: 'Founding of Rome' },
    { date: '2020-09-27', title: 'Escalation' },
  ]).events.sort((a, b) => a.index - b.index);

  test('qualifierMarks(event, locale) marks ~ before the title and ? after it, per language', () => {
    expect(qualifierMarks(approximate, 'en-US')).toEqual({ before: 'c.\u00a0', after: '' });
    expect(qualifierMarks(approximate, 'fr-FR')).toEqual({ before: 'v.\u00a0', after: '' });
    expect(qualifierMarks(uncertain, 'en-US')).toEqual({ before: '', after: '?' });
    expect(qualifierMarks(uncertain, 'fr-FR')).toEqual({ before: '', after: '\u00a0?' });
    expect(qualifierMarks(plain, 'fr-FR')).toEqual({ before: '', after: '' });
  });
});

describe('formatSpan', () => {
  test('formatSpan(start, end, locale) names a window at a precision that suits its length', () => {
    expect(formatSpan(Date.UTC(1992, 10, 1), Date.UTC(2021, 9, 1), 'fr-FR')).toBe('1992–2021');
    // Intl puts thin or no-break spaces around the dash, depending on the locale.
    expect(formatSpan(Date.UTC(2020, 0, 1), Date.UTC(2020, 6, 1), 'en-US')).toMatch(/^January\s–\sJune 2020$/);
    expect(formatSpan(Date.UTC(2020, 8, 27), Date.UTC(2020, 9, 2), 'fr-FR')).toMatch(
      /^27 septembre\s–\s1er octobre 2020$/,
    );
    expect(formatSpan(Date.UTC(2020, 8, 27), Date.UTC(2020, 8, 28), 'fr-FR')).toMatch(
      /^27 septembre 2020.*00:00.*00:00$/,
    );
  });
});

describe('shortDateLabel', () => {
  const short = (text: string, locale: string, year: boolean) => spaces(shortDateLabel(d(text), locale, year));

  test('shortDateLabel(date, locale, year) abbreviates the month, keeps "1er", and drops the year on request', () => {
    expect(short('2020-10-01', 'fr-FR', true)).toBe('1er oct. 2020');
    expect(short('2020-09-27', 'fr-FR', false)).toBe('27 sept.');
    expect(short('2020-09-27', 'en-US', false)).toBe('Sep 27');
    expect(short('2020-10-01', 'en-US', true)).toBe('Oct 1, 2020');
  });

  test('shortDateLabel(date) follows the precision, drops times of day and keeps qualifiers', () => {
    expect(short('2020-09', 'fr-FR', true)).toBe('sept. 2020');
    expect(short('1994', 'fr-FR', true)).toBe('1994');
    expect(short('2020-09-27T14:30Z', 'fr-FR', true)).toBe('27 sept. 2020');
    expect(short('1994~', 'en-US', true)).toBe('c. 1994');
  });

  test('shortDateLabel(date) keeps the full label of a BCE date', () => {
    expect(short('-0043-03-15', 'en-US', true)).toBe(fmt('-0043-03-15', 'en-US'));
  });
});

describe('EDTF labels (issue 20)', () => {
  const event = (date: string, end?: string) => {
    const r = parseDocument([{ date, title: 'x', ...(end !== undefined && { end }) }], { now: Date.UTC(2026, 0, 1) });
    if (r.issues.length) throw new Error(r.issues[0].message);
    return r.events[0];
  };
  const ev = (date: string, locale: string, end?: string) => spaces(formatEventDate(event(date, end), locale));

  test('a decade reads "années 1990" / "the 1990s"', () => {
    expect(fmt('199X', 'fr-FR')).toBe('années 1990');
    expect(fmt('199X', 'en-US')).toBe('the 1990s');
  });

  test('a century of unspecified years reads its years: "1900–1999"', () => {
    expect(fmt('19XX', 'fr-FR')).toBe('1900–1999');
    expect(fmt('19XX', 'en-US')).toBe('1900–1999');
  });

  test('BCE decades read as a span of years: "-199X" is "2000 av. J.-C. – 1991 av. J.-C."', () => {
    expect(fmt('-199X', 'fr-FR')).toBe('2000 av. J.-C. – 1991 av. J.-C.');
    expect(fmt('-199X', 'en-US')).toBe('2000 BC – 1991 BC');
  });

  test('seasons read "automne 2020" / "autumn 2020"; winter spans its two years', () => {
    expect(fmt('2020-21', 'fr-FR')).toBe('printemps 2020');
    expect(fmt('2020-22', 'en-US')).toBe('summer 2020');
    expect(fmt('2020-23', 'fr-FR')).toBe('automne 2020');
    expect(fmt('2020-23', 'en-US')).toBe('autumn 2020');
    expect(fmt('2020-24', 'fr-FR')).toBe('hiver 2020–2021');
    expect(fmt('2020-24', 'en-US')).toBe('winter 2020–2021');
  });

  test('unspecified months and days read at what is known: "2020-XX" is "2020", "2020-09-XX" "septembre 2020"', () => {
    expect(fmt('2020-XX', 'fr-FR')).toBe('2020');
    expect(fmt('2020-09-XX', 'fr-FR')).toBe('septembre 2020');
  });

  test('qualifiers on the new forms: "vers automne 2020", "the 1990s?"', () => {
    expect(fmt('2020-23~', 'fr-FR')).toBe('vers automne 2020');
    expect(fmt('199X?', 'en-US')).toBe('the 1990s?');
    expect(fmt('199X?', 'fr-FR')).toBe('années 1990 ?');
  });

  test('an ongoing era reads "depuis 1994" / "since 1994", with the French article where it is needed', () => {
    expect(ev('1994/..', 'fr-FR')).toBe('depuis 1994');
    expect(ev('1994/..', 'en-US')).toBe('since 1994');
    expect(ev('1994', 'fr-FR', '..')).toBe('depuis 1994');
    expect(ev('2020-09-27/..', 'fr-FR')).toBe('depuis le 27 septembre 2020');
    expect(ev('2020-09-27/..', 'en-US')).toBe('since September 27, 2020');
    expect(ev('199X/..', 'fr-FR')).toBe('depuis les années 1990');
    expect(ev('199X/..', 'en-US')).toBe('since the 1990s');
    expect(ev('2020-23/..', 'fr-FR')).toBe("depuis l'automne 2020");
    expect(ev('2020-21/..', 'fr-FR')).toBe('depuis le printemps 2020');
    expect(ev('2020-09/..', 'fr-FR')).toBe('depuis septembre 2020');
  });

  test('an unknown end reads "1994 – fin inconnue" / "1994 – end unknown"', () => {
    expect(ev('1994/', 'fr-FR')).toBe('1994 – fin inconnue');
    expect(ev('1994/', 'en-US')).toBe('1994 – end unknown');
  });

  test('an interval in one field reads like date + end: "1994 – 27 septembre 2020"', () => {
    expect(ev('1994/2020-09-27', 'fr-FR')).toBe(ev('1994', 'fr-FR', '2020-09-27'));
    expect(ev('1994/2020-09-27', 'fr-FR')).toBe('1994 – 27 septembre 2020');
    expect(ev('199X/2020-23', 'en-US')).toBe('the 1990s – autumn 2020');
  });

  test('shortDateLabel keeps the whole label of a decade or season', () => {
    expect(spaces(shortDateLabel(d('2020-23'), 'fr-FR', false))).toBe('automne 2020');
    expect(spaces(shortDateLabel(d('199X'), 'en-US', true))).toBe('the 1990s');
  });

  test('languages without date words fall back to English words around Intl years', () => {
    expect(fmt('199X', 'nl-NL')).toBe('the 1990s');
    expect(fmt('199X', 'de-DE')).toBe('1990er-Jahre');
  });
});

describe('htmlDateTime', () => {
  test('gives a valid HTML datetime at the precision written, or undefined where HTML has none', () => {
    const cases: [string, string | undefined][] = [
      ['1994', '1994'],
      ['2020-09', '2020-09'],
      ['2020-09-27~', '2020-09-27'],
      ['2020-09-27t04:10z', '2020-09-27T04:10'],
      ['2020-09-27 04:10:00.123456+04:00', '2020-09-27T00:10:00.123'],
      ['2020-09-27T24:00', '2020-09-28T00:00'],
      ['2020-10-01T09:00:00\u221202', '2020-10-01T11:00:00'],
      ['2020-XX', '2020'],
      ['2020-09-XX', '2020-09'],
      ['199X', undefined],
      ['19XX', undefined],
      ['2020-23', undefined],
      ['0000', undefined],
      ['-0500', undefined],
      ['Y12345', undefined],
    ];
    for (const [text, expected] of cases) expect([text, htmlDateTime(d(text))]).toEqual([text, expected]);
  });
});
