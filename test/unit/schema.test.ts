/**
 * Issue 15 §3: `schema.json` (JSON Schema draft 2020-12, exported as `event-timeline/schema.json`) checked with
 * Ajv against the showcase data, the converted CSV and TimelineJS documents, and the structural bad cases of the
 * parser's bad-input suite: every document the parser rejects for its structure, the schema rejects too. What a
 * schema cannot know is listed in `KNOWN_DIFFERENCES`, and each difference is asserted, so the list stays true.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { readInput } from '../../src/data/input.js';
import { parseDocument } from '../../src/data/parse.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('schema.json'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);
const valid = (doc: unknown) => validate(doc) === true;
const good = { date: '2020-09-27', title: 'Good' };

describe('schema.json accepts the showcase and the converted documents', () => {
  test.each(['data/karabakh.fr.json', 'data/karabakh.en.json', 'data/history.en.json'])('%s', (path) => {
    const doc = JSON.parse(read(path));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(parseDocument(doc).issues).toEqual([]);
  });

  test.each([
    'data/karabakh.fr.timelinejs.csv',
    'data/karabakh.fr.timelinejs.json',
    'test/fixtures/timelinejs/my-own-timeline.csv',
    'test/fixtures/timelinejs/houston.timeline3.json',
  ])('%s, converted to our format', (path) => {
    const doc = readInput(read(path), { url: path }).document;
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('declares draft 2020-12 and a "$schema" key in a document is allowed', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(valid({ $schema: 'https://unpkg.com/event-timeline/schema.json', events: [good] })).toBe(true);
  });

  test('null optional fields, unknown fields, media, categories and EDTF forms are accepted', () => {
    const events = [
      { ...good, end: null, description: null, url: null, group: null, id: null, extra: { any: 1 } },
      { date: '1994', end: '..', title: 'Ongoing' },
      { date: '199X', title: 'The 1990s' },
      { date: '2020-23', title: 'Autumn 2020' },
      { date: '1994~', title: 'c. 1994' },
      { date: '1994/2020-09-27', title: 'Interval' },
      { date: '-0500', title: '501 BC' },
      { date: 'Y-170002', title: 'Long ago' },
      { date: '2020-09-27T14:30:00.123456+04:00', title: 'Offset' },
      { date: '2020-09-27 14:30Z', title: 'Space' },
      { ...good, media: { url: '/a.jpg', alt: '', caption: 'c', credit: 'AFP' }, category: 'war' },
    ];
    expect(valid({ title: 'T', events, categories: { war: { label: 'Guerre', color: '#8a1538' } } })).toBe(true);
  });
});

/** Documents the parser rejects, or reports an issue on, for their structure or their written form. */
const STRUCTURAL: [name: string, doc: unknown][] = [
  ['a number', 42],
  ['a string', 'events'],
  ['null', null],
  ['true', true],
  ['an object without events', { title: 'T' }],
  ['events that is a string', { events: 'nope' }],
  ['events that is an object', { events: { 0: good } }],
  ['a title that is a number', { title: 3, events: [good] }],
  ['an event that is null', [good, null]],
  ['an event that is a number', [good, 1994]],
  ['an event that is an array', [good, ['1994', 'A']]],
  ['an event that is a string', [good, '1994 A']],
  ['a missing date', [{ title: 'A' }]],
  ['a date that is a number', [{ date: 1994, title: 'A' }]],
  ['a day-first date', [{ date: '27/09/2020', title: 'A' }]],
  ['a date in words', [{ date: 'yesterday', title: 'A' }]],
  ['a basic-format date', [{ date: '20200927', title: 'A' }]],
  ['a 3-digit year', [{ date: '994', title: 'A' }]],
  ['a one-digit month', [{ date: '2020-9-27', title: 'A' }]],
  ['month 13', [{ date: '2020-13', title: 'A' }]],
  ['day 32', [{ date: '2020-01-32', title: 'A' }]],
  ['hour 25', [{ date: '2020-09-27T25:00', title: 'A' }]],
  ['spaces around the date', [{ date: ' 1994', title: 'A' }]],
  ['an empty date', [{ date: '', title: 'A' }]],
  ['a missing title', [{ date: '1994' }]],
  ['an empty title', [{ date: '1994', title: '' }]],
  ['a blank title', [{ date: '1994', title: '   ' }]],
  ['a title of zero-width characters', [{ date: '1994', title: '\u200b\u200d' }]],
  ['a title that is a number', [{ date: '1994', title: 1994 }]],
  ['a title that is an object', [{ date: '1994', title: { fr: 'A' } }]],
  ['a description that is a number', [{ ...good, description: 42 }]],
  ['a group that is an array', [{ ...good, group: ['a'] }]],
  ['a blank group', [{ ...good, group: ' ' }]],
  ['an id that is a number', [{ ...good, id: 7 }]],
  ['an empty id', [{ ...good, id: '' }]],
  ['an end that is malformed', [{ ...good, end: '27/09/2020' }]],
  ['an end that is a number', [{ ...good, end: 2020 }]],
  ['a javascript: url', [{ ...good, url: 'javascript:alert(1)' }]],
  ['a data: url', [{ ...good, url: 'data:text/html,<script>alert(1)</script>' }]],
  ['a mailto: url', [{ ...good, url: 'mailto:x@example.org' }]],
  ['a url with spaces around it', [{ ...good, url: ' https://example.org/' }]],
  ['a url with a control character', [{ ...good, url: 'java\u0000script:alert(1)' }]],
  ['an empty url', [{ ...good, url: '' }]],
  ['a url that is a number', [{ ...good, url: 42 }]],
];

describe('schema.json rejects the structural bad cases the parser rejects', () => {
  test.each(STRUCTURAL)('%s', (_, doc) => {
    expect(parseDocument(doc).issues.length, 'the parser reports it').toBeGreaterThan(0);
    expect(valid(doc), 'the schema rejects it').toBe(false);
  });

  test(`covers at least 40 cases (${STRUCTURAL.length})`, () => {
    expect(STRUCTURAL.length).toBeGreaterThanOrEqual(40);
  });
});

/**
 * Where the schema and the parser disagree, and why. The schema is a pattern check: it cannot know calendars,
 * compare two fields or look across events. Each line is asserted below.
 */
const KNOWN_DIFFERENCES: [name: string, doc: unknown, schemaValid: boolean, parserReports?: boolean][] = [
  // Calendars: a regex cannot know how many days a month has.
  ['30 February (parser: not a real date)', [{ date: '2021-02-30', title: 'A' }], true],
  ['29 February in a common year', [{ date: '2021-02-29', title: 'A' }], true],
  // Two fields: a schema cannot compare date and end.
  ['an end before its date (parser: end ignored)', [{ date: '2020', end: '1994', title: 'A' }], true],
  // Across events: uniqueItems compares whole events, not one property.
  [
    'duplicate ids (parser: the later event is left out)',
    [
      { ...good, id: 'a' },
      { ...good, id: 'a' },
    ],
    true,
  ],
  // Years beyond ±250,000 with 6 digits: the pattern bounds digits, not values (20200927 is refused).
  ['year 300000 (parser: too far away)', [{ date: '300000', title: 'A' }], true],
  // The parser lets new URL() judge; the schema wants "//" after an http(s) scheme.
  ['https:example.org (parser: a link to https://example.org/)', [{ ...good, url: 'https:example.org' }], false],
  // Media: both refuse a javascript: url and a missing alt (the parser keeps the event and reports them).
  ['a javascript: media URL (both report it)', [{ ...good, media: { url: 'javascript:x', alt: '' } }], false, true],
  ['media without alt (both report it)', [{ ...good, media: { url: '/a.jpg' } }], false, true],
  // A pattern cannot tell a CSS colour; the element ignores one that is not.
  // In Node the parser has no CSS engine and checks only the characters; the browser's CSS.supports refuses it.
  ['a category colour that is not CSS', { events: [good], categories: { a: { color: 'url(x)' } } }, true, false],
  // Not even the schema lets a colour hold CSS punctuation.
  [
    'a colour that tries to write CSS',
    { events: [good], categories: { a: { color: 'red;} :host{display:none' } } },
    false,
    true,
  ],
];

describe('known differences between the schema and the parser', () => {
  test.each(KNOWN_DIFFERENCES)('%s', (_, doc, schemaValid, parserReports = schemaValid) => {
    expect(valid(doc)).toBe(schemaValid);
    expect(parseDocument(doc).issues.length > 0).toBe(parserReports);
  });
});
