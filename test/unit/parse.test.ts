import { describe, expect, test } from 'vitest';
import { ACCEPTED_DATE_FORMS } from '../../src/data/dates.js';
import { describeValue, isSafeUrl, parseDocument } from '../../src/data/parse.js';
import type { TimelineIssue } from '../../src/timeline.types.js';

const iso = (ms: number) => new Date(ms).toISOString();
const fields = (issues: readonly TimelineIssue[]) => issues.map((i) => [i.index, i.field]);

describe('parseDocument: document shapes', () => {
  test('parseDocument([...]) accepts an array of events', () => {
    const r = parseDocument([{ date: '1994', title: 'Founded' }]);
    expect(r.issues).toEqual([]);
    expect(r.title).toBeUndefined();
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({
      id: 'event-0',
      index: 0,
      title: 'Founded',
      start: Date.UTC(1994, 0, 1),
      end: Date.UTC(1995, 0, 1),
      isRange: false,
    });
    expect(r.events[0].date.precision).toBe('year');
  });

  test('parseDocument({ title, events }) keeps the document title', () => {
    const r = parseDocument({ title: 'History', events: [{ date: '2020-09-27', title: 'Ceasefire' }] });
    expect(r.title).toBe('History');
    expect(r.events).toHaveLength(1);
    expect(r.issues).toEqual([]);
  });

  test('parseDocument(JSON text) parses the text', () => {
    const r = parseDocument('{"title":"T","events":[{"date":"2020-09","title":"A"}]}');
    expect(r.title).toBe('T');
    expect(r.events[0].date.precision).toBe('month');
  });

  test('parseDocument(text with a BOM) ignores the BOM', () => {
    const r = parseDocument('\uFEFF[{"date":"1994","title":"A"}]');
    expect(r.issues).toEqual([]);
    expect(r.events).toHaveLength(1);
  });

  test('parseDocument("[") is a document-level JSON issue', () => {
    const r = parseDocument('[');
    expect(r.events).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ index: null, field: 'document' });
    expect(r.issues[0].message).toMatch(/^The document is not valid JSON: ./);
  });

  test('parseDocument("") is a document-level JSON issue', () => {
    const r = parseDocument('');
    expect(r.issues[0]).toMatchObject({ index: null, field: 'document' });
    expect(r.issues[0].message).toMatch(/^The document is not valid JSON/);
  });

  test('parseDocument(42) says it found a number', () => {
    const r = parseDocument(42);
    expect(r.events).toEqual([]);
    expect(r.issues).toEqual([{ index: null, field: 'document', message: expect.stringContaining('found a number') }]);
    expect(r.issues[0].message).toContain('expected an array of events or an object');
  });

  test('parseDocument("42") (JSON text of a number) says it found a number', () => {
    expect(parseDocument('42').issues[0].message).toContain('found a number');
  });

  test('parseDocument(null) and (undefined) are document-level issues', () => {
    expect(parseDocument(null).issues[0].message).toContain('found null');
    expect(parseDocument(undefined).issues[0].message).toContain('found nothing');
    expect(parseDocument('null').issues[0].message).toContain('found null');
  });

  test('parseDocument({}) says it found an object without an "events" array', () => {
    const r = parseDocument({ title: 'x' });
    expect(r.issues[0]).toMatchObject({ index: null, field: 'document' });
    expect(r.issues[0].message).toContain('found an object without an "events" array');
    expect(r.title).toBe('x');
  });

  test('parseDocument({ events: "nope" }) says what "events" is', () => {
    expect(parseDocument({ events: 'nope' }).issues[0].message).toContain('whose "events" is "nope"');
  });

  test('parseDocument({ title: 3, events: [] }) reports the title and ignores it', () => {
    const r = parseDocument({ title: 3, events: [] });
    expect(r.title).toBeUndefined();
    expect(r.issues).toEqual([{ index: null, field: 'title', message: expect.stringContaining('3 (a number)') }]);
  });

  test('parseDocument([]) is empty with no issues', () => {
    expect(parseDocument([])).toEqual({ events: [], issues: [] });
  });
});

describe('parseDocument: per-event validation', () => {
  test('parseDocument with a bad date names the event by id and shows the accepted forms', () => {
    const r = parseDocument([{ id: 'ceasefire', date: '27/09/2020', title: 'Ceasefire' }]);
    expect(r.events).toEqual([]);
    expect(r.issues).toEqual([{ index: 0, id: 'ceasefire', field: 'date', message: expect.any(String) }]);
    expect(r.issues[0].message).toMatch(/^Event 0 \("ceasefire"\): "date" is "27\/09\/2020", /);
    expect(r.issues[0].message).toContain(ACCEPTED_DATE_FORMS);
  });

  test('parseDocument with a bad date names the event by title when it has no id', () => {
    const r = parseDocument([{ date: 'yesterday', title: 'Lunch' }]);
    expect(r.issues[0].message).toBe(`Event 0 ("Lunch"): "date" is "yesterday", ${ACCEPTED_DATE_FORMS}.`);
    expect(r.issues[0].id).toBeUndefined();
  });

  test('parseDocument with date 1994 (a number) says it must be a string in quotes', () => {
    const r = parseDocument([{ date: 1994, title: 'A' }]);
    expect(r.events).toEqual([]);
    expect(r.issues[0].message).toContain('"date" is 1994 (a number), not a string: write it in quotes, like "1994"');
  });

  test('parseDocument with an impossible date ("2020-02-30") rejects the event', () => {
    const r = parseDocument([{ date: '2020-02-30', title: 'A' }]);
    expect(r.events).toEqual([]);
    expect(r.issues[0].message).toContain('February 2020 has 29 days');
  });

  test('parseDocument with a missing date rejects the event', () => {
    const r = parseDocument([{ title: 'A' }]);
    expect(r.issues).toEqual([{ index: 0, field: 'date', message: expect.stringContaining('"date" is missing') }]);
  });

  test('parseDocument with a missing, blank or non-string title rejects the event', () => {
    const r = parseDocument([
      { date: '1994' },
      { date: '1994', title: '   ' },
      { date: '1994', title: 42 },
      { date: '1994', title: '' },
    ]);
    expect(r.events).toEqual([]);
    expect(fields(r.issues)).toEqual([
      [0, 'title'],
      [1, 'title'],
      [2, 'title'],
      [3, 'title'],
    ]);
    expect(r.issues[0].message).toContain('"title" is missing');
    expect(r.issues[1].message).toContain('"title" is blank');
    expect(r.issues[2].message).toContain('"title" is 42 (a number)');
  });

  test('parseDocument keeps the title as written (not trimmed)', () => {
    expect(parseDocument([{ date: '1994', title: '  Padded ' }]).events[0].title).toBe('  Padded ');
  });

  test('parseDocument reports both a bad date and a bad title on one event', () => {
    expect(fields(parseDocument([{ date: 'x' }]).issues)).toEqual([
      [0, 'date'],
      [0, 'title'],
    ]);
  });

  test('parseDocument with a non-object event (null, number, array, string) is an "event" issue', () => {
    const r = parseDocument([null, 3, [], 'x', { date: '1994', title: 'ok' }]);
    expect(r.events.map((e) => e.index)).toEqual([4]);
    expect(fields(r.issues)).toEqual([
      [0, 'event'],
      [1, 'event'],
      [2, 'event'],
      [3, 'event'],
    ]);
    expect(r.issues[0].message).toBe('Event 0 is null, expected an object like { "date": "1994", "title": "…" }.');
  });

  test('parseDocument: one bad event never hides the good ones', () => {
    const r = parseDocument([
      { date: '1994', title: 'A' },
      { date: 'nope', title: 'B' },
      { date: '1996', title: 'C' },
    ]);
    expect(r.events.map((e) => e.title)).toEqual(['A', 'C']);
    expect(r.events.map((e) => e.id)).toEqual(['event-0', 'event-2']);
  });

  test('parseDocument truncates long echoed values to about 60 characters with an ellipsis', () => {
    const long = 'x'.repeat(200);
    const message = parseDocument([{ date: long, title: 'A' }]).issues[0].message;
    expect(message).toContain(`"${'x'.repeat(59)}…"`);
    expect(message).not.toContain('x'.repeat(61));
  });

  test('parseDocument escapes nothing in messages (the view renders them as text)', () => {
    const message = parseDocument([{ date: '<b>"x"</b>', title: 'A' }]).issues[0].message;
    expect(message).toContain('"<b>"x"</b>"');
  });
});

describe('parseDocument: ranges', () => {
  test('parseDocument with end makes a range covering both periods', () => {
    const [e] = parseDocument([{ date: '1994', end: '2020-09-27', title: 'Era' }]).events;
    expect(e.isRange).toBe(true);
    expect(e.endDate?.precision).toBe('day');
    expect(iso(e.start)).toBe('1994-01-01T00:00:00.000Z');
    expect(iso(e.end)).toBe('2020-09-28T00:00:00.000Z');
  });

  test('parseDocument accepts an end on the same day as the date', () => {
    const r = parseDocument([{ date: '2020-09-27', end: '2020-09-27', title: 'Day' }]);
    expect(r.issues).toEqual([]);
    expect(r.events[0].isRange).toBe(true);
  });

  test('parseDocument accepts an end inside the date period ("2020" to "2020-03")', () => {
    const r = parseDocument([{ date: '2020', end: '2020-03', title: 'Q1' }]);
    expect(r.issues).toEqual([]);
    expect(iso(r.events[0].end)).toBe('2020-04-01T00:00:00.000Z');
  });

  test('parseDocument with an end before the date reports "end" and keeps a point event', () => {
    const r = parseDocument([{ id: 'war', date: '1994', end: '1990', title: 'War' }]);
    expect(r.issues).toEqual([{ index: 0, id: 'war', field: 'end', message: expect.any(String) }]);
    expect(r.issues[0].message).toBe('Event 0 ("war"): "end" "1990" is before "date" "1994"; it was ignored.');
    expect(r.events[0]).toMatchObject({ isRange: false, end: Date.UTC(1995, 0, 1) });
    expect(r.events[0].endDate).toBeUndefined();
  });

  test('parseDocument with an end that finishes exactly when the date starts reports "end"', () => {
    const r = parseDocument([{ date: '2020', end: '2019-12-31', title: 'A' }]);
    expect(fields(r.issues)).toEqual([[0, 'end']]);
  });

  test('parseDocument with an invalid end reports "end" with the accepted forms', () => {
    const r = parseDocument([{ date: '1994', end: 'later', title: 'A' }]);
    expect(r.issues[0].field).toBe('end');
    expect(r.issues[0].message).toContain(ACCEPTED_DATE_FORMS);
    expect(r.events).toHaveLength(1);
  });

  test('parseDocument treats end: null as no end', () => {
    const r = parseDocument([{ date: '1994', end: null, title: 'A' }]);
    expect(r.issues).toEqual([]);
    expect(r.events[0].isRange).toBe(false);
  });
});

describe('parseDocument: ids', () => {
  test('parseDocument gives default ids event-<index>', () => {
    const r = parseDocument([
      { date: '1995', title: 'B' },
      { date: '1994', title: 'A' },
    ]);
    expect(r.events.map((e) => [e.id, e.index])).toEqual([
      ['event-1', 1],
      ['event-0', 0],
    ]);
  });

  test('parseDocument keeps the first of duplicate ids and rejects the later ones', () => {
    const r = parseDocument([
      { id: 'a', date: '2000', title: 'First' },
      { id: 'a', date: '1990', title: 'Second' },
      { id: 'b', date: '2001', title: 'Third' },
    ]);
    expect(r.events.map((e) => [e.id, e.title])).toEqual([
      ['a', 'First'],
      ['b', 'Third'],
    ]);
    expect(r.issues).toEqual([{ index: 1, id: 'a', field: 'id', message: expect.stringContaining('already used') }]);
    expect(r.issues[0].message).toMatch(/^Event 1 \("a"\): /);
  });

  test('parseDocument: an invalid event does not reserve its id', () => {
    const r = parseDocument([
      { id: 'a', date: 'bad', title: 'Broken' },
      { id: 'a', date: '1990', title: 'Good' },
    ]);
    expect(r.events.map((e) => e.id)).toEqual(['a']);
    expect(fields(r.issues)).toEqual([[0, 'date']]);
  });

  test('parseDocument: a given id equal to another event default id is fine; the default moves aside', () => {
    const r = parseDocument([
      { date: '1994', title: 'Default' },
      { id: 'event-0', date: '1995', title: 'Given' },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.events.map((e) => [e.id, e.title])).toEqual([
      ['event-0-2', 'Default'],
      ['event-0', 'Given'],
    ]);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(2);
  });

  test('parseDocument with a number or empty id reports "id" and uses the default id', () => {
    const r = parseDocument([
      { id: 7, date: '1994', title: 'A' },
      { id: '', date: '1995', title: 'B' },
    ]);
    expect(r.events.map((e) => e.id)).toEqual(['event-0', 'event-1']);
    expect(fields(r.issues)).toEqual([
      [0, 'id'],
      [1, 'id'],
    ]);
    expect(r.issues[0].message).toContain('"id" is 7 (a number), expected a non-empty string');
  });

  test('parseDocument: final ids are always unique', () => {
    const input = [
      { date: '2000', title: 'a' },
      { id: 'event-0', date: '2000', title: 'b' },
      { id: 'event-0-2', date: '2000', title: 'c' },
      { id: 'x', date: '2000', title: 'd' },
      { id: 'x', date: '2000', title: 'e' },
    ];
    const ids = parseDocument(input).events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('event-0-3');
  });
});

describe('parseDocument: optional fields', () => {
  test('parseDocument keeps description (with newlines), url and group', () => {
    const [e] = parseDocument([
      { date: '1994', title: 'A', description: 'line 1\nline 2', url: 'https://example.org/a', group: 'Politics' },
    ]).events;
    expect(e).toMatchObject({ description: 'line 1\nline 2', url: 'https://example.org/a', group: 'Politics' });
  });

  test('parseDocument omits absent optional fields from the event', () => {
    const [e] = parseDocument([{ date: '1994', title: 'A' }]).events;
    expect(Object.keys(e).sort()).toEqual(['date', 'end', 'id', 'index', 'isRange', 'source', 'start', 'title']);
  });

  test('parseDocument with a non-string description or group reports it, drops it and keeps the event', () => {
    const r = parseDocument([{ date: '1994', title: 'A', description: 42, group: { name: 'x' } }]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0].description).toBeUndefined();
    expect(r.events[0].group).toBeUndefined();
    expect(fields(r.issues)).toEqual([
      [0, 'description'],
      [0, 'group'],
    ]);
  });

  const badUrls = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.org',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'http://',
    'https:',
    '',
    '   ',
    'https://example.org/\u0000',
  ];
  for (const url of badUrls) {
    test(`parseDocument with url ${JSON.stringify(url)} reports "url", drops the link and keeps the event`, () => {
      const r = parseDocument([{ date: '1994', title: 'A', url }]);
      expect(r.events).toHaveLength(1);
      expect(r.events[0].url).toBeUndefined();
      expect(r.issues).toEqual([{ index: 0, field: 'url', message: expect.stringContaining('the link was left out') }]);
    });
  }

  test('parseDocument with a non-string url (42) reports "url"', () => {
    const r = parseDocument([{ date: '1994', title: 'A', url: 42 }]);
    expect(r.events[0].url).toBeUndefined();
    expect(r.issues[0].message).toContain('"url" is 42 (a number)');
  });

  const goodUrls = [
    'https://example.org/a?b=c#d',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/',
    '/about',
    './page.html',
    '../up',
    '#section',
    '?q=1',
    'page.html',
    'docs/page:with-colon',
    '//example.org/protocol-relative',
  ];
  for (const url of goodUrls) {
    test(`parseDocument with url ${JSON.stringify(url)} keeps it`, () => {
      const r = parseDocument([{ date: '1994', title: 'A', url }]);
      expect(r.issues).toEqual([]);
      expect(r.events[0].url).toBe(url);
    });
  }

  test('isSafeUrl("mailto:x") is false and isSafeUrl("/x") is true', () => {
    expect(isSafeUrl('mailto:x')).toBe(false);
    expect(isSafeUrl('/x')).toBe(true);
  });

  test('parseDocument ignores unknown fields and keeps them in source', () => {
    const input = { date: '1994', title: 'A', color: 'red', extra: { deep: true } };
    const r = parseDocument([input]);
    expect(r.issues).toEqual([]);
    expect(r.events[0].source).toBe(input);
    expect(r.events[0].source.color).toBe('red');
  });

  test('parseDocument treats null optional fields as absent', () => {
    const r = parseDocument([{ id: null, date: '1994', title: 'A', description: null, url: null, group: null }]);
    expect(r.issues).toEqual([]);
    expect(r.events[0].id).toBe('event-0');
  });
});

describe('parseDocument: sorting', () => {
  test('parseDocument sorts events by start, then end, then input order', () => {
    const r = parseDocument([
      { id: 'late', date: '2000', title: 'x' },
      { id: 'long', date: '1990', end: '1999', title: 'x' },
      { id: 'year', date: '1990', title: 'x' },
      { id: 'tie-a', date: '1990-01-01', title: 'x' },
      { id: 'tie-b', date: '1990-01-01', title: 'x' },
      { id: 'bce', date: '-0500', title: 'x' },
      { id: 'month', date: '1990-01', title: 'x' },
    ]);
    expect(r.events.map((e) => e.id)).toEqual(['bce', 'tie-a', 'tie-b', 'month', 'year', 'long', 'late']);
  });

  test('parseDocument sorts issues by input index, document issues first', () => {
    const r = parseDocument({
      title: 1,
      events: [
        { id: 'a', date: '1994', title: 'x' },
        { id: 'a', date: '1994', title: 'x' },
        { date: 'bad', title: 'x' },
      ],
    });
    expect(fields(r.issues)).toEqual([
      [null, 'title'],
      [1, 'id'],
      [2, 'date'],
    ]);
  });
});

describe('parseDocument: time zones', () => {
  test('parseDocument(…, { timeZone: "Asia/Tokyo" }) places offset date-times at Tokyo wall-clock time', () => {
    const r = parseDocument([{ date: '2020-09-27T15:30Z', title: 'A' }], { timeZone: 'Asia/Tokyo' });
    expect(iso(r.events[0].start)).toBe('2020-09-28T00:30:00.000Z');
  });

  test('parseDocument(…, { timeZone: "Europe/Paris" }) converts both date and end', () => {
    const r = parseDocument([{ date: '2020-09-27T10:00Z', end: '2020-09-27T12:00Z', title: 'A' }], {
      timeZone: 'Europe/Paris',
    });
    expect(iso(r.events[0].start)).toBe('2020-09-27T12:00:00.000Z');
    expect(iso(r.events[0].end)).toBe('2020-09-27T14:01:00.000Z');
  });
});

describe('parseDocument: hostile input', () => {
  test('parseDocument(JSON with "__proto__") does not pollute Object.prototype', () => {
    const text =
      '{"__proto__": {"polluted": 1}, "events": [{"__proto__": {"polluted": 2}, "constructor": {"prototype": {"polluted": 3}}, "date": "1994", "title": "A"}]}';
    const r = parseDocument(text);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(r.events).toHaveLength(1);
    expect(r.issues).toEqual([]);
  });

  test('parseDocument(JSON.parse with "__proto__") does not pollute Object.prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": 1}, "events": [{"date": "1994", "title": "A"}]}');
    const r = parseDocument(value);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.events).toHaveLength(1);
  });

  test('parseDocument ignores inherited fields (title and date from a prototype)', () => {
    const proto = { date: '1994', title: 'Inherited' };
    const r = parseDocument([Object.create(proto)]);
    expect(r.events).toEqual([]);
    expect(fields(r.issues)).toEqual([
      [0, 'date'],
      [0, 'title'],
    ]);
  });

  test('parseDocument accepts events made with Object.create(null)', () => {
    const e = Object.assign(Object.create(null), { date: '1994', title: 'A' });
    expect(parseDocument([e]).events).toHaveLength(1);
  });

  test('parseDocument never throws on weird values', () => {
    const weird: unknown[] = [
      null,
      undefined,
      42,
      '',
      '[',
      '{',
      '"text"',
      'null',
      true,
      Symbol('x'),
      10n,
      () => 1,
      new Date(0),
      new Map(),
      [[[]]],
      [undefined, Number.NaN, Symbol('y')],
      { events: null },
      { events: {} },
      Object.create(null),
    ];
    for (const value of weird) {
      expect(() => parseDocument(value)).not.toThrow();
      const r = parseDocument(value);
      expect(Array.isArray(r.events)).toBe(true);
      expect(Array.isArray(r.issues)).toBe(true);
    }
  });

  test('parseDocument(event with a throwing getter) reports that event and keeps the others', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        },
      },
    );
    const getter = {
      date: '1994',
      get title(): string {
        throw new Error('no title for you');
      },
    };
    const r = parseDocument([{ date: '1990', title: 'Good' }, hostile, getter]);
    expect(r.events.map((e) => e.title)).toEqual(['Good']);
    expect(r.issues).toEqual([
      { index: 1, field: 'event', message: 'Event 1 could not be read: boom' },
      { index: 2, field: 'event', message: 'Event 2 could not be read: no title for you' },
    ]);
  });

  test('parseDocument(a Proxy document whose traps throw) is a document-level issue', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const doc = new Proxy({}, { get: trap, getOwnPropertyDescriptor: trap, has: trap, ownKeys: trap });
    const r = parseDocument(doc);
    expect(r.events).toEqual([]);
    expect(r.issues[0]).toMatchObject({ index: null, field: 'document' });
  });

  test('parseDocument(an array Proxy whose length throws) is a document-level issue', () => {
    const list = new Proxy([], {
      get(target, key) {
        if (key === 'length') throw new Error('no length');
        return Reflect.get(target, key);
      },
    });
    const r = parseDocument(list);
    expect(r.issues).toEqual([
      { index: null, field: 'document', message: 'The document could not be read: no length' },
    ]);
  });

  test('parseDocument(a revoked Proxy) does not throw', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => parseDocument(proxy)).not.toThrow();
    expect(() => parseDocument([proxy])).not.toThrow();
    expect(parseDocument([proxy]).issues[0].field).toBe('event');
  });

  test('parseDocument(an error whose message getter throws) still reports', () => {
    const evil = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw {
            get message() {
              throw new Error('nested');
            },
            toString() {
              throw new Error('nested');
            },
          };
        },
      },
    );
    expect(() => parseDocument([evil])).not.toThrow();
  });
});

describe('describeValue', () => {
  test('describeValue shows strings in quotes and says the type of other values', () => {
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(1994)).toBe('1994 (a number)');
    expect(describeValue(true)).toBe('true (a boolean)');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([])).toBe('an array');
    expect(describeValue({})).toBe('an object');
  });
});

describe('parseDocument: EDTF intervals, ongoing and unknown ends (issue 20)', () => {
  const NOW = Date.UTC(2026, 11, 2, 1, 30); // 2026-12-02T01:30Z
  const one = (event: Record<string, unknown>, options: Parameters<typeof parseDocument>[1] = { now: NOW }) =>
    parseDocument([{ title: 'A', ...event }], options);

  test('"date": "1994/2020-09-27" is the same event as "date": "1994", "end": "2020-09-27"', () => {
    const a = one({ date: '1994/2020-09-27' });
    const b = one({ date: '1994', end: '2020-09-27' });
    expect(a.issues).toEqual([]);
    expect(a.events[0]).toMatchObject({ start: 757382400000, end: 1601251200000, isRange: true });
    expect(a.events[0].endDate?.end).toBe(b.events[0].endDate?.end);
    expect([a.events[0].start, a.events[0].end]).toEqual([b.events[0].start, b.events[0].end]);
    expect(a.events[0].openEnd).toBeUndefined();
  });

  test('"date": "1994/.." is ongoing: a range up to the present moment (the now option), no endDate', () => {
    const r = one({ date: '1994/..' });
    expect(r.issues).toEqual([]);
    expect(r.events[0]).toMatchObject({ start: 757382400000, end: NOW, isRange: true, openEnd: 'ongoing' });
    expect(r.events[0].endDate).toBeUndefined();
  });

  test('"end": ".." also means ongoing', () => {
    const r = one({ date: '2020-23', end: '..' });
    expect(r.issues).toEqual([]);
    expect(r.events[0]).toMatchObject({ start: 1598918400000, end: NOW, isRange: true, openEnd: 'ongoing' });
  });

  test('an ongoing era ends at the wall-clock present in the time zone (Asia/Tokyo: 10:30)', () => {
    const r = one({ date: '1994/..' }, { now: NOW, timeZone: 'Asia/Tokyo' });
    expect(r.events[0].end).toBe(Date.UTC(2026, 11, 2, 10, 30));
  });

  test('an ongoing era that starts after now still covers its start: "2030/.." ends at the end of 2030', () => {
    const r = one({ date: '2030/..' });
    expect(r.events[0]).toMatchObject({ start: Date.UTC(2030, 0, 1), end: Date.UTC(2031, 0, 1) });
  });

  test('without the now option, an ongoing era ends at Date.now()', () => {
    const before = Date.now();
    const r = one({ date: '1994/..' }, {});
    expect(r.events[0].end).toBeGreaterThanOrEqual(before);
    expect(r.events[0].end).toBeLessThanOrEqual(Date.now());
  });

  test('"date": "1994/" has an unknown end: a range over what is known (1994), flagged for a fading end', () => {
    const r = one({ date: '1994/' });
    expect(r.issues).toEqual([]);
    expect(r.events[0]).toMatchObject({
      start: 757382400000,
      end: 788918400000,
      isRange: true,
      openEnd: 'unknown',
    });
  });

  test('an empty "end" is not an unknown end: reported and ignored, the event stays a point', () => {
    const r = one({ date: '1994', end: '' });
    expect(fields(r.issues)).toEqual([[0, 'end']]);
    expect(r.events[0]).toMatchObject({ isRange: false, end: 788918400000 });
    expect(r.events[0].openEnd).toBeUndefined();
  });

  test('an interval "date" and an "end" too: the end is reported as given twice and ignored', () => {
    const r = one({ date: '1994/2000', end: '2010' });
    expect(fields(r.issues)).toEqual([[0, 'end']]);
    expect(r.issues[0].message).toContain('"end" "2010" was ignored: "date" "1994/2000" already has an end');
    expect(r.events[0].end).toBe(Date.UTC(2001, 0, 1));
  });

  test('an open or unknown start ("../2020", "/2020") rejects the event: it needs a known start', () => {
    const r = parseDocument([
      { date: '../2020', title: 'A' },
      { date: '/2020', title: 'B' },
    ]);
    expect(r.events).toEqual([]);
    expect(fields(r.issues)).toEqual([
      [0, 'date'],
      [1, 'date'],
    ]);
    expect(r.issues[0].message).toMatch(/^Event 0 \("A"\): "date" is "..\/2020", an event needs a known start/);
  });

  test('an interval whose end is before its start rejects the event, with both ends named', () => {
    const r = one({ date: '2020/1994' });
    expect(r.events).toEqual([]);
    expect(r.issues[0].message).toContain('its end "1994" is before its start "2020"');
  });

  test('a bad "end" names ".." as the way to say ongoing', () => {
    const r = one({ date: '1994', end: 'now' });
    expect(r.issues[0].message).toMatch(/, or "\.\." \(ongoing\)\. It was ignored\.$/);
  });

  test('the Done-means forms of issue 20 are all accepted with no issue', () => {
    const dates = [
      '2020-09-27T04:10:00.123456+04:00',
      '2020-09-27 06:00:00Z',
      '2020-10-01T09:00:00+0400',
      '2020-09-27T24:00',
      '199X',
      '2020-23',
      '1994/..',
      '1994/2020-09-27',
      'Y-170002',
    ];
    const r = parseDocument(
      dates.map((date) => ({ date, title: date })),
      { now: NOW },
    );
    expect(r.issues).toEqual([]);
    expect(r.events).toHaveLength(dates.length);
  });

  test('the Done-means bad inputs of issue 20 are each one issue on "date"', () => {
    const bad = ['2020-09-27T04:10+14:30', 'Y9999', '2004-~06', '20200927', 1601164800000];
    const r = parseDocument(bad.map((date) => ({ date, title: 'x' })));
    expect(r.events).toEqual([]);
    expect(r.issues.map((i) => i.field)).toEqual(['date', 'date', 'date', 'date', 'date']);
    expect(r.issues[4].message).toContain('"date" is 1601164800000 (a number), not a string: write it in quotes');
  });
});
