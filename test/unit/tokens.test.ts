import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { storyStyles } from '../../src/render/story.styles.js';
import { styles } from '../../src/timeline.styles.js';

// The element's styles and the story chunk's, which it adopts when the chunk arrives.
const css = [...styles, storyStyles].map((s) => s.cssText).join('\n');
/** Set inline by the templates, not in a style sheet: on each categorised item (items.ts), on the stage (timeline.ts). */
const INLINE = ['--_category', '--_basis'];
const source = readFileSync(new URL('../../src/timeline.ts', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const all = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]));

describe('theming tokens', () => {
  test('every private --_* property is defined on :host and used, and none is used undefined', () => {
    const defined = new Set([...all(css, /(--_[a-z-]+)\s*:/g), ...INLINE]);
    const used = all(css, /var\((--_[a-z-]+)/g);
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
    expect([...defined].filter((name) => !used.has(name))).toEqual([]);
  });

  test('every public --timeline-* property the styles read is documented (@cssprop) and in the README, and no more', () => {
    const read = all(css, /var\((--timeline-[a-z-]+)/g);
    const documented = all(source, /@cssprop \[(--timeline-[a-z-]+)=/g);
    expect([...read].sort()).toEqual([...documented].sort());
    expect([...documented].filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  test('the documented defaults of the colours are the ones the styles use', () => {
    const colours = [...css.matchAll(/var\((--timeline-[a-z-]+), (light-dark\([^;]*\))\);/g)];
    // Most colours have light and dark defaults: the pattern must have found them, or this checks nothing.
    expect(colours.length).toBeGreaterThanOrEqual(12);
    for (const [, name, fallback] of colours) {
      expect(source, name).toContain(`@cssprop [${name}=${fallback}]`);
    }
  });
});
