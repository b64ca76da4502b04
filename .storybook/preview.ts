import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import { parseDocument } from '../src/data/parse.js';
import type { EventTimeline } from '../src/timeline.js';
import { overlappingLabels, reachableCount, settled } from '../stories/helpers.js';

// Autodocs read the element's attributes, properties, events, slots, parts and CSS custom properties from
// custom-elements.json (`npm run manifest`; `npm start` and `npm run build-storybook` generate it first).
// The file is generated and git-ignored: on a clean clone without it, the stories still load, without API tables.
const manifest = Object.values(import.meta.glob('../custom-elements.json', { eager: true, import: 'default' }))[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Fail the story test on any axe violation.
    a11y: { test: 'error' },
    // The element's events (they bubble and cross the shadow root) in the Actions panel.
    actions: { handles: ['timeline-select', 'timeline-rangechange', 'timeline-load', 'timeline-error'] },
  },
  decorators: [withActions],
  // In every story, once its play function is done and the view has settled, no two labels or cluster marks
  // overlap (measured in the browser), and every event in view is a mark or inside a cluster.
  afterEach: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll<EventTimeline>('event-timeline')) {
      if (!el.shadowRoot) continue;
      await settled(el);
      await expect(overlappingLabels(el)).toEqual([]);
      // Stories that give the events as a property (the others read markup or inline JSON).
      if (el.events === undefined || el.shadowRoot.querySelector('.empty')) continue;
      const { start, end } = el.visibleRange;
      const inView = parseDocument(el.events, { timeZone: el.timeZone ?? 'UTC' }).events.filter(
        (e) => e.end > start.getTime() && e.start < end.getTime(),
      );
      await expect(reachableCount(el)).toBe(inView.length);
    }
  },
};
export default preview;
