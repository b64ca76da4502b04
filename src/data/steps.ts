/**
 * Runs work written as a generator (`parseSteps`) without holding the main thread: slices of about `slice` ms,
 * with a turn for the page in between (`scheduler.yield()` where it exists, so the work keeps its place in line,
 * else a timer).
 */

import { indexOf, withLanes } from '../layout/event-index.js';
import type { TimelineEvent } from '../timeline.types.js';
import { installPlainDay } from './dates.js';
import { IdTable } from './ids.js';
import { installSort, type ParseOptions, parseSteps } from './parse.js';
import { plainDay } from './plain-day.js';
import { sortEvents } from './sort.js';
import type { Indexed } from './update.js';
import { eventList } from './values.js';

installSort(sortEvents, (capacity) => new IdTable(capacity));
installPlainDay(plainDay);

/** Gives the page a turn: input, rendering and other tasks run before this resolves. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What {@link runSteps} reports between slices. */
export interface StepsRun<T> {
  /** The result, when the first slice finished the work: no turn was needed. */
  readonly done?: T;
  /** The rest of the work, when it did not. */
  readonly rest?: Promise<T | undefined>;
  /** When the last slice began: the start of the task it ran in, for the work that follows it. */
  readonly sliceStart: () => number;
}

/**
 * Runs `steps` for `slice` ms now; if they are not done, the rest runs in later slices. `progress` hears the last
 * value yielded after each slice; `cancelled` stops the work at the next slice (the result is then undefined).
 */
export function runSteps<T>(
  steps: Generator<number, T>,
  options: { slice?: number; progress?: (value: number) => void; cancelled?: () => boolean } = {},
): StepsRun<T> {
  const slice = options.slice ?? 30;
  let sliceStart = 0;
  const run = (): { done: true; value: T } | { done: false; value: number } => {
    sliceStart = performance.now();
    const end = sliceStart + slice;
    for (;;) {
      const step = steps.next();
      if (step.done || performance.now() >= end)
        return step as { done: true; value: T } | { done: false; value: number };
    }
  };
  const first = run();
  const started = () => sliceStart;
  if (first.done) return { done: first.value, sliceStart: started };
  options.progress?.(first.value);
  const rest = (async () => {
    for (;;) {
      await yieldToMain();
      if (options.cancelled?.()) return undefined;
      const next = run();
      if (next.done) return next.value;
      options.progress?.(next.value);
    }
  })();
  return { rest, sliceStart: started };
}

/** How far the reading of a big document is: events read, of `total`. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/**
 * Reads a document with `parseSteps` in slices (see {@link runSteps}): `progress` hears how far it is once it has
 * taken half a second (before, a bar would only flash), `done` gets the result with its index. Returns a function that cancels.
 */
export function readInSlices(
  document: unknown,
  options: ParseOptions,
  on: { progress: (p: Progress) => void; done: (indexed: Indexed) => void },
): () => void {
  let cancelled = false;
  const total = eventList(document)?.length ?? 0;
  const started = performance.now();
  const run = runSteps(parseSteps(document, options), {
    cancelled: () => cancelled,
    progress: (done) => {
      if (performance.now() - started >= 500) on.progress({ done, total });
    },
  });
  Promise.resolve(run.done ?? run.rest).then(async (doc) => {
    // The index, then the lanes and extent, in the task of the last slice while it has run less than 30 ms, else
    // in a task of their own: together with the last slice they made the longest task of a big document. A turn
    // costs a frame on a busy page (a 10,000-event document took three, 50 ms of its 200), so only a task that
    // has run long takes one.
    let since = run.sliceStart();
    const turn = async () => {
      if (performance.now() - since > 30) {
        await yieldToMain();
        since = performance.now();
      }
      return !cancelled;
    };
    if (!doc || !(await turn())) return;
    // The index as `createEventIndex` builds it, in steps with turns between: in one task, a million events' index
    // held the page 226 ms.
    const all = indexOf(doc.events);
    if (!(await turn())) return;
    const { events } = doc;
    const lists = new Map<string | undefined, TimelineEvent[]>();
    for (let i = 0; i < events.length; i++) {
      if ((i & 65535) === 65535 && !(await turn())) return;
      lists.get(events[i].group)?.push(events[i]) ?? lists.set(events[i].group, [events[i]]);
    }
    if (!(await turn())) return;
    const index = withLanes(all, lists);
    if (!(await turn())) return;
    // The lanes are the index's, in the same order (first appearance, ungrouped last), without reading every event
    // again as laneNames would; the extent from the index's arrays, and whether a date has a time of day.
    const names = [...(index.lanes?.keys() ?? [])];
    const lanes: (string | undefined)[] = names.filter((name) => name !== undefined);
    if (lanes.length === 0 || lanes.length < names.length) lanes.push(undefined);
    let max = Number.NEGATIVE_INFINITY;
    for (const end of index.ends) if (end > max) max = end;
    const timed = new Set(['minute', 'second', 'millisecond']);
    let hasTimes = false;
    for (let i = 0; i < events.length && !hasTimes; i++) {
      if ((i & 65535) === 65535 && !(await turn())) return;
      hasTimes = timed.has(events[i].date.precision);
    }
    const extent = { min: index.starts.length ? index.starts[0] : Number.POSITIVE_INFINITY, max, hasTimes };
    if (await turn()) on.done({ doc, index, lanes, extent });
  });
  return () => {
    cancelled = true;
  };
}
