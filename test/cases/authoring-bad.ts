/**
 * Issue 15: the bad-input cases for CSV and TimelineJS input, shared by test/unit/input-bad.test.ts (through
 * `parseInput`, what the element and the CLI call) and test/browser/authoring.test.ts (through the element).
 * Each case says which titles survive, in input order, and the issues exactly: field, row (CSV) and a pattern for
 * the message. Every event-level message must name its row and column (CSV) or its TimelineJS path.
 */
import { expect } from 'vitest';
import type { InputHint, parseInput } from '../../src/data/input.js';

export interface Case {
  name: string;
  input: unknown;
  hint?: InputHint;
  titles: readonly string[];
  /** `[field, row, message]`; `row` is `undefined` for TimelineJS and document issues without a row. */
  issues: readonly (readonly [field: string, row: number | undefined, message: RegExp])[];
  check?: (r: ReturnType<typeof parseInput>) => void;
}

const T = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Type';
export const CSV: InputHint = { contentType: 'text/csv' };
const HUGE = 'H'.repeat(200_000);
const tjs = (...events: unknown[]) => ({ title: { text: { headline: 'Doc' } }, events });
const slide = (start: unknown, headline = 'Slide', extra: Record<string, unknown> = {}) => ({
  start_date: start,
  text: { headline },
  ...extra,
});

export const csvCases: Case[] = [
  {
    name: 'unbalanced quotes: the rows before are kept, the cell and the rest are reported',
    input: 'date,title,description\n1994,Avant,ok\n2020-09-27,Cassé,"never closed\n2020-10-01,Après,x\n',
    titles: ['Avant'],
    issues: [
      [
        'document',
        undefined,
        /^The document has a quote \("\) that opens a cell in row 3, column "description", and is never closed.*Row 3 and the 1 line after it were left out\.$/,
      ],
    ],
  },
  {
    name: 'wrong delimiter (|): no header found, and the message says why',
    input: 'date|title\n1994|A\n',
    titles: [],
    issues: [['document', undefined, /^The document has no header row: row 1 is "date\|title".*separated by "\|"/]],
  },
  {
    name: 'missing header: the first row is data',
    input: '2020-09-27,Escalade\n2020-10-01,Déclaration\n',
    titles: [],
    issues: [['document', undefined, /^The document has no header row: row 1 is "2020-09-27", "Escalade"; expected/]],
  },
  {
    name: 'duplicate headers: the first column is read, the second reported',
    input: 'date,title,Title\n1994,Premier,Second\n',
    titles: ['Premier'],
    issues: [['document', undefined, /^The document has two "Title" columns \(B and C\); column B was read/]],
  },
  {
    name: 'header without a title column',
    input: 'date,description\n1994,x\n',
    titles: [],
    issues: [['document', undefined, /^The document has no "title" column; its header row is "date", "description"/]],
  },
  {
    name: 'HTML and script in our columns stay text, exactly as written',
    input: 'date,title,description\n1994,<img src=x onerror="window.__pwned=1">,<script>window.__pwned=1</script>\n',
    titles: ['<img src=x onerror="window.__pwned=1">'],
    issues: [],
    check: (r) => expect(r.events[0].description).toBe('<script>window.__pwned=1</script>'),
  },
  {
    name: 'HTML and script in template Headline and Text become plain text',
    input: `${T}\n1994,,,,,,,,,"<b>Gras</b><img src=x onerror=""window.__pwned=1"">","<p>Un</p><script>window.__pwned=1</script><p>Deux<br>Trois</p>",,\n`,
    titles: ['Gras'],
    issues: [],
    check: (r) => expect(r.events[0].description).toBe('Un\nDeux\nTrois'),
  },
  {
    name: 'formula injection (=cmd|) is kept as text, never evaluated',
    input: `date,title,description\n1994,"=cmd|' /C calc'!A0","@SUM(1+1)*cmd|' /C calc'!A0"\n`,
    titles: ["=cmd|' /C calc'!A0"],
    issues: [],
  },
  {
    name: 'formula injection in a date cell is reported with the cell echoed',
    input: `date,title\n"=HYPERLINK(""http://evil"")",Lien\n`,
    titles: [],
    issues: [
      ['date', 2, /^Row 2, column "date" \("Lien"\): "date" is "=HYPERLINK\("http:\/\/evil"\)", .*expected YYYY/],
    ],
  },
  {
    name: 'a huge cell is kept; a huge bad date is echoed cut short',
    input: `date,title\n1994,${HUGE}\n${HUGE},Énorme\n`,
    titles: [HUGE],
    issues: [['date', 3, /^Row 3, column "date" \("Énorme"\): "date" is "H{59}…", /]],
  },
  {
    name: 'a UTF-8 BOM before the header is ignored',
    input: '\uFEFFYear,Headline\n1994,Après le BOM\n',
    titles: ['Après le BOM'],
    issues: [],
  },
  {
    name: 'blank rows (empty, spaces, only commas) are skipped silently and never drop later rows',
    input: 'date,title\n\n1994,A\n   \n,,\n \t, \n2020-09-27,B\n\n\n2020-10-01,C\n',
    titles: ['A', 'B', 'C'],
    issues: [],
  },
  {
    name: 'month 13 names the Month column and the row',
    input: `${T}\n2020,13,1,,,,,,,Mois treize,,,\n`,
    titles: [],
    issues: [
      ['Month', 2, /^Row 2, column "Month" \("Mois treize"\): "date" is "2020-13-01", not a real date: months go/],
    ],
  },
  {
    name: 'a month in words is not a number',
    input: `${T}\n2020,Sept,27,,,,,,,Mois en lettres,,,\n`,
    titles: [],
    issues: [
      [
        'Month',
        2,
        /^Row 2, column "Month" \("Mois en lettres"\): "Sept" is not a month: write it as a number from 1 to 12; the row was left out\.$/,
      ],
    ],
  },
  {
    name: '31 September names the Day column',
    input: `${T}\n2020,9,31,,,,,,,Trente et un,,,\n`,
    titles: [],
    issues: [['Day', 2, /^Row 2, column "Day" .*"2020-09-31", not a real date: September 2020 has 30 days/]],
  },
  {
    name: 'hour 25 names the Time column',
    input: `${T}\n2020,9,27,25:00,,,,,,Heure,,,\n`,
    titles: [],
    issues: [['Time', 2, /^Row 2, column "Time" .*hours go from 00 to 23 \(24:00 ends the day\), not 25/]],
  },
  {
    name: 'a time in words is not a time',
    input: `${T}\n2020,9,27,noon,,,,,,Midi,,,\n`,
    titles: [],
    issues: [['Time', 2, /^Row 2, column "Time" \("Midi"\): "noon" is not a time: write it like 14:30/]],
  },
  {
    name: 'a day without a month',
    input: `${T}\n2020,,27,,,,,,,Sans mois,,,\n`,
    titles: [],
    issues: [
      ['Day', 2, /^Row 2, column "Day" \("Sans mois"\): "27" is set but "Month" is empty; the row was left out/],
    ],
  },
  {
    name: 'a missing Headline names the Headline column',
    input: `${T}\n1994,,,,,,,,,,du texte,,\n2020,,,,,,,,,Bon,,,\n`,
    titles: ['Bon'],
    issues: [['Headline', 2, /^Row 2, column "Headline": "title" is missing, expected a non-empty string\.$/]],
  },
  {
    name: 'a second title row is reported and left out',
    input: `${T}\n,,,,,,,,,Titre,,,title\n,,,,,,,,,Autre titre,,,title\n1994,,,,,,,,,A,,,\n`,
    titles: ['A'],
    issues: [['Type', 3, /^The document has a second "title" row \(row 3\)/]],
    check: (r) => expect(r.title).toBe('Titre'),
  },
  {
    name: 'an era without an end is drawn as a point, and said so',
    input: `${T}\n1994,,,,,,,,,Ère,,,era\n`,
    titles: ['Ère'],
    issues: [['End Year', 2, /^Row 2, column "End Year" \("Ère"\): an era needs an end date/]],
  },
  {
    name: 'an end before the start names the End Year column',
    input: `${T}\n2020,,,,1994,,,,,À rebours,,,\n`,
    titles: ['À rebours'],
    issues: [['End Year', 2, /^Row 2, column "End Year" \("À rebours"\): "end" "1994" is before "date" "2020"/]],
  },
  {
    name: 'more cells than headers (an unquoted comma) is reported on that row',
    input: 'date,title\n1994,Bakou, Erevan\n',
    titles: ['Bakou'],
    issues: [
      ['event', 2, /^Row 2 \("Bakou"\): it has 3 cells but the header names 2 columns; the cells after column B/],
    ],
  },
  {
    name: 'an empty file',
    input: '\uFEFF \n',
    titles: [],
    issues: [['document', undefined, /^The document is empty; expected a first row naming the columns/]],
  },
  {
    name: 'an HTML page served as CSV',
    input: '<!doctype html><title>404</title>',
    titles: [],
    issues: [['document', undefined, /^The document is not CSV: it looks like an HTML or XML page/]],
  },
  {
    name: 'JSON served as text/csv',
    input: '[{"date":"1994","title":"A"}]',
    titles: [],
    issues: [['document', undefined, /^The document is not CSV: it looks like JSON/]],
  },
  {
    name: 'a javascript: link in the url column is dropped and named',
    input: 'date,title,url\n1994,Lien,javascript:alert(1)\n',
    titles: ['Lien'],
    issues: [['url', 2, /^Row 2, column "url" \("Lien"\): "url" is "javascript:alert\(1\)", expected an http:/]],
  },
  {
    name: 'a duplicate id names the id column of the later row',
    input: 'id,date,title\na,1994,Premier\na,2020,Second\n',
    titles: ['Premier'],
    issues: [['id', 3, /^Row 3, column "id" \("a"\): "id" "a" is already used/]],
  },
  {
    name: 'only a header: no events, no issues',
    input: `${T}\n`,
    titles: [],
    issues: [],
  },
];

export const timelineCases: Case[] = [
  {
    name: 'events that is not an array',
    input: { title: { text: { headline: 'T' } }, events: 'nope' },
    titles: [],
    issues: [['events', undefined, /^The document has no "events" array: it is "nope"/]],
  },
  {
    name: 'a slide that is not an object',
    input: tjs(slide({ year: 1994 }, 'Bon'), 42),
    titles: ['Bon'],
    issues: [['events[1]', undefined, /^events\[1\] is 42 \(a number\), expected a slide object/]],
  },
  {
    name: 'a slide without start_date',
    input: tjs({ text: { headline: 'Sans date' } }),
    titles: [],
    issues: [['events[0].start_date', undefined, /^events\[0\]\.start_date \("Sans date"\): "start_date" is missing/]],
  },
  {
    name: 'start_date written as a string',
    input: tjs(slide('2020-09-27', 'Chaîne')),
    titles: [],
    issues: [
      [
        'events[0].start_date',
        undefined,
        /^events\[0\]\.start_date \("Chaîne"\): "start_date" is "2020-09-27", expected a date object/,
      ],
    ],
  },
  {
    name: 'a year that is not a whole number',
    input: tjs(slide({ year: 1994.5 }, 'Demi')),
    titles: [],
    issues: [
      [
        'events[0].start_date.year',
        undefined,
        /"year" is 1994.5 \(a number\), expected a whole number \(negative for BC\)/,
      ],
    ],
  },
  {
    name: 'a date object without a year',
    input: tjs(slide({ month: 9 }, 'Sans année')),
    titles: [],
    issues: [
      ['events[0].start_date.year', undefined, /^events\[0\]\.start_date\.year \("Sans année"\): "year" is missing/],
    ],
  },
  {
    name: 'HTML and script in text become plain text; nothing is kept of the markup',
    input: tjs(
      slide({ year: 1994 }, '<img src=x onerror="window.__pwned=1">Titre', {
        text: {
          headline: '<img src=x onerror="window.__pwned=1">Titre',
          text: '<p>Un<script>window.__pwned=1</script></p><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><p>Deux</p>',
        },
      }),
    ),
    titles: ['Titre'],
    issues: [],
    check: (r) => expect(r.events[0].description).toBe('Un\nDeux'),
  },
  {
    name: 'a javascript: media URL names events[0].media.url',
    input: tjs(slide({ year: 1994 }, 'Média', { media: { url: 'javascript:alert(1)' } })),
    titles: ['Média'],
    issues: [
      ['events[0].media.url', undefined, /^events\[0\]\.media\.url \("Média"\): "url" is "javascript:alert\(1\)"/],
    ],
  },
  {
    name: 'an end before the start names end_date',
    input: tjs(slide({ year: 2020 }, 'À rebours', { end_date: { year: 1994 } })),
    titles: ['À rebours'],
    issues: [
      ['events[0].end_date', undefined, /^events\[0\]\.end_date \("À rebours"\): "end" "1994" is before "date" "2020"/],
    ],
  },
  {
    name: '30 February names start_date.day',
    input: tjs(slide({ year: 2021, month: 2, day: 30 }, 'Février')),
    titles: [],
    issues: [
      [
        'events[0].start_date.day',
        undefined,
        /^events\[0\]\.start_date\.day \("Février"\): .*February 2021 has 28 days/,
      ],
    ],
  },
  {
    name: 'hour 25 names start_date.hour',
    input: tjs(slide({ year: 2020, month: 9, day: 27, hour: 25 }, 'Heure')),
    titles: [],
    issues: [['events[0].start_date.hour', undefined, /hours go from 00 to 23 \(24:00 ends the day\), not 25/]],
  },
  {
    name: 'a duplicate unique_id names the later slide',
    input: tjs(slide({ year: 1994 }, 'A', { unique_id: 'x' }), slide({ year: 2020 }, 'B', { unique_id: 'x' })),
    titles: ['A'],
    issues: [['events[1].unique_id', undefined, /^events\[1\]\.unique_id \("x"\): "id" "x" is already used/]],
  },
  {
    name: 'TimelineJS JSON text with a BOM is detected and read',
    input: `\uFEFF${JSON.stringify(tjs(slide({ year: '1994' }, 'BOM')))}`,
    hint: {},
    titles: ['BOM'],
    issues: [],
  },
];
