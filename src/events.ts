import type { TimelineEvent, TimelineIssue } from './timeline.types.js';

const init = { bubbles: true, composed: true } as const;

/**
 * What `timeline-select` carries: the event the reader selected, or `{ id: null, event: null }` when the reader
 * cleared the selection (closed the details with × or Escape).
 */
export type TimelineSelectDetail =
  | { readonly id: string; readonly event: TimelineEvent }
  | { readonly id: null; readonly event: null };

/**
 * Fired when the reader selects an event (click, Enter, Space, a deep link), and with `detail.id === null` when the
 * reader clears the selection (closes the details). Not fired when the host sets `selected`.
 */
export class TimelineSelectEvent extends Event {
  static readonly type = 'timeline-select';
  constructor(readonly detail: TimelineSelectDetail) {
    super(TimelineSelectEvent.type, init);
  }
}

/** Fired when the reader zooms or pans; not for the host's own calls. `start`/`end` are floating dates. */
export class TimelineRangeChangeEvent extends Event {
  static readonly type = 'timeline-rangechange';
  constructor(readonly detail: { readonly start: Date; readonly end: Date }) {
    super(TimelineRangeChangeEvent.type, init);
  }
}

/** Fired after a document (or a live update of it) has been parsed and the first frame showing it painted. */
export class TimelineLoadEvent extends Event {
  static readonly type = 'timeline-load';
  constructor(readonly detail: { readonly count: number; readonly issues: readonly TimelineIssue[] }) {
    super(TimelineLoadEvent.type, init);
  }
}

/** Fired when the document or any event is rejected. */
export class TimelineErrorEvent extends Event {
  static readonly type = 'timeline-error';
  constructor(readonly detail: { readonly message: string; readonly issues: readonly TimelineIssue[] }) {
    super(TimelineErrorEvent.type, init);
  }
}

/** Fired when the reader shows or hides a category with the legend; not for the host's own changes. */
export class TimelineFilterChangeEvent extends Event {
  static readonly type = 'timeline-filterchange';
  constructor(readonly detail: { readonly hiddenCategories: readonly string[] }) {
    super(TimelineFilterChangeEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-rangechange': TimelineRangeChangeEvent;
    'timeline-load': TimelineLoadEvent;
    'timeline-error': TimelineErrorEvent;
    'timeline-filterchange': TimelineFilterChangeEvent;
  }
}
