/**
 * CSV input (DESIGN.md §3, "Other formats"): a spreadsheet saved as CSV, with this package's field names as
 * headers or the columns of the TimelineJS Google Sheets template. Parsed with d3-dsv; dates are built from the
 * cells and judged by `parseDate` through `parseDocument`, never by a second date parser.
 */
import { dsvFormat } from 'd3-dsv';
import type { TimelineEventInput, TimelineIssue } from '../timeline.types.js';
import { htmlToText } from './html.js';
import { describeValue } from './parse.js';
import { datePartOf, type Location, labelOf, ordered, type ReadDocument, type ReadResult } from './read.js';

/** Our own field names, as CSV headers. `media_*` fill the `media` object. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'title',
  'description',
  'url',
  'group',
  'category',
  'media_url',
  'media_alt',
  'media_caption',
  'media_credit',
] as const;

/** The TimelineJS Sheets template columns, as "Download → CSV" writes them (plus its optional `Alt Text`). */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  'Alt Text',
] as const;

const EXPECTED_HEADER =
  'expected a first row naming the columns, like date,end,title,description,url,group or the TimelineJS ' +
  'template columns Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,…';

/** A header as matched: case-insensitive, spaces collapsed, `_` and `-` read as spaces (`End_Year`, `media url`). */
function key(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The record (0 = the header) and column where a quoted cell opens and never closes, or `null`. d3-dsv then reads
 * the rest of the file into that one cell; this finds where, to say so. It follows d3-dsv's rule: a cell is quoted
 * when its first character is `"`, and `""` inside it is a quote.
 */
function unclosedQuote(text: string, delimiter: string): { record: number; column: number; at: number } | null {
  let record = 0;
  let column = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text.charCodeAt(i) === 34) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return { record, column, at: i };
        if (text.charCodeAt(j + 1) === 34) j += 2;
        else break;
      }
      i = j + 1;
    }
    for (; i < n; i++) {
      const c = text[i];
      if (c === delimiter) {
        column++;
        i++;
        break;
      }
      if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        i++;
        record++;
        column = 0;
        break;
      }
    }
  }
  return null;
}

/** The delimiter: a comma, else what the header row uses (Excel writes `;` in many European locales, or a tab). */
function delimiterOf(text: string): string {
  const nl = text.search(/[\r\n]/);
  const first = nl === -1 ? text : text.slice(0, nl);
  if (first.includes(',')) return ',';
  if (first.includes(';')) return ';';
  if (first.includes('\t')) return '\t';
  return ',';
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;

interface RowMeta {
  row: number;
  /** Our field → the header as written. */
  columns: Record<string, string>;
  /** Header (as written) of the Year, Month, Day, Time columns that made `date`, and those that made `end`. */
  date?: Partial<Record<'year' | 'month' | 'day' | 'time', string>>;
  end?: Partial<Record<'year' | 'month' | 'day' | 'time', string>>;
  /** `date` / `end` built from number cells, rather than a whole date typed in the Year column. */
  built?: { date?: boolean; end?: boolean };
}

/** A date built from template cells, or the cell that makes it impossible to build and why. */
type Built = { text: string } | { column: string; value: string; problem: string } | null;

const INTEGER = /^[+-]?\d+$/;

/**
 * The date string (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.sss]]`) for TimelineJS Year, Month,
 * Day and Time cells, for `parseDate` to judge. Only the shape of each cell is checked here: whether month 13 or
 * 31 September exist is the date parser's call. A Year cell holding a whole date (`2020-09-27`, or
 * `27/09/2020`) with the other cells empty is passed on as written, so it gets the parser's own hint.
 */
function templateDate(
  get: (header: string | undefined) => string,
  cols: Partial<Record<'year' | 'month' | 'day' | 'time', string>>,
): Built {
  const [year, month, day, time] = [get(cols.year), get(cols.month), get(cols.day), get(cols.time)];
  const name = (part: 'year' | 'month' | 'day' | 'time') => cols[part] ?? part;
  if (year === '') {
    const set = (['month', 'day', 'time'] as const).find((p) => get(cols[p]) !== '');
    if (set === undefined) return null;
    return { column: name('year'), value: '', problem: `is empty while "${name(set)}" is set; a date needs a year` };
  }
  // TimelineJS removes spaces and thousands separators from years ("-10,000").
  const y = year.replace(/[\s,]/g, '');
  if (!INTEGER.test(y)) {
    if (month === '' && day === '' && time === '') return { text: year };
    return {
      column: name('year'),
      value: year,
      problem: 'is not a year: write it as a number, like 1994, or -500 for 501 BC',
    };
  }
  const digits = y.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '');
  let text = `${y[0] === '-' && !/^0+$/.test(digits) ? '-' : ''}${digits.padStart(4, '0')}`;
  const needs = (part: 'day' | 'time', what: string): Built =>
    ({ column: name(part), value: get(cols[part]), problem: `is set but ${what} is empty` }) as const;
  if (month === '') {
    if (day !== '') return needs('day', `"${name('month')}"`);
    if (time !== '') return needs('time', `"${name('day')}"`);
    return { text };
  }
  if (!/^\d{1,2}$/.test(month)) {
    return { column: name('month'), value: month, problem: 'is not a month: write it as a number from 1 to 12' };
  }
  text += `-${month.padStart(2, '0')}`;
  if (day === '') return time === '' ? { text } : needs('time', `"${name('day')}"`);
  if (!/^\d{1,2}$/.test(day)) {
    return { column: name('day'), value: day, problem: 'is not a day: write it as a number from 1 to 31' };
  }
  text += `-${day.padStart(2, '0')}`;
  if (time === '') return { text };
  const t = timeOf(time);
  if (t === null) {
    return {
      column: name('time'),
      value: time,
      problem: 'is not a time: write it like 14:30, 14:30:15 or 2:30 PM',
    };
  }
  return { text: `${text}T${t}` };
}

/** `14:30`, `14:30:15.250`, `2:30 PM`, `1430` → `hh:mm[:ss[.sss]]` (the hour is not range-checked here). */
function timeOf(cell: string): string | null {
  const m = /^(\d{1,2})(?::?(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(cell);
  if (!m) return null;
  const [, h, mi = '00', s, ms, period] = m;
  let hour = Number(h);
  if (period) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (period.toLowerCase() === 'p' ? 12 : 0);
  }
  return `${String(hour).padStart(2, '0')}:${mi}${s === undefined ? '' : `:${s}`}${ms === undefined ? '' : `.${ms}`}`;
}

/**
 * Reads a CSV file into a document `parseDocument` accepts. Never throws.
 *
 * - Headers are matched case-insensitively. With a `Year` or `Headline` column the TimelineJS template is read:
 *   `Type` `title` sets the document title (the first one), `era` makes a range, the date is built from `Year`,
 *   `Month`, `Day`, `Time` (and the `End …` columns), `Headline` is the title and `Text` the description, both
 *   read from HTML as plain text, `Media` an image (or, if it is not an image, the event's link). Otherwise the
 *   columns are this package's field names (`date`, `title`, … `media_url`).
 * - Every cell is trimmed, as spreadsheets hide surrounding spaces; empty optional cells are absent.
 * - Blank rows are skipped without a report and never stop the reading.
 * - Problems name the spreadsheet row, counting the header as row 1, and the column.
 * - The delimiter is a comma, or a semicolon or tab when the header row has no comma.
 */
export function readCsv(input: string): ReadResult {
  const issues: TimelineIssue[] = [];
  const reported = new Set<string>();
  const document: ReadDocument = { events: [] };
  const metas: RowMeta[] = [];
  const result: ReadResult = {
    format: 'csv',
    document,
    issues,
    reported,
    locate: (index, field, message) => locate(metas[index], field, message),
  };
  const documentIssue = (message: string) => issues.push({ index: null, field: 'document', message });
  // Blank lines before the header (the line break after an inline <script type="text/csv">) are not rows, and
  // spaces at the start of a line are indentation (an inline CSV indented with the page): cells are trimmed
  // anyway, and a quoted cell must start with its quote for d3-dsv to read it as quoted.
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)
    .replace(/^(?:[ \t]*\r?\n)+/, '')
    .replace(/^ +/gm, '');

  if (/^[\s\p{Cc}\p{Cf}]*$/u.test(text)) {
    documentIssue(`The document is empty; ${EXPECTED_HEADER}, then one row per event.`);
    return result;
  }
  if (/^\s*</.test(text)) {
    documentIssue(`The document is not CSV: it looks like an HTML or XML page; ${EXPECTED_HEADER}.`);
    return result;
  }
  if (/^\s*[[{]/.test(text)) {
    documentIssue(
      `The document is not CSV: it looks like JSON (serve it as application/json or name it .json); ${EXPECTED_HEADER}.`,
    );
    return result;
  }

  const delimiter = delimiterOf(text);
  let rows = dsvFormat(delimiter).parseRows(text);
  const open = unclosedQuote(text, delimiter);
  const header = rows[0].map((h) => h.trim());
  if (open) {
    const column = header[open.column] || columnLetter(open.column);
    const lost = text
      .slice(open.at)
      .split(/\r\n|\r|\n/)
      .slice(1)
      .filter((line) => line.trim() !== '').length;
    documentIssue(
      `The document has a quote (") that opens a cell in row ${open.record + 1}, column "${column}", and is never ` +
        'closed, so the rest of the file was read as that one cell; close it, and write "" for a quote inside a ' +
        `quoted cell. Row ${open.record + 1}${lost > 0 ? ` and the ${lost} ${lost === 1 ? 'line' : 'lines'} after it were` : ' was'} left out.`,
    );
    rows = rows.slice(0, open.record);
  }

  // Column index of each header, first one wins; duplicates are reported.
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') return;
    const k = key(h);
    const first = index.get(k);
    if (first === undefined) index.set(k, i);
    else {
      documentIssue(
        `The document has two "${h}" columns (${columnLetter(first)} and ${columnLetter(i)}); column ` +
          `${columnLetter(first)} was read and column ${columnLetter(i)} ignored.`,
      );
    }
  });
  const template = index.has('year') || index.has('headline');
  const ours = index.has('date') || index.has('title');
  if (!template && !ours) {
    const found = header.slice(0, 4).map((h) => describeValue(h));
    const separated =
      header.length === 1 && /[|:]/.test(header[0])
        ? ` (its cells seem separated by "${/[|:]/.exec(header[0])![0]}": save the sheet as comma-separated values)`
        : '';
    documentIssue(
      `The document has no header row: row 1 is ${found.join(', ')}${header.length > 4 ? ', …' : ''}${separated}; ${EXPECTED_HEADER}.`,
    );
    return result;
  }
  const required = template ? ['year', 'headline'] : ['date', 'title'];
  const missing = required.filter((k) => !index.has(k));
  if (missing.length) {
    const names = template ? { year: 'Year', headline: 'Headline' } : { date: 'date', title: 'title' };
    documentIssue(
      `The document has no ${missing.map((k) => `"${names[k as keyof typeof names]}"`).join(' or ')} column; ` +
        `its header row is ${header.map((h) => describeValue(h)).join(', ')}; ${EXPECTED_HEADER}.`,
    );
    return result;
  }
  const headerOf = (k: string): string | undefined => {
    const i = index.get(k);
    return i === undefined ? undefined : header[i];
  };

  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    const row = r + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    const get = (h: string | undefined) => {
      if (h === undefined) return '';
      return (cells[index.get(key(h))!] ?? '').trim();
    };
    const eventIndex = document.events.length;
    const event: TimelineEventInput = {} as TimelineEventInput;
    const meta: RowMeta = { row, columns: {} };
    const set = (field: string, value: string | undefined, header: string | undefined) => {
      if (header !== undefined) meta.columns[field] = header;
      if (value !== undefined && value !== '') (event as Record<string, unknown>)[field] = value;
    };
    const rowIssue = (column: string | undefined, message: string) =>
      issues.push({
        index: eventIndex,
        field: column ?? 'event',
        message: `Row ${row}${column === undefined ? '' : `, column "${column}"`}${labelOf(event)}: ${message}`,
        row,
        ...(typeof event.id === 'string' && event.id !== '' && { id: event.id }),
      });

    if (template) {
      const type = get(headerOf('type')).toLowerCase();
      const headline = htmlToText(get(headerOf('headline')), true).trim();
      if (type === 'title') {
        if (document.title === undefined) {
          if (headline !== '') document.title = headline;
          continue;
        }
        issues.push({
          index: null,
          field: headerOf('type')!,
          row,
          message: `The document has a second "title" row (row ${row}); only the first one sets the title, so this one was left out.`,
        });
        continue;
      }
      set('title', headline, headerOf('headline'));
      const description = htmlToText(get(headerOf('text')));
      set('description', description, headerOf('text'));
      set('group', get(headerOf('group')), headerOf('group'));
      set('display_date', get(headerOf('display date')), headerOf('display date'));
      const media = get(headerOf('media'));
      if (media !== '' && !media.startsWith('<')) {
        if (IMAGE.test(media)) {
          const caption = htmlToText(get(headerOf('media caption')));
          const credit = htmlToText(get(headerOf('media credit')));
          event.media = {
            url: media,
            alt: get(headerOf('alt text')) || htmlToText(caption, true),
            ...(caption !== '' && { caption }),
            ...(credit !== '' && { credit }),
          };
        } else set('url', media, headerOf('media'));
      }
      meta.columns.url = headerOf('media') ?? 'Media';
      const part = (prefix: string) => ({
        year: headerOf(`${prefix}year`),
        month: headerOf(`${prefix}month`),
        day: headerOf(`${prefix}day`),
        time: headerOf(`${prefix}time`),
      });
      meta.date = part('');
      meta.end = part('end ');
      for (const [field, cols] of [
        ['date', meta.date],
        ['end', meta.end],
      ] as const) {
        const built = templateDate(get, cols);
        if (built === null) continue;
        if ('text' in built) {
          event[field] = built.text;
          meta.built = { ...meta.built, [field]: built.text !== get(cols.year) };
        } else {
          reported.add(`${eventIndex}:${field}`);
          const consequence = field === 'date' ? 'the row was left out' : 'the end was ignored';
          rowIssue(built.column, `${describeValue(built.value)} ${built.problem}; ${consequence}.`);
        }
      }
      if (type === 'era' && event.end === undefined && !reported.has(`${eventIndex}:end`)) {
        rowIssue(meta.end.year ?? 'End Year', 'an era needs an end date; it was drawn as a point.');
      }
    } else {
      for (const field of ['id', 'date', 'end', 'title', 'description', 'url', 'group', 'category']) {
        set(field, get(headerOf(field)), headerOf(field));
      }
      const url = get(headerOf('media url'));
      if (url !== '') {
        const caption = get(headerOf('media caption'));
        const credit = get(headerOf('media credit'));
        event.media = {
          url,
          alt: get(headerOf('media alt')),
          ...(caption !== '' && { caption }),
          ...(credit !== '' && { credit }),
        };
      }
      meta.columns.media = headerOf('media url') ?? 'media_url';
    }

    const extra = cells.slice(header.length).filter((c) => c.trim() !== '');
    if (extra.length) {
      rowIssue(
        undefined,
        `it has ${cells.length} cells but the header names ${header.length} columns; the cells after column ` +
          `${columnLetter(header.length - 1)} were ignored (does a cell hold a "${delimiter === '\t' ? '\\t' : delimiter}" without quotes around it?).`,
      );
    }
    document.events.push(ordered(event));
    metas.push(meta);
  }
  return result;
}

function locate(meta: RowMeta | undefined, field: string, message: string): Location {
  if (!meta) return { where: 'A row', field };
  const parts = field === 'date' ? meta.date : field === 'end' ? meta.end : undefined;
  let column: string | undefined = meta.columns[field];
  if (parts) {
    // Which of Year/Month/Day/Time the parser's reason is about (its text after the field name).
    const part = datePartOf(message.slice(message.indexOf(`"${field}" `)));
    column = (part && parts[part]) || parts.year;
  }
  if (column === undefined) return { where: `Row ${meta.row}`, field, row: meta.row };
  const built = (field === 'date' || field === 'end') && meta.built?.[field] === true;
  return { where: `Row ${meta.row}, column "${column}"`, field: column, row: meta.row, ...(built && { parts: true }) };
}
