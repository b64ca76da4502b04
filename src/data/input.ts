/**
 * One entry for every input format (DESIGN.md §3): raw text or a value, plus what is known of its type (a
 * content type, a file name or URL, a `<script type>`), in; a document `parseDocument` accepts and the issues
 * in the author's terms, out. Pure: no DOM, no network, so the element and the CLI share it.
 */
import type { ParseResult, TimelineIssue } from '../timeline.types.js';
import { readCsv } from './csv.js';
import { type ParseOptions, parseDocument } from './parse.js';
import { type InputFormat, type ReadResult, relocate } from './read.js';
import { detectFormat, type InputHint, isTimelineJS } from './sniff.js';
import { fromTimelineJS } from './timelinejs.js';

export type { InputFormat, ReadResult } from './read.js';
export { detectFormat, type InputHint, isTimelineJS } from './sniff.js';

/**
 * Reads `input` (text or an already-parsed value) into a document for `parseDocument`, with the reader's own
 * issues. Our JSON is passed through (text that is not JSON untouched, so the parser reports why; an object's
 * text already parsed, to be parsed once); TimelineJS JSON and CSV are converted. Never throws.
 */
export function readInput(input: unknown, hint: InputHint = {}): ReadResult {
  try {
    if (hint.format === 'timelinejs') return fromTimelineJS(parseJson(input));
    if (detectFormat(input, hint) === 'csv') return readCsv(typeof input === 'string' ? input : String(input));
    const value = parseJson(input);
    if (value === NOT_JSON) return { format: 'json', document: input, issues: [] };
    if (isTimelineJS(value)) return fromTimelineJS(value);
    // Already parsed: the parser need not parse the same text again.
    return { format: 'json', document: value, issues: [] };
  } catch {
    // Only a hostile value (a Proxy whose traps throw) gets here: the parser reports it as it always has.
    return { format: 'json', document: input, issues: [] };
  }
}

const NOT_JSON = Symbol('not JSON');

/** The value of JSON text (a BOM ignored), the value itself, or {@link NOT_JSON} for text that is not JSON. */
function parseJson(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  // Only a text that may be a TimelineJS object is parsed here; the parser reports everything else.
  if (!/^\uFEFF?\s*\{/.test(input)) return NOT_JSON;
  try {
    return JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  } catch {
    return NOT_JSON;
  }
}

/** What {@link parseInput} returns: the parse result and the format it was read as. */
export interface InputResult extends ParseResult {
  readonly format: InputFormat;
}

/**
 * Reads and parses any input: {@link readInput}, then `parseDocument`, with the parser's issues told in the
 * source's terms (`Row 5, column "Month"` for CSV, `events[3].start_date.month` for TimelineJS) and the reader's
 * issues merged in, in source order. Never throws. This is what the element and the CLI call.
 *
 * @example parseInput('Year,Month,Headline\n2020,13,Escalade', { contentType: 'text/csv' }).issues[0].message
 * // 'Row 2, column "Month" ("Escalade"): "date" is "2020-13", not a real date: months go from 01 to 12, not 13; …'
 */
export function parseInput(input: unknown, hint: InputHint = {}, options: ParseOptions = {}): InputResult {
  const read = readInput(input, hint);
  const parsed = parseDocument(read.document, options);
  const events = read.format === 'json' ? [] : (read.document as { events: unknown[] }).events;
  const issues: TimelineIssue[] = [...read.issues];
  for (const issue of parsed.issues) {
    if (issue.index === null || !read.locate) {
      issues.push(issue);
      continue;
    }
    if (read.reported?.has(`${issue.index}:${issue.field}`)) continue;
    issues.push(relocate(issue, events[issue.index], read.locate(issue.index, issue.field, issue.message)));
  }
  // Document issues first, then by event (CSV: by row), as the author reads the source.
  const order = (i: TimelineIssue) => (i.index === null ? (i.row ?? -1) - 1e9 : (i.row ?? i.index));
  const sorted = issues.map((issue, n) => ({ issue, n })).sort((a, b) => order(a.issue) - order(b.issue) || a.n - b.n);
  return {
    format: read.format,
    ...(parsed.title !== undefined && { title: parsed.title }),
    events: parsed.events,
    issues: sorted.map((s) => s.issue),
  };
}
