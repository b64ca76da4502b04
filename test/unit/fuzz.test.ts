/**
 * Property-based fuzzing of the parser and the layout (issue 7 §2): whatever the host gives, parsing never throws
 * and only keeps events with a real date; the layout never overlaps labels, never draws at NaN and loses no event.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ACCEPTED_DATE_FORMS, floatingDate, MAX_YEAR, parseDate, parseInterval } from '../../src/data/dates.js';
import { parseDocument } from '../../src/data/parse.js';
import { laneNames, layoutEvents, type PlacedEvent, type PlacedItem } from '../../src/layout/events.js';
import { createTimeScale, paddedDomain } from '../../src/layout/scale.js';
import { DATE_PRECISIONS, type ParseResult, type TimelineEvent } from '../../src/timeline.types.js';

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 200) };

// ── Generators ──────────────────────────────────────────────────────────────

const pad = (n: number, width: number) => {
  const text = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${text}` : text;
};

/** Date strings near the grammar: mostly valid, some impossible (month 13, day 32, hour 24), some huge years. */
const dateText = fc
  .record({
    year: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1800, max: 2100 }) },
      { weight: 2, arbitrary: fc.integer({ min: -9999, max: 9999 }) },
      { weight: 1, arbitrary: fc.integer({ min: -400_000, max: 400_000 }) },
    ),
    plus: fc.boolean(),
    month: fc.option(fc.integer({ min: 0, max: 13 })),
    day: fc.option(fc.integer({ min: 0, max: 32 })),
    time: fc.option(
      fc.record({
        h: fc.integer({ min: 0, max: 25 }),
        mi: fc.integer({ min: 0, max: 61 }),
        s: fc.option(fc.integer({ min: 0, max: 61 })),
        ms: fc.option(fc.integer({ min: 0, max: 999 })),
        offset: fc.option(fc.constantFrom('Z', '+02:00', '-05:30', '+14:00', '-12:00', '+24:00')),
      }),
    ),
    qualifier: fc.constantFrom('', '', '', '~', '?', '%'),
  })
  .map(({ year, plus, month, day, time, qualifier }) => {
    let text = `${plus && year >= 0 ? '+' : ''}${pad(year, 4)}`;
    if (month !== null) {
      text += `-${pad(month, 2)}`;
      if (day !== null) {
        text += `-${pad(day, 2)}`;
        if (time) {
          text += `T${pad(time.h, 2)}:${pad(time.mi, 2)}`;
          if (time.s !== null) {
            text += `:${pad(time.s, 2)}`;
            if (time.ms !== null) text += `.${pad(time.ms, 3)}`;
          }
          text += time.offset ?? '';
        }
      }
    }
    return text + qualifier;
  });

/** Any value a field might hold: dates, near-dates, junk of every type. */
const fieldValue = fc.oneof(
  { weight: 4, arbitrary: dateText },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.anything() },
);

/** Objects that look like events: the known fields (often valid, often not) plus unknown and hostile keys. */
const eventLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'event-0', 'event-1', '', '__proto__', 'constructor'), fc.anything()),
    date: fieldValue,
    end: fieldValue,
    title: fc.oneof({ weight: 4, arbitrary: fc.string({ minLength: 1 }) }, { weight: 1, arbitrary: fc.anything() }),
    description: fc.oneof(fc.string(), fc.anything()),
    url: fc.oneof(
      fc.constantFrom('https://example.org/', '/a', 'javascript:alert(1)', 'data:text/html,x', ' http://x'),
      fc.webUrl(),
      fc.anything(),
    ),
    group: fc.oneof(fc.constantFrom('A', 'B'), fc.anything()),
    __proto__: fc.anything(),
    constructor: fc.anything(),
  },
  { requiredKeys: ['date', 'title'] },
);

const documentLike = fc.oneof(
  fc.array(fc.oneof({ weight: 5, arbitrary: eventLike }, { weight: 1, arbitrary: fc.anything() })),
  fc.record({ title: fc.anything(), events: fc.array(eventLike) }, { requiredKeys: ['events'] }),
);

/** Text that is JSON, JSON cut short, or JSON with a few characters changed. */
const jsonishText = fc.oneof(
  fc.json(),
  documentLike.map((d) => JSON.stringify(d) ?? ''),
  fc
    .tuple(
      documentLike.map((d) => JSON.stringify(d) ?? ''),
      fc.nat(),
      fc.constantFrom('', ',', ']', '}', '{', '[', '"', 'NaN', '\uFEFF', '\u0000', '/*', "'"),
    )
    .map(([text, at, insert]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + insert + text.slice(i);
    }),
  fc.string(),
);

// ── Parser properties ─────────────────────────────────────────────────────────

function checkResult(result: ParseResult, length: number): void {
  const ids = new Set<string>();
  for (const e of result.events) {
    expect(Number.isFinite(e.start) && Number.isFinite(e.end)).toBe(true);
    expect(e.start).toBeLessThan(e.end);
    expect(DATE_PRECISIONS).toContain(e.date.precision);
    expect(e.date.start).toBeLessThan(e.date.end);
    expect(typeof e.title === 'string' && e.title.trim() !== '').toBe(true);
    if (e.endDate) {
      expect(DATE_PRECISIONS).toContain(e.endDate.precision);
      expect(e.endDate.end).toBeGreaterThan(e.date.start);
    }
    for (const field of ['description', 'url', 'group'] as const) {
      if (e[field] !== undefined) expect(typeof e[field]).toBe('string');
    }
    if (e.url !== undefined) expect(e.url).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
  }
  for (let i = 1; i < result.events.length; i++) {
    expect(result.events[i - 1].start).toBeLessThanOrEqual(result.events[i].start);
  }
  for (const issue of result.issues) {
    expect(issue.index === null || (Number.isInteger(issue.index) && issue.index >= 0 && issue.index < length)).toBe(
      true,
    );
    expect(typeof issue.field).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(10);
    // Echoed values are truncated: a message never carries a whole 100,000-character title.
    expect(issue.message.length).toBeLessThan(600);
  }
}

const lengthOf = (value: unknown): number => {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object' && Array.isArray((value as { events?: unknown }).events)) {
    return (value as { events: unknown[] }).events.length;
  }
  return 0;
};

describe('parseDocument (fuzzed)', () => {
  test('never throws for any value, and keeps only events with a finite, ordered, valid date', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }), (v) => {
        checkResult(parseDocument(v), lengthOf(v));
      }),
      RUNS,
    );
  });

  test('never throws for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        checkResult(parseDocument(v), lengthOf(v));
      }),
      RUNS,
    );
  });

  test('never throws for event-like documents, and every event is either kept or has an issue', () => {
    fc.assert(
      fc.property(documentLike, fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Tokyo', 'Not/AZone'), (doc, tz) => {
        const result = parseDocument(doc, { timeZone: tz });
        const length = lengthOf(doc);
        checkResult(result, length);
        const kept = new Set(result.events.map((e) => e.index));
        const reported = new Set(result.issues.map((i) => i.index));
        for (let i = 0; i < length; i++) expect(kept.has(i) || reported.has(i)).toBe(true);
      }),
      RUNS,
    );
  });

  test('never throws for JSON-ish text (valid, truncated, or with stray characters)', () => {
    fc.assert(
      fc.property(jsonishText, (text) => {
        const result = parseDocument(text);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        } catch {
          expect(result.events).toEqual([]);
          expect(result.issues).toEqual([
            { index: null, field: 'document', message: expect.stringMatching(/^The document is not valid JSON/) },
          ]);
          return;
        }
        checkResult(result, lengthOf(parsed));
      }),
      RUNS,
    );
  });

  test('does not let __proto__ or constructor keys pollute prototypes', () => {
    fc.assert(
      fc.property(jsonishText, (text) => {
        parseDocument(text.replaceAll('"id"', '"__proto__"').replaceAll('"group"', '"constructor"'));
        expect(({} as Record<string, unknown>).title).toBeUndefined();
        expect(({} as Record<string, unknown>).date).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('parseDate (fuzzed)', () => {
  test('an accepted date has a finite period, start before end, and a known precision', () => {
    fc.assert(
      fc.property(fc.oneof(dateText, fc.string(), fc.anything()), (text) => {
        const r = parseDate(text);
        if (r.ok) {
          expect(Number.isFinite(r.date.start) && Number.isFinite(r.date.end)).toBe(true);
          expect(r.date.start).toBeLessThan(r.date.end);
          expect(DATE_PRECISIONS).toContain(r.date.precision);
          expect(r.date.text).toBe(text);
        } else {
          expect(r.reason).toMatch(/expected YYYY, YYYY-MM, YYYY-MM-DD/);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  test('parseInterval on strings of date characters: never throws; accepted spans are finite and ordered', () => {
    // Every character the grammar uses, so the generator reaches EDTF forms, offsets and intervals and their
    // near misses (2020-00-XX, 1994//, Y-, 24:00:00.5, +14:60) rather than only random text.
    const piece = fc.constantFrom(
      ...'0123456789'.split(''),
      ...['19', '20', '199X', '19XX', 'XX', '-', '/', '..', ':', '.', 'T', ' ', 'Z', '+', '\u2212', '~', '?', '%', 'Y'],
      ...['2020-', '09-', '27', 'T24:00', ':60', '+14:00', '-12:00', '+0400', '-21', '-23', '-24', '-25'],
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          const r = parseInterval(text, { timeZone: 'Asia/Tokyo' });
          if (!r.ok) {
            expect(r.reason.endsWith(ACCEPTED_DATE_FORMS)).toBe(true);
            return;
          }
          for (const d of [r.date, r.end]) {
            if (!d) continue;
            expect(Number.isFinite(d.start) && Number.isFinite(d.end)).toBe(true);
            expect(d.start).toBeLessThan(d.end);
            expect(DATE_PRECISIONS).toContain(d.precision);
            expect(Math.abs(new Date(d.start).getUTCFullYear())).toBeLessThanOrEqual(MAX_YEAR + 1);
          }
          if (r.end) expect(r.end.end).toBeGreaterThan(r.date.start);
          expect(r.end !== undefined && r.openEnd !== undefined).toBe(false);
          expect(text.includes('/')).toBe(r.end !== undefined || r.openEnd !== undefined);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  test('a valid year-month-day is read back as that calendar day, for every year the timeline can show', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_YEAR, max: MAX_YEAR }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const r = parseDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const d = new Date(r.date.start);
          expect([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]).toEqual([year, month, day]);
          expect(r.date.end - r.date.start).toBe(86_400_000);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe('the axis of accepted dates (fuzzed)', () => {
  test('the padded domain around any accepted events stays inside JavaScript dates', () => {
    const edgeYear = fc.oneof(
      fc.integer({ min: -MAX_YEAR, max: MAX_YEAR }),
      fc.constantFrom(-MAX_YEAR, MAX_YEAR, MAX_YEAR - 1),
    );
    fc.assert(
      fc.property(edgeYear, edgeYear, (a, b) => {
        const { events } = parseDocument([
          { date: pad(a, 4), title: 'a' },
          { date: `${pad(b, 4)}-12-31T23:59`, title: 'b' },
        ]);
        expect(events).toHaveLength(2);
        const min = Math.min(...events.map((e) => e.start));
        const max = Math.max(...events.map((e) => e.end));
        const [d0, d1] = createTimeScale(paddedDomain(min, max), [0, 1000]).domain();
        expect(Number.isNaN(d0.getTime()) || Number.isNaN(d1.getTime())).toBe(false);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});

// ── Layout properties ─────────────────────────────────────────────────────────

/** Valid events, made by the parser so they look exactly like the element's. */
const layoutInput = fc.record({
  events: fc.array(
    fc.record({
      year: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 2015, max: 2020 }) },
        { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
      ),
      month: fc.option(fc.integer({ min: 1, max: 12 })),
      day: fc.option(fc.integer({ min: 1, max: 28 })),
      time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
      endYears: fc.option(fc.integer({ min: 0, max: 200 })),
      group: fc.option(fc.constantFrom('A', 'B', 'C')),
      titleLength: fc.integer({ min: 1, max: 200 }),
    }),
    { maxLength: 120, size: 'large' },
  ),
  width: fc.oneof(fc.integer({ min: 1, max: 2400 }), fc.constant(0)),
  breadth: fc.integer({ min: 0, max: 900 }),
  rowSize: fc.integer({ min: 10, max: 60 }),
  charWidth: fc.double({ min: 0, max: 12, noNaN: true }),
  // The visible window: 10^-8 of the data's span (zoomed far in) to 4 times it, centred on an event or anywhere.
  zoom: fc.double({ min: -8, max: 0.6, noNaN: true }),
  centre: fc.oneof(fc.nat(), fc.double({ min: -0.5, max: 1.5, noNaN: true })),
});

function eventsFor(input: typeof layoutInput extends fc.Arbitrary<infer T> ? T : never): TimelineEvent[] {
  const raw = input.events.map((e, i) => {
    let date = pad(e.year, 4);
    if (e.month !== null) {
      date += `-${pad(e.month, 2)}`;
      if (e.day !== null) {
        date += `-${pad(e.day, 2)}`;
        if (e.time) date += `T${pad(e.time[0], 2)}:${pad(e.time[1], 2)}`;
      }
    }
    return {
      date,
      ...(e.endYears !== null && { end: pad(e.year + e.endYears, 4) }),
      ...(e.group !== null && { group: e.group }),
      title: `${i}:${'m'.repeat(e.titleLength)}`,
    };
  });
  return parseDocument(raw).events;
}

const overlap = (items: readonly PlacedItem[]): [PlacedItem, PlacedItem] | null => {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      // Items share a row when their rows (a wrapped label takes several) meet in one lane.
      const rows = (i: PlacedItem) => [i.row, i.row + (i.kind === 'event' ? (i.lines ?? 1) : 1) - 1];
      const [a0, a1] = rows(a);
      const [b0, b1] = rows(b);
      if (a.lane === b.lane && a0 <= b1 && b0 <= a1 && a.from < b.to && b.from < a.to) return [a, b];
    }
  }
  return null;
};

describe('layoutEvents (fuzzed)', () => {
  test('never overlaps items in a row, never yields NaN, and places or clusters each visible event once', () => {
    fc.assert(
      fc.property(layoutInput, (input) => {
        const events = eventsFor(input);
        let min = Math.min(...events.map((e) => e.start));
        let max = Math.max(...events.map((e) => e.end));
        if (!Number.isFinite(min)) {
          min = floatingDate(2000);
          max = floatingDate(2001);
        }
        const span = Math.max(60_000, (max - min) * 10 ** input.zoom);
        const centre = Number.isInteger(input.centre)
          ? (events[input.centre % Math.max(1, events.length)]?.start ?? min)
          : min + (max - min) * input.centre;
        const scale = createTimeScale([centre - span / 2, centre + span / 2], [0, input.width]);
        const lanes = laneNames(events);
        const layout = layoutEvents(events, scale, lanes, {
          labelWidth: (e) => Math.min(300, e.title.length * input.charWidth),
          clusterWidth: (n) => String(n).length * 8 + 12,
          clusterLabelWidth: (first, last, n) =>
            (first.title.length + last.title.length + String(n).length) * input.charWidth,
          // Callouts on every other input, so both the stacks and the count labels they fall back to are drawn.
          ...(input.width % 2 === 0 && {
            calloutWidth: (e: TimelineEvent, year: boolean) => (e.title.length + (year ? 14 : 9)) * input.charWidth,
          }),
          // Wrapping on every third input: a label takes ceil(width / room) lines of at most the room.
          ...(input.width % 3 === 0 && {
            wrapLabel: (e: TimelineEvent, room: number, year: boolean | undefined) => {
              const full = (e.title.length + (year === undefined ? 0 : 9)) * input.charWidth;
              return { lines: Math.max(1, Math.ceil(full / Math.max(1, room))), width: Math.min(full, room) };
            },
          }),
          breadth: input.breadth,
          rowSize: input.rowSize,
        });

        for (const item of layout.items) {
          const numbers = [item.t, item.across, item.from, item.to];
          if (item.kind === 'event') {
            numbers.push(item.t2, item.labelT);
            if (item.band) numbers.push(item.band.t, item.band.t2);
          } else {
            numbers.push(item.start, item.end);
            if (item.label) numbers.push(item.label.t);
            expect(item.count).toBe(item.events.length);
          }
          for (const n of numbers) expect(Number.isNaN(n)).toBe(false);
          expect(Number.isFinite(item.across)).toBe(true);
          expect(item.from).toBeLessThanOrEqual(item.to);
        }
        for (const lane of layout.lanes) {
          expect(Number.isFinite(lane.offset) && Number.isFinite(lane.size)).toBe(true);
        }
        // A stack of callouts is whole: its members share one mark and stand in consecutive rows of one lane. Only
        // its last member can be missing, folded into a "+N" that later opened in the lane's last row.
        const stacks = new Map<string, PlacedEvent[]>();
        for (const item of layout.items) {
          if (item.kind !== 'event' || !item.callout) continue;
          const key = `${item.lane}:${item.t}:${item.callout.count}`;
          stacks.set(key, [...(stacks.get(key) ?? []), item]);
        }
        for (const stack of stacks.values()) {
          expect(stack.map((c) => c.callout!.index).sort((a, b) => a - b)).toEqual([...stack.keys()]);
          expect(stack.length).toBeGreaterThanOrEqual(stack[0].callout!.count - 1);
        }
        expect(overlap(layout.items)).toBeNull();

        const [d0, d1] = scale.domain().map(Number);
        const visible = events.filter((e) => e.end > d0 && e.start < d1).map((e) => e.id);
        const seen: string[] = [];
        for (const item of layout.items) {
          if (item.kind === 'event') seen.push(item.event.id);
          else {
            expect(item.events.length).toBeGreaterThan(0);
            seen.push(...item.events.map((e) => e.id));
          }
        }
        expect(seen.sort()).toEqual(visible.sort());
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
