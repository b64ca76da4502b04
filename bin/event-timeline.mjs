#!/usr/bin/env node
// event-timeline validate | convert: the package's own readers and parser (dist/data/), in Node ≥ 20, no browser.
// Run `npm run build:lib` first when working from a clone; the npm package ships dist/ built.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseInput, readInput } from '../dist/data/input.js';
import { loadSource } from '../dist/data/load.js';

const USAGE = `Usage:
  event-timeline validate [--json] [--time-zone <IANA name>] <file|url>...
      Prints every issue the element would show, one per line ("file:row: …" for CSV), and exits with 1 if
      there is any. --json prints [{ file, format, events, issues }] instead.
  event-timeline convert <sheet.csv | timelinejs.json | events.json>
      Prints the document as event-timeline JSON on stdout; issues go to stderr (exit 1 if any).

Reads event-timeline JSON, CSV (our headers or the TimelineJS Sheets template columns) and TimelineJS JSON.`;

function fail(message) {
  process.stderr.write(`event-timeline: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'time-zone': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [command, ...sources] = positionals;
if (command !== 'validate' && command !== 'convert') fail(command ? `unknown command "${command}"` : 'no command');
if (sources.length === 0) fail(`${command} needs a file or URL`);
if (command === 'convert' && sources.length > 1) fail('convert takes one file or URL');

/** The text of a file or an http(s) URL, and what is known of its type; a failure is a document-level issue. */
async function load(source) {
  try {
    if (/^https?:\/\//i.test(source)) {
      const { text, contentType } = await loadSource(source);
      return { text, hint: { contentType, url: source } };
    }
    return { text: await readFile(source, 'utf8'), hint: { url: source } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const options = values['time-zone'] ? { timeZone: values['time-zone'] } : {};
const where = (source, issue) => (issue.row === undefined ? source : `${source}:${issue.row}`);

if (command === 'validate') {
  const results = [];
  for (const source of sources) {
    const loaded = await load(source);
    if (loaded.error) {
      const message = `The document could not be read: ${loaded.error}`;
      results.push({ file: source, format: null, events: 0, issues: [{ index: null, field: 'document', message }] });
      continue;
    }
    const r = parseInput(loaded.text, loaded.hint, options);
    results.push({ file: source, format: r.format, events: r.events.length, issues: r.issues });
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const r of results) {
      for (const issue of r.issues) process.stdout.write(`${where(r.file, issue)}: ${issue.message}\n`);
      const n = r.issues.length;
      process.stderr.write(
        `${r.file}: ${r.events} ${r.events === 1 ? 'event' : 'events'}, ${n === 0 ? 'no issues' : `${n} ${n === 1 ? 'issue' : 'issues'}`}\n`,
      );
    }
  }
  process.exit(results.some((r) => r.issues.length > 0) ? 1 : 0);
} else {
  const [source] = sources;
  const loaded = await load(source);
  if (loaded.error) {
    process.stderr.write(`${source}: The document could not be read: ${loaded.error}\n`);
    process.exit(1);
  }
  const read = readInput(loaded.text, loaded.hint);
  let document = read.document;
  if (read.format === 'json' && typeof document === 'string') {
    try {
      document = JSON.parse(document.replace(/^\uFEFF/, ''));
    } catch {
      document = undefined;
    }
  }
  const r = parseInput(loaded.text, loaded.hint, options);
  for (const issue of r.issues) process.stderr.write(`${where(source, issue)}: ${issue.message}\n`);
  if (document !== undefined) process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  process.exit(r.issues.length > 0 ? 1 : 0);
}
