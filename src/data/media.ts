/**
 * The `media` field of an event (issue 14): an image with TimelineJS's field names, `{ url, alt, caption?, credit? }`.
 * Only its text is kept here; nothing is requested until the reader opens the event's detail.
 */
import type { TimelineMedia } from '../timeline.types.js';
import { describeValue, isSafeUrl } from './values.js';

type Report = (field: string, message: string) => void;

const own = (obj: object, key: string): unknown =>
  Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;

/**
 * Checks an event's `media`. An object with a safe `url` (the rule of `url`: http, https or relative) becomes the
 * image; anything else is reported and dropped, the event kept. A missing `alt` is reported and the image shown
 * with an empty one; `alt: ""` says the image is decorative and is no issue. `null` is absent.
 */
export function parseMedia(raw: unknown, label: string, issue: Report): TimelineMedia | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    issue(
      'media',
      `${label}: "media" is ${describeValue(raw)}, expected an object like { "url": "…", "alt": "…" }; it was left out.`,
    );
    return undefined;
  }
  const url = own(raw, 'url');
  if (typeof url !== 'string' || !isSafeUrl(url)) {
    issue(
      'media.url',
      `${label}: "media.url" is ${describeValue(url)}, expected an http:, https: or relative image address; the image was left out.`,
    );
    return undefined;
  }
  const text = (field: 'alt' | 'caption' | 'credit'): string | undefined => {
    const value = own(raw, field);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    issue(
      `media.${field}`,
      `${label}: "media.${field}" is ${describeValue(value)}, expected a string; it was ignored.`,
    );
    return undefined;
  };
  let alt = text('alt');
  if (alt === undefined) {
    issue(
      'media.alt',
      `${label}: "media.alt" is missing: describe the image for readers who cannot see it, or write "alt": "" if it is decorative.`,
    );
    alt = '';
  }
  const caption = text('caption');
  const credit = text('credit');
  return { url, alt, ...(caption && { caption }), ...(credit && { credit }) };
}
