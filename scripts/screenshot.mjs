// Takes the README screenshot of a story from the built Storybook (npm run build-storybook first) in headless Chromium.
// Usage: node scripts/screenshot.mjs [story-id] [out.png] [viewport width, px]. The showcase stories set the
// element's own width (1040 and 380 px); the viewport is a little wider, for the story's padding.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './engines/server.mjs';

const story = process.argv[2] ?? 'karabakh-showcase--french';
const out = process.argv[3] ?? 'docs/karabakh-fr.png';
const width = Number(process.argv[4] ?? 1040);
const root = 'storybook-static';
if (!existsSync(root)) throw new Error('Run `npm run build-storybook` first.');

// The engines runner's static server (it also records page errors in the page; harmless here).
const server = await serve(root);

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width, height: 420 }, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/iframe.html?id=${story}&viewMode=story`);
  await page.waitForSelector('event-timeline');
  await page.waitForFunction(() => document.querySelector('event-timeline')?.shadowRoot?.querySelector('.axis .tick'));
  // The story's play function runs after the first render (the phone story ends back at full extent).
  await page.waitForTimeout(3000);
  await page.locator('event-timeline').screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
