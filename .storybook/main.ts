import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Served for `src` stories; not at /data, which would shadow the JSON modules the stories import.
  // stories/assets: the images of the newsroom stories, made for them (no external fetch).
  staticDirs: [
    { from: '../data', to: '/documents' },
    { from: '../stories/assets', to: '/images' },
  ],
};
export default config;
