import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Fail the story test on any axe violation.
    a11y: { test: 'error' },
  },
};
export default preview;
