// The JSX declaration from README.md ("React"), as an app keeps it: type-checked against the packed package's
// declarations by scripts/examples.mjs.

import type {
  EventTimeline,
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
} from 'event-timeline';
import type { HTMLAttributes, RefAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': HTMLAttributes<EventTimeline> &
        RefAttributes<EventTimeline> &
        Partial<
          Pick<EventTimeline, 'events' | 'src' | 'locale' | 'timeZone' | 'start' | 'end' | 'selected' | 'label'>
        > & {
          'ontimeline-select'?: (e: TimelineSelectEvent) => void;
          'ontimeline-rangechange'?: (e: TimelineRangeChangeEvent) => void;
          'ontimeline-load'?: (e: TimelineLoadEvent) => void;
          'ontimeline-error'?: (e: TimelineErrorEvent) => void;
        };
    }
  }
}
