// The React example as an app builds it: Vite and @vitejs/plugin-react, importing `event-timeline` from the packed
// tarball (examples/node_modules/event-timeline, see scripts/packed.mjs). `base: './'` lets the built page be opened
// from any folder: test/examples/ loads it from the test server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
