// Firefox ESR through WebDriver BiDi with puppeteer-core (downloads nothing; there is no geckodriver here).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { track, withTimeout } from './processes.mjs';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Starts headless Firefox with one page; resolves to the runner's engine interface. */
export async function firefox({ timeout }) {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `no Firefox at ${firefoxPath}. Install it (Debian: apt-get install -y --no-install-recommends firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  const browser = await withTimeout(
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      timeout,
      protocolTimeout: timeout,
      // Touch events as in Firefox for Android (desktop Firefox hides them without a touch screen), so that the
      // touch stories drive the same d3-zoom code paths as in Chromium.
      extraPrefsFirefox: { 'dom.w3c_touch_events.enabled': 1 },
      // The runner handles signals itself and kills the browser on every exit path.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
    timeout,
    'starting Firefox',
  );
  track(browser.process());
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(timeout);
  return {
    name: 'firefox',
    version: (await browser.version()).replace('firefox/', 'Firefox '),
    minWidth: 0,
    async viewport(width, height) {
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    },
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async screenshot(selector, path) {
      const element = await page.$(selector);
      if (!element) throw new Error(`no ${selector} to take a screenshot of`);
      await element.screenshot({ path });
    },
    close: () => withTimeout(browser.close(), 10_000, 'closing Firefox'),
  };
}
