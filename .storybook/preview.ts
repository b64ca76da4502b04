import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';

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
  },
};
export default preview;
