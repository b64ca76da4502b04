/**
 * Properties of the CSV and TimelineJS readers (issue 15): whatever the text, reading never throws; a sheet
 * written by d3-dsv's own formatter reads back as the events it was written from; blank rows anywhere never
 * change the events, and only move the row numbers the issues give; HTML to text never leaves a tag.
 */
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/data/html.js';
import { parseInput } from '../../src/data/input.js';

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 200) };
const CSV = { contentType: 'text/csv' } as const;

/** Cell text with the characters that matter to CSV: quotes, delimiters, line breaks, HTML, formulas, emoji. */
const cell = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', ',', ';', '\n', '\r\n', '<b>', '</p>', '=cmd|', '&amp;', 'é', '😀', ' ', '\t'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const visible = /[^\s\p{Cc}\p{Cf}]/u;
const event = fc.record({
  date: fc.constantFrom('1994', '2020-09', '2020-09-27', '2020-10-01T14:30', '-0500'),
  title: cell.filter((t) => visible.test(t) && t.trim() === t && !/^[ \t]/m.test(t)),
  description: cell.filter((t) => t.trim() === t && !/^ /m.test(t) && !/\r/.test(t)),
});

describe('CSV reader properties', () => {
  test('never throws on any text, and every issue is in the author’s terms', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(cell).map((c) => c.join(',')),
        ),
        (text) => {
          const r = parseInput(text, CSV);
          for (const issue of r.issues) {
            if (issue.index === null) expect(issue.message).toMatch(/^The document /);
            else expect(issue.message).toMatch(/^Row \d+/);
          }
        },
      ),
      RUNS,
    );
  });

  test('a sheet written by d3-dsv reads back as its events', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 8 }), (events) => {
        const text = csvFormatRows([
          ['date', 'title', 'description'],
          ...events.map((e) => [e.date, e.title, e.description]),
        ]);
        const r = parseInput(text, CSV);
        expect(r.issues).toEqual([]);
        const got = [...r.events].sort((a, b) => a.index - b.index);
        expect(got.map((e) => [e.date.text, e.title, e.description ?? ''])).toEqual(
          events.map((e) => [e.date, e.title, e.description]),
        );
      }),
      RUNS,
    );
  });

  test('blank rows anywhere never change the events; issues keep naming the right rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('2020-09-27', '2020-13-01', '1994'), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 6 }),
        fc.constantFrom('', ',', ' , ', ',,'),
        (dates, blanks, blank) => {
          const rows = dates.map((d, i) => `${d},Event ${i}`);
          const withBlanks = [...rows];
          for (const at of blanks) withBlanks.splice(Math.min(at, withBlanks.length), 0, blank);
          const plain = parseInput(`date,title\n${rows.join('\n')}\n`, CSV);
          const blanked = parseInput(`date,title\n${withBlanks.join('\n')}\n`, CSV);
          expect(blanked.events.map((e) => [e.title, e.date.text])).toEqual(
            plain.events.map((e) => [e.title, e.date.text]),
          );
          expect(blanked.issues).toHaveLength(plain.issues.length);
          for (const issue of blanked.issues) {
            const line = withBlanks[issue.row! - 2];
            expect(line.startsWith('2020-13-01,')).toBe(true);
            expect(issue.message).toContain(`("${line.split(',')[1]}")`);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('TimelineJS reader and HTML properties', () => {
  test('never throws on any JSON value shaped like a TimelineJS document', () => {
    const part = fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null), fc.double());
    const date = fc.oneof(fc.dictionary(fc.constantFrom('year', 'month', 'day', 'hour', 'minute'), part), part);
    const slide = fc.oneof(
      fc.record(
        { start_date: date, end_date: date, text: fc.record({ headline: part, text: part }) },
        { requiredKeys: [] },
      ),
      part,
    );
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 6 }), fc.array(slide, { maxLength: 3 }), (events, eras) => {
        const r = parseInput({ title: { text: { headline: 'T' } }, events, eras });
        expect(r.format).toBe('timelinejs');
        for (const issue of r.issues) {
          if (issue.index !== null) expect(issue.message).toMatch(/^(?:events|eras)\[\d+\]/);
        }
      }),
      RUNS,
    );
  });

  test('htmlToText never leaves a tag it recognised', () => {
    const tag = fc.constantFrom(
      '<p>',
      '</p>',
      '<br/>',
      '<b class="x">',
      '</b>',
      '<img src=x onerror=alert(1)>',
      '<a href="a>b">',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            tag,
            fc.string({ maxLength: 5 }).map((s) => s.replace(/[<>&]/g, '')),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const text = htmlToText(`<p>${parts.join('')}</p>`);
          expect(text).not.toMatch(/<\/?(?:p|br|b|img|a)\b/);
        },
      ),
      RUNS,
    );
  });
});
