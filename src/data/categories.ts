/**
 * Categories (issue 14): the document's `"categories": { "<name>": { "label"?, "color"? } }`, each event's
 * `category`, and the palette that colours categories without a colour of their own.
 */
import type { TimelineCategory, TimelineEvent, TimelineIssue } from '../timeline.types.js';
import { describeValue, isBlank } from './values.js';

/** A declared category, checked: its label and colour when they were usable. */
export interface DeclaredCategory {
  readonly label?: string;
  readonly color?: string;
}

/**
 * The palette for categories without a colour, as `[light, dark]` pairs: each keeps at least 3:1 contrast against
 * the default light (#ffffff) and dark (#17181c) backgrounds (test/unit/categories.test.ts computes it). Orange is
 * left out: it is the selection's colour.
 */
export const PALETTE: readonly (readonly [light: string, dark: string])[] = [
  ['#1d5fd1', '#7fb0ff'],
  ['#1b7f3b', '#5fcf83'],
  ['#8e3fb3', '#d19cff'],
  ['#c0245f', '#ff85b0'],
  ['#00758a', '#4fd0e0'],
  ['#7a6200', '#dcc257'],
];

interface CssSupports {
  supports?(property: string, value: string): boolean;
}

/**
 * Whether `value` is a CSS colour: `CSS.supports('color', value)` where there is a CSS engine (the browser), else
 * (Node: the CLI, the schema) a strict grammar of hex colours, names and colour functions of numbers only. Either
 * way no `;`, `{`, `}` or quote gets through, so a colour can never write any other CSS.
 */
export function isColor(value: string): boolean {
  if (/[;{}<>"'\\]/.test(value) || value.trim() === '') return false;
  const css = (globalThis as { CSS?: CssSupports }).CSS;
  if (typeof css?.supports === 'function') return css.supports('color', value);
  return /^(#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|[a-z]+|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\d\s.,%/+-]*(deg|turn|rad)?[\d\s.,%/+-]*\))$/i.test(
    value.trim(),
  );
}

/** Reads the document's `categories` object; bad entries, labels and colours are reported and ignored. */
export function parseCategories(raw: unknown, issues: TimelineIssue[]): Map<string, DeclaredCategory> {
  const declared = new Map<string, DeclaredCategory>();
  if (raw === undefined || raw === null) return declared;
  const report = (field: string, message: string) => issues.push({ index: null, field, message });
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report(
      'categories',
      `The document "categories" is ${describeValue(raw)}, expected an object like { "diplomatie": { "label": "Diplomatie", "color": "#1b7f3b" } }; it was ignored.`,
    );
    return declared;
  }
  for (const name of Object.keys(raw)) {
    const entry = (raw as Record<string, unknown>)[name];
    const field = `categories.${name}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      report(
        field,
        `The category "${name}" is ${describeValue(entry)}, expected an object like { "label": "…", "color": "#1b7f3b" }; it was ignored.`,
      );
      continue;
    }
    const get = (key: string) => (Object.hasOwn(entry, key) ? (entry as Record<string, unknown>)[key] : undefined);
    const label = get('label');
    const color = get('color');
    const category: { label?: string; color?: string } = {};
    if (typeof label === 'string' && !isBlank(label)) category.label = label;
    else if (label !== undefined && label !== null) {
      report(
        `${field}.label`,
        `The category "${name}" has "label" ${describeValue(label)}, expected a non-empty string; its name is shown instead.`,
      );
    }
    if (typeof color === 'string' && isColor(color)) category.color = color.trim();
    else if (color !== undefined && color !== null) {
      report(
        `${field}.color`,
        `The category "${name}" has "color" ${describeValue(color)}, which is not a CSS colour (such as "#1b7f3b" or "seagreen"); it was ignored and a colour of the palette is used.`,
      );
    }
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
