import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/*
 * The import rule of the architecture (README, "Architecture"): parsing and dates (`src/data/`) and layout
 * (`src/layout/`) are plain functions, tested without a browser. They import nothing from Lit, from modules that
 * need the DOM, or from the element's side of the code. `tsconfig.pure.json` checks the other half of the rule:
 * those folders type-check without the DOM library, so a use of `document` or `HTMLElement` fails `npm test`.
 */

const root = resolve(import.meta.dirname, '../..');
const PURE = ['src/data', 'src/layout'];
/** Packages a pure module may import: the d3 modules that compute and never touch the DOM. */
const ALLOWED_PACKAGES = new Set(['d3-time', 'd3-dsv']);
/** Files outside the pure folders that they may import: the plain types of the data. */
const ALLOWED_FILES = new Set(['src/timeline.types.ts']);

/** The module specifiers a source file imports or re-exports, static and dynamic. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of source.matchAll(pattern)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** Why `specifier`, imported by the file at `file` (relative to the root), breaks the rule, or undefined. */
function violation(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (name.startsWith('node:')) return `${file} imports ${specifier}: pure modules run in browsers too`;
    return ALLOWED_PACKAGES.has(name) ? undefined : `${file} imports the package ${specifier}`;
  }
  const target = relative(root, resolve(root, dirname(file), specifier)).replace(/\.js$/, '.ts');
  if (PURE.some((dir) => target.startsWith(`${dir}/`)) || ALLOWED_FILES.has(target)) return undefined;
  return `${file} imports ${target}, outside src/data and src/layout`;
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('import rule: src/data and src/layout stay pure', () => {
  const files = PURE.flatMap(sources);

  test('every pure module imports only pure modules, the data types and DOM-free d3 modules', () => {
    expect(files.length).toBeGreaterThan(8);
    const found = files.flatMap((file) =>
      importsOf(readFileSync(join(root, file), 'utf8'))
        .map((specifier) => violation(file, specifier))
        .filter((v) => v !== undefined),
    );
    expect(found).toEqual([]);
  });

  test('the checker reads every form of import and names what breaks the rule', () => {
    const source = [
      "import { html } from 'lit';",
      "import type { ReactiveController } from 'lit';",
      "export { renderAxis } from '../render/axis.js';",
      "import '../timeline.styles.js';",
      "const later = await import('d3-selection');",
      "import { utcDay } from 'd3-time';",
      "import type { TimelineEvent } from '../timeline.types.js';",
      "import { parseDate } from '../data/dates.js';",
    ].join('\n');
    const specifiers = importsOf(source);
    expect(specifiers).toEqual([
      'lit',
      'lit',
      '../render/axis.js',
      '../timeline.styles.js',
      'd3-selection',
      'd3-time',
      '../timeline.types.js',
      '../data/dates.js',
    ]);
    expect(specifiers.map((s) => violation('src/layout/probe.ts', s))).toEqual([
      'src/layout/probe.ts imports the package lit',
      'src/layout/probe.ts imports the package lit',
      'src/layout/probe.ts imports src/render/axis.ts, outside src/data and src/layout',
      'src/layout/probe.ts imports src/timeline.styles.ts, outside src/data and src/layout',
      'src/layout/probe.ts imports the package d3-selection',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
