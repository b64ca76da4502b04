/**
 * Which reader an input needs, told cheaply: the element's bundle carries this and our own JSON parser, and loads
 * the CSV and TimelineJS readers (`input.ts`) only for documents that need them. Pure: no DOM, no network.
 */
import type { InputFormat } from './read.js';

/**
 * What is known about where the input came from. Any may be missing; a specific content type wins over the file
 * extension, which wins over sniffing the text.
 */
export interface InputHint {
  /** A response's `Content-Type` (`text/csv; charset=utf-8`), or a `<script type>` (`text/csv`). */
  contentType?: string | null;
  /** The URL or file name (`data/karabakh.csv?v=2`): its extension. */
  url?: string | null;
  /** Force a format. */
  format?: InputFormat;
}

/** `csv` or `json` from a content type or a `<script type>`, or `undefined` for generic ones (text/plain). */
function formatOfType(type: string | null | undefined): 'csv' | 'json' | undefined {
  const t = (type ?? '').split(';')[0].trim().toLowerCase();
  if (t === 'text/csv' || t === 'application/csv' || t === 'text/comma-separated-values') return 'csv';
  if (t === 'application/json' || t === 'text/json' || t.endsWith('+json')) return 'json';
  return undefined;
}

function formatOfUrl(url: string | null | undefined): 'csv' | 'json' | undefined {
  const path = (url ?? '').split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.json')) return 'json';
  return undefined;
}

/**
 * The format to read `input` as: the hint's `format`, else a CSV or JSON content type, else a `.csv` / `.json`
 * extension, else the text itself (JSON starts with `[` or `{`, an HTML page with `<`; anything else whose first
 * line has a comma, semicolon or tab is CSV). JSON is then `timelinejs` when it is a TimelineJS document.
 * Non-strings are values: `timelinejs` or `json`.
 */
export function detectFormat(input: unknown, hint: InputHint = {}): 'csv' | 'json' {
  if (hint.format) return hint.format === 'csv' ? 'csv' : 'json';
  if (typeof input !== 'string') return 'json';
  const declared = formatOfType(hint.contentType) ?? formatOfUrl(hint.url);
  if (declared) return declared;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (/^\s*[[{<]/.test(text) || /^\s*$/.test(text)) return 'json';
  const first = text.slice(0, Math.max(0, text.search(/[\r\n]|$/)));
  return /[,;\t]/.test(first) ? 'csv' : 'json';
}

/** An object's own property (never one inherited, so a `__proto__` key cannot reach the prototype). */
export function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/** A plain object, not an array or null. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Whether `value` is a TimelineJS document rather than one of ours: an object whose `events` hold a
 * `start_date` object, or with a TimelineJS `title` slide (`{ text: { headline } }`) or `eras`.
 */
export function isTimelineJS(value: unknown): boolean {
  if (!isObject(value)) return false;
  const events = own(value, 'events');
  if (Array.isArray(events) && events.some((e) => isObject(own(e, 'start_date')))) return true;
  if (isObject(own(value, 'title')) && isObject(own(own(value, 'title'), 'text'))) return true;
  return Array.isArray(own(value, 'eras'));
}

/**
 * Our own JSON, ready for `parseDocument` (text parsed once here when it may be TimelineJS), or `undefined` when
 * the input needs the CSV or TimelineJS reader. Never throws.
 */
export function ownDocument(input: unknown, hint: InputHint = {}): { document: unknown } | undefined {
  try {
    if (hint.format === 'timelinejs' || detectFormat(input, hint) === 'csv') return undefined;
    if (typeof input !== 'string') return isTimelineJS(input) ? undefined : { document: input };
    if (!/^\uFEFF?\s*\{/.test(input)) return { document: input };
    let value: unknown;
    try {
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch {
      // Not JSON: the parser says where and why.
      return { document: input };
    }
    return isTimelineJS(value) ? undefined : { document: value };
  } catch {
    // A hostile value (a Proxy whose traps throw): the parser reports it as it always has.
    return { document: input };
  }
}
