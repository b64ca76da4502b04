/**
 * Categories (issue 14): the document's `"categories": { "<name>": { "label"?, "color"? } }` and each event's
 * `category`. Their colours are drawn by the story chunk (src/render/story.ts), the palette is src/render/palette.ts.
 */
import type { TimelineCategory, TimelineEvent, TimelineIssue } from '../timeline.types.js';
import { describeValue, isBlank, own } from './values.js';

/** A declared category, checked: its label and colour when they were usable. */
export interface DeclaredCategory {
  readonly label?: string;
  readonly color?: string;
}

/**
 * Whether `value` is a CSS colour: only letters, digits, spaces and `#(),.%/+-` (so never a `;`, brace or quote
 * that could write other CSS), and `CSS.supports('color', value)` where there is a CSS engine. In Node (the CLI)
 * there is none, and only the characters are checked.
 */
export function isColor(value: string): boolean {
  const css = (globalThis as { CSS?: { supports?(property: string, value: string): boolean } }).CSS;
  return /^[#\w\s(),.%/+-]*\w[#\w\s(),.%/+-]*$/.test(value) && (css?.supports?.('color', value) ?? true);
}

/** Reads the document's `categories` object; bad entries, labels and colours are reported and ignored. */
export function parseCategories(raw: unknown, issues: TimelineIssue[]): Map<string, DeclaredCategory> {
  const declared = new Map<string, DeclaredCategory>();
  if (raw === undefined || raw === null) return declared;
  const object = (value: unknown): value is object =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  const report = (field: string, value: unknown, expected: string) =>
    issues.push({
      index: null,
      field,
      message: `The document "${field}" is ${describeValue(value)}, expected ${expected}; it was ignored.`,
    });
  if (!object(raw)) {
    report('categories', raw, 'an object { "<name>": { "label"?, "color"? } }');
    return declared;
  }
  for (const name of Object.keys(raw)) {
    const entry = own(raw, name);
    const field = `categories.${name}`;
    if (!object(entry)) {
      report(field, entry, 'an object { "label"?, "color"? }');
      continue;
    }
    const label = own(entry, 'label');
    const color = own(entry, 'color');
    const category: { label?: string; color?: string } = {};
    if (typeof label === 'string' && !isBlank(label)) category.label = label;
    else if (label != null) report(`${field}.label`, label, 'a string');
    if (typeof color === 'string' && isColor(color)) category.color = color.trim();
    else if (color != null) report(`${field}.color`, color, 'a CSS colour ("#1b7f3b", "seagreen")');
    declared.set(name, category);
  }
  return declared;
}

/**
 * The document's categories: the declared ones in their order, then the others in order of first use, each with
 * its label, colour (if declared) and count of events. Empty when no event has a category.
 */
export function categoryList(
  events: readonly TimelineEvent[],
  declared: ReadonlyMap<string, DeclaredCategory>,
): TimelineCategory[] {
  const counts = new Map<string, number>();
  for (const name of declared.keys()) counts.set(name, 0);
  let any = false;
  for (const e of events) {
    if (e.category === undefined) continue;
    any = true;
    counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  }
  if (!any) return [];
  return [...counts].map(([name, count]) => {
    const d = declared.get(name);
    return { name, label: d?.label ?? name, ...(d?.color && { color: d.color }), count };
  });
}
