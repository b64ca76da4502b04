/**
 * TimelineJS JSON input (DESIGN.md §3, "Other formats"): the documents of TimelineJS3
 * (https://timeline.knightlab.com/docs/json-format.html), read into this package's model. HTML in its text is
 * read as plain text, without ever being parsed by a browser (see `htmlToText`).
 */
import type { TimelineEventInput, TimelineIssue } from '../timeline.types.js';
import { htmlToText } from './html.js';
import { describeValue } from './parse.js';
import { datePartOf, type Location, labelOf, ordered, type ReadDocument, type ReadResult } from './read.js';

import { isObject, own } from './sniff.js';

export { isTimelineJS } from './sniff.js';

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Part = (typeof PARTS)[number];

/** A TimelineJS date part: a number, or a string of digits ("8"); `""` and `null` are absent. */
function partOf(value: unknown): { ok: true; n: number | undefined } | { ok: false } {
  if (value === undefined || value === null || value === '') return { ok: true, n: undefined };
  if (typeof value === 'number') return Number.isInteger(value) ? { ok: true, n: value } : { ok: false };
  if (typeof value === 'string') {
    const s = value.trim().replace(/,/g, '');
    return /^[+-]?\d+$/.test(s) ? { ok: true, n: Number(s) } : { ok: false };
  }
  return { ok: false };
}

const PAD = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The date string for a TimelineJS date object, at the precision it was written in, for `parseDate` to judge
 * (`{ year: 2020, month: 13 }` becomes `2020-13`, which the parser rejects). `hour` without `minute` is `hh:00`.
 */
function dateText(
  date: Record<string, unknown>,
): { ok: true; text: string } | { ok: false; part: Part; problem: string } | null {
  const n: Partial<Record<Part, number>> = {};
  for (const part of PARTS) {
    const p = partOf(own(date, part));
    if (!p.ok) {
      const what = part === 'year' ? 'a whole number (negative for BC)' : 'a whole number';
      return { ok: false, part, problem: `is ${describeValue(own(date, part))}, expected ${what}` };
    }
    if (p.n !== undefined) n[part] = p.n;
  }
  if (n.year === undefined) return null;
  // Each part needs the one before it, as in the date grammar (an hour without minutes is on the hour).
  for (let i = 2; i < PARTS.length; i++) {
    const part = PARTS[i];
    const before = PARTS[i - 1];
    if (n[part] !== undefined && n[before] === undefined) {
      return { ok: false, part, problem: `is set but "${before}" is not; a date needs every part before it` };
    }
  }
  const y = n.year;
  let text = `${y < 0 ? '-' : ''}${PAD(Math.abs(y), 4)}`;
  if (n.month !== undefined) text += `-${PAD(n.month)}`;
  if (n.day !== undefined) text += `-${PAD(n.day)}`;
  if (n.hour !== undefined) {
    text += `T${PAD(n.hour)}:${PAD(n.minute ?? 0)}`;
    if (n.second !== undefined) text += `:${PAD(n.second)}`;
    if (n.millisecond !== undefined) text += `.${PAD(n.millisecond, 3)}`;
  }
  return { ok: true, text };
}

interface SlideMeta {
  /** `events[3]`, `eras[0]`. */
  path: string;
  /** Which parts the start and end dates were written with (to name the one a date issue is about). */
  date?: Record<string, unknown>;
  end?: Record<string, unknown>;
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;
const FIELD_PATH: Record<string, string> = {
  title: 'text.headline',
  description: 'text.text',
  group: 'group',
  id: 'unique_id',
  url: 'media.url',
  media: 'media',
};

/**
 * Converts a TimelineJS document (already parsed JSON) into this package's document, with the problems found on
 * the way named by TimelineJS's own field paths (`events[3].start_date.month`). Never throws.
 *
 * - `title.text.headline` is the document title; each slide's `text.headline` its title, `text.text` its
 *   description, both read from HTML as plain text with their line breaks (`<br>`, `<p>`).
 * - `start_date` / `end_date` become dates at the precision written (`{ year: 1994 }` is `1994`); parts may be
 *   numbers or strings of digits, as TimelineJS accepts.
 * - `unique_id` is the id, `group` the group; `media` with an image URL is the media (its caption read as text,
 *   `alt` defaulting to the caption as in TimelineJS), any other media URL (a video, a page) the event's link.
 * - `eras` become range events after the slides. `display_date`, `background`, `autolink` and `scale` have no
 *   equivalent: `display_date` is kept on the event for the host, the others are ignored.
 *
 * @example fromTimelineJS({ events: [{ start_date: { year: 1994 }, text: { headline: 'Cessez-le-feu' } }] })
 */
export function fromTimelineJS(value: unknown): ReadResult {
  const issues: TimelineIssue[] = [];
  const reported = new Set<string>();
  const document: ReadDocument = { events: [] };
  const metas: SlideMeta[] = [];
  const result: ReadResult = {
    format: 'timelinejs',
    document,
    issues,
    reported,
    locate: (index, field, message) => locate(metas[index], field, message),
  };
  if (!isObject(value)) {
    issues.push({
      index: null,
      field: 'document',
      message: `The document is ${describeValue(value)}, expected a TimelineJS object like { "events": [ … ] }.`,
    });
    return result;
  }
  const titleSlide = own(value, 'title');
  if (isObject(titleSlide)) {
    const headline = own(own(titleSlide, 'text'), 'headline');
    if (typeof headline === 'string' && htmlToText(headline, true).trim() !== '') {
      document.title = htmlToText(headline, true).trim();
    }
  }
  const events = own(value, 'events');
  const eras = own(value, 'eras');
  if (!Array.isArray(events) && !Array.isArray(eras)) {
    issues.push({
      index: null,
      field: 'events',
      message: `The document has no "events" array: it is ${describeValue(events)}; a TimelineJS document is { "title": { … }, "events": [ … ] }.`,
    });
    return result;
  }
  const slides: [string, unknown][] = [
    ...(Array.isArray(events) ? events.map((e, i) => [`events[${i}]`, e] as [string, unknown]) : []),
    ...(Array.isArray(eras) ? eras.map((e, i) => [`eras[${i}]`, e] as [string, unknown]) : []),
  ];
  for (const [path, slide] of slides) {
    const index = document.events.length;
    const event = {} as TimelineEventInput;
    const meta: SlideMeta = { path };
    document.events.push(event);
    metas.push(meta);
    if (!isObject(slide)) {
      reported.add(`${index}:event`);
      reported.add(`${index}:date`);
      reported.add(`${index}:title`);
      issues.push({
        index,
        field: path,
        message: `${path} is ${describeValue(slide)}, expected a slide object like { "start_date": { "year": 1994 }, "text": { "headline": "…" } }; it was left out.`,
      });
      continue;
    }
    const text = own(slide, 'text');
    const headline = own(text, 'headline');
    if (typeof headline === 'string') event.title = htmlToText(headline, true).trim();
    else if (headline !== undefined && headline !== null) event.title = headline as string; // the parser says what is wrong
    const body = own(text, 'text');
    if (typeof body === 'string') {
      const plain = htmlToText(body);
      if (plain !== '') event.description = plain;
    } else if (body !== undefined && body !== null) event.description = body as string;
    const id = own(slide, 'unique_id');
    if (id !== undefined && id !== null && id !== '') event.id = id as string;
    const group = own(slide, 'group');
    if (group !== undefined && group !== null && group !== '') event.group = group as string;
    const display = own(slide, 'display_date');
    if (typeof display === 'string' && display !== '') event.display_date = display;
    const media = own(slide, 'media');
    const url = own(media, 'url');
    if (typeof url === 'string' && url.trim() !== '' && !url.trim().startsWith('<')) {
      const caption = typeof own(media, 'caption') === 'string' ? htmlToText(own(media, 'caption') as string) : '';
      const credit = typeof own(media, 'credit') === 'string' ? htmlToText(own(media, 'credit') as string) : '';
      const alt = own(media, 'alt');
      if (IMAGE.test(url.trim())) {
        event.media = {
          url: url.trim(),
          alt: typeof alt === 'string' && alt !== '' ? alt : htmlToText(caption, true),
          ...(caption !== '' && { caption }),
          ...(credit !== '' && { credit }),
        };
      } else event.url = url.trim();
    }
    for (const [field, key] of [
      ['date', 'start_date'],
      ['end', 'end_date'],
    ] as const) {
      const raw = own(slide, key);
      if (raw === undefined || raw === null) {
        if (field === 'date') {
          reported.add(`${index}:date`);
          issues.push({
            index,
            field: `${path}.start_date`,
            message: `${path}.start_date${labelOf(event)}: "start_date" is missing, expected a date object like { "year": 2020, "month": 9, "day": 27 }; the slide was left out.`,
          });
        } else if (path.startsWith('eras')) {
          issues.push({
            index,
            field: `${path}.end_date`,
            message: `${path}.end_date${labelOf(event)}: an era needs an "end_date"; it was drawn as a point.`,
          });
        }
        continue;
      }
      if (!isObject(raw)) {
        reported.add(`${index}:${field}`);
        issues.push({
          index,
          field: `${path}.${key}`,
          message: `${path}.${key}${labelOf(event)}: "${key}" is ${describeValue(raw)}, expected a date object like { "year": 2020, "month": 9, "day": 27 }; ${field === 'date' ? 'the slide was left out' : 'it was ignored'}.`,
        });
        continue;
      }
      meta[field] = raw;
      const built = dateText(raw);
      if (built === null) {
        reported.add(`${index}:${field}`);
        issues.push({
          index,
          field: `${path}.${key}.year`,
          message: `${path}.${key}.year${labelOf(event)}: "year" is missing; every date needs a year; ${field === 'date' ? 'the slide was left out' : 'the end was ignored'}.`,
        });
      } else if (!built.ok) {
        reported.add(`${index}:${field}`);
        issues.push({
          index,
          field: `${path}.${key}.${built.part}`,
          message: `${path}.${key}.${built.part}${labelOf(event)}: "${built.part}" ${built.problem}; ${field === 'date' ? 'the slide was left out' : 'the end was ignored'}.`,
        });
      } else event[field] = built.text;
    }
  }
  document.events = document.events.map(ordered);
  return result;
}

function locate(meta: SlideMeta | undefined, field: string, message: string): Location {
  if (!meta) return { where: 'A slide', field };
  if (field === 'date' || field === 'end') {
    const key = field === 'date' ? 'start_date' : 'end_date';
    const written = meta[field] ?? {};
    const part = datePartOf(message.slice(message.indexOf(`"${field}" `)));
    const candidates: Part[] =
      part === 'time' ? ['hour', 'minute', 'second', 'millisecond'] : part === null ? [] : [part];
    const hit = candidates.find((p) => own(written, p) !== undefined);
    const path = `${meta.path}.${key}${hit ? `.${hit}` : ''}`;
    return { where: path, field: path, parts: true };
  }
  const sub = FIELD_PATH[field];
  const path = sub ? `${meta.path}.${sub}` : meta.path;
  return { where: path, field: path };
}
