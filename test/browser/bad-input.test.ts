/**
 * Issue 7 §1: hostile and broken input never hurts the host page. Each case is data only (what goes in, which
 * labels render, which issues are reported); one loop mounts it and checks, for every case:
 * - the rendered labels, exactly, in date order;
 * - the issues, exactly: index, field, id and message (a string is the whole message, a RegExp must match), and
 *   that every message names the event and its field (§5);
 * - the alert (`[part="error"][role="alert"]`), `timeline-load` and `timeline-error`;
 * - that nothing throws into the page, no payload runs (`window.__pwned` stays unset), no prototype is polluted,
 *   no `javascript:` or `data:` link, no element or `on*` attribute from the data exists in the shadow DOM, and
 *   no style leaks into the page, with every event's detail panel opened once.
 *
 * Value-level cases set `el.events`; text-level cases put the text in an inline `<script type="application/json">`;
 * a few put a light-DOM list (the progressive-enhancement markup).
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import '../../src/index.js';
import { ACCEPTED_DATE_FORMS as FORMS } from '../../src/data/dates.js';
import type { TimelineErrorEvent, TimelineLoadEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { labels, rendered } from '../../stories/helpers.js';

// ── The table ─────────────────────────────────────────────────────────────────

/** `[index, field, message, id?]`: a string message must be equal, a RegExp must match. */
type IssueSpec = readonly [index: number | null, field: string, message: string | RegExp, id?: string];

interface Case {
  name: string;
  /** Value-level input, set as `el.events`. */
  events?: unknown;
  /** Text-level input, the text of an inline `<script type="application/json">`. */
  json?: string;
  /** A light-DOM list (innerHTML of the element). */
  markup?: string;
  /** The labels drawn, in date order. */
  labels: readonly string[];
  /** How many events each cluster mark holds, in date order (none unless given). */
  clusters?: readonly number[];
  issues: readonly IssueSpec[];
  /** The document title shown, when the case sets one. */
  title?: string;
}

/** Payloads that set `window.__pwned` if any of them ever becomes markup. */
const XSS = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '<svg onload="window.__pwned=1"><circle r="9"/></svg>',
  iframe: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  breakout: '"><img src=x onerror=window.__pwned=1>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a template placeholder, kept as text.
  template: '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
  mxss: '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  details: '<details open ontoggle="window.__pwned=1">x</details>',
  style: '</style><style>*{display:none!important}</style>',
} as const;

const good = { date: '2020-09-27', title: 'Good' };
const JSON_DOC =
  /expected an array of events or an object like \{ "title": "…", "events": \[ … \] \}, written in JSON\.$/;
const NO_EVENTS = 'expected an array of events or an object like { "title": "…", "events": [ … ] }.';
const notJson = (why: string) =>
  new RegExp(`^The document is not valid JSON: ${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; ${JSON_DOC.source}`);
const badDate = (label: string, value: string, why: string, field = 'date') =>
  `${label}: "${field}" is ${value}, ${why}${why ? '; ' : ''}${FORMS}${field === 'end' ? ', or ".." (ongoing). It was ignored.' : '.'}`;
const badUrl = (label: string, value: string) =>
  `${label}: "url" is ${value}, expected an http:, https: or relative link; the link was left out.`;
const deep = (depth: number, leaf: unknown = 1): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v };
  return v;
};
const throwing = (key: string) =>
  Object.defineProperty({ date: '1994' }, key, {
    enumerable: true,
    get() {
      throw new Error(`no ${key} for you`);
    },
  });
const LONG = 'L'.repeat(100_000);
/** A string value as messages echo it: in quotes, cut to about 60 characters. */
const echo = (value: string) => `"${value.length > 60 ? `${value.slice(0, 59)}…` : value}"`;

const categories: Record<string, Case[]> = {
  'malformed JSON text': [
    {
      name: 'truncated after an event',
      json: '[{"date":"1994","title":"A"}',
      labels: [],
      issues: [[null, 'document', notJson('it ends before its last bracket is closed (was it cut short?)')]],
    },
    {
      name: 'truncated inside a string',
      json: '[{"date":"1994","title":"A"},{"date":"19',
      labels: [],
      issues: [
        [null, 'document', notJson('it ends inside a string that starts at line 1, column 38 (was it cut short?)')],
      ],
    },
    {
      name: 'truncated after a comma',
      json: '{"title":"T","events":[{"date":"1994","title":"A"},',
      labels: [],
      issues: [[null, 'document', notJson('it ends before its last 2 brackets are closed (was it cut short?)')]],
    },
    {
      name: 'trailing comma in the array',
      json: '[{"date":"1994","title":"A"},\n]',
      labels: [],
      issues: [
        [
          null,
          'document',
          notJson('a comma before "]" (a trailing comma) is not allowed in JSON at line 1, column 29'),
        ],
      ],
    },
    {
      name: 'trailing comma in an object',
      json: '[\n  {"date": "1994", "title": "A",}\n]',
      labels: [],
      issues: [
        [
          null,
          'document',
          notJson('a comma before "}" (a trailing comma) is not allowed in JSON at line 2, column 32'),
        ],
      ],
    },
    {
      name: 'a BOM before the document is ignored',
      json: '\uFEFF[{"date":"1994","title":"After a BOM"}]',
      labels: ['After a BOM'],
      issues: [],
    },
    {
      name: 'NaN',
      json: '[{"date":"1994","title":"A","weight":NaN}]',
      labels: [],
      issues: [
        [null, 'document', notJson('NaN is not a JSON value (write null, or a number or string) at line 1, column 38')],
      ],
    },
    {
      name: '-Infinity',
      json: '[{"date":"1994","title":"A","weight":-Infinity}]',
      labels: [],
      issues: [
        [
          null,
          'document',
          notJson('Infinity is not a JSON value (write null, or a number or string) at line 1, column 39'),
        ],
      ],
    },
    {
      name: 'undefined',
      json: '[{"date":"1994","title":"A","end":undefined}]',
      labels: [],
      issues: [
        [
          null,
          'document',
          notJson('undefined is not a JSON value (write null, or a number or string) at line 1, column 35'),
        ],
      ],
    },
    {
      name: 'single quotes',
      json: "[{'date':'1994','title':'A'}]",
      labels: [],
      issues: [
        [null, 'document', notJson('JSON strings and names need double quotes, not single quotes at line 1, column 3')],
      ],
    },
    {
      name: 'unquoted names (JavaScript, not JSON)',
      json: '[{date:"1994",title:"A"}]',
      labels: [],
      issues: [
        [null, 'document', notJson('date is not a JSON value (strings need double quotes) at line 1, column 3')],
      ],
    },
    {
      name: 'comments',
      json: '[\n  // the founding\n  {"date":"1994","title":"A"}\n]',
      labels: [],
      issues: [[null, 'document', notJson('JSON has no comments at line 2, column 3')]],
    },
    {
      name: 'a raw line break inside a string',
      json: '[{"date":"1994","title":"Line\none"}]',
      labels: [],
      issues: [
        [
          null,
          'document',
          notJson(
            'a string holds a raw control character or line break (write \\n for a new line) at line 1, column 30',
          ),
        ],
      ],
    },
    { name: 'empty text', json: '', labels: [], issues: [[null, 'document', notJson('it is empty')]] },
    {
      name: 'only white space and a BOM',
      json: '\uFEFF \n\t ',
      labels: [],
      issues: [[null, 'document', notJson('it is empty')]],
    },
    {
      name: 'HTML instead of JSON',
      json: XSS.img,
      labels: [],
      issues: [[null, 'document', notJson('it looks like an HTML or XML page, not JSON')]],
    },
    {
      name: 'two documents one after the other',
      json: '[{"date":"1994","title":"A"}][{"date":"1995","title":"B"}]',
      labels: [],
      issues: [
        [
          null,
          'document',
          notJson(
            'more text follows the end of the document at line 1, column 30 (a document is one array or one object)',
          ),
        ],
      ],
    },
    {
      name: 'a mismatched bracket',
      json: '[{"date":"1994","title":"A"]',
      labels: [],
      issues: [[null, 'document', /^The document is not valid JSON: .*position 27.*; expected an array of events/]],
    },
    {
      name: '10,000 nested arrays (valid JSON, not an event)',
      json: `[${'['.repeat(10_000)}${']'.repeat(10_000)},{"date":"1994","title":"Survivor"}]`,
      labels: ['Survivor'],
      issues: [[0, 'event', 'Event 0 is an array, expected an object like { "date": "1994", "title": "…" }.']],
    },
    {
      name: 'a valid document with payloads in every field, as text',
      json: JSON.stringify({
        title: XSS.svg,
        events: [{ id: XSS.breakout, date: '1994', title: XSS.script, description: XSS.img, group: XSS.iframe }],
      }),
      labels: [XSS.script],
      issues: [],
      title: XSS.svg,
    },
  ],

  'wrong top-level types': [
    {
      name: 'null',
      events: null,
      labels: [],
      issues: [[null, 'document', `The document has no events: found null; ${NO_EVENTS}`]],
    },
    {
      name: 'a number',
      events: 42,
      labels: [],
      issues: [[null, 'document', `The document has no events: found a number; ${NO_EVENTS}`]],
    },
    {
      name: 'a boolean',
      events: true,
      labels: [],
      issues: [[null, 'document', `The document has no events: found a boolean; ${NO_EVENTS}`]],
    },
    {
      name: 'a string that is not JSON',
      events: 'hello',
      labels: [],
      issues: [
        [null, 'document', notJson('hello is not a JSON value (strings need double quotes) at line 1, column 1')],
      ],
    },
    {
      name: 'a function',
      events: () => [good],
      labels: [],
      issues: [[null, 'document', `The document has no events: found a function; ${NO_EVENTS}`]],
    },
    {
      name: 'an object without events',
      events: { title: 'Only a title' },
      labels: [],
      issues: [
        [null, 'document', `The document has no events: found an object without an "events" array; ${NO_EVENTS}`],
      ],
      title: 'Only a title',
    },
    {
      name: 'events is a string',
      events: { events: '[]' },
      labels: [],
      issues: [[null, 'document', `The document has no events: found an object whose "events" is "[]"; ${NO_EVENTS}`]],
    },
    {
      name: 'events is an object',
      events: { events: { 0: good } },
      labels: [],
      issues: [
        [null, 'document', `The document has no events: found an object whose "events" is an object; ${NO_EVENTS}`],
      ],
    },
    {
      name: 'an array-like object',
      events: { 0: good, length: 1 },
      labels: [],
      issues: [
        [null, 'document', `The document has no events: found an object without an "events" array; ${NO_EVENTS}`],
      ],
    },
    {
      name: 'a Map',
      events: new Map([['events', [good]]]),
      labels: [],
      issues: [
        [null, 'document', `The document has no events: found an object without an "events" array; ${NO_EVENTS}`],
      ],
    },
    {
      name: 'a document title that is not a string',
      events: { title: ['x'], events: [good] },
      labels: ['Good'],
      issues: [[null, 'title', 'The document "title" is an array, expected a string; it was ignored.']],
    },
    {
      name: 'a Proxy whose traps throw',
      events: new Proxy([], {
        get() {
          throw new Error('trap');
        },
      }),
      labels: [],
      issues: [[null, 'document', 'The document could not be read: trap']],
    },
  ],

  'events that are not objects': [
    {
      name: 'null, a number, a string, an array and a good event',
      events: [null, 7, 'x', [good], good],
      labels: ['Good'],
      issues: [
        [0, 'event', 'Event 0 is null, expected an object like { "date": "1994", "title": "…" }.'],
        [1, 'event', 'Event 1 is 7 (a number), expected an object like { "date": "1994", "title": "…" }.'],
        [2, 'event', 'Event 2 is "x", expected an object like { "date": "1994", "title": "…" }.'],
        [3, 'event', 'Event 3 is an array, expected an object like { "date": "1994", "title": "…" }.'],
      ],
    },
    {
      name: 'a getter that throws',
      events: [throwing('title'), good],
      labels: ['Good'],
      issues: [[0, 'event', 'Event 0 could not be read: no title for you']],
    },
  ],

  'missing and wrong-typed fields': [
    {
      name: 'missing date',
      events: [{ title: 'Undated' }, good],
      labels: ['Good'],
      issues: [[0, 'date', `Event 0 ("Undated"): "date" is missing, ${FORMS}.`]],
    },
    {
      name: 'missing title',
      events: [{ id: 'nameless', date: '1994' }, good],
      labels: ['Good'],
      issues: [[0, 'title', 'Event 0 ("nameless"): "title" is missing, expected a non-empty string.', 'nameless']],
    },
    {
      name: 'empty object',
      events: [{}],
      labels: [],
      issues: [
        [0, 'date', `Event 0: "date" is missing, ${FORMS}.`],
        [0, 'title', 'Event 0: "title" is missing, expected a non-empty string.'],
      ],
    },
    {
      name: 'date is a number',
      events: [{ date: 1994, title: 'Numeric' }],
      labels: [],
      issues: [
        [0, 'date', badDate('Event 0 ("Numeric")', '1994 (a number)', 'not a string: write it in quotes, like "1994"')],
      ],
    },
    {
      name: 'date is null, an object, an array, a boolean',
      events: [
        { date: null, title: 'N' },
        { date: { year: 1994 }, title: 'O' },
        { date: ['1994'], title: 'A' },
        { date: true, title: 'B' },
      ],
      labels: [],
      issues: [
        [0, 'date', badDate('Event 0 ("N")', 'null', 'not a string')],
        [1, 'date', badDate('Event 1 ("O")', 'an object', 'not a string')],
        [2, 'date', badDate('Event 2 ("A")', 'an array', 'not a string')],
        [3, 'date', badDate('Event 3 ("B")', 'true (a boolean)', 'not a string')],
      ],
    },
    {
      name: 'title is a number, an object, blank',
      events: [
        { date: '1994', title: 1994 },
        { date: '1995', title: { text: 'x' } },
        { date: '1996', title: ' \n\t ' },
        good,
      ],
      labels: ['Good'],
      issues: [
        [0, 'title', 'Event 0: "title" is 1994 (a number), expected a non-empty string.'],
        [1, 'title', 'Event 1: "title" is an object, expected a non-empty string.'],
        [2, 'title', 'Event 2: "title" is blank, expected a non-empty string.'],
      ],
    },
    {
      name: 'id is a number, an empty string, an object (the event keeps a default id)',
      events: [
        { id: 7, date: '1994', title: 'Seven' },
        { id: '', date: '1995', title: 'Empty' },
        { id: { a: 1 }, date: '1996', title: 'Object' },
      ],
      labels: ['Seven', 'Empty', 'Object'],
      issues: [
        [0, 'id', 'Event 0 ("Seven"): "id" is 7 (a number), expected a non-empty string; a default id was used.'],
        [1, 'id', 'Event 1 ("Empty"): "id" is "", expected a non-empty string; a default id was used.'],
        [2, 'id', 'Event 2 ("Object"): "id" is an object, expected a non-empty string; a default id was used.'],
      ],
    },
    {
      name: 'description, group and url of the wrong type are dropped, the event kept',
      events: [{ id: 'w', date: '1994', title: 'Kept', description: ['x'], group: 3, url: { href: '/' } }],
      labels: ['Kept'],
      issues: [
        [0, 'description', 'Event 0 ("w"): "description" is an array, expected a string; it was ignored.', 'w'],
        [0, 'group', 'Event 0 ("w"): "group" is 3 (a number), expected a string; it was ignored.', 'w'],
        [0, 'url', badUrl('Event 0 ("w")', 'an object'), 'w'],
      ],
    },
    {
      name: 'a blank group joins the events without a group',
      events: [{ date: '1994', title: 'Blank lane', group: '  ' }],
      labels: ['Blank lane'],
      issues: [
        [
          0,
          'group',
          'Event 0 ("Blank lane"): "group" is blank, expected a lane name; the event was put with the events without a group.',
        ],
      ],
    },
    {
      name: 'null optional fields are absent',
      events: [{ id: null, date: '1994', end: null, title: 'Nulls', description: null, url: null, group: null }],
      labels: ['Nulls'],
      issues: [],
    },
    {
      name: 'unknown fields are ignored',
      events: [{ date: '1994', title: 'Extra', color: 'red', [XSS.img]: XSS.img, nested: { a: [1, 2] } }],
      labels: ['Extra'],
      issues: [],
    },
    {
      name: 'every field wrong at once',
      events: [{ id: 1, date: 2, end: 3, title: 4, description: 5, url: 6, group: 7 }],
      labels: [],
      issues: [
        [0, 'id', 'Event 0: "id" is 1 (a number), expected a non-empty string; a default id was used.'],
        [0, 'date', badDate('Event 0', '2 (a number)', 'not a string: write it in quotes, like "0002"')],
        [0, 'title', 'Event 0: "title" is 4 (a number), expected a non-empty string.'],
        [0, 'end', badDate('Event 0', '3 (a number)', 'not a string: write it in quotes, like "0003"', 'end')],
        [0, 'description', 'Event 0: "description" is 5 (a number), expected a string; it was ignored.'],
        [0, 'group', 'Event 0: "group" is 7 (a number), expected a string; it was ignored.'],
        [0, 'url', badUrl('Event 0', '6 (a number)')],
      ],
    },
  ],

  'impossible and malformed dates': [
    {
      name: '2020-02-30',
      events: [{ id: 'feb', date: '2020-02-30', title: 'Impossible' }, good],
      labels: ['Good'],
      issues: [
        [0, 'date', badDate('Event 0 ("feb")', '"2020-02-30"', 'not a real date: February 2020 has 29 days'), 'feb'],
      ],
    },
    {
      name: '2021-02-29 (not a leap year)',
      events: [{ date: '2021-02-29', title: 'Leap' }],
      labels: [],
      issues: [[0, 'date', badDate('Event 0 ("Leap")', '"2021-02-29"', 'not a real date: February 2021 has 28 days')]],
    },
    {
      name: '2020-13-01',
      events: [{ date: '2020-13-01', title: 'Month 13' }],
      labels: [],
      issues: [
        [
          0,
          'date',
          badDate('Event 0 ("Month 13")', '"2020-13-01"', 'not a real date: months go from 01 to 12, not 13'),
        ],
      ],
    },
    {
      name: '2020-00-10 and 2020-09-00',
      events: [
        { date: '2020-00-10', title: 'Month 0' },
        { date: '2020-09-00', title: 'Day 0' },
      ],
      labels: [],
      issues: [
        [0, 'date', badDate('Event 0 ("Month 0")', '"2020-00-10"', 'not a real date: months go from 01 to 12, not 00')],
        [1, 'date', badDate('Event 1 ("Day 0")', '"2020-09-00"', 'not a real date: days start at 01')],
      ],
    },
    {
      name: 'empty date',
      events: [{ date: '', title: 'Empty' }],
      labels: [],
      issues: [[0, 'date', badDate('Event 0 ("Empty")', '""', 'empty')]],
    },
    {
      name: 'day-first, words, spaces',
      events: [
        { date: '27/09/2020', title: 'Day first' },
        { date: 'yesterday', title: 'Word' },
        { date: ' 1994', title: 'Space' },
      ],
      labels: [],
      issues: [
        [0, 'date', badDate('Event 0 ("Day first")', '"27/09/2020"', 'write the year first, as in 2020-09-27')],
        [1, 'date', badDate('Event 1 ("Word")', '"yesterday"', '')],
        [2, 'date', badDate('Event 2 ("Space")', '" 1994"', 'it has spaces around it, which are not removed for you')],
      ],
    },
    {
      name: 'one-digit month, two-digit year, basic format',
      events: [
        { date: '1994-9', title: 'Short month' },
        { date: '94', title: 'Short year' },
        { date: '20200927T1000', title: 'Basic' },
      ],
      labels: [],
      issues: [
        [0, 'date', badDate('Event 0 ("Short month")', '"1994-9"', 'months and days need 2 digits (09, not 9)')],
        [1, 'date', badDate('Event 1 ("Short year")', '"94"', 'years need at least 4 digits (write 0050 for AD 50)')],
        [
          2,
          'date',
          badDate('Event 2 ("Basic")', '"20200927T1000"', 'this is the basic format: write 2020-09-27T10:00'),
        ],
      ],
    },
    {
      name: 'hour 24:30, minute 60, second 60, offset +25:00',
      events: [
        { date: '2020-09-27T24:30', title: 'H' },
        { date: '2020-09-27T10:60', title: 'M' },
        { date: '2020-09-27T10:00:60', title: 'S' },
        { date: '2020-09-27T10:00+25:00', title: 'O' },
      ],
      labels: [],
      issues: [
        [
          0,
          'date',
          badDate(
            'Event 0 ("H")',
            '"2020-09-27T24:30"',
            'not a real time: hours go from 00 to 23 (24:00 ends the day), not 24:30',
          ),
        ],
        [
          1,
          'date',
          badDate('Event 1 ("M")', '"2020-09-27T10:60"', 'not a real time: minutes go from 00 to 59, not 60'),
        ],
        [
          2,
          'date',
          badDate(
            'Event 2 ("S")',
            '"2020-09-27T10:00:60"',
            'not a real time: seconds go from 00 to 59 (60 only at 23:59 UTC, a leap second), not 60',
          ),
        ],
        [
          3,
          'date',
          badDate(
            'Event 3 ("O")',
            '"2020-09-27T10:00+25:00"',
            'not a real time zone offset: offsets go from −12:00 to +14:00, not +25:00',
          ),
        ],
      ],
    },
    {
      name: 'years beyond ±250,000',
      events: [{ date: '-270000', title: 'Far past' }, { date: '300000', title: 'Far future' }, good],
      labels: ['Good'],
      issues: [
        [
          0,
          'date',
          badDate('Event 0 ("Far past")', '"-270000"', 'the year is too far away: years go from -250000 to 250000'),
        ],
        [
          1,
          'date',
          badDate('Event 1 ("Far future")', '"300000"', 'the year is too far away: years go from -250000 to 250000'),
        ],
      ],
    },
    {
      name: 'two qualifiers',
      events: [{ date: '1994~?', title: 'Doubly unsure' }],
      labels: [],
      issues: [[0, 'date', badDate('Event 0 ("Doubly unsure")', '"1994~?"', '')]],
    },
  ],

  'accepted date forms: mixed precision, BCE, long years': [
    {
      name: 'year, month, day, minute and millisecond precision together',
      events: [
        { date: '2020-09-27T10:30:15.123+02:00', title: 'Millisecond' },
        { date: '2020-09', title: 'Month' },
        { date: '2020', title: 'Year' },
        { date: '2020-09-27', title: 'Day' },
        { date: '2020-09-27T10:30Z', title: 'Minute' },
      ],
      // The three times of 27 September are less than a pixel apart on a year's axis: one mark, three callouts.
      labels: ['Year', 'Month', 'Sep 27 · Day', 'Sep 27 · Millisecond', 'Sep 27 · Minute'],
      issues: [],
    },
    {
      name: 'BCE years',
      events: [
        { date: '-0500', title: '501 BC' },
        { date: '-0043-03-15', title: 'Ides of March' },
        { date: '0000', title: '1 BC' },
      ],
      labels: ['501 BC', 'Ides of March', '1 BC'],
      issues: [],
    },
    {
      name: 'year 0050 is AD 50, not 1950',
      events: [
        { date: '0050', title: 'AD 50' },
        { date: '1950', title: '1950' },
      ],
      labels: ['AD 50', '1950'],
      issues: [],
    },
    {
      name: '5-digit and signed years',
      events: [
        { date: '-10000', title: 'Ice age' },
        { date: '+2020', title: 'Signed' },
        { date: '12020', title: 'Holocene-style' },
      ],
      labels: ['Ice age', 'Signed', 'Holocene-style'],
      issues: [],
    },
    {
      name: 'the far ends: years -250000 and 250000',
      events: [
        { date: '-250000', title: 'Oldest' },
        { date: '250000', title: 'Newest' },
      ],
      labels: ['Oldest', 'Newest'],
      issues: [],
    },
    {
      name: 'qualifiers ~ ? %',
      events: [
        { date: '1994~', title: 'Approximate' },
        { date: '1995?', title: 'Uncertain' },
        { date: '1996%', title: 'Both' },
      ],
      // The label shows the qualifier, as the reader must see it.
      labels: ['c.\u00a0Approximate', 'Uncertain?', 'c.\u00a0Both?'],
      issues: [],
    },
  ],

  ranges: [
    {
      name: 'end before start keeps a point',
      events: [{ id: 'war', date: '1994', end: '1990', title: 'War' }],
      labels: ['War'],
      issues: [[0, 'end', 'Event 0 ("war"): "end" "1990" is before "date" "1994"; it was ignored.', 'war']],
    },
    {
      name: 'end equal to the date, and inside its period',
      events: [
        { date: '2020-09-27', end: '2020-09-27', title: 'One day' },
        { date: '2021', end: '2021-03', title: 'Q1' },
      ],
      labels: ['One day', 'Q1'],
      issues: [],
    },
    {
      name: 'end invalid, or a number',
      events: [
        { date: '1994', end: 'later', title: 'Later' },
        { date: '1995', end: 2000, title: 'Number' },
      ],
      labels: ['Later', 'Number'],
      issues: [
        [0, 'end', badDate('Event 0 ("Later")', '"later"', '', 'end')],
        [
          1,
          'end',
          badDate('Event 1 ("Number")', '2000 (a number)', 'not a string: write it in quotes, like "2000"', 'end'),
        ],
      ],
    },
    {
      name: 'a range from BCE to CE',
      events: [{ date: '-0027', end: '0476', title: 'Roman Empire' }],
      labels: ['Roman Empire'],
      issues: [],
    },
  ],

  'duplicate ids': [
    {
      name: 'the first keeps the id, the later one is left out',
      events: [
        { id: 'a', date: '2000', title: 'First' },
        { id: 'a', date: '1990', title: 'Second' },
      ],
      labels: ['First'],
      issues: [
        [
          1,
          'id',
          'Event 1 ("a"): "id" "a" is already used by event 0; ids must be unique, so this event was left out.',
          'a',
        ],
      ],
    },
    {
      name: 'three times the same id',
      events: [
        { id: 'x', date: '2000', title: 'One' },
        { id: 'x', date: '2001', title: 'Two' },
        { id: 'x', date: '2002', title: 'Three' },
      ],
      labels: ['One'],
      issues: [
        [1, 'id', /^Event 1 \("x"\): "id" "x" is already used by event 0;/, 'x'],
        [2, 'id', /^Event 2 \("x"\): "id" "x" is already used by event 0;/, 'x'],
      ],
    },
    {
      name: 'an invalid event does not reserve its id',
      events: [
        { id: 'a', date: 'bad', title: 'Broken' },
        { id: 'a', date: '1990', title: 'Kept' },
      ],
      labels: ['Kept'],
      issues: [[0, 'date', badDate('Event 0 ("a")', '"bad"', ''), 'a']],
    },
    {
      name: 'a given id equal to a default id',
      events: [
        { date: '1994', title: 'Default' },
        { id: 'event-0', date: '1995', title: 'Given' },
      ],
      labels: ['Default', 'Given'],
      issues: [],
    },
    {
      name: 'ids differing only in case are different',
      events: [
        { id: 'A', date: '1994', title: 'Upper' },
        { id: 'a', date: '1995', title: 'Lower' },
      ],
      labels: ['Upper', 'Lower'],
      issues: [],
    },
  ],

  'sizes and nesting': [
    {
      name: 'a 100,000-character title',
      events: [{ date: '1994', title: LONG }],
      labels: [LONG],
      issues: [],
    },
    {
      name: 'a 100,000-character description, id and group',
      events: [{ id: LONG, date: '1994', title: 'Long fields', description: LONG, group: LONG }],
      labels: ['Long fields'],
      issues: [],
    },
    {
      name: 'a 100,000-character bad date is echoed truncated',
      events: [{ date: LONG, title: 'Long date' }],
      labels: [],
      issues: [[0, 'date', badDate('Event 0 ("Long date")', `"${'L'.repeat(59)}…"`, '')]],
    },
    {
      name: 'deeply nested junk in an unknown field',
      events: [{ date: '1994', title: 'Deep', junk: deep(5000) }],
      labels: ['Deep'],
      issues: [],
    },
    {
      name: 'deeply nested junk as the date',
      events: [{ date: deep(5000, '1994'), title: 'Deep date' }],
      labels: [],
      issues: [[0, 'date', badDate('Event 0 ("Deep date")', 'an array', 'not a string')]],
    },
    {
      name: '50 bad events and one good: 20 messages shown, all reported',
      events: [...Array.from({ length: 50 }, (_, i) => ({ date: `bad${i}`, title: `Bad ${i}` })), good],
      labels: ['Good'],
      issues: Array.from({ length: 50 }, (_, i) => [i, 'date', badDate(`Event ${i} ("Bad ${i}")`, `"bad${i}"`, '')]),
    },
  ],

  'prototype pollution': [
    {
      name: '__proto__ in event JSON does not give an inherited title',
      json: '[{"__proto__":{"title":"Inherited","polluted":1},"date":"1994"}]',
      labels: [],
      issues: [[0, 'title', 'Event 0: "title" is missing, expected a non-empty string.']],
    },
    {
      name: '__proto__ in document JSON does not give inherited events',
      json: '{"__proto__":{"events":[{"date":"1994","title":"Inherited"}]}}',
      labels: [],
      issues: [
        [null, 'document', `The document has no events: found an object without an "events" array; ${NO_EVENTS}`],
      ],
    },
    {
      name: 'an inherited title (Object.create) is not data',
      events: [Object.assign(Object.create({ title: 'Inherited' }), { date: '1994' })],
      labels: [],
      issues: [[0, 'title', 'Event 0: "title" is missing, expected a non-empty string.']],
    },
    {
      name: 'constructor.prototype keys are ignored',
      json: '[{"date":"1994","title":"Ctor","constructor":{"prototype":{"polluted":1}},"__proto__":{"polluted":1}}]',
      labels: ['Ctor'],
      issues: [],
    },
    {
      name: 'ids and groups named __proto__, constructor, toString',
      events: [
        { id: '__proto__', date: '1994', title: 'Proto', group: 'constructor' },
        { id: 'constructor', date: '1995', title: 'Ctor', group: '__proto__' },
        { id: 'toString', date: '1996', title: 'ToString', group: 'hasOwnProperty' },
      ],
      labels: ['Proto', 'Ctor', 'ToString'],
      issues: [],
    },
    {
      name: 'a document title inherited from __proto__ is not used',
      json: '{"__proto__":{"title":"Inherited title"},"events":[{"date":"1994","title":"A"}]}',
      labels: ['A'],
      issues: [],
    },
  ],

  'HTML, script and SVG payloads': [
    ...(['img', 'script', 'svg', 'iframe', 'breakout', 'template', 'mxss', 'details'] as const).map(
      (kind): Case => ({
        name: `title: ${kind}`,
        events: [{ date: '1994', title: XSS[kind], description: XSS[kind] }],
        labels: [XSS[kind]],
        issues: [],
      }),
    ),
    {
      name: 'description: script, img and svg at once',
      events: [{ date: '1994', title: 'Desc', description: `${XSS.script}\n${XSS.img}\n${XSS.svg}` }],
      labels: ['Desc'],
      issues: [],
    },
    {
      name: 'group: payloads as lane names',
      events: [
        { date: '1994', title: 'G1', group: XSS.img },
        { date: '1995', title: 'G2', group: XSS.svg },
      ],
      labels: ['G1', 'G2'],
      issues: [],
    },
    {
      name: 'id: payloads as ids',
      events: [
        { id: XSS.breakout, date: '1994', title: 'I1' },
        { id: '"]{}*{x:y}[data-key="', date: '1995', title: 'I2' },
      ],
      labels: ['I1', 'I2'],
      issues: [],
    },
    {
      name: 'date and end: payloads echoed in the alert as text',
      events: [{ id: 'p', date: XSS.img, end: XSS.script, title: 'Dated payload' }],
      labels: [],
      issues: [
        [0, 'date', badDate('Event 0 ("p")', JSON.stringify(XSS.img).replace(/\\"/g, '"'), ''), 'p'],
        [0, 'end', badDate('Event 0 ("p")', `"${XSS.script}"`, '', 'end'), 'p'],
      ],
    },
    {
      name: 'document title',
      events: { title: XSS.img, events: [good] },
      labels: ['Good'],
      issues: [],
      title: XSS.img,
    },
    {
      name: 'url: an HTML string is only a (harmless) relative link',
      events: [{ date: '1994', title: 'Relative', url: XSS.img }],
      labels: ['Relative'],
      issues: [],
    },
    {
      name: 'light-DOM list: payload text and a javascript: link',
      markup:
        '<ol><li><time datetime="1994">1994</time> <strong>&lt;img src=x onerror="window.__pwned=1"&gt;</strong>' +
        ' <a href="javascript:window.__pwned=1">more</a></li></ol>',
      labels: [XSS.img],
      issues: [[0, 'url', badUrl(`Event 0 ("${XSS.img}")`, '"javascript:window.__pwned=1"')]],
    },
  ],

  'javascript: and data: URLs': [
    ...[
      'javascript:window.__pwned=1',
      'JaVaScRiPt:window.__pwned=1',
      ' javascript:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'java\nscript:window.__pwned=1',
      '\u0000javascript:window.__pwned=1',
      'javascript&colon;window.__pwned=1:',
      'data:text/html,<script>window.__pwned=1</script>',
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+',
      'vbscript:msgbox(1)',
      'blob:https://example.org/uuid',
    ].map(
      (url): Case => ({
        name: JSON.stringify(url),
        events: [{ id: 'u', date: '1994', title: 'Link', url }],
        labels: ['Link'],
        issues: [[0, 'url', badUrl('Event 0 ("u")', echo(url)), 'u']],
      }),
    ),
    {
      name: 'safe links are kept',
      events: [
        { date: '1994', title: 'Absolute', url: 'https://example.org/a?b=c#d' },
        { date: '1995', title: 'Relative', url: '../page.html' },
        { date: '1996', title: 'Protocol-relative', url: '//example.org/x' },
        // https: without slashes is still https://evil.example/ to the browser: an ordinary https link.
        { date: '1997', title: 'No slashes', url: 'https:evil.example' },
        // An entity is not decoded in an attribute set from script: this is a relative path with a fragment.
        { date: '1998', title: 'Entity', url: 'jav&#x61;script:window.__pwned=1' },
      ],
      labels: ['Absolute', 'Relative', 'Protocol-relative', 'No slashes', 'Entity'],
      issues: [],
    },
  ],

  'CSS injection': [
    {
      name: 'a style element in the title',
      events: [{ date: '1994', title: XSS.style }],
      labels: [XSS.style],
      issues: [],
    },
    {
      name: 'declarations in group and id',
      events: [{ id: 'x;}*{display:none}', date: '1994', title: 'Styled', group: 'a{}*{color:red!important}' }],
      labels: ['Styled'],
      issues: [],
    },
    {
      name: 'expression() and url(javascript:) in the description',
      events: [{ date: '1994', title: 'Expr', description: 'width:expression(alert(1));background:url(javascript:x)' }],
      labels: ['Expr'],
      issues: [],
    },
    {
      name: 'a title that closes the style attribute',
      events: [{ date: '1994', title: '";background:red;"' }],
      labels: ['";background:red;"'],
      issues: [],
    },
  ],

  'RTL, emoji, combining, zero-width, newlines and NUL': [
    {
      name: 'Arabic and Hebrew',
      events: [
        { date: '1994', title: 'وقف إطلاق النار', group: 'العربية' },
        { date: '1995', title: 'הפסקת אש' },
      ],
      labels: ['وقف إطلاق النار', 'הפסקת אש'],
      issues: [],
    },
    {
      name: 'a right-to-left override',
      events: [{ date: '1994', title: 'invoice\u202Efdp.exe' }],
      labels: ['invoice\u202Efdp.exe'],
      issues: [],
    },
    {
      name: 'emoji with joiners, flags and skin tones',
      events: [{ id: '👨‍👩‍👧', date: '1994', title: '👨‍👩‍👧 🇦🇲🇦🇿 👍🏽' }],
      labels: ['👨‍👩‍👧 🇦🇲🇦🇿 👍🏽'],
      issues: [],
    },
    {
      name: 'an emoji cut at the echo limit is not split in half',
      events: [{ date: `${'x'.repeat(58)}😀yy`, title: 'Emoji date' }],
      labels: [],
      issues: [[0, 'date', badDate('Event 0 ("Emoji date")', `"${'x'.repeat(58)}…"`, '')]],
    },
    {
      name: 'combining characters (and a lot of them)',
      events: [{ date: '1994', title: `Cafe\u0301 Z${'\u0336\u0337\u0338'.repeat(100)}` }],
      labels: [`Cafe\u0301 Z${'\u0336\u0337\u0338'.repeat(100)}`],
      issues: [],
    },
    {
      name: 'zero-width characters inside a title are kept',
      events: [{ date: '1994', title: 'Zero\u200Bwidth\u200Djoin\uFEFF' }],
      labels: ['Zero\u200Bwidth\u200Djoin\uFEFF'],
      issues: [],
    },
    {
      name: 'a title of only zero-width characters is blank',
      events: [{ date: '1994', title: '\u200B\u200C\u200D\u2060\uFEFF' }, good],
      labels: ['Good'],
      issues: [[0, 'title', 'Event 0: "title" is blank (only invisible characters), expected a non-empty string.']],
    },
    {
      name: 'newlines in title and description',
      events: [{ date: '1994', title: 'Line 1\nLine 2', description: 'Para 1\n\nPara 2\r\n' }],
      labels: ['Line 1\nLine 2'],
      issues: [],
    },
    {
      name: 'NUL and other control characters in the title',
      events: [{ date: '1994', title: 'A\u0000B\u0007C\u001B[31m' }],
      labels: ['A\u0000B\u0007C\u001B[31m'],
      issues: [],
    },
    {
      name: 'NUL in the date',
      events: [{ date: '1994\u0000', title: 'NUL date' }],
      labels: [],
      issues: [[0, 'date', badDate('Event 0 ("NUL date")', '"1994\u0000"', '')]],
    },
    {
      name: 'a lone surrogate',
      events: [{ date: '1994', title: 'Broken \uD800 pair' }],
      labels: ['Broken \uD800 pair'],
      issues: [],
    },
  ],
};

// ── The checks ────────────────────────────────────────────────────────────────

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** What the timeline draws with: anything else in the shadow DOM came from the data. */
const ALLOWED = new Set(
  'div p strong ul li button svg path line g text ol span bdi section h2 time a slot circle rect'.split(' '),
);

interface Mounted {
  el: EventTimeline;
  loads: TimelineLoadEvent[];
  errors: TimelineErrorEvent[];
}

function mount(c: Case): Mounted {
  const el = document.createElement('event-timeline');
  el.style.width = '1000px';
  el.locale = 'en-US';
  const loads: TimelineLoadEvent[] = [];
  const errors: TimelineErrorEvent[] = [];
  el.addEventListener('timeline-load', (e) => loads.push(e));
  el.addEventListener('timeline-error', (e) => errors.push(e));
  if (c.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = c.json;
    el.append(script);
  } else if (c.markup !== undefined) el.innerHTML = c.markup;
  else el.events = c.events as EventTimeline['events'];
  document.body.append(el);
  return { el, loads, errors };
}

function checkShadowDom(el: EventTimeline): void {
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    expect(ALLOWED.has(node.localName), `<${node.localName}> in the shadow DOM`).toBe(true);
    for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${attr.name} attribute`).toBe(false);
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    expect(a.protocol, href).toMatch(/^https?:$/);
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
  expect(root.querySelector('[href^="javascript:" i], [src^="javascript:" i], [href^="data:" i]')).toBeNull();
}

const pageErrors: unknown[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(e.reason);
window.addEventListener('error', onError);
window.addEventListener('unhandledrejection', onRejection);
const headElements = document.head.children.length;

afterEach(() => {
  document.body.replaceChildren();
  pageErrors.length = 0;
});

afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

async function check(c: Case): Promise<void> {
  const m = mount(c);
  const { el } = m;
  await rendered(el);

  // Events drawn.
  expect(labels(el)).toEqual(c.labels);
  const clusters = [...el.shadowRoot!.querySelectorAll('[part~="cluster"]')].map((n) =>
    Number.parseInt(n.getAttribute('aria-label') ?? '', 10),
  );
  expect(clusters).toEqual(c.clusters ?? []);
  expect(m.loads.map((e) => e.detail.count)).toEqual([c.labels.length + clusters.reduce((a, b) => a + b, 0)]);

  // Issues, exactly.
  const expected = c.issues.map(([index, field, message, id]) => ({
    index,
    field,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
    ...(id !== undefined && { id }),
  }));
  expect(el.issues).toEqual(expected);
  for (const issue of el.issues) {
    expect(Object.keys(issue).sort()).toEqual(
      issue.id === undefined ? ['field', 'index', 'message'] : ['field', 'id', 'index', 'message'],
    );
    if (issue.index === null) {
      expect(issue.message).toMatch(/^The document /);
      continue;
    }
    // §5: the message names the event (index, and id when it has one) and the field.
    expect(issue.message.startsWith(`Event ${issue.index}`)).toBe(true);
    if (issue.id !== undefined) expect(issue.message).toContain(`("${issue.id.slice(0, 20)}`);
    if (issue.field !== 'event') expect(issue.message).toContain(`"${issue.field}"`);
  }

  // The alert, and the events the host can listen to.
  const alert = el.shadowRoot!.querySelector('[part="error"]');
  if (c.issues.length === 0) {
    expect(alert).toBeNull();
    expect(m.errors).toHaveLength(0);
  } else {
    expect(alert?.getAttribute('role')).toBe('alert');
    const items = [...alert!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items.slice(0, 20)).toEqual(el.issues.slice(0, 20).map((i) => i.message));
    if (el.issues.length > 20) expect(items[20]).toBe(`… (+${el.issues.length - 20})`);
    expect(m.errors).toHaveLength(1);
    expect(m.errors[0].detail.message).toBe(el.issues[0].message);
    expect(m.errors[0].detail.issues).toEqual(el.issues);
  }
  if (c.title !== undefined) expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe(c.title);

  // Open every event's detail: its text must be shown as text, and its link (if any) must be safe.
  for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')) {
    button.click();
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    // The detail's heading is the title; the label may add qualifier marks ("c.", "?") around it, and a callout
    // its short date before it.
    const label = button.querySelector('[part~="label"]')!.cloneNode(true) as Element;
    for (const mark of label.querySelectorAll('.qualifier, .callout-date')) mark.remove();
    expect(detail.querySelector('h2')!.textContent).toBe(label.textContent);
    checkShadowDom(el);
  }
  checkShadowDom(el);

  // Give any injected handler (onerror, onload, ontoggle) the chance to run.
  await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(r));
  expect(window.__pwned).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(document.head.children.length).toBe(headElements);
  expect(getComputedStyle(el).display).not.toBe('none');
  expect(pageErrors).toEqual([]);
}

const counts = Object.entries(categories).map(([name, cases]) => `${name}: ${cases.length}`);

describe('bad input never hurts the page', () => {
  for (const [category, cases] of Object.entries(categories)) {
    describe(category, () => {
      for (const c of cases) test(c.name, () => check(c));
    });
  }

  test(`has at least 80 cases (${counts.join(', ')})`, () => {
    expect(Object.values(categories).flat().length).toBeGreaterThanOrEqual(80);
  });
});
