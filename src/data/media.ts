/**
 * The `media` field of an event (issue 14): an image with TimelineJS's field names, `{ url, alt, caption?, credit? }`.
 * Only its text is kept here; nothing is requested until the reader opens the event's detail.
 */
import type { TimelineMedia } from '../timeline.types.js';
import { describeValue, isSafeUrl, optionalString, own } from './values.js';

/**
 * Checks an event's `media`. An object with a safe `url` (the rule of `url`: http, https or relative) becomes the
 * image; anything else is reported and dropped, the event kept. A missing `alt` is reported and the image shown
 * with an empty one; `alt: ""` says the image is decorative and is no issue. `null` is absent.
 */
export function parseMedia(
  raw: unknown,
  label: string,
  issue: (field: string, message: string) => void,
): TimelineMedia | undefined {
  if (raw === undefined || raw === null) return undefined;
  const object = typeof raw === 'object' && !Array.isArray(raw);
  const url = object ? own(raw, 'url') : raw;
  const field = object ? 'media.url' : 'media';
  if (!object || typeof url !== 'string' || !isSafeUrl(url)) {
    issue(
      field,
      `${label}: "${field}" is ${describeValue(url)}, expected an http:, https: or relative link; the image was left out.`,
    );
    return undefined;
  }
  const text = (key: string) => optionalString(own(raw, key), `media.${key}`, label, issue);
  const alt = text('alt');
  // Missing (a wrong type was reported by `text`).
  if (own(raw, 'alt') == null) {
    issue(
      'media.alt',
      `${label}: "media.alt" is ${describeValue(own(raw, 'alt'))}, expected a text for readers who cannot see the image ("" if decorative).`,
    );
  }
  const caption = text('caption');
  const credit = text('credit');
  return { url, alt: alt ?? '', ...(caption && { caption }), ...(credit && { credit }) };
}
