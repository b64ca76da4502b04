import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/data/parse.js';
// Importing the update chunk installs the memo of parsed objects (parseDocument then reuses their events).
import { parseAppended } from '../../src/data/update.js';
import { createEventIndex, type EventIndex } from '../../src/layout/event-index.js';
import { addToIndex } from '../../src/layout/index-update.js';
import type { TimelineEventInput } from '../../src/timeline.types.js';

const events = (): TimelineEventInput[] => [
  { id: 'a', date: '2020-09-27', title: 'A' },
  { id: 'b', date: '2020-10-01T10:00Z', title: 'B', url: 'javascript:alert(1)' },
  { date: '1994', title: 'No id' },
  { id: 'c', date: '2020-02-30', title: 'Bad date' },
];

describe('parseDocument(objects parsed before): live updates', () => {
  test('the same objects give back the same event objects, and the same issues', () => {
    const input = events();
    const first = parseDocument(input);
    const second = parseDocument([...input], { previous: input });
    expect(second.events).toHaveLength(3);
    for (const [i, e] of second.events.entries()) expect(e).toBe(first.events[i]);
    expect(second.issues).toEqual(first.issues);
    expect(second.issues.map((i) => i.field)).toEqual(['url', 'date']);
  });

  test('one object added at the end is parsed; the others are kept', () => {
    const input = events();
    const first = parseDocument(input);
    const added = { id: 'd', date: '2020-09-28', title: 'Added' };
    const second = parseDocument([...input, added], { previous: input });
    expect(second.events.map((e) => e.id)).toEqual(['event-2', 'a', 'd', 'b']);
    expect(second.events.find((e) => e.id === 'd')?.source).toBe(added);
    for (const e of first.events) expect(second.events).toContain(e);
  });

  test('a replaced object is parsed again: its new fields show', () => {
    const input = events();
    const first = parseDocument(input);
    const changed = [{ ...input[0], title: 'A, corrected' }, ...input.slice(1)];
    const second = parseDocument(changed, { previous: input });
    const a = second.events.find((e) => e.id === 'a')!;
    expect(a.title).toBe('A, corrected');
    expect(a).not.toBe(first.events.find((e) => e.id === 'a'));
    expect(second.events.find((e) => e.id === 'b')).toBe(first.events.find((e) => e.id === 'b'));
  });

  test('an object at another index is parsed again: index, default id and messages follow it', () => {
    const input = events();
    parseDocument(input);
    const moved = parseDocument([{ id: 'z', date: '2000', title: 'First now' }, ...input], { previous: input });
    const noId = moved.events.find((e) => e.title === 'No id')!;
    expect(noId.index).toBe(3);
    expect(noId.id).toBe('event-3');
    expect(moved.issues.map((i) => i.index)).toEqual([2, 4]);
    expect(moved.issues[0].message).toMatch(/^Event 2 \("b"\)/);
  });

  test('another time zone parses again: instants move, calendar dates stay', () => {
    const input = events();
    const utc = parseDocument(input);
    const tokyo = parseDocument(input, { timeZone: 'Asia/Tokyo', previous: input });
    const b = (r: typeof utc) => r.events.find((e) => e.id === 'b')!;
    expect(b(tokyo).start - b(utc).start).toBe(9 * 3_600_000);
    expect(tokyo.events.find((e) => e.id === 'a')!.start).toBe(Date.UTC(2020, 8, 27));
  });

  test('an era still going is parsed again, so it ends at the new present', () => {
    const input: TimelineEventInput[] = [{ id: 'o', date: '2020/..', title: 'Ongoing' }];
    const then = parseDocument(input, { now: Date.UTC(2024, 0, 1) });
    const later = parseDocument(input, { now: Date.UTC(2025, 0, 1), previous: input });
    expect(then.events[0].end).toBe(Date.UTC(2024, 0, 1));
    expect(later.events[0].end).toBe(Date.UTC(2025, 0, 1));
  });

  test('reuses only the document it is told it updates', () => {
    const input = events();
    const first = parseDocument(input);
    // A new document (no previous) is read afresh, even from the same objects.
    expect(parseDocument([...input]).events[0]).not.toBe(first.events[0]);
    // The same array, one object replaced in place: the memo follows the objects, not the array.
    const same = parseDocument(input);
    input[0] = { ...input[0], title: 'A, in place' };
    const again = parseDocument(input, { previous: input });
    expect(again.events.find((e) => e.id === 'a')?.title).toBe('A, in place');
    expect(again.events.find((e) => e.id === 'b')).toBe(same.events.find((e) => e.id === 'b'));
  });

  test('a given id that takes a default id over makes a new event with the new id', () => {
    const noId = { date: '1994', title: 'No id' };
    const first = parseDocument([noId]);
    expect(first.events[0].id).toBe('event-0');
    const second = parseDocument([noId, { id: 'event-0', date: '2000', title: 'Taken' }], { previous: [noId] });
    const again = second.events.find((e) => e.title === 'No id')!;
    expect(again.id).toBe('event-0-2');
    expect(first.events[0].id).toBe('event-0');
  });
});

describe('parseAppended(previous, result, ids, input): events added at the end', () => {
  const ids = (r: ReturnType<typeof parseDocument>) => new Set(r.events.map((e) => e.id));
  const base = (): TimelineEventInput[] => [
    ...events(),
    { id: 'r', date: '2019', end: '2021', title: 'Range', group: 'North' },
    { id: 'g', date: '2020-09-30', title: 'Grouped', group: 'South' },
  ];

  test('after an append, an edit still reuses the events of the objects it did not change', () => {
    const before = base();
    const first = parseDocument(before);
    const after = [...before, { id: 'n', date: '2020-10-02', title: 'New' }];
    const appended = parseAppended(before, first, ids(first), after)!;
    const edited = [{ ...after[0], title: 'A, corrected' }, ...after.slice(1)];
    const again = parseDocument(edited, { previous: after });
    const byId = (r: ReturnType<typeof parseDocument>, id: string) => r.events.find((e) => e.id === id);
    expect(byId(again, 'a')?.title).toBe('A, corrected');
    // Objects before the append (read by the first parse) and the one it added: the same events.
    expect(byId(again, 'r')).toBe(byId(first, 'r'));
    expect(byId(again, 'n')).toBe(byId(appended, 'n'));
  });

  test('gives what parseDocument gives, reading only the new events, and lists them', () => {
    const before = base();
    const first = parseDocument(before);
    const after = [
      ...before,
      { id: 'n1', date: '2020-09-29', title: 'New one', group: 'North' },
      { id: 'n2', date: '1990', title: 'New two', url: 'ftp://x' },
      { date: '2030', title: 'New, no id' },
    ];
    const appended = parseAppended(before, first, ids(first), after)!;
    expect(appended).toBeDefined();
    const full = parseDocument(after);
    expect(appended.events.map((e) => e.id)).toEqual(full.events.map((e) => e.id));
    expect(appended.issues).toEqual(full.issues);
    expect(appended.added.map((e) => e.id)).toEqual(['n2', 'n1', 'event-8']);
    // The old events are the very objects of the first parse.
    for (const e of first.events) expect(appended.events).toContain(e);
  });

  test('keeps a document title and its issues, in a document object', () => {
    const before = { title: 'Live', events: base() };
    const first = parseDocument(before);
    const after = { title: 'Live, updated', events: [...before.events, { id: 'n', date: '2001', title: 'N' }] };
    const appended = parseAppended(before.events, first, ids(first), after)!;
    expect(appended.title).toBe('Live, updated');
    expect(appended.issues).toEqual(parseDocument(after).issues);
  });

  test('is undefined for anything but an append: a changed, removed or reordered event, or a clashing id', () => {
    const before = base();
    const first = parseDocument(before);
    const known = ids(first);
    const extra = { id: 'x', date: '2001', title: 'X' };
    expect(parseAppended(before, first, known, [{ ...before[0] }, ...before.slice(1), extra])).toBeUndefined();
    expect(parseAppended(before, first, known, [...before.slice(1), extra])).toBeUndefined();
    expect(parseAppended(before, first, known, [before[1], before[0], ...before.slice(2), extra])).toBeUndefined();
    expect(parseAppended(before, first, known, [...before])).toBeUndefined();
    expect(
      parseAppended(before, first, known, [...before, { id: 'a', date: '2001', title: 'Same id' }]),
    ).toBeUndefined();
    expect(parseAppended(before, first, known, 'not a document')).toBeUndefined();
  });
});

describe('addToIndex(index, events, added)', () => {
  test('equals createEventIndex(events), lanes included, for a few events added anywhere', () => {
    const before = [
      { id: 'a', date: '2000', title: 'A', group: 'North' },
      { id: 'b', date: '1990', end: '2010', title: 'Era', group: 'South' },
      { id: 'c', date: '2005-06-01', title: 'C' },
      { id: 'd', date: '2004', end: '2006', title: 'Range', group: 'North' },
    ];
    const first = parseDocument(before);
    const after = [
      ...before,
      { id: 'e', date: '1980', end: '1995', title: 'Early era', group: 'North' },
      { id: 'f', date: '2003', title: 'F', group: 'West' },
      { id: 'g', date: '2020-01-01T10:00Z', title: 'Late' },
    ];
    const appended = parseAppended(before, first, new Set(first.events.map((e) => e.id)), after)!;
    const index = addToIndex(createEventIndex(first.events), appended.events, appended.added);
    const expected = createEventIndex(appended.events);
    const plain = (i: EventIndex) => ({
      ids: i.events.map((e) => e.id),
      starts: [...i.starts],
      ends: [...i.ends],
      isRange: [...i.isRange],
      ranges: [...i.ranges],
      maxPointSpan: i.maxPointSpan,
    });
    expect(plain(index)).toEqual(plain(expected));
    expect([...index.lanes!.keys()].sort()).toEqual([...expected.lanes!.keys()].sort());
    for (const [name, lane] of expected.lanes!) expect(plain(index.lanes!.get(name)!)).toEqual(plain(lane));
    expect(index.events).toBe(appended.events);
  });
});
