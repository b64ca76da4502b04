// Where Debian's Chromium lives and the flags it needs here, shared by the tests, the screenshot and the benchmark.
// Root needs --no-sandbox; the background-networking flags stop Chromium from calling a network that is closed.

/** Path of the Chromium binary (Debian's, unless CHROME_PATH says otherwise). */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Launch flags for headless Chromium on these machines. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
