/**
 * The package entry: exports the class, types and events, and defines `<event-timeline>`.
 * Import `event-timeline/event-timeline.js` for the class without defining the tag.
 */
import { EventTimeline } from './timeline.js';

export { parseDate } from './data/dates.js';
export { formatDate, formatEventDate } from './data/format.js';
export { parseDocument } from './data/parse.js';
export type { TimelineSelectDetail } from './events.js';
export {
  TimelineErrorEvent,
  TimelineFilterChangeEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
} from './events.js';
export type { MessageCatalog, MessageOverrides, PluralMessage } from './i18n.js';
export type * from './timeline.types.js';
export { EventTimeline };

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
