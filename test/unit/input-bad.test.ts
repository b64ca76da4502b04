/**
 * Issue 15: the CSV and TimelineJS bad-input cases (test/cases/authoring-bad.ts) through `parseInput`.
 */
import { describe, expect, test } from 'vitest';
import { parseInput } from '../../src/data/input.js';
import { type Case, CSV, csvCases, timelineCases } from '../cases/authoring-bad.js';

function run(c: Case) {
  const r = parseInput(c.input, c.hint ?? (typeof c.input === 'string' ? CSV : undefined));
  expect(r.events.map((e) => e.title)).toEqual(c.titles);
  expect(r.issues.map((i) => [i.field, i.row])).toEqual(c.issues.map(([field, row]) => [field, row]));
  r.issues.forEach((issue, n) => {
    expect(issue.message).toMatch(c.issues[n][2]);
    if (issue.index === null) expect(issue.message).toMatch(/^The document /);
    else if (issue.row !== undefined) expect(issue.message).toMatch(new RegExp(`^Row ${issue.row}\\b`));
    else expect(issue.message.startsWith(issue.field)).toBe(true);
  });
  c.check?.(r);
}

describe('bad CSV input', () => {
  for (const c of csvCases) test(c.name, () => run(c));
});

describe('bad TimelineJS input', () => {
  for (const c of timelineCases) test(c.name, () => run(c));
  test(`there are at least 25 cases (${csvCases.length} CSV, ${timelineCases.length} TimelineJS)`, () => {
    expect(csvCases.length + timelineCases.length).toBeGreaterThanOrEqual(25);
  });
});
